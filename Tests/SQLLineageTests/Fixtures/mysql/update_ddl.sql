-- case: multi_table_update_join
-- sources: shop.customers
-- targets: shop.orders
-- columns: shop.customers.name -> shop.orders.customer_name
UPDATE shop.orders o
JOIN shop.customers c ON c.id = o.customer_id
SET o.customer_name = c.name,
    o.updated_at = NOW()
WHERE c.active = 1;

-- case: multi_table_update_derived_table
-- sources: shop.order_lines
-- targets: shop.products
-- columns: shop.order_lines.qty -> shop.products.units_sold
UPDATE shop.products p,
       (SELECT product_id, SUM(qty) AS sold FROM shop.order_lines GROUP BY product_id) s
SET p.units_sold = s.sold
WHERE p.id = s.product_id;

-- case: multi_table_delete_join
-- sources: shop.customers
-- effects: delete shop.orders
DELETE o
FROM shop.orders o
JOIN shop.customers c ON c.id = o.customer_id
WHERE c.deleted = 1;

-- case: create_table_as_select
-- sources: shop.orders
-- targets: shop.big_orders
-- columns: shop.orders.id -> shop.big_orders.id, shop.orders.customer_id -> shop.big_orders.customer_id
-- columns: shop.orders.amount -> shop.big_orders.amount
-- diagnostics: none
CREATE TABLE shop.big_orders AS
SELECT id, customer_id, amount FROM shop.orders WHERE amount > 500;

-- case: create_table_select_without_as
-- sources: shop.customers
-- targets: shop.customer_emails
-- columns: shop.customers.id -> shop.customer_emails.customer_id, shop.customers.email -> shop.customer_emails.email
CREATE TABLE shop.customer_emails
SELECT id AS customer_id, email FROM shop.customers;

-- case: create_or_replace_view_join
-- sources: shop.orders, shop.customers
-- targets: shop.v_order_summary
-- columns: shop.orders.id -> shop.v_order_summary.id, shop.customers.name -> shop.v_order_summary.customer
-- columns: shop.orders.amount -> shop.v_order_summary.gross
-- indirect: shop.customers.id, shop.orders.customer_id
CREATE OR REPLACE VIEW shop.v_order_summary AS
SELECT o.id, c.name AS customer, o.amount * 1.2 AS gross
FROM shop.orders o
JOIN shop.customers c ON c.id = o.customer_id;

-- case: temporary_table_is_intermediate
-- sources: crm.users
-- targets: crm.newsletter
-- intermediate: tmp_active
-- columns: crm.users.id -> crm.newsletter.user_id, crm.users.email -> crm.newsletter.email
CREATE TEMPORARY TABLE tmp_active AS
SELECT id, email FROM crm.users WHERE active = 1;

INSERT INTO crm.newsletter (user_id, email)
SELECT id, email FROM tmp_active;

DROP TEMPORARY TABLE tmp_active;
