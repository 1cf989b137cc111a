-- case: row_number_dedup_latest
-- sources: STG.CUSTOMER_CHANGES
-- targets: DWH.CUSTOMER_LATEST
-- columns: STG.CUSTOMER_CHANGES.CUSTOMER_ID -> DWH.CUSTOMER_LATEST.CUSTOMER_ID
-- columns: STG.CUSTOMER_CHANGES.EMAIL -> DWH.CUSTOMER_LATEST.EMAIL
-- columns: STG.CUSTOMER_CHANGES.UPDATED_AT -> DWH.CUSTOMER_LATEST.UPDATED_AT
INSERT INTO dwh.customer_latest (customer_id, email, updated_at)
SELECT customer_id, email, updated_at
FROM (
  SELECT c.customer_id, c.email, c.updated_at,
         ROW_NUMBER() OVER (PARTITION BY c.customer_id ORDER BY c.updated_at DESC) AS rn
  FROM stg.customer_changes c
)
WHERE rn = 1;

-- case: running_total_rows_between
-- sources: DWH.TRANSACTIONS
-- targets: MART.ACCOUNT_RUNNING_BALANCE
-- columns: DWH.TRANSACTIONS.ACCOUNT_ID -> MART.ACCOUNT_RUNNING_BALANCE.ACCOUNT_ID
-- columns: DWH.TRANSACTIONS.TXN_DATE -> MART.ACCOUNT_RUNNING_BALANCE.TXN_DATE
-- columns: DWH.TRANSACTIONS.AMOUNT -> MART.ACCOUNT_RUNNING_BALANCE.AMOUNT
-- columns: DWH.TRANSACTIONS.AMOUNT -> MART.ACCOUNT_RUNNING_BALANCE.RUNNING_BALANCE, DWH.TRANSACTIONS.ACCOUNT_ID -> MART.ACCOUNT_RUNNING_BALANCE.RUNNING_BALANCE
-- columns: DWH.TRANSACTIONS.TXN_DATE -> MART.ACCOUNT_RUNNING_BALANCE.RUNNING_BALANCE, DWH.TRANSACTIONS.TXN_ID -> MART.ACCOUNT_RUNNING_BALANCE.RUNNING_BALANCE
-- diagnostics: none
INSERT INTO mart.account_running_balance (account_id, txn_date, amount, running_balance)
SELECT t.account_id, t.txn_date, t.amount,
       SUM(t.amount) OVER (PARTITION BY t.account_id
                           ORDER BY t.txn_date, t.txn_id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
FROM dwh.transactions t;

-- case: lag_previous_value
-- sources: STG.PRICE_HISTORY
-- targets: MART.PRICE_CHANGES
-- columns: STG.PRICE_HISTORY.PRODUCT_ID -> MART.PRICE_CHANGES.PRODUCT_ID
-- columns: STG.PRICE_HISTORY.EFFECTIVE_DATE -> MART.PRICE_CHANGES.CHANGE_DATE
-- columns: STG.PRICE_HISTORY.PRICE -> MART.PRICE_CHANGES.OLD_PRICE, STG.PRICE_HISTORY.PRODUCT_ID -> MART.PRICE_CHANGES.OLD_PRICE, STG.PRICE_HISTORY.EFFECTIVE_DATE -> MART.PRICE_CHANGES.OLD_PRICE
-- columns: STG.PRICE_HISTORY.PRICE -> MART.PRICE_CHANGES.NEW_PRICE
INSERT INTO mart.price_changes (product_id, change_date, old_price, new_price)
SELECT product_id,
       effective_date,
       LAG(price) OVER (PARTITION BY product_id ORDER BY effective_date),
       price
FROM stg.price_history;

-- case: rank_over_aggregate_in_inline_view
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: MART.TOP3_PRODUCTS_PER_CATEGORY
-- columns: DWH.DIM_PRODUCT.CATEGORY -> MART.TOP3_PRODUCTS_PER_CATEGORY.CATEGORY
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.TOP3_PRODUCTS_PER_CATEGORY.PRODUCT_NAME
-- columns: DWH.FACT_SALES.AMOUNT -> MART.TOP3_PRODUCTS_PER_CATEGORY.REVENUE
-- columns: DWH.FACT_SALES.AMOUNT -> MART.TOP3_PRODUCTS_PER_CATEGORY.RANK_IN_CATEGORY, DWH.DIM_PRODUCT.CATEGORY -> MART.TOP3_PRODUCTS_PER_CATEGORY.RANK_IN_CATEGORY
-- indirect: DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
INSERT INTO mart.top3_products_per_category (category, product_name, revenue, rank_in_category)
SELECT category, product_name, revenue, rnk
FROM (
  SELECT p.category, p.product_name, SUM(f.amount) AS revenue,
         RANK() OVER (PARTITION BY p.category ORDER BY SUM(f.amount) DESC) AS rnk
  FROM dwh.fact_sales f
  JOIN dwh.dim_product p ON p.product_key = f.product_key
  GROUP BY p.category, p.product_name
)
WHERE rnk <= 3;

-- case: ratio_to_report_and_first_value
-- sources: MART.STORE_MONTHLY_REVENUE
-- targets: MART.STORE_SHARE
-- columns: MART.STORE_MONTHLY_REVENUE.STORE_ID -> MART.STORE_SHARE.STORE_ID
-- columns: MART.STORE_MONTHLY_REVENUE.MONTH_START -> MART.STORE_SHARE.MONTH_START
-- columns: MART.STORE_MONTHLY_REVENUE.REVENUE -> MART.STORE_SHARE.REVENUE
-- columns: MART.STORE_MONTHLY_REVENUE.REVENUE -> MART.STORE_SHARE.SHARE_OF_MONTH, MART.STORE_MONTHLY_REVENUE.MONTH_START -> MART.STORE_SHARE.SHARE_OF_MONTH
-- columns: MART.STORE_MONTHLY_REVENUE.STORE_ID -> MART.STORE_SHARE.BEST_STORE_IN_MONTH, MART.STORE_MONTHLY_REVENUE.MONTH_START -> MART.STORE_SHARE.BEST_STORE_IN_MONTH, MART.STORE_MONTHLY_REVENUE.REVENUE -> MART.STORE_SHARE.BEST_STORE_IN_MONTH
INSERT INTO mart.store_share (store_id, month_start, revenue, share_of_month, best_store_in_month)
SELECT store_id,
       month_start,
       revenue,
       RATIO_TO_REPORT(revenue) OVER (PARTITION BY month_start),
       FIRST_VALUE(store_id) OVER (PARTITION BY month_start ORDER BY revenue DESC)
FROM mart.store_monthly_revenue;

-- case: ntile_and_range_interval_window
-- sources: STG.ORDERS
-- targets: MART.CUSTOMER_DECILES
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_DECILES.CUSTOMER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_DECILES.DECILE
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_DECILES.ORDERS_LAST_30D, STG.ORDERS.ORDER_DATE -> MART.CUSTOMER_DECILES.ORDERS_LAST_30D
INSERT INTO mart.customer_deciles (customer_id, decile, orders_last_30d)
SELECT o.customer_id,
       NTILE(10) OVER (ORDER BY o.total_amount DESC),
       COUNT(*) OVER (PARTITION BY o.customer_id ORDER BY o.order_date
                      RANGE BETWEEN INTERVAL '30' DAY PRECEDING AND CURRENT ROW)
FROM stg.orders o;

-- case: window_over_aggregate_with_group_by
-- sources: DWH.FACT_SALES
-- targets: MART.REGION_MONTHLY
-- columns: DWH.FACT_SALES.REGION_ID -> MART.REGION_MONTHLY.REGION_ID
-- columns: DWH.FACT_SALES.SALE_DATE -> MART.REGION_MONTHLY.MONTH_START
-- columns: DWH.FACT_SALES.AMOUNT -> MART.REGION_MONTHLY.REVENUE
-- columns: DWH.FACT_SALES.AMOUNT -> MART.REGION_MONTHLY.REGION_TOTAL, DWH.FACT_SALES.REGION_ID -> MART.REGION_MONTHLY.REGION_TOTAL
INSERT INTO mart.region_monthly (region_id, month_start, revenue, region_total)
SELECT s.region_id,
       TRUNC(s.sale_date, 'MM'),
       SUM(s.amount),
       SUM(SUM(s.amount)) OVER (PARTITION BY s.region_id)
FROM dwh.fact_sales s
WHERE s.sale_date >= DATE '2024-01-01'
GROUP BY s.region_id, TRUNC(s.sale_date, 'MM');

-- case: select_only_window
-- sources: HR.EMPLOYEES
-- indirect: HR.EMPLOYEES.HIRE_DATE
SELECT e.employee_id,
       e.salary,
       AVG(e.salary) OVER (PARTITION BY e.department_id) AS dept_avg
FROM hr.employees e
WHERE e.hire_date > DATE '2020-01-01';

-- case: last_value_ignore_nulls_gap_fill
-- sources: STG.SENSOR_READINGS
-- targets: DWH.SENSOR_FILLED
-- columns: STG.SENSOR_READINGS.SENSOR_ID -> DWH.SENSOR_FILLED.SENSOR_ID
-- columns: STG.SENSOR_READINGS.READING_TS -> DWH.SENSOR_FILLED.READING_TS
-- columns: STG.SENSOR_READINGS.READING_VALUE -> DWH.SENSOR_FILLED.READING_VALUE, STG.SENSOR_READINGS.SENSOR_ID -> DWH.SENSOR_FILLED.READING_VALUE, STG.SENSOR_READINGS.READING_TS -> DWH.SENSOR_FILLED.READING_VALUE
INSERT INTO dwh.sensor_filled (sensor_id, reading_ts, reading_value)
SELECT r.sensor_id,
       r.reading_ts,
       NVL(r.reading_value,
           LAST_VALUE(r.reading_value IGNORE NULLS)
             OVER (PARTITION BY r.sensor_id ORDER BY r.reading_ts
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
FROM stg.sensor_readings r;

-- case: dense_rank_and_avg_over_in_ctas
-- sources: HR.EMPLOYEES
-- targets: MART.EMP_SALARY_RANK
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.EMP_SALARY_RANK.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> MART.EMP_SALARY_RANK.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> MART.EMP_SALARY_RANK.SALARY_RANK, HR.EMPLOYEES.SALARY -> MART.EMP_SALARY_RANK.SALARY_RANK
-- columns: HR.EMPLOYEES.SALARY -> MART.EMP_SALARY_RANK.DIFF_FROM_AVG, HR.EMPLOYEES.DEPARTMENT_ID -> MART.EMP_SALARY_RANK.DIFF_FROM_AVG
CREATE TABLE mart.emp_salary_rank NOLOGGING AS
SELECT e.employee_id,
       e.department_id,
       DENSE_RANK() OVER (PARTITION BY e.department_id ORDER BY e.salary DESC) AS salary_rank,
       e.salary - AVG(e.salary) OVER (PARTITION BY e.department_id) AS diff_from_avg
FROM hr.employees e;
