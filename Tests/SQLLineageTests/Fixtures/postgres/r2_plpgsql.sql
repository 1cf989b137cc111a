-- case: plpgsql_for_loop_insert_returning_then_return_query
-- sources: billing.usage, billing.price_list, billing.invoices
-- targets: billing.invoices, billing.invoice_audit
-- columns: billing.usage.account_id -> billing.invoices.account_id
-- columns: billing.usage.units -> billing.invoices.total, billing.price_list.unit_price -> billing.invoices.total
-- columns: billing.invoices.invoice_id -> billing.invoice_audit.invoice_id
-- columns: billing.usage.account_id -> billing.invoice_audit.account_id
CREATE OR REPLACE FUNCTION billing.generate_invoices(p_period date)
RETURNS TABLE (out_invoice_id bigint, out_account_id bigint, out_total numeric)
LANGUAGE plpgsql
AS $fn$
DECLARE
    r            record;
    v_invoice_id bigint;
BEGIN
    FOR r IN
        SELECT u.account_id, sum(u.units * pl.unit_price) AS amount
          FROM billing.usage u
          JOIN billing.price_list pl ON pl.sku = u.sku
         WHERE u.period = p_period
         GROUP BY u.account_id
    LOOP
        INSERT INTO billing.invoices (account_id, period, total, created_at)
        VALUES (r.account_id, p_period, r.amount, now())
        RETURNING invoice_id INTO v_invoice_id;

        INSERT INTO billing.invoice_audit (invoice_id, account_id, note)
        VALUES (v_invoice_id, r.account_id, format('generated for %s; ok', p_period));
    END LOOP;

    RETURN QUERY
    SELECT i.invoice_id, i.account_id, i.total
      FROM billing.invoices i
     WHERE i.period = p_period;
END;
$fn$;

-- case: plpgsql_explicit_cursor_fetch_update_else_insert
-- sources: sales.transactions
-- targets: loyalty.balances, sales.transactions
-- columns: sales.transactions.amount -> loyalty.balances.points
-- columns: sales.transactions.customer_id -> loyalty.balances.customer_id
CREATE FUNCTION loyalty.award_points() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    v_batch    int := 0;
    v_customer bigint;
    v_points   numeric;
    cur CURSOR FOR
        SELECT t.customer_id, floor(sum(t.amount) / 10) AS pts
          FROM sales.transactions t
         WHERE t.awarded = false
         GROUP BY t.customer_id;
BEGIN
    OPEN cur;
    LOOP
        FETCH cur INTO v_customer, v_points;
        EXIT WHEN NOT FOUND;

        UPDATE loyalty.balances b
           SET points = b.points + v_points,
               updated_at = now()
         WHERE b.customer_id = v_customer;

        IF NOT FOUND THEN
            INSERT INTO loyalty.balances (customer_id, points, updated_at)
            VALUES (v_customer, v_points, now());
        END IF;

        v_batch := v_batch + 1;
    END LOOP;
    CLOSE cur;

    UPDATE sales.transactions SET awarded = true WHERE awarded = false;
    RETURN v_batch;
END; $$;

-- case: plpgsql_execute_concatenated_literals
-- sources: ref.fx_rates
-- targets: staging.daily_fx
-- columns: ref.fx_rates.currency -> staging.daily_fx.ccy
-- columns: ref.fx_rates.rate -> staging.daily_fx.rate
-- effects: truncate staging.daily_fx
CREATE OR REPLACE PROCEDURE staging.load_daily_fx()
LANGUAGE plpgsql
AS $proc$
BEGIN
    EXECUTE 'TRUNCATE TABLE ' || 'staging.daily_fx';
    EXECUTE 'INSERT INTO staging.daily_fx (ccy, rate) '
         || 'SELECT r.currency, r.rate FROM ref.fx_rates r '
         || 'WHERE r.rate_date = current_date AND r.source = ''ECB''';
    COMMIT;
END;
$proc$;

-- case: plpgsql_temp_table_inside_function_then_return_query
-- sources: market.orders, market.sellers, rpt.top_sellers
-- targets: rpt.top_sellers
-- intermediate: tmp_seller_rev
-- columns: market.orders.seller_id -> rpt.top_sellers.seller_id
-- columns: market.sellers.display_name -> rpt.top_sellers.seller_name
-- columns: market.orders.amount -> rpt.top_sellers.revenue
-- columns: market.orders.amount -> rpt.top_sellers.rank_no
CREATE OR REPLACE FUNCTION rpt.refresh_and_list_top_sellers(p_days int)
RETURNS SETOF rpt.top_sellers
LANGUAGE plpgsql AS $$
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS tmp_seller_rev (seller_id bigint, revenue numeric) ON COMMIT DROP;
    TRUNCATE tmp_seller_rev;

    INSERT INTO tmp_seller_rev
    SELECT o.seller_id, sum(o.amount) AS revenue
      FROM market.orders o
     WHERE o.ordered_at >= now() - make_interval(days => p_days)
     GROUP BY o.seller_id;

    DELETE FROM rpt.top_sellers;

    INSERT INTO rpt.top_sellers (seller_id, seller_name, revenue, rank_no)
    SELECT t.seller_id, s.display_name, t.revenue, dense_rank() OVER (ORDER BY t.revenue DESC)
      FROM tmp_seller_rev t
      JOIN market.sellers s ON s.seller_id = t.seller_id;

    RETURN QUERY SELECT * FROM rpt.top_sellers ORDER BY rank_no;
