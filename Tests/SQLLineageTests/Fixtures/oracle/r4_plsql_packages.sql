-- case: pkg_sales_load_spec_and_body_bulk_limit_forall_with_scalar_key_lookups
-- sources: STG.ORDER_LINES, STG.ORDER_HEADERS, DWH.DIM_PRODUCT, DWH.DIM_CUSTOMER, DWH.DIM_STORE, ETL.WATERMARKS
-- sources: DWH.FACT_ORDER_LINES
-- targets: ETL.JOB_MESSAGES, ETL.JOB_RUNS, DWH.FACT_ORDER_LINES, DWH.AGG_SALES_DAILY, ETL.WATERMARKS
-- effects: delete ETL.JOB_MESSAGES
-- columns: STG.ORDER_LINES.ORDER_NO -> DWH.FACT_ORDER_LINES.ORDER_NO
-- columns: STG.ORDER_LINES.LINE_NO -> DWH.FACT_ORDER_LINES.LINE_NO
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_ORDER_LINES.PRODUCT_KEY
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_ORDER_LINES.CUSTOMER_KEY
-- columns: STG.ORDER_HEADERS.ORDER_DATE -> DWH.FACT_ORDER_LINES.DATE_KEY
-- columns: DWH.DIM_STORE.STORE_KEY -> DWH.FACT_ORDER_LINES.STORE_KEY
-- columns: STG.ORDER_LINES.QTY -> DWH.FACT_ORDER_LINES.QTY
-- columns: STG.ORDER_LINES.QTY -> DWH.FACT_ORDER_LINES.NET_AMOUNT, STG.ORDER_LINES.UNIT_PRICE -> DWH.FACT_ORDER_LINES.NET_AMOUNT
-- columns: DWH.FACT_ORDER_LINES.DATE_KEY -> DWH.AGG_SALES_DAILY.DATE_KEY
-- columns: DWH.FACT_ORDER_LINES.STORE_KEY -> DWH.AGG_SALES_DAILY.STORE_KEY
-- columns: DWH.FACT_ORDER_LINES.NET_AMOUNT -> DWH.AGG_SALES_DAILY.NET_AMOUNT
-- columns: DWH.FACT_ORDER_LINES.QTY -> DWH.AGG_SALES_DAILY.QTY
-- columns: DWH.FACT_ORDER_LINES.ORDER_NO -> DWH.AGG_SALES_DAILY.ORDERS
-- columns: STG.ORDER_HEADERS.ORDER_DATE -> ETL.WATERMARKS.HIGH_WATERMARK
-- indirect: STG.ORDER_HEADERS.ORDER_NO, DWH.DIM_PRODUCT.SKU, DWH.DIM_CUSTOMER.CUSTOMER_NO, DWH.DIM_CUSTOMER.IS_CURRENT
-- indirect: DWH.DIM_STORE.STORE_CODE, STG.ORDER_LINES.SKU, STG.ORDER_HEADERS.CUSTOMER_NO, STG.ORDER_HEADERS.STORE_CODE
-- indirect: ETL.WATERMARKS.JOB_NAME, DWH.AGG_SALES_DAILY.DATE_KEY, DWH.AGG_SALES_DAILY.STORE_KEY
-- indirect: ETL.JOB_RUNS.RUN_ID, ETL.JOB_MESSAGES.JOB_NAME, ETL.JOB_MESSAGES.CREATED_AT
-- diagnostics: none
CREATE OR REPLACE PACKAGE dwh.pkg_sales_load AUTHID DEFINER AS
  /*
   * Nightly order line load.
   *   run               - full pipeline, called by the scheduler
   *   load_lines        - bulk load of new lines into FACT_ORDER_LINES
   *   refresh_daily_agg - recompute AGG_SALES_DAILY for the loaded days
   *   set_watermark     - remember how far we got
   */
  PROCEDURE run;
  PROCEDURE load_lines;
  PROCEDURE refresh_daily_agg;
  PROCEDURE set_watermark;
  PROCEDURE purge_messages (p_keep_days IN PLS_INTEGER DEFAULT 30);
END pkg_sales_load;
/

CREATE OR REPLACE PACKAGE BODY dwh.pkg_sales_load AS

  gc_job_name CONSTANT VARCHAR2(30) := 'PKG_SALES_LOAD';
  gc_batch    CONSTANT PLS_INTEGER  := 5000;
  g_run_id    NUMBER;

  CURSOR c_new_lines (p_from DATE) IS
    SELECT l.order_no,
           l.line_no,
           l.sku,
           l.qty,
           l.unit_price,
           h.customer_no,
           h.order_date,
           h.store_code
      FROM stg.order_lines l
      JOIN stg.order_headers h ON h.order_no = l.order_no
     WHERE h.order_date >= p_from;

  TYPE t_line_tab IS TABLE OF c_new_lines%ROWTYPE;

  ---------------------------------------------------------------------------
  -- logging helpers
  ---------------------------------------------------------------------------
  PROCEDURE log_msg (p_step IN VARCHAR2, p_msg IN VARCHAR2, p_rows IN NUMBER DEFAULT NULL) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.job_messages (run_id, job_name, step_name, message, row_count, created_at)
    VALUES (g_run_id, gc_job_name, p_step, SUBSTR(p_msg, 1, 4000), p_rows, SYSTIMESTAMP);
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;  -- never let logging break the load
  END log_msg;

  PROCEDURE start_run IS
  BEGIN
    SELECT etl.seq_job_run.NEXTVAL INTO g_run_id FROM dual;
    INSERT INTO etl.job_runs (run_id, job_name, started_at, status)
    VALUES (g_run_id, gc_job_name, SYSTIMESTAMP, 'RUNNING');
    COMMIT;
  END start_run;

  PROCEDURE end_run (p_status IN VARCHAR2) IS
  BEGIN
    UPDATE etl.job_runs
       SET status   = p_status,
           ended_at = SYSTIMESTAMP
     WHERE run_id = g_run_id;
    COMMIT;
  END end_run;

  FUNCTION last_watermark RETURN DATE IS
    v_wm DATE;
  BEGIN
    SELECT NVL(MAX(w.high_watermark), DATE '2000-01-01')
      INTO v_wm
      FROM etl.watermarks w
     WHERE w.job_name = gc_job_name;
    RETURN v_wm;
  END last_watermark;

  ---------------------------------------------------------------------------
  -- steps
  ---------------------------------------------------------------------------
  PROCEDURE load_lines IS
    l_lines t_line_tab;
    l_from  DATE := last_watermark;
    l_total PLS_INTEGER := 0;
  BEGIN
    log_msg('LOAD_LINES', 'start from ' || TO_CHAR(l_from, 'YYYY-MM-DD'));
    OPEN c_new_lines(l_from);
    LOOP
      FETCH c_new_lines BULK COLLECT INTO l_lines LIMIT gc_batch;
      EXIT WHEN l_lines.COUNT = 0;

      FORALL i IN 1 .. l_lines.COUNT
        INSERT INTO dwh.fact_order_lines
               (order_no, line_no, product_key, customer_key, date_key, store_key, qty, net_amount)
        VALUES (l_lines(i).order_no,
                l_lines(i).line_no,
                (SELECT p.product_key FROM dwh.dim_product p WHERE p.sku = l_lines(i).sku),
                (SELECT c.customer_key
                   FROM dwh.dim_customer c
                  WHERE c.customer_no = l_lines(i).customer_no
                    AND c.is_current = 'Y'),
                TO_NUMBER(TO_CHAR(l_lines(i).order_date, 'YYYYMMDD')),
                (SELECT s.store_key FROM dwh.dim_store s WHERE s.store_code = l_lines(i).store_code),
                l_lines(i).qty,
                l_lines(i).qty * l_lines(i).unit_price);

      l_total := l_total + SQL%ROWCOUNT;
      log_msg('LOAD_LINES', 'batch inserted', SQL%ROWCOUNT);
    END LOOP;
    CLOSE c_new_lines;
    log_msg('LOAD_LINES', 'total rows', l_total);
  EXCEPTION
    WHEN OTHERS THEN
      IF c_new_lines%ISOPEN THEN
        CLOSE c_new_lines;
      END IF;
      log_msg('LOAD_LINES', DBMS_UTILITY.FORMAT_ERROR_BACKTRACE);
      RAISE;
  END load_lines;

  PROCEDURE refresh_daily_agg IS
    l_from_key NUMBER := TO_NUMBER(TO_CHAR(last_watermark, 'YYYYMMDD'));
  BEGIN
    MERGE INTO dwh.agg_sales_daily a
    USING (SELECT f.date_key,
                  f.store_key,
                  SUM(f.net_amount)          AS net_amount,
                  SUM(f.qty)                 AS qty,
                  COUNT(DISTINCT f.order_no) AS orders
             FROM dwh.fact_order_lines f
            WHERE f.date_key >= l_from_key
            GROUP BY f.date_key, f.store_key) s
       ON (a.date_key = s.date_key AND a.store_key = s.store_key)
     WHEN MATCHED THEN UPDATE
          SET a.net_amount = s.net_amount,
              a.qty        = s.qty,
              a.orders     = s.orders
     WHEN NOT MATCHED THEN INSERT (date_key, store_key, net_amount, qty, orders)
          VALUES (s.date_key, s.store_key, s.net_amount, s.qty, s.orders);
    log_msg('AGG', 'merged', SQL%ROWCOUNT);
  END refresh_daily_agg;

  PROCEDURE set_watermark IS
  BEGIN
    UPDATE etl.watermarks w
       SET w.high_watermark = (SELECT MAX(h.order_date) FROM stg.order_headers h),
           w.updated_at     = SYSDATE
     WHERE w.job_name = gc_job_name;

    IF SQL%ROWCOUNT = 0 THEN
      INSERT INTO etl.watermarks (job_name, high_watermark, updated_at)
      SELECT gc_job_name, MAX(h.order_date), SYSDATE
        FROM stg.order_headers h;
    END IF;
  END set_watermark;

  PROCEDURE purge_messages (p_keep_days IN PLS_INTEGER DEFAULT 30) IS
  BEGIN
    DELETE FROM etl.job_messages m
     WHERE m.job_name = gc_job_name
       AND m.created_at < SYSDATE - p_keep_days;
    log_msg('PURGE', 'deleted', SQL%ROWCOUNT);
    COMMIT;
  END purge_messages;

  PROCEDURE run IS
  BEGIN
    start_run;
    load_lines;
    refresh_daily_agg;
    set_watermark;
    COMMIT;
    end_run('OK');
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;
      log_msg('RUN', SQLERRM);
      end_run('FAILED');
      RAISE;
  END run;

