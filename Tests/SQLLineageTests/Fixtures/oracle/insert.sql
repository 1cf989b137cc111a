-- case: insert_select_with_column_list
-- sources: STG.CUSTOMERS
-- targets: DWH.DIM_CUSTOMER
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.DIM_CUSTOMER.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME, STG.CUSTOMERS.LAST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME
-- columns: STG.CUSTOMERS.EMAIL -> DWH.DIM_CUSTOMER.EMAIL
-- columns: STG.CUSTOMERS.COUNTRY_CODE -> DWH.DIM_CUSTOMER.COUNTRY_CODE
-- diagnostics: none
INSERT INTO dwh.dim_customer (customer_id, full_name, email, country_code, valid_from, is_current)
SELECT c.customer_id,
       INITCAP(c.first_name) || ' ' || INITCAP(c.last_name),
       LOWER(TRIM(c.email)),
       UPPER(c.country_code),
       SYSDATE,
       'Y'
FROM stg.customers c;

-- case: insert_without_column_list_maps_by_schema_position
-- schema: DWH.FACT_PAYMENTS(PAYMENT_KEY, ORDER_ID, PAID_AMOUNT, PAID_DATE, METHOD)
-- sources: STG.PAYMENTS
-- targets: DWH.FACT_PAYMENTS
-- columns: STG.PAYMENTS.PAYMENT_ID -> DWH.FACT_PAYMENTS.PAYMENT_KEY
-- columns: STG.PAYMENTS.ORDER_ID -> DWH.FACT_PAYMENTS.ORDER_ID
-- columns: STG.PAYMENTS.AMOUNT -> DWH.FACT_PAYMENTS.PAID_AMOUNT
-- columns: STG.PAYMENTS.PAID_AT -> DWH.FACT_PAYMENTS.PAID_DATE
-- columns: STG.PAYMENTS.PAYMENT_METHOD -> DWH.FACT_PAYMENTS.METHOD
INSERT INTO dwh.fact_payments
SELECT p.payment_id, p.order_id, p.amount, TRUNC(p.paid_at), p.payment_method
FROM stg.payments p;

-- case: insert_select_star_both_schemas_known
-- schema: STG.ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_DATE, STATUS)
-- schema: ARCH.ORDERS_2019(ORDER_ID, CUSTOMER_ID, ORDER_DATE, STATUS)
-- sources: STG.ORDERS
-- targets: ARCH.ORDERS_2019
-- columns: STG.ORDERS.ORDER_ID -> ARCH.ORDERS_2019.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> ARCH.ORDERS_2019.CUSTOMER_ID
-- columns: STG.ORDERS.ORDER_DATE -> ARCH.ORDERS_2019.ORDER_DATE
-- columns: STG.ORDERS.STATUS -> ARCH.ORDERS_2019.STATUS
INSERT INTO arch.orders_2019
SELECT * FROM stg.orders WHERE order_date < DATE '2020-01-01';

-- case: insert_select_star_without_schema
-- sources: DWH.CUSTOMERS
-- targets: BKP.CUSTOMERS_20240101
-- columns: DWH.CUSTOMERS.* -> BKP.CUSTOMERS_20240101.*
INSERT INTO bkp.customers_20240101 SELECT * FROM dwh.customers;

-- case: insert_values_literals_only
-- targets: DWH.ETL_CONTROL
INSERT INTO dwh.etl_control (job_name, status, started_at) VALUES ('LOAD_SALES', 'RUNNING', SYSDATE);

-- case: insert_values_sequence_and_binds
-- targets: DWH.ETL_LOG
INSERT INTO dwh.etl_log (log_id, job_name, message, logged_at)
VALUES (dwh.etl_log_seq.NEXTVAL, :job_name, 'started', SYSTIMESTAMP);

-- case: insert_select_nextval_and_not_exists_on_target
-- sources: STG.PRODUCTS, DWH.DIM_PRODUCT
-- targets: DWH.DIM_PRODUCT
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.DIM_PRODUCT.PRODUCT_ID
-- columns: STG.PRODUCTS.NAME -> DWH.DIM_PRODUCT.PRODUCT_NAME
-- columns: STG.PRODUCTS.CATEGORY -> DWH.DIM_PRODUCT.CATEGORY
-- indirect: DWH.DIM_PRODUCT.PRODUCT_ID
INSERT INTO dwh.dim_product (product_key, product_id, product_name, category, load_ts)
SELECT dwh.seq_product_key.NEXTVAL, s.product_id, s.name, s.category, SYSDATE
FROM stg.products s
WHERE NOT EXISTS (SELECT 1 FROM dwh.dim_product d WHERE d.product_id = s.product_id);

-- case: insert_append_no_column_list_aggregates
-- schema: MART.DAILY_KPI(KPI_DATE, ORDERS, REVENUE, AVG_BASKET)
-- sources: STG.ORDERS
-- targets: MART.DAILY_KPI
-- columns: STG.ORDERS.ORDER_DATE -> MART.DAILY_KPI.KPI_DATE
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.DAILY_KPI.REVENUE
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.DAILY_KPI.AVG_BASKET
INSERT /*+ APPEND */ INTO mart.daily_kpi
SELECT TRUNC(o.order_date), COUNT(*), SUM(o.total_amount), AVG(o.total_amount)
FROM stg.orders o
GROUP BY TRUNC(o.order_date);

