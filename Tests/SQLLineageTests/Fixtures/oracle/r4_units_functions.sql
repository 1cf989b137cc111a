-- case: fn_deterministic_lookup_used_in_force_view_with_column_list
-- diagnostics: none
-- sources: REF.COUNTRIES, CRM.CUSTOMERS, CRM.ADDRESSES
-- targets: CRM.V_CUSTOMER_GEO
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.V_CUSTOMER_GEO.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.COUNTRY_ISO -> CRM.V_CUSTOMER_GEO.COUNTRY
-- columns: CRM.ADDRESSES.CITY -> CRM.V_CUSTOMER_GEO.CITY
-- indirect: REF.COUNTRIES.ISO2, CRM.ADDRESSES.ADDRESS_ID, CRM.CUSTOMERS.BILLING_ADDRESS_ID, CRM.CUSTOMERS.STATUS
  CREATE OR REPLACE EDITIONABLE FUNCTION "REF"."COUNTRY_NAME" (p_iso IN VARCHAR2)
  RETURN VARCHAR2 DETERMINISTIC AUTHID DEFINER
IS
  l_name "REF"."COUNTRIES"."NAME"%TYPE;
BEGIN
  SELECT c."NAME"
    INTO l_name
    FROM "REF"."COUNTRIES" c
   WHERE c."ISO2" = p_iso;
  RETURN l_name;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN '?';
END "COUNTRY_NAME";
/
SHOW ERRORS

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "CRM"."V_CUSTOMER_GEO" ("CUSTOMER_ID", "COUNTRY", "CITY") AS
  SELECT c.customer_id,
         "REF"."COUNTRY_NAME"(c.country_iso),
         UPPER(a.city)
    FROM crm.customers c
    JOIN crm.addresses a ON a.address_id = c.billing_address_id
   WHERE c.status = 'A'
/

-- case: fn_pipelined_package_function_read_with_table_operator_has_no_pairs
-- diagnostics: none
-- sources: SALES.SALES, REF.REGIONS, REF.PRODUCTS
-- targets: RPT.REVENUE_2024
-- indirect: REF.REGIONS.REGION_ID, SALES.SALES.REGION_ID, REF.PRODUCTS.PRODUCT_ID, SALES.SALES.PRODUCT_ID, SALES.SALES.SALES_YEAR
  CREATE OR REPLACE EDITIONABLE PACKAGE "RPT"."PKG_FEED" AUTHID DEFINER AS
  TYPE t_row IS RECORD (region VARCHAR2(30), product VARCHAR2(30), revenue NUMBER);
  TYPE t_tab IS TABLE OF t_row;
  FUNCTION revenue_rows (p_year IN PLS_INTEGER) RETURN t_tab PIPELINED;
END "PKG_FEED";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "RPT"."PKG_FEED" AS
  FUNCTION revenue_rows (p_year IN PLS_INTEGER) RETURN t_tab PIPELINED IS
    l_row t_row;
  BEGIN
    FOR r IN (SELECT g.region_name, p.product_name, s.amount
                FROM sales.sales s
                JOIN ref.regions g ON g.region_id = s.region_id
                JOIN ref.products p ON p.product_id = s.product_id
               WHERE s.sales_year = p_year) LOOP
      l_row.region  := r.region_name;
      l_row.product := r.product_name;
      l_row.revenue := r.amount;
      PIPE ROW (l_row);
    END LOOP;
    RETURN;
  END revenue_rows;
END "PKG_FEED";
/
SHOW ERRORS PACKAGE BODY "RPT"."PKG_FEED"

INSERT INTO rpt.revenue_2024 (region, product, revenue)
SELECT t.region, t.product, t.revenue
  FROM TABLE(rpt.pkg_feed.revenue_rows(2024)) t;
COMMIT;

-- case: fn_pipelined_parallel_enable_over_cursor_expression_counted_in_ctas
-- diagnostics: none
-- sources: FIN.FX_RATES, FIN.TRANSACTIONS
-- targets: RPT.TX_NORM_COUNT
-- indirect: FIN.FX_RATES.CCY, FIN.FX_RATES.RATE_DAY, FIN.TRANSACTIONS.BOOKED_ON
  CREATE OR REPLACE EDITIONABLE FUNCTION "FIN"."FN_NORMALIZE" (p_cur IN SYS_REFCURSOR)
  RETURN fin.t_norm_tab PIPELINED
  PARALLEL_ENABLE (PARTITION p_cur BY ANY)
  AUTHID DEFINER
IS
  l_acct NUMBER;
  l_amt  NUMBER;
  l_ccy  VARCHAR2(3);
  l_rate NUMBER;