END pkg_sales_load;
/
SHOW ERRORS

-- case: pkg_customer_scd2_stage_close_open_with_hash_variable_and_dup_handler
-- sources: CRM_SRC.CUSTOMERS, CRM_DW.DIM_CUSTOMER, CRM_DW.STG_CUSTOMER_CHANGES
-- targets: CRM_DW.LOAD_LOG, CRM_DW.STG_CUSTOMER_CHANGES, CRM_DW.DIM_CUSTOMER, CRM_DW.LOAD_REJECTS, CRM_DW.PHONE_BOOK
-- effects: truncate CRM_DW.STG_CUSTOMER_CHANGES, delete CRM_DW.PHONE_BOOK
-- columns: CRM_SRC.CUSTOMERS.CUSTOMER_NO -> CRM_DW.STG_CUSTOMER_CHANGES.CUSTOMER_NO
-- columns: CRM_SRC.CUSTOMERS.FIRST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.FULL_NAME, CRM_SRC.CUSTOMERS.LAST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.FULL_NAME
-- columns: CRM_SRC.CUSTOMERS.EMAIL -> CRM_DW.STG_CUSTOMER_CHANGES.EMAIL
-- columns: CRM_SRC.CUSTOMERS.PHONE -> CRM_DW.STG_CUSTOMER_CHANGES.PHONE
-- columns: CRM_SRC.CUSTOMERS.CITY -> CRM_DW.STG_CUSTOMER_CHANGES.CITY
-- columns: CRM_SRC.CUSTOMERS.COUNTRY_CODE -> CRM_DW.STG_CUSTOMER_CHANGES.COUNTRY_CODE
-- columns: CRM_SRC.CUSTOMERS.LOYALTY_TIER -> CRM_DW.STG_CUSTOMER_CHANGES.LOYALTY_TIER
-- columns: CRM_SRC.CUSTOMERS.FIRST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH, CRM_SRC.CUSTOMERS.LAST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH
-- columns: CRM_SRC.CUSTOMERS.EMAIL -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH, CRM_SRC.CUSTOMERS.PHONE -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH
-- columns: CRM_SRC.CUSTOMERS.CITY -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH, CRM_SRC.CUSTOMERS.COUNTRY_CODE -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH
-- columns: CRM_SRC.CUSTOMERS.LOYALTY_TIER -> CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH
-- columns: CRM_DW.DIM_CUSTOMER.CUSTOMER_KEY -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE, CRM_DW.DIM_CUSTOMER.ATTR_HASH -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE
-- columns: CRM_SRC.CUSTOMERS.FIRST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE, CRM_SRC.CUSTOMERS.LAST_NAME -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE
-- columns: CRM_SRC.CUSTOMERS.EMAIL -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE, CRM_SRC.CUSTOMERS.PHONE -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE
-- columns: CRM_SRC.CUSTOMERS.CITY -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE, CRM_SRC.CUSTOMERS.COUNTRY_CODE -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE
-- columns: CRM_SRC.CUSTOMERS.LOYALTY_TIER -> CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.CUSTOMER_NO -> CRM_DW.DIM_CUSTOMER.CUSTOMER_NO
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.FULL_NAME -> CRM_DW.DIM_CUSTOMER.FULL_NAME
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.EMAIL -> CRM_DW.DIM_CUSTOMER.EMAIL
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.PHONE -> CRM_DW.DIM_CUSTOMER.PHONE
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.CITY -> CRM_DW.DIM_CUSTOMER.CITY
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.COUNTRY_CODE -> CRM_DW.DIM_CUSTOMER.COUNTRY_CODE
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.LOYALTY_TIER -> CRM_DW.DIM_CUSTOMER.LOYALTY_TIER
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.ATTR_HASH -> CRM_DW.DIM_CUSTOMER.ATTR_HASH
-- columns: CRM_DW.STG_CUSTOMER_CHANGES.CUSTOMER_NO -> CRM_DW.LOAD_REJECTS.CUSTOMER_NO
-- columns: CRM_DW.DIM_CUSTOMER.CUSTOMER_KEY -> CRM_DW.PHONE_BOOK.CUSTOMER_KEY
-- columns: CRM_DW.DIM_CUSTOMER.FULL_NAME -> CRM_DW.PHONE_BOOK.DISPLAY_NAME
-- columns: CRM_DW.DIM_CUSTOMER.PHONE -> CRM_DW.PHONE_BOOK.PHONE_E164
-- columns: CRM_DW.DIM_CUSTOMER.EMAIL -> CRM_DW.PHONE_BOOK.EMAIL
-- indirect: CRM_SRC.CUSTOMERS.LAST_MODIFIED, CRM_DW.DIM_CUSTOMER.CUSTOMER_NO, CRM_DW.DIM_CUSTOMER.IS_CURRENT
-- indirect: CRM_DW.STG_CUSTOMER_CHANGES.CHANGE_TYPE, CRM_DW.DIM_CUSTOMER.VALID_FROM
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY crm_dw.pkg_customer_scd2 IS

  TYPE t_key_tab IS TABLE OF crm_dw.dim_customer.customer_key%TYPE INDEX BY PLS_INTEGER;

  g_load_date DATE := TRUNC(SYSDATE);

  /* ---------------------------------------------------------------
   * autonomous logger
   * --------------------------------------------------------------- */
  PROCEDURE write_log (p_proc IN VARCHAR2, p_text IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO crm_dw.load_log (log_id, proc_name, log_text, log_ts)
    VALUES (crm_dw.seq_load_log.NEXTVAL, p_proc, p_text, SYSTIMESTAMP);
    COMMIT;
  END write_log;

  /* ---------------------------------------------------------------
   * 1. classify every changed source row as NEW / CHANGED / SAME
   * --------------------------------------------------------------- */
  PROCEDURE stage_changes IS
    v_hash NUMBER;
    v_rows PLS_INTEGER := 0;
  BEGIN
    EXECUTE IMMEDIATE 'TRUNCATE TABLE crm_dw.stg_customer_changes';

    FOR r IN (SELECT s.customer_no, s.first_name, s.last_name, s.email, s.phone,
                     s.city, s.country_code, s.loyalty_tier
                FROM crm_src.customers s
               WHERE s.last_modified >= g_load_date - 1)
    LOOP
      v_hash := ORA_HASH(r.first_name || r.last_name || r.email || r.phone ||
                         r.city || r.country_code || r.loyalty_tier);

      INSERT INTO crm_dw.stg_customer_changes
             (customer_no, full_name, email, phone, city, country_code, loyalty_tier, attr_hash, change_type)
      SELECT r.customer_no,
             r.first_name || ' ' || r.last_name,
             r.email,
             r.phone,
             r.city,
             r.country_code,
             r.loyalty_tier,
             v_hash,
             CASE
               WHEN d.customer_key IS NULL THEN 'NEW'
               WHEN d.attr_hash <> v_hash  THEN 'CHANGED'
               ELSE 'SAME'
             END
        FROM dual
        LEFT JOIN crm_dw.dim_customer d
          ON d.customer_no = r.customer_no
         AND d.is_current = 'Y';
      v_rows := v_rows + 1;
    END LOOP;

    write_log('STAGE_CHANGES', v_rows || ' rows staged');
  END stage_changes;

  /* ---------------------------------------------------------------
   * 2. close the current version of changed customers
   * --------------------------------------------------------------- */
  PROCEDURE close_changed IS
    l_keys t_key_tab;
  BEGIN
    SELECT d.customer_key
      BULK COLLECT INTO l_keys
      FROM crm_dw.dim_customer d
      JOIN crm_dw.stg_customer_changes c ON c.customer_no = d.customer_no
     WHERE d.is_current = 'Y'
       AND c.change_type = 'CHANGED';

    FORALL i IN 1 .. l_keys.COUNT
      UPDATE crm_dw.dim_customer
         SET valid_to   = g_load_date - 1,
             is_current = 'N'
       WHERE customer_key = l_keys(i);

    write_log('CLOSE_CHANGED', 'closed ' || l_keys.COUNT || ' versions');
  END close_changed;

  /* ---------------------------------------------------------------
   * 3. open new versions
   * --------------------------------------------------------------- */
  PROCEDURE open_new_versions IS
  BEGIN
    INSERT INTO crm_dw.dim_customer
           (customer_key, customer_no, full_name, email, phone, city, country_code,
            loyalty_tier, attr_hash, valid_from, valid_to, is_current)
    SELECT crm_dw.seq_dim_customer.NEXTVAL,
           c.customer_no, c.full_name, c.email, c.phone, c.city, c.country_code,
           c.loyalty_tier, c.attr_hash, g_load_date, DATE '9999-12-31', 'Y'
      FROM crm_dw.stg_customer_changes c
     WHERE c.change_type IN ('NEW', 'CHANGED');

    write_log('OPEN_NEW_VERSIONS', SQL%ROWCOUNT || ' rows');
  EXCEPTION
    WHEN DUP_VAL_ON_INDEX THEN
      write_log('OPEN_NEW_VERSIONS', 'duplicate key: ' || SQLERRM);
      INSERT INTO crm_dw.load_rejects (customer_no, reason, rejected_at)
      SELECT c.customer_no, 'DUPLICATE', SYSDATE
        FROM crm_dw.stg_customer_changes c
       WHERE c.change_type IN ('NEW', 'CHANGED')
         AND EXISTS (SELECT 1
                       FROM crm_dw.dim_customer d
                      WHERE d.customer_no = c.customer_no
                        AND d.valid_from = g_load_date);
      RAISE;
  END open_new_versions;

  /* ---------------------------------------------------------------
   * 4. denormalised phone book for the call center
   * --------------------------------------------------------------- */
  PROCEDURE refresh_phone_book IS
    CURSOR c_cur IS
      SELECT d.customer_key, d.full_name, d.phone, d.email
        FROM crm_dw.dim_customer d
       WHERE d.is_current = 'Y'
         AND d.phone IS NOT NULL;
    TYPE t_rows IS TABLE OF c_cur%ROWTYPE;
    l_rows t_rows;
  BEGIN
    DELETE FROM crm_dw.phone_book;

    OPEN c_cur;
    FETCH c_cur BULK COLLECT INTO l_rows;
    CLOSE c_cur;

    FORALL i IN INDICES OF l_rows
      INSERT INTO crm_dw.phone_book (customer_key, display_name, phone_e164, email)
      VALUES (l_rows(i).customer_key,
              UPPER(l_rows(i).full_name),
              REGEXP_REPLACE(l_rows(i).phone, '[^0-9+]', ''),
              l_rows(i).email);

    write_log('PHONE_BOOK', l_rows.COUNT || ' rows');
  END refresh_phone_book;

  PROCEDURE run_all IS
  BEGIN
    stage_changes;
    close_changed;
    open_new_versions;
    refresh_phone_book;
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;
      write_log('RUN_ALL', SQLERRM);
      RAISE;
  END run_all;

END pkg_customer_scd2;
/

-- case: pkg_cost_allocation_select_into_variables_function_args_and_dynamic_delete
-- sources: FIN.ALLOCATION_DRIVERS, FIN.COST_POOLS, FIN.ALLOCATION_RESULTS
-- targets: FIN.ERROR_LOG, FIN.ALLOCATION_RESULTS, FIN.COST_POOLS, FIN.COST_CENTER_TOTALS
-- effects: delete FIN.ALLOCATION_RESULTS
-- columns: FIN.COST_POOLS.SOURCE_COST_CENTER -> FIN.ALLOCATION_RESULTS.FROM_COST_CENTER
-- columns: FIN.ALLOCATION_DRIVERS.COST_CENTER -> FIN.ALLOCATION_RESULTS.TO_COST_CENTER
-- columns: FIN.ALLOCATION_DRIVERS.DRIVER_VALUE -> FIN.ALLOCATION_RESULTS.DRIVER_VALUE
-- columns: FIN.COST_POOLS.POOL_AMOUNT -> FIN.ALLOCATION_RESULTS.ALLOCATED_AMOUNT
-- columns: FIN.ALLOCATION_DRIVERS.DRIVER_VALUE -> FIN.ALLOCATION_RESULTS.ALLOCATED_AMOUNT
-- columns: FIN.COST_POOLS.DRIVER_CODE -> FIN.ALLOCATION_RESULTS.ALLOCATED_AMOUNT
-- columns: FIN.COST_POOLS.POOL_AMOUNT -> FIN.COST_POOLS.ALLOCATED_AMOUNT
-- columns: FIN.ALLOCATION_RESULTS.PERIOD_CODE -> FIN.COST_CENTER_TOTALS.PERIOD_CODE
-- columns: FIN.ALLOCATION_RESULTS.TO_COST_CENTER -> FIN.COST_CENTER_TOTALS.COST_CENTER
-- columns: FIN.ALLOCATION_RESULTS.ALLOCATED_AMOUNT -> FIN.COST_CENTER_TOTALS.ALLOCATED_IN
-- columns: FIN.ALLOCATION_RESULTS.ALLOCATED_AMOUNT -> FIN.COST_CENTER_TOTALS.TOTAL_COST
-- indirect: FIN.COST_POOLS.POOL_ID, FIN.COST_POOLS.PERIOD_CODE, FIN.ALLOCATION_DRIVERS.PERIOD_CODE
-- indirect: FIN.ALLOCATION_DRIVERS.DRIVER_CODE, FIN.COST_POOLS.ALLOCATED_FLAG
-- indirect: FIN.COST_CENTER_TOTALS.PERIOD_CODE, FIN.COST_CENTER_TOTALS.COST_CENTER
-- diagnostics: none
create or replace package body fin.pkg_cost_allocation as

  c_module constant varchar2(40) := 'FIN.PKG_COST_ALLOCATION';

  -- error logger, keeps the original SQLCODE / SQLERRM
  procedure log_error (p_where in varchar2) is
    pragma autonomous_transaction;
    v_code number         := sqlcode;
    v_msg  varchar2(4000) := sqlerrm;
  begin
    insert into fin.error_log (module_name, location, error_code, error_text, logged_at)
    values (c_module, p_where, v_code, v_msg, sysdate);
    commit;
  end log_error;

  -- sum of the driver over all receiving cost centers
  function driver_total (p_period in varchar2, p_driver in varchar2) return number is
    v_total number;
  begin
    select sum(d.driver_value)
      into v_total
      from fin.allocation_drivers d
     where d.period_code = p_period
       and d.driver_code = p_driver;
    return nullif(v_total, 0);
  end driver_total;

  procedure allocate_pool (p_period in varchar2, p_pool_id in number) is
    v_pool_amount fin.cost_pools.pool_amount%type;
    v_driver      fin.cost_pools.driver_code%type;
    v_source_cc   fin.cost_pools.source_cost_center%type;
    v_total       number;
  begin
    select p.pool_amount, p.driver_code, p.source_cost_center
      into v_pool_amount, v_driver, v_source_cc
      from fin.cost_pools p
     where p.pool_id = p_pool_id
       and p.period_code = p_period;

    v_total := driver_total(p_period, v_driver);

    insert into fin.allocation_results
           (period_code, pool_id, from_cost_center, to_cost_center, driver_value, allocated_amount, created_at)
    select p_period,
           p_pool_id,
           v_source_cc,
           d.cost_center,
           d.driver_value,
           round(v_pool_amount * d.driver_value / v_total, 2),
           sysdate
      from fin.allocation_drivers d
     where d.period_code = p_period
       and d.driver_code = v_driver
       and d.cost_center <> v_source_cc;

    update fin.cost_pools
       set allocated_flag   = 'Y',
           allocated_amount = v_pool_amount,
           allocated_at     = sysdate
     where pool_id = p_pool_id
       and period_code = p_period;
  exception
    when no_data_found then
      log_error('ALLOCATE_POOL pool ' || p_pool_id);
    when zero_divide then
      log_error('ALLOCATE_POOL zero driver total');
      raise;
  end allocate_pool;

  procedure allocate_period (p_period in varchar2) is
  begin
    execute immediate 'DELETE FROM fin.allocation_results WHERE period_code = :p' using p_period;

    for pool in (select cp.pool_id
                   from fin.cost_pools cp
                  where cp.period_code = p_period
                    and cp.allocated_flag = 'N'
                  order by cp.allocation_seq)
    loop
      allocate_pool(p_period, pool.pool_id);
    end loop;

    merge into fin.cost_center_totals t
    using (select r.period_code, r.to_cost_center, sum(r.allocated_amount) as allocated_in
             from fin.allocation_results r
            where r.period_code = p_period
            group by r.period_code, r.to_cost_center) a
       on (t.period_code = a.period_code and t.cost_center = a.to_cost_center)
     when matched then update
          set t.allocated_in = a.allocated_in,
              t.total_cost   = t.direct_cost + a.allocated_in
     when not matched then insert (period_code, cost_center, direct_cost, allocated_in, total_cost)
          values (a.period_code, a.to_cost_center, 0, a.allocated_in, a.allocated_in);
    commit;
  exception
    when others then
      log_error('ALLOCATE_PERIOD ' || p_period);
      rollback;
      raise;
  end allocate_period;

end pkg_cost_allocation;
/

-- case: pkg_hr_sync_remote_merge_record_type_returning_and_rowtype_archive
-- schema: HR.EMPLOYEES(EMPLOYEE_ID, EMP_NO, FIRST_NAME, LAST_NAME, JOB_CODE, DEPARTMENT_ID, SALARY, HIRE_DATE, STATUS, TERMINATION_DATE)
-- schema: HR.EMPLOYEES_ARCHIVE(EMPLOYEE_ID, EMP_NO, FIRST_NAME, LAST_NAME, JOB_CODE, DEPARTMENT_ID, SALARY, HIRE_DATE, STATUS, TERMINATION_DATE, ARCHIVED_AT)
-- sources: HRIS.DEPARTMENTS@HRIS_LINK, HRIS.EMPLOYEES@HRIS_LINK, HR.EMPLOYEES, HRIS.CHANGE_LOG@HRIS_LINK, HR.SALARY_HISTORY
-- targets: HR.DEPARTMENTS, HR.EMPLOYEES, HR.SALARY_HISTORY, HR.SYNC_ERRORS, HR.SYNC_STATUS, HR.EMPLOYEES_ARCHIVE
-- effects: delete HR.EMPLOYEES
-- columns: HRIS.DEPARTMENTS@HRIS_LINK.DEPT_ID -> HR.DEPARTMENTS.DEPARTMENT_ID
-- columns: HRIS.DEPARTMENTS@HRIS_LINK.DEPT_NAME -> HR.DEPARTMENTS.DEPARTMENT_NAME
-- columns: HRIS.DEPARTMENTS@HRIS_LINK.MANAGER_EMP_NO -> HR.DEPARTMENTS.MANAGER_EMP_NO
-- columns: HRIS.DEPARTMENTS@HRIS_LINK.LOCATION_CODE -> HR.DEPARTMENTS.LOCATION_CODE
-- columns: HRIS.EMPLOYEES@HRIS_LINK.EMP_NO -> HR.EMPLOYEES.EMP_NO
-- columns: HRIS.EMPLOYEES@HRIS_LINK.GIVEN_NAME -> HR.EMPLOYEES.FIRST_NAME
-- columns: HRIS.EMPLOYEES@HRIS_LINK.FAMILY_NAME -> HR.EMPLOYEES.LAST_NAME
-- columns: HRIS.EMPLOYEES@HRIS_LINK.JOB -> HR.EMPLOYEES.JOB_CODE
-- columns: HRIS.EMPLOYEES@HRIS_LINK.DEPT -> HR.EMPLOYEES.DEPARTMENT_ID
-- columns: HRIS.EMPLOYEES@HRIS_LINK.BASE_SALARY -> HR.EMPLOYEES.SALARY
-- columns: HRIS.EMPLOYEES@HRIS_LINK.START_DATE -> HR.EMPLOYEES.HIRE_DATE
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.SALARY_HISTORY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_HISTORY.SALARY
-- columns: HRIS.CHANGE_LOG@HRIS_LINK.EMP_NO -> HR.SYNC_ERRORS.EMP_NO
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEES_ARCHIVE.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.EMP_NO -> HR.EMPLOYEES_ARCHIVE.EMP_NO
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR.EMPLOYEES_ARCHIVE.FIRST_NAME
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.EMPLOYEES_ARCHIVE.LAST_NAME
-- columns: HR.EMPLOYEES.JOB_CODE -> HR.EMPLOYEES_ARCHIVE.JOB_CODE
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.EMPLOYEES_ARCHIVE.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEES_ARCHIVE.SALARY
-- columns: HR.EMPLOYEES.HIRE_DATE -> HR.EMPLOYEES_ARCHIVE.HIRE_DATE
-- columns: HR.EMPLOYEES.STATUS -> HR.EMPLOYEES_ARCHIVE.STATUS
-- columns: HR.EMPLOYEES.TERMINATION_DATE -> HR.EMPLOYEES_ARCHIVE.TERMINATION_DATE
-- indirect: HRIS.DEPARTMENTS@HRIS_LINK.ACTIVE, HR.DEPARTMENTS.DEPARTMENT_ID
-- indirect: HRIS.CHANGE_LOG@HRIS_LINK.CHANGED_AT, HRIS.CHANGE_LOG@HRIS_LINK.ENTITY
-- indirect: HR.SALARY_HISTORY.EFFECTIVE_DATE, HR.SYNC_STATUS.SYSTEM_NAME
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY hr.pkg_hr_sync AS
  -- $Header: pkg_hr_sync.pkb 1.14 2023/11/02 jdoe $

  ------------------------------------------------------------------
  PROCEDURE sync_departments IS
  BEGIN
    MERGE INTO hr.departments d
    USING (SELECT dept_id, dept_name, manager_emp_no, location_code
             FROM hris.departments@hris_link
            WHERE active = 1) s
       ON (d.department_id = s.dept_id)
     WHEN MATCHED THEN UPDATE
          SET d.department_name = s.dept_name,
              d.manager_emp_no  = s.manager_emp_no,
              d.location_code   = s.location_code
     WHEN NOT MATCHED THEN INSERT (department_id, department_name, manager_emp_no, location_code)
          VALUES (s.dept_id, s.dept_name, s.manager_emp_no, s.location_code);
  END sync_departments;

  ------------------------------------------------------------------
  PROCEDURE sync_employee (p_emp_no IN VARCHAR2) IS
    TYPE t_emp IS RECORD (
      emp_no      hr.employees.emp_no%TYPE,
      first_name  hr.employees.first_name%TYPE,
      last_name   hr.employees.last_name%TYPE,
      job_code    hr.employees.job_code%TYPE,
      dept_id     hr.employees.department_id%TYPE,
      salary      hr.employees.salary%TYPE,
      hire_date   hr.employees.hire_date%TYPE
    );
    r_src        t_emp;
    v_emp_id     hr.employees.employee_id%TYPE;
    v_new_salary hr.employees.salary%TYPE;
  BEGIN
    SELECT e.emp_no, e.given_name, e.family_name, e.job, e.dept, e.base_salary, e.start_date
      INTO r_src
      FROM hris.employees@hris_link e
     WHERE e.emp_no = p_emp_no;

    UPDATE hr.employees t
       SET t.first_name    = r_src.first_name,
           t.last_name     = r_src.last_name,
           t.job_code      = r_src.job_code,
           t.department_id = r_src.dept_id,
           t.salary        = r_src.salary
     WHERE t.emp_no = r_src.emp_no
    RETURNING t.employee_id, t.salary INTO v_emp_id, v_new_salary;

    IF SQL%ROWCOUNT = 0 THEN
      INSERT INTO hr.employees (employee_id, emp_no, first_name, last_name, job_code, department_id, salary, hire_date)
      VALUES (hr.seq_employees.NEXTVAL, r_src.emp_no, r_src.first_name, r_src.last_name,
              r_src.job_code, r_src.dept_id, r_src.salary, r_src.hire_date)
      RETURNING employee_id, salary INTO v_emp_id, v_new_salary;
    END IF;

    INSERT INTO hr.salary_history (employee_id, salary, effective_date, source_system)
    VALUES (v_emp_id, v_new_salary, TRUNC(SYSDATE), 'HRIS');
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      INSERT INTO hr.sync_errors (emp_no, error_text, logged_at)
      VALUES (p_emp_no, 'not found in HRIS', SYSDATE);
  END sync_employee;

  ------------------------------------------------------------------
  PROCEDURE terminate_employee (p_emp_no IN VARCHAR2) IS
    r_emp hr.employees%ROWTYPE;
  BEGIN
    SELECT * INTO r_emp FROM hr.employees WHERE emp_no = p_emp_no FOR UPDATE;
    r_emp.status           := 'TERMINATED';
    r_emp.termination_date := TRUNC(SYSDATE);
    INSERT INTO hr.employees_archive VALUES r_emp;
    DELETE FROM hr.employees WHERE emp_no = p_emp_no;
  END terminate_employee;

  ------------------------------------------------------------------
  PROCEDURE sync_all IS
    CURSOR c_changed IS
      SELECT c.emp_no
        FROM hris.change_log@hris_link c
       WHERE c.changed_at >= SYSDATE - 1
         AND c.entity = 'EMPLOYEE';
  BEGIN
    sync_departments;
    FOR r IN c_changed LOOP
      BEGIN
        sync_employee(r.emp_no);
      EXCEPTION
        WHEN OTHERS THEN
          INSERT INTO hr.sync_errors (emp_no, error_text, logged_at)
          VALUES (r.emp_no, SUBSTR(SQLERRM, 1, 500), SYSDATE);
      END;
    END LOOP;

    UPDATE hr.sync_status
       SET last_sync        = SYSDATE,
           employees_synced = (SELECT COUNT(*)
                                 FROM hr.salary_history h
                                WHERE h.effective_date = TRUNC(SYSDATE))
     WHERE system_name = 'HRIS';
    COMMIT;
  END sync_all;

END pkg_hr_sync;
/

-- case: pkg_partition_maintenance_dynamic_literals_variable_sql_and_exchange_scratch
-- sources: DWH.FACT_SALES, STG.SALES_CORRECTIONS, USER_TAB_PARTITIONS
-- targets: DWH.DDL_LOG, DWH.FACT_SALES_ARCHIVE, DWH.SALES_MONTH_SUMMARY
-- intermediate: DWH.XCHG_SALES
-- effects: truncate DWH.SALES_MONTH_SUMMARY
-- columns: DWH.FACT_SALES.DATE_KEY -> DWH.FACT_SALES_ARCHIVE.DATE_KEY
-- columns: DWH.FACT_SALES.CUSTOMER_KEY -> DWH.FACT_SALES_ARCHIVE.CUSTOMER_KEY
-- columns: DWH.FACT_SALES.PRODUCT_KEY -> DWH.FACT_SALES_ARCHIVE.PRODUCT_KEY
-- columns: DWH.FACT_SALES.QUANTITY -> DWH.FACT_SALES_ARCHIVE.QUANTITY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> DWH.FACT_SALES_ARCHIVE.NET_AMOUNT
-- columns: DWH.FACT_SALES.DATE_KEY -> DWH.SALES_MONTH_SUMMARY.MONTH_KEY
-- columns: DWH.FACT_SALES.PRODUCT_KEY -> DWH.SALES_MONTH_SUMMARY.PRODUCT_KEY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> DWH.SALES_MONTH_SUMMARY.NET_AMOUNT
-- indirect: STG.SALES_CORRECTIONS.MONTH_CODE, USER_TAB_PARTITIONS.TABLE_NAME
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY dwh.pkg_partition_maint AS

  -- every DDL we run goes through here so that it is logged first
  PROCEDURE exec_ddl (p_sql IN VARCHAR2) IS
  BEGIN
    INSERT INTO dwh.ddl_log (sql_text, executed_at) VALUES (p_sql, SYSDATE);
    COMMIT;
    EXECUTE IMMEDIATE p_sql;
  END exec_ddl;

  PROCEDURE archive_month (p_month IN VARCHAR2) IS
    v_part VARCHAR2(30) := 'P_' || p_month;
  BEGIN
    EXECUTE IMMEDIATE
         'INSERT /*+ APPEND */ INTO dwh.fact_sales_archive '
      || '(date_key, customer_key, product_key, quantity, net_amount, archived_at) '
      || 'SELECT f.date_key, f.customer_key, f.product_key, f.quantity, f.net_amount, SYSDATE '
      || 'FROM dwh.fact_sales f WHERE f.date_key BETWEEN :lo AND :hi'
      USING TO_NUMBER(p_month || '01'), TO_NUMBER(p_month || '31');
    COMMIT;
    exec_ddl('ALTER TABLE dwh.fact_sales TRUNCATE PARTITION ' || v_part);
  END archive_month;

  PROCEDURE rebuild_summary IS
    v_sql VARCHAR2(4000);
  BEGIN
    v_sql := 'TRUNCATE TABLE dwh.sales_month_summary';
    EXECUTE IMMEDIATE v_sql;

    v_sql := 'INSERT INTO dwh.sales_month_summary (month_key, product_key, net_amount) '
          || 'SELECT TRUNC(f.date_key / 100), f.product_key, SUM(f.net_amount) '
          || 'FROM dwh.fact_sales f '
          || 'GROUP BY TRUNC(f.date_key / 100), f.product_key';
    EXECUTE IMMEDIATE v_sql;
    COMMIT;
  END rebuild_summary;

  PROCEDURE swap_in_corrections (p_month IN VARCHAR2) IS
  BEGIN
    EXECUTE IMMEDIATE 'CREATE TABLE dwh.xchg_sales NOLOGGING AS SELECT * FROM dwh.fact_sales WHERE 1 = 0';

    INSERT /*+ APPEND */ INTO dwh.xchg_sales (date_key, customer_key, product_key, quantity, net_amount)
    SELECT s.date_key, s.customer_key, s.product_key, s.quantity, s.net_amount
      FROM stg.sales_corrections s
     WHERE s.month_code = p_month;
    COMMIT;

    EXECUTE IMMEDIATE 'ALTER TABLE dwh.fact_sales EXCHANGE PARTITION P_' || p_month
                   || ' WITH TABLE dwh.xchg_sales WITHOUT VALIDATION';
    EXECUTE IMMEDIATE 'DROP TABLE dwh.xchg_sales PURGE';
  END swap_in_corrections;

  PROCEDURE purge_old (p_keep_months IN PLS_INTEGER) IS
    CURSOR c_parts IS
      SELECT partition_name
        FROM user_tab_partitions
       WHERE table_name = 'FACT_SALES_ARCHIVE';
  BEGIN
    FOR p IN c_parts LOOP
      IF TO_DATE(SUBSTR(p.partition_name, 3), 'YYYYMM') < ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -p_keep_months) THEN
        exec_ddl('ALTER TABLE dwh.fact_sales_archive DROP PARTITION ' || p.partition_name);
      END IF;
    END LOOP;
  END purge_old;

