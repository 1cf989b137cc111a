-- case: correlated_scalar_subqueries_with_ordered_array_agg_offset
-- sources: proj.raw.users, proj.raw.purchases
-- targets: proj.mart.user_last_purchase
-- columns: proj.raw.users.user_id -> proj.mart.user_last_purchase.user_id
-- columns: proj.raw.purchases.ts -> proj.mart.user_last_purchase.last_purchase_at
-- columns: proj.raw.purchases.sku -> proj.mart.user_last_purchase.last_sku
-- columns: proj.raw.purchases.ts -> proj.mart.user_last_purchase.last_sku
-- indirect: proj.raw.purchases.user_id, proj.raw.users.is_test
INSERT INTO `proj.mart.user_last_purchase` (user_id, last_purchase_at, last_sku)
SELECT u.user_id,
       (SELECT MAX(p.ts) FROM `proj.raw.purchases` p WHERE p.user_id = u.user_id),
       (SELECT ARRAY_AGG(p.sku ORDER BY p.ts DESC LIMIT 1)[OFFSET(0)]
          FROM `proj.raw.purchases` p
         WHERE p.user_id = u.user_id)
FROM `proj.raw.users` u
WHERE u.is_test = FALSE;

-- case: merge_matched_branches_with_conditions_and_by_source_delete
-- sources: proj.staging.inventory_delta
-- targets: proj.core.inventory
-- columns: proj.staging.inventory_delta.qty_delta -> proj.core.inventory.qty
-- columns: proj.staging.inventory_delta.event_ts -> proj.core.inventory.updated_at
-- columns: proj.staging.inventory_delta.sku -> proj.core.inventory.sku
-- columns: proj.staging.inventory_delta.store_id -> proj.core.inventory.store_id
MERGE `proj.core.inventory` T
USING `proj.staging.inventory_delta` S
ON T.sku = S.sku AND T.store_id = S.store_id
WHEN MATCHED AND S.qty_delta IS NULL THEN
  DELETE
WHEN MATCHED AND T.qty + S.qty_delta < 0 THEN
  UPDATE SET qty = 0, needs_recount = TRUE
WHEN MATCHED THEN
  UPDATE SET qty = T.qty + S.qty_delta, updated_at = S.event_ts
WHEN NOT MATCHED BY TARGET THEN
  INSERT (sku, store_id, qty, updated_at) VALUES (S.sku, S.store_id, S.qty_delta, S.event_ts)
WHEN NOT MATCHED BY SOURCE AND T.updated_at < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 90 DAY) THEN
  DELETE;

-- case: temp_table_filled_twice_read_by_insert_and_update_filter
-- sources: proj.raw.web_sessions, proj.raw.app_sessions
-- targets: proj.mart.dau, proj.core.users
-- intermediate: active_users
-- columns: proj.raw.app_sessions.os -> proj.mart.dau.platform
-- columns: proj.raw.web_sessions.user_id -> proj.mart.dau.users
-- columns: proj.raw.app_sessions.user_id -> proj.mart.dau.users
CREATE TEMP TABLE active_users AS
SELECT user_id, 'web' AS platform
FROM `proj.raw.web_sessions`
WHERE session_date = CURRENT_DATE();

INSERT INTO active_users (user_id, platform)
SELECT user_id, os
FROM `proj.raw.app_sessions`
WHERE session_date = CURRENT_DATE();

INSERT INTO `proj.mart.dau` (day, platform, users)
SELECT CURRENT_DATE(), platform, COUNT(DISTINCT user_id)
FROM active_users
GROUP BY platform;

UPDATE `proj.core.users` u
SET last_active = CURRENT_DATE()
WHERE u.user_id IN (SELECT user_id FROM active_users);

-- case: truncate_then_reload_ranked_subquery
-- sources: proj.raw.order_items
-- targets: proj.mart.top_products
-- columns: proj.raw.order_items.product_id -> proj.mart.top_products.product_id
-- columns: proj.raw.order_items.price -> proj.mart.top_products.revenue
-- columns: proj.raw.order_items.qty -> proj.mart.top_products.revenue
-- columns: proj.raw.order_items.price -> proj.mart.top_products.rnk
-- columns: proj.raw.order_items.qty -> proj.mart.top_products.rnk
-- effects: truncate proj.mart.top_products
TRUNCATE TABLE `proj.mart.top_products`;

INSERT INTO `proj.mart.top_products` (product_id, revenue, rnk)
SELECT product_id, revenue, rnk
FROM (
  SELECT product_id,
         SUM(price * qty) AS revenue,
         RANK() OVER (ORDER BY SUM(price * qty) DESC) AS rnk
  FROM `proj.raw.order_items`
  GROUP BY product_id
)
WHERE rnk <= 100;

-- case: correlated_unnest_subqueries_use_outer_column_in_filter
-- sources: proj.raw.orders
-- targets: proj.mart.order_summary
-- columns: proj.raw.orders.order_id -> proj.mart.order_summary.order_id
-- columns: proj.raw.orders.line_items -> proj.mart.order_summary.order_total
-- indirect: proj.raw.orders.max_qty_allowed
CREATE OR REPLACE TABLE `proj.mart.order_summary` AS
SELECT o.order_id,
       (SELECT SUM(li.qty * li.unit_price) FROM UNNEST(o.line_items) li) AS order_total,
       (SELECT COUNT(1) FROM UNNEST(o.line_items) li WHERE li.qty > o.max_qty_allowed) AS violations
