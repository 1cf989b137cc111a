-- case: refcursor_opened_for_one_of_two_queries_then_one_fetch_loop
-- sources: SALES.WEB_ORDERS, SALES.POS_RECEIPTS
-- targets: MART.CHANNEL_SALES
-- columns: SALES.WEB_ORDERS.FULFILMENT_STORE_ID -> MART.CHANNEL_SALES.STORE_ID, SALES.POS_RECEIPTS.STORE_ID -> MART.CHANNEL_SALES.STORE_ID
-- columns: SALES.WEB_ORDERS.ORDER_TOTAL -> MART.CHANNEL_SALES.AMOUNT, SALES.POS_RECEIPTS.RECEIPT_TOTAL -> MART.CHANNEL_SALES.AMOUNT
-- indirect: SALES.WEB_ORDERS.ORDER_DAY, SALES.POS_RECEIPTS.BUSINESS_DAY
CREATE OR REPLACE PROCEDURE mart.load_channel_sales (p_channel IN VARCHAR2, p_day IN DATE) IS
  rc       SYS_REFCURSOR;
  v_store  NUMBER;
  v_amount NUMBER;
BEGIN
  IF p_channel = 'WEB' THEN
    OPEN rc FOR
      SELECT w.fulfilment_store_id, SUM(w.order_total)
        FROM sales.web_orders w
       WHERE w.order_day = p_day
       GROUP BY w.fulfilment_store_id;
  ELSE
    OPEN rc FOR
      SELECT r.store_id, SUM(r.receipt_total)
        FROM sales.pos_receipts r
       WHERE r.business_day = p_day
       GROUP BY r.store_id;
  END IF;

  LOOP
    FETCH rc INTO v_store, v_amount;
    EXIT WHEN rc%NOTFOUND;
    INSERT INTO mart.channel_sales (sales_day, channel, store_id, amount)
    VALUES (p_day, p_channel, v_store, v_amount);
  END LOOP;
  CLOSE rc;
END load_channel_sales;
/

-- case: refcursor_bulk_fetch_into_target_rowtype_collection_forall_insert_values
-- schema: DWH.FACT_RETURNS(RETURN_ID, ORDER_ID, SKU, QTY, REFUND_AMOUNT)
-- sources: STG.RETURNS
-- targets: DWH.FACT_RETURNS
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS.RETURN_ID
-- columns: STG.RETURNS.ORDER_ID -> DWH.FACT_RETURNS.ORDER_ID
-- columns: STG.RETURNS.SKU -> DWH.FACT_RETURNS.SKU
-- columns: STG.RETURNS.QTY -> DWH.FACT_RETURNS.QTY
-- columns: STG.RETURNS.QTY -> DWH.FACT_RETURNS.REFUND_AMOUNT, STG.RETURNS.UNIT_REFUND -> DWH.FACT_RETURNS.REFUND_AMOUNT
-- indirect: STG.RETURNS.APPROVED
DECLARE
  TYPE t_rows IS TABLE OF dwh.fact_returns%ROWTYPE;
  l_rows t_rows;
  rc     SYS_REFCURSOR;
BEGIN
  OPEN rc FOR
    SELECT r.return_id, r.order_id, r.sku, r.qty, r.qty * r.unit_refund
      FROM stg.returns r
     WHERE r.approved = 'Y';
  LOOP
    FETCH rc BULK COLLECT INTO l_rows LIMIT 1000;
    EXIT WHEN l_rows.COUNT = 0;
    FORALL i IN 1 .. l_rows.COUNT
      INSERT INTO dwh.fact_returns VALUES l_rows(i);
  END LOOP;
  CLOSE rc;
  COMMIT;
END;
/

-- case: strong_ref_cursor_select_star_into_rowtype_record_insert_values_positional
-- schema: STG.VENDORS(VENDOR_ID, VENDOR_NAME, COUNTRY, PAYMENT_TERMS)
-- schema: DWH.VENDOR_HIST(V_ID, V_NAME, V_COUNTRY, V_TERMS)
-- sources: STG.VENDORS
-- targets: DWH.VENDOR_HIST
-- columns: STG.VENDORS.VENDOR_ID -> DWH.VENDOR_HIST.V_ID
-- columns: STG.VENDORS.VENDOR_NAME -> DWH.VENDOR_HIST.V_NAME
-- columns: STG.VENDORS.COUNTRY -> DWH.VENDOR_HIST.V_COUNTRY
-- columns: STG.VENDORS.PAYMENT_TERMS -> DWH.VENDOR_HIST.V_TERMS
CREATE OR REPLACE PROCEDURE dwh.snapshot_vendors (p_country IN VARCHAR2) IS
  TYPE t_vendor_cur IS REF CURSOR RETURN stg.vendors%ROWTYPE;
  c_v   t_vendor_cur;
  l_rec stg.vendors%ROWTYPE;
