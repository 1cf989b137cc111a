-- case: view_customer_monthly_fifteen_columns_case_decode_nvl_lag_lead_ratio
-- sources: MART.CUSTOMER_MONTH, CRM.CUSTOMERS
-- targets: RPT.V_CUSTOMER_MONTHLY
-- columns: MART.CUSTOMER_MONTH.CUSTOMER_ID -> RPT.V_CUSTOMER_MONTHLY.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> RPT.V_CUSTOMER_MONTHLY.CUSTOMER_NAME
-- columns: MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.MONTH_START
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.REVENUE
-- columns: MART.CUSTOMER_MONTH.ORDERS_CNT -> RPT.V_CUSTOMER_MONTHLY.ORDERS_CNT
-- columns: CRM.CUSTOMERS.SEGMENT_OVERRIDE -> RPT.V_CUSTOMER_MONTHLY.SEGMENT, CRM.CUSTOMERS.SEGMENT -> RPT.V_CUSTOMER_MONTHLY.SEGMENT
-- columns: CRM.CUSTOMERS.COUNTRY_CODE -> RPT.V_CUSTOMER_MONTHLY.SALES_REGION
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.VALUE_TIER
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.PREV_REVENUE, MART.CUSTOMER_MONTH.CUSTOMER_ID -> RPT.V_CUSTOMER_MONTHLY.PREV_REVENUE, MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.PREV_REVENUE
-- columns: MART.CUSTOMER_MONTH.ORDERS_CNT -> RPT.V_CUSTOMER_MONTHLY.NEXT_ORDERS_CNT, MART.CUSTOMER_MONTH.CUSTOMER_ID -> RPT.V_CUSTOMER_MONTHLY.NEXT_ORDERS_CNT, MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.NEXT_ORDERS_CNT
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.REVENUE_SHARE_PCT, MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.REVENUE_SHARE_PCT
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.YOY_DELTA, MART.CUSTOMER_MONTH.CUSTOMER_ID -> RPT.V_CUSTOMER_MONTHLY.YOY_DELTA, MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.YOY_DELTA
-- columns: CRM.CUSTOMERS.CHURNED_ON -> RPT.V_CUSTOMER_MONTHLY.CHURNED_FLAG
-- columns: CRM.CUSTOMERS.ACCOUNT_MANAGER -> RPT.V_CUSTOMER_MONTHLY.OWNER_NAME, CRM.CUSTOMERS.SALES_REP -> RPT.V_CUSTOMER_MONTHLY.OWNER_NAME
-- columns: MART.CUSTOMER_MONTH.REVENUE -> RPT.V_CUSTOMER_MONTHLY.REVENUE_3M, MART.CUSTOMER_MONTH.CUSTOMER_ID -> RPT.V_CUSTOMER_MONTHLY.REVENUE_3M, MART.CUSTOMER_MONTH.MONTH_START -> RPT.V_CUSTOMER_MONTHLY.REVENUE_3M
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID
CREATE OR REPLACE VIEW rpt.v_customer_monthly AS
SELECT m.customer_id,
       c.customer_name,
       m.month_start,
       m.revenue,
       m.orders_cnt,
       NVL(NVL(c.segment_override, c.segment), 'UNSEGMENTED') AS segment,
       DECODE(c.country_code, 'DE', 'DACH', 'AT', 'DACH', 'CH', 'DACH', 'FR', 'WEST', 'OTHER') AS sales_region,
       CASE
         WHEN m.revenue >= 100000 THEN 'PLATINUM'
         WHEN m.revenue >= 25000  THEN 'GOLD'
         WHEN m.revenue >= 5000   THEN 'SILVER'
         WHEN m.revenue > 0       THEN 'BRONZE'
         ELSE 'INACTIVE'
       END AS value_tier,
       LAG(m.revenue, 1, 0) OVER (PARTITION BY m.customer_id ORDER BY m.month_start) AS prev_revenue,
       LEAD(m.orders_cnt) OVER (PARTITION BY m.customer_id ORDER BY m.month_start) AS next_orders_cnt,
       ROUND(RATIO_TO_REPORT(m.revenue) OVER (PARTITION BY m.month_start) * 100, 2) AS revenue_share_pct,
       m.revenue - LAG(m.revenue, 12) OVER (PARTITION BY m.customer_id ORDER BY m.month_start) AS yoy_delta,
       NVL2(c.churned_on, 'Y', 'N') AS churned_flag,
       COALESCE(c.account_manager, c.sales_rep, 'UNASSIGNED') AS owner_name,
       SUM(m.revenue) OVER (PARTITION BY m.customer_id ORDER BY m.month_start
                            ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS revenue_3m
  FROM mart.customer_month m
  JOIN crm.customers c ON c.customer_id = m.customer_id
 WHERE m.month_start >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -24);