END pkg_partition_maint;
/

-- case: pkg_loyalty_points_cursor_loop_returning_balance_and_bulk_expiry
-- sources: POS.TRANSACTIONS, LOY.MEMBERS, LOY.TIERS, LOY.MEMBER_BALANCES, LOY.POINTS_LEDGER
-- targets: LOY.POINTS_LEDGER, LOY.MEMBER_BALANCES, LOY.TIER_UPGRADE_QUEUE
-- columns: LOY.MEMBERS.MEMBER_ID -> LOY.POINTS_LEDGER.MEMBER_ID
-- columns: POS.TRANSACTIONS.TRANSACTION_ID -> LOY.POINTS_LEDGER.TRANSACTION_ID
-- columns: POS.TRANSACTIONS.AMOUNT_EUR -> LOY.POINTS_LEDGER.POINTS, LOY.TIERS.POINTS_PER_EUR -> LOY.POINTS_LEDGER.POINTS
-- columns: POS.TRANSACTIONS.AMOUNT_EUR -> LOY.MEMBER_BALANCES.POINTS_BALANCE, LOY.TIERS.POINTS_PER_EUR -> LOY.MEMBER_BALANCES.POINTS_BALANCE
-- columns: LOY.MEMBERS.MEMBER_ID -> LOY.TIER_UPGRADE_QUEUE.MEMBER_ID
-- columns: LOY.MEMBERS.TIER_CODE -> LOY.TIER_UPGRADE_QUEUE.CURRENT_TIER
-- columns: LOY.MEMBER_BALANCES.POINTS_BALANCE -> LOY.TIER_UPGRADE_QUEUE.BALANCE
-- columns: LOY.POINTS_LEDGER.MEMBER_ID -> LOY.POINTS_LEDGER.MEMBER_ID
-- columns: LOY.POINTS_LEDGER.POINTS -> LOY.POINTS_LEDGER.POINTS
-- columns: LOY.POINTS_LEDGER.POINTS -> LOY.MEMBER_BALANCES.POINTS_BALANCE
-- columns: LOY.POINTS_LEDGER.MEMBER_ID -> LOY.MEMBER_BALANCES.MEMBER_ID
-- indirect: LOY.MEMBERS.CARD_NO, POS.TRANSACTIONS.CARD_NO, POS.TRANSACTIONS.TX_DATE, POS.TRANSACTIONS.TX_TYPE
-- indirect: LOY.TIERS.TIER_CODE, LOY.MEMBER_BALANCES.MEMBER_ID, LOY.POINTS_LEDGER.ENTRY_DATE, LOY.POINTS_LEDGER.ENTRY_TYPE
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY loy.pkg_points
AS
   c_upgrade_threshold CONSTANT NUMBER := 10000;

   PROCEDURE accrue_for_day (p_day IN DATE)
   IS
      CURSOR c_tx (cp_day DATE)
      IS
         SELECT m.member_id,
                t.transaction_id,
                t.amount_eur,
                m.tier_code
           FROM pos.transactions t
                JOIN loy.members m
                   ON m.card_no = t.card_no
          WHERE t.tx_date = cp_day
            AND t.tx_type = 'SALE';

      l_rate     NUMBER;
      l_points   NUMBER;
      l_balance  NUMBER;
   BEGIN
      FOR tx IN c_tx (p_day)
      LOOP
         SELECT tr.points_per_eur
           INTO l_rate
           FROM loy.tiers tr
          WHERE tr.tier_code = tx.tier_code;

         l_points := FLOOR (tx.amount_eur * l_rate);

         INSERT INTO loy.points_ledger (ledger_id, member_id, transaction_id, points, entry_type, entry_date)
              VALUES (loy.seq_ledger.NEXTVAL, tx.member_id, tx.transaction_id, l_points, 'ACCRUAL', p_day);

         UPDATE loy.member_balances b
            SET b.points_balance = b.points_balance + l_points,
                b.last_accrual = p_day
          WHERE b.member_id = tx.member_id
         RETURNING b.points_balance INTO l_balance;

         IF l_balance >= c_upgrade_threshold
         THEN
            INSERT INTO loy.tier_upgrade_queue (member_id, current_tier, balance, queued_at)
                 VALUES (tx.member_id, tx.tier_code, l_balance, SYSDATE);
         END IF;
      END LOOP;
   EXCEPTION
      WHEN NO_DATA_FOUND
      THEN
         RAISE_APPLICATION_ERROR (-20010, 'tier without rate');
   END accrue_for_day;

   PROCEDURE expire_points (p_asof IN DATE)
   IS
      TYPE t_ids IS TABLE OF loy.points_ledger.member_id%TYPE;
      TYPE t_pts IS TABLE OF loy.points_ledger.points%TYPE;
      l_ids   t_ids;
      l_pts   t_pts;
   BEGIN
        SELECT l.member_id, SUM (l.points)
          BULK COLLECT INTO l_ids, l_pts
          FROM loy.points_ledger l
         WHERE l.entry_date < ADD_MONTHS (p_asof, -24)
           AND l.entry_type IN ('ACCRUAL', 'EXPIRY')
      GROUP BY l.member_id
        HAVING SUM (l.points) > 0;

      FORALL i IN 1 .. l_ids.COUNT
         INSERT INTO loy.points_ledger (ledger_id, member_id, transaction_id, points, entry_type, entry_date)
              VALUES (loy.seq_ledger.NEXTVAL, l_ids (i), NULL, -l_pts (i), 'EXPIRY', p_asof);

      FORALL i IN 1 .. l_ids.COUNT
         UPDATE loy.member_balances
            SET points_balance = points_balance - l_pts (i)
          WHERE member_id = l_ids (i);

      COMMIT;
   END expire_points;

   PROCEDURE recalc_balances
   IS
   BEGIN
      MERGE INTO loy.member_balances b
           USING (  SELECT l.member_id, SUM (l.points) AS pts
                      FROM loy.points_ledger l
                  GROUP BY l.member_id) s
              ON (b.member_id = s.member_id)
      WHEN MATCHED
      THEN
         UPDATE SET b.points_balance = s.pts, b.recalculated_at = SYSDATE
      WHEN NOT MATCHED
      THEN
         INSERT     (member_id, points_balance, recalculated_at)
             VALUES (s.member_id, s.pts, SYSDATE);
      COMMIT;
   END recalc_balances;
