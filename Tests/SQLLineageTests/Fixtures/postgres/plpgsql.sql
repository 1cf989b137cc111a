-- case: plpgsql_function_returns_void_insert_select
-- sources: staging.orders
-- targets: dw.fact_orders
-- columns: staging.orders.order_id -> dw.fact_orders.order_id
-- columns: staging.orders.customer_id -> dw.fact_orders.customer_id
-- columns: staging.orders.created_at -> dw.fact_orders.order_day
-- columns: staging.orders.amount -> dw.fact_orders.amount
CREATE OR REPLACE FUNCTION etl.load_fact_orders(p_day date)
RETURNS void AS $$
BEGIN
    INSERT INTO dw.fact_orders (order_id, customer_id, order_day, amount)
    SELECT o.order_id, o.customer_id, o.created_at::date, o.amount
      FROM staging.orders o
     WHERE o.created_at >= p_day
       AND o.created_at < p_day + 1;
END;
$$ LANGUAGE plpgsql;

-- case: plpgsql_select_into_variable_is_not_a_table
-- sources: billing.invoice_lines
-- targets: billing.invoices
-- columns: billing.invoice_lines.quantity -> billing.invoices.total_net
-- columns: billing.invoice_lines.unit_price -> billing.invoices.total_net
-- columns: billing.invoice_lines.tax_amount -> billing.invoices.total_tax
-- indirect: billing.invoice_lines.invoice_id, billing.invoices.invoice_id
CREATE OR REPLACE FUNCTION billing.close_invoice(p_invoice_id bigint)
RETURNS numeric
LANGUAGE plpgsql
AS $$
DECLARE
    v_total numeric;
    v_tax   numeric;
BEGIN
    SELECT sum(l.quantity * l.unit_price), sum(l.tax_amount)
      INTO v_total, v_tax
      FROM billing.invoice_lines l
     WHERE l.invoice_id = p_invoice_id;

    UPDATE billing.invoices
       SET total_net = v_total,
           total_tax = v_tax,
           closed_at = now()
     WHERE invoice_id = p_invoice_id;

    RETURN v_total + v_tax;
END;
$$;

-- case: plpgsql_for_record_in_query_loop
-- sources: crm.subscriptions, crm.customers
-- targets: crm.reminder_queue
-- columns: crm.subscriptions.subscription_id -> crm.reminder_queue.subscription_id
-- columns: crm.customers.email -> crm.reminder_queue.email
-- columns: crm.subscriptions.renews_on -> crm.reminder_queue.due_on
-- indirect: crm.customers.customer_id, crm.subscriptions.customer_id
CREATE OR REPLACE FUNCTION crm.queue_renewal_reminders()
RETURNS integer AS $body$
DECLARE
    rec     record;
    v_count integer := 0;
BEGIN
    FOR rec IN
        SELECT s.subscription_id, c.email, s.renews_on
          FROM crm.subscriptions s
          JOIN crm.customers c ON c.customer_id = s.customer_id
         WHERE s.renews_on BETWEEN current_date AND current_date + 7
    LOOP
        INSERT INTO crm.reminder_queue (subscription_id, email, due_on, queued_at)
        VALUES (rec.subscription_id, rec.email, rec.renews_on, now());
        v_count := v_count + 1;
    END LOOP;
    RAISE NOTICE 'queued % reminders', v_count;
    RETURN v_count;
END;
$body$ LANGUAGE plpgsql;

-- case: plpgsql_return_query_reads_only
-- sources: sales.customers, sales.orders
CREATE OR REPLACE FUNCTION rpt.top_customers(p_limit integer DEFAULT 10)
RETURNS TABLE (customer_id bigint, customer_name text, revenue numeric)
LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT c.customer_id, c.name, sum(o.amount)
      FROM sales.customers c
      JOIN sales.orders o ON o.customer_id = c.customer_id
     WHERE o.status = 'paid'
     GROUP BY c.customer_id, c.name
     ORDER BY 3 DESC
     LIMIT p_limit;
