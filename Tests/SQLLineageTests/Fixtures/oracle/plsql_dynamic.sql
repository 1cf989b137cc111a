-- case: dynamic_execute_immediate_truncate_literals
-- effects: truncate STG.ORDERS, truncate STG.ORDER_LINES
CREATE OR REPLACE PROCEDURE stg.reset_staging IS
BEGIN
  EXECUTE IMMEDIATE 'TRUNCATE TABLE stg.orders';
  EXECUTE IMMEDIATE 'TRUNCATE TABLE stg.order_lines REUSE STORAGE';
  DBMS_OUTPUT.PUT_LINE('staging reset');
END reset_staging;
/

-- case: dynamic_execute_immediate_insert_select_literal
-- sources: APP.SESSIONS
-- targets: DW.DAILY_KPI
-- columns: APP.SESSIONS.USER_ID -> DW.DAILY_KPI.ACTIVE_USERS
-- indirect: APP.SESSIONS.STARTED_AT
BEGIN
  EXECUTE IMMEDIATE 'INSERT INTO dw.daily_kpi (kpi_day, active_users) SELECT TRUNC(SYSDATE), COUNT(DISTINCT u.user_id) FROM app.sessions u WHERE u.started_at >= TRUNC(SYSDATE)';
  COMMIT;
END;
/

-- case: dynamic_literals_joined_with_concatenation
-- sources: CRM.CUSTOMERS
-- targets: MKT.SEGMENTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.SEGMENTS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.TIER -> MKT.SEGMENTS.SEGMENT_CODE
-- effects: delete MKT.SEGMENTS
CREATE OR REPLACE PROCEDURE mkt.rebuild_segments IS
BEGIN
  EXECUTE IMMEDIATE 'DELETE FROM mkt.segments ' || 'WHERE segment_type = ''AUTO''';
  EXECUTE IMMEDIATE 'INSERT INTO mkt.segments (customer_id, segment_code, segment_type) '
                 || 'SELECT c.customer_id, c.tier, ''AUTO'' '
                 || 'FROM crm.customers c '
                 || 'WHERE c.is_active = ''Y''';
  COMMIT;
END rebuild_segments;
/

-- case: dynamic_q_quoted_literal_merge
-- sources: REF.CURRENCIES
-- targets: DW.DIM_CURRENCY
-- columns: REF.CURRENCIES.CODE -> DW.DIM_CURRENCY.CURRENCY_CODE
-- columns: REF.CURRENCIES.DESCRIPTION -> DW.DIM_CURRENCY.CURRENCY_NAME
-- indirect: REF.CURRENCIES.STATUS, DW.DIM_CURRENCY.CURRENCY_CODE
DECLARE
  v_rows NUMBER;
BEGIN
  EXECUTE IMMEDIATE q'[
    MERGE INTO dw.dim_currency d
    USING (SELECT r.code, r.description
             FROM ref.currencies r
            WHERE r.status = 'ACTIVE') s
       ON (d.currency_code = s.code)
     WHEN MATCHED THEN
       UPDATE SET d.currency_name = s.description
     WHEN NOT MATCHED THEN
       INSERT (currency_code, currency_name) VALUES (s.code, s.description)
  ]';
  v_rows := SQL%ROWCOUNT;
  DBMS_OUTPUT.PUT_LINE(v_rows || ' currencies merged');
  COMMIT;
END;
/

-- case: dynamic_execute_immediate_using_bind_variables
-- sources: ETL.BATCHES
-- targets: ETL.BATCH_HISTORY
-- columns: ETL.BATCHES.BATCH_ID -> ETL.BATCH_HISTORY.BATCH_ID
-- columns: ETL.BATCHES.SOURCE_SYSTEM -> ETL.BATCH_HISTORY.SOURCE_SYSTEM
-- columns: ETL.BATCHES.ROW_COUNT -> ETL.BATCH_HISTORY.ROW_COUNT
-- effects: delete ETL.BATCHES
CREATE OR REPLACE PROCEDURE etl.close_batch (p_batch_id IN NUMBER) IS
BEGIN
  EXECUTE IMMEDIATE
    'INSERT INTO etl.batch_history (batch_id, source_system, row_count, closed_at) ' ||
    'SELECT b.batch_id, b.source_system, b.row_count, SYSDATE FROM etl.batches b WHERE b.batch_id = :1'
    USING p_batch_id;
  EXECUTE IMMEDIATE 'DELETE FROM etl.batches WHERE batch_id = :id' USING p_batch_id;
END close_batch;
/

-- case: dynamic_sql_built_from_variables_gives_no_lineage
-- targets: UTIL.TRUNCATE_LOG
CREATE OR REPLACE PROCEDURE util.truncate_and_count (p_owner IN VARCHAR2, p_table IN VARCHAR2) IS
  v_sql VARCHAR2(1000);
  v_cnt NUMBER;
