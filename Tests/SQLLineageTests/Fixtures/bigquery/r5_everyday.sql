-- case: backtick_project_dataset_table
-- sources: my-proj.raw.orders
-- targets: my-proj.mart.orders_daily
-- columns: my-proj.raw.orders.created_at -> my-proj.mart.orders_daily.order_date
-- columns: my-proj.raw.orders.amount -> my-proj.mart.orders_daily.revenue
CREATE OR REPLACE TABLE `my-proj.mart.orders_daily` AS
SELECT DATE_TRUNC(DATE(created_at), MONTH) AS order_date, SUM(amount) AS revenue
  FROM `my-proj.raw.orders`
 GROUP BY order_date;

-- case: unnest_array_of_structs
-- sources: shop.orders
-- targets: shop.order_lines
-- columns: shop.orders.order_id -> shop.order_lines.order_id, shop.orders.lines -> shop.order_lines.sku
-- columns: shop.orders.lines -> shop.order_lines.qty
INSERT INTO shop.order_lines (order_id, sku, qty)
SELECT o.order_id, l.sku, l.qty
  FROM shop.orders o, UNNEST(o.lines) AS l;

-- case: safe_divide_and_countif
-- sources: ads.clicks
-- targets: ads.ctr
-- columns: ads.clicks.campaign_id -> ads.ctr.campaign_id
-- columns: ads.clicks.clicked -> ads.ctr.ctr, ads.clicks.impression_id -> ads.ctr.ctr
INSERT INTO ads.ctr (campaign_id, ctr)
SELECT campaign_id, SAFE_DIVIDE(COUNTIF(clicked), COUNT(impression_id))
  FROM ads.clicks
 GROUP BY campaign_id;

-- case: struct_field_access
-- sources: crm.users
-- targets: crm.user_cities
-- columns: crm.users.id -> crm.user_cities.user_id, crm.users.address -> crm.user_cities.city
INSERT INTO crm.user_cities (user_id, city)
SELECT u.id, u.address.city FROM crm.users u;

-- case: merge_bigquery
-- indirect: dw.inventory.sku
-- sources: stg.inventory
-- targets: dw.inventory
-- columns: stg.inventory.qty -> dw.inventory.qty, stg.inventory.sku -> dw.inventory.sku
MERGE dw.inventory t
USING stg.inventory s
   ON t.sku = s.sku
 WHEN MATCHED THEN UPDATE SET qty = s.qty
 WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty);
