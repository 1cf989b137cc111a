-- case: trg_after_delete_row_updates_parent_totals_from_old
-- sources: SALES.ORDER_LINES
-- targets: SALES.ORDERS
-- columns: SALES.ORDER_LINES.QTY -> SALES.ORDERS.ORDER_TOTAL, SALES.ORDER_LINES.UNIT_PRICE -> SALES.ORDERS.ORDER_TOTAL
-- columns: SALES.ORDER_LINES.SKU -> SALES.ORDERS.LAST_REMOVED_SKU
-- indirect: SALES.ORDERS.ORDER_ID, SALES.ORDER_LINES.ORDER_ID
CREATE OR REPLACE TRIGGER sales.trg_order_lines_ad
AFTER DELETE ON sales.order_lines
FOR EACH ROW
BEGIN
  UPDATE sales.orders o
     SET o.line_count       = o.line_count - 1,
         o.order_total      = o.order_total - :OLD.qty * :OLD.unit_price,
         o.last_removed_sku = :OLD.sku
   WHERE o.order_id = :OLD.order_id;
END;
/

-- case: trg_after_update_when_clause_releases_stock_and_logs_history
-- sources: SALES.ORDER_ITEMS
-- targets: INV.STOCK, SALES.ITEM_STATUS_HISTORY
-- columns: SALES.ORDER_ITEMS.QTY -> INV.STOCK.RESERVED_QTY, SALES.ORDER_ITEMS.QTY -> INV.STOCK.AVAILABLE_QTY
-- columns: SALES.ORDER_ITEMS.ORDER_ID -> SALES.ITEM_STATUS_HISTORY.ORDER_ID
-- columns: SALES.ORDER_ITEMS.ITEM_NO -> SALES.ITEM_STATUS_HISTORY.ITEM_NO
-- columns: SALES.ORDER_ITEMS.STATUS -> SALES.ITEM_STATUS_HISTORY.OLD_STATUS
-- columns: SALES.ORDER_ITEMS.STATUS -> SALES.ITEM_STATUS_HISTORY.NEW_STATUS
-- indirect: INV.STOCK.SKU, INV.STOCK.WAREHOUSE_ID, SALES.ORDER_ITEMS.SKU, SALES.ORDER_ITEMS.WAREHOUSE_ID
CREATE OR REPLACE TRIGGER sales.trg_order_items_cancel_au
AFTER UPDATE OF status ON sales.order_items
FOR EACH ROW
WHEN (NEW.status = 'CANCELLED')
BEGIN
  UPDATE inv.stock s
     SET s.reserved_qty  = s.reserved_qty - :OLD.qty,
         s.available_qty = s.available_qty + :OLD.qty
   WHERE s.sku = :OLD.sku
     AND s.warehouse_id = :OLD.warehouse_id;

  INSERT INTO sales.item_status_history (order_id, item_no, old_status, new_status, changed_at)
  VALUES (:OLD.order_id, :OLD.item_no, :OLD.status, :NEW.status, SYSTIMESTAMP);
END;
/

-- case: trg_instead_of_insert_join_view_lookup_and_returning_key
-- sources: APP.CUSTOMERS, APP.V_ORDER_ENTRY, APP.ORDERS
-- targets: APP.ORDERS, APP.ORDER_LINES
-- columns: APP.CUSTOMERS.CUSTOMER_ID -> APP.ORDERS.CUSTOMER_ID
-- columns: APP.V_ORDER_ENTRY.ORDER_DAY -> APP.ORDERS.ORDER_DAY
-- columns: APP.V_ORDER_ENTRY.CHANNEL -> APP.ORDERS.CHANNEL
-- columns: APP.ORDERS.ORDER_ID -> APP.ORDER_LINES.ORDER_ID
-- columns: APP.V_ORDER_ENTRY.SKU -> APP.ORDER_LINES.SKU
-- columns: APP.V_ORDER_ENTRY.QTY -> APP.ORDER_LINES.QTY
-- indirect: APP.CUSTOMERS.CUSTOMER_CODE, APP.V_ORDER_ENTRY.CUSTOMER_CODE
CREATE OR REPLACE TRIGGER app.trg_v_order_entry_ioi
INSTEAD OF INSERT ON app.v_order_entry
FOR EACH ROW
DECLARE
  v_customer_id app.customers.customer_id%TYPE;
  v_order_id    NUMBER;