-- case: insert_values_scalar_subqueries
-- sources: DWH.FACT_ORDERS
-- targets: MART.KPI_SNAPSHOT
-- columns: DWH.FACT_ORDERS.CUSTOMER_ID -> MART.KPI_SNAPSHOT.ACTIVE_CUSTOMERS
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> MART.KPI_SNAPSHOT.OPEN_ORDERS_VALUE
-- indirect: DWH.FACT_ORDERS.ORDER_DATE, DWH.FACT_ORDERS.STATUS
INSERT INTO mart.kpi_snapshot (snapshot_date, active_customers, open_orders_value)
VALUES (TRUNC(SYSDATE),
        (SELECT COUNT(DISTINCT customer_id) FROM dwh.fact_orders WHERE order_date > SYSDATE - 90),
        (SELECT SUM(total_amount) FROM dwh.fact_orders WHERE status = 'OPEN'));

-- case: insert_target_with_table_alias
-- sources: STG.RETURNS
-- targets: DWH.FACT_RETURNS
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS.RETURN_ID
-- columns: STG.RETURNS.ORDER_ID -> DWH.FACT_RETURNS.ORDER_ID
-- columns: STG.RETURNS.AMOUNT -> DWH.FACT_RETURNS.REFUND_AMOUNT
INSERT INTO dwh.fact_returns r (return_id, order_id, refund_amount)
SELECT x.return_id, x.order_id, x.amount
FROM stg.returns x;

-- case: insert_into_subquery_with_check_option
-- sources: STG.STATUS_FEED
-- targets: DWH.ORDER_STATUS
-- columns: STG.STATUS_FEED.ORDER_ID -> DWH.ORDER_STATUS.ORDER_ID
-- columns: STG.STATUS_FEED.STATUS -> DWH.ORDER_STATUS.STATUS
-- columns: STG.STATUS_FEED.CHANGED_AT -> DWH.ORDER_STATUS.UPDATED_AT
INSERT INTO (SELECT order_id, status, updated_at
               FROM dwh.order_status
              WHERE status IN ('NEW', 'OPEN')
               WITH CHECK OPTION)
SELECT s.order_id, s.status, s.changed_at
FROM stg.status_feed s;

-- case: insert_no_column_list_from_cte_star_dedup
-- schema: STG.LEADS(LEAD_ID, EMAIL, SOURCE, CREATED_AT)
-- schema: DWH.LEADS_CLEAN(LEAD_ID, EMAIL, SOURCE, CREATED_AT)
-- sources: STG.LEADS
-- targets: DWH.LEADS_CLEAN
-- columns: STG.LEADS.LEAD_ID -> DWH.LEADS_CLEAN.LEAD_ID
-- columns: STG.LEADS.EMAIL -> DWH.LEADS_CLEAN.EMAIL
-- columns: STG.LEADS.SOURCE -> DWH.LEADS_CLEAN.SOURCE
-- columns: STG.LEADS.CREATED_AT -> DWH.LEADS_CLEAN.CREATED_AT
INSERT INTO dwh.leads_clean
WITH dedup AS (
  SELECT l.*, ROW_NUMBER() OVER (PARTITION BY LOWER(l.email) ORDER BY l.created_at) AS rn
  FROM stg.leads l
)
SELECT lead_id, email, source, created_at FROM dedup WHERE rn = 1;

-- case: column_list_order_differs_from_schema
-- schema: DWH.DIM_STORE(STORE_KEY, STORE_ID, STORE_NAME, CITY, OPENED_ON)
-- sources: STG.STORES
-- targets: DWH.DIM_STORE
-- columns: STG.STORES.NAME -> DWH.DIM_STORE.STORE_NAME
-- columns: STG.STORES.STORE_CODE -> DWH.DIM_STORE.STORE_ID
-- columns: STG.STORES.CITY -> DWH.DIM_STORE.CITY
INSERT INTO dwh.dim_store (store_name, store_id, store_key, city)
SELECT st.name, st.store_code, dwh.seq_store.NEXTVAL, st.city
FROM stg.stores st;

-- case: insert_select_literals_from_dual
-- targets: CFG.PARAMETERS
INSERT INTO cfg.parameters (param_name, param_value)
SELECT 'LAST_RUN', TO_CHAR(SYSDATE, 'YYYY-MM-DD HH24:MI:SS') FROM dual;

-- case: insert_select_distinct_single_table
-- sources: STG.CUSTOMERS
-- targets: DWH.DIM_COUNTRY
-- columns: STG.CUSTOMERS.COUNTRY_CODE -> DWH.DIM_COUNTRY.COUNTRY_CODE
-- columns: STG.CUSTOMERS.COUNTRY_NAME -> DWH.DIM_COUNTRY.COUNTRY_NAME
INSERT INTO dwh.dim_country (country_code, country_name)
SELECT DISTINCT country_code, country_name
FROM stg.customers
WHERE country_code IS NOT NULL;

-- case: insert_partition_extended_names
-- sources: STG.SALES
-- targets: DWH.FACT_SALES
-- columns: STG.SALES.SALE_ID -> DWH.FACT_SALES.SALE_ID
-- columns: STG.SALES.SALE_DATE -> DWH.FACT_SALES.SALE_DATE
-- columns: STG.SALES.AMOUNT -> DWH.FACT_SALES.AMOUNT
INSERT INTO dwh.fact_sales PARTITION (p_2024_01) (sale_id, sale_date, amount)
SELECT s.sale_id, s.sale_date, s.amount
FROM stg.sales PARTITION (p_jan) s;

-- case: insert_no_column_list_no_schema_unnamed_expression
-- sources: STG.ORDERS
-- targets: DWH.ORDER_ARCHIVE
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_ARCHIVE.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.ORDER_ARCHIVE.CUSTOMER_ID
INSERT INTO dwh.order_archive
SELECT order_id, customer_id, total_amount * 1.2
FROM stg.orders;
