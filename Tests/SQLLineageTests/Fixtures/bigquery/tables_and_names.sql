-- case: backtick_project_dataset_table
-- sources: my-proj.sales.orders
-- targets: my-proj.mart.order_facts
-- columns: my-proj.sales.orders.id -> my-proj.mart.order_facts.order_id
-- columns: my-proj.sales.orders.amount -> my-proj.mart.order_facts.amount
-- diagnostics: none
INSERT INTO `my-proj.mart.order_facts` (order_id, amount)
SELECT o.id, o.amount
FROM `my-proj.sales.orders` o;

-- case: backtick_project_part_only
-- sources: my-proj.sales.orders
-- targets: my-proj.mart.v_orders
-- columns: my-proj.sales.orders.id -> my-proj.mart.v_orders.id, my-proj.sales.orders.amount -> my-proj.mart.v_orders.amount
CREATE VIEW `my-proj`.mart.v_orders AS
SELECT id, amount
FROM `my-proj`.sales.orders
WHERE amount > 0;

-- case: create_or_replace_table_as
-- sources: sales.orders
-- targets: mart.daily_revenue
-- columns: sales.orders.created_at -> mart.daily_revenue.day, sales.orders.amount -> mart.daily_revenue.revenue
CREATE OR REPLACE TABLE mart.daily_revenue AS
SELECT DATE(created_at) AS day, SUM(amount) AS revenue
FROM sales.orders
GROUP BY day;

-- case: names_keep_case_as_written
-- sources: Sales.Orders
-- targets: Mart.OrderCopy
-- columns: Sales.Orders.OrderId -> Mart.OrderCopy.OrderId, Sales.Orders.Total -> Mart.OrderCopy.Total
INSERT INTO Mart.OrderCopy (OrderId, Total)
SELECT OrderId, Total FROM Sales.Orders;

-- case: select_star_except_from_schema
-- schema: crm.users(user_id, email, password_hash, created_at)
-- sources: crm.users
-- targets: mart.users_public
-- columns: crm.users.user_id -> mart.users_public.user_id, crm.users.email -> mart.users_public.email
-- columns: crm.users.created_at -> mart.users_public.created_at
CREATE OR REPLACE TABLE mart.users_public AS
SELECT * EXCEPT (password_hash) FROM crm.users;

-- case: temp_table_in_script_is_intermediate
-- sources: web.events
-- targets: mart.user_activity
-- intermediate: recent
-- columns: web.events.user_id -> mart.user_activity.user_id, web.events.ts -> mart.user_activity.last_seen
CREATE TEMP TABLE recent AS
SELECT user_id, MAX(ts) AS last_ts
FROM web.events
GROUP BY user_id;

INSERT INTO mart.user_activity (user_id, last_seen)
SELECT user_id, last_ts FROM recent;

-- case: update_from
-- sources: mart.tier_rules
-- targets: mart.customers
-- columns: mart.tier_rules.tier -> mart.customers.tier
UPDATE mart.customers c
SET tier = t.tier
FROM mart.tier_rules t
WHERE c.spend BETWEEN t.min_spend AND t.max_spend;

-- case: delete_with_subquery
-- sources: crm.deleted_users
-- effects: delete mart.sessions
DELETE FROM mart.sessions s
WHERE s.user_id IN (SELECT user_id FROM crm.deleted_users);
