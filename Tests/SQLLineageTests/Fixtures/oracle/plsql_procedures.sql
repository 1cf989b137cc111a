-- case: proc_insert_select_with_parameter_filter
-- sources: STG.ORDERS
-- targets: DW.FACT_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DW.FACT_ORDERS.ORDER_ID, STG.ORDERS.CUSTOMER_ID -> DW.FACT_ORDERS.CUSTOMER_ID
-- columns: STG.ORDERS.AMOUNT -> DW.FACT_ORDERS.AMOUNT_USD, STG.ORDERS.FX_RATE -> DW.FACT_ORDERS.AMOUNT_USD
-- columns: STG.ORDERS.ORDER_DATE -> DW.FACT_ORDERS.ORDER_DATE
-- indirect: STG.ORDERS.LOAD_DATE
CREATE OR REPLACE PROCEDURE etl.load_fact_orders (p_load_date IN DATE) IS
BEGIN
  INSERT INTO dw.fact_orders (order_id, customer_id, amount_usd, order_date, loaded_at)
  SELECT o.order_id,
         o.customer_id,
         o.amount * o.fx_rate,
         TRUNC(o.order_date),
         SYSDATE
    FROM stg.orders o
   WHERE o.load_date = p_load_date;
  COMMIT;
END load_fact_orders;
/

-- case: proc_run_log_counters_and_dbms_output
-- sources: STG.PRODUCTS
-- targets: ETL.RUN_LOG, DW.DIM_PRODUCT
-- columns: STG.PRODUCTS.CODE -> DW.DIM_PRODUCT.PRODUCT_CODE
-- columns: STG.PRODUCTS.NAME -> DW.DIM_PRODUCT.PRODUCT_NAME
-- columns: STG.PRODUCTS.CATEGORY -> DW.DIM_PRODUCT.CATEGORY
-- indirect: STG.PRODUCTS.IS_ACTIVE
CREATE OR REPLACE PROCEDURE etl.load_dim_product IS
  v_rows  PLS_INTEGER := 0;
  v_start TIMESTAMP := SYSTIMESTAMP;
BEGIN
  DBMS_OUTPUT.PUT_LINE('load_dim_product started at ' || TO_CHAR(v_start));

  INSERT INTO etl.run_log (proc_name, step, started_at)
  VALUES ('LOAD_DIM_PRODUCT', 'START', v_start);

  INSERT INTO dw.dim_product (product_key, product_code, product_name, category)
  SELECT dw.seq_product_key.NEXTVAL,
         p.code,
         INITCAP(p.name),
         NVL(p.category, 'UNKNOWN')
    FROM stg.products p
   WHERE p.is_active = 'Y';
  v_rows := SQL%ROWCOUNT;

  INSERT INTO etl.run_log (proc_name, step, row_count, started_at, finished_at)
  VALUES ('LOAD_DIM_PRODUCT', 'END', v_rows, v_start, SYSTIMESTAMP);
  COMMIT;
  DBMS_OUTPUT.PUT_LINE('rows loaded: ' || v_rows);
END;
/

-- case: proc_out_parameters_are_not_targets
-- sources: CRM.ORDERS
-- indirect: CRM.ORDERS.CUSTOMER_ID, CRM.ORDERS.STATUS
CREATE OR REPLACE PROCEDURE crm.get_customer_stats (
  p_customer_id IN  NUMBER,
  p_order_count OUT NUMBER,
  p_total_spent OUT NUMBER
) AS
BEGIN
  SELECT COUNT(*), NVL(SUM(o.total_amount), 0)
    INTO p_order_count, p_total_spent
    FROM crm.orders o
   WHERE o.customer_id = p_customer_id
     AND o.status <> 'CANCELLED';
END get_customer_stats;
/

-- case: proc_nested_local_procedure_logging
-- sources: DW.FACT_ORDERS
-- targets: ETL.STEP_LOG, DW.CUSTOMER_SUMMARY
-- columns: DW.FACT_ORDERS.CUSTOMER_ID -> DW.CUSTOMER_SUMMARY.CUSTOMER_ID
-- columns: DW.FACT_ORDERS.AMOUNT -> DW.CUSTOMER_SUMMARY.TOTAL_AMOUNT
-- columns: DW.FACT_ORDERS.ORDER_DATE -> DW.CUSTOMER_SUMMARY.LAST_ORDER_DATE
-- effects: delete DW.CUSTOMER_SUMMARY
CREATE OR REPLACE PROCEDURE etl.refresh_customer_summary IS
  v_batch_id NUMBER;

  PROCEDURE log_step (p_step IN VARCHAR2, p_rows IN NUMBER) IS
  BEGIN
    INSERT INTO etl.step_log (batch_id, step_name, row_count, logged_at)
    VALUES (v_batch_id, p_step, p_rows, SYSDATE);
  END log_step;