-- case: force_view_column_list_over_plus_join_inline_view_and_ansi_outer_block
-- sources: DWH.FACT_SALES, DWH.FACT_RETURNS, DWH.DIM_STORE, DWH.DIM_REGION
-- targets: RPT.V_STORE_WEEKLY
-- columns: DWH.DIM_STORE.STORE_CODE -> RPT.V_STORE_WEEKLY.STORE_CODE
-- columns: DWH.DIM_STORE.STORE_NAME -> RPT.V_STORE_WEEKLY.STORE_NAME
-- columns: DWH.DIM_REGION.REGION_NAME -> RPT.V_STORE_WEEKLY.REGION_NAME
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_STORE_WEEKLY.WEEK_START
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_WEEKLY.NET_SALES
-- columns: DWH.FACT_RETURNS.REFUND_AMOUNT -> RPT.V_STORE_WEEKLY.RETURNS_AMT
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_WEEKLY.NET_AFTER_RETURNS, DWH.FACT_RETURNS.REFUND_AMOUNT -> RPT.V_STORE_WEEKLY.NET_AFTER_RETURNS
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_WEEKLY.WOW_CHANGE_PCT, DWH.FACT_SALES.STORE_ID -> RPT.V_STORE_WEEKLY.WOW_CHANGE_PCT, DWH.FACT_SALES.SALE_DAY -> RPT.V_STORE_WEEKLY.WOW_CHANGE_PCT
-- columns: DWH.DIM_REGION.REGION_ID -> RPT.V_STORE_WEEKLY.REGION_RANK, DWH.FACT_SALES.SALE_DAY -> RPT.V_STORE_WEEKLY.REGION_RANK, DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_WEEKLY.REGION_RANK
-- indirect: DWH.FACT_RETURNS.SALE_ID, DWH.FACT_SALES.SALE_ID, DWH.FACT_RETURNS.REFUND_STATUS, DWH.DIM_STORE.STORE_ID, DWH.DIM_STORE.REGION_ID
CREATE OR REPLACE FORCE VIEW rpt.v_store_weekly
  (store_code, store_name, region_name, week_start, net_sales, returns_amt, net_after_returns, wow_change_pct, region_rank)
AS
SELECT s.store_code,
       s.store_name,
       r.region_name,
       w.week_start,
       w.net_sales,
       NVL(w.returns_amt, 0),
       w.net_sales - NVL(w.returns_amt, 0),
       ROUND(100 * (w.net_sales / NULLIF(LAG(w.net_sales) OVER (PARTITION BY w.store_id ORDER BY w.week_start), 0) - 1), 1),
       RANK() OVER (PARTITION BY r.region_id, w.week_start ORDER BY w.net_sales DESC)
  FROM (SELECT sa.store_id,
               TRUNC(sa.sale_day, 'IW') AS week_start,
               SUM(sa.net_amount)        AS net_sales,
               SUM(rt.refund_amount)     AS returns_amt
          FROM dwh.fact_sales sa, dwh.fact_returns rt
         WHERE rt.sale_id (+) = sa.sale_id
           AND rt.refund_status (+) = 'DONE'
         GROUP BY sa.store_id, TRUNC(sa.sale_day, 'IW')) w
  JOIN dwh.dim_store s ON s.store_id = w.store_id
  LEFT JOIN dwh.dim_region r ON r.region_id = s.region_id;

