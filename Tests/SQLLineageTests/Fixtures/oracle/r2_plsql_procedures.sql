-- case: proc_ref_cursor_bulk_fetch_limit_into_user_record_collection
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: MART.CUSTOMER_TOTALS
-- columns: CRM.CUSTOMERS.CUST_ID -> MART.CUSTOMER_TOTALS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUST_NAME -> MART.CUSTOMER_TOTALS.CUSTOMER_NAME
-- columns: SALES.ORDERS.AMOUNT -> MART.CUSTOMER_TOTALS.TOTAL_AMOUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.ORDER_DAY
CREATE OR REPLACE PROCEDURE mart.load_customer_totals (p_from IN DATE) IS
  TYPE t_rec IS RECORD (k NUMBER, nm VARCHAR2(100), amt NUMBER);
  TYPE t_tab IS TABLE OF t_rec;
  l_tab t_tab;
  rc    SYS_REFCURSOR;
BEGIN
  OPEN rc FOR
    SELECT c.cust_id, c.cust_name, SUM(o.amount)
      FROM crm.customers c
      JOIN sales.orders o ON o.customer_id = c.cust_id
     WHERE o.order_day >= p_from
     GROUP BY c.cust_id, c.cust_name;
  LOOP
    FETCH rc BULK COLLECT INTO l_tab LIMIT 500;
    EXIT WHEN l_tab.COUNT = 0;
    FORALL i IN 1 .. l_tab.COUNT
      INSERT INTO mart.customer_totals (customer_id, customer_name, total_amount)
      VALUES (l_tab(i).k, l_tab(i).nm, l_tab(i).amt);
  END LOOP;
  CLOSE rc;
  COMMIT;
END load_customer_totals;
/

-- case: proc_constant_holding_sql_text_is_followed
-- sources: STG.FX_RATES
-- targets: ETL.RUN_LOG, DWH.FX_RATES
-- columns: STG.FX_RATES.CCY -> DWH.FX_RATES.CCY, STG.FX_RATES.RATE -> DWH.FX_RATES.RATE
CREATE OR REPLACE PROCEDURE etl.copy_rates IS
  c_sql CONSTANT VARCHAR2(200) := 'INSERT INTO dwh.fx_rates (ccy, rate) SELECT r.ccy, r.rate FROM stg.fx_rates r';
BEGIN
  EXECUTE IMMEDIATE c_sql;
  INSERT INTO etl.run_log (step_name, logged_at) VALUES ('COPY_RATES', SYSDATE);
  COMMIT;
END copy_rates;
/

-- case: proc_merge_using_dual_with_variables_directly_in_on_and_set
-- sources: HR.EMPLOYEES
-- targets: HR.DEPT_STATS
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.DEPT_STATS.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.DEPT_STATS.AVG_SALARY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.DEPT_STATS.HEADCOUNT
-- indirect: HR.DEPT_STATS.DEPARTMENT_ID
CREATE OR REPLACE PROCEDURE hr.refresh_dept_stats (p_dept IN NUMBER) IS
  v_dept  NUMBER;
  v_avg   NUMBER;
  v_count NUMBER;
BEGIN
  SELECT e.department_id, AVG(e.salary), COUNT(e.employee_id)
    INTO v_dept, v_avg, v_count
    FROM hr.employees e
   WHERE e.department_id = p_dept
   GROUP BY e.department_id;

  MERGE INTO hr.dept_stats s
  USING dual
     ON (s.department_id = v_dept)
   WHEN MATCHED THEN
     UPDATE SET s.avg_salary = v_avg, s.headcount = v_count, s.refreshed_at = SYSDATE
   WHEN NOT MATCHED THEN
     INSERT (department_id, avg_salary, headcount, refreshed_at)
     VALUES (v_dept, v_avg, v_count, SYSDATE);
END refresh_dept_stats;
/

