-- case: select_only_flashback_as_of_timestamp
-- sources: DWH.FACT_SALES
-- indirect: DWH.FACT_SALES.STORE_ID
SELECT f.sale_id, f.amount
FROM dwh.fact_sales AS OF TIMESTAMP (SYSTIMESTAMP - INTERVAL '1' HOUR) f
WHERE f.store_id = 10;

-- case: restore_from_flashback_scn
-- sources: DWH.DIM_CUSTOMER, OPS.DELETED_BY_MISTAKE
-- targets: BKP.DIM_CUSTOMER_RESTORE
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> BKP.DIM_CUSTOMER_RESTORE.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.EMAIL -> BKP.DIM_CUSTOMER_RESTORE.EMAIL
-- indirect: OPS.DELETED_BY_MISTAKE.CUSTOMER_ID
INSERT INTO bkp.dim_customer_restore (customer_id, email)
SELECT c.customer_id, c.email
FROM dwh.dim_customer AS OF SCN 123456789 c
WHERE c.customer_id IN (SELECT m.customer_id FROM ops.deleted_by_mistake m);

-- case: select_only_sample_seed
-- sources: STG.CLICKS
SELECT * FROM stg.clicks SAMPLE (1) SEED (42);

-- case: ctas_sample_block
-- sources: STG.ORDERS
-- targets: DEV.ORDERS_SAMPLE
-- columns: STG.ORDERS.ORDER_ID -> DEV.ORDERS_SAMPLE.ORDER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> DEV.ORDERS_SAMPLE.TOTAL_AMOUNT
CREATE TABLE dev.orders_sample AS
SELECT o.order_id, o.total_amount
FROM stg.orders SAMPLE BLOCK (5) o;

-- case: select_only_offset_fetch
-- sources: DWH.DIM_PRODUCT
-- diagnostics: none
SELECT p.product_id, p.list_price
FROM dwh.dim_product p
ORDER BY p.list_price DESC
OFFSET 10 ROWS FETCH NEXT 20 ROWS ONLY;

-- case: insert_fetch_first_percent
-- sources: MART.CUSTOMER_360
-- targets: MART.TOP_DECILE_CUSTOMERS
-- columns: MART.CUSTOMER_360.CUSTOMER_ID -> MART.TOP_DECILE_CUSTOMERS.CUSTOMER_ID
-- columns: MART.CUSTOMER_360.LIFETIME_VALUE -> MART.TOP_DECILE_CUSTOMERS.LTV
INSERT INTO mart.top_decile_customers (customer_id, ltv)
SELECT customer_id, lifetime_value
FROM mart.customer_360
ORDER BY lifetime_value DESC
FETCH FIRST 10 PERCENT ROWS ONLY;

-- case: select_only_for_update_skip_locked
-- sources: CFG.JOB_QUEUE
SELECT j.job_id, j.status
FROM cfg.job_queue j
WHERE j.status = 'READY'
FOR UPDATE SKIP LOCKED;

-- case: select_only_partition_for
-- sources: DWH.FACT_SALES
SELECT COUNT(*) FROM dwh.fact_sales PARTITION FOR (DATE '2024-03-01');

-- case: group_by_cube_with_grouping_id
-- sources: DWH.FACT_SALES, DWH.DIM_REGION, DWH.DIM_PRODUCT
-- targets: MART.SALES_CUBE
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_CUBE.REGION
-- columns: DWH.DIM_PRODUCT.CATEGORY -> MART.SALES_CUBE.CATEGORY
-- columns: DWH.FACT_SALES.AMOUNT -> MART.SALES_CUBE.REVENUE
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_CUBE.GRP_ID, DWH.DIM_PRODUCT.CATEGORY -> MART.SALES_CUBE.GRP_ID
-- indirect: DWH.DIM_REGION.REGION_KEY, DWH.FACT_SALES.REGION_KEY, DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
INSERT INTO mart.sales_cube (region, category, revenue, grp_id)
SELECT r.region_name, p.category, SUM(f.amount), GROUPING_ID(r.region_name, p.category)
FROM dwh.fact_sales f
JOIN dwh.dim_region r ON r.region_key = f.region_key
JOIN dwh.dim_product p ON p.product_key = f.product_key
GROUP BY CUBE (r.region_name, p.category);

-- case: select_only_having_count_distinct
-- sources: STG.ORDERS
-- indirect: STG.ORDERS.CHANNEL
SELECT o.customer_id
FROM stg.orders o
GROUP BY o.customer_id
HAVING COUNT(DISTINCT o.channel) > 1;

-- case: group_by_rollup
-- sources: DWH.FACT_SALES, DWH.DIM_DATE
-- targets: MART.SALES_ROLLUP
-- columns: DWH.DIM_DATE.YEAR_NUM -> MART.SALES_ROLLUP.YEAR_NUM
-- columns: DWH.DIM_DATE.MONTH_NUM -> MART.SALES_ROLLUP.MONTH_NUM
-- columns: DWH.FACT_SALES.AMOUNT -> MART.SALES_ROLLUP.REVENUE
-- indirect: DWH.DIM_DATE.DATE_KEY, DWH.FACT_SALES.DATE_KEY
INSERT INTO mart.sales_rollup (year_num, month_num, revenue)
SELECT d.year_num, d.month_num, SUM(f.amount)
FROM dwh.fact_sales f
JOIN dwh.dim_date d ON d.date_key = f.date_key
GROUP BY ROLLUP (d.year_num, d.month_num);