-- case: mv_rollup_with_grouping_in_decode_and_case
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: RPT.MV_SALES_ROLLUP
-- columns: DWH.DIM_PRODUCT.CATEGORY -> RPT.MV_SALES_ROLLUP.CATEGORY
-- columns: DWH.DIM_PRODUCT.BRAND -> RPT.MV_SALES_ROLLUP.BRAND
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.MV_SALES_ROLLUP.SALE_YEAR
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.MV_SALES_ROLLUP.NET_AMOUNT
-- columns: DWH.FACT_SALES.QTY -> RPT.MV_SALES_ROLLUP.UNITS
-- columns: DWH.DIM_PRODUCT.BRAND -> RPT.MV_SALES_ROLLUP.ROW_TYPE, DWH.DIM_PRODUCT.CATEGORY -> RPT.MV_SALES_ROLLUP.ROW_TYPE
-- indirect: DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
CREATE MATERIALIZED VIEW rpt.mv_sales_rollup
  BUILD IMMEDIATE
  REFRESH COMPLETE ON DEMAND
AS
SELECT DECODE(GROUPING(p.category), 1, 'ALL CATEGORIES', p.category) AS category,
       DECODE(GROUPING(p.brand), 1, 'ALL BRANDS', NVL(p.brand, 'NO BRAND')) AS brand,
       TO_CHAR(f.sale_day, 'YYYY') AS sale_year,
       SUM(f.net_amount) AS net_amount,
       SUM(f.qty) AS units,
       CASE
         WHEN GROUPING(p.brand) = 1 AND GROUPING(p.category) = 0 THEN 'SUBTOTAL'
         WHEN GROUPING(p.category) = 1 THEN 'TOTAL'
         ELSE 'DETAIL'
       END AS row_type
  FROM dwh.fact_sales f
  JOIN dwh.dim_product p ON p.product_key = f.product_key
 GROUP BY TO_CHAR(f.sale_day, 'YYYY'), ROLLUP (p.category, p.brand);

-- case: view_column_list_with_chained_ctes_first_shadowing_real_table
-- sources: SALES.ORDERS
-- targets: RPT.V_REPEAT_BUYERS
-- columns: SALES.ORDERS.CUSTOMER_ID -> RPT.V_REPEAT_BUYERS.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_DAY -> RPT.V_REPEAT_BUYERS.FIRST_ORDER_DAY
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_REPEAT_BUYERS.ORDERS_90D
-- columns: SALES.ORDERS.NET_AMOUNT -> RPT.V_REPEAT_BUYERS.REVENUE_90D
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_REPEAT_BUYERS.IS_REPEAT
-- indirect: SALES.ORDERS.STATUS
CREATE OR REPLACE VIEW rpt.v_repeat_buyers (customer_id, first_order_day, orders_90d, revenue_90d, is_repeat) AS
WITH orders AS (
  SELECT o.customer_id, o.order_id, o.order_day, o.net_amount
    FROM sales.orders o
   WHERE o.status = 'COMPLETE'
),
firsts AS (
  SELECT customer_id, MIN(order_day) AS first_day
    FROM orders
   GROUP BY customer_id
),
window90 AS (
  SELECT f.customer_id, f.first_day, o.order_id, o.net_amount
    FROM firsts f
    JOIN orders o
      ON o.customer_id = f.customer_id
     AND o.order_day < f.first_day + 90
)
SELECT w.customer_id,
       w.first_day,
       COUNT(w.order_id),
       SUM(w.net_amount),
       CASE WHEN COUNT(w.order_id) > 1 THEN 'Y' ELSE 'N' END
  FROM window90 w
 GROUP BY w.customer_id, w.first_day;