-- case: proc_drop_if_exists_idiom_then_dynamic_ctas_and_static_insert
-- sources: SRC.ACCOUNTS, STG.TMP_ACCOUNTS
-- targets: STG.TMP_ACCOUNTS, DWH.ACCOUNTS_SNAPSHOT
-- columns: SRC.ACCOUNTS.ACCOUNT_ID -> STG.TMP_ACCOUNTS.ACCOUNT_ID
-- columns: SRC.ACCOUNTS.BALANCE -> STG.TMP_ACCOUNTS.BALANCE
-- columns: STG.TMP_ACCOUNTS.ACCOUNT_ID -> DWH.ACCOUNTS_SNAPSHOT.ACCOUNT_ID
-- columns: STG.TMP_ACCOUNTS.BALANCE -> DWH.ACCOUNTS_SNAPSHOT.BALANCE
-- effects: drop STG.TMP_ACCOUNTS
DECLARE
  e_table_missing EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_table_missing, -942);
BEGIN
  BEGIN
    EXECUTE IMMEDIATE 'DROP TABLE stg.tmp_accounts PURGE';
  EXCEPTION
    WHEN e_table_missing THEN
      NULL;
  END;

  EXECUTE IMMEDIATE 'CREATE TABLE stg.tmp_accounts NOLOGGING AS '
                 || 'SELECT a.account_id, a.balance FROM src.accounts a';

  INSERT INTO dwh.accounts_snapshot (snapshot_day, account_id, balance)
  SELECT TRUNC(SYSDATE), t.account_id, t.balance
    FROM stg.tmp_accounts t;
  COMMIT;
END;
/

-- case: proc_collection_read_back_through_table_operator
-- sources: SALES.ORDERS
-- targets: SALES.ORDER_FLAGS
-- columns: SALES.ORDERS.ORDER_ID -> SALES.ORDER_FLAGS.ORDER_ID
-- indirect: SALES.ORDERS.STATUS
DECLARE
  l_ids sys.odcinumberlist;
BEGIN
  SELECT o.order_id
    BULK COLLECT INTO l_ids
    FROM sales.orders o
   WHERE o.status = 'ON_HOLD';

  INSERT INTO sales.order_flags (order_id, flag_code, flagged_at)
  SELECT t.COLUMN_VALUE, 'HOLD', SYSDATE
    FROM TABLE(l_ids) t;
  COMMIT;
END;
/

-- case: proc_update_set_row_from_rowtype_record
-- schema: CRM.CUSTOMERS(CUSTOMER_ID, CUSTOMER_NAME, SEGMENT, CREDIT_LIMIT)
-- sources: CRM.CUSTOMERS_STAGE
-- targets: CRM.CUSTOMERS
-- columns: CRM.CUSTOMERS_STAGE.CUSTOMER_ID -> CRM.CUSTOMERS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS_STAGE.CUSTOMER_NAME -> CRM.CUSTOMERS.CUSTOMER_NAME
-- columns: CRM.CUSTOMERS_STAGE.SEGMENT -> CRM.CUSTOMERS.SEGMENT
-- columns: CRM.CUSTOMERS_STAGE.CREDIT_LIMIT -> CRM.CUSTOMERS.CREDIT_LIMIT
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE crm.apply_customer_snapshot (p_id IN NUMBER) IS
  l_row crm.customers%ROWTYPE;
BEGIN
  SELECT s.customer_id, s.customer_name, s.segment, s.credit_limit
    INTO l_row
    FROM crm.customers_stage s
   WHERE s.customer_id = p_id;

  UPDATE crm.customers
     SET ROW = l_row
   WHERE customer_id = p_id;
END apply_customer_snapshot;
/

-- case: proc_forall_values_of_subset_update
-- sources: HR.TIMESHEETS
-- targets: HR.PAYROLL_HOURS
-- columns: HR.TIMESHEETS.HOURS -> HR.PAYROLL_HOURS.APPROVED_HOURS
CREATE OR REPLACE PROCEDURE hr.post_overtime (p_week IN DATE) IS
  TYPE t_num IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE t_idx IS TABLE OF PLS_INTEGER INDEX BY PLS_INTEGER;
  l_emp   t_num;
  l_hours t_num;
  l_pick  t_idx;
