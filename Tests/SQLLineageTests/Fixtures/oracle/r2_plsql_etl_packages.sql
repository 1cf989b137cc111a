-- case: pkg_body_level_parameterised_cursor_shared_by_three_units
-- sources: SRC.ORDERS
-- targets: ETL.ERROR_LOG, STG.ORDERS_PENDING, STG.ORDER_CURRENCIES
-- columns: SRC.ORDERS.ORDER_ID -> STG.ORDERS_PENDING.ORDER_ID
-- columns: SRC.ORDERS.CUSTOMER_ID -> STG.ORDERS_PENDING.CUSTOMER_ID
-- columns: SRC.ORDERS.ORDER_TS -> STG.ORDERS_PENDING.ORDER_DAY
-- columns: SRC.ORDERS.AMOUNT -> STG.ORDERS_PENDING.AMOUNT
-- columns: SRC.ORDERS.CURRENCY -> STG.ORDER_CURRENCIES.CURRENCY_CODE
-- indirect: SRC.ORDERS.STATUS, STG.ORDER_CURRENCIES.CURRENCY_CODE
CREATE OR REPLACE PACKAGE BODY etl.pkg_orders_load AS

  -- shared cursor: used by stage_orders, stage_currencies and count_pending;
  CURSOR c_pending (cp_day DATE) IS
    SELECT o.order_id, o.customer_id, o.order_ts, o.amount, o.currency
      FROM src.orders o
     WHERE o.status = 'PENDING'
       AND o.order_ts >= cp_day;

  PROCEDURE log_error (p_proc IN VARCHAR2, p_key IN NUMBER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.error_log (proc_name, source_key, err_msg, logged_at)
    VALUES (p_proc, p_key, SQLERRM, SYSTIMESTAMP);
    COMMIT;
  END log_error;

  PROCEDURE stage_orders (p_day IN DATE) IS
  BEGIN
    FOR r IN c_pending(p_day) LOOP
      BEGIN
        INSERT INTO stg.orders_pending (order_id, customer_id, order_day, amount)
        VALUES (r.order_id, r.customer_id, TRUNC(r.order_ts), r.amount);
      EXCEPTION
        WHEN DUP_VAL_ON_INDEX THEN
          log_error('STAGE_ORDERS', r.order_id);
      END;
    END LOOP;
  END stage_orders;

  PROCEDURE stage_currencies (p_day IN DATE) IS
  BEGIN
    FOR r IN c_pending(p_day) LOOP
      MERGE INTO stg.order_currencies c
      USING (SELECT r.currency AS ccy FROM dual) x
         ON (c.currency_code = x.ccy)
       WHEN NOT MATCHED THEN
         INSERT (currency_code, first_seen) VALUES (x.ccy, SYSDATE);
    END LOOP;
  END stage_currencies;

  FUNCTION count_pending (p_day IN DATE) RETURN PLS_INTEGER IS
    v_n PLS_INTEGER := 0;
  BEGIN
    FOR r IN c_pending(p_day) LOOP
      v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
  END count_pending;

END pkg_orders_load;
/

-- case: pkg_bulk_collect_limit_forall_save_exceptions_logs_failed_keys
-- sources: STG.IOT_EVENTS
-- targets: DW.FACT_IOT_EVENTS, ETL.LOAD_ERRORS, STG.IOT_EVENTS
-- columns: STG.IOT_EVENTS.EVENT_ID -> DW.FACT_IOT_EVENTS.EVENT_ID
-- columns: STG.IOT_EVENTS.DEVICE_ID -> DW.FACT_IOT_EVENTS.DEVICE_ID
-- columns: STG.IOT_EVENTS.EVENT_TS -> DW.FACT_IOT_EVENTS.EVENT_HOUR
-- columns: STG.IOT_EVENTS.METRIC_VALUE -> DW.FACT_IOT_EVENTS.METRIC_VALUE
-- columns: STG.IOT_EVENTS.EVENT_ID -> ETL.LOAD_ERRORS.SOURCE_KEY
-- indirect: STG.IOT_EVENTS.PROCESSED_FLAG
CREATE OR REPLACE PACKAGE BODY dw.pkg_fact_load IS

  g_limit CONSTANT PLS_INTEGER := 10000;

  CURSOR c_src IS
    SELECT /*+ PARALLEL(s 4) */ s.event_id, s.device_id, s.event_ts, s.metric_value
      FROM stg.iot_events s
     WHERE s.processed_flag = 'N';

  TYPE t_src_tab IS TABLE OF c_src%ROWTYPE INDEX BY PLS_INTEGER;

  PROCEDURE load_events IS
    l_rows      t_src_tab;
    e_bulk_errs EXCEPTION;
    PRAGMA EXCEPTION_INIT(e_bulk_errs, -24381);
  BEGIN
    OPEN c_src;
    LOOP
      FETCH c_src BULK COLLECT INTO l_rows LIMIT g_limit;
      EXIT WHEN l_rows.COUNT = 0;
      BEGIN
        FORALL i IN 1 .. l_rows.COUNT SAVE EXCEPTIONS
          INSERT INTO dw.fact_iot_events (event_id, device_id, event_hour, metric_value)
          VALUES (l_rows(i).event_id,
                  l_rows(i).device_id,
                  TRUNC(l_rows(i).event_ts, 'HH24'),
                  l_rows(i).metric_value);
      EXCEPTION
        WHEN e_bulk_errs THEN
          FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
            INSERT INTO etl.load_errors (table_name, source_key, error_code, logged_at)
            VALUES ('FACT_IOT_EVENTS',
                    l_rows(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX).event_id,
                    SQL%BULK_EXCEPTIONS(j).ERROR_CODE,
                    SYSTIMESTAMP);
          END LOOP;
      END;
      COMMIT;
    END LOOP;
    CLOSE c_src;
  END load_events;

  PROCEDURE mark_processed IS
  BEGIN
    UPDATE stg.iot_events SET processed_flag = 'Y' WHERE processed_flag = 'N';
    COMMIT;
  END mark_processed;

END pkg_fact_load;
/

-- case: pkg_execute_immediate_literal_pieces_and_q_quoted_insert
-- sources: EXT.SALES_FILE
-- targets: STG.SALES_RAW
-- columns: EXT.SALES_FILE.SALE_ID -> STG.SALES_RAW.SALE_ID
-- columns: EXT.SALES_FILE.STORE_CODE -> STG.SALES_RAW.STORE_CODE
-- columns: EXT.SALES_FILE.SOLD_AT -> STG.SALES_RAW.SOLD_AT
-- columns: EXT.SALES_FILE.AMOUNT -> STG.SALES_RAW.AMOUNT
-- indirect: EXT.SALES_FILE.RECORD_TYPE
-- effects: truncate STG.SALES_RAW
CREATE OR REPLACE PACKAGE BODY stg.pkg_stage_admin AS

  PROCEDURE truncate_stage IS
  BEGIN
    EXECUTE IMMEDIATE 'TRUNCATE TABLE ' || 'stg.sales_raw' || ' DROP STORAGE';
    EXECUTE IMMEDIATE 'ALTER TABLE stg.sales_raw NOLOGGING';
  END truncate_stage;

  PROCEDURE truncate_any (p_table IN VARCHAR2) IS
  BEGIN
    EXECUTE IMMEDIATE 'TRUNCATE TABLE stg.' || DBMS_ASSERT.SIMPLE_SQL_NAME(p_table);
  END truncate_any;

  PROCEDURE reload_from_ext IS
  BEGIN
    truncate_stage;
    EXECUTE IMMEDIATE q'{INSERT /*+ APPEND */ INTO stg.sales_raw (sale_id, store_code, sold_at, amount)
                         SELECT x.sale_id, x.store_code,
                                TO_DATE(x.sold_at, 'YYYY-MM-DD"T"HH24:MI:SS'), TO_NUMBER(x.amount)
                           FROM ext.sales_file x
                          WHERE x.record_type = 'S'}';
    COMMIT;
  END reload_from_ext;