-- case: view_column_list_union_all_three_branches_nulls_and_literals_by_position
-- sources: CRM.CUSTOMERS, PURCH.SUPPLIERS
-- targets: RPT.V_CONTACT_POINTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> RPT.V_CONTACT_POINTS.PARTY_ID, PURCH.SUPPLIERS.SUPPLIER_ID -> RPT.V_CONTACT_POINTS.PARTY_ID
-- columns: PURCH.SUPPLIERS.PREFERRED_CHANNEL -> RPT.V_CONTACT_POINTS.CHANNEL
-- columns: CRM.CUSTOMERS.EMAIL -> RPT.V_CONTACT_POINTS.CONTACT_VALUE, CRM.CUSTOMERS.PHONE -> RPT.V_CONTACT_POINTS.CONTACT_VALUE
-- columns: PURCH.SUPPLIERS.EMAIL -> RPT.V_CONTACT_POINTS.CONTACT_VALUE, PURCH.SUPPLIERS.PHONE -> RPT.V_CONTACT_POINTS.CONTACT_VALUE
-- columns: CRM.CUSTOMERS.EMAIL_VERIFIED_ON -> RPT.V_CONTACT_POINTS.VERIFIED_ON
-- indirect:
CREATE OR REPLACE VIEW rpt.v_contact_points (party_id, party_type, channel, contact_value, is_primary, verified_on) AS
SELECT c.customer_id, 'CUSTOMER', 'EMAIL', c.email, 'Y', c.email_verified_on
  FROM crm.customers c
 WHERE c.email IS NOT NULL
UNION ALL
SELECT c.customer_id, 'CUSTOMER', 'PHONE', c.phone, NULL, NULL
  FROM crm.customers c
 WHERE c.phone IS NOT NULL
UNION ALL
SELECT s.supplier_id, 'SUPPLIER', s.preferred_channel, NVL(s.email, s.phone), 'Y', CAST(NULL AS DATE)
  FROM purch.suppliers s;

-- case: view_nvl_around_scalar_subquery_keep_and_subquery_on_other_view
-- sources: FIN.ACCOUNTS, FIN.INVOICES, FIN.PAYMENTS, RPT.V_ACCOUNT_RISK
-- targets: RPT.V_ACCOUNT_OVERVIEW
-- columns: FIN.ACCOUNTS.ACCOUNT_ID -> RPT.V_ACCOUNT_OVERVIEW.ACCOUNT_ID
-- columns: FIN.ACCOUNTS.ACCOUNT_NAME -> RPT.V_ACCOUNT_OVERVIEW.ACCOUNT_NAME
-- columns: FIN.INVOICES.OPEN_AMOUNT -> RPT.V_ACCOUNT_OVERVIEW.OPEN_AR
-- columns: FIN.PAYMENTS.PAYMENT_DAY -> RPT.V_ACCOUNT_OVERVIEW.DAY_OF_LARGEST_PAYMENT, FIN.PAYMENTS.AMOUNT -> RPT.V_ACCOUNT_OVERVIEW.DAY_OF_LARGEST_PAYMENT
-- columns: RPT.V_ACCOUNT_RISK.RISK_BAND -> RPT.V_ACCOUNT_OVERVIEW.RISK_BAND
-- indirect: FIN.INVOICES.ACCOUNT_ID, FIN.INVOICES.STATUS, FIN.PAYMENTS.ACCOUNT_ID, RPT.V_ACCOUNT_RISK.ACCOUNT_ID
CREATE OR REPLACE VIEW rpt.v_account_overview AS
SELECT a.account_id,
       a.account_name,
       NVL((SELECT SUM(i.open_amount)
              FROM fin.invoices i
             WHERE i.account_id = a.account_id
               AND i.status = 'OPEN'), 0) AS open_ar,
       (SELECT MAX(p.payment_day) KEEP (DENSE_RANK LAST ORDER BY p.amount)
          FROM fin.payments p
         WHERE p.account_id = a.account_id) AS day_of_largest_payment,
       (SELECT v.risk_band
          FROM rpt.v_account_risk v
         WHERE v.account_id = a.account_id) AS risk_band
  FROM fin.accounts a;

