-- case: merge_using_aggregate_subquery_in_procedure
-- sources: DW.FACT_ORDERS
-- targets: DW.CUSTOMER_TOTALS
-- columns: DW.FACT_ORDERS.CUSTOMER_ID -> DW.CUSTOMER_TOTALS.CUSTOMER_ID
-- columns: DW.FACT_ORDERS.AMOUNT -> DW.CUSTOMER_TOTALS.TOTAL_AMT
-- columns: DW.FACT_ORDERS.ORDER_DAY -> DW.CUSTOMER_TOTALS.LAST_ORDER_DAY
-- indirect: DW.CUSTOMER_TOTALS.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE dw.merge_customer_totals IS
BEGIN
  MERGE INTO dw.customer_totals t
  USING (
    SELECT o.customer_id,
           COUNT(*)         AS order_cnt,
           SUM(o.amount)    AS total_amt,
           MAX(o.order_day) AS last_day
      FROM dw.fact_orders o
     GROUP BY o.customer_id
  ) s
  ON (t.customer_id = s.customer_id)
  WHEN MATCHED THEN
    UPDATE SET t.order_cnt = s.order_cnt,
               t.total_amt = s.total_amt,
               t.last_order_day = s.last_day
  WHEN NOT MATCHED THEN
    INSERT (customer_id, order_cnt, total_amt, last_order_day)
    VALUES (s.customer_id, s.order_cnt, s.total_amt, s.last_day);
  COMMIT;
END merge_customer_totals;
/

-- case: merge_accumulating_target_column_makes_no_self_pair
-- sources: INV.GOODS_RECEIPTS
-- targets: INV.STOCK_BALANCE
-- columns: INV.GOODS_RECEIPTS.PRODUCT_ID -> INV.STOCK_BALANCE.PRODUCT_ID
-- columns: INV.GOODS_RECEIPTS.WAREHOUSE_ID -> INV.STOCK_BALANCE.WAREHOUSE_ID
-- columns: INV.GOODS_RECEIPTS.QTY -> INV.STOCK_BALANCE.QTY_ON_HAND
-- indirect: INV.GOODS_RECEIPTS.RECEIPT_DAY, INV.STOCK_BALANCE.PRODUCT_ID, INV.STOCK_BALANCE.WAREHOUSE_ID
CREATE OR REPLACE PROCEDURE inv.post_receipts (p_day IN DATE) IS
BEGIN
  MERGE INTO inv.stock_balance b
  USING (SELECT r.product_id, r.warehouse_id, SUM(r.qty) AS qty
           FROM inv.goods_receipts r
          WHERE r.receipt_day = p_day
          GROUP BY r.product_id, r.warehouse_id) x
     ON (b.product_id = x.product_id AND b.warehouse_id = x.warehouse_id)
   WHEN MATCHED THEN
     UPDATE SET b.qty_on_hand = b.qty_on_hand + x.qty,
                b.updated_at = SYSDATE
   WHEN NOT MATCHED THEN
     INSERT (product_id, warehouse_id, qty_on_hand, updated_at)
     VALUES (x.product_id, x.warehouse_id, x.qty, SYSDATE);
END post_receipts;
/

-- case: update_correlated_scalar_subqueries_in_set
-- sources: HR.EMPLOYEES
-- targets: HR.DEPARTMENTS
-- columns: HR.EMPLOYEES.SALARY -> HR.DEPARTMENTS.SALARY_BUDGET
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.EMPLOYEES.STATUS, HR.DEPARTMENTS.DEPARTMENT_ID
CREATE OR REPLACE PROCEDURE hr.refresh_department_figures IS
BEGIN
  UPDATE hr.departments d
     SET d.headcount = (SELECT COUNT(*)
                          FROM hr.employees e
                         WHERE e.department_id = d.department_id
                           AND e.status = 'ACTIVE'),
         d.salary_budget = (SELECT SUM(e2.salary)
                              FROM hr.employees e2
                             WHERE e2.department_id = d.department_id);
  COMMIT;