END;
$$;

-- case: plpgsql_insert_returning_into_feeds_child_rows
-- sources: sales.carts, sales.orders, sales.cart_items
-- targets: sales.orders, sales.order_items
-- columns: sales.carts.customer_id -> sales.orders.customer_id
-- columns: sales.orders.order_id -> sales.order_items.order_id
-- columns: sales.cart_items.product_id -> sales.order_items.product_id
-- columns: sales.cart_items.quantity -> sales.order_items.quantity
-- columns: sales.cart_items.unit_price -> sales.order_items.unit_price
-- indirect: sales.carts.cart_id, sales.cart_items.cart_id
-- effects: delete sales.cart_items
CREATE OR REPLACE FUNCTION sales.place_order(p_cart_id bigint)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_customer_id bigint;
    v_order_id    bigint;
BEGIN
    SELECT c.customer_id INTO STRICT v_customer_id
      FROM sales.carts c
     WHERE c.cart_id = p_cart_id;

    INSERT INTO sales.orders (customer_id, status, created_at)
    VALUES (v_customer_id, 'new', now())
    RETURNING order_id INTO v_order_id;

    INSERT INTO sales.order_items (order_id, product_id, quantity, unit_price)
    SELECT v_order_id, ci.product_id, ci.quantity, ci.unit_price
      FROM sales.cart_items ci
     WHERE ci.cart_id = p_cart_id;

    DELETE FROM sales.cart_items WHERE cart_id = p_cart_id;
    RETURN v_order_id;
END;
$$;

-- case: plpgsql_perform_reads_table
-- sources: inv.stock
-- targets: inv.stock, inv.reservations
CREATE OR REPLACE FUNCTION inv.reserve_stock(p_sku text, p_qty integer)
RETURNS boolean
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM 1
       FROM inv.stock s
      WHERE s.sku = p_sku
        AND s.available >= p_qty
        FOR UPDATE;
    IF NOT FOUND THEN
        RAISE NOTICE 'insufficient stock for %', p_sku;
        RETURN false;
    END IF;

    UPDATE inv.stock SET available = available - p_qty WHERE sku = p_sku;
    INSERT INTO inv.reservations (sku, qty, reserved_at) VALUES (p_sku, p_qty, now());
    PERFORM pg_notify('stock_reserved', p_sku);
    RETURN true;
END;
$$;

-- case: plpgsql_execute_literal_in_procedure
-- sources: shop.products
-- targets: staging.products
-- columns: shop.products.id -> staging.products.product_id
-- columns: shop.products.sku -> staging.products.sku
-- columns: shop.products.title -> staging.products.title
-- columns: shop.products.price_cents -> staging.products.price
-- indirect: shop.products.deleted_at
-- effects: truncate staging.products
CREATE OR REPLACE PROCEDURE staging.reload_products()
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE 'TRUNCATE TABLE staging.products';
    INSERT INTO staging.products (product_id, sku, title, price)
    SELECT p.id, p.sku, p.title, p.price_cents / 100.0
      FROM shop.products p
     WHERE p.deleted_at IS NULL;
    COMMIT;
END;
$$;

-- case: plpgsql_execute_format_is_dynamic_without_lineage
-- targets: util.purge_log
CREATE OR REPLACE FUNCTION util.purge_table(p_table text, p_before date)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('DELETE FROM %I WHERE created_at < $1', p_table) USING p_before;
    INSERT INTO util.purge_log (table_name, purged_before, purged_at)
    VALUES (p_table, p_before, clock_timestamp());
END;
$$;

