-- case: proc_private_temporary_table_created_filled_and_read_through_dynamic_literals
-- diagnostics: none
-- sources: SALES.SALES, REF.STORES
-- targets: RPT.WEEKLY_TOP_STORES
-- intermediate: ORA$PTT_WEEK_SALES
-- columns: SALES.SALES.STORE_ID -> RPT.WEEKLY_TOP_STORES.STORE_ID
-- columns: REF.STORES.STORE_NAME -> RPT.WEEKLY_TOP_STORES.STORE_NAME
-- columns: SALES.SALES.AMOUNT -> RPT.WEEKLY_TOP_STORES.REVENUE
  CREATE OR REPLACE EDITIONABLE PROCEDURE "RPT"."BUILD_WEEKLY_TOP" AUTHID CURRENT_USER
AS
BEGIN
  EXECUTE IMMEDIATE 'CREATE PRIVATE TEMPORARY TABLE ora$ptt_week_sales (store_id NUMBER, revenue NUMBER) '
                 || 'ON COMMIT DROP DEFINITION';
  EXECUTE IMMEDIATE 'INSERT INTO ora$ptt_week_sales (store_id, revenue) '
                 || 'SELECT s.store_id, SUM(s.amount) FROM sales.sales s '
                 || 'WHERE s.sold_at >= TRUNC(SYSDATE, ''IW'') GROUP BY s.store_id';
  EXECUTE IMMEDIATE 'INSERT INTO rpt.weekly_top_stores (store_id, store_name, revenue) '
                 || 'SELECT w.store_id, st.store_name, w.revenue FROM ora$ptt_week_sales w '
                 || 'JOIN ref.stores st ON st.store_id = w.store_id WHERE w.revenue > 100000';
  COMMIT;
END build_weekly_top;
/

-- case: proc_fills_and_reads_work_table_created_and_dropped_by_the_script
-- diagnostics: none
-- sources: STG.RETURNS
-- targets: INV.STOCK, SALES.RETURN_LOG
-- intermediate: ETL.WRK_RETURNS
-- columns: STG.RETURNS.QTY -> INV.STOCK.ON_HAND
-- columns: STG.RETURNS.ORDER_ID -> SALES.RETURN_LOG.ORDER_ID
-- columns: STG.RETURNS.SKU -> SALES.RETURN_LOG.SKU
-- columns: STG.RETURNS.QTY -> SALES.RETURN_LOG.QTY
-- columns: STG.RETURNS.REASON_TEXT -> SALES.RETURN_LOG.REASON
-- effects:
CREATE TABLE etl.wrk_returns (order_id NUMBER, sku VARCHAR2(30), qty NUMBER, reason VARCHAR2(200));

  CREATE OR REPLACE EDITIONABLE PROCEDURE "ETL"."PROCESS_RETURNS" AS
BEGIN
  INSERT INTO etl.wrk_returns (order_id, sku, qty, reason)
  SELECT r.order_id, r.sku, r.qty, UPPER(r.reason_text)
    FROM stg.returns r
   WHERE r.received_on = TRUNC(SYSDATE);

  UPDATE inv.stock s
     SET s.on_hand = s.on_hand + (SELECT SUM(w.qty) FROM etl.wrk_returns w WHERE w.sku = s.sku)
   WHERE s.sku IN (SELECT w2.sku FROM etl.wrk_returns w2);

  INSERT INTO sales.return_log (order_id, sku, qty, reason)
  SELECT w.order_id, w.sku, w.qty, w.reason
    FROM etl.wrk_returns w;
  COMMIT;
END process_returns;
/
SHOW ERRORS
EXEC etl.process_returns
DROP TABLE etl.wrk_returns PURGE;

-- case: proc_cursor_for_loop_over_cte_with_row_number_join_writes_two_tables
-- diagnostics: none
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: RPT.TOP_ORDER, CRM.CUSTOMERS
-- columns: SALES.ORDERS.CUSTOMER_ID -> RPT.TOP_ORDER.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> RPT.TOP_ORDER.ORDER_ID
-- columns: SALES.ORDERS.AMOUNT -> RPT.TOP_ORDER.AMOUNT
-- columns: CRM.CUSTOMERS.NAME -> RPT.TOP_ORDER.CUSTOMER_NAME
-- columns: SALES.ORDERS.ORDER_ID -> CRM.CUSTOMERS.BIGGEST_ORDER_ID
-- indirect: SALES.ORDERS.ORDER_DAY, CRM.CUSTOMERS.CUSTOMER_ID
  CREATE OR REPLACE EDITIONABLE PROCEDURE "RPT"."LOAD_TOP_ORDERS" (p_from IN DATE) AS