BEGIN
  v_batch_id := etl.seq_batch.NEXTVAL;

  DELETE FROM dw.customer_summary;
  log_step('DELETE', SQL%ROWCOUNT);

  INSERT INTO dw.customer_summary (customer_id, order_count, total_amount, last_order_date)
  SELECT o.customer_id, COUNT(*), SUM(o.amount), MAX(o.order_date)
    FROM dw.fact_orders o
   GROUP BY o.customer_id;
  log_step('INSERT', SQL%ROWCOUNT);

  COMMIT;
END refresh_customer_summary;
/

-- case: proc_quoted_upper_names_from_dictionary_ddl
-- sources: STG.REGIONS
-- targets: DW.DIM_REGION
-- columns: STG.REGIONS.REGION_CODE -> DW.DIM_REGION.REGION_CODE
-- columns: STG.REGIONS.REGION_NAME -> DW.DIM_REGION.REGION_NAME
-- indirect: DW.DIM_REGION.REGION_CODE
CREATE OR REPLACE EDITIONABLE PROCEDURE "ETL"."LOAD_REGIONS" AUTHID DEFINER AS
BEGIN
  MERGE INTO "DW"."DIM_REGION" d
  USING (SELECT "REGION_CODE", "REGION_NAME" FROM "STG"."REGIONS") s
     ON (d."REGION_CODE" = s."REGION_CODE")
   WHEN MATCHED THEN
     UPDATE SET d."REGION_NAME" = s."REGION_NAME"
   WHEN NOT MATCHED THEN
     INSERT ("REGION_CODE", "REGION_NAME")
     VALUES (s."REGION_CODE", s."REGION_NAME");
  COMMIT;
END;
/

-- case: proc_pull_over_database_link
-- sources: FIN.INVOICES@ERPPROD
-- targets: STG.INVOICES
-- columns: FIN.INVOICES@ERPPROD.INVOICE_ID -> STG.INVOICES.INVOICE_ID
-- columns: FIN.INVOICES@ERPPROD.CUSTOMER_ID -> STG.INVOICES.CUSTOMER_ID
-- columns: FIN.INVOICES@ERPPROD.TOTAL -> STG.INVOICES.INVOICE_TOTAL
-- columns: FIN.INVOICES@ERPPROD.ISSUED_ON -> STG.INVOICES.ISSUED_ON
-- effects: truncate STG.INVOICES
CREATE OR REPLACE PROCEDURE stg.pull_remote_invoices (p_since IN DATE DEFAULT TRUNC(SYSDATE) - 1) IS
BEGIN
  EXECUTE IMMEDIATE 'TRUNCATE TABLE stg.invoices';

  INSERT /*+ APPEND */ INTO stg.invoices (invoice_id, customer_id, invoice_total, issued_on)
  SELECT i.invoice_id, i.customer_id, i.total, i.issued_on
    FROM fin.invoices@ERPPROD i
   WHERE i.issued_on >= p_since;

  COMMIT;
END pull_remote_invoices;
/

-- case: proc_call_passes_no_lineage_through_parameters
-- sources: FIN.BALANCES
-- targets: ETL.PROCESS_LOG
-- indirect: FIN.BALANCES.STATUS
CREATE OR REPLACE PROCEDURE etl.write_log (
  p_proc  IN VARCHAR2,
  p_msg   IN VARCHAR2,
  p_value IN NUMBER DEFAULT NULL
) IS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  INSERT INTO etl.process_log (proc_name, message, metric_value, logged_at)
  VALUES (p_proc, p_msg, p_value, SYSTIMESTAMP);
  COMMIT;
END write_log;
/
CREATE OR REPLACE PROCEDURE etl.check_open_balance IS
  v_open_total NUMBER;
BEGIN
  SELECT SUM(b.open_amount)
    INTO v_open_total
    FROM fin.balances b
   WHERE b.status = 'OPEN';

  etl.write_log('CHECK_OPEN_BALANCE', 'open total computed', v_open_total);
END check_open_balance;
/

