-- case: set_statements_then_dynamic_partition_overwrite
-- sources: ods.page_views
-- targets: dw.fact_page_views
-- columns: ods.page_views.view_id -> dw.fact_page_views.view_id
-- columns: ods.page_views.user_id -> dw.fact_page_views.user_id
-- columns: ods.page_views.url -> dw.fact_page_views.url
-- columns: ods.page_views.view_ts -> dw.fact_page_views.dt
-- columns: ods.page_views.geo_country -> dw.fact_page_views.country
-- indirect: ods.page_views.ingest_date
SET hive.exec.dynamic.partition=true;
SET hive.exec.dynamic.partition.mode=nonstrict;
SET mapreduce.job.queuename=etl;

INSERT OVERWRITE TABLE dw.fact_page_views PARTITION (dt, country)
SELECT v.view_id,
       v.user_id,
       v.url,
       to_date(v.view_ts)     AS dt,
       upper(v.geo_country)   AS country
FROM ods.page_views v
WHERE v.ingest_date = '${hiveconf:run_date}';

-- case: lateral_view_posexplode_two_aliases
-- sources: ods.playlists
-- targets: dw.playlist_tracks
-- columns: ods.playlists.playlist_id -> dw.playlist_tracks.playlist_id
-- columns: ods.playlists.track_ids -> dw.playlist_tracks.track_id
INSERT OVERWRITE TABLE dw.playlist_tracks PARTITION (dt='2024-06-01')
SELECT p.playlist_id, t.track_id
FROM ods.playlists p
LATERAL VIEW posexplode(p.track_ids) t AS pos, track_id
WHERE p.dt = '2024-06-01'
  AND t.pos < 50;

-- case: multi_insert_from_subquery_three_branches
-- sources: ods.orders
-- targets: dw.completed_orders, dw.daily_customer_totals, dw.cancelled_orders
-- columns: ods.orders.order_id -> dw.completed_orders.order_id
-- columns: ods.orders.customer_id -> dw.completed_orders.customer_id
-- columns: ods.orders.amount -> dw.completed_orders.amount
-- columns: ods.orders.customer_id -> dw.daily_customer_totals.customer_id
-- columns: ods.orders.amount -> dw.daily_customer_totals.total_amount
-- columns: ods.orders.order_id -> dw.cancelled_orders.order_id
-- columns: ods.orders.status -> dw.cancelled_orders.status
-- indirect: ods.orders.dt
FROM (
  SELECT o.order_id, o.customer_id, o.amount, o.status
  FROM ods.orders o
  WHERE o.dt = '2024-06-01'
) src
INSERT OVERWRITE TABLE dw.completed_orders PARTITION (dt='2024-06-01')
  SELECT src.order_id, src.customer_id, src.amount
  WHERE src.status = 'COMPLETE'
INSERT OVERWRITE TABLE dw.daily_customer_totals PARTITION (dt='2024-06-01')
  SELECT src.customer_id, sum(src.amount) AS total_amount, count(1) AS order_cnt
  GROUP BY src.customer_id
INSERT INTO TABLE dw.cancelled_orders
  SELECT src.order_id, src.status
  WHERE src.status LIKE 'CANCEL%';

-- case: ctas_stored_as_parquet_tblproperties
-- sources: ods.touchpoints
-- targets: dw.user_first_touch
-- columns: ods.touchpoints.user_id -> dw.user_first_touch.user_id
-- columns: ods.touchpoints.event_ts -> dw.user_first_touch.first_ts
-- columns: ods.touchpoints.channel -> dw.user_first_touch.channels
CREATE TABLE IF NOT EXISTS dw.user_first_touch
STORED AS PARQUET
TBLPROPERTIES ('parquet.compression'='SNAPPY', 'comment'='first touch; rebuilt daily')
AS
SELECT user_id, min(event_ts) AS first_ts, collect_set(channel) AS channels
FROM ods.touchpoints
GROUP BY user_id;

