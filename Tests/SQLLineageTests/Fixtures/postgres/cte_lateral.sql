-- case: insert_from_cte_chain_with_case
-- sources: sales.orders
-- targets: mart.customer_value
-- columns: sales.orders.customer_id -> mart.customer_value.customer_id
-- columns: sales.orders.amount -> mart.customer_value.value_band
INSERT INTO mart.customer_value (customer_id, value_band)
WITH totals AS (
    SELECT customer_id, sum(amount) AS total
    FROM sales.orders
    GROUP BY customer_id
), banded AS (
    SELECT customer_id,
           CASE WHEN total > 1000 THEN 'high' ELSE 'low' END AS band
    FROM totals
)
SELECT customer_id, band FROM banded;

-- case: with_clause_before_insert
-- sources: sales.orders
-- targets: mart.recent_orders
-- columns: sales.orders.id -> mart.recent_orders.order_id, sales.orders.customer_id -> mart.recent_orders.customer_id
-- columns: sales.orders.amount -> mart.recent_orders.amount
-- indirect: sales.orders.created_at
WITH recent AS (
    SELECT id, customer_id, amount
    FROM sales.orders
    WHERE created_at > now() - interval '30 days'
)
INSERT INTO mart.recent_orders (order_id, customer_id, amount)
SELECT r.id, r.customer_id, r.amount FROM recent r;

-- case: cte_name_shadows_table_name
-- sources: archive.orders_2020
-- targets: mart.old_orders
-- columns: archive.orders_2020.id -> mart.old_orders.id, archive.orders_2020.amount -> mart.old_orders.amount
WITH orders AS (
    SELECT id, amount FROM archive.orders_2020
)
INSERT INTO mart.old_orders (id, amount)
SELECT id, amount FROM orders;

-- case: with_recursive_hierarchy
-- sources: hr.employees
-- targets: hr.org_paths
-- columns: hr.employees.id -> hr.org_paths.id, hr.employees.id -> hr.org_paths.root_id
-- indirect: hr.employees.manager_id
INSERT INTO hr.org_paths (id, root_id, depth)
WITH RECURSIVE tree AS (
    SELECT id, id AS root_id, 0 AS depth
    FROM hr.employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, t.root_id, t.depth + 1
    FROM hr.employees e
    JOIN tree t ON e.manager_id = t.id
)
SELECT id, root_id, depth FROM tree;

-- case: data_modifying_cte_without_returning
-- sources: staging.new_orders
-- targets: sales.orders
-- columns: staging.new_orders.id -> sales.orders.id, staging.new_orders.amount -> sales.orders.amount
-- effects: delete staging.order_batch
WITH purged AS (
    DELETE FROM staging.order_batch
    WHERE loaded_at < now() - interval '7 days'
)
INSERT INTO sales.orders (id, amount)
SELECT id, amount FROM staging.new_orders;

-- case: data_modifying_cte_delete_returning_archives
-- sources: app.events
-- targets: archive.events
-- columns: app.events.id -> archive.events.id, app.events.payload -> archive.events.payload
-- columns: app.events.created_at -> archive.events.created_at
-- effects: delete app.events
WITH moved AS (
    DELETE FROM app.events
    WHERE created_at < now() - interval '90 days'
    RETURNING id, payload, created_at
)
INSERT INTO archive.events (id, payload, created_at)
SELECT id, payload, created_at FROM moved;

-- case: cross_join_lateral_subquery
-- sources: sales.customers, sales.orders
-- targets: mart.customer_latest
-- columns: sales.customers.id -> mart.customer_latest.customer_id, sales.orders.amount -> mart.customer_latest.last_amount
INSERT INTO mart.customer_latest (customer_id, last_amount)
SELECT c.id, l.amount
FROM sales.customers c
CROSS JOIN LATERAL (
    SELECT o.amount
    FROM sales.orders o
    WHERE o.customer_id = c.id
    ORDER BY o.created_at DESC
    LIMIT 1
) l;

-- case: left_join_lateral_set_returning_function
-- sources: billing.subscriptions
-- targets: mart.subscription_days
-- columns: billing.subscriptions.id -> mart.subscription_days.subscription_id
-- columns: billing.subscriptions.starts_on -> mart.subscription_days.day, billing.subscriptions.ends_on -> mart.subscription_days.day
INSERT INTO mart.subscription_days (subscription_id, day)
SELECT s.id, d::date
FROM billing.subscriptions s
LEFT JOIN LATERAL generate_series(s.starts_on, s.ends_on, interval '1 day') AS d ON true;

-- case: distinct_on_order_by_not_a_source
-- sources: sales.order_history
-- targets: mart.latest_status
-- columns: sales.order_history.order_id -> mart.latest_status.order_id, sales.order_history.status -> mart.latest_status.status
-- columns: sales.order_history.changed_at -> mart.latest_status.changed_at
INSERT INTO mart.latest_status (order_id, status, changed_at)
SELECT DISTINCT ON (h.order_id) h.order_id, h.status, h.changed_at
FROM sales.order_history h
ORDER BY h.order_id, h.changed_at DESC;