-- case: plpgsql_procedure_batched_archive_with_commit
-- sources: app.events, archive.events
-- targets: archive.events
-- columns: app.events.event_id -> archive.events.event_id
-- columns: app.events.event_type -> archive.events.event_type
-- columns: app.events.payload -> archive.events.payload
-- columns: app.events.occurred_at -> archive.events.occurred_at
-- effects: delete app.events
CREATE PROCEDURE archive.move_old_events(p_batch integer DEFAULT 10000)
LANGUAGE plpgsql
AS $$
DECLARE
    v_moved integer;
BEGIN
    LOOP
        INSERT INTO archive.events (event_id, event_type, payload, occurred_at)
        SELECT e.event_id, e.event_type, e.payload, e.occurred_at
          FROM app.events e
         WHERE e.occurred_at < now() - interval '1 year'
         ORDER BY e.event_id
         LIMIT p_batch;
        GET DIAGNOSTICS v_moved = ROW_COUNT;

        DELETE FROM app.events
         WHERE event_id IN (SELECT a.event_id FROM archive.events a);
        COMMIT;

        EXIT WHEN v_moved = 0;
    END LOOP;
END;
$$;

-- case: plpgsql_do_block
-- sources: dw.fact_events, raw.events
-- targets: dw.fact_events
-- columns: raw.events.id -> dw.fact_events.event_id
-- columns: raw.events.user_id -> dw.fact_events.user_id
-- columns: raw.events.name -> dw.fact_events.event_name
-- columns: raw.events.ts -> dw.fact_events.event_ts
DO $$
DECLARE
    v_max_id bigint;
BEGIN
    SELECT coalesce(max(f.event_id), 0) INTO v_max_id FROM dw.fact_events f;

    INSERT INTO dw.fact_events (event_id, user_id, event_name, event_ts)
    SELECT r.id, r.user_id, lower(r.name), r.ts
      FROM raw.events r
     WHERE r.id > v_max_id;

    RAISE NOTICE 'loaded events after %', v_max_id;
END
$$;

-- case: plpgsql_temp_table_is_intermediate
-- sources: sales.sales, sales.stores
-- targets: rpt.weekly_sales
-- intermediate: tmp_week
-- columns: sales.sales.store_id -> rpt.weekly_sales.store_id
-- columns: sales.stores.name -> rpt.weekly_sales.store_name
-- columns: sales.sales.sold_at -> rpt.weekly_sales.week_start
-- columns: sales.sales.amount -> rpt.weekly_sales.revenue
-- effects: delete rpt.weekly_sales
CREATE OR REPLACE FUNCTION rpt.build_weekly_sales()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    CREATE TEMP TABLE tmp_week ON COMMIT DROP AS
    SELECT s.store_id,
           date_trunc('week', s.sold_at)::date AS week_start,
           sum(s.amount) AS revenue
      FROM sales.sales s
     WHERE s.sold_at >= current_date - 28
     GROUP BY s.store_id, date_trunc('week', s.sold_at);

    DELETE FROM rpt.weekly_sales WHERE week_start >= current_date - 28;

    INSERT INTO rpt.weekly_sales (store_id, store_name, week_start, revenue)
    SELECT t.store_id, st.name, t.week_start, t.revenue
      FROM tmp_week t
      JOIN sales.stores st ON st.store_id = t.store_id;
END;
$$;

-- case: plpgsql_insert_on_conflict_excluded
-- sources: staging.contacts
-- targets: crm.contacts
-- columns: staging.contacts.contact_id -> crm.contacts.contact_id
-- columns: staging.contacts.email -> crm.contacts.email
-- columns: staging.contacts.first_name -> crm.contacts.full_name
-- columns: staging.contacts.last_name -> crm.contacts.full_name
CREATE OR REPLACE FUNCTION crm.sync_contacts()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO crm.contacts AS c (contact_id, email, full_name, updated_at)
    SELECT s.contact_id, lower(s.email), s.first_name || ' ' || s.last_name, now()
      FROM staging.contacts s
    ON CONFLICT (contact_id) DO UPDATE
       SET email = EXCLUDED.email,
           full_name = EXCLUDED.full_name,
           updated_at = EXCLUDED.updated_at;
