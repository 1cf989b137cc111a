-- case: inline_view_in_from
-- sources: STG.ORDERS
-- targets: MART.TOP_CUSTOMERS
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.TOP_CUSTOMERS.CUSTOMER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.TOP_CUSTOMERS.TOTAL_AMOUNT
-- indirect: STG.ORDERS.STATUS
INSERT INTO mart.top_customers (customer_id, total_amount)
SELECT t.customer_id, t.total
FROM (SELECT o.customer_id, SUM(o.total_amount) AS total
        FROM stg.orders o
       WHERE o.status = 'COMPLETE'
       GROUP BY o.customer_id) t
WHERE t.total > 10000;

-- case: scalar_subqueries_in_select_list
-- sources: STG.CUSTOMERS, STG.ORDERS, CRM.TICKETS
-- targets: DWH.CUSTOMER_SNAPSHOT
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMER_SNAPSHOT.CUSTOMER_ID
-- columns: STG.ORDERS.ORDER_DATE -> DWH.CUSTOMER_SNAPSHOT.LAST_ORDER_DATE
-- indirect: STG.ORDERS.CUSTOMER_ID, CRM.TICKETS.CUSTOMER_ID, CRM.TICKETS.STATUS
INSERT INTO dwh.customer_snapshot (customer_id, last_order_date, open_tickets)
SELECT c.customer_id,
       (SELECT MAX(o.order_date) FROM stg.orders o WHERE o.customer_id = c.customer_id),
       (SELECT COUNT(*) FROM crm.tickets t WHERE t.customer_id = c.customer_id AND t.status = 'OPEN')
FROM stg.customers c;

-- case: where_in_subquery
-- sources: STG.ORDERS, CRM.VIP_CUSTOMERS
-- targets: MART.VIP_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> MART.VIP_ORDERS.ORDER_ID
-- columns: STG.ORDERS.ORDER_DATE -> MART.VIP_ORDERS.ORDER_DATE
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.VIP_ORDERS.AMOUNT
-- indirect: STG.ORDERS.CUSTOMER_ID, CRM.VIP_CUSTOMERS.CUSTOMER_ID, CRM.VIP_CUSTOMERS.TIER
INSERT INTO mart.vip_orders (order_id, order_date, amount)
SELECT o.order_id, o.order_date, o.total_amount
FROM stg.orders o
WHERE o.customer_id IN (SELECT v.customer_id FROM crm.vip_customers v WHERE v.tier = 'GOLD');

-- case: where_exists
-- sources: DWH.DIM_PRODUCT, STG.ORDER_LINES
-- targets: MART.ACTIVE_PRODUCTS
-- columns: DWH.DIM_PRODUCT.PRODUCT_ID -> MART.ACTIVE_PRODUCTS.PRODUCT_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.ACTIVE_PRODUCTS.PRODUCT_NAME
-- indirect: STG.ORDER_LINES.PRODUCT_ID, STG.ORDER_LINES.QUANTITY
INSERT INTO mart.active_products (product_id, product_name)
SELECT p.product_id, p.product_name
FROM dwh.dim_product p
WHERE EXISTS (SELECT 1
                FROM stg.order_lines l
               WHERE l.product_id = p.product_id
                 AND l.quantity > 0);

-- case: where_not_exists
-- sources: STG.CUSTOMERS, DWH.DIM_CUSTOMER
-- targets: STG.NEW_CUSTOMERS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> STG.NEW_CUSTOMERS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> STG.NEW_CUSTOMERS.EMAIL
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID
INSERT INTO stg.new_customers (customer_id, email)
SELECT s.customer_id, s.email
FROM stg.customers s
WHERE NOT EXISTS (SELECT NULL FROM dwh.dim_customer d WHERE d.customer_id = s.customer_id);

-- case: having_subquery
-- sources: DWH.FACT_SALES, DWH.REGION_TARGETS
-- targets: MART.ABOVE_AVG_REGIONS
-- columns: DWH.FACT_SALES.REGION_ID -> MART.ABOVE_AVG_REGIONS.REGION_ID
-- columns: DWH.FACT_SALES.AMOUNT -> MART.ABOVE_AVG_REGIONS.SALES
-- indirect: DWH.REGION_TARGETS.TARGET_AMOUNT, DWH.REGION_TARGETS.YEAR_NUM
INSERT INTO mart.above_avg_regions (region_id, sales)
SELECT s.region_id, SUM(s.amount)
FROM dwh.fact_sales s
GROUP BY s.region_id
HAVING SUM(s.amount) > (SELECT AVG(r.target_amount) FROM dwh.region_targets r WHERE r.year_num = 2024);