BEGIN
  OPEN c_v FOR
    SELECT * FROM stg.vendors WHERE country = p_country;
  LOOP
    FETCH c_v INTO l_rec;
    EXIT WHEN c_v%NOTFOUND;
    INSERT INTO dwh.vendor_hist VALUES l_rec;
  END LOOP;
  CLOSE c_v;
END snapshot_vendors;
/

-- case: parameterised_cursor_left_join_used_in_two_loops_with_different_arguments
-- sources: INV.BINS, INV.BIN_STOCK
-- targets: INV.PICK_BIN_REPORT, INV.EMPTY_BINS
-- columns: INV.BINS.BIN_CODE -> INV.PICK_BIN_REPORT.BIN_CODE
-- columns: INV.BIN_STOCK.SKU -> INV.PICK_BIN_REPORT.SKU
-- columns: INV.BIN_STOCK.QTY -> INV.PICK_BIN_REPORT.QTY
-- columns: INV.BIN_STOCK.QTY -> INV.PICK_BIN_REPORT.FILL_PCT, INV.BINS.CAPACITY -> INV.PICK_BIN_REPORT.FILL_PCT
-- columns: INV.BINS.BIN_CODE -> INV.EMPTY_BINS.BIN_CODE
-- indirect: INV.BIN_STOCK.BIN_ID, INV.BINS.BIN_ID, INV.BINS.WAREHOUSE_ID, INV.BINS.ZONE_CODE
CREATE OR REPLACE PROCEDURE inv.rebuild_bin_report (p_wh IN NUMBER) IS
  CURSOR c_bins (cp_wh NUMBER, cp_zone VARCHAR2) IS
    SELECT b.bin_code, b.capacity, s.sku, s.qty
      FROM inv.bins b
      LEFT JOIN inv.bin_stock s ON s.bin_id = b.bin_id
     WHERE b.warehouse_id = cp_wh
       AND b.zone_code = cp_zone;
BEGIN
  FOR r IN c_bins(p_wh, 'PICK') LOOP
    INSERT INTO inv.pick_bin_report (bin_code, sku, qty, fill_pct)
    VALUES (r.bin_code, r.sku, r.qty, ROUND(100 * r.qty / NULLIF(r.capacity, 0), 1));
  END LOOP;

  FOR r IN c_bins(p_wh, 'RESERVE') LOOP
    IF r.qty IS NULL THEN
      INSERT INTO inv.empty_bins (bin_code, warehouse_id, found_at)
      VALUES (r.bin_code, p_wh, SYSDATE);
    END IF;
  END LOOP;
  COMMIT;
END rebuild_bin_report;
/

-- case: forall_save_exceptions_logs_rejects_from_parallel_collections
-- sources: STG.METER_READINGS
-- targets: DWH.FACT_METER_READINGS, ETL.REJECT_LOG
-- columns: STG.METER_READINGS.METER_ID -> DWH.FACT_METER_READINGS.METER_ID
-- columns: STG.METER_READINGS.READING_DAY -> DWH.FACT_METER_READINGS.READING_DAY
-- columns: STG.METER_READINGS.KWH -> DWH.FACT_METER_READINGS.KWH
-- columns: STG.METER_READINGS.METER_ID -> ETL.REJECT_LOG.SOURCE_KEY
-- columns: STG.METER_READINGS.READING_DAY -> ETL.REJECT_LOG.READING_DAY
-- indirect: STG.METER_READINGS.LOAD_STATUS
CREATE OR REPLACE PROCEDURE dwh.load_meter_readings IS
  TYPE t_num  IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE t_date IS TABLE OF DATE INDEX BY PLS_INTEGER;
  l_meter t_num;
  l_day   t_date;
  l_kwh   t_num;
  bulk_errors EXCEPTION;
  PRAGMA EXCEPTION_INIT(bulk_errors, -24381);
  v_idx PLS_INTEGER;
