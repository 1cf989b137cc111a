-- case: ctas_basic_filter
-- sources: DWH.DIM_CUSTOMER
-- targets: MART.ACTIVE_CUSTOMERS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> MART.ACTIVE_CUSTOMERS.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.EMAIL -> MART.ACTIVE_CUSTOMERS.EMAIL
-- columns: DWH.DIM_CUSTOMER.SEGMENT -> MART.ACTIVE_CUSTOMERS.SEGMENT
-- indirect: DWH.DIM_CUSTOMER.IS_CURRENT, DWH.DIM_CUSTOMER.STATUS
-- diagnostics: none
CREATE TABLE mart.active_customers AS
SELECT c.customer_id, c.email, c.segment
FROM dwh.dim_customer c
WHERE c.is_current = 'Y'
  AND c.status = 'ACTIVE';

-- case: ctas_with_column_list
-- sources: STG.ORDER_LINES
-- targets: MART.ORDER_TOTALS
-- columns: STG.ORDER_LINES.ORDER_ID -> MART.ORDER_TOTALS.ORDER_ID
-- columns: STG.ORDER_LINES.QUANTITY -> MART.ORDER_TOTALS.ORDER_VALUE, STG.ORDER_LINES.UNIT_PRICE -> MART.ORDER_TOTALS.ORDER_VALUE
CREATE TABLE mart.order_totals (order_id, line_count, order_value) AS
SELECT l.order_id, COUNT(*), SUM(l.quantity * l.unit_price)
FROM stg.order_lines l
GROUP BY l.order_id;

-- case: ctas_storage_partitioning_parallel_nologging
-- sources: STG.SALES
-- targets: DWH.FACT_SALES_2024
-- columns: STG.SALES.SALE_ID -> DWH.FACT_SALES_2024.SALE_ID
-- columns: STG.SALES.SALE_DATE -> DWH.FACT_SALES_2024.SALE_DATE
-- columns: STG.SALES.STORE_ID -> DWH.FACT_SALES_2024.STORE_ID
-- columns: STG.SALES.AMOUNT -> DWH.FACT_SALES_2024.AMOUNT
-- diagnostics: none
CREATE TABLE dwh.fact_sales_2024
  PCTFREE 0
  NOLOGGING
  TABLESPACE dwh_data
  COMPRESS FOR QUERY HIGH
  PARTITION BY RANGE (sale_date)
  ( PARTITION p_h1 VALUES LESS THAN (DATE '2024-07-01'),
    PARTITION p_h2 VALUES LESS THAN (MAXVALUE) )
  PARALLEL 8
AS
SELECT /*+ PARALLEL(s, 8) FULL(s) */ s.sale_id, s.sale_date, s.store_id, s.amount
FROM stg.sales s
WHERE s.sale_date >= DATE '2024-01-01'
  AND s.sale_date < DATE '2025-01-01';

-- case: ctas_select_star_with_schema
-- schema: STG.CUSTOMERS(CUSTOMER_ID, FIRST_NAME, LAST_NAME, EMAIL)
-- sources: STG.CUSTOMERS
-- targets: BKP.CUSTOMERS_SNAPSHOT
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> BKP.CUSTOMERS_SNAPSHOT.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> BKP.CUSTOMERS_SNAPSHOT.FIRST_NAME
-- columns: STG.CUSTOMERS.LAST_NAME -> BKP.CUSTOMERS_SNAPSHOT.LAST_NAME
-- columns: STG.CUSTOMERS.EMAIL -> BKP.CUSTOMERS_SNAPSHOT.EMAIL
CREATE TABLE bkp.customers_snapshot NOLOGGING PARALLEL 4 AS SELECT * FROM stg.customers;

-- case: ctas_select_star_without_schema
-- sources: STG.ORDERS
-- targets: BKP.ORDERS_COPY
-- columns: STG.ORDERS.* -> BKP.ORDERS_COPY.*
CREATE TABLE bkp.orders_copy AS SELECT * FROM stg.orders;

-- case: ctas_empty_structure_copy
-- sources: STG.ORDERS
-- targets: STG.ORDERS_SHADOW
-- columns: STG.ORDERS.ORDER_ID -> STG.ORDERS_SHADOW.ORDER_ID
-- columns: STG.ORDERS.ORDER_DATE -> STG.ORDERS_SHADOW.ORDER_DATE
-- columns: STG.ORDERS.TOTAL_AMOUNT -> STG.ORDERS_SHADOW.TOTAL_AMOUNT
CREATE TABLE stg.orders_shadow AS
SELECT order_id, order_date, total_amount FROM stg.orders WHERE 1 = 0;