END pkg_stage_admin;
/

-- case: pkg_initialization_section_select_into_globals
-- sources: FIN.INVOICES, FIN.FX_RATES, FIN.COMPANY_SETTINGS
-- targets: FIN.INVOICES_BASE
-- columns: FIN.INVOICES.INVOICE_ID -> FIN.INVOICES_BASE.INVOICE_ID
-- columns: FIN.INVOICES.AMOUNT -> FIN.INVOICES_BASE.AMOUNT_BASE, FIN.FX_RATES.RATE -> FIN.INVOICES_BASE.AMOUNT_BASE
-- indirect: FIN.FX_RATES.FROM_CCY, FIN.INVOICES.CURRENCY, FIN.FX_RATES.TO_CCY, FIN.INVOICES.CONVERTED_ON
-- indirect: FIN.COMPANY_SETTINGS.COMPANY_ID
CREATE OR REPLACE PACKAGE BODY fin.pkg_fx AS
  g_base_ccy  VARCHAR2(3);
  g_rate_day  DATE;

  PROCEDURE convert_invoices IS
  BEGIN
    INSERT INTO fin.invoices_base (invoice_id, amount_base, converted_on)
    SELECT i.invoice_id, i.amount * r.rate, SYSDATE
      FROM fin.invoices i
      JOIN fin.fx_rates r
        ON r.from_ccy = i.currency
       AND r.to_ccy = 'EUR'
     WHERE i.converted_on IS NULL;
  END convert_invoices;