BEGIN
  SELECT m.meter_id, m.reading_day, m.kwh
    BULK COLLECT INTO l_meter, l_day, l_kwh
    FROM stg.meter_readings m
   WHERE m.load_status = 'NEW';

  BEGIN
    FORALL i IN 1 .. l_meter.COUNT SAVE EXCEPTIONS
      INSERT INTO dwh.fact_meter_readings (meter_id, reading_day, kwh)
      VALUES (l_meter(i), l_day(i), l_kwh(i));
  EXCEPTION
    WHEN bulk_errors THEN
      FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
        v_idx := SQL%BULK_EXCEPTIONS(j).ERROR_INDEX;
        INSERT INTO etl.reject_log (source_table, source_key, reading_day, error_text, logged_at)
        VALUES ('METER_READINGS', l_meter(v_idx), l_day(v_idx),
                SQLERRM(-SQL%BULK_EXCEPTIONS(j).ERROR_CODE), SYSTIMESTAMP);
      END LOOP;
  END;
  COMMIT;
END load_meter_readings;
/

-- case: forall_save_exceptions_update_then_flag_failed_source_rows
-- sources: STG.PRICE_UPDATES
-- targets: PRICING.ITEM_PRICES, STG.PRICE_UPDATES
-- columns: STG.PRICE_UPDATES.NEW_PRICE -> PRICING.ITEM_PRICES.PRICE
-- columns: STG.PRICE_UPDATES.UPDATE_ID -> PRICING.ITEM_PRICES.PRICE_SOURCE_ID
DECLARE
  TYPE t_ids    IS TABLE OF stg.price_updates.update_id%TYPE;
  TYPE t_skus   IS TABLE OF stg.price_updates.sku%TYPE;
  TYPE t_prices IS TABLE OF stg.price_updates.new_price%TYPE;
  l_ids    t_ids;
  l_skus   t_skus;
  l_prices t_prices;
  e_dml EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_dml, -24381);
BEGIN
  SELECT u.update_id, u.sku, u.new_price
    BULK COLLECT INTO l_ids, l_skus, l_prices
    FROM stg.price_updates u
   WHERE u.processed = 'N';

  FORALL i IN 1 .. l_ids.COUNT SAVE EXCEPTIONS
    UPDATE pricing.item_prices p
       SET p.price = l_prices(i),
           p.price_source_id = l_ids(i),
           p.updated_at = SYSTIMESTAMP
     WHERE p.sku = l_skus(i);
  COMMIT;
EXCEPTION
  WHEN e_dml THEN
    FOR k IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
      UPDATE stg.price_updates u
         SET u.processed  = 'E',
             u.error_code = SQL%BULK_EXCEPTIONS(k).ERROR_CODE
       WHERE u.update_id = l_ids(SQL%BULK_EXCEPTIONS(k).ERROR_INDEX);
    END LOOP;
    COMMIT;
END;
/

-- case: merge_in_cursor_loop_using_real_table_filtered_by_loop_record
-- sources: CRM.REGIONS, CRM.ACCOUNTS
-- targets: CRM.ACCOUNT_OWNER
-- columns: CRM.REGIONS.REGION_MANAGER -> CRM.ACCOUNT_OWNER.OWNER_NAME
-- columns: CRM.ACCOUNTS.ACCOUNT_NAME -> CRM.ACCOUNT_OWNER.ACCOUNT_NAME
-- columns: CRM.ACCOUNTS.ACCOUNT_ID -> CRM.ACCOUNT_OWNER.ACCOUNT_ID
CREATE OR REPLACE PROCEDURE crm.sync_accounts_by_region IS
BEGIN
  FOR reg IN (SELECT r.region_code, r.region_manager
                FROM crm.regions r
               WHERE r.active = 'Y') LOOP
    MERGE INTO crm.account_owner o
    USING (SELECT a.account_id, a.account_name
             FROM crm.accounts a
            WHERE a.region_code = reg.region_code) s
       ON (o.account_id = s.account_id)
     WHEN MATCHED THEN UPDATE
          SET o.owner_name   = reg.region_manager,
              o.account_name = s.account_name
     WHEN NOT MATCHED THEN INSERT (account_id, account_name, owner_name)
          VALUES (s.account_id, s.account_name, reg.region_manager);
    COMMIT;
  END LOOP;