BEGIN
  FOR r IN (WITH ranked AS (
              SELECT o.customer_id, o.order_id, o.amount,
                     ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.amount DESC) AS rn
                FROM sales.orders o
               WHERE o.order_day >= p_from)
            SELECT k.customer_id, k.order_id, k.amount, c.name
              FROM ranked k
              JOIN crm.customers c ON c.customer_id = k.customer_id
             WHERE k.rn = 1) LOOP
    INSERT INTO rpt.top_order (customer_id, order_id, amount, customer_name)
    VALUES (r.customer_id, r.order_id, r.amount, r.name);

    UPDATE crm.customers
       SET biggest_order_id = r.order_id
     WHERE customer_id = r.customer_id;
  END LOOP;
  COMMIT;
END load_top_orders;
/

-- case: proc_fetch_table_rowtype_record_from_select_star_cursor_handlers_log_key
-- diagnostics: none
-- schema: STG.INVOICES(INVOICE_NO, CUSTOMER_NO, AMOUNT, BATCH_ID)
-- sources: STG.INVOICES
-- targets: DW.INVOICES, ETL.LOAD_ERRORS
-- columns: STG.INVOICES.INVOICE_NO -> DW.INVOICES.INVOICE_NO
-- columns: STG.INVOICES.CUSTOMER_NO -> DW.INVOICES.CUSTOMER_NO
-- columns: STG.INVOICES.AMOUNT -> DW.INVOICES.AMOUNT
-- columns: STG.INVOICES.INVOICE_NO -> ETL.LOAD_ERRORS.SOURCE_KEY
-- indirect: STG.INVOICES.BATCH_ID
  CREATE OR REPLACE EDITIONABLE PROCEDURE "ETL"."LOAD_INVOICES" (p_batch IN NUMBER) AUTHID DEFINER AS
  l_code NUMBER;
  l_msg  VARCHAR2(4000);
  l_inv  stg.invoices%ROWTYPE;
  CURSOR c_inv IS
    SELECT * FROM stg.invoices WHERE batch_id = p_batch;
BEGIN
  OPEN c_inv;
  LOOP
    FETCH c_inv INTO l_inv;
    EXIT WHEN c_inv%NOTFOUND;
    BEGIN
      INSERT INTO dw.invoices (invoice_no, customer_no, amount)
      VALUES (l_inv.invoice_no, l_inv.customer_no, l_inv.amount);
    EXCEPTION
      WHEN DUP_VAL_ON_INDEX THEN
        NULL;
      WHEN OTHERS THEN
        l_code := SQLCODE;
        l_msg  := SQLERRM;
        INSERT INTO etl.load_errors (batch_id, source_key, err_code, err_msg)
        VALUES (p_batch, l_inv.invoice_no, l_code, l_msg);
    END;
  END LOOP;
  CLOSE c_inv;
  COMMIT;
END load_invoices;
/

-- case: proc_insert_first_with_else_and_scalar_subquery_in_select
-- diagnostics: none
-- sources: FIN.TRANSACTIONS, FIN.ACCOUNTS, REF.BRANCHES
-- targets: FIN.BIG_TX, FIN.REFUNDS, FIN.STD_TX
-- columns: FIN.TRANSACTIONS.TX_ID -> FIN.BIG_TX.TX_ID, FIN.ACCOUNTS.ACCOUNT_NO -> FIN.BIG_TX.ACCOUNT_NO, FIN.TRANSACTIONS.AMOUNT -> FIN.BIG_TX.AMOUNT
-- columns: FIN.TRANSACTIONS.TX_ID -> FIN.REFUNDS.TX_ID, FIN.ACCOUNTS.ACCOUNT_NO -> FIN.REFUNDS.ACCOUNT_NO, FIN.TRANSACTIONS.AMOUNT -> FIN.REFUNDS.AMOUNT
-- columns: FIN.TRANSACTIONS.TX_ID -> FIN.STD_TX.TX_ID, FIN.ACCOUNTS.ACCOUNT_NO -> FIN.STD_TX.ACCOUNT_NO, FIN.TRANSACTIONS.AMOUNT -> FIN.STD_TX.AMOUNT
-- columns: REF.BRANCHES.BRANCH_NAME -> FIN.STD_TX.BRANCH
-- indirect: REF.BRANCHES.BRANCH_ID, FIN.ACCOUNTS.BRANCH_ID, FIN.ACCOUNTS.ACCOUNT_ID, FIN.TRANSACTIONS.ACCOUNT_ID, FIN.TRANSACTIONS.TX_DAY
  CREATE OR REPLACE EDITIONABLE PROCEDURE "FIN"."ROUTE_TRANSACTIONS" (p_day IN DATE) AS