BEGIN
  SELECT c.base_currency, c.rate_day
    INTO g_base_ccy, g_rate_day
    FROM fin.company_settings c
   WHERE c.company_id = 1;
END pkg_fx;
/

-- case: pkg_function_reading_table_called_from_sibling_insert
-- sources: CRM.SEGMENTS, CRM.CUSTOMERS
-- targets: CRM.SEGMENT_SNAPSHOT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.SEGMENT_SNAPSHOT.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.SEGMENT_SNAPSHOT.SEGMENT_CODE
-- indirect: CRM.SEGMENTS.CUSTOMER_ID, CRM.SEGMENTS.VALID_TO, CRM.CUSTOMERS.IS_ACTIVE
CREATE OR REPLACE PACKAGE BODY crm.pkg_segments AS

  FUNCTION segment_of (p_customer_id IN NUMBER) RETURN VARCHAR2 IS
    v_seg crm.segments.segment_code%TYPE;
  BEGIN
    SELECT s.segment_code
      INTO v_seg
      FROM crm.segments s
     WHERE s.customer_id = p_customer_id
       AND s.valid_to IS NULL;
    RETURN v_seg;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN 'UNSEGMENTED';
  END segment_of;

  PROCEDURE snapshot IS
  BEGIN
    INSERT INTO crm.segment_snapshot (snapshot_day, customer_id, segment_code)
    SELECT TRUNC(SYSDATE), c.customer_id, crm.pkg_segments.segment_of(c.customer_id)
      FROM crm.customers c
     WHERE c.is_active = 'Y';
  END snapshot;

END pkg_segments;
/

-- case: pkg_cursor_loop_nested_select_into_with_handler_logging
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS, HR.JOB_GRADES
-- targets: HR.EMPLOYEE_COMP, HR.SALARY_CHANGES, HR.COMP_ERRORS
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEE_COMP.SALARY, HR.JOB_GRADES.MAX_SALARY -> HR.EMPLOYEE_COMP.SALARY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.SALARY_CHANGES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_CHANGES.OLD_SALARY
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_CHANGES.NEW_SALARY, HR.JOB_GRADES.MAX_SALARY -> HR.SALARY_CHANGES.NEW_SALARY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.COMP_ERRORS.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.JOB_ID -> HR.COMP_ERRORS.ERR_TEXT
-- indirect: HR.EMPLOYEES.STATUS, HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.DEPARTMENTS.BUDGET_OK
-- indirect: HR.JOB_GRADES.JOB_ID, HR.EMPLOYEE_COMP.EMPLOYEE_ID
CREATE OR REPLACE PACKAGE BODY hr.pkg_comp AS

  PROCEDURE raise_salaries (p_pct IN NUMBER) IS
    v_grade_max hr.job_grades.max_salary%TYPE;
    v_new_sal   NUMBER;
  BEGIN
    FOR e IN (SELECT emp.employee_id, emp.salary, emp.job_id
                FROM hr.employees emp
               WHERE emp.status = 'ACTIVE'
                 AND emp.department_id IN (SELECT d.department_id
                                             FROM hr.departments d
                                            WHERE d.budget_ok = 'Y'))
    LOOP
      BEGIN
        SELECT g.max_salary
          INTO v_grade_max
          FROM hr.job_grades g
         WHERE g.job_id = e.job_id;

        v_new_sal := LEAST(e.salary * (1 + p_pct / 100), v_grade_max);

        UPDATE hr.employee_comp
           SET salary = v_new_sal,
               last_raise_on = SYSDATE
         WHERE employee_id = e.employee_id;

        INSERT INTO hr.salary_changes (employee_id, old_salary, new_salary, changed_on)
        VALUES (e.employee_id, e.salary, v_new_sal, SYSDATE);
      EXCEPTION
        WHEN NO_DATA_FOUND THEN
          INSERT INTO hr.comp_errors (employee_id, err_text, logged_on)
          VALUES (e.employee_id, 'no grade for ' || e.job_id, SYSDATE);
      END;
    END LOOP;
  END raise_salaries;

END pkg_comp;
/

