-- case: anonymous_declare_incremental_load
-- sources: DW.FACT_CLICKS, STG.CLICKSTREAM
-- targets: DW.FACT_CLICKS
-- columns: STG.CLICKSTREAM.CLICK_ID -> DW.FACT_CLICKS.CLICK_ID
-- columns: STG.CLICKSTREAM.SESSION_ID -> DW.FACT_CLICKS.SESSION_ID
-- columns: STG.CLICKSTREAM.URL -> DW.FACT_CLICKS.PAGE_URL
-- columns: STG.CLICKSTREAM.EVENT_TS -> DW.FACT_CLICKS.CLICKED_AT
DECLARE
  v_max_loaded DATE;
  v_rows       NUMBER := 0;
BEGIN
  SELECT MAX(f.clicked_at) INTO v_max_loaded FROM dw.fact_clicks f;

  INSERT INTO dw.fact_clicks (click_id, session_id, page_url, clicked_at, loaded_at)
  SELECT c.click_id, c.session_id, c.url, c.event_ts, SYSDATE
    FROM stg.clickstream c
   WHERE c.event_ts > NVL(v_max_loaded, DATE '1970-01-01');
  v_rows := SQL%ROWCOUNT;

  DBMS_OUTPUT.PUT_LINE('inserted ' || v_rows || ' clicks after '
                       || TO_CHAR(v_max_loaded, 'YYYY-MM-DD HH24:MI:SS'));
  COMMIT;
END;
/

-- case: anonymous_begin_end_without_declare
-- sources: STG.WEB_SESSIONS
-- targets: STG.WEB_SESSIONS_SUMMARY
-- columns: STG.WEB_SESSIONS.SESSION_START -> STG.WEB_SESSIONS_SUMMARY.SUMMARY_DAY
-- columns: STG.WEB_SESSIONS.DURATION_SEC -> STG.WEB_SESSIONS_SUMMARY.AVG_DURATION
-- effects: delete STG.WEB_SESSIONS
BEGIN
  DELETE FROM stg.web_sessions WHERE session_start < SYSDATE - 90;

  INSERT INTO stg.web_sessions_summary (summary_day, session_count, avg_duration)
  SELECT TRUNC(s.session_start), COUNT(*), AVG(s.duration_sec)
    FROM stg.web_sessions s
   GROUP BY TRUNC(s.session_start);

  COMMIT;
END;
/

-- case: anonymous_nested_declare_blocks
-- sources: ETL.WATERMARKS, STG.PAYMENTS
-- targets: ETL.RUNS, DW.PAYMENTS, ETL.WATERMARKS
-- columns: STG.PAYMENTS.PAYMENT_ID -> DW.PAYMENTS.PAYMENT_ID
-- columns: STG.PAYMENTS.AMOUNT -> DW.PAYMENTS.PAID_AMOUNT
-- columns: STG.PAYMENTS.PAID_AT -> DW.PAYMENTS.PAID_AT
-- columns: STG.PAYMENTS.PAID_AT -> ETL.WATERMARKS.WATERMARK_TS
DECLARE
  v_run_id NUMBER := etl.seq_run.NEXTVAL;
BEGIN
  INSERT INTO etl.runs (run_id, run_name, started_at) VALUES (v_run_id, 'PAYMENTS', SYSDATE);

  DECLARE
    v_cutoff DATE;
  BEGIN
    SELECT MAX(w.watermark_ts)
      INTO v_cutoff
      FROM etl.watermarks w
     WHERE w.table_name = 'PAYMENTS';

    INSERT INTO dw.payments (payment_id, paid_amount, paid_at, run_id)
    SELECT p.payment_id, p.amount, p.paid_at, v_run_id
      FROM stg.payments p
     WHERE p.paid_at > v_cutoff;

    UPDATE etl.watermarks w
       SET w.watermark_ts = (SELECT MAX(p2.paid_at) FROM stg.payments p2)
     WHERE w.table_name = 'PAYMENTS';
  END;

  UPDATE etl.runs SET finished_at = SYSDATE WHERE run_id = v_run_id;
  COMMIT;
END;
/

-- case: anonymous_block_between_plain_sql_statements
-- sources: EXT.ECB_RATES
-- targets: STG.FX_RATES
-- columns: EXT.ECB_RATES.CCY -> STG.FX_RATES.CURRENCY_CODE
-- columns: EXT.ECB_RATES.RATE_DATE -> STG.FX_RATES.RATE_DATE
-- columns: EXT.ECB_RATES.MID_RATE -> STG.FX_RATES.RATE
-- effects: truncate STG.FX_RATES
TRUNCATE TABLE stg.fx_rates;

INSERT INTO stg.fx_rates (currency_code, rate_date, rate)
SELECT r.ccy, r.rate_date, r.mid_rate
  FROM ext.ecb_rates r
 WHERE r.rate_date >= TRUNC(SYSDATE) - 7;