BEGIN
  INSERT FIRST
    WHEN amount >= 10000 THEN
      INTO fin.big_tx (tx_id, account_no, amount) VALUES (tx_id, account_no, amount)
    WHEN amount < 0 THEN
      INTO fin.refunds (tx_id, account_no, amount) VALUES (tx_id, account_no, -amount)
    ELSE
      INTO fin.std_tx (tx_id, account_no, amount, branch) VALUES (tx_id, account_no, amount, branch)
  SELECT t.tx_id,
         a.account_no,
         t.amount,
         (SELECT b.branch_name FROM ref.branches b WHERE b.branch_id = a.branch_id) AS branch
    FROM fin.transactions t
    JOIN fin.accounts a ON a.account_id = t.account_id
   WHERE t.tx_day = p_day;
  COMMIT;
END route_transactions;
/

-- case: proc_execute_immediate_of_variable_that_only_held_literal_merge_text
-- diagnostics: none
-- sources: STG.BRANDS
-- targets: DW.DIM_BRAND, ETL.RUN_LOG
-- columns: STG.BRANDS.BRAND_CODE -> DW.DIM_BRAND.BRAND_CODE
-- columns: STG.BRANDS.BRAND_NAME -> DW.DIM_BRAND.BRAND_NAME
-- indirect: DW.DIM_BRAND.BRAND_CODE
  CREATE OR REPLACE EDITIONABLE PROCEDURE "DW"."REFRESH_BRANDS" AS
  l_sql VARCHAR2(4000);
  l_cnt NUMBER;
BEGIN
  l_sql := 'MERGE INTO dw.dim_brand d '
        || 'USING (SELECT b.brand_code, b.brand_name FROM stg.brands b) s '
        || 'ON (d.brand_code = s.brand_code) '
        || 'WHEN MATCHED THEN UPDATE SET d.brand_name = s.brand_name '
        || 'WHEN NOT MATCHED THEN INSERT (brand_code, brand_name) VALUES (s.brand_code, s.brand_name)';
  EXECUTE IMMEDIATE l_sql;
  l_cnt := SQL%ROWCOUNT;
  INSERT INTO etl.run_log (step_name, row_count, logged_at) VALUES ('REFRESH_BRANDS', l_cnt, SYSDATE);
  COMMIT;
END refresh_brands;
/

-- case: proc_user_record_select_into_then_update_fields_or_insert_values_record
-- diagnostics: none
-- schema: CRM.CUSTOMER_STATS(CUSTOMER_ID, ORDER_COUNT, REVENUE, LAST_ORDER_DAY)
-- sources: SALES.ORDERS
-- targets: CRM.CUSTOMER_STATS
-- columns: SALES.ORDERS.CUSTOMER_ID -> CRM.CUSTOMER_STATS.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> CRM.CUSTOMER_STATS.ORDER_COUNT
-- columns: SALES.ORDERS.AMOUNT -> CRM.CUSTOMER_STATS.REVENUE
-- columns: SALES.ORDERS.ORDER_DAY -> CRM.CUSTOMER_STATS.LAST_ORDER_DAY
-- indirect: CRM.CUSTOMER_STATS.CUSTOMER_ID
  CREATE OR REPLACE EDITIONABLE PROCEDURE "CRM"."REFRESH_CUSTOMER_STATS" (p_id IN NUMBER) AS
  TYPE t_sum IS RECORD (cust_id NUMBER, orders NUMBER, revenue NUMBER, last_day DATE);
  l_sum t_sum;
BEGIN
  SELECT o.customer_id, COUNT(o.order_id), SUM(o.amount), MAX(o.order_day)
    INTO l_sum
    FROM sales.orders o
   WHERE o.customer_id = p_id
   GROUP BY o.customer_id;

  UPDATE crm.customer_stats s
     SET s.order_count    = l_sum.orders,
         s.revenue        = l_sum.revenue,
         s.last_order_day = l_sum.last_day
   WHERE s.customer_id = l_sum.cust_id;

  IF SQL%ROWCOUNT = 0 THEN
    INSERT INTO crm.customer_stats VALUES l_sum;
  END IF;