-- case: pkg_forall_indices_of_merge_using_dual_collection_elements
-- sources: INV.STOCK_MOVES
-- targets: INV.STOCK_LEVELS
-- columns: INV.STOCK_MOVES.SKU -> INV.STOCK_LEVELS.SKU
-- columns: INV.STOCK_MOVES.WAREHOUSE_ID -> INV.STOCK_LEVELS.WAREHOUSE_ID
-- columns: INV.STOCK_MOVES.QTY_DELTA -> INV.STOCK_LEVELS.ON_HAND
-- indirect: INV.STOCK_MOVES.BATCH_ID, INV.STOCK_LEVELS.SKU, INV.STOCK_LEVELS.WAREHOUSE_ID
CREATE OR REPLACE PACKAGE BODY inv.pkg_stock AS

  TYPE t_sku_tab IS TABLE OF inv.stock_moves.sku%TYPE;
  TYPE t_qty_tab IS TABLE OF NUMBER;

  PROCEDURE apply_moves (p_batch IN NUMBER) IS
    l_skus t_sku_tab;
    l_qtys t_qty_tab;
    l_whs  t_qty_tab;
  BEGIN
    SELECT m.sku, SUM(m.qty_delta), m.warehouse_id
      BULK COLLECT INTO l_skus, l_qtys, l_whs
      FROM inv.stock_moves m
     WHERE m.batch_id = p_batch
     GROUP BY m.sku, m.warehouse_id;

    FORALL i IN INDICES OF l_skus
      MERGE INTO inv.stock_levels s
      USING (SELECT l_skus(i) AS sku, l_whs(i) AS wh, l_qtys(i) AS qty FROM dual) d
         ON (s.sku = d.sku AND s.warehouse_id = d.wh)
       WHEN MATCHED THEN
         UPDATE SET s.on_hand = s.on_hand + d.qty, s.updated_at = SYSTIMESTAMP
       WHEN NOT MATCHED THEN
         INSERT (sku, warehouse_id, on_hand, updated_at)
         VALUES (d.sku, d.wh, d.qty, SYSTIMESTAMP);
  END apply_moves;

END pkg_stock;
/

-- case: pkg_forall_insert_returning_bulk_collect_feeds_update
-- sources: ORD.ORDERS, ORD.INVOICES
-- targets: ORD.INVOICES, ORD.ORDERS
-- columns: ORD.ORDERS.ORDER_ID -> ORD.INVOICES.ORDER_ID
-- columns: ORD.ORDERS.NET_AMOUNT -> ORD.INVOICES.AMOUNT, ORD.ORDERS.TAX_AMOUNT -> ORD.INVOICES.AMOUNT
-- columns: ORD.INVOICES.INVOICE_ID -> ORD.ORDERS.INVOICE_ID
-- indirect: ORD.ORDERS.STATUS, ORD.ORDERS.INVOICE_ID
CREATE OR REPLACE PACKAGE BODY ord.pkg_invoicing AS

  PROCEDURE invoice_shipped IS
    TYPE t_num IS TABLE OF NUMBER;
    l_order_ids   t_num;
    l_amounts     t_num;
    l_invoice_ids t_num;
  BEGIN
    SELECT o.order_id, o.net_amount + o.tax_amount
      BULK COLLECT INTO l_order_ids, l_amounts
      FROM ord.orders o
     WHERE o.status = 'SHIPPED'
       AND o.invoice_id IS NULL;

    FORALL i IN 1 .. l_order_ids.COUNT
      INSERT INTO ord.invoices (invoice_id, order_id, amount, issued_on)
      VALUES (ord.seq_invoice.NEXTVAL, l_order_ids(i), l_amounts(i), TRUNC(SYSDATE))
      RETURNING invoice_id BULK COLLECT INTO l_invoice_ids;

    FORALL i IN 1 .. l_order_ids.COUNT
      UPDATE ord.orders
         SET invoice_id = l_invoice_ids(i),
             status = 'INVOICED'
       WHERE order_id = l_order_ids(i);
  END invoice_shipped;

END pkg_invoicing;
/

-- case: pkg_spec_and_body_error_logging_with_plsql_unit_inquiry_directive
-- sources: STG.PAYMENTS, DWH.DIM_CUSTOMER
-- targets: DWH.FACT_PAYMENTS, ETL.RUN_LOG, ETL.ERROR_LOG
-- columns: STG.PAYMENTS.PAYMENT_ID -> DWH.FACT_PAYMENTS.PAYMENT_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_PAYMENTS.CUSTOMER_KEY
-- columns: STG.PAYMENTS.AMOUNT -> DWH.FACT_PAYMENTS.AMOUNT
-- columns: STG.PAYMENTS.PAID_AT -> DWH.FACT_PAYMENTS.PAID_DAY
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_NO, STG.PAYMENTS.CUSTOMER_NO, DWH.DIM_CUSTOMER.IS_CURRENT
CREATE OR REPLACE PACKAGE etl.pkg_payments AUTHID DEFINER AS
  /* public API; do not call load_payments directly FROM reports */
  PROCEDURE run (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1);
