-- case: pivot_sum_by_quarter
-- sources: DWH.QUARTERLY_SALES
-- targets: MART.SALES_BY_QUARTER
-- columns: DWH.QUARTERLY_SALES.REGION -> MART.SALES_BY_QUARTER.REGION
-- columns: DWH.QUARTERLY_SALES.AMOUNT -> MART.SALES_BY_QUARTER.Q1_AMOUNT, DWH.QUARTERLY_SALES.QUARTER -> MART.SALES_BY_QUARTER.Q1_AMOUNT
-- columns: DWH.QUARTERLY_SALES.AMOUNT -> MART.SALES_BY_QUARTER.Q2_AMOUNT, DWH.QUARTERLY_SALES.QUARTER -> MART.SALES_BY_QUARTER.Q2_AMOUNT
-- columns: DWH.QUARTERLY_SALES.AMOUNT -> MART.SALES_BY_QUARTER.Q3_AMOUNT, DWH.QUARTERLY_SALES.QUARTER -> MART.SALES_BY_QUARTER.Q3_AMOUNT
-- columns: DWH.QUARTERLY_SALES.AMOUNT -> MART.SALES_BY_QUARTER.Q4_AMOUNT, DWH.QUARTERLY_SALES.QUARTER -> MART.SALES_BY_QUARTER.Q4_AMOUNT
-- diagnostics: none
INSERT INTO mart.sales_by_quarter (region, q1_amount, q2_amount, q3_amount, q4_amount)
SELECT region, q1, q2, q3, q4
FROM (SELECT region, quarter, amount FROM dwh.quarterly_sales)
PIVOT (SUM(amount) FOR quarter IN ('Q1' AS q1, 'Q2' AS q2, 'Q3' AS q3, 'Q4' AS q4));

-- case: pivot_two_aggregates_generated_names
-- sources: STG.ORDERS
-- targets: MART.CHANNEL_PIVOT
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.CHANNEL_PIVOT.CUSTOMER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CHANNEL_PIVOT.WEB_AMT, STG.ORDERS.CHANNEL -> MART.CHANNEL_PIVOT.WEB_AMT
-- columns: STG.ORDERS.ORDER_ID -> MART.CHANNEL_PIVOT.WEB_CNT, STG.ORDERS.CHANNEL -> MART.CHANNEL_PIVOT.WEB_CNT
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CHANNEL_PIVOT.STORE_AMT, STG.ORDERS.CHANNEL -> MART.CHANNEL_PIVOT.STORE_AMT
-- columns: STG.ORDERS.ORDER_ID -> MART.CHANNEL_PIVOT.STORE_CNT, STG.ORDERS.CHANNEL -> MART.CHANNEL_PIVOT.STORE_CNT
CREATE TABLE mart.channel_pivot AS
SELECT customer_id, web_amt, web_cnt, store_amt, store_cnt
FROM (SELECT o.customer_id, o.channel, o.total_amount, o.order_id FROM stg.orders o)
PIVOT (SUM(total_amount) AS amt, COUNT(order_id) AS cnt
       FOR channel IN ('WEB' AS web, 'STORE' AS store));

-- case: unpivot_quarters_to_rows
-- sources: MART.SALES_WIDE
-- targets: DWH.SALES_LONG
-- columns: MART.SALES_WIDE.REGION -> DWH.SALES_LONG.REGION
-- columns: MART.SALES_WIDE.Q1_AMOUNT -> DWH.SALES_LONG.AMOUNT, MART.SALES_WIDE.Q2_AMOUNT -> DWH.SALES_LONG.AMOUNT
-- columns: MART.SALES_WIDE.Q3_AMOUNT -> DWH.SALES_LONG.AMOUNT, MART.SALES_WIDE.Q4_AMOUNT -> DWH.SALES_LONG.AMOUNT
-- diagnostics: none
INSERT INTO dwh.sales_long (region, quarter, amount)
SELECT region, quarter, amount
FROM mart.sales_wide
UNPIVOT (amount FOR quarter IN (q1_amount AS 'Q1', q2_amount AS 'Q2', q3_amount AS 'Q3', q4_amount AS 'Q4'));

