-- case: single_cte_in_insert
-- sources: STG.SALES
-- targets: MART.DAILY_SALES
-- columns: STG.SALES.SOLD_AT -> MART.DAILY_SALES.SALE_DATE
-- columns: STG.SALES.STORE_ID -> MART.DAILY_SALES.STORE_ID
-- columns: STG.SALES.AMOUNT -> MART.DAILY_SALES.AMOUNT
-- diagnostics: none
INSERT INTO mart.daily_sales (sale_date, store_id, amount)
WITH daily AS (
  SELECT TRUNC(s.sold_at) AS sale_date, s.store_id, SUM(s.amount) AS amount
  FROM stg.sales s
  GROUP BY TRUNC(s.sold_at), s.store_id
)
SELECT sale_date, store_id, amount FROM daily;

-- case: multiple_ctes_left_join
-- sources: STG.ORDERS, STG.RETURNS
-- targets: MART.CUSTOMER_SCORECARD
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_SCORECARD.CUSTOMER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_SCORECARD.REVENUE_12M
-- columns: STG.RETURNS.REFUND_AMOUNT -> MART.CUSTOMER_SCORECARD.RETURNS_12M
-- indirect: STG.ORDERS.ORDER_DATE, STG.RETURNS.RETURN_DATE, STG.RETURNS.CUSTOMER_ID
INSERT INTO mart.customer_scorecard (customer_id, orders_12m, revenue_12m, returns_12m)
WITH ord AS (
  SELECT customer_id, COUNT(*) AS cnt, SUM(total_amount) AS revenue
  FROM stg.orders
  WHERE order_date >= ADD_MONTHS(TRUNC(SYSDATE), -12)
  GROUP BY customer_id
),
ret AS (
  SELECT customer_id, SUM(refund_amount) AS refunds
  FROM stg.returns
  WHERE return_date >= ADD_MONTHS(TRUNC(SYSDATE), -12)
  GROUP BY customer_id
)
SELECT o.customer_id, o.cnt, o.revenue, NVL(r.refunds, 0)
FROM ord o
LEFT JOIN ret r ON r.customer_id = o.customer_id;

-- case: cte_referencing_cte_in_ctas
-- sources: STG.ORDER_LINES, DWH.DIM_PRODUCT
-- targets: MART.PRODUCT_RANK
-- columns: STG.ORDER_LINES.PRODUCT_ID -> MART.PRODUCT_RANK.PRODUCT_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.PRODUCT_RANK.PRODUCT_NAME
-- columns: STG.ORDER_LINES.QUANTITY -> MART.PRODUCT_RANK.REVENUE, STG.ORDER_LINES.UNIT_PRICE -> MART.PRODUCT_RANK.REVENUE
-- columns: STG.ORDER_LINES.QUANTITY -> MART.PRODUCT_RANK.REVENUE_RANK, STG.ORDER_LINES.UNIT_PRICE -> MART.PRODUCT_RANK.REVENUE_RANK
-- indirect: DWH.DIM_PRODUCT.PRODUCT_ID
CREATE TABLE mart.product_rank AS
WITH sales_by_product AS (
  SELECT product_id, SUM(quantity * unit_price) AS revenue
  FROM stg.order_lines
  GROUP BY product_id
),
ranked AS (
  SELECT product_id, revenue, DENSE_RANK() OVER (ORDER BY revenue DESC) AS revenue_rank
  FROM sales_by_product
)
SELECT r.product_id, p.product_name, r.revenue, r.revenue_rank
FROM ranked r
JOIN dwh.dim_product p ON p.product_id = r.product_id;

-- case: recursive_cte_with_column_list
-- sources: HR.EMPLOYEES
-- targets: DWH.ORG_HIERARCHY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> DWH.ORG_HIERARCHY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.MANAGER_ID -> DWH.ORG_HIERARCHY.MANAGER_ID
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> DWH.ORG_HIERARCHY.ROOT_MANAGER_ID
INSERT INTO dwh.org_hierarchy (employee_id, manager_id, depth, root_manager_id)
WITH org (emp_id, mgr_id, lvl, root_id) AS (
  SELECT e.employee_id, e.manager_id, 1, e.employee_id
  FROM hr.employees e
  WHERE e.manager_id IS NULL
  UNION ALL
  SELECT c.employee_id, c.manager_id, o.lvl + 1, o.root_id
  FROM hr.employees c
  JOIN org o ON c.manager_id = o.emp_id
)
SELECT emp_id, mgr_id, lvl, root_id FROM org;

-- case: recursive_cte_search_and_cycle_clauses
-- sources: STG.BILL_OF_MATERIALS
-- targets: DWH.BOM_EXPLOSION
-- columns: STG.BILL_OF_MATERIALS.PARENT_PART -> DWH.BOM_EXPLOSION.ROOT_PART
-- columns: STG.BILL_OF_MATERIALS.CHILD_PART -> DWH.BOM_EXPLOSION.PART_ID
-- columns: STG.BILL_OF_MATERIALS.QTY -> DWH.BOM_EXPLOSION.QTY
-- diagnostics: none
INSERT INTO dwh.bom_explosion (root_part, part_id, qty)
WITH bom (root_part, part_id, qty) AS (
  SELECT b.parent_part, b.child_part, b.qty
  FROM stg.bill_of_materials b
  WHERE b.parent_part = 'ROOT'
  UNION ALL
  SELECT bom.root_part, b.child_part, bom.qty * b.qty
  FROM bom
  JOIN stg.bill_of_materials b ON b.parent_part = bom.part_id
)
SEARCH DEPTH FIRST BY part_id SET ord
CYCLE part_id SET is_cycle TO 'Y' DEFAULT 'N'
SELECT root_part, part_id, qty FROM bom WHERE is_cycle = 'N';