-- case: view_quoted_mixed_case_name_and_column_list_with_spaces
-- sources: SALES.REPS, SALES.SALES
-- targets: Reporting.vSalesByRep
-- columns: SALES.REPS.REP_ID -> Reporting.vSalesByRep.RepId
-- columns: SALES.REPS.FIRST_NAME -> Reporting.vSalesByRep.Rep Name, SALES.REPS.LAST_NAME -> Reporting.vSalesByRep.Rep Name
-- columns: SALES.SALES.AMOUNT -> Reporting.vSalesByRep.Total Sales
-- columns: SALES.SALES.AMOUNT -> Reporting.vSalesByRep.Share %
-- indirect: SALES.SALES.REP_ID
CREATE OR REPLACE VIEW "Reporting"."vSalesByRep" ("RepId", "Rep Name", "Total Sales", "Share %") AS
SELECT r.rep_id,
       r.first_name || ' ' || r.last_name,
       SUM(s.amount),
       RATIO_TO_REPORT(SUM(s.amount)) OVER ()
  FROM sales.reps r
  JOIN sales.sales s ON s.rep_id = r.rep_id
 GROUP BY r.rep_id, r.first_name, r.last_name;

-- case: view_over_dblink_with_domain_left_join_local_dimension
-- sources: WMS.STOCK_LEVELS@WMS01.CORP.EXAMPLE.COM, DWH.DIM_PRODUCT
-- targets: RPT.V_REMOTE_STOCK
-- columns: WMS.STOCK_LEVELS@WMS01.CORP.EXAMPLE.COM.SKU -> RPT.V_REMOTE_STOCK.SKU
-- columns: WMS.STOCK_LEVELS@WMS01.CORP.EXAMPLE.COM.WAREHOUSE_CODE -> RPT.V_REMOTE_STOCK.WAREHOUSE_CODE
-- columns: WMS.STOCK_LEVELS@WMS01.CORP.EXAMPLE.COM.QTY_ON_HAND -> RPT.V_REMOTE_STOCK.QTY_FREE
-- columns: WMS.STOCK_LEVELS@WMS01.CORP.EXAMPLE.COM.QTY_ALLOCATED -> RPT.V_REMOTE_STOCK.QTY_FREE
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> RPT.V_REMOTE_STOCK.PRODUCT_NAME
-- columns: DWH.DIM_PRODUCT.ABC_CLASS -> RPT.V_REMOTE_STOCK.ABC_CLASS
-- indirect: DWH.DIM_PRODUCT.SKU, DWH.DIM_PRODUCT.IS_CURRENT
CREATE OR REPLACE VIEW rpt.v_remote_stock AS
SELECT w.sku,
       w.warehouse_code,
       NVL(w.qty_on_hand, 0) - NVL(w.qty_allocated, 0) AS qty_free,
       p.product_name,
       NVL(p.abc_class, 'C') AS abc_class
  FROM wms.stock_levels@wms01.corp.example.com w
  LEFT JOIN dwh.dim_product p
    ON p.sku = w.sku
   AND p.is_current = 'Y';