BEGIN
  SELECT c.customer_id
    INTO v_customer_id
    FROM app.customers c
   WHERE c.customer_code = :NEW.customer_code;

  INSERT INTO app.orders (order_id, customer_id, order_day, channel)
  VALUES (app.seq_orders.NEXTVAL, v_customer_id, NVL(:NEW.order_day, TRUNC(SYSDATE)), :NEW.channel)
  RETURNING order_id INTO v_order_id;

  INSERT INTO app.order_lines (order_id, line_no, sku, qty)
  VALUES (v_order_id, 1, :NEW.sku, :NEW.qty);
END;
/

-- case: trg_instead_of_update_view_history_from_old_and_base_update_from_new
-- sources: HR.V_EMPLOYEE_PUBLIC
-- targets: HR.CONTACT_HISTORY, HR.EMPLOYEE_CONTACTS
-- columns: HR.V_EMPLOYEE_PUBLIC.EMPLOYEE_ID -> HR.CONTACT_HISTORY.EMPLOYEE_ID
-- columns: HR.V_EMPLOYEE_PUBLIC.PHONE -> HR.CONTACT_HISTORY.OLD_PHONE
-- columns: HR.V_EMPLOYEE_PUBLIC.OFFICE -> HR.CONTACT_HISTORY.OLD_OFFICE
-- columns: HR.V_EMPLOYEE_PUBLIC.PHONE -> HR.EMPLOYEE_CONTACTS.PHONE_NUMBER
-- columns: HR.V_EMPLOYEE_PUBLIC.OFFICE -> HR.EMPLOYEE_CONTACTS.OFFICE_CODE
-- indirect: HR.EMPLOYEE_CONTACTS.EMPLOYEE_ID
CREATE OR REPLACE TRIGGER hr.trg_v_emp_public_iou
INSTEAD OF UPDATE ON hr.v_employee_public
FOR EACH ROW
BEGIN
  IF :NEW.phone <> :OLD.phone OR :NEW.office <> :OLD.office THEN
    INSERT INTO hr.contact_history (employee_id, old_phone, old_office, changed_at)
    VALUES (:OLD.employee_id, :OLD.phone, :OLD.office, SYSDATE);
  END IF;

  UPDATE hr.employee_contacts
     SET phone_number = :NEW.phone,
         office_code  = UPPER(:NEW.office)
   WHERE employee_id = :OLD.employee_id;
END;
/

-- case: trg_compound_before_statement_global_rate_row_insert_statement_merge
-- sources: FIN.FX_RATES, FIN.PAYMENTS
-- targets: FIN.PAYMENTS_EUR, FIN.PAYMENT_DAY_TOTALS
-- columns: FIN.PAYMENTS.PAYMENT_ID -> FIN.PAYMENTS_EUR.PAYMENT_ID
-- columns: FIN.PAYMENTS.AMOUNT -> FIN.PAYMENTS_EUR.AMOUNT_EUR, FIN.FX_RATES.RATE_TO_EUR -> FIN.PAYMENTS_EUR.AMOUNT_EUR
-- columns: FIN.PAYMENTS.PAID_AT -> FIN.PAYMENT_DAY_TOTALS.PAY_DAY
-- columns: FIN.PAYMENTS.AMOUNT -> FIN.PAYMENT_DAY_TOTALS.TOTAL_AMOUNT
-- indirect: FIN.FX_RATES.CCY, FIN.FX_RATES.RATE_DAY, FIN.PAYMENT_DAY_TOTALS.PAY_DAY
CREATE OR REPLACE TRIGGER fin.trg_payments_cmp
FOR INSERT ON fin.payments
COMPOUND TRIGGER
  g_rate fin.fx_rates.rate_to_eur%TYPE;

  BEFORE STATEMENT IS
  BEGIN
    SELECT r.rate_to_eur
      INTO g_rate
      FROM fin.fx_rates r
     WHERE r.ccy = 'USD'
       AND r.rate_day = TRUNC(SYSDATE);
  END BEFORE STATEMENT;

  AFTER EACH ROW IS
  BEGIN
    INSERT INTO fin.payments_eur (payment_id, amount_eur, converted_at)
    VALUES (:NEW.payment_id, :NEW.amount * g_rate, SYSTIMESTAMP);
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    MERGE INTO fin.payment_day_totals t
    USING (SELECT TRUNC(p.paid_at) AS pay_day, SUM(p.amount) AS total
             FROM fin.payments p
            WHERE p.paid_at >= TRUNC(SYSDATE)
            GROUP BY TRUNC(p.paid_at)) s
       ON (t.pay_day = s.pay_day)
     WHEN MATCHED THEN UPDATE SET t.total_amount = s.total
     WHEN NOT MATCHED THEN INSERT (pay_day, total_amount) VALUES (s.pay_day, s.total);
  END AFTER STATEMENT;