BEGIN
  LOOP
    FETCH p_cur INTO l_acct, l_amt, l_ccy;
    EXIT WHEN p_cur%NOTFOUND;
    SELECT r.rate
      INTO l_rate
      FROM fin.fx_rates r
     WHERE r.ccy = l_ccy
       AND r.rate_day = TRUNC(SYSDATE);
    PIPE ROW (fin.t_norm_row(l_acct, l_amt * l_rate));
  END LOOP;
  CLOSE p_cur;
  RETURN;
END fn_normalize;
/
SHOW ERRORS

CREATE TABLE rpt.tx_norm_count NOLOGGING AS
SELECT COUNT(*) AS row_count, SYSDATE AS counted_at
  FROM TABLE(fin.fn_normalize(CURSOR(SELECT t.account_id, t.amount, t.ccy
                                       FROM fin.transactions t
                                      WHERE t.booked_on >= DATE '2024-01-01'))) n;

-- case: fn_called_in_select_list_and_where_of_insert_select
-- diagnostics: none
-- sources: HR.SALARY_GRADES, HR.EMPLOYEES
-- targets: HR.EMP_GRADES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMP_GRADES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.EMP_GRADES.GRADE, HR.EMPLOYEES.JOB_ID -> HR.EMP_GRADES.GRADE
-- indirect: HR.SALARY_GRADES.JOB_ID, HR.SALARY_GRADES.MIN_SAL, HR.SALARY_GRADES.MAX_SAL
-- indirect: HR.EMPLOYEES.PREV_SALARY, HR.EMPLOYEES.STATUS
  CREATE OR REPLACE EDITIONABLE FUNCTION "HR"."FN_GRADE_OF" (p_salary IN NUMBER, p_job IN VARCHAR2)
  RETURN VARCHAR2 RESULT_CACHE
IS
  l_grade VARCHAR2(2);
BEGIN
  SELECT g.grade
    INTO l_grade
    FROM hr.salary_grades g
   WHERE g.job_id = p_job
     AND p_salary BETWEEN g.min_sal AND g.max_sal;
  RETURN l_grade;
END fn_grade_of;
/

INSERT INTO hr.emp_grades (employee_id, grade, graded_on)
SELECT e.employee_id, hr.fn_grade_of(e.salary, e.job_id), SYSDATE
  FROM hr.employees e
 WHERE hr.fn_grade_of(e.prev_salary, e.job_id) <> hr.fn_grade_of(e.salary, e.job_id)
   AND e.status = 'ACTIVE';
COMMIT;

-- case: fn_package_functions_in_merge_using_and_matched_set
-- diagnostics: none
-- sources: FIN.RISK_RULES, STG.ACCOUNTS
-- targets: DW.DIM_ACCOUNT
-- columns: STG.ACCOUNTS.HOLDER_NAME -> DW.DIM_ACCOUNT.HOLDER_NAME
-- columns: STG.ACCOUNTS.ACCOUNT_NO -> DW.DIM_ACCOUNT.RISK_CLASS
-- columns: STG.ACCOUNTS.ACCOUNT_NO -> DW.DIM_ACCOUNT.ACCOUNT_NO
-- columns: STG.ACCOUNTS.OPENED_ON -> DW.DIM_ACCOUNT.OPENED_ON
-- indirect: FIN.RISK_RULES.LOW_BALANCE, FIN.RISK_RULES.HIGH_BALANCE, DW.DIM_ACCOUNT.ACCOUNT_NO
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "DW"."PKG_ACCOUNTS" AS

  FUNCTION clean_name (p_name IN VARCHAR2) RETURN VARCHAR2 DETERMINISTIC IS
  BEGIN
    RETURN INITCAP(TRIM(REGEXP_REPLACE(p_name, '\s+', ' ')));
  END clean_name;

  FUNCTION class_of (p_account_no IN VARCHAR2, p_balance IN NUMBER) RETURN VARCHAR2 IS
    l_class VARCHAR2(10);
  BEGIN
    SELECT r.risk_class
      INTO l_class
      FROM fin.risk_rules r
     WHERE p_balance BETWEEN r.low_balance AND r.high_balance
       AND ROWNUM = 1;
    RETURN l_class;
  END class_of;

  PROCEDURE sync_accounts IS
  BEGIN
    MERGE INTO dw.dim_account d
    USING (SELECT a.account_no, a.opened_on, clean_name(a.holder_name) AS holder
             FROM stg.accounts a) s
       ON (d.account_no = s.account_no)
     WHEN MATCHED THEN UPDATE
      SET d.holder_name = s.holder,
          d.risk_class  = class_of(s.account_no, d.balance)
     WHEN NOT MATCHED THEN INSERT (account_no, holder_name, opened_on)
      VALUES (s.account_no, s.holder, s.opened_on);
    COMMIT;
  END sync_accounts;

END "PKG_ACCOUNTS";
/