-- case: scalar_subqueries_in_values
-- sources: STG.ORDERS
-- targets: DWH.LOAD_AUDIT
-- columns: STG.ORDERS.LOAD_DATE -> DWH.LOAD_AUDIT.MAX_LOAD_DATE
INSERT INTO dwh.load_audit (table_name, row_count, max_load_date, loaded_at)
VALUES ('STG.ORDERS',
        (SELECT COUNT(*) FROM stg.orders),
        (SELECT MAX(load_date) FROM stg.orders),
        SYSDATE);

-- case: subquery_in_join_on
-- sources: STG.SALES, STG.PRICE_LIST
-- targets: DWH.FACT_PRICE
-- columns: STG.SALES.PRODUCT_ID -> DWH.FACT_PRICE.PRODUCT_ID
-- columns: STG.SALES.SALE_DATE -> DWH.FACT_PRICE.SALE_DATE
-- columns: STG.PRICE_LIST.PRICE -> DWH.FACT_PRICE.PRICE
-- indirect: STG.PRICE_LIST.PRODUCT_ID, STG.PRICE_LIST.VALID_FROM
INSERT INTO dwh.fact_price (product_id, sale_date, price)
SELECT s.product_id, s.sale_date, pr.price
FROM stg.sales s
JOIN stg.price_list pr
  ON pr.product_id = s.product_id
 AND pr.valid_from = (SELECT MAX(p2.valid_from)
                        FROM stg.price_list p2
                       WHERE p2.product_id = s.product_id
                         AND p2.valid_from <= s.sale_date);

-- case: nested_inline_views_three_levels
-- sources: STG.ORDER_LINES
-- targets: MART.MONTHLY_TOP_PRODUCT
-- columns: STG.ORDER_LINES.ORDER_DATE -> MART.MONTHLY_TOP_PRODUCT.MONTH_START
-- columns: STG.ORDER_LINES.PRODUCT_ID -> MART.MONTHLY_TOP_PRODUCT.PRODUCT_ID
-- columns: STG.ORDER_LINES.QUANTITY -> MART.MONTHLY_TOP_PRODUCT.REVENUE, STG.ORDER_LINES.UNIT_PRICE -> MART.MONTHLY_TOP_PRODUCT.REVENUE
INSERT INTO mart.monthly_top_product (month_start, product_id, revenue)
SELECT month_start, product_id, revenue
FROM (
  SELECT x.month_start, x.product_id, x.revenue,
         RANK() OVER (PARTITION BY x.month_start ORDER BY x.revenue DESC) AS rnk
  FROM (
    SELECT TRUNC(l.order_date, 'MM') AS month_start,
           l.product_id,
           SUM(l.quantity * l.unit_price) AS revenue
    FROM stg.order_lines l
    GROUP BY TRUNC(l.order_date, 'MM'), l.product_id
  ) x
)
WHERE rnk = 1;

-- case: correlated_comparison_same_table
-- sources: HR.EMPLOYEES
-- targets: MART.HIGH_EARNERS
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.HIGH_EARNERS.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> MART.HIGH_EARNERS.SALARY
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> MART.HIGH_EARNERS.DEPARTMENT_ID
INSERT INTO mart.high_earners (employee_id, salary, department_id)
SELECT e.employee_id, e.salary, e.department_id
FROM hr.employees e
WHERE e.salary > (SELECT AVG(e2.salary) FROM hr.employees e2 WHERE e2.department_id = e.department_id);

