-- case: package_spec_and_body_union_of_units
-- sources: STG.CUSTOMERS, STG.ORDERS, DW.DIM_CUSTOMER
-- targets: ETL.LOAD_LOG, DW.DIM_CUSTOMER, DW.FACT_SALES
-- columns: STG.CUSTOMERS.CUSTOMER_CODE -> DW.DIM_CUSTOMER.CUSTOMER_CODE
-- columns: STG.CUSTOMERS.CUSTOMER_NAME -> DW.DIM_CUSTOMER.CUSTOMER_NAME
-- columns: STG.CUSTOMERS.CITY -> DW.DIM_CUSTOMER.CITY
-- columns: DW.DIM_CUSTOMER.CUSTOMER_KEY -> DW.FACT_SALES.CUSTOMER_KEY
-- columns: STG.ORDERS.ORDER_NO -> DW.FACT_SALES.ORDER_NO
-- columns: STG.ORDERS.ORDER_DAY -> DW.FACT_SALES.SALES_DAY
-- columns: STG.ORDERS.GROSS_AMOUNT -> DW.FACT_SALES.NET_AMOUNT, STG.ORDERS.DISCOUNT -> DW.FACT_SALES.NET_AMOUNT
-- indirect: DW.DIM_CUSTOMER.CUSTOMER_CODE, STG.ORDERS.CUSTOMER_CODE
CREATE OR REPLACE PACKAGE etl.pkg_sales_load AS
  c_source CONSTANT VARCHAR2(10) := 'POS';
  PROCEDURE load_customers;
  PROCEDURE load_orders (p_day IN DATE);
  PROCEDURE run (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1);
