-- case: ctas_with_left_join_and_group_by
-- sources: sales.customers, sales.orders
-- targets: mart.customer_summary
-- columns: sales.customers.id -> mart.customer_summary.customer_id, sales.customers.email -> mart.customer_summary.email
-- columns: sales.orders.id -> mart.customer_summary.orders
-- indirect: sales.orders.customer_id
-- diagnostics: none
CREATE TABLE mart.customer_summary AS
SELECT c.id AS customer_id, c.email, count(o.id) AS orders
FROM sales.customers c
LEFT JOIN sales.orders o ON o.customer_id = c.id
GROUP BY c.id, c.email;

-- case: ctas_column_names_list
-- sources: catalog.products, ref.fx_rates
-- targets: mart.product_prices
-- columns: catalog.products.sku -> mart.product_prices.sku
-- columns: catalog.products.price -> mart.product_prices.price_eur, ref.fx_rates.rate -> mart.product_prices.price_eur
-- indirect: ref.fx_rates.currency, catalog.products.currency, ref.fx_rates.target
CREATE TABLE mart.product_prices (sku, price_eur) AS
SELECT p.sku, p.price * r.rate
FROM catalog.products p
JOIN ref.fx_rates r ON r.currency = p.currency
WHERE r.target = 'EUR';

-- case: ctas_unlogged_if_not_exists
-- sources: sales.orders
-- targets: stage.orders_snapshot
-- columns: sales.orders.id -> stage.orders_snapshot.id, sales.orders.amount -> stage.orders_snapshot.amount
CREATE UNLOGGED TABLE IF NOT EXISTS stage.orders_snapshot AS
SELECT id, amount FROM sales.orders;

-- case: create_view_alias_names_columns
-- sources: sales.customers
-- targets: mart.v_active_customers
-- columns: sales.customers.id -> mart.v_active_customers.id, sales.customers.name -> mart.v_active_customers.name_upper
-- indirect: sales.customers.active
-- diagnostics: none
CREATE VIEW mart.v_active_customers AS
SELECT id, upper(name) AS name_upper
FROM sales.customers
WHERE active;

-- case: create_or_replace_view_with_column_list
-- sources: sales.orders
-- targets: mart.v_revenue
-- columns: sales.orders.created_at -> mart.v_revenue.month, sales.orders.amount -> mart.v_revenue.revenue
CREATE OR REPLACE VIEW mart.v_revenue (month, revenue) AS
SELECT date_trunc('month', created_at), sum(amount)
FROM sales.orders
GROUP BY 1;

-- case: materialized_view_join_using
-- sources: sales.order_lines, catalog.products
-- targets: mart.mv_top_products
-- columns: catalog.products.sku -> mart.mv_top_products.sku, catalog.products.name -> mart.mv_top_products.name
-- columns: sales.order_lines.qty -> mart.mv_top_products.units
-- indirect: sales.order_lines.sku
CREATE MATERIALIZED VIEW mart.mv_top_products AS
SELECT p.sku, p.name, sum(l.qty) AS units
FROM sales.order_lines l
JOIN catalog.products p USING (sku)
GROUP BY p.sku, p.name
WITH DATA;

-- case: ctas_from_cte_chain
-- sources: sales.orders
-- targets: mart.repeat_buyers
-- columns: sales.orders.customer_id -> mart.repeat_buyers.customer_id
-- columns: sales.orders.id -> mart.repeat_buyers.order_count
CREATE TABLE mart.repeat_buyers AS
WITH counts AS (
    SELECT customer_id, count(DISTINCT id) AS n
    FROM sales.orders
    GROUP BY customer_id
)
SELECT customer_id, n AS order_count
FROM counts
WHERE n > 1;

-- case: select_into_table_is_a_target
-- sources: sales.customers
-- targets: archive.customers_2023
-- columns: sales.customers.id -> archive.customers_2023.id, sales.customers.email -> archive.customers_2023.email
-- indirect: sales.customers.created_at
SELECT id, email
INTO TABLE archive.customers_2023
FROM sales.customers
WHERE created_at < DATE '2024-01-01';
