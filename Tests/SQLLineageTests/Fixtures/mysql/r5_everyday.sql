-- case: on_duplicate_key_values
-- diagnostics: none
-- sources: stg.stock
-- targets: shop.stock
-- columns: stg.stock.sku -> shop.stock.sku, stg.stock.qty -> shop.stock.qty
INSERT INTO shop.stock (sku, qty)
SELECT sku, qty FROM stg.stock
ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty);

-- case: multi_table_update_join
-- sources: shop.customers
-- targets: shop.orders
-- columns: shop.customers.tier -> shop.orders.customer_tier
-- indirect: shop.customers.id, shop.orders.customer_id
UPDATE shop.orders o
  JOIN shop.customers c ON c.id = o.customer_id
   SET o.customer_tier = c.tier;

-- case: replace_into_select_backticks
-- sources: stg.products
-- targets: shop.products
-- columns: stg.products.id -> shop.products.id, stg.products.Name -> shop.products.name
REPLACE INTO `shop`.`products` (`id`, `name`)
SELECT `id`, TRIM(`Name`) FROM `stg`.`products`;

-- case: group_concat_ifnull
-- sources: shop.order_items
-- targets: shop.order_summary
-- columns: shop.order_items.order_id -> shop.order_summary.order_id, shop.order_items.sku -> shop.order_summary.skus
-- columns: shop.order_items.discount -> shop.order_summary.discount, shop.order_items.price -> shop.order_summary.discount
INSERT INTO shop.order_summary (order_id, skus, discount)
SELECT order_id, GROUP_CONCAT(sku ORDER BY sku SEPARATOR ','), SUM(IFNULL(discount, 0) * price)
  FROM shop.order_items
 GROUP BY order_id;

-- case: create_table_select_date_format
-- sources: shop.orders
-- targets: rpt.monthly
-- columns: shop.orders.created_at -> rpt.monthly.ym, shop.orders.total -> rpt.monthly.revenue
CREATE TABLE rpt.monthly AS
SELECT DATE_FORMAT(created_at, '%Y-%m') AS ym, SUM(total) AS revenue
  FROM shop.orders
 GROUP BY DATE_FORMAT(created_at, '%Y-%m');