BEGIN
  SELECT t.employee_id, t.hours
    BULK COLLECT INTO l_emp, l_hours
    FROM hr.timesheets t
   WHERE t.week_start = p_week;

  FOR i IN 1 .. l_emp.COUNT LOOP
    IF l_hours(i) > 40 THEN
      l_pick(l_pick.COUNT + 1) := i;
    END IF;
  END LOOP;

  FORALL i IN VALUES OF l_pick
    UPDATE hr.payroll_hours
       SET approved_hours = l_hours(i)
     WHERE employee_id = l_emp(i);
END post_overtime;
/

-- case: proc_dbms_sql_dynamic_gets_no_lineage_static_insert_does
-- sources: STG.TABLE_LIST
-- targets: ETL.TABLE_COUNTS
-- columns: STG.TABLE_LIST.TABLE_NAME -> ETL.TABLE_COUNTS.TABLE_NAME
-- indirect: STG.TABLE_LIST.ENABLED
CREATE OR REPLACE PROCEDURE etl.count_tables IS
  v_cur  INTEGER;
  v_rows INTEGER;
BEGIN
  FOR t IN (SELECT l.owner, l.table_name FROM stg.table_list l WHERE l.enabled = 'Y') LOOP
    v_cur := DBMS_SQL.OPEN_CURSOR;
    DBMS_SQL.PARSE(v_cur, 'DELETE FROM ' || t.owner || '.' || t.table_name || ' WHERE 1 = 0', DBMS_SQL.NATIVE);
    v_rows := DBMS_SQL.EXECUTE(v_cur);
    DBMS_SQL.CLOSE_CURSOR(v_cur);
    INSERT INTO etl.table_counts (table_name, checked_at) VALUES (t.table_name, SYSDATE);
  END LOOP;
  COMMIT;
END count_tables;
/

-- case: proc_select_into_fetch_first_then_update_with_case
-- sources: CRM.CONTRACTS
-- targets: CRM.ACCOUNTS
-- columns: CRM.CONTRACTS.CONTRACT_ID -> CRM.ACCOUNTS.LATEST_CONTRACT_ID
-- columns: CRM.CONTRACTS.END_DATE -> CRM.ACCOUNTS.RENEWAL_STATUS
-- indirect: CRM.CONTRACTS.ACCOUNT_ID, CRM.ACCOUNTS.ACCOUNT_ID
CREATE OR REPLACE PROCEDURE crm.refresh_latest_contract (p_account_id IN NUMBER) IS
  v_contract_id NUMBER;
  v_end_date    DATE;
BEGIN
  SELECT c.contract_id, c.end_date
    INTO v_contract_id, v_end_date
    FROM crm.contracts c
   WHERE c.account_id = p_account_id
   ORDER BY c.start_date DESC
   FETCH FIRST 1 ROW ONLY;

  UPDATE crm.accounts a
     SET a.latest_contract_id = v_contract_id,
         a.renewal_status = CASE
                              WHEN v_end_date < SYSDATE THEN 'EXPIRED'
                              WHEN v_end_date < ADD_MONTHS(SYSDATE, 3) THEN 'DUE'
                              ELSE 'OK'
                            END
   WHERE a.account_id = p_account_id;
END refresh_latest_contract;
/

-- case: proc_insert_all_inside_plsql_from_cursor_loop_variables
-- sources: STG.SENSOR_BATCH
-- targets: DWH.SENSOR_OK, DWH.SENSOR_ALARMS
-- columns: STG.SENSOR_BATCH.SENSOR_ID -> DWH.SENSOR_OK.SENSOR_ID, STG.SENSOR_BATCH.READING -> DWH.SENSOR_OK.READING
-- columns: STG.SENSOR_BATCH.SENSOR_ID -> DWH.SENSOR_ALARMS.SENSOR_ID, STG.SENSOR_BATCH.READING -> DWH.SENSOR_ALARMS.READING
-- columns: STG.SENSOR_BATCH.THRESHOLD -> DWH.SENSOR_ALARMS.EXCESS, STG.SENSOR_BATCH.READING -> DWH.SENSOR_ALARMS.EXCESS
CREATE OR REPLACE PROCEDURE dwh.route_sensor_batch IS
BEGIN
  FOR r IN (SELECT b.sensor_id, b.reading, b.threshold FROM stg.sensor_batch b) LOOP
    INSERT ALL
      WHEN r.reading <= r.threshold THEN
        INTO dwh.sensor_ok (sensor_id, reading) VALUES (r.sensor_id, r.reading)
      WHEN r.reading > r.threshold THEN
        INTO dwh.sensor_alarms (sensor_id, reading, excess) VALUES (r.sensor_id, r.reading, r.reading - r.threshold)
    SELECT 1 FROM dual;
  END LOOP;
  COMMIT;
