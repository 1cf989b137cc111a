-- case: create_view_basic
-- sources: DWH.DIM_CUSTOMER
-- targets: MART.V_ACTIVE_CUSTOMERS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> MART.V_ACTIVE_CUSTOMERS.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.EMAIL -> MART.V_ACTIVE_CUSTOMERS.EMAIL
-- columns: DWH.DIM_CUSTOMER.SEGMENT -> MART.V_ACTIVE_CUSTOMERS.SEGMENT
-- indirect: DWH.DIM_CUSTOMER.IS_CURRENT
-- diagnostics: none
CREATE VIEW mart.v_active_customers AS
SELECT customer_id, email, segment
FROM dwh.dim_customer
WHERE is_current = 'Y';

-- case: create_or_replace_force_view_with_column_list
-- sources: DWH.FACT_ORDERS, DWH.DIM_CUSTOMER, DWH.FX_RATES
-- targets: MART.V_ORDER_SUMMARY
-- columns: DWH.FACT_ORDERS.ORDER_ID -> MART.V_ORDER_SUMMARY.ORDER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_NAME -> MART.V_ORDER_SUMMARY.CUSTOMER
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> MART.V_ORDER_SUMMARY.AMOUNT_EUR, DWH.FX_RATES.RATE -> MART.V_ORDER_SUMMARY.AMOUNT_EUR
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_KEY, DWH.FACT_ORDERS.CUSTOMER_KEY, DWH.FX_RATES.CURRENCY, DWH.FACT_ORDERS.CURRENCY, DWH.FX_RATES.RATE_DATE, DWH.FACT_ORDERS.ORDER_DATE
CREATE OR REPLACE FORCE VIEW mart.v_order_summary (order_id, customer, amount_eur) AS
SELECT o.order_id, c.customer_name, o.total_amount * fx.rate
FROM dwh.fact_orders o
JOIN dwh.dim_customer c ON c.customer_key = o.customer_key
JOIN dwh.fx_rates fx ON fx.currency = o.currency AND fx.rate_date = o.order_date;

-- case: view_with_read_only
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR_API.V_EMPLOYEES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_API.V_EMPLOYEES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR_API.V_EMPLOYEES.FIRST_NAME
-- columns: HR.EMPLOYEES.LAST_NAME -> HR_API.V_EMPLOYEES.LAST_NAME
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR_API.V_EMPLOYEES.DEPARTMENT_NAME
-- indirect: HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.DEPARTMENT_ID
CREATE OR REPLACE VIEW hr_api.v_employees AS
SELECT e.employee_id, e.first_name, e.last_name, d.department_name
FROM hr.employees e
LEFT JOIN hr.departments d ON d.department_id = e.department_id
WITH READ ONLY;

-- case: view_with_check_option_constraint
-- sources: SALES.ORDERS
-- targets: SALES_APP.V_OPEN_ORDERS
-- columns: SALES.ORDERS.ORDER_ID -> SALES_APP.V_OPEN_ORDERS.ORDER_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> SALES_APP.V_OPEN_ORDERS.CUSTOMER_ID
-- columns: SALES.ORDERS.STATUS -> SALES_APP.V_OPEN_ORDERS.STATUS
CREATE OR REPLACE VIEW sales_app.v_open_orders AS
SELECT order_id, customer_id, status
FROM sales.orders
WHERE status = 'OPEN'
WITH CHECK OPTION CONSTRAINT v_open_orders_chk;

-- case: view_alias_star_from_schema
-- schema: DWH.DIM_PRODUCT(PRODUCT_KEY, PRODUCT_ID, PRODUCT_NAME, CATEGORY)
-- sources: DWH.DIM_PRODUCT
-- targets: MART.V_PRODUCT
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> MART.V_PRODUCT.PRODUCT_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_ID -> MART.V_PRODUCT.PRODUCT_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.V_PRODUCT.PRODUCT_NAME
-- columns: DWH.DIM_PRODUCT.CATEGORY -> MART.V_PRODUCT.CATEGORY
CREATE OR REPLACE VIEW mart.v_product AS SELECT p.* FROM dwh.dim_product p;

-- case: editionable_view_union_with_column_list
-- sources: DWH.POS_SALES, DWH.WEB_ORDERS
-- targets: MART.V_ALL_SALES
-- columns: DWH.POS_SALES.SALE_ID -> MART.V_ALL_SALES.SALE_ID, DWH.WEB_ORDERS.ORDER_ID -> MART.V_ALL_SALES.SALE_ID
-- columns: DWH.POS_SALES.SALE_DATE -> MART.V_ALL_SALES.SALE_DATE, DWH.WEB_ORDERS.ORDER_DATE -> MART.V_ALL_SALES.SALE_DATE
-- columns: DWH.POS_SALES.AMOUNT -> MART.V_ALL_SALES.AMOUNT, DWH.WEB_ORDERS.TOTAL_AMOUNT -> MART.V_ALL_SALES.AMOUNT
CREATE OR REPLACE EDITIONABLE VIEW mart.v_all_sales (sale_id, sale_date, amount, source_system) AS
SELECT sale_id, sale_date, amount, 'POS' FROM dwh.pos_sales
UNION ALL
SELECT order_id, order_date, total_amount, 'WEB' FROM dwh.web_orders;