END;
$$;

-- case: plpgsql_update_from_other_table
-- sources: ml.segment_scores
-- targets: dw.customers
-- columns: ml.segment_scores.segment_code -> dw.customers.segment
-- indirect: ml.segment_scores.customer_id, ml.segment_scores.scored_on, dw.customers.customer_id
CREATE OR REPLACE PROCEDURE dw.apply_segment_updates()
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE dw.customers c
       SET segment = s.segment_code,
           segment_updated_at = now()
      FROM ml.segment_scores s
     WHERE s.customer_id = c.customer_id
       AND s.scored_on = current_date;
END;
$$;

-- case: plpgsql_rowtype_record_select_star
-- schema: hr.employees(employee_id, first_name, last_name, salary, manager_id)
-- sources: hr.employees
-- targets: hr.salary_changes, hr.employees
-- columns: hr.employees.employee_id -> hr.salary_changes.employee_id
-- columns: hr.employees.first_name -> hr.salary_changes.employee_name
-- columns: hr.employees.last_name -> hr.salary_changes.employee_name
-- columns: hr.employees.salary -> hr.salary_changes.old_salary
-- columns: hr.employees.salary -> hr.salary_changes.new_salary
CREATE OR REPLACE FUNCTION hr.give_raise(p_employee_id integer, p_pct numeric)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    emp hr.employees%ROWTYPE;
BEGIN
    SELECT * INTO emp FROM hr.employees WHERE employee_id = p_employee_id;

    INSERT INTO hr.salary_changes (employee_id, employee_name, old_salary, new_salary, changed_at)
    VALUES (emp.employee_id,
            emp.first_name || ' ' || emp.last_name,
            emp.salary,
            round(emp.salary * (1 + p_pct / 100), 2),
            now());

    UPDATE hr.employees
       SET salary = round(salary * (1 + p_pct / 100), 2)
     WHERE employee_id = p_employee_id;
END;
$$;

-- case: plpgsql_exception_block_writes_error_log
-- sources: staging.payments
-- targets: dw.payments, etl.error_log
-- columns: staging.payments.id -> dw.payments.payment_id
-- columns: staging.payments.amount_cents -> dw.payments.amount
-- columns: staging.payments.paid_at -> dw.payments.paid_at
CREATE OR REPLACE FUNCTION etl.safe_load_payments()
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_state text;
    v_msg   text;
BEGIN
    INSERT INTO dw.payments (payment_id, amount, paid_at)
    SELECT p.id, p.amount_cents / 100.0, p.paid_at
      FROM staging.payments p;
EXCEPTION
    WHEN unique_violation THEN
        INSERT INTO etl.error_log (proc_name, err_state, message, logged_at)
        VALUES ('safe_load_payments', '23505', 'duplicate payment', now());
    WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_msg = MESSAGE_TEXT;
        INSERT INTO etl.error_log (proc_name, err_state, message, logged_at)
        VALUES ('safe_load_payments', v_state, v_msg, now());
END;
$$;

-- case: plpgsql_assignment_from_scalar_subqueries
-- sources: fin.invoices
-- targets: fin.ar_snapshots
-- columns: fin.invoices.open_amount -> fin.ar_snapshots.open_total
-- columns: fin.invoices.open_amount -> fin.ar_snapshots.overdue_total
-- columns: fin.invoices.open_amount -> fin.ar_snapshots.overdue_ratio
-- indirect: fin.invoices.status, fin.invoices.due_on
CREATE OR REPLACE FUNCTION fin.snapshot_receivables()
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_open    numeric;
    v_overdue numeric;
BEGIN
    v_open := (SELECT sum(i.open_amount) FROM fin.invoices i WHERE i.status = 'open');
    v_overdue := (SELECT sum(i.open_amount)
                    FROM fin.invoices i
                   WHERE i.status = 'open'
                     AND i.due_on < current_date);

    INSERT INTO fin.ar_snapshots (snapshot_on, open_total, overdue_total, overdue_ratio)
    VALUES (current_date, v_open, v_overdue, v_overdue / nullif(v_open, 0));