-- case: multi_column_in_subquery
-- sources: STG.ORDER_STATUS_HISTORY
-- targets: DWH.LATEST_STATUS
-- columns: STG.ORDER_STATUS_HISTORY.ORDER_ID -> DWH.LATEST_STATUS.ORDER_ID
-- columns: STG.ORDER_STATUS_HISTORY.STATUS -> DWH.LATEST_STATUS.STATUS
-- columns: STG.ORDER_STATUS_HISTORY.STATUS_TS -> DWH.LATEST_STATUS.STATUS_TS
INSERT INTO dwh.latest_status (order_id, status, status_ts)
SELECT h.order_id, h.status, h.status_ts
FROM stg.order_status_history h
WHERE (h.order_id, h.status_ts) IN (SELECT order_id, MAX(status_ts)
                                      FROM stg.order_status_history
                                     GROUP BY order_id);

-- case: select_only_not_in_subquery
-- sources: DWH.DIM_PRODUCT, DWH.DISCONTINUED_CATEGORIES
-- indirect: DWH.DIM_PRODUCT.CATEGORY_ID, DWH.DIM_PRODUCT.LIST_PRICE, DWH.DISCONTINUED_CATEGORIES.CATEGORY_ID
SELECT p.product_id, p.product_name
FROM dwh.dim_product p
WHERE p.category_id NOT IN (SELECT c.category_id FROM dwh.discontinued_categories c)
  AND p.list_price > 0;

-- case: scalar_subquery_in_case_condition
-- sources: STG.ORDERS
-- targets: MART.ORDER_FLAGS
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDER_FLAGS.ORDER_ID
-- columns: STG.ORDERS.ORDER_DATE -> MART.ORDER_FLAGS.IS_FIRST_ORDER
-- indirect: STG.ORDERS.CUSTOMER_ID
INSERT INTO mart.order_flags (order_id, is_first_order)
SELECT o.order_id,
       CASE WHEN o.order_date = (SELECT MIN(o2.order_date)
                                   FROM stg.orders o2
                                  WHERE o2.customer_id = o.customer_id)
            THEN 'Y' ELSE 'N' END
FROM stg.orders o;

-- case: join_to_aggregating_inline_view
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: MART.CUSTOMER_LTV
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_LTV.CUSTOMER_ID
-- columns: STG.CUSTOMERS.SEGMENT -> MART.CUSTOMER_LTV.SEGMENT
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_LTV.LIFETIME_VALUE
-- columns: STG.ORDERS.ORDER_ID -> MART.CUSTOMER_LTV.ORDER_COUNT
-- indirect: STG.ORDERS.CUSTOMER_ID
INSERT INTO mart.customer_ltv (customer_id, segment, lifetime_value, order_count)
SELECT c.customer_id, c.segment, agg.ltv, agg.cnt
FROM stg.customers c
JOIN (SELECT customer_id, SUM(total_amount) ltv, COUNT(order_id) cnt
        FROM stg.orders
       GROUP BY customer_id) agg
  ON agg.customer_id = c.customer_id;

-- case: correlated_subquery_in_update_set
-- sources: DWH.FACT_SALES
-- targets: DWH.DIM_PRODUCT
-- columns: DWH.FACT_SALES.SALE_DATE -> DWH.DIM_PRODUCT.LAST_SOLD_DATE
-- indirect: DWH.FACT_SALES.PRODUCT_ID, DWH.DIM_PRODUCT.PRODUCT_ID, DWH.DIM_PRODUCT.IS_ACTIVE
UPDATE dwh.dim_product p
   SET p.last_sold_date = (SELECT MAX(s.sale_date)
                             FROM dwh.fact_sales s
                            WHERE s.product_id = p.product_id)
 WHERE p.is_active = 'Y';

-- case: all_quantified_subquery
-- sources: DWH.DIM_PRODUCT, STG.COMPETITOR_PRICES
-- targets: MART.EXPENSIVE_PRODUCTS
-- columns: DWH.DIM_PRODUCT.PRODUCT_ID -> MART.EXPENSIVE_PRODUCTS.PRODUCT_ID
-- columns: DWH.DIM_PRODUCT.LIST_PRICE -> MART.EXPENSIVE_PRODUCTS.LIST_PRICE
-- indirect: STG.COMPETITOR_PRICES.PRICE, STG.COMPETITOR_PRICES.PRODUCT_ID
INSERT INTO mart.expensive_products (product_id, list_price)
SELECT p.product_id, p.list_price
FROM dwh.dim_product p
WHERE p.list_price > ALL (SELECT c.price
                            FROM stg.competitor_prices c
                           WHERE c.product_id = p.product_id);
