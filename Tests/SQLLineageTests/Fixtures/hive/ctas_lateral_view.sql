-- case: ctas_stored_as_orc
-- sources: ods.orders
-- targets: dw.customer_agg
-- columns: ods.orders.customer_id -> dw.customer_agg.customer_id, ods.orders.amount -> dw.customer_agg.total
CREATE TABLE dw.customer_agg STORED AS ORC AS
SELECT customer_id, count(1) AS orders, sum(amount) AS total
FROM ods.orders
GROUP BY customer_id;

-- case: spark_create_table_using_parquet_as_select
-- sources: ods.web_sessions
-- targets: dw.sessions
-- columns: ods.web_sessions.session_id -> dw.sessions.session_id, ods.web_sessions.user_id -> dw.sessions.user_id
-- columns: ods.web_sessions.dt -> dw.sessions.dt
CREATE TABLE dw.sessions USING parquet PARTITIONED BY (dt) AS
SELECT session_id, user_id, dt
FROM ods.web_sessions;

-- case: lateral_view_explode
-- sources: ods.users
-- targets: dw.user_tags
-- columns: ods.users.user_id -> dw.user_tags.user_id, ods.users.tags -> dw.user_tags.tag
INSERT OVERWRITE TABLE dw.user_tags
SELECT u.user_id, t.tag
FROM ods.users u
LATERAL VIEW explode(u.tags) t AS tag;

-- case: temporary_table_is_intermediate
-- sources: ods.users
-- targets: dw.users_by_country
-- intermediate: tmp_users
-- columns: ods.users.country -> dw.users_by_country.country, ods.users.user_id -> dw.users_by_country.users
CREATE TEMPORARY TABLE tmp_users AS
SELECT user_id, country FROM ods.users WHERE active = 1;

INSERT OVERWRITE TABLE dw.users_by_country
SELECT country, count(user_id) AS users
FROM tmp_users
GROUP BY country;

-- case: spark_insert_into_with_column_list
-- sources: ods.customers
-- targets: dw.customers
-- columns: ods.customers.customer_id -> dw.customers.id, ods.customers.customer_name -> dw.customers.name
INSERT INTO dw.customers (id, name)
SELECT customer_id, upper(customer_name)
FROM ods.customers;

-- case: create_view_if_not_exists
-- sources: dw.orders_daily
-- targets: dw.v_orders
-- columns: dw.orders_daily.order_id -> dw.v_orders.order_id, dw.orders_daily.amount -> dw.v_orders.amount
-- indirect: dw.orders_daily.dt
CREATE VIEW IF NOT EXISTS dw.v_orders AS
SELECT order_id, amount
FROM dw.orders_daily
WHERE dt >= '2024-01-01';