END sync_accounts_by_region;
/

-- case: dynamic_delete_and_insert_select_with_using_binds
-- sources: STG.CLICKS
-- targets: DWH.FACT_CLICKS
-- columns: STG.CLICKS.CLICK_ID -> DWH.FACT_CLICKS.CLICK_ID
-- columns: STG.CLICKS.CLICKED_AT -> DWH.FACT_CLICKS.CLICK_DAY
-- columns: STG.CLICKS.URL -> DWH.FACT_CLICKS.URL
-- columns: STG.CLICKS.VISITOR_ID -> DWH.FACT_CLICKS.VISITOR_ID
-- indirect: DWH.FACT_CLICKS.CLICK_DAY, DWH.FACT_CLICKS.SOURCE_SYSTEM
-- effects: delete DWH.FACT_CLICKS
CREATE OR REPLACE PROCEDURE etl.reload_click_day (p_day IN DATE, p_source IN VARCHAR2) IS
BEGIN
  EXECUTE IMMEDIATE 'DELETE FROM dwh.fact_clicks WHERE click_day = :d AND source_system = :s'
    USING p_day, p_source;

  EXECUTE IMMEDIATE
       'INSERT /*+ APPEND */ INTO dwh.fact_clicks (click_id, click_day, source_system, url, visitor_id) '
    || 'SELECT c.click_id, TRUNC(c.clicked_at), :src, c.url, c.visitor_id '
    || '  FROM stg.clicks c '
    || ' WHERE c.clicked_at >= :d1 AND c.clicked_at < :d2'
    USING p_source, p_day, p_day + 1;
  COMMIT;
END reload_click_day;
/

-- case: dynamic_merge_q_quote_with_using_binds_in_on_and_values
-- sources: STG.FX_FEED
-- targets: REF.FX_RATES
-- columns: STG.FX_FEED.CCY -> REF.FX_RATES.CCY
-- columns: STG.FX_FEED.MID -> REF.FX_RATES.RATE
-- indirect: REF.FX_RATES.CCY, REF.FX_RATES.RATE_DAY, STG.FX_FEED.FEED_DAY
CREATE OR REPLACE PROCEDURE ref.apply_fx_feed (p_day IN DATE) IS
BEGIN
  EXECUTE IMMEDIATE q'~
    MERGE INTO ref.fx_rates t
    USING (SELECT f.ccy, f.mid FROM stg.fx_feed f WHERE f.feed_day = :feed_day) s
       ON (t.ccy = s.ccy AND t.rate_day = :rate_day)
     WHEN MATCHED THEN UPDATE SET t.rate = s.mid, t.loaded_at = SYSTIMESTAMP
     WHEN NOT MATCHED THEN INSERT (ccy, rate_day, rate, loaded_at)
          VALUES (s.ccy, :ins_day, s.mid, SYSTIMESTAMP)
  ~' USING p_day, p_day, p_day;
  COMMIT;
END apply_fx_feed;
/

-- case: dynamic_truncate_and_static_insert_in_cursor_over_table_list
-- sources: ETL.REFRESH_LIST, STG.ORDERS
-- targets: DWH.ORDERS_COPY
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDERS_COPY.ORDER_ID
-- columns: STG.ORDERS.AMOUNT -> DWH.ORDERS_COPY.AMOUNT
-- effects: truncate DWH.ORDERS_COPY
CREATE OR REPLACE PROCEDURE etl.refresh_copies IS
BEGIN
  FOR t IN (SELECT l.owner, l.table_name FROM etl.refresh_list l WHERE l.enabled = 'Y') LOOP
    EXECUTE IMMEDIATE 'ALTER TABLE ' || t.owner || '.' || t.table_name || ' NOLOGGING';
  END LOOP;

  EXECUTE IMMEDIATE 'TRUNCATE TABLE dwh.orders_copy';
  INSERT /*+ APPEND */ INTO dwh.orders_copy (order_id, amount)
  SELECT o.order_id, o.amount FROM stg.orders o;
  COMMIT;
END refresh_copies;
/

