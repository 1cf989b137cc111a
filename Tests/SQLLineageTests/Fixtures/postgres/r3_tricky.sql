-- case: unqualified_columns_in_correlated_subquery_resolve_to_outer_table_by_schema
-- schema: ref.fx(ccy, day, rate)
-- schema: sales.orders(id, currency, amount, ordered_on)
-- sources: sales.orders, ref.fx
-- targets: mart.order_rates
-- columns: sales.orders.id -> mart.order_rates.order_id
-- columns: ref.fx.rate -> mart.order_rates.rate
-- indirect: ref.fx.ccy, ref.fx.day, sales.orders.currency, sales.orders.ordered_on
INSERT INTO mart.order_rates (order_id, rate)
SELECT id, (SELECT rate FROM ref.fx WHERE ccy = currency AND day = ordered_on)
FROM sales.orders;

-- case: star_over_join_expanded_by_schema_into_positional_target
-- schema: crm.customers(id, name)
-- schema: crm.segments(customer_id, segment)
-- schema: mart.customer_segments(customer_id, customer_name, seg_customer_id, segment)
-- sources: crm.customers, crm.segments
-- targets: mart.customer_segments
-- columns: crm.customers.id -> mart.customer_segments.customer_id
-- columns: crm.customers.name -> mart.customer_segments.customer_name
-- columns: crm.segments.customer_id -> mart.customer_segments.seg_customer_id
-- columns: crm.segments.segment -> mart.customer_segments.segment
INSERT INTO mart.customer_segments
SELECT * FROM crm.customers c JOIN crm.segments s ON s.customer_id = c.id;

-- case: cte_column_list_then_star_names_target_columns
-- sources: sales.orders
-- targets: mart.totals
-- columns: sales.orders.customer_id -> mart.totals.customer_id
-- columns: sales.orders.amount -> mart.totals.total
WITH t (customer_id, total) AS (
    SELECT o.customer_id, sum(o.amount) FROM sales.orders o GROUP BY 1
)
INSERT INTO mart.totals
SELECT * FROM t;

-- case: derived_table_alias_list_star_into_schema_positions
-- schema: mart.ranked(a, b, c)
-- sources: catalog.products
-- targets: mart.ranked
-- columns: catalog.products.sku -> mart.ranked.a
-- columns: catalog.products.price -> mart.ranked.b
-- columns: catalog.products.price -> mart.ranked.c
INSERT INTO mart.ranked
SELECT *
FROM (SELECT p.sku, p.price, rank() OVER (ORDER BY p.price DESC)
        FROM catalog.products p) AS r (sku, price, price_rank)
WHERE price_rank <= 10;

-- case: plpgsql_unqualified_name_is_declared_variable_without_schema
-- sources: crm.customers
-- targets: crm.customer_tags
-- columns: crm.customers.id -> crm.customer_tags.customer_id
CREATE FUNCTION crm.tag_region(p_id bigint)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    region text := 'EMEA';
BEGIN
    INSERT INTO crm.customer_tags (customer_id, tag)
    SELECT c.id, region FROM crm.customers c WHERE c.id = p_id;
END;
$$;

-- case: plpgsql_for_in_execute_literal_and_return_query_execute
-- sources: sales.orders, rpt.big_order_log
-- targets: rpt.big_order_log
-- columns: sales.orders.id -> rpt.big_order_log.order_id
-- columns: sales.orders.amount -> rpt.big_order_log.amount
CREATE FUNCTION rpt.list_big_orders()
RETURNS SETOF record
LANGUAGE plpgsql AS $$
DECLARE
    r record;
BEGIN
    FOR r IN EXECUTE 'SELECT o.id, o.amount FROM sales.orders o WHERE o.amount > 1000' LOOP
        INSERT INTO rpt.big_order_log (order_id, amount) VALUES (r.id, r.amount);
    END LOOP;
    RETURN QUERY EXECUTE 'SELECT id, amount FROM rpt.big_order_log';
END;
$$;

-- case: cte_inside_scalar_subquery_shadows_outer_cte
-- sources: sales.orders, sales.refunds
-- targets: mart.mixed
-- columns: sales.orders.id -> mart.mixed.id
-- columns: sales.refunds.amount -> mart.mixed.refunded
-- indirect: sales.refunds.order_id
WITH src AS (
    SELECT id, amount FROM sales.orders
)
INSERT INTO mart.mixed (id, refunded)
SELECT s.id,
       (WITH src AS (SELECT max(r.amount) AS amount FROM sales.refunds r WHERE r.order_id = s.id)
        SELECT amount FROM src)
FROM src s;