BEGIN
  UPDATE stg.fx_rates
     SET rate = 1
   WHERE currency_code = 'EUR';
  DBMS_OUTPUT.PUT_LINE(SQL%ROWCOUNT || ' EUR rows fixed');
END;
/

COMMIT;

-- case: anonymous_cursor_block_without_slash
-- sources: CRM.SUBSCRIPTIONS
-- targets: CRM.CHURN_EVENTS
-- columns: CRM.SUBSCRIPTIONS.SUBSCRIPTION_ID -> CRM.CHURN_EVENTS.SUBSCRIPTION_ID
-- columns: CRM.SUBSCRIPTIONS.CUSTOMER_ID -> CRM.CHURN_EVENTS.CUSTOMER_ID
-- columns: CRM.SUBSCRIPTIONS.PLAN_CODE -> CRM.CHURN_EVENTS.PLAN_CODE
-- indirect: CRM.SUBSCRIPTIONS.EXPIRES_ON
DECLARE
  CURSOR c_stale IS
    SELECT s.subscription_id, s.customer_id, s.plan_code
      FROM crm.subscriptions s
     WHERE s.expires_on < TRUNC(SYSDATE);
BEGIN
  FOR r IN c_stale LOOP
    INSERT INTO crm.churn_events (subscription_id, customer_id, plan_code, churned_on)
    VALUES (r.subscription_id, r.customer_id, r.plan_code, TRUNC(SYSDATE));
  END LOOP;
  COMMIT;
END;

-- case: anonymous_labelled_blocks_and_qualified_variable
-- sources: FIN.INVOICES
-- targets: FIN.MONTH_CLOSE_KPI
-- columns: FIN.INVOICES.AMOUNT -> FIN.MONTH_CLOSE_KPI.KPI_VALUE
-- indirect: FIN.INVOICES.STATUS
<<month_close>>
DECLARE
  v_open_total NUMBER;
BEGIN
  SELECT SUM(i.amount)
    INTO v_open_total
    FROM fin.invoices i
   WHERE i.status = 'OPEN';

  <<write_kpi>>
  BEGIN
    INSERT INTO fin.month_close_kpi (kpi_name, kpi_value, computed_at)
    VALUES ('OPEN_AR', month_close.v_open_total, SYSDATE);
  END write_kpi;

  COMMIT;
END month_close;
/

-- case: anonymous_block_only_calls_procedures
BEGIN
  etl.pkg_sales_load.run(p_day => TRUNC(SYSDATE) - 1);
  DBMS_STATS.GATHER_TABLE_STATS(ownname => 'DW', tabname => 'FACT_SALES', cascade => TRUE);
  DBMS_OUTPUT.PUT_LINE('nightly load finished');
END;
/

-- case: anonymous_loop_generates_rows_without_sources
-- targets: DW.DIM_DATE
DECLARE
  v_first DATE := DATE '2025-01-01';
  v_day   DATE;
BEGIN
  FOR i IN 0 .. 364 LOOP
    v_day := v_first + i;
    INSERT INTO dw.dim_date (date_key, calendar_date, day_name, month_no, year_no)
    VALUES (TO_NUMBER(TO_CHAR(v_day, 'YYYYMMDD')),
            v_day,
            TO_CHAR(v_day, 'DY'),
            EXTRACT(MONTH FROM v_day),
            EXTRACT(YEAR FROM v_day));
  END LOOP;
  COMMIT;
END;
/

-- case: anonymous_sqlplus_script_with_line_commands
-- sources: HR.JOBS
-- targets: HR.JOB_GRADES
-- columns: HR.JOBS.JOB_ID -> HR.JOB_GRADES.JOB_ID
-- columns: HR.JOBS.MIN_SALARY -> HR.JOB_GRADES.GRADE, HR.JOBS.MAX_SALARY -> HR.JOB_GRADES.GRADE
WHENEVER SQLERROR EXIT FAILURE ROLLBACK
SET SERVEROUTPUT ON SIZE UNLIMITED
PROMPT grading jobs
DECLARE
  v_count PLS_INTEGER := 0;
BEGIN
  FOR j IN (SELECT jb.job_id, jb.min_salary, jb.max_salary FROM hr.jobs jb) LOOP
    INSERT INTO hr.job_grades (job_id, grade)
    VALUES (j.job_id,
            CASE
              WHEN (j.min_salary + j.max_salary) / 2 >= 15000 THEN 'A'
              WHEN (j.min_salary + j.max_salary) / 2 >= 8000 THEN 'B'
              ELSE 'C'
            END);
    v_count := v_count + 1;
  END LOOP;
  DBMS_OUTPUT.PUT_LINE(v_count || ' jobs graded');
  COMMIT;
END;
/
EXIT