-- case: materialized_view_build_immediate_refresh_fast
-- sources: DWH.FACT_SALES
-- targets: MART.MV_DAILY_SALES
-- columns: DWH.FACT_SALES.STORE_ID -> MART.MV_DAILY_SALES.STORE_ID
-- columns: DWH.FACT_SALES.SALE_DATE -> MART.MV_DAILY_SALES.SALE_DATE
-- columns: DWH.FACT_SALES.AMOUNT -> MART.MV_DAILY_SALES.TOTAL_AMOUNT
-- columns: DWH.FACT_SALES.AMOUNT -> MART.MV_DAILY_SALES.CNT_AMOUNT
-- diagnostics: none
CREATE MATERIALIZED VIEW mart.mv_daily_sales
  BUILD IMMEDIATE
  REFRESH FAST ON COMMIT
  ENABLE QUERY REWRITE
AS
SELECT s.store_id,
       s.sale_date,
       SUM(s.amount) AS total_amount,
       COUNT(s.amount) AS cnt_amount,
       COUNT(*) AS cnt
FROM dwh.fact_sales s
GROUP BY s.store_id, s.sale_date;

-- case: materialized_view_refresh_start_with_next
-- sources: MART.CUSTOMER_360
-- targets: MART.MV_CUSTOMER_SEGMENTS
-- columns: MART.CUSTOMER_360.SEGMENT -> MART.MV_CUSTOMER_SEGMENTS.SEGMENT
-- columns: MART.CUSTOMER_360.COUNTRY_CODE -> MART.MV_CUSTOMER_SEGMENTS.COUNTRY_CODE
-- columns: MART.CUSTOMER_360.LIFETIME_VALUE -> MART.MV_CUSTOMER_SEGMENTS.AVG_LTV
-- diagnostics: none
CREATE MATERIALIZED VIEW mart.mv_customer_segments
  TABLESPACE mart_data
  PARALLEL 4
  BUILD DEFERRED
  REFRESH COMPLETE ON DEMAND
  START WITH SYSDATE NEXT TRUNC(SYSDATE) + 1 + 2/24
  DISABLE QUERY REWRITE
AS
SELECT c.segment, c.country_code, COUNT(*) AS customers, AVG(c.lifetime_value) AS avg_ltv
FROM mart.customer_360 c
GROUP BY c.segment, c.country_code;

-- case: materialized_view_prebuilt_with_column_aliases
-- sources: STG.FX_RATES
-- targets: DWH.MV_FX_LATEST
-- columns: STG.FX_RATES.CCY -> DWH.MV_FX_LATEST.CURRENCY
-- columns: STG.FX_RATES.RATE -> DWH.MV_FX_LATEST.RATE
-- columns: STG.FX_RATES.RATE_DATE -> DWH.MV_FX_LATEST.RATE_DATE
CREATE MATERIALIZED VIEW dwh.mv_fx_latest (currency, rate, rate_date)
  ON PREBUILT TABLE WITH REDUCED PRECISION
  REFRESH FORCE ON DEMAND
AS
SELECT r.ccy, r.rate, r.rate_date
FROM stg.fx_rates r
WHERE r.rate_date = (SELECT MAX(r2.rate_date) FROM stg.fx_rates r2 WHERE r2.ccy = r.ccy);

-- case: view_scalar_subqueries_and_case
-- sources: DWH.DIM_CUSTOMER, DWH.FACT_ORDERS, CRM.TICKETS
-- targets: MART.V_CUSTOMER_STATUS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> MART.V_CUSTOMER_STATUS.CUSTOMER_ID
-- columns: CRM.TICKETS.CREATED_AT -> MART.V_CUSTOMER_STATUS.LAST_TICKET_AT
-- indirect: DWH.FACT_ORDERS.CUSTOMER_ID, CRM.TICKETS.CUSTOMER_ID
CREATE OR REPLACE VIEW mart.v_customer_status AS
SELECT c.customer_id,
       CASE WHEN (SELECT COUNT(*) FROM dwh.fact_orders o WHERE o.customer_id = c.customer_id) > 0
            THEN 'BUYER' ELSE 'PROSPECT' END AS buyer_status,
       (SELECT MAX(t.created_at) FROM crm.tickets t WHERE t.customer_id = c.customer_id) AS last_ticket_at
FROM dwh.dim_customer c;

-- case: noforce_view_over_materialized_view
-- sources: MART.MV_DAILY_SALES
-- targets: MART.V_SALES_YTD
-- columns: MART.MV_DAILY_SALES.STORE_ID -> MART.V_SALES_YTD.STORE_ID
-- columns: MART.MV_DAILY_SALES.TOTAL_AMOUNT -> MART.V_SALES_YTD.YTD_AMOUNT
-- indirect: MART.MV_DAILY_SALES.SALE_DATE
CREATE OR REPLACE NOFORCE VIEW mart.v_sales_ytd AS
SELECT v.store_id, SUM(v.total_amount) AS ytd_amount
FROM mart.mv_daily_sales v
WHERE v.sale_date >= TRUNC(SYSDATE, 'YYYY')
GROUP BY v.store_id;