-- case: nested_cursor_loops_inner_parameterised_cursor_opened_twice
-- sources: HR.DEPARTMENTS, HR.EMPLOYEES
-- targets: HR.DEPT_ROSTER
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR.DEPT_ROSTER.DEPARTMENT_NAME
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.DEPT_ROSTER.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.DEPT_ROSTER.EMPLOYEE_NAME
CREATE OR REPLACE PROCEDURE hr.build_dept_roster (p_location IN NUMBER) IS
  CURSOR c_dept IS
    SELECT d.department_id, d.department_name
      FROM hr.departments d
     WHERE d.location_id = p_location;
  CURSOR c_emp (cp_dept NUMBER, cp_job VARCHAR2) IS
    SELECT e.employee_id, e.last_name
      FROM hr.employees e
     WHERE e.department_id = cp_dept
       AND e.job_id LIKE cp_job;
BEGIN
  FOR d IN c_dept LOOP
    FOR m IN c_emp(d.department_id, '%MGR') LOOP
      INSERT INTO hr.dept_roster (department_name, role_group, employee_id, employee_name)
      VALUES (d.department_name, 'MANAGER', m.employee_id, m.last_name);
    END LOOP;
    FOR s IN c_emp(d.department_id, '%CLERK') LOOP
      INSERT INTO hr.dept_roster (department_name, role_group, employee_id, employee_name)
      VALUES (d.department_name, 'STAFF', s.employee_id, s.last_name);
    END LOOP;
  END LOOP;
  COMMIT;
END build_dept_roster;
/

-- case: while_loop_explicit_cursor_aliased_expressions_continue_when
-- sources: LOG.PARCELS, LOG.DEPOTS
-- targets: LOG.LATE_PARCELS
-- columns: LOG.PARCELS.PARCEL_NO -> LOG.LATE_PARCELS.PARCEL_NO
-- columns: LOG.DEPOTS.DEPOT_NAME -> LOG.LATE_PARCELS.DEPOT_NAME
-- columns: LOG.PARCELS.DELIVERED_AT -> LOG.LATE_PARCELS.HOURS_LATE, LOG.PARCELS.PROMISED_AT -> LOG.LATE_PARCELS.HOURS_LATE
-- indirect: LOG.PARCELS.DEPOT_ID, LOG.DEPOTS.DEPOT_ID
CREATE OR REPLACE PROCEDURE log.find_late_parcels IS
  CURSOR c_p IS
    SELECT p.parcel_no                               AS parcel,
           dp.depot_name                             AS depot,
           (p.delivered_at - p.promised_at) * 24     AS hours_late
      FROM log.parcels p, log.depots dp
     WHERE dp.depot_id (+) = p.depot_id;
  l_p c_p%ROWTYPE;
BEGIN
  OPEN c_p;
  FETCH c_p INTO l_p;
  WHILE c_p%FOUND LOOP
    IF l_p.hours_late > 0 THEN
      INSERT INTO log.late_parcels (parcel_no, depot_name, hours_late)
      VALUES (l_p.parcel, NVL(l_p.depot, 'N/A'), ROUND(l_p.hours_late, 1));
    END IF;
    FETCH c_p INTO l_p;
  END LOOP;
  CLOSE c_p;
END find_late_parcels;
/

-- case: forall_merge_from_collection_of_cursor_records_with_update_where
-- sources: STG.LOYALTY_DELTAS
-- targets: CRM.LOYALTY_BALANCES
-- columns: STG.LOYALTY_DELTAS.MEMBER_ID -> CRM.LOYALTY_BALANCES.MEMBER_ID
-- columns: STG.LOYALTY_DELTAS.POINTS -> CRM.LOYALTY_BALANCES.POINTS
-- columns: STG.LOYALTY_DELTAS.EVENT_TS -> CRM.LOYALTY_BALANCES.LAST_EVENT_TS
-- indirect: CRM.LOYALTY_BALANCES.MEMBER_ID, CRM.LOYALTY_BALANCES.FROZEN_FLAG
CREATE OR REPLACE PROCEDURE crm.apply_loyalty_deltas IS
  CURSOR c_d IS
    SELECT d.member_id, SUM(d.points) AS points, MAX(d.event_ts) AS last_ts
      FROM stg.loyalty_deltas d
     GROUP BY d.member_id;
  TYPE t_d IS TABLE OF c_d%ROWTYPE;
  l_d t_d;