END trg_payments_cmp;
/

-- case: trg_statement_level_correlated_update_with_exists_on_trigger_table
-- sources: PROJ.TASKS
-- targets: PROJ.PROJECTS
-- columns: PROJ.TASKS.TASK_ID -> PROJ.PROJECTS.OPEN_TASKS
-- indirect: PROJ.TASKS.PROJECT_ID, PROJ.TASKS.STATUS, PROJ.TASKS.PRIORITY, PROJ.PROJECTS.PROJECT_ID
CREATE OR REPLACE TRIGGER proj.trg_tasks_after_stmt
AFTER INSERT OR UPDATE OR DELETE ON proj.tasks
DECLARE
  v_now TIMESTAMP := SYSTIMESTAMP;
BEGIN
  UPDATE proj.projects p
     SET p.open_tasks = (SELECT COUNT(t.task_id)
                           FROM proj.tasks t
                          WHERE t.project_id = p.project_id
                            AND t.status <> 'DONE'),
         p.has_blockers = CASE
                            WHEN EXISTS (SELECT 1
                                           FROM proj.tasks b
                                          WHERE b.project_id = p.project_id
                                            AND b.priority = 'BLOCKER') THEN 'Y'
                            ELSE 'N'
                          END,
         p.refreshed_at = v_now
   WHERE EXISTS (SELECT 1 FROM proj.tasks x WHERE x.project_id = p.project_id);
END;
/

-- case: trg_old_values_into_target_rowtype_record_insert_values_record
-- schema: HR.EMPLOYEES_HIST(EMPLOYEE_ID, LAST_NAME, SALARY, DEPARTMENT_ID, VALID_TO, CHANGED_BY)
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEES_HIST
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEES_HIST.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.EMPLOYEES_HIST.LAST_NAME
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEES_HIST.SALARY
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.EMPLOYEES_HIST.DEPARTMENT_ID
CREATE OR REPLACE TRIGGER hr.trg_employees_hist_bud
BEFORE UPDATE OR DELETE ON hr.employees
FOR EACH ROW
DECLARE
  l_hist hr.employees_hist%ROWTYPE;
BEGIN
  l_hist.employee_id   := :OLD.employee_id;
  l_hist.last_name     := :OLD.last_name;
  l_hist.salary        := :OLD.salary;
  l_hist.department_id := :OLD.department_id;
  l_hist.valid_to      := SYSDATE;
  l_hist.changed_by    := NVL(SYS_CONTEXT('USERENV', 'CLIENT_IDENTIFIER'), USER);
  INSERT INTO hr.employees_hist VALUES l_hist;
END;
/