END route_sensor_batch;
/

-- case: proc_labelled_nested_blocks_with_goto_free_exit_and_continue
-- sources: APP.SESSIONS
-- targets: APP.SESSION_ARCHIVE
-- columns: APP.SESSIONS.SESSION_ID -> APP.SESSION_ARCHIVE.SESSION_ID
-- columns: APP.SESSIONS.USER_ID -> APP.SESSION_ARCHIVE.USER_ID
-- columns: APP.SESSIONS.STARTED_AT -> APP.SESSION_ARCHIVE.DURATION_MIN, APP.SESSIONS.ENDED_AT -> APP.SESSION_ARCHIVE.DURATION_MIN
-- effects: delete APP.SESSIONS
-- indirect:
<<main_blk>>
DECLARE
  v_archived PLS_INTEGER := 0;
BEGIN
  <<sess_loop>>
  FOR s IN (SELECT x.session_id, x.user_id, x.started_at, x.ended_at
              FROM app.sessions x
             WHERE x.ended_at < SYSDATE - 90)
  LOOP
    CONTINUE sess_loop WHEN s.user_id IS NULL;
    <<inner_blk>>
    DECLARE
      v_minutes NUMBER;
    BEGIN
      v_minutes := ROUND((s.ended_at - s.started_at) * 1440);
      INSERT INTO app.session_archive (session_id, user_id, duration_min)
      VALUES (s.session_id, s.user_id, inner_blk.v_minutes);
      DELETE FROM app.sessions WHERE session_id = s.session_id;
      main_blk.v_archived := main_blk.v_archived + 1;
    END inner_blk;
    EXIT sess_loop WHEN main_blk.v_archived >= 100000;
  END LOOP sess_loop;
  COMMIT;
END main_blk;
/

-- case: proc_cursor_over_plus_join_inline_view_record_fields_in_functions
-- sources: LOG.SHIPMENTS, LOG.CARRIERS, LOG.TRACKING_EVENTS
-- targets: RPT.SHIPMENT_STATUS
-- columns: LOG.SHIPMENTS.SHIPMENT_NO -> RPT.SHIPMENT_STATUS.SHIPMENT_NO
-- columns: LOG.CARRIERS.CARRIER_NAME -> RPT.SHIPMENT_STATUS.CARRIER
-- columns: LOG.TRACKING_EVENTS.EVENT_CODE -> RPT.SHIPMENT_STATUS.LAST_EVENT, LOG.TRACKING_EVENTS.EVENT_TS -> RPT.SHIPMENT_STATUS.LAST_EVENT
-- columns: LOG.TRACKING_EVENTS.EVENT_TS -> RPT.SHIPMENT_STATUS.LAST_EVENT_AT
-- indirect: LOG.SHIPMENTS.CARRIER_ID, LOG.CARRIERS.CARRIER_ID, LOG.TRACKING_EVENTS.SHIPMENT_NO, LOG.SHIPMENTS.SHIP_DAY
CREATE OR REPLACE PROCEDURE rpt.build_shipment_status IS
  CURSOR c_ship IS
    SELECT s.shipment_no, c.carrier_name, ev.last_code, ev.last_ts
      FROM log.shipments s,
           log.carriers c,
           (SELECT t.shipment_no,
                   MAX(t.event_code) KEEP (DENSE_RANK LAST ORDER BY t.event_ts) AS last_code,
                   MAX(t.event_ts) AS last_ts
              FROM log.tracking_events t
             GROUP BY t.shipment_no) ev
     WHERE s.carrier_id = c.carrier_id (+)
       AND ev.shipment_no (+) = s.shipment_no
       AND s.ship_day >= TRUNC(SYSDATE) - 14;