-- case: lateral_view_outer_explode_map_and_json_tuple
-- sources: ods.events
-- targets: dw.event_props
-- columns: ods.events.event_id -> dw.event_props.event_id
-- columns: ods.events.props -> dw.event_props.k, ods.events.props -> dw.event_props.v
-- columns: ods.events.context -> dw.event_props.device, ods.events.context -> dw.event_props.os
INSERT OVERWRITE TABLE dw.event_props
SELECT e.event_id, p.k, p.v, j.device, j.os
FROM ods.events e
LATERAL VIEW OUTER explode(e.props) p AS k, v
LATERAL VIEW json_tuple(e.context, 'device', 'os') j AS device, os;

-- case: temporary_table_window_then_overwrite_and_drop
-- sources: ods.logins
-- targets: dw.user_streaks
-- intermediate: tmp_login_days
-- columns: ods.logins.user_id -> dw.user_streaks.user_id
-- columns: ods.logins.login_ts -> dw.user_streaks.streak_start
CREATE TEMPORARY TABLE tmp_login_days STORED AS ORC AS
SELECT user_id,
       to_date(login_ts) AS login_day,
       date_sub(to_date(login_ts), row_number() OVER (PARTITION BY user_id ORDER BY to_date(login_ts))) AS grp
FROM (SELECT DISTINCT user_id, login_ts FROM ods.logins WHERE dt >= '2024-05-01') d;

INSERT OVERWRITE TABLE dw.user_streaks
SELECT user_id, min(login_day) AS streak_start, count(1) AS streak_days
FROM tmp_login_days
GROUP BY user_id, grp;

DROP TABLE IF EXISTS tmp_login_days;

-- case: insert_into_partition_with_column_list
-- sources: ods.clicks
-- targets: dw.ad_clicks
-- columns: ods.clicks.click_id -> dw.ad_clicks.click_id
-- columns: ods.clicks.campaign -> dw.ad_clicks.campaign_id
-- indirect: ods.clicks.dt, ods.clicks.is_ad
INSERT INTO TABLE dw.ad_clicks PARTITION (dt='2024-06-01') (click_id, campaign_id)
SELECT c.click_id, cast(c.campaign AS bigint)
FROM ods.clicks c
WHERE c.dt = '2024-06-01' AND c.is_ad = true;

-- case: backticked_reserved_word_columns_with_cte
-- sources: ods.user_sessions
-- targets: dw.sessions_by_date
-- columns: ods.user_sessions.date -> dw.sessions_by_date.date
-- columns: ods.user_sessions.user -> dw.sessions_by_date.users
-- columns: ods.user_sessions.timestamp -> dw.sessions_by_date.last_seen
WITH s AS (
  SELECT `date`, `user`, `timestamp` FROM `ods`.`user_sessions` WHERE `date` >= '2024-06-01'
)
INSERT OVERWRITE TABLE `dw`.`sessions_by_date`
SELECT `date`, count(DISTINCT `user`) AS users, max(`timestamp`) AS last_seen
FROM s
GROUP BY `date`;

-- case: view_with_column_comments
-- sources: dw.orders
-- targets: dw.v_daily_revenue
-- columns: dw.orders.dt -> dw.v_daily_revenue.day, dw.orders.amount -> dw.v_daily_revenue.revenue
CREATE VIEW IF NOT EXISTS dw.v_daily_revenue (
  day COMMENT 'calendar day',
  revenue COMMENT 'gross; incl. tax'
)
COMMENT 'daily revenue view'
AS SELECT dt, sum(amount) FROM dw.orders GROUP BY dt;

-- case: union_all_subquery_distribute_sort_by
-- sources: ods.web_log, ods.app_log
-- targets: dw.user_daily
-- columns: ods.web_log.user_id -> dw.user_daily.user_id, ods.app_log.uid -> dw.user_daily.user_id
-- indirect: ods.web_log.dt, ods.app_log.dt
INSERT OVERWRITE TABLE dw.user_daily PARTITION (dt='2024-06-01')
SELECT user_id, sum(cnt) AS events
FROM (
  SELECT user_id, count(*) AS cnt FROM ods.web_log WHERE dt = '2024-06-01' GROUP BY user_id
  UNION ALL
  SELECT uid AS user_id, count(*) AS cnt FROM ods.app_log WHERE dt = '2024-06-01' GROUP BY uid
) u
GROUP BY user_id
DISTRIBUTE BY user_id SORT BY user_id;