END refresh_customer_stats;
/

-- case: proc_parameterised_for_update_skip_locked_cursor_where_current_of
-- diagnostics: none
-- sources: OPS.OUTBOX
-- targets: OPS.SENT_MESSAGES, OPS.OUTBOX
-- columns: OPS.OUTBOX.MSG_ID -> OPS.SENT_MESSAGES.MSG_ID
-- columns: OPS.OUTBOX.DEST -> OPS.SENT_MESSAGES.DEST
-- columns: OPS.OUTBOX.PAYLOAD -> OPS.SENT_MESSAGES.BODY_HASH
-- indirect: OPS.OUTBOX.STATE
  CREATE OR REPLACE EDITIONABLE PROCEDURE "OPS"."DRAIN_OUTBOX" (p_limit IN PLS_INTEGER DEFAULT 100) AS
  CURSOR c_q (cp_limit NUMBER) IS
    SELECT q.msg_id, q.payload, q.dest
      FROM ops.outbox q
     WHERE q.state = 'NEW'
       AND ROWNUM <= cp_limit
       FOR UPDATE SKIP LOCKED;
BEGIN
  FOR m IN c_q(p_limit) LOOP
    INSERT INTO ops.sent_messages (msg_id, dest, body_hash, sent_at)
    VALUES (m.msg_id, m.dest, DBMS_CRYPTO.HASH(m.payload, 2), SYSTIMESTAMP);

    UPDATE ops.outbox
       SET state = 'SENT',
           sent_at = SYSTIMESTAMP
     WHERE CURRENT OF c_q;
  END LOOP;
  COMMIT;
END drain_outbox;
/

-- case: proc_bulk_collect_into_spec_record_collection_read_back_with_table_operator
-- diagnostics: none
-- sources: FX.QUOTES
-- targets: FX.DAILY_RATES
-- columns: FX.QUOTES.CCY -> FX.DAILY_RATES.CCY
-- columns: FX.QUOTES.MID_RATE -> FX.DAILY_RATES.RATE
-- indirect: FX.QUOTES.QUOTE_DAY
  CREATE OR REPLACE EDITIONABLE PACKAGE "FX"."PKG_DAILY" AUTHID DEFINER AS
  TYPE t_rate IS RECORD (ccy VARCHAR2(3), rate NUMBER);
  TYPE t_rates IS TABLE OF t_rate;
  PROCEDURE publish (p_day IN DATE);
END "PKG_DAILY";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "FX"."PKG_DAILY" AS
  PROCEDURE publish (p_day IN DATE) IS
    l_rates t_rates;
  BEGIN
    SELECT q.ccy, q.mid_rate
      BULK COLLECT INTO l_rates
      FROM fx.quotes q
     WHERE q.quote_day = p_day;

    INSERT INTO fx.daily_rates (ccy, rate, rate_day)
    SELECT t.ccy, t.rate, p_day
      FROM TABLE(l_rates) t;
    COMMIT;
  END publish;
END "PKG_DAILY";
/

-- case: proc_truncate_then_connect_by_hierarchy_flatten
-- diagnostics: none
-- sources: HR.EMPLOYEES
-- targets: HR.ORG_FLAT
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.ORG_FLAT.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.MANAGER_ID -> HR.ORG_FLAT.MANAGER_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.ORG_FLAT.PATH
-- indirect: HR.EMPLOYEES.ACTIVE
-- effects: truncate HR.ORG_FLAT
  CREATE OR REPLACE EDITIONABLE PROCEDURE "HR"."FLATTEN_ORG" AS
BEGIN
  EXECUTE IMMEDIATE 'TRUNCATE TABLE hr.org_flat';
  INSERT INTO hr.org_flat (employee_id, manager_id, lvl, path)
  SELECT e.employee_id, e.manager_id, LEVEL, SYS_CONNECT_BY_PATH(e.last_name, '/')
    FROM hr.employees e
   WHERE e.active = 'Y'
   START WITH e.manager_id IS NULL
 CONNECT BY PRIOR e.employee_id = e.manager_id;
  COMMIT;
END flatten_org;
/