END pkg_points;
/

-- case: pkg_gdpr_erasure_pseudonymised_copy_then_deletes_updates_and_audit
-- sources: PRIVACY.ERASURE_REQUESTS, CRM.CUSTOMERS, SALES.ORDERS
-- targets: PRIVACY.ERASURE_AUDIT, PRIVACY.PSEUDONYMISED_CUSTOMERS, CRM.CUSTOMERS, SALES.ORDERS, PRIVACY.ERASURE_REQUESTS
-- effects: delete MARKETING.EMAIL_SUBSCRIPTIONS, delete WEB.SESSION_EVENTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> PRIVACY.PSEUDONYMISED_CUSTOMERS.CUSTOMER_HASH
-- columns: CRM.CUSTOMERS.COUNTRY_CODE -> PRIVACY.PSEUDONYMISED_CUSTOMERS.COUNTRY_CODE
-- columns: CRM.CUSTOMERS.SEGMENT -> PRIVACY.PSEUDONYMISED_CUSTOMERS.SEGMENT
-- columns: SALES.ORDERS.ORDER_DATE -> PRIVACY.PSEUDONYMISED_CUSTOMERS.FIRST_ORDER_DATE
-- indirect: PRIVACY.ERASURE_REQUESTS.REQUEST_ID, PRIVACY.ERASURE_REQUESTS.STATUS, PRIVACY.ERASURE_REQUESTS.DUE_DATE
-- indirect: PRIVACY.ERASURE_REQUESTS.CUSTOMER_ID, SALES.ORDERS.CUSTOMER_ID
-- indirect: MARKETING.EMAIL_SUBSCRIPTIONS.CUSTOMER_ID, WEB.SESSION_EVENTS.CUSTOMER_ID
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY privacy.pkg_erasure AS

  PROCEDURE audit (p_request_id IN NUMBER, p_table IN VARCHAR2, p_rows IN NUMBER) IS
  BEGIN
    INSERT INTO privacy.erasure_audit (request_id, table_name, rows_affected, done_at)
    VALUES (p_request_id, p_table, p_rows, SYSTIMESTAMP);
  END audit;

  PROCEDURE erase_customer (p_request_id IN NUMBER) IS
    v_customer_id crm.customers.customer_id%TYPE;
  BEGIN
    SELECT r.customer_id
      INTO v_customer_id
      FROM privacy.erasure_requests r
     WHERE r.request_id = p_request_id
       AND r.status = 'APPROVED';

    -- finance keeps a pseudonymised copy
    INSERT INTO privacy.pseudonymised_customers
           (customer_hash, country_code, segment, first_order_date, erased_at)
    SELECT STANDARD_HASH(TO_CHAR(c.customer_id), 'SHA256'),
           c.country_code,
           c.segment,
           (SELECT MIN(o.order_date) FROM sales.orders o WHERE o.customer_id = c.customer_id),
           SYSDATE
      FROM crm.customers c
     WHERE c.customer_id = v_customer_id;

    UPDATE crm.customers c
       SET c.first_name  = 'ERASED',
           c.last_name   = 'ERASED',
           c.email       = NULL,
           c.phone       = NULL,
           c.birth_date  = NULL,
           c.erased_flag = 'Y'
     WHERE c.customer_id = v_customer_id;
    audit(p_request_id, 'CRM.CUSTOMERS', SQL%ROWCOUNT);

    DELETE FROM marketing.email_subscriptions s
     WHERE s.customer_id = v_customer_id;
    audit(p_request_id, 'MARKETING.EMAIL_SUBSCRIPTIONS', SQL%ROWCOUNT);

    UPDATE sales.orders o
       SET o.delivery_address = NULL,
           o.delivery_phone   = NULL
     WHERE o.customer_id = v_customer_id;
    audit(p_request_id, 'SALES.ORDERS', SQL%ROWCOUNT);

    EXECUTE IMMEDIATE 'DELETE FROM web.session_events WHERE customer_id = :1' USING v_customer_id;
    audit(p_request_id, 'WEB.SESSION_EVENTS', SQL%ROWCOUNT);

    UPDATE privacy.erasure_requests
       SET status = 'DONE', completed_at = SYSDATE
     WHERE request_id = p_request_id;
    COMMIT;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      UPDATE privacy.erasure_requests
         SET status = 'REJECTED', completed_at = SYSDATE
       WHERE request_id = p_request_id;
      COMMIT;
    WHEN OTHERS THEN
      ROLLBACK;
      UPDATE privacy.erasure_requests
         SET status = 'FAILED', error_text = SUBSTR(SQLERRM, 1, 1000)
       WHERE request_id = p_request_id;
      COMMIT;
      RAISE;
  END erase_customer;

  PROCEDURE process_queue IS
  BEGIN
    FOR r IN (SELECT q.request_id
                FROM privacy.erasure_requests q
               WHERE q.status = 'APPROVED'
                 AND q.due_date <= SYSDATE)
    LOOP
      erase_customer(r.request_id);
    END LOOP;
  END process_queue;

