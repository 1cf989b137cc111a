-- case: default_schema_for_unqualified_target
-- default_schema: DWH
-- sources: STG.ORDERS
-- targets: DWH.FACT_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> DWH.FACT_ORDERS.AMOUNT
-- diagnostics: none
INSERT INTO fact_orders (order_id, amount)
SELECT o.order_id, o.total_amount
FROM stg.orders o;

-- case: default_schema_all_unqualified_join
-- default_schema: SALES
-- sources: SALES.CUSTOMERS, SALES.ORDERS
-- targets: SALES.ORDER_SUMMARY
-- columns: SALES.CUSTOMERS.CUSTOMER_ID -> SALES.ORDER_SUMMARY.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> SALES.ORDER_SUMMARY.ORDERS
-- indirect: SALES.ORDERS.CUSTOMER_ID
INSERT INTO order_summary (customer_id, orders)
SELECT c.customer_id, COUNT(o.order_id)
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id;

-- case: default_schema_with_schema_provider_position
-- default_schema: DWH
-- schema: DWH.DIM_PRODUCT(PRODUCT_KEY, PRODUCT_ID, PRODUCT_NAME)
-- schema: DWH.STG_PRODUCTS(ID, NAME)
-- sources: DWH.STG_PRODUCTS
-- targets: DWH.DIM_PRODUCT
-- columns: DWH.STG_PRODUCTS.ID -> DWH.DIM_PRODUCT.PRODUCT_ID
-- columns: DWH.STG_PRODUCTS.NAME -> DWH.DIM_PRODUCT.PRODUCT_NAME
INSERT INTO dim_product
SELECT seq_product.NEXTVAL, id, name FROM stg_products;

-- case: default_schema_not_applied_to_cte
-- default_schema: MART
-- sources: DWH.FACT_SALES
-- targets: MART.TOP_STORES
-- columns: DWH.FACT_SALES.STORE_ID -> MART.TOP_STORES.STORE_ID
-- columns: DWH.FACT_SALES.AMOUNT -> MART.TOP_STORES.REVENUE
INSERT INTO top_stores (store_id, revenue)
WITH rev AS (
  SELECT store_id, SUM(amount) AS revenue FROM dwh.fact_sales GROUP BY store_id
)
SELECT store_id, revenue FROM rev WHERE revenue > 1000000;

-- case: default_schema_dual_stays_pseudo_table
-- default_schema: CFG
-- targets: CFG.RUN_LOG
INSERT INTO run_log (run_id, run_at) SELECT seq_run.NEXTVAL, SYSDATE FROM dual;

-- case: default_schema_in_effects
-- default_schema: STG
-- effects: truncate STG.ORDERS_DELTA, delete STG.ORDERS
-- effects: rename STG.ORDERS_OLD to STG.ORDERS_ARCHIVE, drop STG.ORDERS_TMP
TRUNCATE TABLE orders_delta;
DELETE FROM orders WHERE processed = 'Y';
ALTER TABLE orders_old RENAME TO orders_archive;
DROP TABLE orders_tmp;

-- case: default_schema_view
-- default_schema: DWH
-- sources: DWH.DIM_CUSTOMER, DWH.FACT_ORDERS
-- targets: DWH.V_CUSTOMER_ORDERS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> DWH.V_CUSTOMER_ORDERS.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.FULL_NAME -> DWH.V_CUSTOMER_ORDERS.FULL_NAME
-- columns: DWH.FACT_ORDERS.ORDER_ID -> DWH.V_CUSTOMER_ORDERS.ORDER_ID
-- indirect: DWH.FACT_ORDERS.CUSTOMER_KEY, DWH.DIM_CUSTOMER.CUSTOMER_KEY
CREATE OR REPLACE VIEW v_customer_orders AS
SELECT c.customer_id, c.full_name, o.order_id
FROM dim_customer c
JOIN fact_orders o ON o.customer_key = c.customer_key;

-- case: default_schema_intermediate
-- default_schema: WORK
-- sources: DWH.DIM_CUSTOMER, STG.ORDERS
-- targets: DWH.FACT_ORDERS
-- intermediate: WORK.TMP_KEYS
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> DWH.FACT_ORDERS.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_ORDERS.CUSTOMER_KEY
CREATE TABLE tmp_keys AS
SELECT customer_id, customer_key FROM dwh.dim_customer WHERE is_current = 'Y';

INSERT INTO dwh.fact_orders (order_id, customer_id, customer_key)
SELECT o.order_id, k.customer_id, k.customer_key
FROM stg.orders o
JOIN tmp_keys k ON k.customer_id = o.customer_id;

DROP TABLE tmp_keys;

-- case: default_schema_with_quoted_names
-- default_schema: DWH
-- sources: DWH.stage_rows
-- targets: DWH.FactLegacy
-- columns: DWH.stage_rows.ID -> DWH.FactLegacy.ID
INSERT INTO "FactLegacy" (id) SELECT id FROM "stage_rows";
