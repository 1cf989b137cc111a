-- case: update_from_target_self_join_previous_session
-- sources: analytics.sessions
-- targets: analytics.sessions
-- columns: analytics.sessions.session_end -> analytics.sessions.prev_session_end
-- indirect: analytics.sessions.user_id, analytics.sessions.session_seq
UPDATE analytics.sessions
SET prev_session_end = p.session_end
FROM analytics.sessions p
WHERE p.user_id = analytics.sessions.user_id
  AND p.session_seq = analytics.sessions.session_seq - 1;

-- case: temp_table_filled_twice_then_delete_using_and_two_inserts
-- sources: raw.orders_delta
-- targets: analytics.orders, analytics.order_audit
-- intermediate: stage_orders
-- columns: raw.orders_delta.order_id -> analytics.orders.order_id
-- columns: raw.orders_delta.customer_id -> analytics.orders.customer_id
-- columns: raw.orders_delta.amount -> analytics.orders.amount
-- columns: raw.orders_delta.order_id -> analytics.order_audit.order_id
-- effects: delete analytics.orders
CREATE TEMP TABLE stage_orders (order_id bigint, customer_id bigint, amount numeric(12,2));

INSERT INTO stage_orders
SELECT order_id, customer_id, amount FROM raw.orders_delta WHERE op <> 'D';

INSERT INTO stage_orders
SELECT order_id, customer_id, 0 FROM raw.orders_delta WHERE op = 'D';

DELETE FROM analytics.orders
USING stage_orders s
WHERE analytics.orders.order_id = s.order_id;

INSERT INTO analytics.orders (order_id, customer_id, amount)
SELECT order_id, customer_id, amount FROM stage_orders WHERE amount <> 0;

INSERT INTO analytics.order_audit (order_id, loaded_at)
SELECT order_id, GETDATE() FROM stage_orders;

DROP TABLE stage_orders;

-- case: insert_without_column_list_not_exists_on_target
-- schema: analytics.dim_customer(customer_id, email, signup_date)
-- sources: raw.customers, analytics.dim_customer
-- targets: analytics.dim_customer
-- columns: raw.customers.id -> analytics.dim_customer.customer_id
-- columns: raw.customers.email -> analytics.dim_customer.email
-- columns: raw.customers.created_at -> analytics.dim_customer.signup_date
-- indirect: analytics.dim_customer.customer_id
INSERT INTO analytics.dim_customer
SELECT c.id, LOWER(c.email), TRUNC(c.created_at)
FROM raw.customers c
WHERE NOT EXISTS (SELECT 1 FROM analytics.dim_customer d WHERE d.customer_id = c.id);

-- case: ctas_group_by_rollup_unprojected_column
-- sources: analytics.fact_sales
-- targets: analytics.revenue_rollup
-- columns: analytics.fact_sales.region -> analytics.revenue_rollup.region
-- columns: analytics.fact_sales.product_line -> analytics.revenue_rollup.product_line
-- columns: analytics.fact_sales.revenue -> analytics.revenue_rollup.revenue
-- indirect: analytics.fact_sales.sales_rep
CREATE TABLE analytics.revenue_rollup AS
SELECT region, product_line, SUM(revenue) AS revenue
FROM analytics.fact_sales
GROUP BY ROLLUP (region, product_line, sales_rep);