END pkg_erasure;
/

-- case: pkg_invoicing_rowtype_by_names_returning_id_window_line_numbers_and_totals
-- sources: BILLING.ACCOUNTS, BILLING.INVOICES, BILLING.USAGE_RECORDS, BILLING.PRICE_LIST, BILLING.INVOICE_LINES, BILLING.VAT_RATES
-- targets: BILLING.INVOICES, BILLING.INVOICE_LINES, BILLING.INVOICE_ERRORS
-- columns: BILLING.ACCOUNTS.ACCOUNT_ID -> BILLING.INVOICES.ACCOUNT_ID
-- columns: BILLING.ACCOUNTS.ACCOUNT_NAME -> BILLING.INVOICES.BILL_TO_NAME
-- columns: BILLING.ACCOUNTS.BILLING_ADDRESS -> BILLING.INVOICES.BILL_TO_ADDRESS
-- columns: BILLING.ACCOUNTS.VAT_NUMBER -> BILLING.INVOICES.VAT_NUMBER
-- columns: BILLING.ACCOUNTS.CURRENCY_CODE -> BILLING.INVOICES.CURRENCY_CODE
-- columns: BILLING.ACCOUNTS.PAYMENT_TERMS_DAYS -> BILLING.INVOICES.DUE_DATE
-- columns: BILLING.INVOICES.INVOICE_ID -> BILLING.INVOICE_LINES.INVOICE_ID
-- columns: BILLING.USAGE_RECORDS.PRODUCT_CODE -> BILLING.INVOICE_LINES.LINE_NO
-- columns: BILLING.USAGE_RECORDS.PRODUCT_CODE -> BILLING.INVOICE_LINES.PRODUCT_CODE
-- columns: BILLING.PRICE_LIST.DESCRIPTION -> BILLING.INVOICE_LINES.DESCRIPTION
-- columns: BILLING.USAGE_RECORDS.QUANTITY -> BILLING.INVOICE_LINES.QUANTITY
-- columns: BILLING.PRICE_LIST.UNIT_PRICE -> BILLING.INVOICE_LINES.UNIT_PRICE
-- columns: BILLING.USAGE_RECORDS.QUANTITY -> BILLING.INVOICE_LINES.LINE_AMOUNT, BILLING.PRICE_LIST.UNIT_PRICE -> BILLING.INVOICE_LINES.LINE_AMOUNT
-- columns: BILLING.INVOICE_LINES.LINE_AMOUNT -> BILLING.INVOICES.NET_AMOUNT
-- columns: BILLING.INVOICE_LINES.LINE_AMOUNT -> BILLING.INVOICES.VAT_AMOUNT, BILLING.VAT_RATES.VAT_RATE -> BILLING.INVOICES.VAT_AMOUNT
-- columns: BILLING.INVOICE_LINES.LINE_AMOUNT -> BILLING.INVOICES.GROSS_AMOUNT, BILLING.VAT_RATES.VAT_RATE -> BILLING.INVOICES.GROSS_AMOUNT
-- indirect: BILLING.PRICE_LIST.PRODUCT_CODE, BILLING.PRICE_LIST.CURRENCY_CODE, BILLING.USAGE_RECORDS.ACCOUNT_ID
-- indirect: BILLING.USAGE_RECORDS.PERIOD_CODE, BILLING.INVOICE_LINES.INVOICE_ID, BILLING.VAT_RATES.COUNTRY_CODE
-- indirect: BILLING.ACCOUNTS.COUNTRY_CODE, BILLING.INVOICES.ACCOUNT_ID, BILLING.INVOICES.PERIOD_CODE
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY billing.pkg_invoicing AS

  FUNCTION next_invoice_no RETURN VARCHAR2 IS
    v_no VARCHAR2(20);
  BEGIN
    SELECT 'INV' || TO_CHAR(SYSDATE, 'YYYY') || LPAD(billing.seq_invoice_no.NEXTVAL, 8, '0')
      INTO v_no
      FROM dual;
    RETURN v_no;
  END next_invoice_no;

  PROCEDURE create_invoice (p_account_id IN NUMBER, p_period IN VARCHAR2) IS
    r_acc        billing.accounts%ROWTYPE;
    v_invoice_id billing.invoices.invoice_id%TYPE;
    v_invoice_no billing.invoices.invoice_no%TYPE;
    v_net        NUMBER;
    v_vat        NUMBER;
  BEGIN
    SELECT a.account_id, a.account_name, a.billing_address, a.vat_number, a.currency_code, a.payment_terms_days
      INTO r_acc
      FROM billing.accounts a
     WHERE a.account_id = p_account_id;

    v_invoice_no := next_invoice_no;

    INSERT INTO billing.invoices
           (invoice_id, invoice_no, account_id, bill_to_name, bill_to_address, vat_number,
            currency_code, period_code, due_date, status)
    VALUES (billing.seq_invoice_id.NEXTVAL, v_invoice_no, r_acc.account_id, r_acc.account_name,
            r_acc.billing_address, r_acc.vat_number, r_acc.currency_code, p_period,
            TRUNC(SYSDATE) + r_acc.payment_terms_days, 'DRAFT')
    RETURNING invoice_id INTO v_invoice_id;

    INSERT INTO billing.invoice_lines
           (invoice_id, line_no, product_code, description, quantity, unit_price, line_amount)
    SELECT v_invoice_id,
           ROW_NUMBER() OVER (ORDER BY u.product_code),
           u.product_code,
           p.description,
           SUM(u.quantity),
           p.unit_price,
           SUM(u.quantity) * p.unit_price
      FROM billing.usage_records u
      JOIN billing.price_list p
        ON p.product_code = u.product_code
       AND p.currency_code = r_acc.currency_code
     WHERE u.account_id = p_account_id
       AND u.period_code = p_period
     GROUP BY u.product_code, p.description, p.unit_price;

    SELECT SUM(l.line_amount)
      INTO v_net
      FROM billing.invoice_lines l
     WHERE l.invoice_id = v_invoice_id;

    SELECT v_net * NVL(MAX(t.vat_rate), 0) / 100
      INTO v_vat
      FROM billing.vat_rates t
     WHERE t.country_code = (SELECT a.country_code FROM billing.accounts a WHERE a.account_id = p_account_id);

    UPDATE billing.invoices i
       SET i.net_amount   = v_net,
           i.vat_amount   = v_vat,
           i.gross_amount = v_net + v_vat,
           i.status       = 'ISSUED'
     WHERE i.invoice_id = v_invoice_id;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      INSERT INTO billing.invoice_errors (account_id, period_code, message, created_at)
      VALUES (p_account_id, p_period, 'account not found', SYSDATE);
  END create_invoice;

  PROCEDURE bill_period (p_period IN VARCHAR2) IS
    TYPE t_ids IS TABLE OF NUMBER;
    l_ids t_ids;
  BEGIN
    SELECT DISTINCT u.account_id
      BULK COLLECT INTO l_ids
      FROM billing.usage_records u
     WHERE u.period_code = p_period
       AND NOT EXISTS (SELECT 1
                         FROM billing.invoices i
                        WHERE i.account_id = u.account_id
                          AND i.period_code = p_period);

    FOR i IN 1 .. l_ids.COUNT LOOP
      create_invoice(l_ids(i), p_period);
      IF MOD(i, 100) = 0 THEN
        COMMIT;
      END IF;
    END LOOP;
    COMMIT;
  END bill_period;