-- case: proc_sharing_accessible_by_clauses_inside_sqlplus_wrapper_over_domain_link
-- diagnostics: none
-- sources: HR.PAYGRADES@HRMASTER.EXAMPLE.COM
-- targets: HR.PAYGRADES_LOCAL
-- columns: HR.PAYGRADES@HRMASTER.EXAMPLE.COM.GRADE -> HR.PAYGRADES_LOCAL.GRADE
-- columns: HR.PAYGRADES@HRMASTER.EXAMPLE.COM.MIN_SAL -> HR.PAYGRADES_LOCAL.MIN_SAL
-- columns: HR.PAYGRADES@HRMASTER.EXAMPLE.COM.MAX_SAL -> HR.PAYGRADES_LOCAL.MAX_SAL
-- indirect: HR.PAYGRADES@HRMASTER.EXAMPLE.COM.VALID_TO
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
SET SERVEROUTPUT ON SIZE UNLIMITED
SET DEFINE OFF

  CREATE OR REPLACE EDITIONABLE PROCEDURE "HR"."SYNC_PAYGRADES" SHARING=METADATA
  AUTHID CURRENT_USER
  ACCESSIBLE BY (PACKAGE "HR"."PKG_PAYROLL")
AS
BEGIN
  INSERT /*+ APPEND PARALLEL(4) */ INTO hr.paygrades_local (grade, min_sal, max_sal)
  SELECT g.grade, g.min_sal, g.max_sal
    FROM hr.paygrades@hrmaster.example.com g
   WHERE g.valid_to IS NULL;
  COMMIT;
END sync_paygrades;
/
SHOW ERRORS PROCEDURE "HR"."SYNC_PAYGRADES"
EXIT

-- case: proc_dynamic_ctas_then_rename_swap_and_drop_old
-- diagnostics: none
-- sources: OPS.STORES, OPS.REGIONS
-- targets: DW.DIM_STORE_NEW
-- columns: OPS.STORES.STORE_ID -> DW.DIM_STORE_NEW.STORE_ID
-- columns: OPS.STORES.STORE_NAME -> DW.DIM_STORE_NEW.STORE_NAME
-- columns: OPS.REGIONS.REGION_NAME -> DW.DIM_STORE_NEW.REGION_NAME
-- indirect: OPS.REGIONS.REGION_ID, OPS.STORES.REGION_ID, OPS.STORES.CLOSED_ON
-- effects: rename DW.DIM_STORE to DW.DIM_STORE_OLD, rename DW.DIM_STORE_NEW to DW.DIM_STORE, drop DW.DIM_STORE_OLD
  CREATE OR REPLACE EDITIONABLE PROCEDURE "DW"."REBUILD_DIM_STORE" AS
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE dw.dim_store_new NOLOGGING AS '
                 || 'SELECT s.store_id, INITCAP(s.store_name) AS store_name, r.region_name '
                 || 'FROM ops.stores s JOIN ops.regions r ON r.region_id = s.region_id '
                 || 'WHERE s.closed_on IS NULL';
  EXECUTE IMMEDIATE 'ALTER TABLE dw.dim_store RENAME TO dim_store_old';
  EXECUTE IMMEDIATE 'ALTER TABLE dw.dim_store_new RENAME TO dim_store';
  EXECUTE IMMEDIATE 'DROP TABLE dw.dim_store_old PURGE';
END rebuild_dim_store;
/

-- case: proc_cross_apply_top_three_orders_per_customer
-- diagnostics: none
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: RPT.CUSTOMER_LAST3
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> RPT.CUSTOMER_LAST3.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> RPT.CUSTOMER_LAST3.ORDER_ID
-- columns: SALES.ORDERS.AMOUNT -> RPT.CUSTOMER_LAST3.AMOUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID, CRM.CUSTOMERS.SEGMENT
  CREATE OR REPLACE EDITIONABLE PROCEDURE "RPT"."LOAD_CUSTOMER_LAST3" (p_segment IN VARCHAR2) AS
BEGIN
  DELETE FROM rpt.customer_last3;
  INSERT INTO rpt.customer_last3 (customer_id, order_id, amount)
  SELECT c.customer_id, x.order_id, x.amount
    FROM crm.customers c
   CROSS APPLY (SELECT o.order_id, o.amount
                  FROM sales.orders o
                 WHERE o.customer_id = c.customer_id
                 ORDER BY o.order_day DESC
                 FETCH FIRST 3 ROWS ONLY) x
   WHERE c.segment = p_segment;
  COMMIT;
END load_customer_last3;
/