-- case: trg_select_star_into_other_table_rowtype_insert_values_positional
-- schema: CRM.CUSTOMERS(CUSTOMER_ID, CUSTOMER_NAME, SEGMENT, CREDIT_LIMIT)
-- schema: CRM.CUSTOMER_SNAPSHOTS(CUST_ID, CUST_NAME, CUST_SEGMENT, CUST_LIMIT)
-- sources: CRM.CUSTOMERS, CRM.CONTRACTS
-- targets: CRM.CUSTOMER_SNAPSHOTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CUSTOMER_SNAPSHOTS.CUST_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> CRM.CUSTOMER_SNAPSHOTS.CUST_NAME
-- columns: CRM.CUSTOMERS.SEGMENT -> CRM.CUSTOMER_SNAPSHOTS.CUST_SEGMENT
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> CRM.CUSTOMER_SNAPSHOTS.CUST_LIMIT
-- indirect: CRM.CONTRACTS.CUSTOMER_ID
CREATE OR REPLACE TRIGGER crm.trg_contracts_signed_ai
AFTER INSERT ON crm.contracts
FOR EACH ROW
DECLARE
  l_cust crm.customers%ROWTYPE;
BEGIN
  SELECT * INTO l_cust FROM crm.customers c WHERE c.customer_id = :NEW.customer_id;
  INSERT INTO crm.customer_snapshots VALUES l_cust;
END;
/

-- case: records_target_rowtype_fields_from_cursor_loop_insert_values_record
-- schema: DWH.DIM_STORE(STORE_KEY, STORE_CODE, STORE_NAME, CITY, OPENED_ON, IS_CURRENT)
-- sources: STG.STORE_FEED
-- targets: DWH.DIM_STORE
-- columns: STG.STORE_FEED.CODE -> DWH.DIM_STORE.STORE_CODE
-- columns: STG.STORE_FEED.NAME -> DWH.DIM_STORE.STORE_NAME
-- columns: STG.STORE_FEED.TOWN -> DWH.DIM_STORE.CITY
-- columns: STG.STORE_FEED.OPEN_DATE -> DWH.DIM_STORE.OPENED_ON
-- indirect: STG.STORE_FEED.FEED_DAY
DECLARE
  l_store dwh.dim_store%ROWTYPE;
BEGIN
  FOR s IN (SELECT x.code, x.name, x.town, x.open_date
              FROM stg.store_feed x
             WHERE x.feed_day = TRUNC(SYSDATE)) LOOP
    l_store.store_key  := dwh.seq_store_key.NEXTVAL;
    l_store.store_code := s.code;
    l_store.store_name := INITCAP(s.name);
    l_store.city       := s.town;
    l_store.opened_on  := s.open_date;
    l_store.is_current := 'Y';
    INSERT INTO dwh.dim_store VALUES l_store;
  END LOOP;
  COMMIT;
END;
/

-- case: records_select_star_into_rowtype_field_overwritten_with_literal_keeps_union
-- schema: SALES.QUOTES(QUOTE_ID, CUSTOMER_ID, STATUS, AMOUNT)
-- schema: SALES.QUOTES_HIST(QUOTE_ID, CUSTOMER_ID, STATUS, AMOUNT)
-- sources: SALES.QUOTES
-- targets: SALES.QUOTES_HIST
-- columns: SALES.QUOTES.QUOTE_ID -> SALES.QUOTES_HIST.QUOTE_ID
-- columns: SALES.QUOTES.CUSTOMER_ID -> SALES.QUOTES_HIST.CUSTOMER_ID
-- columns: SALES.QUOTES.STATUS -> SALES.QUOTES_HIST.STATUS
-- columns: SALES.QUOTES.AMOUNT -> SALES.QUOTES_HIST.AMOUNT
-- effects: delete SALES.QUOTES
CREATE OR REPLACE PROCEDURE sales.expire_quote (p_quote_id IN NUMBER) IS
  l_q sales.quotes%ROWTYPE;
BEGIN
  SELECT * INTO l_q FROM sales.quotes WHERE quote_id = p_quote_id;
  l_q.status := 'EXPIRED';
  INSERT INTO sales.quotes_hist VALUES l_q;
  DELETE FROM sales.quotes WHERE quote_id = p_quote_id;
END expire_quote;
/

