-- case: merge_two_matched_branches_with_condition
-- sources: STAGING.PRODUCT_FEED
-- targets: CORE.PRODUCTS
-- columns: STAGING.PRODUCT_FEED.FEED_DATE -> CORE.PRODUCTS.RETIRED_ON
-- columns: STAGING.PRODUCT_FEED.NAME -> CORE.PRODUCTS.NAME
-- columns: STAGING.PRODUCT_FEED.PRICE -> CORE.PRODUCTS.PRICE
-- columns: STAGING.PRODUCT_FEED.SKU -> CORE.PRODUCTS.SKU
MERGE INTO core.products t
USING staging.product_feed s
ON t.sku = s.sku
WHEN MATCHED AND s.discontinued = 1 THEN
    UPDATE SET active = 0, retired_on = s.feed_date
WHEN MATCHED THEN
    UPDATE SET name = s.name, price = s.price
WHEN NOT MATCHED THEN
    INSERT (sku, name, price, active) VALUES (s.sku, s.name, s.price, 1);

-- case: nested_correlated_subqueries_in_select_and_having
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: MART.DEPT_STATS
-- columns: HR.EMPLOYEES.DEPT_ID -> MART.DEPT_STATS.DEPT_ID
-- columns: HR.EMPLOYEES.EMP_ID -> MART.DEPT_STATS.HEADCOUNT
-- columns: HR.EMPLOYEES.FULL_NAME -> MART.DEPT_STATS.TOP_EARNER
-- indirect: HR.EMPLOYEES.SALARY, HR.DEPARTMENTS.MIN_HEADCOUNT, HR.DEPARTMENTS.DEPT_ID
INSERT INTO mart.dept_stats (dept_id, headcount, top_earner)
SELECT e.dept_id,
       COUNT(e.emp_id),
       (SELECT MAX(x.full_name)
          FROM hr.employees x
         WHERE x.dept_id = e.dept_id
           AND x.salary = (SELECT MAX(y.salary) FROM hr.employees y WHERE y.dept_id = e.dept_id))
FROM hr.employees e
GROUP BY e.dept_id
HAVING COUNT(e.emp_id) > (SELECT AVG(d.min_headcount) FROM hr.departments d WHERE d.dept_id = e.dept_id);

-- case: intersect_of_stars_into_schema_positions
-- schema: SALES.Q1_CUSTOMERS(CUSTOMER_ID, REGION)
-- schema: SALES.Q2_CUSTOMERS(CUSTOMER_ID, REGION)
-- schema: MART.RETAINED(CUST, REG)
-- sources: SALES.Q1_CUSTOMERS, SALES.Q2_CUSTOMERS
-- targets: MART.RETAINED
-- columns: SALES.Q1_CUSTOMERS.CUSTOMER_ID -> MART.RETAINED.CUST, SALES.Q2_CUSTOMERS.CUSTOMER_ID -> MART.RETAINED.CUST
-- columns: SALES.Q1_CUSTOMERS.REGION -> MART.RETAINED.REG, SALES.Q2_CUSTOMERS.REGION -> MART.RETAINED.REG
INSERT INTO mart.retained
SELECT * FROM sales.q1_customers
INTERSECT
SELECT * FROM sales.q2_customers;