END pkg_payments;
/
CREATE OR REPLACE PACKAGE BODY etl.pkg_payments AS

  PROCEDURE log_run (p_step IN VARCHAR2, p_rows IN NUMBER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.run_log (package_name, step_name, row_count, logged_at)
    VALUES ($$PLSQL_UNIT, p_step, p_rows, SYSTIMESTAMP);
    COMMIT;
  END log_run;

  PROCEDURE log_error (p_step IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
    v_code NUMBER := SQLCODE;
    v_msg  VARCHAR2(4000) := SUBSTR(SQLERRM || CHR(10) || DBMS_UTILITY.FORMAT_ERROR_BACKTRACE, 1, 4000);
  BEGIN
    INSERT INTO etl.error_log (package_name, step_name, err_code, err_msg, logged_at)
    VALUES ($$PLSQL_UNIT, p_step, v_code, v_msg, SYSTIMESTAMP);
    COMMIT;
  END log_error;

  PROCEDURE load_payments (p_day IN DATE) IS
  BEGIN
    INSERT INTO dwh.fact_payments (payment_id, customer_key, amount, paid_day)
    SELECT p.payment_id, c.customer_key, p.amount, TRUNC(p.paid_at)
      FROM stg.payments p
      JOIN dwh.dim_customer c
        ON c.customer_no = p.customer_no
       AND c.is_current = 'Y'
     WHERE p.paid_at >= p_day
       AND p.paid_at < p_day + 1;
    log_run('LOAD_PAYMENTS', SQL%ROWCOUNT);
  END load_payments;

  PROCEDURE run (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1) IS
  BEGIN
    SAVEPOINT before_load;
    load_payments(p_day);
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK TO SAVEPOINT before_load;
      log_error('RUN');
      RAISE;
  END run;

END pkg_payments;
/

-- case: pkg_while_fetch_record_case_statement_routes_targets
-- sources: CRM.CASES
-- targets: CRM.ESCALATIONS, CRM.CASE_ARCHIVE
-- columns: CRM.CASES.CASE_ID -> CRM.ESCALATIONS.CASE_ID
-- columns: CRM.CASES.OWNER_ID -> CRM.ESCALATIONS.OWNER_ID
-- columns: CRM.CASES.CASE_ID -> CRM.CASE_ARCHIVE.CASE_ID
-- columns: CRM.CASES.SUBJECT -> CRM.CASE_ARCHIVE.SUBJECT
-- columns: CRM.CASES.CLOSED_AT -> CRM.CASE_ARCHIVE.CLOSED_AT
-- indirect: CRM.CASES.UPDATED_AT
CREATE OR REPLACE PACKAGE BODY crm.pkg_case_housekeeping AS

  CURSOR c_cases IS
    SELECT k.case_id, k.owner_id, k.subject, k.state, k.closed_at
      FROM crm.cases k
     WHERE k.updated_at < SYSDATE - 30;

  PROCEDURE sweep IS
    l_case c_cases%ROWTYPE;
  BEGIN
    OPEN c_cases;
    FETCH c_cases INTO l_case;
    WHILE c_cases%FOUND LOOP
      CASE l_case.state
        WHEN 'OPEN' THEN
          INSERT INTO crm.escalations (case_id, owner_id, escalated_at)
          VALUES (l_case.case_id, l_case.owner_id, SYSDATE);
        WHEN 'CLOSED' THEN
          INSERT INTO crm.case_archive (case_id, subject, closed_at)
          VALUES (l_case.case_id, l_case.subject, l_case.closed_at);
        ELSE
          NULL;
      END CASE;
      FETCH c_cases INTO l_case;
    END LOOP;
    CLOSE c_cases;
    COMMIT;
  END sweep;

END pkg_case_housekeeping;
/

-- case: pkg_constant_and_global_in_where_of_insert_select
-- sources: SALES.ORDERS, SALES.CUSTOMERS
-- targets: MART.REGION_ORDERS
-- columns: SALES.CUSTOMERS.REGION -> MART.REGION_ORDERS.REGION
-- columns: SALES.ORDERS.AMOUNT -> MART.REGION_ORDERS.TOTAL_AMOUNT
-- indirect: SALES.CUSTOMERS.CUSTOMER_ID, SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.ORDER_DAY, SALES.ORDERS.CHANNEL
CREATE OR REPLACE PACKAGE BODY mart.pkg_region AS
  c_channel CONSTANT VARCHAR2(10) := 'WEB';
  g_days    PLS_INTEGER := 7;

  PROCEDURE refresh IS
  BEGIN
    DELETE FROM mart.region_orders;
    INSERT INTO mart.region_orders (region, total_amount, refreshed_at)
    SELECT c.region, SUM(o.amount), SYSDATE
      FROM sales.orders o
      JOIN sales.customers c ON c.customer_id = o.customer_id
     WHERE o.order_day >= TRUNC(SYSDATE) - g_days
       AND o.channel = c_channel
     GROUP BY c.region;
    COMMIT;
  END refresh;

END pkg_region;
/

-- case: pkg_cursor_with_analytic_and_scalar_subquery_loop_insert
-- sources: FIN.TRANSACTIONS, FIN.ACCOUNTS
-- targets: FIN.STATEMENT_LINES
-- columns: FIN.TRANSACTIONS.ACCOUNT_ID -> FIN.STATEMENT_LINES.ACCOUNT_ID
-- columns: FIN.TRANSACTIONS.TXN_DAY -> FIN.STATEMENT_LINES.TXN_DAY
-- columns: FIN.TRANSACTIONS.AMOUNT -> FIN.STATEMENT_LINES.AMOUNT
-- columns: FIN.TRANSACTIONS.AMOUNT -> FIN.STATEMENT_LINES.RUNNING_BALANCE, FIN.TRANSACTIONS.ACCOUNT_ID -> FIN.STATEMENT_LINES.RUNNING_BALANCE
-- columns: FIN.TRANSACTIONS.TXN_DAY -> FIN.STATEMENT_LINES.RUNNING_BALANCE, FIN.TRANSACTIONS.TXN_ID -> FIN.STATEMENT_LINES.RUNNING_BALANCE
-- columns: FIN.ACCOUNTS.OPENING_BALANCE -> FIN.STATEMENT_LINES.RUNNING_BALANCE
-- indirect: FIN.ACCOUNTS.ACCOUNT_ID, FIN.TRANSACTIONS.STATEMENT_MONTH
CREATE OR REPLACE PACKAGE BODY fin.pkg_statements AS

  PROCEDURE build (p_month IN DATE) IS
    CURSOR c_lines IS
      SELECT t.account_id,
             t.txn_day,
             t.amount,
             (SELECT a.opening_balance FROM fin.accounts a WHERE a.account_id = t.account_id)
               + SUM(t.amount) OVER (PARTITION BY t.account_id ORDER BY t.txn_day, t.txn_id) AS running_balance
        FROM fin.transactions t
       WHERE t.statement_month = p_month;
  BEGIN
    FOR l IN c_lines LOOP
      INSERT INTO fin.statement_lines (account_id, txn_day, amount, running_balance)
      VALUES (l.account_id, l.txn_day, l.amount, l.running_balance);
    END LOOP;
  END build;

END pkg_statements;
/

-- case: pkg_conditional_compilation_branches_are_both_read
-- sources: STG.ORDERS_LEGACY, STG.ORDERS_V2
-- targets: DWH.FACT_ORDERS
-- columns: STG.ORDERS_LEGACY.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID, STG.ORDERS_V2.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: STG.ORDERS_LEGACY.AMOUNT -> DWH.FACT_ORDERS.AMOUNT, STG.ORDERS_V2.NET_AMOUNT -> DWH.FACT_ORDERS.AMOUNT
CREATE OR REPLACE PACKAGE BODY etl.pkg_orders_cc AS

  PROCEDURE load IS
  BEGIN
    $IF DBMS_DB_VERSION.VER_LE_12_1 $THEN
      INSERT INTO dwh.fact_orders (order_id, amount)
      SELECT l.order_id, l.amount FROM stg.orders_legacy l;
    $ELSE
      INSERT INTO dwh.fact_orders (order_id, amount)
      SELECT v.order_id, v.net_amount FROM stg.orders_v2 v;
    $END
    COMMIT;
  END load;

END pkg_orders_cc;
/

-- case: pkg_forward_declaration_accessible_by_and_java_call_spec
-- sources: STG.CUSTOMERS, STG.ADDRESSES
-- targets: DWH.CUSTOMERS, DWH.ADDRESSES
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMERS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> DWH.CUSTOMERS.EMAIL_HASH
-- columns: STG.ADDRESSES.ADDRESS_ID -> DWH.ADDRESSES.ADDRESS_ID
-- columns: STG.ADDRESSES.CITY -> DWH.ADDRESSES.CITY
CREATE OR REPLACE FUNCTION util.sha256_hex (p_text IN VARCHAR2) RETURN VARCHAR2
AS LANGUAGE JAVA NAME 'com.acme.Hash.sha256(java.lang.String) return java.lang.String';
/
CREATE OR REPLACE PACKAGE etl.pkg_customer_sync ACCESSIBLE BY (PACKAGE etl.pkg_main) AS
  PROCEDURE sync_customers;
END pkg_customer_sync;
/
CREATE OR REPLACE PACKAGE BODY etl.pkg_customer_sync AS

  PROCEDURE sync_addresses;   -- forward declaration

  PROCEDURE sync_customers IS
  BEGIN
    INSERT INTO dwh.customers (customer_id, email_hash)
    SELECT c.customer_id, util.sha256_hex(LOWER(c.email))
      FROM stg.customers c;
    sync_addresses;
  END sync_customers;

  PROCEDURE sync_addresses IS
  BEGIN
    INSERT INTO dwh.addresses (address_id, city)
    SELECT a.address_id, a.city
      FROM stg.addresses a;
  END sync_addresses;

END pkg_customer_sync;
/

-- case: pkg_spec_cursor_with_return_clause_used_in_body
-- sources: SALES.ORDERS
-- targets: SALES.ORDER_QUEUE
-- columns: SALES.ORDERS.ORDER_ID -> SALES.ORDER_QUEUE.ORDER_ID
-- columns: SALES.ORDERS.PRIORITY -> SALES.ORDER_QUEUE.PRIORITY
-- indirect: SALES.ORDERS.STATUS
CREATE OR REPLACE PACKAGE sales.pkg_queue AS
  TYPE t_open_rec IS RECORD (order_id NUMBER, priority NUMBER);
  CURSOR c_open RETURN t_open_rec;
  PROCEDURE enqueue_open;
END pkg_queue;
/
CREATE OR REPLACE PACKAGE BODY sales.pkg_queue AS

  CURSOR c_open RETURN t_open_rec IS
    SELECT o.order_id, o.priority
      FROM sales.orders o
     WHERE o.status = 'OPEN';

  PROCEDURE enqueue_open IS
  BEGIN
    FOR r IN c_open LOOP
      INSERT INTO sales.order_queue (order_id, priority, queued_at)
      VALUES (r.order_id, r.priority, SYSTIMESTAMP);
    END LOOP;
  END enqueue_open;

END pkg_queue;
/

-- case: pkg_associative_array_of_records_indexed_by_key
-- sources: REF.PRODUCTS, STG.SALES_LINES
-- targets: DWH.SALES_LINES_ENRICHED
-- columns: STG.SALES_LINES.LINE_ID -> DWH.SALES_LINES_ENRICHED.LINE_ID
-- columns: REF.PRODUCTS.PRODUCT_NAME -> DWH.SALES_LINES_ENRICHED.PRODUCT_NAME
-- columns: REF.PRODUCTS.VAT_RATE -> DWH.SALES_LINES_ENRICHED.GROSS_AMOUNT, STG.SALES_LINES.NET_AMOUNT -> DWH.SALES_LINES_ENRICHED.GROSS_AMOUNT
-- indirect: REF.PRODUCTS.IS_ACTIVE
CREATE OR REPLACE PACKAGE BODY dwh.pkg_enrich AS

  TYPE t_prod IS RECORD (product_name VARCHAR2(100), vat_rate NUMBER);
  TYPE t_prod_map IS TABLE OF t_prod INDEX BY PLS_INTEGER;

  PROCEDURE enrich_lines IS
    l_products t_prod_map;
  BEGIN
    FOR p IN (SELECT r.product_id, r.product_name, r.vat_rate
                FROM ref.products r
               WHERE r.is_active = 'Y')
    LOOP
      l_products(p.product_id).product_name := p.product_name;
      l_products(p.product_id).vat_rate     := p.vat_rate;
    END LOOP;

    FOR l IN (SELECT s.line_id, s.product_id, s.net_amount FROM stg.sales_lines s) LOOP
      IF l_products.EXISTS(l.product_id) THEN
        INSERT INTO dwh.sales_lines_enriched (line_id, product_name, gross_amount)
        VALUES (l.line_id,
                l_products(l.product_id).product_name,
                l.net_amount * (1 + l_products(l.product_id).vat_rate / 100));
      END IF;
    END LOOP;
  END enrich_lines;

END pkg_enrich;
/

-- case: pkg_select_from_dual_into_variable_combines_earlier_variables
-- sources: FIN.BUDGETS, FIN.ACTUALS
-- targets: FIN.VARIANCE_LOG
-- columns: FIN.BUDGETS.AMOUNT -> FIN.VARIANCE_LOG.BUDGET_AMOUNT
-- columns: FIN.ACTUALS.AMOUNT -> FIN.VARIANCE_LOG.ACTUAL_AMOUNT
-- columns: FIN.BUDGETS.AMOUNT -> FIN.VARIANCE_LOG.VARIANCE_PCT, FIN.ACTUALS.AMOUNT -> FIN.VARIANCE_LOG.VARIANCE_PCT
-- indirect: FIN.BUDGETS.COST_CENTER, FIN.BUDGETS.PERIOD_CODE, FIN.ACTUALS.COST_CENTER, FIN.ACTUALS.PERIOD_CODE
CREATE OR REPLACE PACKAGE BODY fin.pkg_variance AS

  PROCEDURE check_cost_center (p_cc IN VARCHAR2, p_period IN VARCHAR2) IS
    v_budget NUMBER;
    v_actual NUMBER;
    v_pct    NUMBER;
  BEGIN
    SELECT SUM(b.amount) INTO v_budget
      FROM fin.budgets b
     WHERE b.cost_center = p_cc AND b.period_code = p_period;

    SELECT SUM(a.amount) INTO v_actual
      FROM fin.actuals a
     WHERE a.cost_center = p_cc AND a.period_code = p_period;

    SELECT ROUND(100 * (v_actual - v_budget) / NULLIF(v_budget, 0), 2)
      INTO v_pct
      FROM dual;

    INSERT INTO fin.variance_log (cost_center, period_code, budget_amount, actual_amount, variance_pct, logged_at)
    VALUES (p_cc, p_period, v_budget, v_actual, v_pct, SYSDATE);
  END check_cost_center;

END pkg_variance;
/

-- case: pkg_dynamic_merge_from_concatenated_q_quote_literals
-- sources: STG.EXCHANGE_RATES
-- targets: DWH.EXCHANGE_RATES
-- columns: STG.EXCHANGE_RATES.CCY -> DWH.EXCHANGE_RATES.CCY
-- columns: STG.EXCHANGE_RATES.RATE_DAY -> DWH.EXCHANGE_RATES.RATE_DAY
-- columns: STG.EXCHANGE_RATES.MID_RATE -> DWH.EXCHANGE_RATES.RATE
-- indirect: DWH.EXCHANGE_RATES.CCY, DWH.EXCHANGE_RATES.RATE_DAY, STG.EXCHANGE_RATES.SOURCE
CREATE OR REPLACE PACKAGE BODY dwh.pkg_rates AS

  PROCEDURE merge_rates IS
  BEGIN
    EXECUTE IMMEDIATE
         q'[MERGE INTO dwh.exchange_rates t ]'
      || q'[USING (SELECT s.ccy, s.rate_day, s.mid_rate FROM stg.exchange_rates s WHERE s.source = 'ECB') x ]'
      || q'[ON (t.ccy = x.ccy AND t.rate_day = x.rate_day) ]'
      || q'[WHEN MATCHED THEN UPDATE SET t.rate = x.mid_rate ]'
      || q'[WHEN NOT MATCHED THEN INSERT (ccy, rate_day, rate) VALUES (x.ccy, x.rate_day, x.mid_rate)]';
    COMMIT;
  END merge_rates;

END pkg_rates;
/

-- case: pkg_two_bodies_same_unit_and_variable_names_stay_apart
-- sources: SRC.X, SRC.Y
-- targets: A.T1, B.T2
-- columns: SRC.X.AMOUNT -> A.T1.VAL
-- columns: SRC.Y.AMOUNT -> B.T2.VAL
CREATE OR REPLACE PACKAGE BODY a.pkg_run AS
  PROCEDURE run IS
    v NUMBER;
  BEGIN
    SELECT MAX(x.amount) INTO v FROM src.x x;
    INSERT INTO a.t1 (val) VALUES (v);
  END run;
END pkg_run;
/
CREATE OR REPLACE PACKAGE BODY b.pkg_run AS
  PROCEDURE run IS
    v NUMBER;
  BEGIN
    SELECT MAX(y.amount) INTO v FROM src.y y;
    INSERT INTO b.t2 (val) VALUES (v);
  END run;
END pkg_run;
/

-- case: pkg_sqlplus_wrapped_body_with_apostrophes_in_line_comments
-- sources: HR.EMPLOYEES
-- targets: HR.ANNIVERSARIES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.ANNIVERSARIES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.HIRE_DATE -> HR.ANNIVERSARIES.YEARS_OF_SERVICE
-- indirect:
SET DEFINE OFF
CREATE OR REPLACE PACKAGE BODY hr.pkg_anniversaries AS

  -- don't use SYSDATE directly here; it's mocked in tests
  PROCEDURE find (p_today IN DATE) IS
  BEGIN
    INSERT INTO hr.anniversaries (employee_id, years_of_service, found_on)
    SELECT e.employee_id,                       -- employee's key
           TRUNC(MONTHS_BETWEEN(p_today, e.hire_date) / 12),
           p_today
      FROM hr.employees e
     WHERE TO_CHAR(e.hire_date, 'MMDD') = TO_CHAR(p_today, 'MMDD');
  END find;

END pkg_anniversaries;
/
SHOW ERRORS PACKAGE BODY hr.pkg_anniversaries