BEGIN
  EXECUTE IMMEDIATE 'TRUNCATE TABLE rpt.shipment_status';
  FOR r IN c_ship LOOP
    INSERT INTO rpt.shipment_status (shipment_no, carrier, last_event, last_event_at)
    VALUES (r.shipment_no, NVL(r.carrier_name, 'UNKNOWN'), NVL(r.last_code, 'NONE'), r.last_ts);
  END LOOP;
  COMMIT;
END build_shipment_status;
/

-- case: proc_bulk_collect_three_level_inline_view_then_forall_update
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: DWH.DIM_PRODUCT
-- columns: DWH.FACT_SALES.NET_AMOUNT -> DWH.DIM_PRODUCT.SALES_RANK, DWH.DIM_PRODUCT.CATEGORY -> DWH.DIM_PRODUCT.SALES_RANK
-- indirect: DWH.FACT_SALES.PRODUCT_KEY, DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.SALE_DAY
CREATE OR REPLACE PROCEDURE dwh.rank_products IS
  TYPE t_num IS TABLE OF NUMBER;
  l_keys  t_num;
  l_ranks t_num;
BEGIN
  SELECT r.product_key, r.rnk
    BULK COLLECT INTO l_keys, l_ranks
    FROM (SELECT a.product_key,
                 DENSE_RANK() OVER (PARTITION BY a.category ORDER BY a.revenue DESC) AS rnk
            FROM (SELECT p.product_key, p.category, SUM(f.net_amount) AS revenue
                    FROM dwh.fact_sales f
                    JOIN dwh.dim_product p ON p.product_key = f.product_key
                   WHERE f.sale_day >= ADD_MONTHS(TRUNC(SYSDATE), -12)
                   GROUP BY p.product_key, p.category) a) r;

  FORALL i IN 1 .. l_keys.COUNT
    UPDATE dwh.dim_product d
       SET d.sales_rank = l_ranks(i)
     WHERE d.product_key = l_keys(i);
  COMMIT;
END rank_products;
/

-- case: proc_function_returning_aggregate_used_in_assignment_then_insert
-- sources: FIN.GL_BALANCES
-- targets: FIN.CLOSE_CHECKS
-- columns: FIN.GL_BALANCES.DEBIT -> FIN.CLOSE_CHECKS.DIFFERENCE, FIN.GL_BALANCES.CREDIT -> FIN.CLOSE_CHECKS.DIFFERENCE
-- columns: FIN.GL_BALANCES.DEBIT -> FIN.CLOSE_CHECKS.PASSED, FIN.GL_BALANCES.CREDIT -> FIN.CLOSE_CHECKS.PASSED
-- indirect: FIN.GL_BALANCES.PERIOD_CODE
CREATE OR REPLACE PROCEDURE fin.check_trial_balance (p_period IN VARCHAR2) IS
  v_diff NUMBER;
  v_ok   VARCHAR2(1);
BEGIN
  SELECT SUM(b.debit) - SUM(b.credit)
    INTO v_diff
    FROM fin.gl_balances b
   WHERE b.period_code = p_period;

  v_ok := CASE WHEN ABS(NVL(v_diff, 0)) < 0.005 THEN 'Y' ELSE 'N' END;

  INSERT INTO fin.close_checks (period_code, check_name, difference, passed, checked_at)
  VALUES (p_period, 'TRIAL_BALANCE', v_diff, v_ok, SYSTIMESTAMP);
  COMMIT;
END check_trial_balance;
/

