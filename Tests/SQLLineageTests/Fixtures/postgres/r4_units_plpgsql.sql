-- case: returns_table_return_query_execute_concatenated_literal_with_using
-- diagnostics: none
-- sources: sales.orders, sales.order_lines
-- indirect: sales.order_lines.order_id, sales.orders.customer_id
CREATE OR REPLACE FUNCTION rpt.customer_orders(p_customer bigint)
RETURNS TABLE (order_id bigint, ordered_at timestamptz, line_value numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public
AS $function$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT o.order_id, o.ordered_at, l.qty * l.price '
        || 'FROM sales.orders o JOIN sales.order_lines l ON l.order_id = o.order_id '
        || 'WHERE o.customer_id = $1'
    USING p_customer;
END;
$function$;

-- case: setof_table_function_for_loop_rowtype_logs_then_return_next
-- diagnostics: none
-- schema: inv.stock(sku, warehouse_id, on_hand)
-- sources: inv.stock
-- targets: inv.reorder_log
-- columns: inv.stock.sku -> inv.reorder_log.sku
-- columns: inv.stock.on_hand -> inv.reorder_log.on_hand
-- indirect:
CREATE OR REPLACE FUNCTION inv.low_stock(p_threshold integer)
RETURNS SETOF inv.stock
LANGUAGE plpgsql
AS $$
DECLARE
    r inv.stock%ROWTYPE;
BEGIN
    FOR r IN SELECT * FROM inv.stock s WHERE s.on_hand < p_threshold LOOP
        INSERT INTO inv.reorder_log (sku, on_hand, logged_at)
        VALUES (r.sku, r.on_hand, now());
        RETURN NEXT r;
    END LOOP;
    RETURN;
END;
$$;

-- case: trigger_function_new_and_old_alone_carry_nothing
-- diagnostics: none
-- targets: audit.price_changes
CREATE OR REPLACE FUNCTION audit.log_price_change()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF NEW.price IS DISTINCT FROM OLD.price THEN
        INSERT INTO audit.price_changes (product_id, old_price, new_price, changed_by, changed_at)
        VALUES (OLD.product_id, OLD.price, NEW.price, current_user, now());
    END IF;
    RETURN NEW;
END;
$$;

-- case: trigger_function_lookup_by_new_key_and_tg_op_branches
-- diagnostics: none
-- sources: crm.customers
-- targets: sales.order_events
-- columns: crm.customers.region -> sales.order_events.region
-- indirect: crm.customers.customer_id
CREATE OR REPLACE FUNCTION sales.orders_enrich()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    v_region text;
BEGIN
    SELECT c.region INTO v_region
      FROM crm.customers c
     WHERE c.customer_id = NEW.customer_id;

    IF TG_OP = 'INSERT' THEN
        INSERT INTO sales.order_events (order_id, region, event) VALUES (NEW.order_id, v_region, 'created');
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO sales.order_events (order_id, region, event) VALUES (NEW.order_id, v_region, 'changed');
    END IF;

    NEW.region := v_region;
    RETURN NEW;
END;
$$;

-- case: procedure_drop_if_exists_unlogged_work_table_ctas_update_publish_drop
-- diagnostics: none
-- sources: sales.orders, sales.refunds
-- targets: mart.customer_ltv
-- intermediate: scratch.ltv_work
-- columns: sales.orders.customer_id -> mart.customer_ltv.customer_id
-- columns: sales.orders.amount -> mart.customer_ltv.ltv, sales.refunds.amount -> mart.customer_ltv.ltv
-- effects: truncate mart.customer_ltv
CREATE OR REPLACE PROCEDURE mart.rebuild_customer_ltv()
LANGUAGE plpgsql
AS $$
BEGIN
    DROP TABLE IF EXISTS scratch.ltv_work;

    CREATE UNLOGGED TABLE scratch.ltv_work AS
    SELECT o.customer_id, sum(o.amount) AS revenue, count(*) AS orders
      FROM sales.orders o
     WHERE o.status = 'paid'
     GROUP BY o.customer_id;

    UPDATE scratch.ltv_work w
       SET revenue = w.revenue - r.refunded
      FROM (SELECT customer_id, sum(amount) AS refunded
              FROM sales.refunds
             GROUP BY customer_id) r
     WHERE r.customer_id = w.customer_id;

    TRUNCATE mart.customer_ltv;

    INSERT INTO mart.customer_ltv (customer_id, ltv, order_count)
    SELECT w.customer_id, w.revenue, w.orders
      FROM scratch.ltv_work w;

    DROP TABLE scratch.ltv_work;
    COMMIT;
END;
$$;

-- case: for_loop_over_join_inner_block_handler_writes_error_table
-- diagnostics: none
-- sources: mkt.leads, crm.accounts
-- targets: crm.contacts, etl.lead_errors
-- columns: crm.accounts.account_id -> crm.contacts.account_id
-- columns: mkt.leads.email -> crm.contacts.email
-- columns: mkt.leads.first_name -> crm.contacts.full_name, mkt.leads.last_name -> crm.contacts.full_name
-- columns: mkt.leads.lead_id -> etl.lead_errors.lead_id
-- indirect: crm.accounts.domain, mkt.leads.qualified
CREATE OR REPLACE FUNCTION crm.sync_contacts_from_leads()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    r     record;
    v_ok  integer := 0;
    v_err text;
BEGIN
    FOR r IN
        SELECT l.lead_id, l.email, l.first_name, l.last_name, a.account_id
          FROM mkt.leads l
          JOIN crm.accounts a ON a.domain = split_part(l.email, '@', 2)
         WHERE l.qualified
    LOOP
        BEGIN
            INSERT INTO crm.contacts (account_id, email, full_name)
            VALUES (r.account_id, lower(r.email), r.first_name || ' ' || r.last_name);
            v_ok := v_ok + 1;
        EXCEPTION
            WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS v_err = MESSAGE_TEXT;
                INSERT INTO etl.lead_errors (lead_id, error_text, logged_at)
                VALUES (r.lead_id, v_err, now());
        END;
    END LOOP;
    RETURN v_ok;
END;
$$;

-- case: returns_table_function_result_inserted_elsewhere_gives_no_pairs
-- diagnostics: none
-- sources: ref.stores, sales.sales
-- targets: rpt.revenue_grid
-- indirect: sales.sales.store_id, sales.sales.sold_on
CREATE OR REPLACE FUNCTION rpt.daily_revenue(p_from date, p_to date)
RETURNS TABLE (day date, store_id integer, revenue numeric)
LANGUAGE plpgsql STABLE
AS $$
BEGIN
    RETURN QUERY
    SELECT d::date, s.store_id, coalesce(sum(x.amount), 0)
      FROM generate_series(p_from, p_to, interval '1 day') AS d
     CROSS JOIN ref.stores s
      LEFT JOIN sales.sales x ON x.store_id = s.store_id AND x.sold_on = d::date
     GROUP BY d, s.store_id;
END;
$$;

INSERT INTO rpt.revenue_grid (day, store_id, revenue)
SELECT f.day, f.store_id, f.revenue
  FROM rpt.daily_revenue(date '2024-01-01', date '2024-01-31') AS f;

-- case: insert_select_returning_star_into_rowtype_feeds_child_copy
-- diagnostics: none
-- schema: sales.orders(order_id, customer_id, status, created_at)
-- sources: sales.orders, sales.order_lines
-- targets: sales.orders, sales.order_lines
-- columns: sales.orders.customer_id -> sales.orders.customer_id
-- columns: sales.orders.order_id -> sales.order_lines.order_id
-- columns: sales.order_lines.product_id -> sales.order_lines.product_id
-- columns: sales.order_lines.qty -> sales.order_lines.qty
-- indirect: sales.order_lines.order_id
CREATE OR REPLACE FUNCTION sales.clone_order(p_order_id bigint)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    v_new sales.orders%ROWTYPE;
BEGIN
    INSERT INTO sales.orders (customer_id, status, created_at)
    SELECT o.customer_id, 'draft', now()
      FROM sales.orders o
     WHERE o.order_id = p_order_id
    RETURNING * INTO v_new;

    INSERT INTO sales.order_lines (order_id, product_id, qty)
    SELECT v_new.order_id, l.product_id, l.qty
      FROM sales.order_lines l
     WHERE l.order_id = p_order_id;

    RETURN v_new.order_id;
END;
$$;

-- case: do_block_refcursor_open_for_query_fetch_loop_update
-- diagnostics: none
-- sources: billing.invoices
-- targets: crm.customers
-- columns: billing.invoices.amount -> crm.customers.open_balance
DO $$
DECLARE
    c       refcursor;
    v_id    bigint;
    v_total numeric;
BEGIN
    OPEN c FOR
        SELECT i.customer_id, sum(i.amount)
          FROM billing.invoices i
         WHERE i.status = 'open'
         GROUP BY i.customer_id;
    LOOP
        FETCH c INTO v_id, v_total;
        EXIT WHEN NOT FOUND;
        UPDATE crm.customers SET open_balance = v_total WHERE customer_id = v_id;
    END LOOP;
    CLOSE c;
END
$$;

-- case: procedure_merge_with_matched_and_condition
-- diagnostics: none
-- sources: staging.products, staging.categories
-- targets: dw.dim_product
-- columns: staging.products.sku -> dw.dim_product.sku
-- columns: staging.products.name -> dw.dim_product.name
-- columns: staging.categories.name -> dw.dim_product.category
-- indirect: dw.dim_product.sku, dw.dim_product.name, staging.categories.id, staging.products.category_id
CREATE OR REPLACE PROCEDURE dw.merge_products()
LANGUAGE plpgsql
AS $$
BEGIN
    MERGE INTO dw.dim_product d
    USING (SELECT p.sku, p.name, c.name AS category
             FROM staging.products p
             JOIN staging.categories c ON c.id = p.category_id) s
       ON d.sku = s.sku
     WHEN MATCHED AND d.name IS DISTINCT FROM s.name THEN
        UPDATE SET name = s.name, category = s.category
     WHEN NOT MATCHED THEN
        INSERT (sku, name, category) VALUES (s.sku, s.name, s.category);
END;
$$;

-- case: generic_history_trigger_function_whole_old_row_to_jsonb
-- diagnostics: none
-- targets: audit.history
CREATE OR REPLACE FUNCTION audit.row_history()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
    INSERT INTO audit.history (table_name, op, row_data, changed_at)
    VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP, to_jsonb(OLD), clock_timestamp());
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