-- case: ctas_expression_aliases_and_case
-- sources: STG.CUSTOMERS
-- targets: MART.CUSTOMER_AGE_BANDS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_AGE_BANDS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.BIRTH_DATE -> MART.CUSTOMER_AGE_BANDS.AGE
-- columns: STG.CUSTOMERS.BIRTH_DATE -> MART.CUSTOMER_AGE_BANDS.AGE_BAND
CREATE TABLE mart.customer_age_bands AS
SELECT c.customer_id,
       TRUNC(MONTHS_BETWEEN(SYSDATE, c.birth_date) / 12) AS age,
       CASE
         WHEN MONTHS_BETWEEN(SYSDATE, c.birth_date) < 12 * 30 THEN 'UNDER_30'
         WHEN MONTHS_BETWEEN(SYSDATE, c.birth_date) < 12 * 50 THEN '30_49'
         ELSE '50_PLUS'
       END AS age_band
FROM stg.customers c;

-- case: ctas_customer_360_long
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: MART.CUSTOMER_360
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_360.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> MART.CUSTOMER_360.CUSTOMER_NAME, STG.CUSTOMERS.LAST_NAME -> MART.CUSTOMER_360.CUSTOMER_NAME
-- columns: STG.CUSTOMERS.SEGMENT -> MART.CUSTOMER_360.SEGMENT
-- columns: STG.ORDERS.ORDER_ID -> MART.CUSTOMER_360.ORDER_COUNT
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_360.LIFETIME_VALUE
-- columns: STG.ORDERS.ORDER_DATE -> MART.CUSTOMER_360.FIRST_ORDER_DATE
-- columns: STG.ORDERS.ORDER_DATE -> MART.CUSTOMER_360.LAST_ORDER_DATE
-- columns: STG.ORDERS.ORDER_DATE -> MART.CUSTOMER_360.DAYS_SINCE_LAST_ORDER
-- indirect: STG.ORDERS.CUSTOMER_ID, STG.ORDERS.STATUS
CREATE TABLE mart.customer_360
  NOLOGGING
  PARALLEL 4
AS
SELECT c.customer_id,
       c.first_name || ' ' || c.last_name AS customer_name,
       c.segment,
       COUNT(DISTINCT o.order_id) AS order_count,
       NVL(SUM(o.total_amount), 0) AS lifetime_value,
       MIN(o.order_date) AS first_order_date,
       MAX(o.order_date) AS last_order_date,
       ROUND(SYSDATE - MAX(o.order_date)) AS days_since_last_order
FROM stg.customers c
LEFT JOIN stg.orders o
  ON o.customer_id = c.customer_id
 AND o.status NOT IN ('CANCELLED', 'FRAUD')
GROUP BY c.customer_id, c.first_name, c.last_name, c.segment;

-- case: ctas_with_cte
-- sources: DWH.FACT_ORDERS, DWH.DIM_CUSTOMER
-- targets: MART.CHURN_CANDIDATES
-- columns: DWH.FACT_ORDERS.CUSTOMER_ID -> MART.CHURN_CANDIDATES.CUSTOMER_ID
-- columns: DWH.FACT_ORDERS.ORDER_DATE -> MART.CHURN_CANDIDATES.LAST_ORDER_DATE
-- columns: DWH.DIM_CUSTOMER.EMAIL -> MART.CHURN_CANDIDATES.EMAIL
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID, DWH.DIM_CUSTOMER.IS_CURRENT
CREATE TABLE mart.churn_candidates AS
WITH last_orders AS (
  SELECT customer_id, MAX(order_date) AS last_order_date
  FROM dwh.fact_orders
  GROUP BY customer_id
)
SELECT lo.customer_id, lo.last_order_date, c.email
FROM last_orders lo
JOIN dwh.dim_customer c
  ON c.customer_id = lo.customer_id
 AND c.is_current = 'Y'
WHERE lo.last_order_date < ADD_MONTHS(SYSDATE, -6);

-- case: ctas_column_list_with_constraints
-- sources: STG.FX_RATES
-- targets: DWH.CURRENCY_RATES
-- columns: STG.FX_RATES.CCY -> DWH.CURRENCY_RATES.CURRENCY_CODE
-- columns: STG.FX_RATES.RATE -> DWH.CURRENCY_RATES.RATE_TO_EUR
-- columns: STG.FX_RATES.RATE_DATE -> DWH.CURRENCY_RATES.RATE_DATE
CREATE TABLE dwh.currency_rates (currency_code PRIMARY KEY, rate_to_eur NOT NULL, rate_date)
  TABLESPACE dwh_data
  LOGGING
AS
SELECT r.ccy, r.rate, r.rate_date
FROM stg.fx_rates r
WHERE r.rate_date = TRUNC(SYSDATE);

-- case: plain_create_table_is_neither_source_nor_target
-- diagnostics: none
CREATE TABLE dwh.audit_events (
  event_id    NUMBER(19) GENERATED ALWAYS AS IDENTITY,
  event_type  VARCHAR2(30 CHAR) NOT NULL,
  created_at  TIMESTAMP DEFAULT SYSTIMESTAMP,
  CONSTRAINT pk_audit_events PRIMARY KEY (event_id)
) TABLESPACE dwh_data;