-- case: records_cursor_rowtype_over_join_insert_values_positional_by_schema
-- schema: MART.ORDER_FLAT(ORDER_NO, CUSTOMER_NAME, CITY, NET_AMOUNT)
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: MART.ORDER_FLAT
-- columns: SALES.ORDERS.ORDER_NO -> MART.ORDER_FLAT.ORDER_NO
-- columns: CRM.CUSTOMERS.NAME -> MART.ORDER_FLAT.CUSTOMER_NAME
-- columns: CRM.CUSTOMERS.CITY -> MART.ORDER_FLAT.CITY
-- columns: SALES.ORDERS.GROSS -> MART.ORDER_FLAT.NET_AMOUNT, SALES.ORDERS.TAX -> MART.ORDER_FLAT.NET_AMOUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID, CRM.CUSTOMERS.ID, SALES.ORDERS.ORDER_DAY
DECLARE
  CURSOR c_o IS
    SELECT o.order_no, c.name, c.city, o.gross - o.tax AS net
      FROM sales.orders o
      JOIN crm.customers c ON c.id = o.customer_id
     WHERE o.order_day = TRUNC(SYSDATE) - 1;
  l_o c_o%ROWTYPE;
BEGIN
  OPEN c_o;
  LOOP
    FETCH c_o INTO l_o;
    EXIT WHEN c_o%NOTFOUND;
    INSERT INTO mart.order_flat VALUES l_o;
  END LOOP;
  CLOSE c_o;
  COMMIT;
END;
/

-- case: trg_referencing_old_as_o_archive_with_not_exists_and_update_accounts
-- sources: CRM.CUSTOMERS, CRM.CUSTOMERS_ARCHIVE
-- targets: CRM.CUSTOMERS_ARCHIVE, CRM.ACCOUNTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CUSTOMERS_ARCHIVE.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> CRM.CUSTOMERS_ARCHIVE.CUSTOMER_NAME
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.ACCOUNTS.PREVIOUS_OWNER_ID
-- indirect: CRM.CUSTOMERS_ARCHIVE.CUSTOMER_ID, CRM.ACCOUNTS.OWNER_CUSTOMER_ID
CREATE OR REPLACE TRIGGER crm.trg_customers_bd_arch
BEFORE DELETE ON crm.customers
REFERENCING OLD AS o
FOR EACH ROW
BEGIN
  INSERT INTO crm.customers_archive (customer_id, customer_name, closed_on)
  SELECT :o.customer_id, :o.customer_name, SYSDATE
    FROM dual
   WHERE NOT EXISTS (SELECT 1
                       FROM crm.customers_archive a
                      WHERE a.customer_id = :o.customer_id);

  UPDATE crm.accounts a
     SET a.owner_customer_id = NULL,
         a.previous_owner_id = :o.customer_id
   WHERE a.owner_customer_id = :o.customer_id;
END;
/

-- case: trg_instead_of_insert_quoted_mixed_case_view
-- sources: Portal.vOrders
-- targets: Portal.Orders, PORTAL.ORDER_AUDIT
-- columns: Portal.vOrders.OrderNo -> Portal.Orders.OrderNo
-- columns: Portal.vOrders.CustomerRef -> Portal.Orders.CustomerRef
-- columns: Portal.vOrders.Total -> Portal.Orders.Total
-- columns: Portal.vOrders.OrderNo -> PORTAL.ORDER_AUDIT.ORDER_NO
CREATE OR REPLACE TRIGGER "Portal"."trg_vOrders_IOI"
INSTEAD OF INSERT ON "Portal"."vOrders"
FOR EACH ROW
BEGIN
  INSERT INTO "Portal"."Orders" ("OrderNo", "CustomerRef", "Total")
  VALUES (:NEW."OrderNo", UPPER(:NEW."CustomerRef"), :NEW."Total");

  INSERT INTO portal.order_audit (order_no, action)
  VALUES (:NEW."OrderNo", 'CREATE');
END;
/

