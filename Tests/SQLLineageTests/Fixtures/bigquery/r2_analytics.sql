-- case: unnest_with_offset_struct_fields
-- sources: acme-prod.raw.orders
-- targets: acme-prod.analytics.order_lines
-- columns: acme-prod.raw.orders.order_id -> acme-prod.analytics.order_lines.order_id
-- columns: acme-prod.raw.orders.line_items -> acme-prod.analytics.order_lines.sku
-- columns: acme-prod.raw.orders.line_items -> acme-prod.analytics.order_lines.quantity
INSERT INTO `acme-prod.analytics.order_lines` (order_id, sku, quantity)
SELECT o.order_id, item.sku, item.quantity
FROM `acme-prod.raw.orders` AS o
CROSS JOIN UNNEST(o.line_items) AS item WITH OFFSET AS off
WHERE o.ingest_date >= DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY)
  AND off < 500;

-- case: ctas_partition_cluster_options_array_agg_struct_order_limit
-- sources: acme-prod.raw.orders, acme-prod.raw.customers
-- targets: acme-prod.mart.customer_timeline
-- columns: acme-prod.raw.orders.customer_id -> acme-prod.mart.customer_timeline.customer_id
-- columns: acme-prod.raw.orders.created_at -> acme-prod.mart.customer_timeline.first_order_at
-- columns: acme-prod.raw.orders.order_id -> acme-prod.mart.customer_timeline.recent_orders
-- columns: acme-prod.raw.orders.total -> acme-prod.mart.customer_timeline.recent_orders
-- columns: acme-prod.raw.orders.created_at -> acme-prod.mart.customer_timeline.recent_orders
-- columns: acme-prod.raw.customers.country -> acme-prod.mart.customer_timeline.profile
-- columns: acme-prod.raw.customers.segment -> acme-prod.mart.customer_timeline.profile
-- indirect: acme-prod.raw.customers.customer_id
CREATE OR REPLACE TABLE `acme-prod.mart.customer_timeline`
PARTITION BY DATE(first_order_at)
CLUSTER BY customer_id
OPTIONS (description = "one row per customer; rebuilt nightly -- do not edit")
AS
SELECT
  o.customer_id,
  MIN(o.created_at) AS first_order_at,
  ARRAY_AGG(STRUCT(o.order_id AS id, o.total AS total, o.created_at AS at)
            ORDER BY o.created_at DESC LIMIT 10) AS recent_orders,
  STRUCT(c.country AS country, c.segment AS segment) AS profile
FROM `acme-prod.raw.orders` o
JOIN `acme-prod.raw.customers` c USING (customer_id)
GROUP BY o.customer_id, c.country, c.segment;

-- case: merge_qualify_source_not_matched_by_source
-- sources: acme-prod.raw.user_updates
-- targets: acme-prod.core.users
-- columns: acme-prod.raw.user_updates.user_id -> acme-prod.core.users.user_id
-- columns: acme-prod.raw.user_updates.email -> acme-prod.core.users.email
-- columns: acme-prod.raw.user_updates.updated_at -> acme-prod.core.users.updated_at
MERGE `acme-prod.core.users` T
USING (
  SELECT user_id, email, updated_at
  FROM `acme-prod.raw.user_updates`
  WHERE DATE(updated_at) = @run_date
  QUALIFY ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY updated_at DESC) = 1
) S
ON T.user_id = S.user_id
WHEN MATCHED AND S.updated_at > T.updated_at THEN
  UPDATE SET email = S.email, updated_at = S.updated_at
WHEN NOT MATCHED BY TARGET THEN
  INSERT (user_id, email, updated_at) VALUES (S.user_id, S.email, S.updated_at)
WHEN NOT MATCHED BY SOURCE AND T.deleted = FALSE THEN
  UPDATE SET deleted = TRUE;

-- case: script_declare_temp_table_insert
-- sources: acme-prod.raw.sales
-- targets: acme-prod.mart.store_revenue
-- intermediate: daily
-- columns: acme-prod.raw.sales.store_id -> acme-prod.mart.store_revenue.store_id
-- columns: acme-prod.raw.sales.amount -> acme-prod.mart.store_revenue.revenue
DECLARE run_date DATE DEFAULT CURRENT_DATE();

CREATE TEMP TABLE daily AS
SELECT store_id, SUM(amount) AS revenue
FROM `acme-prod.raw.sales`
WHERE sale_date = run_date
GROUP BY store_id;

INSERT INTO `acme-prod.mart.store_revenue` (store_id, sale_date, revenue)
SELECT store_id, run_date, revenue FROM daily;

-- case: view_scalar_unnest_subquery_and_array_select_as_struct
-- sources: acme-prod.analytics.sessions
-- targets: acme-prod.mart.v_sessions
-- columns: acme-prod.analytics.sessions.session_id -> acme-prod.mart.v_sessions.session_id
-- columns: acme-prod.analytics.sessions.user_pseudo_id -> acme-prod.mart.v_sessions.user_pseudo_id
-- columns: acme-prod.analytics.sessions.event_params -> acme-prod.mart.v_sessions.landing_page
-- columns: acme-prod.analytics.sessions.event_params -> acme-prod.mart.v_sessions.int_params
CREATE OR REPLACE VIEW `acme-prod.mart.v_sessions` AS
SELECT s.session_id,
       s.user_pseudo_id,
       (SELECT ep.value.string_value FROM UNNEST(s.event_params) AS ep WHERE ep.key = 'page_location') AS landing_page,
       ARRAY(SELECT AS STRUCT p.key, p.value.int_value
             FROM UNNEST(s.event_params) AS p
             WHERE p.value.int_value IS NOT NULL) AS int_params
