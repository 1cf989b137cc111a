-- case: multi_table_update_self_join_and_left_join
-- sources: employees, departments
-- targets: employees
-- columns: employees.name -> employees.manager_name
-- columns: departments.name -> employees.department_name
-- indirect: employees.id, employees.manager_id, departments.id, employees.department_id, employees.active
UPDATE employees e
JOIN employees m ON m.id = e.manager_id
LEFT JOIN departments d ON d.id = e.department_id
SET e.manager_name = m.name,
    e.department_name = d.name
WHERE e.active = 1;

-- case: delete_self_join_keeps_newest_row
-- sources: shop.cart_items
-- effects: delete shop.cart_items
-- indirect: shop.cart_items.cart_id, shop.cart_items.sku, shop.cart_items.id
DELETE t1 FROM shop.cart_items t1
INNER JOIN shop.cart_items t2
   ON t1.cart_id = t2.cart_id
  AND t1.sku = t2.sku
  AND t1.id < t2.id;

-- case: insert_without_column_list_by_schema_on_duplicate_values
-- schema: shop.product_stats(product_id, views, orders, updated_at)
-- sources: shop.products, shop.product_views, shop.order_items
-- targets: shop.product_stats
-- columns: shop.products.id -> shop.product_stats.product_id
-- columns: shop.product_views.id -> shop.product_stats.views
-- columns: shop.order_items.order_id -> shop.product_stats.orders
-- indirect: shop.product_views.product_id, shop.order_items.product_id
INSERT INTO shop.product_stats
SELECT p.id, COUNT(DISTINCT v.id), COUNT(DISTINCT oi.order_id), NOW()
FROM shop.products p
LEFT JOIN shop.product_views v ON v.product_id = p.id
LEFT JOIN shop.order_items oi ON oi.product_id = p.id
GROUP BY p.id
ON DUPLICATE KEY UPDATE views = VALUES(views), orders = VALUES(orders), updated_at = VALUES(updated_at);

-- case: correlated_select_subquery_and_having_on_grouped_join
-- sources: shop.order_items, shop.products
-- targets: report.category_perf
-- columns: shop.products.category_id -> report.category_perf.category_id
-- columns: shop.order_items.qty -> report.category_perf.revenue
-- columns: shop.order_items.price -> report.category_perf.revenue
-- columns: shop.products.launch_date -> report.category_perf.latest_launch
-- indirect: shop.order_items.order_id, shop.products.id, shop.order_items.product_id
INSERT INTO report.category_perf (category_id, revenue, latest_launch)
SELECT p.category_id,
       SUM(oi.qty * oi.price),
       (SELECT MAX(p2.launch_date) FROM shop.products p2 WHERE p2.category_id = p.category_id)
FROM shop.order_items oi
JOIN shop.products p ON p.id = oi.product_id
GROUP BY p.category_id
HAVING COUNT(DISTINCT oi.order_id) > 10;

-- case: temporary_table_filled_twice_read_twice
-- sources: shop.orders, shop.refunds
-- targets: report.customer_net, shop.customers
-- intermediate: tmp_totals
-- columns: shop.orders.customer_id -> report.customer_net.customer_id
-- columns: shop.refunds.customer_id -> report.customer_net.customer_id
-- columns: shop.orders.amount -> report.customer_net.net
-- columns: shop.refunds.amount -> report.customer_net.net
-- columns: shop.orders.amount -> shop.customers.lifetime_value
-- columns: shop.refunds.amount -> shop.customers.lifetime_value
CREATE TEMPORARY TABLE tmp_totals (customer_id INT, total DECIMAL(12,2));

INSERT INTO tmp_totals
SELECT customer_id, SUM(amount) FROM shop.orders WHERE status = 'paid' GROUP BY customer_id;

INSERT INTO tmp_totals
SELECT customer_id, -SUM(amount) FROM shop.refunds GROUP BY customer_id;

INSERT INTO report.customer_net (customer_id, net)
SELECT customer_id, SUM(total) FROM tmp_totals GROUP BY customer_id;

UPDATE shop.customers c
JOIN (SELECT customer_id, SUM(total) AS net FROM tmp_totals GROUP BY customer_id) t
  ON t.customer_id = c.id
SET c.lifetime_value = t.net;

DROP TEMPORARY TABLE tmp_totals;