END pkg_invoicing;
/

-- case: pkg_fx_rates_external_merge_cte_cross_rates_function_and_revaluation
-- sources: REF.EXT_ECB_RATES, REF.FX_RATES, REF.FX_CROSS_RATES, AR.OPEN_ITEMS
-- targets: REF.FX_RATES, REF.FX_CROSS_RATES, AR.OPEN_ITEMS, AR.REVALUATION_LOG
-- effects: delete REF.FX_CROSS_RATES
-- columns: REF.EXT_ECB_RATES.RATE_DATE -> REF.FX_RATES.RATE_DATE
-- columns: REF.EXT_ECB_RATES.CURRENCY_CODE -> REF.FX_RATES.TO_CCY
-- columns: REF.EXT_ECB_RATES.RATE_TXT -> REF.FX_RATES.RATE
-- columns: REF.FX_RATES.TO_CCY -> REF.FX_CROSS_RATES.FROM_CCY
-- columns: REF.FX_RATES.TO_CCY -> REF.FX_CROSS_RATES.TO_CCY
-- columns: REF.FX_RATES.RATE -> REF.FX_CROSS_RATES.RATE
-- columns: AR.OPEN_ITEMS.CURRENCY_CODE -> AR.REVALUATION_LOG.CURRENCY_CODE
-- columns: AR.OPEN_ITEMS.AMOUNT_EUR -> AR.REVALUATION_LOG.TOTAL_EUR
-- indirect: REF.FX_RATES.RATE_DATE, REF.FX_RATES.FROM_CCY, REF.FX_CROSS_RATES.RATE_DATE
-- indirect: REF.FX_CROSS_RATES.FROM_CCY, REF.FX_CROSS_RATES.TO_CCY, AR.OPEN_ITEMS.STATUS
-- diagnostics: none
CREATE OR REPLACE PACKAGE BODY ref.pkg_fx AS

  PROCEDURE load_ecb_rates IS
  BEGIN
    MERGE INTO ref.fx_rates r
    USING (SELECT x.rate_date,
                  x.currency_code,
                  TO_NUMBER(x.rate_txt, '999999D999999', 'NLS_NUMERIC_CHARACTERS=''.,''') AS rate
             FROM ref.ext_ecb_rates x
            WHERE x.rate_txt IS NOT NULL) e
       ON (r.rate_date = e.rate_date AND r.from_ccy = 'EUR' AND r.to_ccy = e.currency_code)
     WHEN MATCHED THEN UPDATE
          SET r.rate = e.rate, r.source = 'ECB'
     WHEN NOT MATCHED THEN INSERT (rate_date, from_ccy, to_ccy, rate, source)
          VALUES (e.rate_date, 'EUR', e.currency_code, e.rate, 'ECB');
    COMMIT;
  END load_ecb_rates;

  PROCEDURE derive_cross_rates (p_date IN DATE) IS
  BEGIN
    DELETE FROM ref.fx_cross_rates WHERE rate_date = p_date;

    INSERT INTO ref.fx_cross_rates (rate_date, from_ccy, to_ccy, rate)
    WITH eur AS (
      SELECT r.to_ccy AS ccy, r.rate
        FROM ref.fx_rates r
       WHERE r.rate_date = p_date
         AND r.from_ccy = 'EUR'
      UNION ALL
      SELECT 'EUR', 1 FROM dual
    )
    SELECT p_date, a.ccy, b.ccy, ROUND(b.rate / a.rate, 8)
      FROM eur a
     CROSS JOIN eur b
     WHERE a.ccy <> b.ccy;
    COMMIT;
  END derive_cross_rates;

  FUNCTION convert_amount (p_amount IN NUMBER, p_from IN VARCHAR2, p_to IN VARCHAR2, p_date IN DATE)
    RETURN NUMBER RESULT_CACHE IS
    v_rate NUMBER;
  BEGIN
    IF p_from = p_to THEN
      RETURN p_amount;
    END IF;
    SELECT c.rate
      INTO v_rate
      FROM ref.fx_cross_rates c
     WHERE c.rate_date = (SELECT MAX(c2.rate_date)
                            FROM ref.fx_cross_rates c2
                           WHERE c2.rate_date <= p_date
                             AND c2.from_ccy = p_from
                             AND c2.to_ccy = p_to)
       AND c.from_ccy = p_from
       AND c.to_ccy = p_to;
    RETURN ROUND(p_amount * v_rate, 2);
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN NULL;
  END convert_amount;

  PROCEDURE revalue_open_items (p_date IN DATE) IS
  BEGIN
    UPDATE ar.open_items oi
       SET oi.amount_eur  = convert_amount(oi.amount, oi.currency_code, 'EUR', p_date),
           oi.revalued_on = p_date
     WHERE oi.status = 'OPEN';

    INSERT INTO ar.revaluation_log (revalued_on, currency_code, items, total_eur)
    SELECT p_date, oi.currency_code, COUNT(*), SUM(oi.amount_eur)
      FROM ar.open_items oi
     WHERE oi.status = 'OPEN'
     GROUP BY oi.currency_code;
    COMMIT;
  END revalue_open_items;

END pkg_fx;
/