-- case: view_conditional_aggregation_quarters_listagg_count_distinct
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: RPT.V_PRODUCT_QUARTERLY
-- columns: DWH.DIM_PRODUCT.PRODUCT_CODE -> RPT.V_PRODUCT_QUARTERLY.PRODUCT_CODE
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> RPT.V_PRODUCT_QUARTERLY.PRODUCT_NAME
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.SALE_YEAR
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.Q1_SALES, DWH.FACT_SALES.NET_AMOUNT -> RPT.V_PRODUCT_QUARTERLY.Q1_SALES
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.Q2_SALES, DWH.FACT_SALES.NET_AMOUNT -> RPT.V_PRODUCT_QUARTERLY.Q2_SALES
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.Q3_SALES, DWH.FACT_SALES.NET_AMOUNT -> RPT.V_PRODUCT_QUARTERLY.Q3_SALES
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.Q4_SALES, DWH.FACT_SALES.NET_AMOUNT -> RPT.V_PRODUCT_QUARTERLY.Q4_SALES
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_PRODUCT_QUARTERLY.YEAR_SALES
-- columns: DWH.FACT_SALES.CUSTOMER_ID -> RPT.V_PRODUCT_QUARTERLY.BUYERS
-- columns: DWH.FACT_SALES.SALE_DAY -> RPT.V_PRODUCT_QUARTERLY.LAST_SALE_DAY
-- columns: DWH.FACT_SALES.CHANNEL -> RPT.V_PRODUCT_QUARTERLY.CHANNELS
-- columns: DWH.FACT_SALES.DISCOUNT_PCT -> RPT.V_PRODUCT_QUARTERLY.AVG_DISCOUNT
-- indirect: DWH.DIM_PRODUCT.PRODUCT_ID, DWH.FACT_SALES.PRODUCT_ID
CREATE OR REPLACE VIEW rpt.v_product_quarterly AS
SELECT p.product_code,
       p.product_name,
       EXTRACT(YEAR FROM f.sale_day) AS sale_year,
       SUM(CASE WHEN TO_CHAR(f.sale_day, 'Q') = '1' THEN f.net_amount END) AS q1_sales,
       SUM(CASE WHEN TO_CHAR(f.sale_day, 'Q') = '2' THEN f.net_amount END) AS q2_sales,
       SUM(DECODE(TO_CHAR(f.sale_day, 'Q'), '3', f.net_amount)) AS q3_sales,
       SUM(DECODE(TO_CHAR(f.sale_day, 'Q'), '4', f.net_amount, 0)) AS q4_sales,
       SUM(f.net_amount) AS year_sales,
       COUNT(DISTINCT f.customer_id) AS buyers,
       MAX(f.sale_day) AS last_sale_day,
       LISTAGG(DISTINCT f.channel, ',') WITHIN GROUP (ORDER BY f.channel) AS channels,
       ROUND(AVG(f.discount_pct), 2) AS avg_discount
  FROM dwh.fact_sales f
  JOIN dwh.dim_product p ON p.product_id = f.product_id
 WHERE f.sale_day >= DATE '2023-01-01'
 GROUP BY p.product_code, p.product_name, EXTRACT(YEAR FROM f.sale_day);

-- case: view_budget_variance_decode_sign_greatest_least_nullif_plus_join
-- sources: FIN.BUDGETS, FIN.ACTUALS
-- targets: RPT.V_BUDGET_VARIANCE
-- columns: FIN.BUDGETS.COST_CENTER -> RPT.V_BUDGET_VARIANCE.COST_CENTER
-- columns: FIN.BUDGETS.PERIOD_CODE -> RPT.V_BUDGET_VARIANCE.PERIOD_CODE
-- columns: FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.BUDGET_AMOUNT
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.ACTUAL_AMOUNT
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE, FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE_FLAG, FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE_FLAG
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE_PCT, FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.VARIANCE_PCT
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.OVERSPEND, FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.OVERSPEND
-- columns: FIN.ACTUALS.ACTUAL_AMOUNT -> RPT.V_BUDGET_VARIANCE.CAPPED_ACTUAL, FIN.BUDGETS.BUDGET_AMOUNT -> RPT.V_BUDGET_VARIANCE.CAPPED_ACTUAL
-- columns: FIN.ACTUALS.COMMITTED_AMOUNT -> RPT.V_BUDGET_VARIANCE.COMMITTED_AMOUNT
-- indirect: FIN.ACTUALS.COST_CENTER, FIN.ACTUALS.PERIOD_CODE
CREATE OR REPLACE VIEW rpt.v_budget_variance AS
SELECT b.cost_center,
       b.period_code,
       b.budget_amount,
       a.actual_amount,
       a.actual_amount - b.budget_amount AS variance,
       DECODE(SIGN(a.actual_amount - b.budget_amount), 1, 'OVER', -1, 'UNDER', 'ON TARGET') AS variance_flag,
       ROUND(100 * (a.actual_amount - b.budget_amount) / NULLIF(b.budget_amount, 0), 1) AS variance_pct,
       GREATEST(a.actual_amount - b.budget_amount, 0) AS overspend,
       LEAST(a.actual_amount, b.budget_amount) AS capped_actual,
       NULLIF(a.committed_amount, 0) AS committed_amount
  FROM fin.budgets b, fin.actuals a
 WHERE a.cost_center (+) = b.cost_center
   AND a.period_code (+) = b.period_code;