-- case: select_into_strict_then_update_returning_into_then_event_insert
-- diagnostics: none
-- sources: fin.payments, fin.invoices
-- targets: fin.invoices, fin.invoice_events
-- columns: fin.payments.amount -> fin.invoices.open_amount
-- columns: fin.payments.invoice_id -> fin.invoice_events.invoice_id
-- columns: fin.invoices.open_amount -> fin.invoice_events.open_after
CREATE OR REPLACE FUNCTION fin.post_payment(p_payment_id bigint)
RETURNS numeric
LANGUAGE plpgsql
AS $$
DECLARE
    v_invoice bigint;
    v_amount  numeric;
    v_open    numeric;
BEGIN
    SELECT p.invoice_id, p.amount
      INTO STRICT v_invoice, v_amount
      FROM fin.payments p
     WHERE p.payment_id = p_payment_id;

    UPDATE fin.invoices
       SET open_amount = open_amount - v_amount
     WHERE invoice_id = v_invoice
    RETURNING open_amount INTO v_open;

    INSERT INTO fin.invoice_events (invoice_id, open_after, event_at)
    VALUES (v_invoice, v_open, now());
    RETURN v_open;
END;
$$;

-- case: temp_table_of_duplicates_drives_update_from_and_delete_using
-- diagnostics: none
-- sources: crm.contacts
-- targets: crm.activities
-- intermediate: tmp_dupes
-- columns: crm.contacts.id -> crm.activities.contact_id
-- effects: delete crm.contacts
CREATE OR REPLACE FUNCTION crm.merge_duplicate_contacts()
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    CREATE TEMP TABLE tmp_dupes ON COMMIT DROP AS
    SELECT email, min(id) AS keep_id
      FROM crm.contacts
     GROUP BY email
    HAVING count(*) > 1;

    UPDATE crm.activities a
       SET contact_id = d.keep_id
      FROM crm.contacts c
      JOIN tmp_dupes d ON d.email = c.email
     WHERE a.contact_id = c.id
       AND c.id <> d.keep_id;

    DELETE FROM crm.contacts c
     USING tmp_dupes d
     WHERE c.email = d.email
       AND c.id <> d.keep_id;

    DROP TABLE tmp_dupes;