END;
$$;

-- case: plpgsql_quoted_mixed_case_identifiers
-- sources: public.Orders
-- targets: Reporting.OrderSummary
-- columns: public.Orders.CustomerId -> Reporting.OrderSummary.CustomerId
-- columns: public.Orders.Amount -> Reporting.OrderSummary.total_amount
CREATE OR REPLACE FUNCTION "Reporting".refresh_order_summary()
RETURNS void
LANGUAGE plpgsql
AS $fn$
BEGIN
    INSERT INTO "Reporting"."OrderSummary" ("CustomerId", "OrderCount", total_amount)
    SELECT o."CustomerId", count(*), sum(o."Amount")
      FROM public."Orders" o
     GROUP BY o."CustomerId";
END;
$fn$;

-- case: plpgsql_cte_and_window_inside_function
-- sources: market.orders
-- targets: rpt.seller_rank
-- columns: market.orders.seller_id -> rpt.seller_rank.seller_id
-- columns: market.orders.amount -> rpt.seller_rank.revenue
-- columns: market.orders.amount -> rpt.seller_rank.rank_no
-- effects: delete rpt.seller_rank
CREATE OR REPLACE FUNCTION rpt.rank_sellers(p_month date)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_rows integer;
BEGIN
    DELETE FROM rpt.seller_rank WHERE month_start = p_month;

    WITH monthly AS (
        SELECT o.seller_id, sum(o.amount) AS revenue
          FROM market.orders o
         WHERE o.ordered_at >= p_month
           AND o.ordered_at < p_month + interval '1 month'
         GROUP BY o.seller_id
    )
    INSERT INTO rpt.seller_rank (month_start, seller_id, revenue, rank_no)
    SELECT p_month, m.seller_id, m.revenue, rank() OVER (ORDER BY m.revenue DESC)
      FROM monthly m;

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RETURN v_rows;
END;
$$;

-- case: plpgsql_select_into_variable_vs_plain_select_into_table
-- sources: audit.events
-- targets: audit.events_2023
-- columns: audit.events.event_id -> audit.events_2023.event_id
-- columns: audit.events.actor -> audit.events_2023.actor
-- columns: audit.events.event_day -> audit.events_2023.event_day
CREATE OR REPLACE FUNCTION audit.count_events(p_day date)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_cnt bigint;
BEGIN
    SELECT count(*) INTO v_cnt FROM audit.events e WHERE e.event_day = p_day;
    RETURN v_cnt;
END;
$$;

SELECT e.event_id, e.actor, e.event_day
INTO audit.events_2023
FROM audit.events e
WHERE e.event_day < DATE '2024-01-01';

-- case: plpgsql_variable_reassigned_carries_union
-- sources: shop.web_orders, shop.store_orders
-- targets: rpt.channel_totals
-- columns: shop.web_orders.total -> rpt.channel_totals.amount
-- columns: shop.store_orders.total -> rpt.channel_totals.amount
-- indirect: shop.web_orders.ordered_on, shop.store_orders.ordered_on
CREATE OR REPLACE PROCEDURE rpt.load_channel_totals(p_day date)
LANGUAGE plpgsql
AS $$
DECLARE
    v_amount numeric;
BEGIN
    SELECT sum(w.total) INTO v_amount FROM shop.web_orders w WHERE w.ordered_on = p_day;
    INSERT INTO rpt.channel_totals (channel, sales_day, amount) VALUES ('web', p_day, v_amount);

    SELECT sum(s.total) INTO v_amount FROM shop.store_orders s WHERE s.ordered_on = p_day;
    INSERT INTO rpt.channel_totals (channel, sales_day, amount) VALUES ('store', p_day, v_amount);
END;
$$;
