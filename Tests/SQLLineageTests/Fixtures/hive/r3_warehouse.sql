-- case: insert_overwrite_dynamic_partition_union_of_stars_by_schema
-- schema: raw.clicks_web(user_id, url, ts, dt)
-- schema: raw.clicks_app(user_id, screen, ts, dt)
-- schema: mart.clicks(user_id, location, ts, dt)
-- sources: raw.clicks_web, raw.clicks_app
-- targets: mart.clicks
-- columns: raw.clicks_web.user_id -> mart.clicks.user_id, raw.clicks_app.user_id -> mart.clicks.user_id
-- columns: raw.clicks_web.url -> mart.clicks.location, raw.clicks_app.screen -> mart.clicks.location
-- columns: raw.clicks_web.ts -> mart.clicks.ts, raw.clicks_app.ts -> mart.clicks.ts
-- columns: raw.clicks_web.dt -> mart.clicks.dt, raw.clicks_app.dt -> mart.clicks.dt
INSERT OVERWRITE TABLE mart.clicks PARTITION (dt)
SELECT * FROM raw.clicks_web
UNION ALL
SELECT * FROM raw.clicks_app;

-- case: exists_and_not_in_filters_without_column_list
-- sources: dim.users, fact.orders, dim.blocked_users
-- targets: mart.active_buyers
-- columns: dim.users.user_id -> mart.active_buyers.user_id
-- columns: dim.users.country -> mart.active_buyers.country
-- indirect: fact.orders.user_id, fact.orders.dt, dim.blocked_users.user_id
INSERT INTO TABLE mart.active_buyers
SELECT u.user_id, u.country
FROM dim.users u
WHERE EXISTS (SELECT 1 FROM fact.orders o WHERE o.user_id = u.user_id AND o.dt >= '2024-01-01')
  AND u.user_id NOT IN (SELECT b.user_id FROM dim.blocked_users b);

-- case: temporary_table_appended_then_read_by_two_overwrites
-- sources: raw.web_events, raw.app_events
-- targets: mart.daily_active, mart.event_count
-- intermediate: tmp_ev
-- columns: raw.web_events.user_id -> mart.daily_active.user_id, raw.app_events.uid -> mart.daily_active.user_id
-- columns: raw.web_events.event_time -> mart.daily_active.first_seen, raw.app_events.ts -> mart.daily_active.first_seen
-- columns: raw.web_events.event_time -> mart.daily_active.last_seen, raw.app_events.ts -> mart.daily_active.last_seen
-- columns: raw.web_events.user_id -> mart.event_count.events, raw.app_events.uid -> mart.event_count.events
CREATE TEMPORARY TABLE tmp_ev AS
SELECT user_id, event_time FROM raw.web_events WHERE dt = '2024-06-01';

INSERT INTO TABLE tmp_ev
SELECT uid, ts FROM raw.app_events WHERE dt = '2024-06-01';

INSERT OVERWRITE TABLE mart.daily_active PARTITION (dt = '2024-06-01')
SELECT user_id, MIN(event_time) AS first_seen, MAX(event_time) AS last_seen
FROM tmp_ev
GROUP BY user_id;

INSERT OVERWRITE TABLE mart.event_count PARTITION (dt = '2024-06-01')
SELECT COUNT(user_id) AS events FROM tmp_ev;

-- case: lateral_view_explode_with_window_over_exploded_column
-- sources: dim.users
-- targets: mart.user_tag_rank
-- columns: dim.users.user_id -> mart.user_tag_rank.user_id
-- columns: dim.users.tags -> mart.user_tag_rank.tag
-- columns: dim.users.tags -> mart.user_tag_rank.rk
-- columns: dim.users.score -> mart.user_tag_rank.rk
INSERT OVERWRITE TABLE mart.user_tag_rank
SELECT u.user_id, t.tag, ROW_NUMBER() OVER (PARTITION BY t.tag ORDER BY u.score DESC) AS rk
FROM dim.users u
LATERAL VIEW explode(u.tags) t AS tag;

-- case: cte_chain_renames_twice_before_overwrite
-- sources: raw.items
-- targets: mart.prices
-- columns: raw.items.item_id -> mart.prices.product_code
-- columns: raw.items.price_cents -> mart.prices.unit_price
WITH a AS (
    SELECT item_id AS sku, price_cents / 100.0 AS price FROM raw.items
),
b AS (
    SELECT sku AS product_code, price AS unit_price FROM a WHERE price > 0
)
INSERT OVERWRITE TABLE mart.prices
SELECT product_code, unit_price FROM b;

-- case: grouping_sets_column_not_projected_is_indirect
-- sources: fact.sales
-- targets: mart.sales_sets
-- columns: fact.sales.region -> mart.sales_sets.region
-- columns: fact.sales.amount -> mart.sales_sets.revenue
-- indirect: fact.sales.channel
INSERT OVERWRITE TABLE mart.sales_sets
SELECT region, SUM(amount) AS revenue
FROM fact.sales
GROUP BY region, channel
GROUPING SETS ((region, channel), (region));

-- case: truncate_reload_then_view_reads_reloaded_table
-- sources: raw.geo, dim.users, mart.dim_country
-- targets: mart.dim_country, mart.v_country_users
-- columns: raw.geo.country_code -> mart.dim_country.country_code
-- columns: raw.geo.country_name -> mart.dim_country.country_name
-- columns: mart.dim_country.country_name -> mart.v_country_users.country_name
-- columns: dim.users.user_id -> mart.v_country_users.users
-- indirect: mart.dim_country.country_code, dim.users.country
-- effects: truncate mart.dim_country
TRUNCATE TABLE mart.dim_country;

INSERT INTO TABLE mart.dim_country
SELECT DISTINCT country_code, country_name FROM raw.geo;

CREATE VIEW IF NOT EXISTS mart.v_country_users AS
SELECT c.country_name, COUNT(u.user_id) AS users
FROM dim.users u
JOIN mart.dim_country c ON c.country_code = u.country
GROUP BY c.country_name;

-- case: multi_insert_branch_filters_on_unprojected_columns
-- sources: raw.transactions
-- targets: mart.pos_tx, mart.flagged_tx
-- columns: raw.transactions.tx_id -> mart.pos_tx.tx_id, raw.transactions.amount -> mart.pos_tx.amount
-- columns: raw.transactions.tx_id -> mart.flagged_tx.tx_id, raw.transactions.risk_score -> mart.flagged_tx.risk_score
-- indirect: raw.transactions.channel, raw.transactions.reviewed
FROM raw.transactions t
INSERT OVERWRITE TABLE mart.pos_tx
SELECT t.tx_id, t.amount WHERE t.channel = 'pos'
INSERT OVERWRITE TABLE mart.flagged_tx
SELECT t.tx_id, t.risk_score WHERE t.risk_score > 0.9 AND t.reviewed = false;