END;
$$;

-- case: procedure_calls_logging_procedure_then_fills_dimension_from_generate_series
-- diagnostics: none
-- targets: etl.step_log, dw.dim_date
-- indirect: etl.step_log.step, etl.step_log.finished_at
CREATE OR REPLACE PROCEDURE etl.log_step(p_step text)
LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO etl.step_log (step, started_at) VALUES (p_step, now());
END;
$$;

CREATE OR REPLACE PROCEDURE etl.load_dim_date(p_year integer)
LANGUAGE plpgsql
AS $$
BEGIN
    CALL etl.log_step('dim_date');

    INSERT INTO dw.dim_date (date_key, full_date, month_name)
    SELECT to_char(d, 'YYYYMMDD')::integer, d::date, to_char(d, 'Month')
      FROM generate_series(make_date(p_year, 1, 1), make_date(p_year, 12, 31), interval '1 day') AS d;

    UPDATE etl.step_log
       SET finished_at = now()
     WHERE step = 'dim_date'
       AND finished_at IS NULL;
END;
$$;

-- case: integer_for_loop_continue_when_exists_then_insert_select
-- diagnostics: none
-- sources: rpt.monthly_sales, sales.sales, ref.stores
-- targets: rpt.monthly_sales
-- columns: ref.stores.region -> rpt.monthly_sales.region
-- columns: sales.sales.amount -> rpt.monthly_sales.amount
-- indirect: ref.stores.store_id, sales.sales.store_id, sales.sales.sold_on, rpt.monthly_sales.month_start
CREATE OR REPLACE FUNCTION rpt.backfill_monthly_sales(p_months integer)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    i integer;
    m date;