-- case: proc_default_schema_for_unqualified_tables
-- default_schema: ETL
-- sources: ETL.SALES_LINES
-- targets: ETL.DAILY_SALES
-- columns: ETL.SALES_LINES.STORE_ID -> ETL.DAILY_SALES.STORE_ID
-- columns: ETL.SALES_LINES.QTY -> ETL.DAILY_SALES.REVENUE, ETL.SALES_LINES.UNIT_PRICE -> ETL.DAILY_SALES.REVENUE
-- effects: delete ETL.DAILY_SALES
CREATE OR REPLACE PROCEDURE load_daily_sales (p_day IN DATE) AS
BEGIN
  DELETE FROM daily_sales WHERE sales_day = p_day;

  INSERT INTO daily_sales (sales_day, store_id, revenue)
  SELECT p_day, s.store_id, SUM(s.qty * s.unit_price)
    FROM sales_lines s
   WHERE s.sold_on >= p_day
     AND s.sold_on < p_day + 1
   GROUP BY s.store_id;
END;
/

-- case: proc_without_slash_terminator
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEES_ARCHIVE
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEES_ARCHIVE.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR.EMPLOYEES_ARCHIVE.FULL_NAME, HR.EMPLOYEES.LAST_NAME -> HR.EMPLOYEES_ARCHIVE.FULL_NAME
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.EMPLOYEES_ARCHIVE.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.TERMINATION_DATE -> HR.EMPLOYEES_ARCHIVE.TERMINATED_ON
-- effects: delete HR.EMPLOYEES
CREATE OR REPLACE PROCEDURE hr.archive_terminated_employees AS
BEGIN
  INSERT INTO hr.employees_archive (employee_id, full_name, department_id, terminated_on, archived_on)
  SELECT e.employee_id,
         e.first_name || ' ' || e.last_name,
         e.department_id,
         e.termination_date,
         SYSDATE
    FROM hr.employees e
   WHERE e.termination_date < ADD_MONTHS(SYSDATE, -12);

  DELETE FROM hr.employees
   WHERE termination_date < ADD_MONTHS(SYSDATE, -12);

  COMMIT;
END archive_terminated_employees;

-- case: proc_insert_all_unconditional
-- sources: FIN.ACCOUNTS
-- targets: DW.ACCOUNT_BALANCE_HIST, DW.ACCOUNT_BALANCE_CURR
-- columns: FIN.ACCOUNTS.ACCOUNT_ID -> DW.ACCOUNT_BALANCE_HIST.ACCOUNT_ID, FIN.ACCOUNTS.BALANCE -> DW.ACCOUNT_BALANCE_HIST.BALANCE
-- columns: FIN.ACCOUNTS.ACCOUNT_ID -> DW.ACCOUNT_BALANCE_CURR.ACCOUNT_ID, FIN.ACCOUNTS.BALANCE -> DW.ACCOUNT_BALANCE_CURR.BALANCE
-- indirect: FIN.ACCOUNTS.CLOSED_FLAG
CREATE OR REPLACE PROCEDURE etl.snapshot_balances IS
BEGIN
  INSERT ALL
    INTO dw.account_balance_hist (account_id, balance, snapshot_date) VALUES (account_id, balance, snap_day)
    INTO dw.account_balance_curr (account_id, balance) VALUES (account_id, balance)
  SELECT a.account_id, a.balance, TRUNC(SYSDATE) AS snap_day
    FROM fin.accounts a
   WHERE a.closed_flag = 'N';
  COMMIT;
END snapshot_balances;
/

-- case: proc_sqlplus_script_with_call_block
-- sources: CRM.LOYALTY_EVENTS
-- targets: CRM.LOYALTY_POINTS
-- columns: CRM.LOYALTY_EVENTS.MEMBER_ID -> CRM.LOYALTY_POINTS.MEMBER_ID
-- columns: CRM.LOYALTY_EVENTS.POINTS -> CRM.LOYALTY_POINTS.POINTS_BALANCE
-- indirect: CRM.LOYALTY_EVENTS.EVENT_TYPE
-- effects: delete CRM.LOYALTY_POINTS
SET SERVEROUTPUT ON
PROMPT creating crm.rebuild_loyalty_points
CREATE OR REPLACE PROCEDURE crm.rebuild_loyalty_points IS
BEGIN
  DELETE FROM crm.loyalty_points;
  INSERT INTO crm.loyalty_points (member_id, points_balance, rebuilt_at)
  SELECT e.member_id, SUM(e.points), SYSDATE
    FROM crm.loyalty_events e
   WHERE e.event_type IN ('EARN', 'REDEEM')
   GROUP BY e.member_id;
  DBMS_OUTPUT.PUT_LINE(SQL%ROWCOUNT || ' members rebuilt');
END rebuild_loyalty_points;
/
SHOW ERRORS
BEGIN
  crm.rebuild_loyalty_points;
  COMMIT;
END;
/