FROM `proj.raw.orders` o;

-- case: insert_without_column_list_countif_by_schema
-- schema: proj.mart.session_stats(session_id, user_id, pageviews, duration_s)
-- sources: proj.raw.events
-- targets: proj.mart.session_stats
-- columns: proj.raw.events.session_id -> proj.mart.session_stats.session_id
-- columns: proj.raw.events.user_id -> proj.mart.session_stats.user_id
-- columns: proj.raw.events.event_name -> proj.mart.session_stats.pageviews
-- columns: proj.raw.events.event_ts -> proj.mart.session_stats.duration_s
INSERT INTO `proj.mart.session_stats`
SELECT session_id,
       ANY_VALUE(user_id),
       COUNTIF(event_name = 'page_view'),
       TIMESTAMP_DIFF(MAX(event_ts), MIN(event_ts), SECOND)
FROM `proj.raw.events`
GROUP BY session_id;

-- case: view_over_view_in_one_script
-- sources: proj.raw.orders, proj.stage.v_orders_clean
-- targets: proj.stage.v_orders_clean, proj.mart.v_customer_ltv
-- columns: proj.raw.orders.order_id -> proj.stage.v_orders_clean.order_id
-- columns: proj.raw.orders.customer_id -> proj.stage.v_orders_clean.customer_id
-- columns: proj.raw.orders.amount -> proj.stage.v_orders_clean.amount
-- columns: proj.stage.v_orders_clean.customer_id -> proj.mart.v_customer_ltv.customer_id
-- columns: proj.stage.v_orders_clean.amount -> proj.mart.v_customer_ltv.ltv
-- indirect: proj.raw.orders.status
CREATE OR REPLACE VIEW `proj.stage.v_orders_clean` AS
SELECT order_id, customer_id, SAFE_CAST(amount AS NUMERIC) AS amount
FROM `proj.raw.orders`
WHERE status != 'test';

CREATE OR REPLACE VIEW `proj.mart.v_customer_ltv` AS
SELECT customer_id, SUM(amount) AS ltv
FROM `proj.stage.v_orders_clean`
GROUP BY customer_id;

-- case: qualify_first_touch_with_exists_filter
-- sources: proj.raw.touches, proj.raw.conversions
-- targets: proj.mart.first_touch
-- columns: proj.raw.touches.user_id -> proj.mart.first_touch.user_id
-- columns: proj.raw.touches.channel -> proj.mart.first_touch.channel
-- columns: proj.raw.touches.ts -> proj.mart.first_touch.touched_at
-- indirect: proj.raw.conversions.user_id, proj.raw.conversions.ts
INSERT INTO `proj.mart.first_touch` (user_id, channel, touched_at)
SELECT t.user_id, t.channel, t.ts
FROM `proj.raw.touches` t
WHERE EXISTS (SELECT 1 FROM `proj.raw.conversions` c
               WHERE c.user_id = t.user_id AND c.ts >= t.ts)
QUALIFY ROW_NUMBER() OVER (PARTITION BY t.user_id ORDER BY t.ts) = 1;

-- case: metrics_table_joined_to_itself_three_times
-- sources: proj.mart.daily_metrics
-- targets: proj.mart.metric_compare
-- columns: proj.mart.daily_metrics.metric_date -> proj.mart.metric_compare.metric_date
-- columns: proj.mart.daily_metrics.value -> proj.mart.metric_compare.value_today
-- columns: proj.mart.daily_metrics.value -> proj.mart.metric_compare.value_yesterday
-- columns: proj.mart.daily_metrics.value -> proj.mart.metric_compare.value_last_week
-- indirect: proj.mart.daily_metrics.metric
CREATE TABLE `proj.mart.metric_compare` AS
SELECT cur.metric_date,
       cur.value AS value_today,
       d1.value AS value_yesterday,
       w1.value AS value_last_week
FROM `proj.mart.daily_metrics` cur
LEFT JOIN `proj.mart.daily_metrics` d1
  ON d1.metric_date = DATE_SUB(cur.metric_date, INTERVAL 1 DAY) AND d1.metric = cur.metric
LEFT JOIN `proj.mart.daily_metrics` w1
  ON w1.metric_date = DATE_SUB(cur.metric_date, INTERVAL 7 DAY) AND w1.metric = cur.metric
WHERE cur.metric = 'revenue';

-- case: script_variable_watermark_filters_incremental_insert
-- sources: proj.core.events, proj.raw.events
-- targets: proj.core.events
-- columns: proj.raw.events.id -> proj.core.events.event_id
-- columns: proj.raw.events.payload -> proj.core.events.payload
DECLARE max_ts TIMESTAMP;
SET max_ts = (SELECT MAX(loaded_at) FROM `proj.core.events`);

INSERT INTO `proj.core.events` (event_id, payload, loaded_at)
SELECT e.id, e.payload, CURRENT_TIMESTAMP()
FROM `proj.raw.events` e
WHERE e.ingested_at > max_ts;