-- case: trg_row_cursor_loop_over_other_table_merges_per_row
-- sources: HR.EMPLOYEES, HR.PROJECT_ASSIGNMENTS
-- targets: HR.PROJECT_COSTS
-- columns: HR.PROJECT_ASSIGNMENTS.PROJECT_ID -> HR.PROJECT_COSTS.PROJECT_ID
-- columns: HR.PROJECT_ASSIGNMENTS.ALLOCATION_PCT -> HR.PROJECT_COSTS.MONTHLY_COST, HR.EMPLOYEES.SALARY -> HR.PROJECT_COSTS.MONTHLY_COST
-- indirect: HR.PROJECT_ASSIGNMENTS.EMPLOYEE_ID, HR.PROJECT_ASSIGNMENTS.END_DATE, HR.EMPLOYEES.EMPLOYEE_ID, HR.PROJECT_COSTS.PROJECT_ID
CREATE OR REPLACE TRIGGER hr.trg_emp_salary_cost_au
AFTER UPDATE OF salary ON hr.employees
FOR EACH ROW
BEGIN
  FOR a IN (SELECT pa.project_id, pa.allocation_pct
              FROM hr.project_assignments pa
             WHERE pa.employee_id = :NEW.employee_id
               AND pa.end_date IS NULL) LOOP
    MERGE INTO hr.project_costs pc
    USING (SELECT a.project_id AS project_id,
                  (:NEW.salary - :OLD.salary) / 12 * a.allocation_pct / 100 AS delta
             FROM dual) d
       ON (pc.project_id = d.project_id)
     WHEN MATCHED THEN UPDATE SET pc.monthly_cost = pc.monthly_cost + d.delta
     WHEN NOT MATCHED THEN INSERT (project_id, monthly_cost) VALUES (d.project_id, d.delta);
  END LOOP;
END;
/

-- case: trg_before_insert_local_procedure_and_when_clause_logs_new_row
-- sources: WMS.SHIPMENTS, WMS.CARRIERS
-- targets: WMS.SHIPMENT_ALERTS
-- columns: WMS.SHIPMENTS.SHIPMENT_ID -> WMS.SHIPMENT_ALERTS.SHIPMENT_ID
-- columns: WMS.CARRIERS.CARRIER_NAME -> WMS.SHIPMENT_ALERTS.CARRIER_NAME
-- columns: WMS.SHIPMENTS.WEIGHT_KG -> WMS.SHIPMENT_ALERTS.WEIGHT_KG
-- indirect: WMS.CARRIERS.CARRIER_ID, WMS.SHIPMENTS.CARRIER_ID
CREATE OR REPLACE TRIGGER wms.trg_shipments_heavy_bi
BEFORE INSERT ON wms.shipments
FOR EACH ROW
WHEN (NEW.weight_kg > 1000)
DECLARE
  v_carrier wms.carriers.carrier_name%TYPE;

  PROCEDURE raise_alert (p_text IN VARCHAR2) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE('ALERT: ' || p_text);
  END raise_alert;
BEGIN
  SELECT c.carrier_name
    INTO v_carrier
    FROM wms.carriers c
   WHERE c.carrier_id = :NEW.carrier_id;

  INSERT INTO wms.shipment_alerts (shipment_id, carrier_name, weight_kg, alert_at)
  VALUES (:NEW.shipment_id, v_carrier, :NEW.weight_kg, SYSTIMESTAMP);

  raise_alert('heavy shipment ' || :NEW.shipment_id);
END;
/

-- case: trg_compound_record_collection_filled_per_row_inserted_in_after_statement_loop
-- sources: INV.PRICES
-- targets: INV.PRICE_CHANGE_LOG
-- columns: INV.PRICES.SKU -> INV.PRICE_CHANGE_LOG.SKU
-- columns: INV.PRICES.PRICE -> INV.PRICE_CHANGE_LOG.OLD_PRICE
-- columns: INV.PRICES.PRICE -> INV.PRICE_CHANGE_LOG.NEW_PRICE
-- columns: INV.PRICES.PRICE -> INV.PRICE_CHANGE_LOG.PCT_CHANGE
CREATE OR REPLACE TRIGGER inv.trg_prices_cmp
FOR UPDATE OF price ON inv.prices
COMPOUND TRIGGER
  TYPE t_chg IS RECORD (sku VARCHAR2(30), old_price NUMBER, new_price NUMBER);
  TYPE t_chg_tab IS TABLE OF t_chg INDEX BY PLS_INTEGER;
  g_chg t_chg_tab;
  g_n   PLS_INTEGER := 0;

  AFTER EACH ROW IS
  BEGIN
    g_n := g_n + 1;
    g_chg(g_n).sku       := :NEW.sku;
    g_chg(g_n).old_price := :OLD.price;
    g_chg(g_n).new_price := :NEW.price;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FOR i IN 1 .. g_chg.COUNT LOOP
      IF g_chg(i).old_price <> g_chg(i).new_price THEN
        INSERT INTO inv.price_change_log (sku, old_price, new_price, pct_change, logged_at)
        VALUES (g_chg(i).sku,
                g_chg(i).old_price,
                g_chg(i).new_price,
                ROUND(100 * (g_chg(i).new_price - g_chg(i).old_price) / NULLIF(g_chg(i).old_price, 0), 2),
                SYSTIMESTAMP);
      END IF;
    END LOOP;
    g_chg.DELETE;
    g_n := 0;
  END AFTER STATEMENT;