-- case: view_column_list_renames_alias_star_plus_computed_column
-- schema: HR.EMPLOYEES(EMPLOYEE_ID, FIRST_NAME, LAST_NAME, EMAIL)
-- sources: HR.EMPLOYEES
-- targets: HR_API.V_PEOPLE
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_API.V_PEOPLE.PERSON_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR_API.V_PEOPLE.GIVEN_NAME
-- columns: HR.EMPLOYEES.LAST_NAME -> HR_API.V_PEOPLE.FAMILY_NAME
-- columns: HR.EMPLOYEES.EMAIL -> HR_API.V_PEOPLE.MAIL
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR_API.V_PEOPLE.DISPLAY_NAME, HR.EMPLOYEES.LAST_NAME -> HR_API.V_PEOPLE.DISPLAY_NAME
CREATE OR REPLACE VIEW hr_api.v_people (person_id, given_name, family_name, mail, display_name) AS
SELECT e.*, e.first_name || ' ' || e.last_name
  FROM hr.employees e;

-- case: view_alias_star_over_other_view_from_schema_joined_to_table
-- schema: RPT.V_ACCOUNT_RISK(ACCOUNT_ID, RISK_BAND, SCORED_ON)
-- sources: RPT.V_ACCOUNT_RISK, FIN.ACCOUNTS
-- targets: RPT.V_HIGH_RISK_ACCOUNTS
-- columns: RPT.V_ACCOUNT_RISK.ACCOUNT_ID -> RPT.V_HIGH_RISK_ACCOUNTS.ACCOUNT_ID
-- columns: RPT.V_ACCOUNT_RISK.RISK_BAND -> RPT.V_HIGH_RISK_ACCOUNTS.RISK_BAND
-- columns: RPT.V_ACCOUNT_RISK.SCORED_ON -> RPT.V_HIGH_RISK_ACCOUNTS.SCORED_ON
-- columns: FIN.ACCOUNTS.ACCOUNT_NAME -> RPT.V_HIGH_RISK_ACCOUNTS.ACCOUNT_NAME
-- indirect: FIN.ACCOUNTS.ACCOUNT_ID
CREATE OR REPLACE VIEW rpt.v_high_risk_accounts AS
SELECT v.*, a.account_name
  FROM rpt.v_account_risk v
  JOIN fin.accounts a ON a.account_id = v.account_id
 WHERE v.risk_band IN ('D', 'E');

-- case: view_latest_row_per_key_via_row_number_inline_view
-- sources: CRM.ADDRESSES
-- targets: RPT.V_LATEST_ADDRESS
-- columns: CRM.ADDRESSES.CUSTOMER_ID -> RPT.V_LATEST_ADDRESS.CUSTOMER_ID
-- columns: CRM.ADDRESSES.STREET -> RPT.V_LATEST_ADDRESS.STREET
-- columns: CRM.ADDRESSES.CITY -> RPT.V_LATEST_ADDRESS.CITY
-- columns: CRM.ADDRESSES.VALID_FROM -> RPT.V_LATEST_ADDRESS.VALID_FROM
CREATE OR REPLACE VIEW rpt.v_latest_address AS
SELECT x.customer_id, x.street, x.city, x.valid_from
  FROM (SELECT a.customer_id, a.street, a.city, a.valid_from,
               ROW_NUMBER() OVER (PARTITION BY a.customer_id
                                  ORDER BY a.valid_from DESC, a.address_id DESC) AS rn
          FROM crm.addresses a
         WHERE a.address_type = 'POSTAL') x
 WHERE x.rn = 1;