-- case: cte_shadows_table_name
-- sources: CRM.CUSTOMERS
-- targets: MART.CUSTOMER_EMAILS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_EMAILS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MART.CUSTOMER_EMAILS.EMAIL
-- indirect: CRM.CUSTOMERS.OPT_IN
INSERT INTO mart.customer_emails (customer_id, email)
WITH customers AS (
  SELECT customer_id, LOWER(email) AS email
  FROM crm.customers
  WHERE opt_in = 'Y'
)
SELECT customer_id, email FROM customers;

-- case: cte_shadow_does_not_leak_to_next_statement
-- sources: STG.ORDERS, ORDERS
-- targets: MART.ORDERS_RECENT, MART.ORDERS_ALL
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDERS_RECENT.ORDER_ID, STG.ORDERS.TOTAL_AMOUNT -> MART.ORDERS_RECENT.AMOUNT
-- columns: ORDERS.ORDER_ID -> MART.ORDERS_ALL.ORDER_ID, ORDERS.TOTAL_AMOUNT -> MART.ORDERS_ALL.AMOUNT
-- indirect: STG.ORDERS.ORDER_DATE
INSERT INTO mart.orders_recent (order_id, amount)
WITH orders AS (
  SELECT order_id, total_amount FROM stg.orders WHERE order_date > SYSDATE - 30
)
SELECT order_id, total_amount FROM orders;

INSERT INTO mart.orders_all (order_id, amount)
SELECT order_id, total_amount FROM orders;

-- case: cte_self_joined_twice
-- sources: DWH.FACT_ORDERS
-- targets: MART.MOM_GROWTH
-- columns: DWH.FACT_ORDERS.ORDER_DATE -> MART.MOM_GROWTH.MONTH_START
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> MART.MOM_GROWTH.REVENUE
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> MART.MOM_GROWTH.PREV_REVENUE
INSERT INTO mart.mom_growth (month_start, revenue, prev_revenue)
WITH m AS (
  SELECT TRUNC(order_date, 'MM') AS month_start, SUM(total_amount) AS revenue
  FROM dwh.fact_orders
  GROUP BY TRUNC(order_date, 'MM')
)
SELECT cur.month_start, cur.revenue, prv.revenue
FROM m cur
LEFT JOIN m prv ON prv.month_start = ADD_MONTHS(cur.month_start, -1);

-- case: select_only_cte_join
-- sources: STG.ORDERS, STG.CUSTOMERS
-- indirect: STG.ORDERS.TOTAL_AMOUNT, STG.ORDERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_ID
WITH big_orders AS (
  SELECT order_id, customer_id FROM stg.orders WHERE total_amount > 1000
)
SELECT b.order_id, c.email
FROM big_orders b
JOIN stg.customers c ON c.customer_id = b.customer_id;

-- case: non_recursive_cte_with_column_alias_list
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: MART.CATEGORY_SHARE
-- columns: DWH.DIM_PRODUCT.CATEGORY -> MART.CATEGORY_SHARE.CATEGORY
-- columns: DWH.FACT_SALES.AMOUNT -> MART.CATEGORY_SHARE.REVENUE
-- columns: DWH.FACT_SALES.AMOUNT -> MART.CATEGORY_SHARE.SHARE_PCT
-- indirect: DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
INSERT INTO mart.category_share (category, revenue, share_pct)
WITH cat_rev (category, revenue) AS (
  SELECT p.category, SUM(f.amount)
  FROM dwh.fact_sales f
  JOIN dwh.dim_product p ON p.product_key = f.product_key
  GROUP BY p.category
),
total_rev (total) AS (
  SELECT SUM(revenue) FROM cat_rev
)
SELECT c.category, c.revenue, ROUND(100 * c.revenue / t.total, 2)
FROM cat_rev c
CROSS JOIN total_rev t;

-- case: cte_with_union_and_materialize_hint
-- sources: CRM.LEADS, MKT.SUBSCRIBERS
-- targets: DWH.ALL_CONTACTS
-- columns: CRM.LEADS.LEAD_ID -> DWH.ALL_CONTACTS.CONTACT_ID, MKT.SUBSCRIBERS.SUBSCRIBER_ID -> DWH.ALL_CONTACTS.CONTACT_ID
-- columns: CRM.LEADS.EMAIL -> DWH.ALL_CONTACTS.EMAIL, MKT.SUBSCRIBERS.EMAIL_ADDRESS -> DWH.ALL_CONTACTS.EMAIL
INSERT INTO dwh.all_contacts (contact_id, email, source_system)
WITH contacts AS (
  SELECT /*+ MATERIALIZE */ lead_id AS contact_id, email, 'CRM' AS source_system
  FROM crm.leads
  UNION ALL
  SELECT subscriber_id, email_address, 'NEWSLETTER'
  FROM mkt.subscribers
)
SELECT contact_id, email, source_system FROM contacts;