-- case: union_in_cte_named_by_first_branch_then_grouped
-- sources: sales.web_orders, sales.pos_orders
-- targets: mart.customer_revenue
-- columns: sales.web_orders.customer_id -> mart.customer_revenue.customer_id
-- columns: sales.pos_orders.client_no -> mart.customer_revenue.customer_id
-- columns: sales.web_orders.amount -> mart.customer_revenue.revenue
-- columns: sales.pos_orders.total -> mart.customer_revenue.revenue
WITH u AS (
    SELECT customer_id AS cid, amount FROM sales.web_orders
    UNION ALL
    SELECT client_no, total FROM sales.pos_orders
)
INSERT INTO mart.customer_revenue (customer_id, revenue)
SELECT cid, sum(amount) FROM u GROUP BY cid;

-- case: temp_ctas_star_altered_then_filled_by_update_from
-- schema: crm.leads(id, email, score)
-- sources: crm.leads, sales.territories
-- targets: sales.lead_assignments
-- intermediate: t_leads
-- columns: crm.leads.id -> sales.lead_assignments.lead_id
-- columns: crm.leads.email -> sales.lead_assignments.email
-- columns: sales.territories.owner_email -> sales.lead_assignments.owner
CREATE TEMP TABLE t_leads AS
SELECT * FROM crm.leads WHERE score > 50;

ALTER TABLE t_leads ADD COLUMN owner text;

UPDATE t_leads t
SET owner = r.owner_email
FROM sales.territories r
WHERE r.domain = split_part(t.email, '@', 2);

INSERT INTO sales.lead_assignments (lead_id, email, owner)
SELECT id, email, owner FROM t_leads;

-- case: plpgsql_variable_assigned_in_loop_used_after_loop
-- sources: sales.orders
-- targets: ops.watermarks
-- columns: sales.orders.ordered_at -> ops.watermarks.last_seen
-- columns: sales.orders.id -> ops.watermarks.last_id
CREATE OR REPLACE PROCEDURE ops.track_watermark()
LANGUAGE plpgsql AS $$
DECLARE
    r         record;
    v_last_ts timestamptz;
    v_last_id bigint;
BEGIN
    FOR r IN SELECT o.id, o.ordered_at FROM sales.orders o ORDER BY o.ordered_at LOOP
        v_last_ts := r.ordered_at;
        v_last_id := r.id;
    END LOOP;
    INSERT INTO ops.watermarks (name, last_seen, last_id)
    VALUES ('orders', v_last_ts, v_last_id);
END;
$$;

-- case: plpgsql_foreach_array_loop_select_into_rowtype
-- schema: crm.accounts(id, name, owner_id)
-- sources: crm.accounts
-- targets: crm.account_log
-- columns: crm.accounts.id -> crm.account_log.account_id
-- columns: crm.accounts.name -> crm.account_log.account_name
CREATE FUNCTION crm.log_accounts(p_ids bigint[])
RETURNS SETOF crm.accounts
LANGUAGE plpgsql AS $$
DECLARE
    v_id bigint;
    r    crm.accounts%ROWTYPE;
BEGIN
    FOREACH v_id IN ARRAY p_ids LOOP
        SELECT * INTO r FROM crm.accounts WHERE id = v_id;
        INSERT INTO crm.account_log (account_id, account_name, logged_at)
        VALUES (r.id, r.name, now());
        RETURN NEXT r;
    END LOOP;
END;
$$;

-- case: plpgsql_perform_for_update_lock_then_insert
-- sources: ops.job_locks, ops.job_queue
-- targets: ops.job_runs
-- columns: ops.job_queue.job_id -> ops.job_runs.job_id
-- indirect: ops.job_locks.name, ops.job_queue.state
-- diagnostics: none
CREATE OR REPLACE FUNCTION ops.start_jobs()
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM ops.job_locks l WHERE l.name = 'scheduler' FOR UPDATE;
    INSERT INTO ops.job_runs (job_id, started_at)
    SELECT q.job_id, now() FROM ops.job_queue q WHERE q.state = 'ready';
END;
$$;

-- case: temp_table_column_renamed_then_read_by_new_name
-- sources: sales.payments
-- targets: mart.payments_clean
-- intermediate: tmp_pay
-- columns: sales.payments.id -> mart.payments_clean.id
-- columns: sales.payments.amt -> mart.payments_clean.amount
CREATE TEMP TABLE tmp_pay AS
SELECT id, amt FROM sales.payments WHERE amt > 0;

ALTER TABLE tmp_pay RENAME COLUMN amt TO amount;

INSERT INTO mart.payments_clean (id, amount)
SELECT id, amount FROM tmp_pay;