END pkg_sales_load;
/
CREATE OR REPLACE PACKAGE BODY etl.pkg_sales_load AS

  PROCEDURE log_msg (p_msg IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.load_log (package_name, message, logged_at)
    VALUES ('PKG_SALES_LOAD', p_msg, SYSTIMESTAMP);
    COMMIT;
  END log_msg;

  PROCEDURE load_customers IS
  BEGIN
    MERGE INTO dw.dim_customer d
    USING stg.customers s
       ON (d.customer_code = s.customer_code)
     WHEN MATCHED THEN
       UPDATE SET d.customer_name = s.customer_name,
                  d.city = s.city
     WHEN NOT MATCHED THEN
       INSERT (customer_key, customer_code, customer_name, city)
       VALUES (dw.seq_customer_key.NEXTVAL, s.customer_code, s.customer_name, s.city);
    log_msg('customers merged: ' || SQL%ROWCOUNT);
  END load_customers;

  PROCEDURE load_orders (p_day IN DATE) IS
  BEGIN
    INSERT INTO dw.fact_sales (customer_key, order_no, sales_day, net_amount)
    SELECT d.customer_key, o.order_no, o.order_day, o.gross_amount - o.discount
      FROM stg.orders o
      JOIN dw.dim_customer d ON d.customer_code = o.customer_code
     WHERE o.order_day = p_day;
    log_msg('orders loaded: ' || SQL%ROWCOUNT);
  END load_orders;

  PROCEDURE run (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1) IS
  BEGIN
    log_msg('start ' || c_source);
    load_customers;
    load_orders(p_day);
    COMMIT;
    log_msg('done');
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;
      log_msg('failed: ' || SQLERRM);
      RAISE;
  END run;

END pkg_sales_load;
/

-- case: package_body_function_and_cursor_procedure
-- sources: HR.EMPLOYEES
-- targets: HR.PAYROLL_LINES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.PAYROLL_LINES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.PAYROLL_LINES.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.PAYROLL_LINES.GROSS_PAY, HR.EMPLOYEES.COMMISSION_PCT -> HR.PAYROLL_LINES.GROSS_PAY
CREATE OR REPLACE PACKAGE hr.pkg_payroll IS
  FUNCTION monthly_salary (p_employee_id IN NUMBER) RETURN NUMBER;
  PROCEDURE post_payroll (p_period IN VARCHAR2);
END pkg_payroll;
/
CREATE OR REPLACE PACKAGE BODY hr.pkg_payroll IS

  FUNCTION monthly_salary (p_employee_id IN NUMBER) RETURN NUMBER IS
    v_salary NUMBER;
  BEGIN
    SELECT e.salary / 12
      INTO v_salary
      FROM hr.employees e
     WHERE e.employee_id = p_employee_id;
    RETURN v_salary;
  END monthly_salary;

  PROCEDURE post_payroll (p_period IN VARCHAR2) IS
    CURSOR c_emp IS
      SELECT e.employee_id, e.salary, e.commission_pct, e.department_id
        FROM hr.employees e
       WHERE e.status = 'ACTIVE';
  BEGIN
    FOR r IN c_emp LOOP
      INSERT INTO hr.payroll_lines (period_code, employee_id, department_id, gross_pay)
      VALUES (p_period,
              r.employee_id,
              r.department_id,
              ROUND(r.salary / 12 * (1 + NVL(r.commission_pct, 0)), 2));
    END LOOP;
    COMMIT;
  END post_payroll;

END pkg_payroll;
/

-- case: package_units_do_not_share_variables
-- sources: FIN.AR_INVOICES, FIN.AP_INVOICES
-- targets: FIN.KPI_AR, FIN.KPI_AP
-- columns: FIN.AR_INVOICES.AMOUNT -> FIN.KPI_AR.KPI_VALUE
-- columns: FIN.AP_INVOICES.AMOUNT -> FIN.KPI_AP.KPI_VALUE
-- indirect: FIN.AR_INVOICES.STATUS, FIN.AP_INVOICES.STATUS
CREATE OR REPLACE PACKAGE BODY fin.pkg_kpi AS

  PROCEDURE load_receivables IS
    v_total NUMBER;
  BEGIN
    SELECT SUM(x.amount) INTO v_total
      FROM fin.ar_invoices x
     WHERE x.status = 'OPEN';
    INSERT INTO fin.kpi_ar (kpi_day, kpi_value) VALUES (TRUNC(SYSDATE), v_total);
  END load_receivables;

  PROCEDURE load_payables IS
    v_total NUMBER;
  BEGIN
    SELECT SUM(y.amount) INTO v_total
      FROM fin.ap_invoices y
     WHERE y.status = 'OPEN';
    INSERT INTO fin.kpi_ap (kpi_day, kpi_value) VALUES (TRUNC(SYSDATE), v_total);
  END load_payables;

END pkg_kpi;
/

-- case: package_body_only_scalar_subquery_update
-- sources: CRM.CREDIT_SCORES, CRM.CUSTOMERS
-- targets: CRM.CUSTOMERS, CRM.BAND_SNAPSHOT
-- columns: CRM.CREDIT_SCORES.SCORE -> CRM.CUSTOMERS.SCORE_BAND
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.BAND_SNAPSHOT.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.SCORE_BAND -> CRM.BAND_SNAPSHOT.SCORE_BAND
CREATE OR REPLACE PACKAGE BODY crm.pkg_scoring AS

  FUNCTION score_band (p_score IN NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN CASE
             WHEN p_score >= 800 THEN 'A'
             WHEN p_score >= 600 THEN 'B'
             ELSE 'C'
           END;
  END score_band;

  PROCEDURE refresh_bands IS
  BEGIN
    UPDATE crm.customers c
       SET c.score_band = (SELECT crm.pkg_scoring.score_band(s.score)
                             FROM crm.credit_scores s
                            WHERE s.customer_id = c.customer_id),
           c.band_updated_at = SYSDATE;
    COMMIT;
  END refresh_bands;

  PROCEDURE snapshot_bands (p_day IN DATE) IS
  BEGIN
    INSERT INTO crm.band_snapshot (snapshot_day, customer_id, score_band)
    SELECT p_day, c.customer_id, c.score_band
      FROM crm.customers c;
    COMMIT;
  END snapshot_bands;

END pkg_scoring;
/

-- case: package_spec_only_has_no_lineage
CREATE OR REPLACE PACKAGE etl.pkg_constants AS
  c_max_rows   CONSTANT PLS_INTEGER := 10000;
  c_app_name   CONSTANT VARCHAR2(30) := 'TORRO_ETL';
  TYPE t_id_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  g_last_error VARCHAR2(4000);
  PROCEDURE reset;
  FUNCTION max_rows RETURN PLS_INTEGER;
END pkg_constants;
/

-- case: package_overloaded_procedures_and_function
-- sources: SALES.ORDERS, STG.ORDERS_EXTRACT
-- targets: STG.ORDERS_EXTRACT
-- columns: SALES.ORDERS.ORDER_ID -> STG.ORDERS_EXTRACT.ORDER_ID
-- columns: SALES.ORDERS.AMOUNT -> STG.ORDERS_EXTRACT.AMOUNT
-- columns: SALES.ORDERS.ORDER_DAY -> STG.ORDERS_EXTRACT.ORDER_DAY
-- indirect: STG.ORDERS_EXTRACT.ORDER_DAY
CREATE OR REPLACE PACKAGE stg.pkg_extract AS
  PROCEDURE extract_orders (p_day IN DATE);
  PROCEDURE extract_orders (p_from IN DATE, p_to IN DATE);
  FUNCTION extracted_rows (p_day IN DATE) RETURN NUMBER;
END pkg_extract;
/
CREATE OR REPLACE PACKAGE BODY stg.pkg_extract AS

  PROCEDURE extract_orders (p_day IN DATE) IS
  BEGIN
    INSERT INTO stg.orders_extract (order_id, amount, order_day)
    SELECT o.order_id, o.amount, o.order_day
      FROM sales.orders o
     WHERE o.order_day = p_day;
  END extract_orders;

  PROCEDURE extract_orders (p_from IN DATE, p_to IN DATE) IS
  BEGIN
    INSERT INTO stg.orders_extract (order_id, amount, order_day)
    SELECT o.order_id, o.amount, o.order_day
      FROM sales.orders o
     WHERE o.order_day BETWEEN p_from AND p_to;
  END extract_orders;

  FUNCTION extracted_rows (p_day IN DATE) RETURN NUMBER IS
    v_cnt NUMBER;
  BEGIN
    SELECT COUNT(*) INTO v_cnt
      FROM stg.orders_extract e
     WHERE e.order_day = p_day;
    RETURN v_cnt;
  END extracted_rows;

END pkg_extract;
/

-- case: package_bulk_load_with_limit_and_logging
-- sources: SRC.CALL_RECORDS
-- targets: DW.FACT_CALLS, ETL.LOAD_LOG
-- columns: SRC.CALL_RECORDS.CALL_ID -> DW.FACT_CALLS.CALL_ID
-- columns: SRC.CALL_RECORDS.CALLER_NO -> DW.FACT_CALLS.CALLER_NO
-- columns: SRC.CALL_RECORDS.STARTED_AT -> DW.FACT_CALLS.CALL_DAY
-- columns: SRC.CALL_RECORDS.DURATION_MS -> DW.FACT_CALLS.DURATION_SEC
-- indirect: SRC.CALL_RECORDS.PROCESSED
CREATE OR REPLACE PACKAGE BODY etl.pkg_calls AS

  c_limit CONSTANT PLS_INTEGER := 5000;

  PROCEDURE log_rows (p_rows IN NUMBER) IS
  BEGIN
    INSERT INTO etl.load_log (package_name, message, logged_at)
    VALUES ('PKG_CALLS', 'rows=' || p_rows, SYSTIMESTAMP);
  END log_rows;

  PROCEDURE load_calls IS
    CURSOR c_src IS
      SELECT r.call_id, r.caller_no, r.started_at, r.duration_ms
        FROM src.call_records r
       WHERE r.processed = 'N';
    TYPE t_src_tab IS TABLE OF c_src%ROWTYPE;
    l_rows  t_src_tab;
    v_total PLS_INTEGER := 0;
  BEGIN
    OPEN c_src;
    LOOP
      FETCH c_src BULK COLLECT INTO l_rows LIMIT c_limit;
      EXIT WHEN l_rows.COUNT = 0;
      FORALL i IN 1 .. l_rows.COUNT
        INSERT INTO dw.fact_calls (call_id, caller_no, call_day, duration_sec)
        VALUES (l_rows(i).call_id,
                l_rows(i).caller_no,
                TRUNC(l_rows(i).started_at),
                ROUND(l_rows(i).duration_ms / 1000));
      v_total := v_total + l_rows.COUNT;
    END LOOP;
    CLOSE c_src;
    log_rows(v_total);
    COMMIT;
  END load_calls;

END pkg_calls;
/
