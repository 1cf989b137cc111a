-- case: select_nextval_from_dual
-- diagnostics: none
SELECT dwh.seq_batch_id.NEXTVAL FROM dual;

-- case: insert_values_nextval_then_currval
-- targets: DWH.BATCH_RUNS, DWH.BATCH_STEPS
INSERT INTO dwh.batch_runs (batch_id, started_at) VALUES (dwh.seq_batch_id.NEXTVAL, SYSDATE);
INSERT INTO dwh.batch_steps (batch_id, step_name) VALUES (dwh.seq_batch_id.CURRVAL, 'EXTRACT');

-- case: insert_from_dual_with_count_subquery
-- sources: STG.ORDERS
-- targets: DWH.ROW_COUNTS
INSERT INTO dwh.row_counts (table_name, cnt, counted_at)
SELECT 'STG.ORDERS', (SELECT COUNT(*) FROM stg.orders), SYSDATE FROM dual;

-- case: nextval_over_distinct_inline_view
-- sources: STG.CHANNELS
-- targets: DWH.DIM_CHANNEL
-- columns: STG.CHANNELS.CODE -> DWH.DIM_CHANNEL.CHANNEL_CODE
-- columns: STG.CHANNELS.DESCRIPTION -> DWH.DIM_CHANNEL.CHANNEL_NAME
INSERT INTO dwh.dim_channel (channel_key, channel_code, channel_name)
SELECT dwh.seq_channel.NEXTVAL, src.code, src.description
FROM (SELECT DISTINCT code, description FROM stg.channels) src;

-- case: merge_using_dual_with_sequence
-- targets: CFG.BATCH_CONTROL
MERGE INTO cfg.batch_control b
USING dual
ON (b.job_name = 'DAILY_LOAD')
WHEN MATCHED THEN UPDATE SET b.last_batch_id = cfg.seq_batch.NEXTVAL, b.last_run = SYSDATE
WHEN NOT MATCHED THEN INSERT (job_name, last_batch_id, last_run)
  VALUES ('DAILY_LOAD', cfg.seq_batch.NEXTVAL, SYSDATE);

-- case: currval_with_table_source
-- sources: STG.ORDERS
-- targets: DWH.ORDER_BATCH_MAP
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_BATCH_MAP.ORDER_ID
-- indirect: STG.ORDERS.BATCH_FLAG
INSERT INTO dwh.order_batch_map (batch_id, order_id)
SELECT dwh.seq_batch_id.CURRVAL, o.order_id
FROM stg.orders o
WHERE o.batch_flag = 'N';

-- case: rownum_and_rowid_are_not_sources
-- sources: STG.ORDERS
-- targets: STG.ORDERS_SAMPLE
-- columns: STG.ORDERS.ORDER_ID -> STG.ORDERS_SAMPLE.ORDER_ID
INSERT INTO stg.orders_sample (row_no, src_rowid, order_id)
SELECT ROWNUM, ROWIDTOCHAR(o.ROWID), o.order_id
FROM stg.orders o
WHERE ROWNUM <= 1000;

-- case: niladic_functions_from_dual
-- targets: AUDIT_LOG.SESSION_LOG
INSERT INTO audit_log.session_log (username, os_user, module, logged_at)
SELECT USER, SYS_CONTEXT('USERENV', 'OS_USER'), SYS_CONTEXT('USERENV', 'MODULE'), SYSTIMESTAMP
FROM dual;

-- case: create_sequence_then_use
-- sources: STG.EVENTS
-- targets: DWH.FACT_EVENTS
-- columns: STG.EVENTS.EVENT_TYPE -> DWH.FACT_EVENTS.EVENT_TYPE
CREATE SEQUENCE dwh.seq_fact_id START WITH 1 INCREMENT BY 1 CACHE 1000 NOCYCLE;

INSERT INTO dwh.fact_events (event_id, event_type)
SELECT dwh.seq_fact_id.NEXTVAL, e.event_type
FROM stg.events e;