-- case: proc_select_bulk_collect_into_user_record_collection_is_positional
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEE_DIRECTORY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEE_DIRECTORY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.EMPLOYEE_DIRECTORY.DISPLAY_NAME, HR.EMPLOYEES.FIRST_NAME -> HR.EMPLOYEE_DIRECTORY.DISPLAY_NAME
-- columns: HR.EMPLOYEES.PHONE_NUMBER -> HR.EMPLOYEE_DIRECTORY.PHONE
-- indirect: HR.EMPLOYEES.STATUS
CREATE OR REPLACE PROCEDURE hr.rebuild_directory IS
  TYPE t_entry IS RECORD (
    emp_no   NUMBER,
    label    VARCHAR2(200),
    tel      VARCHAR2(30)
  );
  TYPE t_entries IS TABLE OF t_entry INDEX BY PLS_INTEGER;
  l_entries t_entries;
BEGIN
  SELECT e.employee_id, e.last_name || ', ' || e.first_name, e.phone_number
    BULK COLLECT INTO l_entries
    FROM hr.employees e
   WHERE e.status = 'ACTIVE';

  FORALL i IN 1 .. l_entries.COUNT
    INSERT INTO hr.employee_directory (employee_id, display_name, phone)
    VALUES (l_entries(i).emp_no, l_entries(i).label, l_entries(i).tel);
  COMMIT;
END rebuild_directory;
/

-- case: proc_nested_record_fields_keep_their_own_lineage
-- sources: CRM.CUSTOMERS
-- targets: CRM.ADDRESS_COPY
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.ADDRESS_COPY.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CITY -> CRM.ADDRESS_COPY.CITY
-- columns: CRM.CUSTOMERS.ZIP -> CRM.ADDRESS_COPY.ZIP
-- indirect:
CREATE OR REPLACE PROCEDURE crm.copy_address (p_customer_id IN NUMBER) IS
  TYPE t_addr IS RECORD (city VARCHAR2(50), zip VARCHAR2(10));
  TYPE t_cust IS RECORD (id NUMBER, addr t_addr);
  l_c t_cust;
BEGIN
  SELECT c.customer_id, c.city, c.zip
    INTO l_c.id, l_c.addr.city, l_c.addr.zip
    FROM crm.customers c
   WHERE c.customer_id = p_customer_id;

  INSERT INTO crm.address_copy (customer_id, city, zip)
  VALUES (l_c.id, l_c.addr.city, l_c.addr.zip);
END copy_address;
/

-- case: proc_dynamic_gtt_create_fill_use_drop_is_intermediate
-- sources: SALES.ORDERS
-- targets: MART.BIG_CUSTOMERS
-- intermediate: GTT_BIG_CUSTOMERS
-- columns: SALES.ORDERS.CUSTOMER_ID -> MART.BIG_CUSTOMERS.CUSTOMER_ID
-- columns: SALES.ORDERS.AMOUNT -> MART.BIG_CUSTOMERS.REVENUE
CREATE OR REPLACE PROCEDURE mart.find_big_customers IS
BEGIN
  EXECUTE IMMEDIATE 'CREATE GLOBAL TEMPORARY TABLE gtt_big_customers (customer_id NUMBER, revenue NUMBER) ON COMMIT PRESERVE ROWS';
  EXECUTE IMMEDIATE 'INSERT INTO gtt_big_customers (customer_id, revenue) '
                 || 'SELECT o.customer_id, SUM(o.amount) FROM sales.orders o GROUP BY o.customer_id '
                 || 'HAVING SUM(o.amount) > 100000';
  EXECUTE IMMEDIATE 'INSERT INTO mart.big_customers (customer_id, revenue) '
                 || 'SELECT g.customer_id, g.revenue FROM gtt_big_customers g';
  COMMIT;
  EXECUTE IMMEDIATE 'TRUNCATE TABLE gtt_big_customers';
  EXECUTE IMMEDIATE 'DROP TABLE gtt_big_customers';
END find_big_customers;
/

