-- case: temp_table_filled_from_two_sources_read_twice
-- sources: app.web_signups, app.mobile_signups
-- targets: mart.signup_ids, mart.signup_sources
-- intermediate: tmp_ids
-- columns: app.web_signups.id -> mart.signup_ids.id, app.mobile_signups.user_id -> mart.signup_ids.id
-- columns: app.web_signups.id -> mart.signup_sources.id, app.mobile_signups.user_id -> mart.signup_sources.id
-- columns: app.mobile_signups.platform -> mart.signup_sources.src
CREATE TEMP TABLE tmp_ids (id bigint, src text);

INSERT INTO tmp_ids
SELECT w.id, 'web' FROM app.web_signups w WHERE w.created_at >= current_date;

INSERT INTO tmp_ids (id, src)
SELECT m.user_id, m.platform FROM app.mobile_signups m WHERE m.created_at >= current_date;

INSERT INTO mart.signup_ids (id) SELECT DISTINCT id FROM tmp_ids;

INSERT INTO mart.signup_sources (id, src)
SELECT id, src FROM tmp_ids WHERE src IS NOT NULL;

-- case: views_over_views_then_insert_from_top_view
-- sources: app.users, stage.v_active_users, stage.v_user_country
-- targets: stage.v_active_users, stage.v_user_country, mart.country_users
-- columns: app.users.id -> stage.v_active_users.id
-- columns: app.users.email -> stage.v_active_users.email
-- columns: app.users.country -> stage.v_active_users.country
-- columns: stage.v_active_users.country -> stage.v_user_country.country
-- columns: stage.v_active_users.id -> stage.v_user_country.users
-- columns: stage.v_user_country.country -> mart.country_users.country
-- columns: stage.v_user_country.users -> mart.country_users.users
-- indirect: app.users.deleted_at
CREATE VIEW stage.v_active_users AS
SELECT u.id, u.email, u.country
FROM app.users u
WHERE u.deleted_at IS NULL;

CREATE VIEW stage.v_user_country AS
SELECT v.country, count(v.id) AS users
FROM stage.v_active_users v
GROUP BY v.country;

INSERT INTO mart.country_users (country, users)
SELECT country, users FROM stage.v_user_country;

-- case: truncate_reload_then_aggregate_from_reloaded_table
-- sources: catalog.products, catalog.categories, mart.dim_product
-- targets: mart.dim_product, mart.product_counts
-- columns: catalog.products.id -> mart.dim_product.product_id
-- columns: catalog.products.name -> mart.dim_product.name
-- columns: catalog.categories.name -> mart.dim_product.category
-- columns: mart.dim_product.category -> mart.product_counts.category
-- columns: mart.dim_product.product_id -> mart.product_counts.products
-- indirect: catalog.categories.id, catalog.products.category_id
-- effects: truncate mart.dim_product, truncate mart.product_counts
TRUNCATE TABLE mart.dim_product;

INSERT INTO mart.dim_product (product_id, name, category)
SELECT p.id, p.name, c.name
FROM catalog.products p
JOIN catalog.categories c ON c.id = p.category_id;

TRUNCATE mart.product_counts;

INSERT INTO mart.product_counts (category, products)
SELECT category, count(product_id)
FROM mart.dim_product
GROUP BY category;

-- case: two_work_tables_dropped_compose_through_renames
-- sources: sales.orders
-- targets: mart.top_customers
-- intermediate: work.cust_rev, work.cust_rank
-- columns: sales.orders.customer_id -> mart.top_customers.customer_id
-- columns: sales.orders.amount -> mart.top_customers.revenue
-- columns: sales.orders.amount -> mart.top_customers.rank_no
CREATE TABLE work.cust_rev AS
SELECT customer_id AS cid, sum(amount) AS rev
FROM sales.orders
GROUP BY customer_id;

CREATE TABLE work.cust_rank AS
SELECT cid AS customer_key, rev AS revenue, rank() OVER (ORDER BY rev DESC) AS rnk
FROM work.cust_rev;

INSERT INTO mart.top_customers (customer_id, revenue, rank_no)
SELECT customer_key, revenue, rnk FROM work.cust_rank WHERE rnk <= 100;

DROP TABLE work.cust_rev;
DROP TABLE work.cust_rank;