-- case: fn_with_plsql_function_clause_in_insert_select
-- diagnostics: none
-- sources: SALES.ORDERS
-- targets: MART.CUSTOMER_FLAGS
-- columns: SALES.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_FLAGS.CUSTOMER_ID
-- columns: SALES.ORDERS.AMOUNT -> MART.CUSTOMER_FLAGS.VIP_FLAG
INSERT /*+ WITH_PLSQL */ INTO mart.customer_flags (customer_id, vip_flag)
WITH
  FUNCTION is_vip (p_total NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN CASE WHEN p_total > 10000 THEN 'Y' ELSE 'N' END;
  END;
SELECT o.customer_id, is_vip(SUM(o.amount))
  FROM sales.orders o
 GROUP BY o.customer_id
/

-- case: fn_pipelined_split_over_parameter_filters_insert_select
-- diagnostics: none
-- sources: SALES.ORDERS
-- targets: RPT.REGION_SALES
-- columns: SALES.ORDERS.REGION -> RPT.REGION_SALES.REGION
-- columns: SALES.ORDERS.ORDER_DAY -> RPT.REGION_SALES.SALES_DAY
-- columns: SALES.ORDERS.AMOUNT -> RPT.REGION_SALES.AMOUNT
-- indirect: SALES.ORDERS.STATUS
  CREATE OR REPLACE EDITIONABLE FUNCTION "UTIL"."SPLIT_CSV" (p_list IN VARCHAR2)
  RETURN sys.odcivarchar2list PIPELINED DETERMINISTIC
IS
  l_pos  PLS_INTEGER := 1;
  l_next PLS_INTEGER;
BEGIN
  LOOP
    l_next := INSTR(p_list || ',', ',', l_pos);
    EXIT WHEN l_next = 0;
    PIPE ROW (TRIM(SUBSTR(p_list, l_pos, l_next - l_pos)));
    l_pos := l_next + 1;
  END LOOP;
  RETURN;
END split_csv;
/
  CREATE OR REPLACE EDITIONABLE PROCEDURE "RPT"."LOAD_REGION_SALES" (p_regions IN VARCHAR2)
  AUTHID CURRENT_USER
IS
BEGIN
  INSERT INTO rpt.region_sales (region, sales_day, amount)
  SELECT o.region, o.order_day, SUM(o.amount)
    FROM sales.orders o
   WHERE o.region IN (SELECT COLUMN_VALUE FROM TABLE(util.split_csv(p_regions)))
     AND o.status = 'CLOSED'
   GROUP BY o.region, o.order_day;
  COMMIT;
END load_region_sales;
/
SHOW ERRORS

-- case: fn_scalar_lookup_result_kept_in_variable_inside_cursor_loop
-- diagnostics: none
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: CRM.MAIL_QUEUE
-- columns: SALES.ORDERS.ORDER_ID -> CRM.MAIL_QUEUE.ORDER_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> CRM.MAIL_QUEUE.EMAIL
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID, SALES.ORDERS.STATUS
  CREATE OR REPLACE EDITIONABLE FUNCTION "CRM"."EMAIL_OF" (p_customer_id IN NUMBER) RETURN VARCHAR2
IS
  l_email VARCHAR2(320);
BEGIN
  SELECT LOWER(c.email) INTO l_email FROM crm.customers c WHERE c.customer_id = p_customer_id;
  RETURN l_email;
END email_of;
/
  CREATE OR REPLACE EDITIONABLE PROCEDURE "CRM"."QUEUE_SHIPPING_MAILS"
IS
  l_email VARCHAR2(320);
BEGIN
  FOR o IN (SELECT x.order_id, x.customer_id
              FROM sales.orders x
             WHERE x.status = 'SHIPPED') LOOP
    l_email := crm.email_of(o.customer_id);
    INSERT INTO crm.mail_queue (order_id, email, template, queued_at)
    VALUES (o.order_id, l_email, 'SHIPPED', SYSDATE);
  END LOOP;
  COMMIT;
END queue_shipping_mails;
/

-- case: fn_autonomous_error_logging_function_used_in_ctas
-- diagnostics: none
-- sources: STG.METER_READINGS_RAW
-- targets: UTIL.CONVERSION_ERRORS, STG.METER_READINGS_CLEAN
-- columns: STG.METER_READINGS_RAW.METER_ID -> STG.METER_READINGS_CLEAN.METER_ID
-- columns: STG.METER_READINGS_RAW.READING_TXT -> STG.METER_READINGS_CLEAN.READING
-- columns: STG.METER_READINGS_RAW.READ_AT -> STG.METER_READINGS_CLEAN.READ_AT
  CREATE OR REPLACE EDITIONABLE FUNCTION "UTIL"."SAFE_TO_NUMBER" (p_text IN VARCHAR2, p_src IN VARCHAR2)
  RETURN NUMBER AUTHID DEFINER
IS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  RETURN TO_NUMBER(p_text);
EXCEPTION
  WHEN VALUE_ERROR THEN
    INSERT INTO util.conversion_errors (src, bad_value, logged_at)
    VALUES (p_src, SUBSTR(p_text, 1, 200), SYSTIMESTAMP);
    COMMIT;
    RETURN NULL;
END safe_to_number;
/

CREATE TABLE stg.meter_readings_clean AS
SELECT r.meter_id,
       util.safe_to_number(r.reading_txt, 'METER') AS reading,
       r.read_at
  FROM stg.meter_readings_raw r
 WHERE r.read_at >= DATE '2024-01-01';

-- case: fn_cursor_loop_over_left_join_accumulates_then_used_in_insert_select
-- diagnostics: none
-- sources: FIN.INVOICES, FIN.PAYMENTS, CRM.CUSTOMERS
-- targets: FIN.BALANCE_SNAPSHOT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> FIN.BALANCE_SNAPSHOT.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> FIN.BALANCE_SNAPSHOT.BALANCE
-- indirect: FIN.PAYMENTS.INVOICE_ID, FIN.INVOICES.INVOICE_ID, FIN.INVOICES.CUSTOMER_ID, CRM.CUSTOMERS.ACTIVE
  CREATE OR REPLACE EDITIONABLE FUNCTION "FIN"."FN_OPEN_BALANCE" (p_customer_id IN NUMBER)
  RETURN NUMBER
IS
  l_total NUMBER := 0;
BEGIN
  FOR r IN (SELECT i.amount AS invoiced, NVL(p.amount, 0) AS paid
              FROM fin.invoices i
              LEFT JOIN fin.payments p ON p.invoice_id = i.invoice_id
             WHERE i.customer_id = p_customer_id) LOOP
    l_total := l_total + r.invoiced - r.paid;
  END LOOP;
  RETURN l_total;
END fn_open_balance;
/

INSERT INTO fin.balance_snapshot (customer_id, balance, taken_at)
SELECT x.customer_id, fin.fn_open_balance(x.customer_id), SYSDATE
  FROM crm.customers x
 WHERE x.active = 'Y';

-- case: fn_returning_bulk_collected_nested_table_read_back_in_same_unit
-- diagnostics: none
-- sources: INV.ITEMS
-- targets: INV.REORDER_REQUESTS
-- columns: INV.ITEMS.ITEM_ID -> INV.REORDER_REQUESTS.ITEM_ID
-- indirect: INV.ITEMS.ON_HAND, INV.ITEMS.REORDER_LEVEL
  CREATE OR REPLACE EDITIONABLE FUNCTION "INV"."QUEUE_REORDERS" RETURN NUMBER
  AUTHID DEFINER
IS
  PRAGMA AUTONOMOUS_TRANSACTION;
  l_ids sys.odcinumberlist;
BEGIN
  SELECT i.item_id
    BULK COLLECT INTO l_ids
    FROM inv.items i
   WHERE i.on_hand < i.reorder_level;

  INSERT INTO inv.reorder_requests (item_id, requested_at)
  SELECT t.COLUMN_VALUE, SYSDATE
    FROM TABLE(l_ids) t;
  COMMIT;
  RETURN l_ids.COUNT;
END queue_reorders;
/

-- case: fn_function_result_assigned_from_select_from_dual_with_two_function_calls
-- diagnostics: none
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR.EMPLOYEE_CARDS
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEE_CARDS.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR.EMPLOYEE_CARDS.CARD_LABEL, HR.EMPLOYEES.LAST_NAME -> HR.EMPLOYEE_CARDS.CARD_LABEL
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.EMPLOYEE_CARDS.CARD_LABEL
-- indirect: HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.HIRE_DATE
  CREATE OR REPLACE EDITIONABLE FUNCTION "HR"."DEPT_SHORT" (p_dept IN NUMBER) RETURN VARCHAR2
IS
  l_code VARCHAR2(10);
BEGIN
  SELECT SUBSTR(d.department_name, 1, 3) INTO l_code FROM hr.departments d WHERE d.department_id = p_dept;
  RETURN l_code;
END;
/
  CREATE OR REPLACE EDITIONABLE PROCEDURE "HR"."PRINT_CARDS" (p_since IN DATE)
IS
  l_label VARCHAR2(100);
BEGIN
  FOR e IN (SELECT emp.employee_id, emp.first_name, emp.last_name, emp.department_id
              FROM hr.employees emp
             WHERE emp.hire_date >= p_since) LOOP
    SELECT INITCAP(e.first_name) || ' ' || UPPER(e.last_name) || ' / ' || hr.dept_short(e.department_id)
      INTO l_label
      FROM dual;
    INSERT INTO hr.employee_cards (employee_id, card_label, printed_at)
    VALUES (e.employee_id, l_label, SYSDATE);
  END LOOP;
END print_cards;
/