BEGIN
  v_sql := 'SELECT COUNT(*) FROM ' || p_owner || '.' || p_table;
  EXECUTE IMMEDIATE v_sql INTO v_cnt;
  EXECUTE IMMEDIATE 'TRUNCATE TABLE ' || DBMS_ASSERT.SQL_OBJECT_NAME(p_owner || '.' || p_table);

  INSERT INTO util.truncate_log (owner_name, table_name, rows_before, truncated_at)
  VALUES (p_owner, p_table, v_cnt, SYSDATE);
END truncate_and_count;
/

-- case: dynamic_ctas_then_drop_is_intermediate
-- sources: STG.ORDERS
-- targets: DW.ORDER_CHANGES
-- intermediate: STG.TMP_ORDER_DELTA
-- columns: STG.ORDERS.ORDER_ID -> DW.ORDER_CHANGES.ORDER_ID
-- columns: STG.ORDERS.AMOUNT -> DW.ORDER_CHANGES.NEW_AMOUNT
-- columns: STG.ORDERS.CHANGED_AT -> DW.ORDER_CHANGES.CHANGE_TS
CREATE OR REPLACE PROCEDURE dw.rebuild_order_changes IS
BEGIN
  EXECUTE IMMEDIATE 'CREATE TABLE stg.tmp_order_delta AS '
                 || 'SELECT o.order_id, o.amount, o.changed_at FROM stg.orders o '
                 || 'WHERE o.changed_at > SYSDATE - 1';
  EXECUTE IMMEDIATE 'INSERT INTO dw.order_changes (order_id, new_amount, change_ts) '
                 || 'SELECT t.order_id, t.amount, t.changed_at FROM stg.tmp_order_delta t';
  EXECUTE IMMEDIATE 'DROP TABLE stg.tmp_order_delta PURGE';
  COMMIT;
END rebuild_order_changes;
/

-- case: dynamic_drop_and_rename_effects
-- effects: drop SALES_READY_OLD, rename SALES_READY to SALES_READY_OLD, rename SALES_STAGE to SALES_READY
BEGIN
  EXECUTE IMMEDIATE 'DROP TABLE sales_ready_old PURGE';
  EXECUTE IMMEDIATE 'ALTER TABLE sales_ready RENAME TO sales_ready_old';
  EXECUTE IMMEDIATE 'ALTER TABLE sales_stage RENAME TO sales_ready';
END;
/

-- case: dynamic_literal_with_doubled_quotes
-- sources: DW.FACT_SALES
-- targets: ETL.FLAGS
-- columns: DW.FACT_SALES.LOADED_AT -> ETL.FLAGS.FLAG_VALUE
CREATE OR REPLACE PROCEDURE etl.set_last_load_flag IS
BEGIN
  EXECUTE IMMEDIATE 'INSERT INTO etl.flags (flag_name, flag_value) SELECT ''LAST_SALES_LOAD'', TO_CHAR(MAX(f.loaded_at), ''YYYY-MM-DD"T"HH24:MI:SS'') FROM dw.fact_sales f';
  COMMIT;
END set_last_load_flag;
/

-- case: dynamic_variable_partition_ddl_beside_static_insert
-- sources: RAW.EVENTS
-- targets: STG.EVENTS
-- columns: RAW.EVENTS.EVENT_ID -> STG.EVENTS.EVENT_ID
-- columns: RAW.EVENTS.EVENT_DAY -> STG.EVENTS.EVENT_DAY
-- columns: RAW.EVENTS.PAYLOAD -> STG.EVENTS.PAYLOAD
CREATE OR REPLACE PROCEDURE stg.load_event_partition (p_part_name IN VARCHAR2, p_day IN DATE) IS
BEGIN
  EXECUTE IMMEDIATE 'ALTER TABLE stg.events TRUNCATE PARTITION ' || p_part_name;

  INSERT INTO stg.events (event_id, event_day, payload)
  SELECT e.event_id, e.event_day, e.payload
    FROM raw.events e
   WHERE e.event_day = p_day;
  COMMIT;
END load_event_partition;
/

-- case: dynamic_select_into_literal_reads_source
-- sources: STG.ORDERS
-- indirect: STG.ORDERS.STATUS
DECLARE
  v_cnt NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM stg.orders WHERE status = ''NEW''' INTO v_cnt;
  IF v_cnt = 0 THEN
    RAISE_APPLICATION_ERROR(-20010, 'nothing to load');
  END IF;
END;
/

-- case: dynamic_plsql_block_literal_without_tables
BEGIN
  EXECUTE IMMEDIATE 'BEGIN DBMS_STATS.GATHER_TABLE_STATS(''DW'', ''FACT_SALES''); END;';
  EXECUTE IMMEDIATE 'ALTER SESSION SET NLS_DATE_FORMAT = ''YYYY-MM-DD''';
END;
/