END refresh_department_figures;
/

-- case: update_target_read_again_in_subquery_is_source
-- sources: DW.FACT_INVENTORY
-- targets: DW.FACT_INVENTORY
-- indirect: DW.FACT_INVENTORY.IS_LATEST, DW.FACT_INVENTORY.SNAPSHOT_DAY
BEGIN
  UPDATE dw.fact_inventory f
     SET f.is_latest = 'N'
   WHERE f.is_latest = 'Y'
     AND f.snapshot_day < (SELECT MAX(x.snapshot_day) FROM dw.fact_inventory x);
  COMMIT;
END;
/

-- case: delete_with_subqueries_on_other_table
-- sources: CRM.ERASURE_REQUESTS
-- targets: CRM.ERASURE_REQUESTS
-- effects: delete CRM.CONTACT_HISTORY, delete CRM.CONTACTS
-- indirect: CRM.CONTACT_HISTORY.CONTACT_ID, CRM.CONTACTS.CONTACT_ID
-- indirect: CRM.ERASURE_REQUESTS.CONTACT_ID, CRM.ERASURE_REQUESTS.APPROVED, CRM.ERASURE_REQUESTS.COMPLETED_AT
CREATE OR REPLACE PROCEDURE crm.process_erasure_requests IS
BEGIN
  DELETE FROM crm.contact_history h
   WHERE h.contact_id IN (SELECT r.contact_id
                            FROM crm.erasure_requests r
                           WHERE r.approved = 'Y');

  DELETE FROM crm.contacts c
   WHERE EXISTS (SELECT 1
                   FROM crm.erasure_requests r
                  WHERE r.contact_id = c.contact_id
                    AND r.approved = 'Y');

  UPDATE crm.erasure_requests
     SET completed_at = SYSDATE
   WHERE approved = 'Y'
     AND completed_at IS NULL;
  COMMIT;
END process_erasure_requests;
/

-- case: delete_dedupe_subquery_reads_target
-- sources: STG.CUSTOMER_FEED
-- effects: delete STG.CUSTOMER_FEED
BEGIN
  DELETE FROM stg.customer_feed f
   WHERE f.rowid NOT IN (SELECT MIN(d.rowid)
                           FROM stg.customer_feed d
                          GROUP BY d.external_id);
  COMMIT;
END;
/

-- case: update_multi_column_set_from_subquery
-- sources: MDM.ADDRESSES
-- targets: CRM.CUSTOMERS
-- columns: MDM.ADDRESSES.STREET_LINE -> CRM.CUSTOMERS.STREET
-- columns: MDM.ADDRESSES.CITY_NAME -> CRM.CUSTOMERS.CITY
-- columns: MDM.ADDRESSES.ZIP -> CRM.CUSTOMERS.POSTAL_CODE
-- indirect: MDM.ADDRESSES.CUSTOMER_ID, MDM.ADDRESSES.IS_PRIMARY, CRM.CUSTOMERS.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE crm.sync_primary_addresses IS
BEGIN
  UPDATE crm.customers c
     SET (c.street, c.city, c.postal_code) =
         (SELECT a.street_line, a.city_name, a.zip
            FROM mdm.addresses a
           WHERE a.customer_id = c.customer_id
             AND a.is_primary = 'Y')
   WHERE EXISTS (SELECT 1
                   FROM mdm.addresses a2
                  WHERE a2.customer_id = c.customer_id
                    AND a2.is_primary = 'Y');
  COMMIT;
END sync_primary_addresses;
/