BEGIN
    FOR i IN 0 .. p_months - 1 LOOP
        m := (date_trunc('month', current_date) - make_interval(months => i))::date;
        CONTINUE WHEN EXISTS (SELECT 1 FROM rpt.monthly_sales ms WHERE ms.month_start = m);

        INSERT INTO rpt.monthly_sales (month_start, region, amount)
        SELECT m, r.region, sum(s.amount)
          FROM sales.sales s
          JOIN ref.stores r ON r.store_id = s.store_id
         WHERE s.sold_on >= m
           AND s.sold_on < m + interval '1 month'
         GROUP BY r.region;
    END LOOP;
END;
$$;

-- case: security_definer_search_path_unqualified_tables
-- diagnostics: none
-- sources: users
-- targets: users, login_events
-- columns: users.id -> login_events.user_id
-- columns: users.email -> login_events.email
-- indirect:
CREATE FUNCTION public.touch_last_login(p_user bigint)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = app, pg_temp
AS $$
BEGIN
    UPDATE users
       SET last_login_at = now(),
           login_count = login_count + 1
     WHERE id = p_user;

    INSERT INTO login_events (user_id, email, logged_in_at)
    SELECT u.id, u.email, now()
      FROM users u
     WHERE u.id = p_user;
END;
$$;