END;
$$;

-- case: plpgsql_do_block_watermark_variable
-- sources: dw.fact_clicks, staging.clicks
-- targets: dw.fact_clicks
-- columns: staging.clicks.id -> dw.fact_clicks.click_id
-- columns: staging.clicks.campaign_id -> dw.fact_clicks.campaign_id
-- columns: staging.clicks.ts -> dw.fact_clicks.clicked_at
DO $$
DECLARE
    v_max timestamptz;
BEGIN
    SELECT max(loaded_at) INTO v_max FROM dw.fact_clicks;

    INSERT INTO dw.fact_clicks (click_id, campaign_id, clicked_at, loaded_at)
    SELECT c.id, c.campaign_id, c.ts, now()
      FROM staging.clicks c
     WHERE c.ts > coalesce(v_max, '-infinity'::timestamptz);
END
$$;

-- case: plpgsql_while_loop_batched_move_with_get_diagnostics
-- sources: queue.jobs
-- targets: queue.jobs_archive
-- columns: queue.jobs.job_id -> queue.jobs_archive.job_id
-- columns: queue.jobs.payload -> queue.jobs_archive.payload
-- columns: queue.jobs.finished_at -> queue.jobs_archive.finished_at
-- effects: delete queue.jobs
CREATE OR REPLACE PROCEDURE queue.archive_finished(p_batch int DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
    v_moved bigint := 1;
BEGIN
    WHILE v_moved > 0 LOOP
        WITH moved AS (
            DELETE FROM queue.jobs j
             WHERE j.job_id IN (SELECT job_id
                                  FROM queue.jobs
                                 WHERE state = 'done'
                                   AND finished_at < now() - interval '14 days'
                                 LIMIT p_batch)
            RETURNING j.job_id, j.payload, j.finished_at
        )
        INSERT INTO queue.jobs_archive (job_id, payload, finished_at, archived_at)
        SELECT job_id, payload, finished_at, now() FROM moved;

        GET DIAGNOSTICS v_moved = ROW_COUNT;
        COMMIT;
    END LOOP;
END;
$$;

-- case: plpgsql_variable_carries_lookup_into_update
-- sources: ref.tax_rates, billing.invoice_lines
-- targets: billing.invoices
-- columns: ref.tax_rates.rate -> billing.invoices.tax_total
-- columns: billing.invoice_lines.net_amount -> billing.invoices.tax_total
-- columns: billing.invoice_lines.net_amount -> billing.invoices.net_total
CREATE OR REPLACE FUNCTION billing.recalc_invoice(p_invoice_id bigint, p_country text)
RETURNS void
LANGUAGE plpgsql
AS $body$
DECLARE
    v_rate numeric;
    v_net  numeric;
BEGIN
    SELECT t.rate INTO v_rate
      FROM ref.tax_rates t
     WHERE t.country_code = p_country
       AND t.valid_from <= current_date
     ORDER BY t.valid_from DESC
     LIMIT 1;

    v_net := (SELECT coalesce(sum(l.net_amount), 0)
                FROM billing.invoice_lines l
               WHERE l.invoice_id = p_invoice_id);

    UPDATE billing.invoices
       SET net_total = v_net,
           tax_total = round(v_net * v_rate, 2),
           recalculated_at = now()
     WHERE invoice_id = p_invoice_id;
END;
$body$;

-- case: plpgsql_if_elsif_branches_write_different_tables
-- sources: crm.leads
-- targets: crm.hot_leads, crm.cold_leads
-- columns: crm.leads.lead_id -> crm.hot_leads.lead_id, crm.leads.score -> crm.hot_leads.score
-- columns: crm.leads.lead_id -> crm.cold_leads.lead_id
CREATE OR REPLACE FUNCTION crm.route_lead(p_lead_id bigint)
RETURNS text
LANGUAGE plpgsql
AS $$
DECLARE
    v_score int;
    v_id    bigint;
BEGIN
    SELECT l.lead_id, l.score INTO v_id, v_score FROM crm.leads l WHERE l.lead_id = p_lead_id;
    IF v_score >= 80 THEN
        INSERT INTO crm.hot_leads (lead_id, score, routed_at) VALUES (v_id, v_score, now());
        RETURN 'hot';
    ELSIF v_score >= 40 THEN
        RAISE NOTICE 'lead % is warm; leaving it alone', v_id;
        RETURN 'warm';
    ELSE
        INSERT INTO crm.cold_leads (lead_id, routed_at) VALUES (v_id, now());
        RETURN 'cold';
    END IF;
END;
$$;
