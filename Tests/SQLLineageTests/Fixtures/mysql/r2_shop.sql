-- case: temporary_table_select_without_as_delete_join_insert
-- sources: shop.customers, shop.orders
-- targets: shop.customers_archive
-- intermediate: tmp_inactive
-- columns: shop.customers.id -> shop.customers_archive.id
-- columns: shop.customers.email -> shop.customers_archive.email
-- effects: delete shop.customers
CREATE TEMPORARY TABLE tmp_inactive
SELECT c.id, c.email
FROM shop.customers c
LEFT JOIN shop.orders o ON o.customer_id = c.id AND o.created_at > NOW() - INTERVAL 3 YEAR
WHERE o.id IS NULL;

INSERT INTO shop.customers_archive (id, email, archived_at)
SELECT t.id, t.email, NOW() FROM tmp_inactive t;

DELETE c FROM shop.customers c JOIN tmp_inactive t ON t.id = c.id;

DROP TEMPORARY TABLE IF EXISTS tmp_inactive;

-- case: insert_select_star_derived_table_on_duplicate_key
-- sources: shop.order_lines
-- targets: shop.product_stats
-- columns: shop.order_lines.product_id -> shop.product_stats.product_id
-- columns: shop.order_lines.qty -> shop.product_stats.units
-- columns: shop.order_lines.qty -> shop.product_stats.revenue, shop.order_lines.price -> shop.product_stats.revenue
INSERT INTO shop.product_stats (product_id, units, revenue)
SELECT * FROM (
    SELECT ol.product_id, SUM(ol.qty) AS units, SUM(ol.qty * ol.price) AS revenue
    FROM shop.order_lines ol
    GROUP BY ol.product_id
) AS dt
ON DUPLICATE KEY UPDATE units = dt.units, revenue = dt.revenue;

-- case: json_unquote_arrow_operators
-- sources: app.events
-- targets: app.signup_emails
-- columns: app.events.id -> app.signup_emails.event_id
-- columns: app.events.payload -> app.signup_emails.email
-- columns: app.events.payload -> app.signup_emails.plan
-- columns: app.events.payload -> app.signup_emails.referrer
-- indirect: app.events.event_type
INSERT INTO app.signup_emails (event_id, email, plan, referrer)
SELECT e.id,
       LOWER(e.payload->>'$.customer.email'),
       JSON_UNQUOTE(JSON_EXTRACT(e.payload, '$.plan')),
       e.payload->'$.referrer'
FROM app.events e
WHERE e.event_type = 'signup';

-- case: multi_table_update_derived_table_left_join_case
-- sources: shop.order_lines, shop.returns
-- targets: shop.products
-- columns: shop.order_lines.qty -> shop.products.units_sold
-- columns: shop.returns.qty -> shop.products.units_returned
-- columns: shop.order_lines.qty -> shop.products.return_flag, shop.returns.qty -> shop.products.return_flag
UPDATE shop.products p
JOIN (SELECT product_id, SUM(qty) AS sold FROM shop.order_lines GROUP BY product_id) s
  ON s.product_id = p.id
LEFT JOIN (SELECT product_id, SUM(qty) AS returned FROM shop.returns GROUP BY product_id) r
  ON r.product_id = p.id
SET p.units_sold = s.sold,
    p.units_returned = IFNULL(r.returned, 0),
    p.return_flag = CASE WHEN IFNULL(r.returned, 0) > s.sold * 0.2 THEN 'HIGH' ELSE 'OK' END;

-- case: view_with_algorithm_definer_security
-- sources: shop.orders, shop.customers
-- targets: shop.v_customer_orders
-- columns: shop.customers.id -> shop.v_customer_orders.customer_id
-- columns: shop.customers.email -> shop.v_customer_orders.email
-- columns: shop.orders.id -> shop.v_customer_orders.order_count
-- columns: shop.orders.amount -> shop.v_customer_orders.total_spent
-- indirect: shop.orders.customer_id
CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`etl`@`%` SQL SECURITY DEFINER
VIEW shop.v_customer_orders AS
SELECT c.id AS customer_id, c.email, COUNT(o.id) AS order_count, COALESCE(SUM(o.amount), 0) AS total_spent
FROM shop.customers c
LEFT JOIN shop.orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;

-- case: insert_set_syntax_with_scalar_subqueries
-- sources: shop.orders
-- targets: shop.daily_summary
-- columns: shop.orders.amount -> shop.daily_summary.revenue
-- columns: shop.orders.created_at -> shop.daily_summary.last_order_at
-- indirect: shop.orders.status
INSERT INTO shop.daily_summary
SET day = CURDATE(),
    revenue = (SELECT SUM(amount) FROM shop.orders WHERE status = 'paid'),
    last_order_at = (SELECT MAX(created_at) FROM shop.orders);

-- case: group_concat_distinct_order_separator
-- sources: shop.order_lines, shop.products
-- targets: shop.order_summary
-- columns: shop.order_lines.order_id -> shop.order_summary.order_id
-- columns: shop.products.name -> shop.order_summary.product_names
-- columns: shop.order_lines.line_no -> shop.order_summary.product_names
-- indirect: shop.products.id, shop.order_lines.product_id
INSERT INTO shop.order_summary (order_id, product_names)
SELECT ol.order_id,
       GROUP_CONCAT(DISTINCT p.name ORDER BY ol.line_no SEPARATOR ', ')
FROM shop.order_lines ol
JOIN shop.products p ON p.id = ol.product_id
GROUP BY ol.order_id;

-- case: delete_from_two_tables_in_one_statement
-- sources: shop.carts
-- effects: delete shop.cart_items, delete shop.cart_events
DELETE ci, ce
FROM shop.carts c
JOIN shop.cart_items ci ON ci.cart_id = c.id
LEFT JOIN shop.cart_events ce ON ce.cart_id = c.id
WHERE c.updated_at < NOW() - INTERVAL 30 DAY;

-- case: index_hints_straight_join_and_hyphenated_db
-- sources: legacy-db.orders, legacy-db.customers
-- targets: shop.orders_import
-- columns: legacy-db.orders.order_no -> shop.orders_import.order_no
-- columns: legacy-db.customers.email -> shop.orders_import.customer_email
-- columns: legacy-db.orders.total -> shop.orders_import.total
-- indirect: legacy-db.customers.id, legacy-db.orders.cust_id, legacy-db.orders.created
INSERT INTO shop.orders_import (order_no, customer_email, total)
SELECT o.order_no, cu.email, o.total
FROM `legacy-db`.`orders` o FORCE INDEX (idx_created)
STRAIGHT_JOIN `legacy-db`.`customers` cu USE INDEX (PRIMARY) ON cu.id = o.cust_id
WHERE o.created >= '2024-01-01';

-- case: update_order_by_limit_with_nested_derived_same_table
-- sources: shop.products
-- targets: shop.products
-- columns: shop.products.price -> shop.products.price_rank_hint
-- indirect: shop.products.category_id
UPDATE shop.products
SET price_rank_hint = (
    SELECT avg_price FROM (
        SELECT AVG(p2.price) AS avg_price FROM shop.products p2 WHERE p2.category_id = 7
    ) AS x
)
WHERE category_id = 7
ORDER BY id
LIMIT 100;