BEGIN
  OPEN c_d;
  LOOP
    FETCH c_d BULK COLLECT INTO l_d LIMIT 2000;
    EXIT WHEN l_d.COUNT = 0;
    FORALL i IN 1 .. l_d.COUNT
      MERGE INTO crm.loyalty_balances b
      USING (SELECT l_d(i).member_id AS member_id,
                    l_d(i).points    AS points,
                    l_d(i).last_ts   AS last_ts
               FROM dual) x
         ON (b.member_id = x.member_id)
       WHEN MATCHED THEN UPDATE
            SET b.points = b.points + x.points,
                b.last_event_ts = x.last_ts
          WHERE b.frozen_flag = 'N'
       WHEN NOT MATCHED THEN INSERT (member_id, points, last_event_ts)
            VALUES (x.member_id, x.points, x.last_ts);
    COMMIT;
  END LOOP;
  CLOSE c_d;
END apply_loyalty_deltas;
/

-- case: refcursor_reopened_for_union_all_and_fetched_into_record_fields
-- sources: AP.INVOICES, AP.CREDIT_MEMOS
-- targets: AP.OPEN_ITEMS
-- columns: AP.INVOICES.SUPPLIER_ID -> AP.OPEN_ITEMS.SUPPLIER_ID, AP.CREDIT_MEMOS.SUPPLIER_ID -> AP.OPEN_ITEMS.SUPPLIER_ID
-- columns: AP.INVOICES.INVOICE_NO -> AP.OPEN_ITEMS.DOC_NO, AP.CREDIT_MEMOS.MEMO_NO -> AP.OPEN_ITEMS.DOC_NO
-- columns: AP.INVOICES.OPEN_AMOUNT -> AP.OPEN_ITEMS.AMOUNT, AP.CREDIT_MEMOS.AMOUNT -> AP.OPEN_ITEMS.AMOUNT
-- indirect: AP.INVOICES.STATUS, AP.CREDIT_MEMOS.APPLIED
-- effects: delete AP.OPEN_ITEMS
DECLARE
  TYPE t_item IS RECORD (supplier_id NUMBER, doc_no VARCHAR2(30), doc_type VARCHAR2(3), amount NUMBER);
  l_item t_item;
  rc     SYS_REFCURSOR;
BEGIN
  DELETE FROM ap.open_items;
  OPEN rc FOR
    SELECT i.supplier_id, i.invoice_no, 'INV', i.open_amount
      FROM ap.invoices i
     WHERE i.status = 'OPEN'
    UNION ALL
    SELECT m.supplier_id, m.memo_no, 'CRM', -m.amount
      FROM ap.credit_memos m
     WHERE m.applied = 'N';
  LOOP
    FETCH rc INTO l_item;
    EXIT WHEN rc%NOTFOUND;
    INSERT INTO ap.open_items (supplier_id, doc_no, doc_type, amount)
    VALUES (l_item.supplier_id, l_item.doc_no, l_item.doc_type, l_item.amount);
  END LOOP;
  CLOSE rc;
  COMMIT;
END;
/

-- case: cursor_for_update_current_of_writes_looked_up_value_back
-- sources: FIN.JOURNAL_LINES, FIN.ACCOUNT_MAP
-- targets: FIN.JOURNAL_LINES, FIN.GL_POSTINGS
-- columns: FIN.JOURNAL_LINES.JOURNAL_ID -> FIN.GL_POSTINGS.JOURNAL_ID
-- columns: FIN.ACCOUNT_MAP.GL_ACCOUNT -> FIN.GL_POSTINGS.GL_ACCOUNT
-- columns: FIN.JOURNAL_LINES.AMOUNT -> FIN.GL_POSTINGS.AMOUNT
-- columns: FIN.ACCOUNT_MAP.GL_ACCOUNT -> FIN.JOURNAL_LINES.POSTED_ACCOUNT
CREATE OR REPLACE PROCEDURE fin.post_journals IS
  CURSOR c_j IS
    SELECT j.journal_id, j.local_account, j.amount
      FROM fin.journal_lines j
     WHERE j.posted = 'N'
       FOR UPDATE OF j.posted;
  v_gl fin.account_map.gl_account%TYPE;