-- case: unpivot_include_nulls_contact_points
-- sources: STG.CUSTOMERS
-- targets: DWH.CONTACT_POINTS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CONTACT_POINTS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> DWH.CONTACT_POINTS.CONTACT_VALUE, STG.CUSTOMERS.PHONE -> DWH.CONTACT_POINTS.CONTACT_VALUE, STG.CUSTOMERS.MOBILE -> DWH.CONTACT_POINTS.CONTACT_VALUE
INSERT INTO dwh.contact_points (customer_id, contact_type, contact_value)
SELECT customer_id, contact_type, contact_value
FROM (SELECT customer_id, email, phone, mobile FROM stg.customers)
UNPIVOT INCLUDE NULLS (contact_value FOR contact_type IN (email AS 'EMAIL', phone AS 'PHONE', mobile AS 'MOBILE'));

-- case: select_only_pivot_star
-- sources: HR.EMPLOYEES
SELECT *
FROM (SELECT department_id, job_id, salary FROM hr.employees)
PIVOT (AVG(salary) FOR job_id IN ('IT_PROG' AS it_prog, 'SA_REP' AS sa_rep));

-- case: pivot_over_join_weekdays
-- sources: DWH.FACT_SALES, DWH.DIM_STORE
-- targets: MART.STORE_WEEKDAY_SALES
-- columns: DWH.DIM_STORE.STORE_NAME -> MART.STORE_WEEKDAY_SALES.STORE_NAME
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.MON, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.MON
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.TUE, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.TUE
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.WED, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.WED
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.THU, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.THU
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.FRI, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.FRI
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.SAT, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.SAT
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_WEEKDAY_SALES.SUN, DWH.FACT_SALES.SALE_DATE -> MART.STORE_WEEKDAY_SALES.SUN
-- indirect: DWH.DIM_STORE.STORE_KEY, DWH.FACT_SALES.STORE_KEY
INSERT INTO mart.store_weekday_sales (store_name, mon, tue, wed, thu, fri, sat, sun)
SELECT store_name, mon, tue, wed, thu, fri, sat, sun
FROM (
  SELECT s.store_name,
         TO_CHAR(f.sale_date, 'DY', 'NLS_DATE_LANGUAGE=ENGLISH') AS dow,
         f.amount
  FROM dwh.fact_sales f
  JOIN dwh.dim_store s ON s.store_key = f.store_key
  WHERE f.sale_date >= TRUNC(SYSDATE) - 28
)
PIVOT (SUM(amount) FOR dow IN ('MON' AS mon, 'TUE' AS tue, 'WED' AS wed, 'THU' AS thu,
                               'FRI' AS fri, 'SAT' AS sat, 'SUN' AS sun));

-- case: unpivot_multiple_value_columns
-- sources: STG.BUDGET_WIDE
-- targets: DWH.BUDGET_LONG
-- columns: STG.BUDGET_WIDE.DEPT_ID -> DWH.BUDGET_LONG.DEPT_ID
-- columns: STG.BUDGET_WIDE.H1_BUDGET -> DWH.BUDGET_LONG.BUDGET, STG.BUDGET_WIDE.H2_BUDGET -> DWH.BUDGET_LONG.BUDGET
-- columns: STG.BUDGET_WIDE.H1_ACTUAL -> DWH.BUDGET_LONG.ACTUAL, STG.BUDGET_WIDE.H2_ACTUAL -> DWH.BUDGET_LONG.ACTUAL
INSERT INTO dwh.budget_long (dept_id, half, budget, actual)
SELECT dept_id, half, budget, actual
FROM (SELECT dept_id, h1_budget, h1_actual, h2_budget, h2_actual FROM stg.budget_wide)
UNPIVOT ((budget, actual) FOR half IN ((h1_budget, h1_actual) AS 'H1',
                                       (h2_budget, h2_actual) AS 'H2'));
