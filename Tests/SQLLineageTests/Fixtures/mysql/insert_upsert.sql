-- case: backtick_quoted_names
-- sources: shop.orders
-- targets: shop.order_totals
-- columns: shop.orders.customer_id -> shop.order_totals.customer_id, shop.orders.amount -> shop.order_totals.total
-- diagnostics: none
INSERT INTO `shop`.`order_totals` (`customer_id`, `total`)
SELECT `o`.`customer_id`, SUM(`o`.`amount`)
FROM `shop`.`orders` AS `o`
GROUP BY `o`.`customer_id`;

-- case: on_duplicate_key_update_values
-- sources: shop.orders
-- targets: shop.daily_stats
-- columns: shop.orders.created_at -> shop.daily_stats.day, shop.orders.id -> shop.daily_stats.orders
-- columns: shop.orders.amount -> shop.daily_stats.revenue
INSERT INTO shop.daily_stats (day, orders, revenue)
SELECT DATE(created_at), COUNT(id), SUM(amount)
FROM shop.orders
GROUP BY DATE(created_at)
ON DUPLICATE KEY UPDATE orders = VALUES(orders), revenue = VALUES(revenue);

-- case: on_duplicate_key_values_feed_other_column
-- sources: shop.view_events
-- targets: shop.product_views
-- columns: shop.view_events.product_id -> shop.product_views.product_id
-- columns: shop.view_events.session_id -> shop.product_views.views, shop.view_events.session_id -> shop.product_views.total_views
INSERT INTO shop.product_views (product_id, views)
SELECT product_id, COUNT(DISTINCT session_id)
FROM shop.view_events
GROUP BY product_id
ON DUPLICATE KEY UPDATE total_views = total_views + VALUES(views), last_seen = NOW();

-- case: replace_into_select
-- sources: shop.customers
-- targets: shop.customer_snapshot
-- columns: shop.customers.id -> shop.customer_snapshot.id, shop.customers.email -> shop.customer_snapshot.email
-- columns: shop.customers.spent -> shop.customer_snapshot.tier
REPLACE INTO shop.customer_snapshot (id, email, tier)
SELECT c.id, LOWER(c.email), IF(c.spent > 1000, 'gold', 'basic')
FROM shop.customers c;

-- case: insert_ignore_concat_ifnull
-- sources: crm.leads
-- targets: crm.contacts
-- columns: crm.leads.email -> crm.contacts.email
-- columns: crm.leads.first_name -> crm.contacts.full_name, crm.leads.last_name -> crm.contacts.full_name
INSERT IGNORE INTO crm.contacts (email, full_name)
SELECT email, CONCAT(first_name, ' ', IFNULL(last_name, ''))
FROM crm.leads;

-- case: insert_with_cte_and_window
-- sources: shop.orders
-- targets: shop.customer_rank
-- columns: shop.orders.customer_id -> shop.customer_rank.customer_id, shop.orders.amount -> shop.customer_rank.rnk
INSERT INTO shop.customer_rank (customer_id, rnk)
WITH totals AS (
    SELECT customer_id, SUM(amount) AS total
    FROM shop.orders
    GROUP BY customer_id
)
SELECT customer_id, RANK() OVER (ORDER BY total DESC)
FROM totals;

-- case: names_keep_case_as_written
-- sources: Sales.Orders
-- targets: Sales.MonthlyTotals
-- columns: Sales.Orders.CreatedAt -> Sales.MonthlyTotals.Period, Sales.Orders.Amount -> Sales.MonthlyTotals.Total
INSERT INTO Sales.MonthlyTotals (Period, Total)
SELECT DATE_FORMAT(CreatedAt, '%Y-%m'), SUM(Amount)
FROM Sales.Orders
GROUP BY 1;

-- case: insert_select_star_from_schema
-- schema: shop.orders(id, customer_id, amount); shop.orders_archive(order_id, customer_id, amount)
-- sources: shop.orders
-- targets: shop.orders_archive
-- columns: shop.orders.id -> shop.orders_archive.order_id, shop.orders.customer_id -> shop.orders_archive.customer_id
-- columns: shop.orders.amount -> shop.orders_archive.amount
INSERT INTO shop.orders_archive
SELECT * FROM shop.orders WHERE amount = 0;

-- case: unparsable_statement_is_skipped
-- sources: shop.a, shop.b
-- targets: shop.x, shop.y
-- columns: shop.a.c1 -> shop.x.c1, shop.b.c2 -> shop.y.c2
-- diagnostics: some
INSERT INTO shop.x (c1) SELECT c1 FROM shop.a;
INSERT INTO INTO VALUES;
INSERT INTO shop.y (c2) SELECT c2 FROM shop.b;