-- case: plpgsql_loop_over_query_updates_then_return_query
-- sources: billing.credits, billing.accounts
-- targets: billing.accounts, billing.credits
-- columns: billing.credits.amount -> billing.accounts.balance
-- columns: billing.credits.credit_id -> billing.accounts.last_credit_id
CREATE OR REPLACE FUNCTION billing.apply_credits()
RETURNS TABLE (out_account_id bigint, out_balance numeric)
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN
        SELECT c.account_id, c.credit_id, c.amount
          FROM billing.credits c
         WHERE NOT c.applied
    LOOP
        UPDATE billing.accounts a
           SET balance = a.balance - r.amount,
               last_credit_id = r.credit_id
         WHERE a.account_id = r.account_id;

        UPDATE billing.credits SET applied = true WHERE credit_id = r.credit_id;
    END LOOP;

    RETURN QUERY
    SELECT a.account_id, a.balance FROM billing.accounts a WHERE a.balance < 0;
END;
$$;

-- case: plpgsql_rowtype_loop_with_select_into_lookups
-- schema: hr.employees(id, full_name, manager_id, status, email)
-- sources: hr.employees, hr.reviews, hr.review_queue
-- targets: hr.review_queue
-- columns: hr.employees.id -> hr.review_queue.employee_id
-- columns: hr.employees.email -> hr.review_queue.manager_email
-- columns: hr.reviews.reviewed_on -> hr.review_queue.last_review
CREATE FUNCTION hr.build_review_queue(p_cycle int)
RETURNS SETOF hr.review_queue
LANGUAGE plpgsql AS $$
DECLARE
    r           hr.employees%ROWTYPE;
    v_mgr_email text;
    v_last      date;
BEGIN
    FOR r IN SELECT * FROM hr.employees WHERE status = 'active' LOOP
        SELECT m.email INTO v_mgr_email FROM hr.employees m WHERE m.id = r.manager_id;
        SELECT max(rv.reviewed_on) INTO v_last FROM hr.reviews rv WHERE rv.employee_id = r.id;
        IF v_last IS NULL OR v_last < current_date - 365 THEN
            INSERT INTO hr.review_queue (employee_id, manager_email, last_review, cycle)
            VALUES (r.id, v_mgr_email, v_last, p_cycle);
        END IF;
    END LOOP;

    RETURN QUERY SELECT * FROM hr.review_queue WHERE cycle = p_cycle;
END;
$$;

-- case: data_modifying_cte_update_returning_feeds_event_log
-- sources: billing.subscriptions
-- targets: billing.subscriptions, billing.subscription_events
-- columns: billing.subscriptions.id -> billing.subscription_events.subscription_id
-- columns: billing.subscriptions.customer_id -> billing.subscription_events.customer_id
-- columns: billing.subscriptions.plan_code -> billing.subscription_events.plan_code
WITH upd AS (
    UPDATE billing.subscriptions s
       SET status = 'expired', expired_at = now()
     WHERE s.ends_on < current_date
       AND s.status = 'active'
    RETURNING s.id, s.customer_id, s.plan_code
)
INSERT INTO billing.subscription_events (subscription_id, customer_id, plan_code, event)
SELECT id, customer_id, plan_code, 'expired' FROM upd;

-- case: create_table_then_insert_without_column_list_uses_ddl
-- sources: sales.orders
-- targets: mart.kpi_daily
-- columns: sales.orders.ordered_at -> mart.kpi_daily.day
-- columns: sales.orders.id -> mart.kpi_daily.orders
-- columns: sales.orders.amount -> mart.kpi_daily.revenue
-- columns: sales.orders.amount -> mart.kpi_daily.avg_basket
CREATE TABLE IF NOT EXISTS mart.kpi_daily (
    day        date PRIMARY KEY,
    orders     bigint NOT NULL,
    revenue    numeric(14,2),
    avg_basket numeric(14,2)
);

INSERT INTO mart.kpi_daily
SELECT o.ordered_at::date, count(o.id), sum(o.amount), avg(o.amount)
FROM sales.orders o
GROUP BY 1;

-- case: archive_superseded_rows_with_star_then_delete_using_self
-- schema: catalog.prices(sku, valid_from, price)
-- sources: catalog.prices
-- targets: archive.price_history
-- columns: catalog.prices.sku -> archive.price_history.sku
-- columns: catalog.prices.valid_from -> archive.price_history.valid_from
-- columns: catalog.prices.price -> archive.price_history.price
-- effects: delete catalog.prices
INSERT INTO archive.price_history
SELECT p.*
FROM catalog.prices p
WHERE EXISTS (SELECT 1 FROM catalog.prices n WHERE n.sku = p.sku AND n.valid_from > p.valid_from);

