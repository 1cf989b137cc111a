-- case: delete_with_where
-- effects: delete STG.ORDERS
-- indirect: STG.ORDERS.LOAD_DATE
-- diagnostics: none
DELETE FROM stg.orders WHERE load_date < TRUNC(SYSDATE) - 30;

-- case: delete_without_from_keyword
-- effects: delete STG.ORDER_LINES
-- indirect: STG.ORDER_LINES.ORDER_ID
DELETE stg.order_lines WHERE order_id IS NULL;

-- case: delete_where_in_subquery_reads_source
-- sources: STG.CANCELLED_ORDERS
-- effects: delete DWH.FACT_ORDERS
-- indirect: DWH.FACT_ORDERS.ORDER_ID, STG.CANCELLED_ORDERS.ORDER_ID, STG.CANCELLED_ORDERS.CANCEL_DATE
DELETE FROM dwh.fact_orders f
 WHERE f.order_id IN (SELECT c.order_id
                        FROM stg.cancelled_orders c
                       WHERE c.cancel_date = TRUNC(SYSDATE));

-- case: delete_where_exists
-- sources: STG.GDPR_ERASURE_REQUESTS
-- effects: delete DWH.DIM_CUSTOMER
-- indirect: STG.GDPR_ERASURE_REQUESTS.CUSTOMER_ID, STG.GDPR_ERASURE_REQUESTS.APPROVED, DWH.DIM_CUSTOMER.CUSTOMER_ID
DELETE FROM dwh.dim_customer d
 WHERE EXISTS (SELECT 1
                 FROM stg.gdpr_erasure_requests g
                WHERE g.customer_id = d.customer_id
                  AND g.approved = 'Y');

-- case: delete_all_rows
-- effects: delete STG.ERROR_LOG
DELETE FROM stg.error_log;

-- case: truncate_table
-- effects: truncate STG.ORDERS
-- diagnostics: none
TRUNCATE TABLE stg.orders;

-- case: truncate_reuse_storage_then_reload
-- sources: DWH.FACT_ORDERS
-- targets: MART.DAILY_KPI
-- columns: DWH.FACT_ORDERS.ORDER_DATE -> MART.DAILY_KPI.KPI_DATE
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> MART.DAILY_KPI.REVENUE
-- effects: truncate MART.DAILY_KPI
TRUNCATE TABLE mart.daily_kpi REUSE STORAGE;

INSERT /*+ APPEND */ INTO mart.daily_kpi (kpi_date, revenue)
SELECT TRUNC(order_date), SUM(total_amount)
FROM dwh.fact_orders
GROUP BY TRUNC(order_date);

-- case: drop_table_purge
-- effects: drop STG.ORDERS_OLD
DROP TABLE stg.orders_old PURGE;

-- case: drop_table_cascade_constraints
-- effects: drop DWH.TMP_CUSTOMER_KEYS
DROP TABLE dwh.tmp_customer_keys CASCADE CONSTRAINTS;

-- case: drop_view_and_materialized_view
-- effects: drop MART.V_OLD_ORDERS, drop MART.MV_OLD_SALES
DROP VIEW mart.v_old_orders;
DROP MATERIALIZED VIEW mart.mv_old_sales;

-- case: drop_table_if_exists
-- effects: drop STG.LOAD_ERRORS
DROP TABLE IF EXISTS stg.load_errors;

-- case: delete_then_insert_reload_window
-- sources: DWH.FACT_SALES
-- targets: MART.SALES_BY_MONTH
-- columns: DWH.FACT_SALES.SALE_DATE -> MART.SALES_BY_MONTH.MONTH_START
-- columns: DWH.FACT_SALES.STORE_ID -> MART.SALES_BY_MONTH.STORE_ID
-- columns: DWH.FACT_SALES.AMOUNT -> MART.SALES_BY_MONTH.AMOUNT
-- effects: delete MART.SALES_BY_MONTH
DELETE FROM mart.sales_by_month
 WHERE month_start >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1);

INSERT INTO mart.sales_by_month (month_start, store_id, amount)
SELECT TRUNC(s.sale_date, 'MM'), s.store_id, SUM(s.amount)
FROM dwh.fact_sales s
WHERE s.sale_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1)
GROUP BY TRUNC(s.sale_date, 'MM'), s.store_id;

COMMIT;