END trg_prices_cmp;
/

-- case: trg_after_insert_updates_two_other_tables_with_scalar_subquery
-- sources: FIN.INVOICE_PAYMENTS, FIN.INVOICES
-- targets: FIN.INVOICES, CRM.CUSTOMER_BALANCES
-- columns: FIN.INVOICE_PAYMENTS.AMOUNT -> FIN.INVOICES.PAID_AMOUNT
-- columns: FIN.INVOICE_PAYMENTS.PAID_ON -> FIN.INVOICES.LAST_PAYMENT_ON
-- columns: FIN.INVOICE_PAYMENTS.AMOUNT -> CRM.CUSTOMER_BALANCES.OPEN_BALANCE
-- indirect: FIN.INVOICES.INVOICE_ID, FIN.INVOICE_PAYMENTS.INVOICE_ID, CRM.CUSTOMER_BALANCES.CUSTOMER_ID, FIN.INVOICES.CUSTOMER_ID
CREATE OR REPLACE TRIGGER fin.trg_invoice_payments_ai
AFTER INSERT ON fin.invoice_payments
FOR EACH ROW
BEGIN
  UPDATE fin.invoices i
     SET i.paid_amount     = NVL(i.paid_amount, 0) + :NEW.amount,
         i.last_payment_on = :NEW.paid_on
   WHERE i.invoice_id = :NEW.invoice_id;

  UPDATE crm.customer_balances b
     SET b.open_balance = b.open_balance - :NEW.amount
   WHERE b.customer_id = (SELECT i.customer_id
                            FROM fin.invoices i
                           WHERE i.invoice_id = :NEW.invoice_id);
END;
/

-- case: records_rowtype_assigned_from_two_selects_then_update_set_row
-- schema: DWH.CUSTOMER_SCORE(CUSTOMER_ID, RISK_SCORE, VALUE_SCORE, SCORED_AT)
-- sources: RISK.SCORES, MKT.CLV
-- targets: DWH.CUSTOMER_SCORE
-- columns: RISK.SCORES.SCORE -> DWH.CUSTOMER_SCORE.RISK_SCORE
-- columns: MKT.CLV.CLV_AMOUNT -> DWH.CUSTOMER_SCORE.VALUE_SCORE
-- indirect: RISK.SCORES.CUSTOMER_ID, RISK.SCORES.MODEL, MKT.CLV.CUSTOMER_ID, DWH.CUSTOMER_SCORE.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE dwh.rescore_customer (p_customer_id IN NUMBER) IS
  l_row dwh.customer_score%ROWTYPE;
BEGIN
  l_row.customer_id := p_customer_id;

  SELECT s.score
    INTO l_row.risk_score
    FROM risk.scores s
   WHERE s.customer_id = p_customer_id
     AND s.model = 'PD12';

  SELECT NTILE(10) OVER (ORDER BY v.clv_amount)
    INTO l_row.value_score
    FROM mkt.clv v
   WHERE v.customer_id = p_customer_id;

  l_row.scored_at := SYSDATE;

  UPDATE dwh.customer_score
     SET ROW = l_row
   WHERE customer_id = p_customer_id;
END rescore_customer;
/