-- case: proc_for_update_cursor_where_current_of_with_lookup
-- sources: BILLING.USAGE_RECORDS, BILLING.TARIFFS
-- targets: BILLING.USAGE_RECORDS
-- columns: BILLING.TARIFFS.UNIT_PRICE -> BILLING.USAGE_RECORDS.CHARGE, BILLING.USAGE_RECORDS.UNITS -> BILLING.USAGE_RECORDS.CHARGE
CREATE OR REPLACE PROCEDURE billing.rate_usage IS
  CURSOR c_usage IS
    SELECT u.tariff_code, u.units
      FROM billing.usage_records u
     WHERE u.rated = 'N'
       FOR UPDATE OF u.charge NOWAIT;
  v_price billing.tariffs.unit_price%TYPE;
BEGIN
  FOR r IN c_usage LOOP
    SELECT t.unit_price INTO v_price
      FROM billing.tariffs t
     WHERE t.tariff_code = r.tariff_code;

    UPDATE billing.usage_records
       SET charge = r.units * v_price,
           rated  = 'Y'
     WHERE CURRENT OF c_usage;
  END LOOP;
  COMMIT;
END rate_usage;
/

-- case: proc_open_for_static_select_using_bind_fetch_into_scalars
-- sources: WMS.PICK_LISTS, WMS.PICK_LINES
-- targets: WMS.PICK_SUMMARY
-- columns: WMS.PICK_LISTS.PICK_LIST_ID -> WMS.PICK_SUMMARY.PICK_LIST_ID
-- columns: WMS.PICK_LINES.QTY -> WMS.PICK_SUMMARY.TOTAL_QTY
-- indirect: WMS.PICK_LINES.PICK_LIST_ID, WMS.PICK_LISTS.WAVE_ID
CREATE OR REPLACE PROCEDURE wms.summarise_wave (p_wave IN NUMBER) IS
  rc      SYS_REFCURSOR;
  v_list  NUMBER;
  v_total NUMBER;
BEGIN
  OPEN rc FOR
    SELECT pl.pick_list_id, SUM(ln.qty)
      FROM wms.pick_lists pl
      JOIN wms.pick_lines ln ON ln.pick_list_id = pl.pick_list_id
     WHERE pl.wave_id = p_wave
     GROUP BY pl.pick_list_id;
  LOOP
    FETCH rc INTO v_list, v_total;
    EXIT WHEN rc%NOTFOUND;
    INSERT INTO wms.pick_summary (pick_list_id, total_qty, summarised_at)
    VALUES (v_list, v_total, SYSTIMESTAMP);
  END LOOP;
  CLOSE rc;
END summarise_wave;
/

-- case: proc_if_elsif_branches_select_into_same_variable_then_merge
-- sources: PRICING.CONTRACT_PRICES, PRICING.LIST_PRICES
-- targets: PRICING.QUOTE_LINES
-- columns: PRICING.CONTRACT_PRICES.PRICE -> PRICING.QUOTE_LINES.UNIT_PRICE, PRICING.LIST_PRICES.PRICE -> PRICING.QUOTE_LINES.UNIT_PRICE
-- indirect: PRICING.CONTRACT_PRICES.CUSTOMER_ID, PRICING.CONTRACT_PRICES.SKU, PRICING.LIST_PRICES.SKU
-- indirect: PRICING.QUOTE_LINES.QUOTE_ID, PRICING.QUOTE_LINES.SKU
CREATE OR REPLACE PROCEDURE pricing.price_quote_line (
  p_quote_id    IN NUMBER,
  p_customer_id IN NUMBER,
  p_sku         IN VARCHAR2,
  p_channel     IN VARCHAR2
) IS
  v_price NUMBER;
BEGIN
  IF p_channel = 'CONTRACT' THEN
    SELECT cp.price INTO v_price
      FROM pricing.contract_prices cp
     WHERE cp.customer_id = p_customer_id AND cp.sku = p_sku;
  ELSIF p_channel = 'LIST' THEN
    SELECT lp.price INTO v_price
      FROM pricing.list_prices lp
     WHERE lp.sku = p_sku;
  ELSE
    v_price := NULL;
  END IF;

  MERGE INTO pricing.quote_lines q
  USING dual
     ON (q.quote_id = p_quote_id AND q.sku = p_sku)
   WHEN MATCHED THEN UPDATE SET q.unit_price = v_price
   WHEN NOT MATCHED THEN INSERT (quote_id, sku, unit_price) VALUES (p_quote_id, p_sku, v_price);