FROM `acme-prod.analytics.sessions` s
WHERE EXISTS (SELECT 1 FROM UNNEST(s.event_params) AS x WHERE x.key = 'ga_session_id');

-- case: select_star_replace_from_schema
-- schema: shop.products(product_id, name, price_cents, currency)
-- sources: shop.products
-- targets: shop_mart.products_clean
-- columns: shop.products.product_id -> shop_mart.products_clean.product_id
-- columns: shop.products.name -> shop_mart.products_clean.name
-- columns: shop.products.price_cents -> shop_mart.products_clean.price_cents
-- columns: shop.products.currency -> shop_mart.products_clean.currency
CREATE OR REPLACE TABLE shop_mart.products_clean AS
SELECT * REPLACE (ROUND(price_cents / 100, 2) AS price_cents, UPPER(currency) AS currency)
FROM shop.products;

-- case: nested_struct_field_access_and_safe_prefix
-- sources: acme-prod.analytics.events
-- targets: acme-prod.mart.device_daily
-- columns: acme-prod.analytics.events.event_date -> acme-prod.mart.device_daily.event_date
-- columns: acme-prod.analytics.events.device -> acme-prod.mart.device_daily.os
-- columns: acme-prod.analytics.events.app_info -> acme-prod.mart.device_daily.app_version
-- columns: acme-prod.analytics.events.user_pseudo_id -> acme-prod.mart.device_daily.users
INSERT INTO `acme-prod.mart.device_daily` (event_date, os, app_version, users, events)
SELECT SAFE.PARSE_DATE('%Y%m%d', e.event_date),
       e.device.operating_system,
       e.app_info.version,
       COUNT(DISTINCT e.user_pseudo_id),
       COUNT(*)
FROM `acme-prod.analytics.events` e
GROUP BY 1, 2, 3;

-- case: transaction_delete_then_insert
-- sources: acme-prod.raw.orders
-- targets: acme-prod.mart.daily_kpis
-- columns: acme-prod.raw.orders.order_id -> acme-prod.mart.daily_kpis.orders
-- columns: acme-prod.raw.orders.total -> acme-prod.mart.daily_kpis.revenue
-- effects: delete acme-prod.mart.daily_kpis
BEGIN TRANSACTION;

DELETE FROM `acme-prod.mart.daily_kpis` WHERE kpi_date = CURRENT_DATE();

INSERT INTO `acme-prod.mart.daily_kpis` (kpi_date, orders, revenue)
SELECT CURRENT_DATE(), COUNT(DISTINCT order_id), SUM(total)
FROM `acme-prod.raw.orders`
WHERE DATE(created_at) = CURRENT_DATE();

COMMIT TRANSACTION;

-- case: comma_unnest_with_offset_filter
-- sources: acme-prod.raw.customers
-- targets: acme-prod.mart.primary_addresses
-- columns: acme-prod.raw.customers.customer_id -> acme-prod.mart.primary_addresses.customer_id
-- columns: acme-prod.raw.customers.addresses -> acme-prod.mart.primary_addresses.street
-- columns: acme-prod.raw.customers.addresses -> acme-prod.mart.primary_addresses.city
-- columns: acme-prod.raw.customers.addresses -> acme-prod.mart.primary_addresses.postal_code
INSERT INTO `acme-prod.mart.primary_addresses` (customer_id, street, city, postal_code)
SELECT c.customer_id, a.street, a.city, a.postal_code
FROM `acme-prod.raw.customers` c, UNNEST(c.addresses) a WITH OFFSET pos
WHERE pos = 0;

-- case: named_window_countif_logical_or
-- sources: acme-prod.raw.page_views
-- targets: acme-prod.mart.visitor_rolling
-- columns: acme-prod.raw.page_views.visitor_id -> acme-prod.mart.visitor_rolling.visitor_id
-- columns: acme-prod.raw.page_views.view_date -> acme-prod.mart.visitor_rolling.view_date
-- columns: acme-prod.raw.page_views.page_type -> acme-prod.mart.visitor_rolling.checkout_views_7d
-- columns: acme-prod.raw.page_views.visitor_id -> acme-prod.mart.visitor_rolling.checkout_views_7d
-- columns: acme-prod.raw.page_views.view_date -> acme-prod.mart.visitor_rolling.checkout_views_7d
-- columns: acme-prod.raw.page_views.is_logged_in -> acme-prod.mart.visitor_rolling.ever_logged_in
-- columns: acme-prod.raw.page_views.visitor_id -> acme-prod.mart.visitor_rolling.ever_logged_in
-- columns: acme-prod.raw.page_views.view_date -> acme-prod.mart.visitor_rolling.ever_logged_in
CREATE OR REPLACE TABLE `acme-prod.mart.visitor_rolling` AS
SELECT visitor_id,
       view_date,
       COUNTIF(page_type = 'checkout') OVER w7 AS checkout_views_7d,
       LOGICAL_OR(is_logged_in) OVER w7 AS ever_logged_in
FROM `acme-prod.raw.page_views`
WINDOW w7 AS (PARTITION BY visitor_id ORDER BY UNIX_DATE(view_date) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW);