-- case: view_first_last_value_ignore_nulls_and_lag_default_from_other_column
-- sources: MKT.PRICE_TICKS
-- targets: RPT.V_PRICE_FILLED
-- columns: MKT.PRICE_TICKS.INSTRUMENT_ID -> RPT.V_PRICE_FILLED.INSTRUMENT_ID
-- columns: MKT.PRICE_TICKS.TICK_TS -> RPT.V_PRICE_FILLED.TICK_TS
-- columns: MKT.PRICE_TICKS.BID -> RPT.V_PRICE_FILLED.BID_FILLED, MKT.PRICE_TICKS.INSTRUMENT_ID -> RPT.V_PRICE_FILLED.BID_FILLED, MKT.PRICE_TICKS.TICK_TS -> RPT.V_PRICE_FILLED.BID_FILLED
-- columns: MKT.PRICE_TICKS.ASK -> RPT.V_PRICE_FILLED.FIRST_ASK_OF_DAY, MKT.PRICE_TICKS.INSTRUMENT_ID -> RPT.V_PRICE_FILLED.FIRST_ASK_OF_DAY, MKT.PRICE_TICKS.TICK_TS -> RPT.V_PRICE_FILLED.FIRST_ASK_OF_DAY
-- columns: MKT.PRICE_TICKS.LAST_PRICE -> RPT.V_PRICE_FILLED.PREV_PRICE, MKT.PRICE_TICKS.OPEN_PRICE -> RPT.V_PRICE_FILLED.PREV_PRICE
-- columns: MKT.PRICE_TICKS.INSTRUMENT_ID -> RPT.V_PRICE_FILLED.PREV_PRICE, MKT.PRICE_TICKS.TICK_TS -> RPT.V_PRICE_FILLED.PREV_PRICE
-- indirect: MKT.PRICE_TICKS.VENUE
CREATE OR REPLACE VIEW rpt.v_price_filled AS
SELECT t.instrument_id,
       t.tick_ts,
       LAST_VALUE(t.bid IGNORE NULLS) OVER (PARTITION BY t.instrument_id ORDER BY t.tick_ts
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bid_filled,
       FIRST_VALUE(t.ask) IGNORE NULLS OVER (PARTITION BY t.instrument_id, TRUNC(t.tick_ts) ORDER BY t.tick_ts) AS first_ask_of_day,
       LAG(t.last_price, 1, t.open_price) OVER (PARTITION BY t.instrument_id ORDER BY t.tick_ts) AS prev_price
  FROM mkt.price_ticks t
 WHERE t.venue = 'XETR';

-- case: view_four_table_plus_joins_with_scalar_subquery_filter_read_only
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS, HR.LOCATIONS, HR.COUNTRIES, HR.SALARY_BANDS
-- targets: HR_API.V_EMPLOYEE_LOCATION
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_API.V_EMPLOYEE_LOCATION.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR_API.V_EMPLOYEE_LOCATION.LAST_NAME
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR_API.V_EMPLOYEE_LOCATION.DEPARTMENT_NAME
-- columns: HR.LOCATIONS.CITY -> HR_API.V_EMPLOYEE_LOCATION.CITY
-- columns: HR.COUNTRIES.COUNTRY_NAME -> HR_API.V_EMPLOYEE_LOCATION.COUNTRY_NAME
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.DEPARTMENTS.LOCATION_ID, HR.LOCATIONS.LOCATION_ID
-- indirect: HR.LOCATIONS.COUNTRY_ID, HR.COUNTRIES.COUNTRY_ID, HR.EMPLOYEES.SALARY, HR.SALARY_BANDS.MIN_SALARY, HR.SALARY_BANDS.BAND
CREATE OR REPLACE VIEW hr_api.v_employee_location AS
SELECT e.employee_id,
       e.last_name,
       d.department_name,
       l.city,
       c.country_name
  FROM hr.employees e, hr.departments d, hr.locations l, hr.countries c
 WHERE e.department_id = d.department_id (+)
   AND d.location_id = l.location_id (+)
   AND l.country_id = c.country_id (+)
   AND e.salary >= (SELECT b.min_salary FROM hr.salary_bands b WHERE b.band = 'B3')
WITH READ ONLY;