END price_quote_line;
/

-- case: proc_collection_constructor_literals_and_reverse_loop
-- sources: HR.EMPLOYEES
-- targets: HR.GRADE_COUNTS
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.GRADE_COUNTS.HEADCOUNT
-- indirect: HR.EMPLOYEES.GRADE
DECLARE
  TYPE t_grades IS TABLE OF VARCHAR2(2);
  l_grades t_grades := t_grades('A', 'B', 'C', 'D');
  v_cnt    NUMBER;
BEGIN
  FOR i IN REVERSE 1 .. l_grades.COUNT LOOP
    SELECT COUNT(e.employee_id) INTO v_cnt
      FROM hr.employees e
     WHERE e.grade = l_grades(i);
    INSERT INTO hr.grade_counts (grade, headcount, counted_at)
    VALUES (l_grades(i), v_cnt, SYSDATE);
  END LOOP;
  COMMIT;
END;
/

-- case: proc_cursor_rowtype_record_insert_values_positional_by_schema
-- schema: DWH.PEOPLE(PERSON_NAME, PERSON_ID)
-- sources: STG.PEOPLE
-- targets: DWH.PEOPLE
-- columns: STG.PEOPLE.NAME -> DWH.PEOPLE.PERSON_NAME
-- columns: STG.PEOPLE.ID -> DWH.PEOPLE.PERSON_ID
DECLARE
  CURSOR c IS
    SELECT s.name AS nm, s.id AS ident
      FROM stg.people s;
  r c%ROWTYPE;
BEGIN
  OPEN c;
  LOOP
    FETCH c INTO r;
    EXIT WHEN c%NOTFOUND;
    INSERT INTO dwh.people VALUES r;
  END LOOP;
  CLOSE c;
END;
/

-- case: proc_parameter_named_like_a_column_without_schema_is_a_parameter
-- sources: STG.ORDERS
-- targets: DWH.STATUS_LOG
-- columns: STG.ORDERS.ORDER_ID -> DWH.STATUS_LOG.ORDER_ID
CREATE OR REPLACE PROCEDURE dwh.log_status (status IN VARCHAR2) IS
BEGIN
  INSERT INTO dwh.status_log (order_id, status)
  SELECT o.order_id, status
    FROM stg.orders o;
END log_status;
/

-- case: proc_execute_immediate_of_plsql_block_literal_with_insert
-- sources: STG.S
-- targets: DWH.T
-- columns: STG.S.ID -> DWH.T.ID
BEGIN
  EXECUTE IMMEDIATE 'BEGIN INSERT INTO dwh.t (id) SELECT s.id FROM stg.s s; COMMIT; END;';
END;
/

-- case: proc_remote_cursor_update_else_insert_upsert
-- sources: ERP.PARTS@ERP_LINK
-- targets: INV.PARTS
-- columns: ERP.PARTS@ERP_LINK.DESCR -> INV.PARTS.DESCRIPTION
-- columns: ERP.PARTS@ERP_LINK.UNIT_COST -> INV.PARTS.UNIT_COST
-- columns: ERP.PARTS@ERP_LINK.PART_NO -> INV.PARTS.PART_NO
-- indirect: ERP.PARTS@ERP_LINK.CHANGED_ON, INV.PARTS.PART_NO
DECLARE
  CURSOR c_remote IS
    SELECT r.part_no, r.descr, r.unit_cost
      FROM erp.parts@erp_link r
     WHERE r.changed_on > SYSDATE - 1;
BEGIN
  FOR p IN c_remote LOOP
    UPDATE inv.parts l
       SET l.description = p.descr,
           l.unit_cost   = p.unit_cost
     WHERE l.part_no = p.part_no;
    IF SQL%ROWCOUNT = 0 THEN
      INSERT INTO inv.parts (part_no, description, unit_cost)
      VALUES (p.part_no, p.descr, p.unit_cost);
    END IF;
  END LOOP;
  COMMIT;
END;
/