-- case: proc_forall_update_set_row_from_rowtype_collection_element
-- diagnostics: none
-- schema: DW.DIM_PRODUCT(PRODUCT_ID, PRODUCT_NAME, CATEGORY, LIST_PRICE)
-- sources: STG.PRODUCT_CHANGES
-- targets: DW.DIM_PRODUCT
-- columns: STG.PRODUCT_CHANGES.PRODUCT_ID -> DW.DIM_PRODUCT.PRODUCT_ID
-- columns: STG.PRODUCT_CHANGES.PRODUCT_NAME -> DW.DIM_PRODUCT.PRODUCT_NAME
-- columns: STG.PRODUCT_CHANGES.CATEGORY -> DW.DIM_PRODUCT.CATEGORY
-- columns: STG.PRODUCT_CHANGES.LIST_PRICE -> DW.DIM_PRODUCT.LIST_PRICE
-- indirect: STG.PRODUCT_CHANGES.CHANGE_TYPE, DW.DIM_PRODUCT.PRODUCT_ID
  CREATE OR REPLACE EDITIONABLE PROCEDURE "DW"."APPLY_PRODUCT_CHANGES" AS
  TYPE t_rows IS TABLE OF dw.dim_product%ROWTYPE;
  l_rows t_rows;
BEGIN
  SELECT s.product_id, s.product_name, s.category, s.list_price
    BULK COLLECT INTO l_rows
    FROM stg.product_changes s
   WHERE s.change_type = 'U';

  FORALL i IN 1 .. l_rows.COUNT
    UPDATE dw.dim_product
       SET ROW = l_rows(i)
     WHERE product_id = l_rows(i).product_id;
  COMMIT;
END apply_product_changes;
/

-- case: proc_outer_handler_logs_rejected_rows_by_reading_source_again
-- diagnostics: none
-- sources: STG.ORDERS, DW.CUSTOMERS
-- targets: DW.ORDERS, ETL.REJECTED_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DW.ORDERS.ORDER_ID
-- columns: DW.CUSTOMERS.CUSTOMER_KEY -> DW.ORDERS.CUSTOMER_KEY
-- columns: STG.ORDERS.AMOUNT -> DW.ORDERS.AMOUNT
-- columns: STG.ORDERS.ORDER_ID -> ETL.REJECTED_ORDERS.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_NO -> ETL.REJECTED_ORDERS.CUSTOMER_NO
-- indirect: DW.CUSTOMERS.CUSTOMER_NO, STG.ORDERS.BATCH_ID
  CREATE OR REPLACE EDITIONABLE PROCEDURE "DW"."LOAD_ORDERS_BATCH" (p_batch IN NUMBER) AS
  l_msg VARCHAR2(4000);
BEGIN
  INSERT INTO dw.orders (order_id, customer_key, amount)
  SELECT o.order_id, c.customer_key, o.amount
    FROM stg.orders o
    JOIN dw.customers c ON c.customer_no = o.customer_no
   WHERE o.batch_id = p_batch;
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    l_msg := SQLERRM;
    ROLLBACK;
    INSERT INTO etl.rejected_orders (order_id, customer_no, reason, batch_id)
    SELECT o.order_id, o.customer_no, l_msg, p_batch
      FROM stg.orders o
     WHERE o.batch_id = p_batch;
    COMMIT;
    RAISE;
END load_orders_batch;
/

-- case: proc_left_join_to_calendar_table_function_over_parameter
-- diagnostics: none
-- sources: SALES.DAILY_STORE_SALES
-- targets: RPT.DAILY_GRID
-- columns: SALES.DAILY_STORE_SALES.STORE_ID -> RPT.DAILY_GRID.STORE_ID
-- columns: SALES.DAILY_STORE_SALES.AMOUNT -> RPT.DAILY_GRID.AMOUNT
-- indirect: SALES.DAILY_STORE_SALES.SALES_DAY
  CREATE OR REPLACE EDITIONABLE PROCEDURE "RPT"."FILL_DAILY_GRID" (p_year IN PLS_INTEGER) AS
BEGIN
  INSERT INTO rpt.daily_grid (grid_day, store_id, amount)
  SELECT d.COLUMN_VALUE, s.store_id, NVL(s.amount, 0)
    FROM TABLE(ref.pkg_calendar.days_of_year(p_year)) d
    LEFT JOIN sales.daily_store_sales s ON s.sales_day = d.COLUMN_VALUE;
  COMMIT;
END fill_daily_grid;
/
