-- case: insert_overwrite_static_partition
-- sources: ods.orders
-- targets: dw.orders_daily
-- columns: ods.orders.order_id -> dw.orders_daily.order_id, ods.orders.customer_id -> dw.orders_daily.customer_id
-- columns: ods.orders.amount -> dw.orders_daily.amount
-- indirect: ods.orders.dt
-- diagnostics: none
INSERT OVERWRITE TABLE dw.orders_daily PARTITION (dt='2024-01-01')
SELECT order_id, customer_id, amount
FROM ods.orders
WHERE dt = '2024-01-01';

-- case: insert_overwrite_dynamic_partition
-- sources: ods.raw_events
-- targets: dw.events
-- columns: ods.raw_events.event_id -> dw.events.event_id, ods.raw_events.user_id -> dw.events.user_id
-- columns: ods.raw_events.event_ts -> dw.events.dt
INSERT OVERWRITE TABLE dw.events PARTITION (dt)
SELECT event_id, user_id, to_date(event_ts) AS dt
FROM ods.raw_events;

-- case: insert_into_table
-- sources: ods.logins
-- targets: dw.user_logins
-- columns: ods.logins.user_id -> dw.user_logins.user_id, ods.logins.login_ts -> dw.user_logins.login_ts
-- indirect: ods.logins.success
INSERT INTO TABLE dw.user_logins
SELECT user_id, login_ts
FROM ods.logins
WHERE success = true;

-- case: insert_overwrite_union_all
-- sources: ods.web_events, ods.app_events
-- targets: dw.all_events
-- columns: ods.web_events.event_id -> dw.all_events.event_id, ods.app_events.event_id -> dw.all_events.event_id
-- columns: ods.app_events.channel -> dw.all_events.channel
-- indirect: ods.web_events.dt, ods.app_events.dt
INSERT OVERWRITE TABLE dw.all_events PARTITION (dt='2024-01-01')
SELECT event_id, 'web' AS channel FROM ods.web_events WHERE dt = '2024-01-01'
UNION ALL
SELECT event_id, channel FROM ods.app_events WHERE dt = '2024-01-01';

-- case: multi_insert_from_one_source
-- sources: ods.orders
-- targets: dw.order_amounts, dw.order_customers
-- columns: ods.orders.order_id -> dw.order_amounts.order_id, ods.orders.amount -> dw.order_amounts.amount
-- columns: ods.orders.order_id -> dw.order_customers.order_id, ods.orders.customer_id -> dw.order_customers.customer_id
FROM ods.orders o
INSERT OVERWRITE TABLE dw.order_amounts SELECT o.order_id, o.amount
INSERT OVERWRITE TABLE dw.order_customers SELECT o.order_id, o.customer_id;

-- case: backtick_names
-- sources: ods.clicks
-- targets: dw.page_views
-- columns: ods.clicks.user_id -> dw.page_views.user_id, ods.clicks.url -> dw.page_views.url
INSERT INTO TABLE `dw`.`page_views`
SELECT `user_id`, `url` FROM `ods`.`clicks`;

-- case: unquoted_names_fold_to_lower
-- sources: ods.raw_clicks
-- targets: dw.clicks
-- columns: ods.raw_clicks.user_id -> dw.clicks.user_id
INSERT INTO TABLE DW.Clicks
SELECT User_Id FROM ODS.Raw_Clicks;

-- case: json_and_case_expressions
-- sources: ods.payment_logs
-- targets: dw.payments
-- columns: ods.payment_logs.body -> dw.payments.payment_id
-- columns: ods.payment_logs.status -> dw.payments.amount, ods.payment_logs.body -> dw.payments.amount
INSERT OVERWRITE TABLE dw.payments
SELECT get_json_object(p.body, '$.id') AS payment_id,
       CASE WHEN p.status = 'ok'
            THEN cast(get_json_object(p.body, '$.amount') AS double)
            ELSE 0
       END AS amount
FROM ods.payment_logs p;

-- case: with_before_insert_overwrite
-- sources: ods.page_hits
-- targets: dw.last_page
-- columns: ods.page_hits.user_id -> dw.last_page.user_id, ods.page_hits.page -> dw.last_page.page
WITH ranked AS (
    SELECT user_id, page,
           row_number() OVER (PARTITION BY user_id ORDER BY ts DESC) AS rn
    FROM ods.page_hits
)
INSERT OVERWRITE TABLE dw.last_page
SELECT user_id, page FROM ranked WHERE rn = 1;

-- case: left_semi_join
-- sources: ods.orders, ods.active_customers
-- targets: dw.active_orders
-- columns: ods.orders.order_id -> dw.active_orders.order_id, ods.orders.amount -> dw.active_orders.amount
-- indirect: ods.orders.customer_id, ods.active_customers.customer_id
INSERT OVERWRITE TABLE dw.active_orders
SELECT o.order_id, o.amount
FROM ods.orders o
LEFT SEMI JOIN ods.active_customers a ON o.customer_id = a.customer_id;

-- case: no_column_list_uses_target_schema_position
-- schema: dw.sales_summary(region, total_sales)
-- sources: ods.sales
-- targets: dw.sales_summary
-- columns: ods.sales.region_code -> dw.sales_summary.region, ods.sales.net_amount -> dw.sales_summary.total_sales
INSERT OVERWRITE TABLE dw.sales_summary
SELECT region_code, sum(net_amount)
FROM ods.sales
GROUP BY region_code;