BEGIN
  FOR r IN c_j LOOP
    SELECT m.gl_account INTO v_gl
      FROM fin.account_map m
     WHERE m.local_account = r.local_account;

    INSERT INTO fin.gl_postings (journal_id, gl_account, amount, posted_at)
    VALUES (r.journal_id, v_gl, r.amount, SYSDATE);

    UPDATE fin.journal_lines
       SET posted = 'Y',
           posted_account = v_gl
     WHERE CURRENT OF c_j;
  END LOOP;
  COMMIT;
END post_journals;
/

-- case: dynamic_execute_immediate_into_and_static_insert_using_only_literals
-- sources: ETL.LOAD_WATERMARKS, STG.TRADES
-- targets: DWH.FACT_TRADES
-- columns: STG.TRADES.TRADE_ID -> DWH.FACT_TRADES.TRADE_ID
-- columns: STG.TRADES.NOTIONAL -> DWH.FACT_TRADES.NOTIONAL
-- columns: STG.TRADES.BOOKED_AT -> DWH.FACT_TRADES.BOOKED_AT
CREATE OR REPLACE PROCEDURE dwh.load_trades IS
  v_wm TIMESTAMP;
BEGIN
  EXECUTE IMMEDIATE 'SELECT MAX(w.loaded_until) FROM etl.load_watermarks w WHERE w.table_name = :t'
    INTO v_wm
    USING 'FACT_TRADES';

  INSERT INTO dwh.fact_trades (trade_id, notional, booked_at)
  SELECT t.trade_id, t.notional, t.booked_at
    FROM stg.trades t
   WHERE t.booked_at > v_wm;
  COMMIT;
END load_trades;
/

-- case: bulk_collect_limit_loop_forall_insert_select_from_dual_with_elements
-- sources: SRC.SENSOR_RAW
-- targets: DWH.SENSOR_HOURLY
-- columns: SRC.SENSOR_RAW.SENSOR_ID -> DWH.SENSOR_HOURLY.SENSOR_ID
-- columns: SRC.SENSOR_RAW.MEASURED_AT -> DWH.SENSOR_HOURLY.HOUR_TS
-- columns: SRC.SENSOR_RAW.VAL -> DWH.SENSOR_HOURLY.AVG_VALUE
-- indirect: SRC.SENSOR_RAW.QUALITY
DECLARE
  CURSOR c IS
    SELECT r.sensor_id, TRUNC(r.measured_at, 'HH24') AS hour_ts, AVG(r.val) AS avg_val
      FROM src.sensor_raw r
     WHERE r.quality = 'GOOD'
     GROUP BY r.sensor_id, TRUNC(r.measured_at, 'HH24');
  TYPE t_tab IS TABLE OF c%ROWTYPE INDEX BY PLS_INTEGER;
  l_tab t_tab;
BEGIN
  OPEN c;
  LOOP
    FETCH c BULK COLLECT INTO l_tab LIMIT 500;
    FORALL i IN 1 .. l_tab.COUNT
      INSERT INTO dwh.sensor_hourly (sensor_id, hour_ts, avg_value)
      SELECT l_tab(i).sensor_id, l_tab(i).hour_ts, ROUND(l_tab(i).avg_val, 3) FROM dual;
    EXIT WHEN c%NOTFOUND;
  END LOOP;
  CLOSE c;
  COMMIT;
END;
/

-- case: cursor_expression_parameter_default_and_record_in_update_set
-- sources: HR.EMPLOYEES, HR.JOB_GRADES
-- targets: HR.EMPLOYEES
-- columns: HR.JOB_GRADES.GRADE_CODE -> HR.EMPLOYEES.GRADE_CODE
-- indirect: HR.JOB_GRADES.MIN_SALARY, HR.JOB_GRADES.MAX_SALARY, HR.EMPLOYEES.SALARY
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.EMPLOYEES.EMPLOYEE_ID
CREATE OR REPLACE PROCEDURE hr.regrade (p_dept IN NUMBER DEFAULT NULL) IS
  CURSOR c_e (cp_dept NUMBER DEFAULT 10) IS
    SELECT e.employee_id, g.grade_code
      FROM hr.employees e
      JOIN hr.job_grades g
        ON e.salary BETWEEN g.min_salary AND g.max_salary
     WHERE e.department_id = cp_dept;
BEGIN
  FOR r IN c_e(NVL(p_dept, 10)) LOOP
    UPDATE hr.employees
       SET grade_code = r.grade_code
     WHERE employee_id = r.employee_id;
  END LOOP;
  COMMIT;
END regrade;
/
