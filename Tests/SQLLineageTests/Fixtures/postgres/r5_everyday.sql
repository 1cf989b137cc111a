-- case: on_conflict_do_update_excluded
-- sources: stg.customers
-- targets: public.customers
-- columns: stg.customers.id -> public.customers.id, stg.customers.email -> public.customers.email
-- columns: stg.customers.updated_at -> public.customers.updated_at
INSERT INTO public.customers (id, email, updated_at)
SELECT id, lower(email), updated_at FROM stg.customers
ON CONFLICT (id) DO UPDATE
   SET email = EXCLUDED.email,
       updated_at = greatest(customers.updated_at, EXCLUDED.updated_at);

-- case: ctas_with_casts_and_date_trunc
-- sources: app.events
-- targets: mart.daily_events
-- columns: app.events.created_at -> mart.daily_events.day, app.events.id -> mart.daily_events.n_events
-- columns: app.events.user_id -> mart.daily_events.n_users
CREATE TABLE mart.daily_events AS
SELECT date_trunc('day', created_at)::date AS day,
       count(id) AS n_events,
       count(DISTINCT user_id) AS n_users
  FROM app.events
 GROUP BY 1;

-- case: view_distinct_on
-- indirect:
-- sources: app.logins
-- targets: mart.last_login
-- columns: app.logins.user_id -> mart.last_login.user_id, app.logins.logged_at -> mart.last_login.logged_at
-- columns: app.logins.ip -> mart.last_login.ip
CREATE VIEW mart.last_login AS
SELECT DISTINCT ON (user_id) user_id, logged_at, ip
  FROM app.logins
 ORDER BY user_id, logged_at DESC;

-- case: update_from_join
-- sources: stg.balances
-- targets: app.accounts
-- columns: stg.balances.amount -> app.accounts.balance
-- indirect: stg.balances.account_id, app.accounts.id
UPDATE app.accounts a
   SET balance = b.amount
  FROM stg.balances b
 WHERE b.account_id = a.id;

-- case: delete_using
-- sources: stg.deleted_ids
-- effects: delete app.orders
-- indirect: app.orders.id, stg.deleted_ids.order_id
DELETE FROM app.orders o
 USING stg.deleted_ids d
 WHERE d.order_id = o.id;

-- case: select_into_temp_then_insert
-- sources: app.orders
-- targets: mart.order_totals
-- intermediate: tmp_totals
-- columns: app.orders.customer_id -> mart.order_totals.customer_id, app.orders.amount -> mart.order_totals.total
CREATE TEMP TABLE tmp_totals AS
SELECT customer_id, sum(amount) AS total FROM app.orders GROUP BY customer_id;
INSERT INTO mart.order_totals (customer_id, total)
SELECT customer_id, total FROM tmp_totals;

-- case: string_agg_with_order_by
-- sources: app.tags
-- targets: mart.post_tags
-- columns: app.tags.post_id -> mart.post_tags.post_id, app.tags.name -> mart.post_tags.tag_list
-- columns: app.tags.position -> mart.post_tags.tag_list
INSERT INTO mart.post_tags (post_id, tag_list)
SELECT post_id, string_agg(name, ', ' ORDER BY position)
  FROM app.tags
 GROUP BY post_id;

-- case: aggregate_filter_clause
-- diagnostics: none
-- sources: app.orders
-- targets: mart.order_stats
-- columns: app.orders.customer_id -> mart.order_stats.customer_id, app.orders.amount -> mart.order_stats.web_amount
-- columns: app.orders.channel -> mart.order_stats.web_amount
INSERT INTO mart.order_stats (customer_id, web_amount)
SELECT customer_id, sum(amount) FILTER (WHERE channel = 'web')
  FROM app.orders
 GROUP BY customer_id;

-- case: left_join_lateral
-- sources: app.users, app.orders
-- targets: mart.user_recent
-- columns: app.users.id -> mart.user_recent.user_id, app.orders.created_at -> mart.user_recent.last_order_at
-- indirect: app.orders.user_id
INSERT INTO mart.user_recent (user_id, last_order_at)
SELECT u.id, r.created_at
  FROM app.users u
  LEFT JOIN LATERAL (SELECT o.created_at FROM app.orders o
                      WHERE o.user_id = u.id ORDER BY o.created_at DESC LIMIT 1) r ON true;

-- case: quoted_mixed_case_postgres
-- sources: public.Orders
-- targets: mart.order_copy
-- columns: public.Orders.OrderId -> mart.order_copy.order_id, public.Orders.total -> mart.order_copy.total
-- indirect: public.Orders.Status
INSERT INTO mart.order_copy (order_id, total)
SELECT "OrderId", total FROM public."Orders" WHERE "Status" <> 'void';

-- case: materialized_view_intersect
-- sources: app.newsletter, app.customers
-- targets: mart.subscribed_customers
-- columns: app.newsletter.email -> mart.subscribed_customers.email, app.customers.email -> mart.subscribed_customers.email
CREATE MATERIALIZED VIEW mart.subscribed_customers AS
SELECT email FROM app.newsletter
INTERSECT
SELECT email FROM app.customers;

-- case: coalesce_extract_epoch_and_interval
-- sources: app.sessions
-- targets: mart.session_len
-- columns: app.sessions.id -> mart.session_len.session_id
-- columns: app.sessions.ended_at -> mart.session_len.seconds, app.sessions.started_at -> mart.session_len.seconds
INSERT INTO mart.session_len (session_id, seconds)
SELECT id, extract(epoch FROM coalesce(ended_at, started_at + interval '30 minutes') - started_at)
  FROM app.sessions;