-- case: view_over_view_group_by_select_alias
-- sources: shop.orders, report.v_paid_orders
-- targets: report.v_paid_orders, report.v_monthly
-- columns: shop.orders.id -> report.v_paid_orders.id
-- columns: shop.orders.customer_id -> report.v_paid_orders.customer_id
-- columns: shop.orders.amount -> report.v_paid_orders.amount
-- columns: shop.orders.created_at -> report.v_paid_orders.created_at
-- columns: report.v_paid_orders.created_at -> report.v_monthly.ym
-- columns: report.v_paid_orders.amount -> report.v_monthly.revenue
-- indirect: shop.orders.status
CREATE VIEW report.v_paid_orders AS
SELECT id, customer_id, amount, created_at FROM shop.orders WHERE status = 'paid';

CREATE OR REPLACE VIEW report.v_monthly AS
SELECT DATE_FORMAT(created_at, '%Y-%m') AS ym, SUM(amount) AS revenue, COUNT(*) AS orders
FROM report.v_paid_orders
GROUP BY ym;

-- case: fx_table_joined_three_times
-- sources: fin.trades, fin.fx
-- targets: report.trade_fx
-- columns: fin.trades.id -> report.trade_fx.trade_id
-- columns: fin.trades.amount -> report.trade_fx.amount_usd, fin.fx.rate -> report.trade_fx.amount_usd
-- columns: fin.trades.amount -> report.trade_fx.amount_eur, fin.fx.rate -> report.trade_fx.amount_eur
-- columns: fin.trades.amount -> report.trade_fx.amount_gbp, fin.fx.rate -> report.trade_fx.amount_gbp
-- indirect: fin.fx.ccy_from, fin.fx.ccy_to, fin.fx.day, fin.trades.ccy, fin.trades.trade_date
INSERT INTO report.trade_fx (trade_id, amount_usd, amount_eur, amount_gbp)
SELECT t.id, t.amount * usd.rate, t.amount * eur.rate, t.amount * gbp.rate
FROM fin.trades t
JOIN fin.fx usd ON usd.ccy_from = t.ccy AND usd.ccy_to = 'USD' AND usd.day = t.trade_date
JOIN fin.fx eur ON eur.ccy_from = t.ccy AND eur.ccy_to = 'EUR' AND eur.day = t.trade_date
JOIN fin.fx gbp ON gbp.ccy_from = t.ccy AND gbp.ccy_to = 'GBP' AND gbp.day = t.trade_date;

-- case: update_set_subquery_over_derived_copy_of_target
-- sources: shop.products
-- targets: shop.products
-- columns: shop.products.price -> shop.products.avg_category_price
-- indirect: shop.products.category_id
UPDATE shop.products p
SET p.avg_category_price = (
    SELECT x.avg_price
    FROM (SELECT category_id, AVG(price) AS avg_price FROM shop.products GROUP BY category_id) x
    WHERE x.category_id = p.category_id
);

-- case: insert_ignore_with_not_exists_and_in_filters
-- sources: app.users, crm.bounces, ref.countries
-- targets: crm.newsletter
-- columns: app.users.email -> crm.newsletter.email
-- columns: app.users.first_name -> crm.newsletter.first_name
-- indirect: app.users.opt_in, crm.bounces.email, app.users.country_code, ref.countries.code, ref.countries.gdpr
INSERT IGNORE INTO crm.newsletter (email, first_name)
SELECT LOWER(u.email), u.first_name
FROM app.users u
WHERE u.opt_in = 1
  AND NOT EXISTS (SELECT 1 FROM crm.bounces b WHERE b.email = u.email)
  AND u.country_code IN (SELECT code FROM ref.countries WHERE gdpr = 0);

-- case: truncate_reload_then_multi_table_update_from_it
-- sources: shop.orders, report.customer_rank
-- targets: report.customer_rank, shop.customers
-- columns: shop.orders.customer_id -> report.customer_rank.customer_id
-- columns: shop.orders.amount -> report.customer_rank.spend
-- columns: shop.orders.amount -> report.customer_rank.spend_rank
-- columns: report.customer_rank.spend_rank -> shop.customers.is_top
-- indirect: report.customer_rank.customer_id, shop.customers.id
-- effects: truncate report.customer_rank
TRUNCATE TABLE report.customer_rank;

INSERT INTO report.customer_rank (customer_id, spend, spend_rank)
SELECT customer_id, SUM(amount), RANK() OVER (ORDER BY SUM(amount) DESC)
FROM shop.orders
GROUP BY customer_id;

UPDATE shop.customers c
JOIN report.customer_rank r ON r.customer_id = c.id
SET c.is_top = (r.spend_rank <= 100);