DELETE FROM catalog.prices p
USING catalog.prices n
WHERE n.sku = p.sku
  AND n.valid_from > p.valid_from;

-- case: plpgsql_nested_loops_with_exit_and_continue
-- sources: ops.queues, ops.workers
-- targets: ops.workers, ops.assignments
-- columns: ops.queues.queue_id -> ops.workers.queue_id
-- columns: ops.queues.backlog -> ops.workers.assigned_backlog
-- columns: ops.workers.worker_id -> ops.assignments.worker_id
-- columns: ops.queues.queue_id -> ops.assignments.queue_id
-- columns: ops.workers.capacity -> ops.assignments.capacity
CREATE OR REPLACE FUNCTION ops.rebalance_queues()
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    q       record;
    w       record;
    v_moved integer := 0;
BEGIN
    FOR q IN SELECT queue_id, backlog FROM ops.queues WHERE backlog > 100 ORDER BY backlog DESC LOOP
        FOR w IN SELECT worker_id, capacity FROM ops.workers WHERE queue_id IS NULL AND capacity > 0 LOOP
            EXIT WHEN v_moved >= 50;
            CONTINUE WHEN w.capacity < 5;
            UPDATE ops.workers
               SET queue_id = q.queue_id,
                   assigned_backlog = q.backlog
             WHERE worker_id = w.worker_id;
            INSERT INTO ops.assignments (worker_id, queue_id, capacity, assigned_at)
            VALUES (w.worker_id, q.queue_id, w.capacity, now());
            v_moved := v_moved + 1;
        END LOOP;
    END LOOP;
    RETURN v_moved;
END;
$$;

-- case: plpgsql_temp_table_filled_in_loop_then_published
-- sources: crm.accounts, billing.invoices
-- targets: rpt.overdue_accounts
-- intermediate: tmp_overdue
-- columns: crm.accounts.account_id -> rpt.overdue_accounts.account_id
-- columns: crm.accounts.name -> rpt.overdue_accounts.account_name
-- columns: billing.invoices.amount_due -> rpt.overdue_accounts.overdue_total
CREATE OR REPLACE PROCEDURE rpt.refresh_overdue()
LANGUAGE plpgsql AS $$
DECLARE
    a       record;
    v_total numeric;
BEGIN
    CREATE TEMP TABLE tmp_overdue (account_id bigint, account_name text, overdue_total numeric);

    FOR a IN SELECT ac.account_id, ac.name FROM crm.accounts ac WHERE ac.active LOOP
        SELECT sum(i.amount_due) INTO v_total
          FROM billing.invoices i
         WHERE i.account_id = a.account_id
           AND i.due_on < current_date;
        IF v_total > 0 THEN
            INSERT INTO tmp_overdue VALUES (a.account_id, a.name, v_total);
        END IF;
    END LOOP;

    DELETE FROM rpt.overdue_accounts;
    INSERT INTO rpt.overdue_accounts (account_id, account_name, overdue_total)
    SELECT account_id, account_name, overdue_total FROM tmp_overdue;

    DROP TABLE tmp_overdue;
END;
$$;

-- case: insert_from_cte_reading_table_written_earlier_in_script
-- sources: raw.events, mart.event_days
-- targets: mart.event_days, mart.user_streaks
-- columns: raw.events.user_id -> mart.event_days.user_id
-- columns: raw.events.ts -> mart.event_days.day
-- columns: mart.event_days.user_id -> mart.user_streaks.user_id
-- columns: mart.event_days.day -> mart.user_streaks.streak_start
-- columns: mart.event_days.day -> mart.user_streaks.streak_len
INSERT INTO mart.event_days (user_id, day)
SELECT DISTINCT e.user_id, e.ts::date FROM raw.events e;

WITH g AS (
    SELECT user_id, day,
           day - (row_number() OVER (PARTITION BY user_id ORDER BY day))::int AS grp
    FROM mart.event_days
)
INSERT INTO mart.user_streaks (user_id, streak_start, streak_len)
SELECT user_id, min(day), max(day) - min(day) + 1
FROM g
GROUP BY user_id, grp;