-- case: merge_using_dual_with_variables
-- sources: FIN.FX_TICKS
-- targets: FIN.FX_DAILY
-- columns: FIN.FX_TICKS.RATE -> FIN.FX_DAILY.AVG_RATE
-- columns: FIN.FX_TICKS.RATE -> FIN.FX_DAILY.MAX_RATE
-- indirect: FIN.FX_TICKS.TICK_TS, FIN.FX_DAILY.FX_DAY
CREATE OR REPLACE PROCEDURE fin.upsert_daily_fx (p_day IN DATE) IS
  v_avg NUMBER;
  v_max NUMBER;
BEGIN
  SELECT AVG(t.rate), MAX(t.rate)
    INTO v_avg, v_max
    FROM fin.fx_ticks t
   WHERE t.tick_ts >= p_day
     AND t.tick_ts < p_day + 1;

  MERGE INTO fin.fx_daily d
  USING (SELECT p_day AS fx_day, v_avg AS avg_rate, v_max AS max_rate FROM dual) s
     ON (d.fx_day = s.fx_day)
   WHEN MATCHED THEN
     UPDATE SET d.avg_rate = s.avg_rate, d.max_rate = s.max_rate
   WHEN NOT MATCHED THEN
     INSERT (fx_day, avg_rate, max_rate) VALUES (s.fx_day, s.avg_rate, s.max_rate);
  COMMIT;
END upsert_daily_fx;
/

-- case: merge_with_delete_where_and_insert_where
-- sources: STG.PROMOTIONS
-- targets: DW.ACTIVE_PROMOTIONS
-- columns: STG.PROMOTIONS.PROMO_ID -> DW.ACTIVE_PROMOTIONS.PROMO_ID
-- columns: STG.PROMOTIONS.DISCOUNT_PCT -> DW.ACTIVE_PROMOTIONS.DISCOUNT_PCT
-- columns: STG.PROMOTIONS.ENDS_ON -> DW.ACTIVE_PROMOTIONS.ENDS_ON
CREATE OR REPLACE PROCEDURE dw.sync_promotions IS
BEGIN
  MERGE INTO dw.active_promotions p
  USING stg.promotions s
     ON (p.promo_id = s.promo_id)
   WHEN MATCHED THEN
     UPDATE SET p.discount_pct = s.discount_pct,
                p.ends_on = s.ends_on
     DELETE WHERE p.ends_on < TRUNC(SYSDATE)
   WHEN NOT MATCHED THEN
     INSERT (promo_id, discount_pct, ends_on)
     VALUES (s.promo_id, s.discount_pct, s.ends_on)
     WHERE s.ends_on >= TRUNC(SYSDATE);
  COMMIT;
END sync_promotions;
/

-- case: update_in_cursor_loop_from_record_fields
-- sources: RISK.LIMIT_RECOMMENDATIONS
-- targets: SALES.CUSTOMER_ACCOUNTS
-- columns: RISK.LIMIT_RECOMMENDATIONS.RECOMMENDED_LIMIT -> SALES.CUSTOMER_ACCOUNTS.CREDIT_LIMIT
CREATE OR REPLACE PROCEDURE sales.apply_credit_limits IS
BEGIN
  FOR r IN (SELECT s.customer_id, s.recommended_limit
              FROM risk.limit_recommendations s
             WHERE s.approved_by IS NOT NULL)
  LOOP
    UPDATE sales.customer_accounts a
       SET a.credit_limit = r.recommended_limit,
           a.limit_source = 'RISK'
     WHERE a.customer_id = r.customer_id;
  END LOOP;
  COMMIT;
END apply_credit_limits;
/

-- case: update_with_where_only_on_target_and_parameters
-- targets: OPS.TASKS
-- indirect: OPS.TASKS.TASK_ID
CREATE OR REPLACE PROCEDURE ops.complete_task (p_task_id IN NUMBER, p_note IN VARCHAR2) IS
BEGIN
  UPDATE ops.tasks
     SET status = 'DONE',
         completed_at = SYSTIMESTAMP,
         completion_note = p_note
   WHERE task_id = p_task_id;
  COMMIT;
END complete_task;
/
