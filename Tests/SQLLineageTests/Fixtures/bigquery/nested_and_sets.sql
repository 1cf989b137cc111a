-- case: struct_constructor_collects_fields
-- sources: sales.orders
-- targets: mart.order_docs
-- columns: sales.orders.id -> mart.order_docs.id
-- columns: sales.orders.amount -> mart.order_docs.price, sales.orders.currency -> mart.order_docs.price
CREATE TABLE mart.order_docs AS
SELECT o.id, STRUCT(o.amount AS amount, o.currency AS currency) AS price
FROM sales.orders o;

-- case: array_agg_of_struct
-- sources: sales.orders
-- targets: mart.customer_orders
-- columns: sales.orders.customer_id -> mart.customer_orders.customer_id
-- columns: sales.orders.id -> mart.customer_orders.orders, sales.orders.amount -> mart.customer_orders.orders
CREATE TABLE mart.customer_orders AS
SELECT customer_id, ARRAY_AGG(STRUCT(id, amount)) AS orders
FROM sales.orders
GROUP BY customer_id;

-- case: unnest_struct_array_fields
-- sources: sales.orders
-- targets: mart.order_items
-- columns: sales.orders.id -> mart.order_items.order_id
-- columns: sales.orders.items -> mart.order_items.sku, sales.orders.items -> mart.order_items.qty
INSERT INTO mart.order_items (order_id, sku, qty)
SELECT o.id, item.sku, item.qty
FROM sales.orders o, UNNEST(o.items) AS item;

-- case: cross_join_unnest_scalar_array
-- sources: crm.users
-- targets: mart.user_tags
-- columns: crm.users.user_id -> mart.user_tags.user_id, crm.users.tags -> mart.user_tags.tag
CREATE TABLE mart.user_tags AS
SELECT u.user_id, tag
FROM crm.users u
CROSS JOIN UNNEST(u.tags) AS tag;

-- case: merge_update_insert
-- sources: sales.customer_updates
-- targets: mart.customers
-- columns: sales.customer_updates.email -> mart.customers.email, sales.customer_updates.tier -> mart.customers.tier
-- columns: sales.customer_updates.customer_id -> mart.customers.customer_id
MERGE mart.customers T
USING sales.customer_updates S
ON T.customer_id = S.customer_id
WHEN MATCHED THEN
    UPDATE SET email = S.email, tier = S.tier
WHEN NOT MATCHED THEN
    INSERT (customer_id, email, tier) VALUES (S.customer_id, S.email, S.tier);

-- case: except_distinct_maps_every_branch
-- sources: sales.customers_2023, sales.customers_2024
-- targets: mart.churned
-- columns: sales.customers_2023.customer_id -> mart.churned.customer_id
-- columns: sales.customers_2024.customer_id -> mart.churned.customer_id
INSERT INTO mart.churned (customer_id)
SELECT customer_id FROM sales.customers_2023
EXCEPT DISTINCT
SELECT customer_id FROM sales.customers_2024;

-- case: qualify_first_order
-- sources: sales.orders
-- targets: mart.first_orders
-- columns: sales.orders.customer_id -> mart.first_orders.customer_id, sales.orders.id -> mart.first_orders.order_id
-- columns: sales.orders.amount -> mart.first_orders.amount
CREATE TABLE mart.first_orders AS
SELECT customer_id, id AS order_id, amount
FROM sales.orders
WHERE TRUE
QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at) = 1;

-- case: safe_cast_ifnull_if
-- sources: sales.payments, ref.fx
-- targets: mart.clean_payments
-- columns: sales.payments.id -> mart.clean_payments.payment_id
-- columns: sales.payments.amount -> mart.clean_payments.amount_eur, ref.fx.rate -> mart.clean_payments.amount_eur
-- columns: sales.payments.method -> mart.clean_payments.method
-- indirect: ref.fx.currency, sales.payments.currency
INSERT INTO mart.clean_payments (payment_id, amount_eur, method)
SELECT p.id,
       SAFE_CAST(p.amount AS NUMERIC) * IFNULL(r.rate, 1),
       IF(p.method = 'cc', 'card', p.method)
FROM sales.payments p
LEFT JOIN ref.fx r ON r.currency = p.currency;
