-- case: dbt_incremental_sessions_six_ctes_temp_delete_insert
-- schema: analytics.staging.stg_web_events(event_id, anonymous_id, user_id, event_ts, event_type, page_url, referrer, utm_source, utm_medium, device_type)
-- sources: analytics.staging.stg_web_events, analytics.marts.fct_sessions, analytics.staging.stg_users
-- targets: analytics.marts.fct_sessions
-- intermediate: fct_sessions__dbt_tmp20240611021502
-- effects: delete analytics.marts.fct_sessions
-- columns: analytics.staging.stg_web_events.anonymous_id -> analytics.marts.fct_sessions.session_id
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.session_id
-- columns: analytics.staging.stg_web_events.anonymous_id -> analytics.marts.fct_sessions.anonymous_id
-- columns: analytics.staging.stg_web_events.user_id -> analytics.marts.fct_sessions.user_id
-- columns: analytics.staging.stg_users.plan -> analytics.marts.fct_sessions.user_plan
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.session_start
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.session_end
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.duration_seconds
-- columns: analytics.staging.stg_web_events.event_type -> analytics.marts.fct_sessions.page_views
-- columns: analytics.staging.stg_web_events.page_url -> analytics.marts.fct_sessions.landing_page
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.landing_page
-- columns: analytics.staging.stg_web_events.utm_source -> analytics.marts.fct_sessions.utm_source
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.utm_source
-- columns: analytics.staging.stg_web_events.device_type -> analytics.marts.fct_sessions.device_type
-- columns: analytics.staging.stg_web_events.event_ts -> analytics.marts.fct_sessions.is_pre_signup
-- columns: analytics.staging.stg_users.signup_date -> analytics.marts.fct_sessions.is_pre_signup
-- indirect: analytics.marts.fct_sessions.session_start, analytics.staging.stg_users.user_id, analytics.marts.fct_sessions.session_id
-- diagnostics: none
/* {{ config(materialized='incremental', unique_key='session_id', incremental_strategy='delete+insert') }} */

  create temporary table "fct_sessions__dbt_tmp20240611021502"
  as (
    with events as (

    select * from "analytics"."staging"."stg_web_events"
    -- incremental filter: re-process the last 3 hours to close open sessions
    where event_ts >= (select coalesce(max(session_start), '1900-01-01'::timestamp) - interval '3 hours'
                         from "analytics"."marts"."fct_sessions")

),

sessionized as (

    select
        e.*,
        case
            when e.event_ts - lag(e.event_ts) over (partition by e.anonymous_id order by e.event_ts) > interval '30 minutes'
              or lag(e.event_ts) over (partition by e.anonymous_id order by e.event_ts) is null
            then 1
            else 0
        end as is_new_session
    from events e

),

numbered as (

    select
        s.*,
        sum(s.is_new_session) over (
            partition by s.anonymous_id
            order by s.event_ts
            rows between unbounded preceding and current row
        ) as session_seq
    from sessionized s

),

sessions as (

    select
        md5(n.anonymous_id || '-' || n.session_seq::text)                                    as session_id,
        n.anonymous_id,
        max(n.user_id)                                                                       as user_id,
        min(n.event_ts)                                                                      as session_start,
        max(n.event_ts)                                                                      as session_end,
        count(*)                                                                             as event_count,
        count(*) filter (where n.event_type = 'page_view')                                  as page_views,
        (array_agg(n.page_url order by n.event_ts))[1]                                       as landing_page,
        (array_agg(n.utm_source order by n.event_ts) filter (where n.utm_source is not null))[1] as utm_source,
        max(n.device_type)                                                                   as device_type
    from numbered n
    group by n.anonymous_id, n.session_seq

),

users as (

    select u.user_id, u.signup_date, u.plan
    from "analytics"."staging"."stg_users" u

),

final as (

    select
        s.session_id,
        s.anonymous_id,
        s.user_id,
        u.plan                                                       as user_plan,
        s.session_start,
        s.session_end,
        extract(epoch from s.session_end - s.session_start)::int     as duration_seconds,
        s.event_count,
        s.page_views,
        s.landing_page,
        s.utm_source,
        s.device_type,
        s.session_start::date < u.signup_date                        as is_pre_signup
    from sessions s
    left join users u on u.user_id = s.user_id

)

select * from final
  );

      delete from "analytics"."marts"."fct_sessions"
      where (session_id) in (
        select (session_id)
        from "fct_sessions__dbt_tmp20240611021502"
      );

    insert into "analytics"."marts"."fct_sessions" ("session_id", "anonymous_id", "user_id", "user_plan", "session_start", "session_end", "duration_seconds", "event_count", "page_views", "landing_page", "utm_source", "device_type", "is_pre_signup")
    (
        select "session_id", "anonymous_id", "user_id", "user_plan", "session_start", "session_end", "duration_seconds", "event_count", "page_views", "landing_page", "utm_source", "device_type", "is_pre_signup"
        from "fct_sessions__dbt_tmp20240611021502"
    );

-- case: dbt_snapshot_check_strategy_union_of_insertions_and_updates_through_temp
-- schema: analytics.snapshots.dim_customers_snapshot(customer_id, email, country, plan, lifetime_value, dbt_updated_at, dbt_valid_from, dbt_valid_to, dbt_scd_id)
-- sources: analytics.staging.stg_customers, analytics.snapshots.dim_customers_snapshot
-- targets: analytics.snapshots.dim_customers_snapshot
-- intermediate: dim_customers_snapshot__dbt_tmp093011
-- columns: analytics.staging.stg_customers.customer_id -> analytics.snapshots.dim_customers_snapshot.customer_id
-- columns: analytics.staging.stg_customers.email -> analytics.snapshots.dim_customers_snapshot.email
-- columns: analytics.staging.stg_customers.country -> analytics.snapshots.dim_customers_snapshot.country
-- columns: analytics.staging.stg_customers.plan -> analytics.snapshots.dim_customers_snapshot.plan
-- columns: analytics.staging.stg_customers.lifetime_value -> analytics.snapshots.dim_customers_snapshot.lifetime_value
-- columns: analytics.staging.stg_customers.customer_id -> analytics.snapshots.dim_customers_snapshot.dbt_scd_id
-- columns: analytics.snapshots.dim_customers_snapshot.dbt_scd_id -> analytics.snapshots.dim_customers_snapshot.dbt_scd_id
-- indirect: analytics.snapshots.dim_customers_snapshot.customer_id, analytics.snapshots.dim_customers_snapshot.email
-- indirect: analytics.snapshots.dim_customers_snapshot.country, analytics.snapshots.dim_customers_snapshot.plan
-- indirect: analytics.snapshots.dim_customers_snapshot.lifetime_value, analytics.snapshots.dim_customers_snapshot.dbt_valid_to
-- diagnostics: none

    create temporary table "dim_customers_snapshot__dbt_tmp093011"
    as (
      with snapshot_query as (

    select customer_id, email, country, plan, lifetime_value
    from "analytics"."staging"."stg_customers"

    ),

    snapshotted_data as (

        select *,
            customer_id as dbt_unique_key
        from "analytics"."snapshots"."dim_customers_snapshot"
        where dbt_valid_to is null

    ),

    insertions_source_data as (

        select
            *,
            customer_id as dbt_unique_key,
            now()::timestamp without time zone as dbt_updated_at,
            now()::timestamp without time zone as dbt_valid_from,
            nullif(now()::timestamp without time zone, now()::timestamp without time zone) as dbt_valid_to,
            md5(coalesce(cast(customer_id as varchar), '') || '|' || coalesce(cast(now()::timestamp without time zone as varchar), '')) as dbt_scd_id

        from snapshot_query
    ),

    updates_source_data as (

        select
            *,
            customer_id as dbt_unique_key,
            now()::timestamp without time zone as dbt_updated_at,
            now()::timestamp without time zone as dbt_valid_from,
            now()::timestamp without time zone as dbt_valid_to

        from snapshot_query
    ),

    insertions as (

        select
            'insert' as dbt_change_type,
            source_data.*

        from insertions_source_data as source_data
        left outer join snapshotted_data on snapshotted_data.dbt_unique_key = source_data.dbt_unique_key
        where snapshotted_data.dbt_unique_key is null
           or (
                snapshotted_data.dbt_unique_key is not null
            and (
                (snapshotted_data."email" != source_data."email")
                or (snapshotted_data."country" != source_data."country")
                or (snapshotted_data."plan" != source_data."plan")
                or (snapshotted_data."lifetime_value" != source_data."lifetime_value")
            )
        )

    ),

    updates as (

        select
            'update' as dbt_change_type,
            source_data.*,
            snapshotted_data.dbt_scd_id

        from updates_source_data as source_data
        join snapshotted_data on snapshotted_data.dbt_unique_key = source_data.dbt_unique_key
        where (
            (snapshotted_data."email" != source_data."email")
            or (snapshotted_data."country" != source_data."country")
            or (snapshotted_data."plan" != source_data."plan")
            or (snapshotted_data."lifetime_value" != source_data."lifetime_value")
        )
    )

    select * from insertions
    union all
    select * from updates

    );

    update "analytics"."snapshots"."dim_customers_snapshot"
    set dbt_valid_to = DBT_INTERNAL_SOURCE.dbt_valid_to
    from "dim_customers_snapshot__dbt_tmp093011" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_scd_id::text = "analytics"."snapshots"."dim_customers_snapshot".dbt_scd_id::text
      and DBT_INTERNAL_SOURCE.dbt_change_type::text in ('update'::text, 'delete'::text)
      and "analytics"."snapshots"."dim_customers_snapshot".dbt_valid_to is null;

    insert into "analytics"."snapshots"."dim_customers_snapshot" ("customer_id", "email", "country", "plan", "lifetime_value", "dbt_updated_at", "dbt_valid_from", "dbt_valid_to", "dbt_scd_id")
    select DBT_INTERNAL_SOURCE."customer_id",DBT_INTERNAL_SOURCE."email",DBT_INTERNAL_SOURCE."country",DBT_INTERNAL_SOURCE."plan",DBT_INTERNAL_SOURCE."lifetime_value",DBT_INTERNAL_SOURCE."dbt_updated_at",DBT_INTERNAL_SOURCE."dbt_valid_from",DBT_INTERNAL_SOURCE."dbt_valid_to",DBT_INTERNAL_SOURCE."dbt_scd_id"
    from "dim_customers_snapshot__dbt_tmp093011" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_change_type::text = 'insert'::text;

-- case: plpgsql_returns_table_temp_on_commit_drop_record_loop_select_into_update_and_history
-- sources: loyalty.points_ledger, loyalty.members, loyalty.tier_rules
-- targets: loyalty.members, loyalty.tier_history, loyalty.job_log
-- intermediate: tmp_points
-- columns: loyalty.tier_rules.tier_code -> loyalty.members.tier
-- columns: loyalty.members.member_id -> loyalty.tier_history.member_id
-- columns: loyalty.members.tier -> loyalty.tier_history.old_tier
-- columns: loyalty.tier_rules.tier_code -> loyalty.tier_history.new_tier
-- columns: loyalty.points_ledger.points -> loyalty.tier_history.points_12m
-- indirect: loyalty.points_ledger.earned_at, loyalty.points_ledger.member_id, loyalty.members.status, loyalty.tier_rules.min_points
-- diagnostics: none
CREATE OR REPLACE FUNCTION loyalty.recalculate_tiers(p_as_of date DEFAULT current_date)
RETURNS TABLE (member_id bigint, old_tier text, new_tier text)
LANGUAGE plpgsql
AS $function$
DECLARE
    v_rec      record;
    v_new_tier text;
    v_rows     integer := 0;
BEGIN
    CREATE TEMP TABLE tmp_points ON COMMIT DROP AS
    SELECT l.member_id,
           sum(l.points)    AS points_12m,
           max(l.earned_at) AS last_earned
      FROM loyalty.points_ledger l
     WHERE l.earned_at > p_as_of - interval '12 months'
     GROUP BY l.member_id;

    FOR v_rec IN
        SELECT m.member_id, m.tier, coalesce(t.points_12m, 0) AS points_12m
          FROM loyalty.members m
          LEFT JOIN tmp_points t ON t.member_id = m.member_id
         WHERE m.status = 'active'
    LOOP
        SELECT tr.tier_code
          INTO v_new_tier
          FROM loyalty.tier_rules tr
         WHERE v_rec.points_12m >= tr.min_points
         ORDER BY tr.min_points DESC
         LIMIT 1;

        IF v_new_tier IS DISTINCT FROM v_rec.tier THEN
            UPDATE loyalty.members
               SET tier = v_new_tier,
                   tier_changed_at = now()
             WHERE members.member_id = v_rec.member_id;

            INSERT INTO loyalty.tier_history (member_id, old_tier, new_tier, points_12m, changed_at)
            VALUES (v_rec.member_id, v_rec.tier, v_new_tier, v_rec.points_12m, now());

            v_rows    := v_rows + 1;
            member_id := v_rec.member_id;
            old_tier  := v_rec.tier;
            new_tier  := v_new_tier;
            RETURN NEXT;
        END IF;
    END LOOP;

    RAISE NOTICE 'recalculate_tiers: % members changed tier', v_rows;
    INSERT INTO loyalty.job_log (job, rows_affected, ran_at)
    VALUES ('recalculate_tiers', v_rows, now());
    RETURN;
END;
$function$;

-- case: plpgsql_procedure_hourly_upsert_with_excluded_commit_in_loop_and_execute_literals
-- sources: raw.events, ops.event_rollup_hourly
-- targets: ops.event_rollup_hourly, ops.event_rollup_daily, ops.job_watermarks
-- columns: raw.events.event_type -> ops.event_rollup_hourly.event_type
-- columns: raw.events.tenant_id -> ops.event_rollup_hourly.tenant_id
-- columns: raw.events.user_id -> ops.event_rollup_hourly.distinct_users
-- columns: raw.events.latency_ms -> ops.event_rollup_hourly.p95_latency_ms
-- columns: ops.event_rollup_hourly.event_day -> ops.event_rollup_daily.event_day
-- columns: ops.event_rollup_hourly.tenant_id -> ops.event_rollup_daily.tenant_id
-- columns: ops.event_rollup_hourly.event_count -> ops.event_rollup_daily.event_count
-- diagnostics: none
CREATE OR REPLACE PROCEDURE ops.rollup_events(p_day date)
LANGUAGE plpgsql
AS $$
DECLARE
    v_hour int;
    v_part text := 'events_' || to_char(p_day, 'YYYYMMDD');
BEGIN
    -- make sure the partition exists (name built at run time: not followed)
    EXECUTE format('CREATE TABLE IF NOT EXISTS raw.%I PARTITION OF raw.events FOR VALUES FROM (%L) TO (%L)',
                   v_part, p_day, p_day + 1);

    FOR v_hour IN 0..23 LOOP
        INSERT INTO ops.event_rollup_hourly
               (event_day, event_hour, event_type, tenant_id, event_count, distinct_users, p95_latency_ms)
        SELECT p_day,
               v_hour,
               e.event_type,
               e.tenant_id,
               count(*),
               count(DISTINCT e.user_id),
               percentile_cont(0.95) WITHIN GROUP (ORDER BY e.latency_ms)
          FROM raw.events e
         WHERE e.event_ts >= p_day + make_interval(hours => v_hour)
           AND e.event_ts <  p_day + make_interval(hours => v_hour + 1)
         GROUP BY e.event_type, e.tenant_id
        ON CONFLICT (event_day, event_hour, event_type, tenant_id) DO UPDATE
           SET event_count    = EXCLUDED.event_count,
               distinct_users = EXCLUDED.distinct_users,
               p95_latency_ms = EXCLUDED.p95_latency_ms;
        COMMIT;
    END LOOP;

    EXECUTE 'INSERT INTO ops.event_rollup_daily (event_day, tenant_id, event_count) '
         || 'SELECT event_day, tenant_id, sum(event_count) FROM ops.event_rollup_hourly '
         || 'WHERE event_day = $1 GROUP BY event_day, tenant_id'
      USING p_day;

    UPDATE ops.job_watermarks
       SET last_day = p_day,
           updated_at = now()
     WHERE job_name = 'rollup_events';
    COMMIT;
END;
$$;

-- case: ctas_generate_series_spine_lateral_latest_price_filter_and_lag_of_sum
-- sources: billing.subscriptions, billing.plan_prices, billing.plans
-- targets: reporting.subscription_mrr_daily
-- columns: billing.plan_prices.currency -> reporting.subscription_mrr_daily.currency
-- columns: billing.subscriptions.customer_id -> reporting.subscription_mrr_daily.active_customers
-- columns: billing.plan_prices.monthly_price -> reporting.subscription_mrr_daily.mrr
-- columns: billing.plan_prices.monthly_price -> reporting.subscription_mrr_daily.mrr_enterprise
-- columns: billing.plans.tier -> reporting.subscription_mrr_daily.mrr_enterprise
-- columns: billing.plan_prices.monthly_price -> reporting.subscription_mrr_daily.mrr_change
-- columns: billing.plan_prices.currency -> reporting.subscription_mrr_daily.mrr_change
-- indirect: billing.subscriptions.started_on, billing.subscriptions.ended_on, billing.plan_prices.plan_id
-- indirect: billing.plan_prices.valid_from, billing.subscriptions.plan_id, billing.plans.plan_id
-- diagnostics: none
CREATE TABLE reporting.subscription_mrr_daily AS
WITH days AS (
    SELECT d::date AS day
      FROM generate_series(date '2023-01-01', current_date, interval '1 day') AS g(d)
), active AS (
    SELECT dd.day, s.subscription_id, s.customer_id, s.plan_id
      FROM days dd
      JOIN billing.subscriptions s
        ON s.started_on <= dd.day
       AND (s.ended_on IS NULL OR s.ended_on > dd.day)
), priced AS (
    SELECT a.*, pr.monthly_price, pr.currency
      FROM active a
     CROSS JOIN LATERAL (
           SELECT pp.monthly_price, pp.currency
             FROM billing.plan_prices pp
            WHERE pp.plan_id = a.plan_id
              AND pp.valid_from <= a.day
            ORDER BY pp.valid_from DESC
            LIMIT 1
     ) pr
)
SELECT p.day,
       p.currency,
       count(*)                                                   AS active_subscriptions,
       count(DISTINCT p.customer_id)                              AS active_customers,
       sum(p.monthly_price)                                       AS mrr,
       sum(p.monthly_price) FILTER (WHERE pl.tier = 'enterprise') AS mrr_enterprise,
       sum(p.monthly_price)
         - lag(sum(p.monthly_price)) OVER (PARTITION BY p.currency ORDER BY p.day) AS mrr_change
  FROM priced p
  JOIN billing.plans pl ON pl.plan_id = p.plan_id
 GROUP BY p.day, p.currency;

-- case: merge_pg15_from_distinct_on_cte_conditional_branches_then_batch_update
-- sources: staging.crm_contacts_cdc, staging.cdc_batches
-- targets: core.contacts, staging.cdc_batches
-- columns: staging.crm_contacts_cdc.external_id -> core.contacts.external_id
-- columns: staging.crm_contacts_cdc.email -> core.contacts.email
-- columns: staging.crm_contacts_cdc.full_name -> core.contacts.full_name
-- columns: staging.crm_contacts_cdc.country_code -> core.contacts.country_code
-- columns: staging.crm_contacts_cdc.marketing_opt_in -> core.contacts.marketing_opt_in
-- columns: staging.crm_contacts_cdc.updated_at -> core.contacts.updated_at
-- indirect: staging.crm_contacts_cdc.batch_id, staging.cdc_batches.batch_id, staging.cdc_batches.status
-- indirect: staging.crm_contacts_cdc.is_deleted, core.contacts.external_id, core.contacts.updated_at
-- diagnostics: none
WITH latest AS (
    SELECT DISTINCT ON (c.external_id)
           c.external_id,
           c.email,
           c.full_name,
           c.country_code,
           c.marketing_opt_in,
           c.updated_at,
           c.is_deleted
      FROM staging.crm_contacts_cdc c
     WHERE c.batch_id = (SELECT max(b.batch_id)
                           FROM staging.cdc_batches b
                          WHERE b.status = 'complete')
     ORDER BY c.external_id, c.updated_at DESC
)
MERGE INTO core.contacts AS t
USING latest AS s
   ON t.external_id = s.external_id
WHEN MATCHED AND s.is_deleted THEN
    DELETE
WHEN MATCHED AND s.updated_at > t.updated_at THEN
    UPDATE SET email            = s.email,
               full_name        = s.full_name,
               country_code     = s.country_code,
               marketing_opt_in = s.marketing_opt_in,
               updated_at       = s.updated_at
WHEN NOT MATCHED AND NOT s.is_deleted THEN
    INSERT (external_id, email, full_name, country_code, marketing_opt_in, updated_at, created_at)
    VALUES (s.external_id, s.email, s.full_name, s.country_code, s.marketing_opt_in, s.updated_at, now());

UPDATE staging.cdc_batches
   SET status = 'applied',
       applied_at = now()
 WHERE status = 'complete'
   AND batch_id = (SELECT max(batch_id) FROM staging.cdc_batches WHERE status = 'complete');

-- case: plpgsql_webhook_ingest_jsonb_paths_lateral_elements_upsert_loop_and_handler
-- sources: ingest.webhooks
-- targets: shop.orders, shop.order_lines, ingest.unhandled_webhooks, ingest.webhooks, ingest.errors
-- columns: ingest.webhooks.payload -> shop.orders.order_id
-- columns: ingest.webhooks.payload -> shop.orders.customer_email
-- columns: ingest.webhooks.payload -> shop.orders.currency
-- columns: ingest.webhooks.payload -> shop.orders.total_amount
-- columns: ingest.webhooks.payload -> shop.orders.placed_at
-- columns: ingest.webhooks.webhook_id -> shop.orders.source_webhook_id
-- columns: ingest.webhooks.payload -> shop.order_lines.order_id
-- columns: ingest.webhooks.payload -> shop.order_lines.line_no
-- columns: ingest.webhooks.payload -> shop.order_lines.sku
-- columns: ingest.webhooks.payload -> shop.order_lines.quantity
-- columns: ingest.webhooks.payload -> shop.order_lines.unit_price
-- columns: ingest.webhooks.webhook_id -> ingest.unhandled_webhooks.webhook_id
-- columns: ingest.webhooks.payload -> ingest.unhandled_webhooks.order_ref
-- indirect: ingest.webhooks.batch_id, ingest.webhooks.topic
-- diagnostics: none
CREATE OR REPLACE FUNCTION ingest.load_orders_from_webhooks(p_batch uuid)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = ingest, pg_temp
AS $$
DECLARE
    v_count integer := 0;
    r       record;
BEGIN
    INSERT INTO shop.orders (order_id, customer_email, currency, total_amount, placed_at, source_webhook_id)
    SELECT (w.payload ->> 'id')::bigint,
           lower(w.payload -> 'customer' ->> 'email'),
           upper(w.payload ->> 'currency'),
           (w.payload ->> 'total_price')::numeric,
           (w.payload ->> 'created_at')::timestamptz,
           w.webhook_id
      FROM ingest.webhooks w
     WHERE w.batch_id = p_batch
       AND w.topic = 'orders/create'
    ON CONFLICT (order_id) DO UPDATE
       SET total_amount = EXCLUDED.total_amount,
           currency     = EXCLUDED.currency;
    GET DIAGNOSTICS v_count = ROW_COUNT;

    INSERT INTO shop.order_lines (order_id, line_no, sku, quantity, unit_price)
    SELECT (w.payload ->> 'id')::bigint,
           (li.item ->> 'line_no')::int,
           li.item ->> 'sku',
           (li.item ->> 'quantity')::int,
           (li.item ->> 'price')::numeric
      FROM ingest.webhooks w
     CROSS JOIN LATERAL jsonb_array_elements(w.payload -> 'line_items') AS li(item)
     WHERE w.batch_id = p_batch
       AND w.topic = 'orders/create'
    ON CONFLICT DO NOTHING;

    FOR r IN
        SELECT w.webhook_id, w.payload ->> 'id' AS order_ref
          FROM ingest.webhooks w
         WHERE w.batch_id = p_batch
           AND w.topic <> 'orders/create'
    LOOP
        INSERT INTO ingest.unhandled_webhooks (webhook_id, order_ref, noted_at)
        VALUES (r.webhook_id, r.order_ref, now());
    END LOOP;

    UPDATE ingest.webhooks
       SET processed_at = now()
     WHERE batch_id = p_batch;

    RETURN v_count;
EXCEPTION
    WHEN others THEN
        INSERT INTO ingest.errors (batch_id, message, occurred_at)
        VALUES (p_batch, SQLERRM, now());
        RAISE;
END;
$$;

-- case: materialized_view_filtered_aggregates_ntile_then_security_barrier_view_and_history
-- sources: shop.customers, shop.orders, reporting.mv_customer_ltv, reporting.v_top_customers
-- targets: reporting.mv_customer_ltv, reporting.v_top_customers, reporting.top_customer_history
-- columns: shop.customers.customer_id -> reporting.mv_customer_ltv.customer_id
-- columns: shop.customers.email -> reporting.mv_customer_ltv.email
-- columns: shop.customers.signup_date -> reporting.mv_customer_ltv.signup_date
-- columns: shop.orders.total_amount -> reporting.mv_customer_ltv.ltv, shop.orders.status -> reporting.mv_customer_ltv.ltv
-- columns: shop.orders.order_id -> reporting.mv_customer_ltv.orders
-- columns: shop.orders.placed_at -> reporting.mv_customer_ltv.last_order_at
-- columns: shop.orders.total_amount -> reporting.mv_customer_ltv.ltv_decile, shop.orders.status -> reporting.mv_customer_ltv.ltv_decile
-- columns: reporting.mv_customer_ltv.customer_id -> reporting.v_top_customers.customer_id
-- columns: reporting.mv_customer_ltv.email -> reporting.v_top_customers.email
-- columns: reporting.mv_customer_ltv.ltv -> reporting.v_top_customers.ltv
-- columns: reporting.mv_customer_ltv.orders -> reporting.v_top_customers.orders
-- columns: reporting.mv_customer_ltv.last_order_at -> reporting.v_top_customers.last_order_at
-- columns: reporting.v_top_customers.customer_id -> reporting.top_customer_history.customer_id
-- columns: reporting.v_top_customers.ltv -> reporting.top_customer_history.ltv
-- columns: reporting.v_top_customers.ltv -> reporting.top_customer_history.rank_in_top
-- indirect: shop.orders.customer_email, reporting.mv_customer_ltv.ltv_decile
-- diagnostics: none
CREATE MATERIALIZED VIEW reporting.mv_customer_ltv AS
SELECT c.customer_id,
       c.email,
       c.signup_date,
       coalesce(sum(o.total_amount) FILTER (WHERE o.status = 'paid'), 0) AS ltv,
       count(o.order_id)                                                AS orders,
       max(o.placed_at)                                                 AS last_order_at,
       ntile(10) OVER (ORDER BY coalesce(sum(o.total_amount) FILTER (WHERE o.status = 'paid'), 0)) AS ltv_decile
  FROM shop.customers c
  LEFT JOIN shop.orders o ON o.customer_email = c.email
 GROUP BY c.customer_id, c.email, c.signup_date
WITH DATA;

CREATE UNIQUE INDEX ON reporting.mv_customer_ltv (customer_id);

CREATE OR REPLACE VIEW reporting.v_top_customers WITH (security_barrier = true) AS
SELECT m.customer_id, m.email, m.ltv, m.orders, m.last_order_at
  FROM reporting.mv_customer_ltv m
 WHERE m.ltv_decile = 10;

INSERT INTO reporting.top_customer_history (snapshot_date, customer_id, ltv, rank_in_top)
SELECT current_date, t.customer_id, t.ltv, rank() OVER (ORDER BY t.ltv DESC)
  FROM reporting.v_top_customers t;

-- case: partition_rollover_like_attach_detach_rename_and_archive_star_copy
-- sources: staging.page_views_raw, metrics.page_views_2023_07_detached
-- targets: metrics.page_views_2024_07, archive.page_views_2023_07
-- effects: rename metrics.page_views_2023_07 to metrics.page_views_2023_07_detached, drop metrics.page_views_2023_07_detached
-- columns: staging.page_views_raw.view_id -> metrics.page_views_2024_07.view_id
-- columns: staging.page_views_raw.site_id -> metrics.page_views_2024_07.site_id
-- columns: staging.page_views_raw.path -> metrics.page_views_2024_07.path
-- columns: staging.page_views_raw.viewed_at -> metrics.page_views_2024_07.viewed_at
-- columns: staging.page_views_raw.session_id -> metrics.page_views_2024_07.session_id
-- columns: staging.page_views_raw.duration_ms -> metrics.page_views_2024_07.duration_ms
-- columns: metrics.page_views_2023_07_detached.* -> archive.page_views_2023_07.*
-- indirect:
BEGIN;

CREATE TABLE metrics.page_views_2024_07
    (LIKE metrics.page_views INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

INSERT INTO metrics.page_views_2024_07 (view_id, site_id, path, viewed_at, session_id, duration_ms)
SELECT r.view_id, r.site_id, r.path, r.viewed_at, r.session_id, r.duration_ms
  FROM staging.page_views_raw r
 WHERE r.viewed_at >= '2024-07-01'
   AND r.viewed_at <  '2024-08-01';

ALTER TABLE metrics.page_views
    ATTACH PARTITION metrics.page_views_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');

ALTER TABLE metrics.page_views DETACH PARTITION metrics.page_views_2023_07;
ALTER TABLE metrics.page_views_2023_07 RENAME TO page_views_2023_07_detached;

CREATE TABLE archive.page_views_2023_07 AS
SELECT * FROM metrics.page_views_2023_07_detached;

DROP TABLE metrics.page_views_2023_07_detached;
COMMIT;

-- case: scd2_transaction_temp_staging_close_insert_flag_deleted_and_run_log
-- sources: landing.erp_products, dw.dim_product
-- targets: dw.dim_product, etl.run_log
-- intermediate: stg_products
-- columns: landing.erp_products.product_code -> dw.dim_product.product_code
-- columns: landing.erp_products.name -> dw.dim_product.product_name
-- columns: landing.erp_products.category -> dw.dim_product.category
-- columns: landing.erp_products.brand -> dw.dim_product.brand
-- columns: landing.erp_products.price -> dw.dim_product.list_price
-- columns: landing.erp_products.name -> dw.dim_product.row_hash, landing.erp_products.category -> dw.dim_product.row_hash
-- columns: landing.erp_products.brand -> dw.dim_product.row_hash, landing.erp_products.price -> dw.dim_product.row_hash
-- indirect: landing.erp_products.extracted_at, dw.dim_product.product_code, dw.dim_product.is_current, dw.dim_product.row_hash
-- diagnostics: none
BEGIN;

CREATE TEMP TABLE stg_products ON COMMIT DROP AS
SELECT p.product_code,
       trim(p.name)             AS product_name,
       p.category,
       p.brand,
       p.price::numeric(12, 2)  AS list_price,
       md5(concat_ws('|', trim(p.name), p.category, p.brand, p.price::text)) AS row_hash
  FROM landing.erp_products p
 WHERE p.extracted_at = (SELECT max(extracted_at) FROM landing.erp_products);

-- close changed versions
UPDATE dw.dim_product d
   SET valid_to   = now(),
       is_current = false
  FROM stg_products s
 WHERE d.product_code = s.product_code
   AND d.is_current
   AND d.row_hash <> s.row_hash;

-- open new versions (new and changed products)
INSERT INTO dw.dim_product
       (product_code, product_name, category, brand, list_price, row_hash, valid_from, valid_to, is_current)
SELECT s.product_code, s.product_name, s.category, s.brand, s.list_price, s.row_hash, now(), NULL, true
  FROM stg_products s
 WHERE NOT EXISTS (SELECT 1
                     FROM dw.dim_product d
                    WHERE d.product_code = s.product_code
                      AND d.is_current);

-- products that disappeared from the ERP
UPDATE dw.dim_product d
   SET valid_to   = now(),
       is_current = false,
       is_deleted = true
 WHERE d.is_current
   AND NOT EXISTS (SELECT 1 FROM stg_products s WHERE s.product_code = d.product_code);

INSERT INTO etl.run_log (job, finished_at, rows_current)
SELECT 'dim_product', now(), count(*)
  FROM dw.dim_product
 WHERE is_current;

COMMIT;

ANALYZE dw.dim_product;
GRANT SELECT ON dw.dim_product TO reporting_ro;

-- case: do_block_month_loop_dynamic_format_delete_and_static_insert
-- sources: shop.orders, shop.customers, ref.regions
-- targets: mart.monthly_revenue
-- columns: ref.regions.region_name -> mart.monthly_revenue.region
-- columns: shop.orders.total_amount -> mart.monthly_revenue.revenue
-- indirect: shop.customers.customer_id, shop.orders.customer_id, ref.regions.country_code
-- indirect: shop.customers.country_code, shop.orders.placed_at
-- diagnostics: none
DO $do$
DECLARE
    m date;
BEGIN
    FOR m IN
        SELECT generate_series(date_trunc('month', now()) - interval '11 months',
                               date_trunc('month', now()),
                               interval '1 month')::date
    LOOP
        EXECUTE format('DELETE FROM mart.monthly_revenue WHERE month = %L', m);

        INSERT INTO mart.monthly_revenue (month, region, revenue, orders)
        SELECT m, r.region_name, sum(o.total_amount), count(*)
          FROM shop.orders o
          JOIN shop.customers c ON c.customer_id = o.customer_id
          JOIN ref.regions r    ON r.country_code = c.country_code
         WHERE o.placed_at >= m
           AND o.placed_at <  m + interval '1 month'
         GROUP BY r.region_name;
    END LOOP;
END
$do$;

-- case: select_into_temp_with_named_windows_then_outliers_and_flag_update
-- sources: hr.employees, hr.departments
-- targets: hr_reports.salary_outliers, hr.employees
-- intermediate: tmp_salary_ranks
-- columns: hr.departments.department_name -> hr_reports.salary_outliers.department_name
-- columns: hr.employees.employee_id -> hr_reports.salary_outliers.employee_id
-- columns: hr.employees.full_name -> hr_reports.salary_outliers.full_name
-- columns: hr.employees.salary -> hr_reports.salary_outliers.salary
-- columns: hr.employees.salary -> hr_reports.salary_outliers.diff_from_avg
-- columns: hr.employees.department_id -> hr_reports.salary_outliers.diff_from_avg
-- indirect: hr.departments.department_id, hr.employees.terminated_at
-- diagnostics: none
SELECT d.department_name,
       e.employee_id,
       e.full_name,
       e.salary,
       rank() OVER w                   AS salary_rank,
       e.salary - avg(e.salary) OVER w2 AS diff_from_avg,
       percent_rank() OVER w           AS pct_rank
  INTO TEMP tmp_salary_ranks
  FROM hr.employees e
  JOIN hr.departments d ON d.department_id = e.department_id
 WHERE e.terminated_at IS NULL
WINDOW w  AS (PARTITION BY e.department_id ORDER BY e.salary DESC),
       w2 AS (PARTITION BY e.department_id);

INSERT INTO hr_reports.salary_outliers (department_name, employee_id, full_name, salary, diff_from_avg)
SELECT t.department_name, t.employee_id, t.full_name, t.salary, t.diff_from_avg
  FROM tmp_salary_ranks t
 WHERE t.pct_rank <= 0.05
    OR t.pct_rank >= 0.95;

UPDATE hr.employees e
   SET review_flag = true
  FROM tmp_salary_ranks t
 WHERE t.employee_id = e.employee_id
   AND t.salary_rank = 1;

DROP TABLE tmp_salary_ranks;

-- case: plpgsql_invoice_generation_temp_usage_insert_alias_returning_nested_exception_return_query
-- sources: billing.usage_events, billing.invoices, billing.rate_card, billing.invoice_lines
-- targets: billing.invoices, billing.invoice_lines, billing.invoice_errors
-- intermediate: tmp_usage
-- columns: billing.usage_events.account_id -> billing.invoices.account_id
-- columns: billing.invoices.invoice_id -> billing.invoice_lines.invoice_id
-- columns: billing.usage_events.meter -> billing.invoice_lines.meter
-- columns: billing.usage_events.quantity -> billing.invoice_lines.quantity
-- columns: billing.rate_card.unit_price -> billing.invoice_lines.unit_price
-- columns: billing.usage_events.quantity -> billing.invoice_lines.amount, billing.rate_card.unit_price -> billing.invoice_lines.amount
-- columns: billing.invoice_lines.amount -> billing.invoices.total_amount
-- columns: billing.usage_events.account_id -> billing.invoice_errors.account_id
-- indirect: billing.usage_events.occurred_at, billing.rate_card.meter, billing.invoice_lines.invoice_id, billing.invoices.period
-- diagnostics: none
CREATE OR REPLACE FUNCTION billing.generate_invoices(p_period text)
RETURNS TABLE (invoice_id bigint, account_id bigint, total numeric)
LANGUAGE plpgsql
AS $fn$
DECLARE
    acc          record;
    v_invoice_id bigint;
    v_total      numeric;
BEGIN
    CREATE TEMP TABLE tmp_usage ON COMMIT DROP AS
    SELECT u.account_id, u.meter, sum(u.quantity) AS qty
      FROM billing.usage_events u
     WHERE to_char(u.occurred_at, 'YYYY-MM') = p_period
     GROUP BY u.account_id, u.meter;

    FOR acc IN SELECT DISTINCT t.account_id FROM tmp_usage t LOOP
        BEGIN
            INSERT INTO billing.invoices AS i (account_id, period, status, created_at)
            VALUES (acc.account_id, p_period, 'draft', now())
            RETURNING i.invoice_id INTO v_invoice_id;

            INSERT INTO billing.invoice_lines (invoice_id, meter, quantity, unit_price, amount)
            SELECT v_invoice_id, t.meter, t.qty, r.unit_price, t.qty * r.unit_price
              FROM tmp_usage t
              JOIN billing.rate_card r ON r.meter = t.meter
             WHERE t.account_id = acc.account_id;

            SELECT sum(l.amount) INTO v_total
              FROM billing.invoice_lines l
             WHERE l.invoice_id = v_invoice_id;

            UPDATE billing.invoices
               SET total_amount = v_total,
                   status = 'open'
             WHERE invoices.invoice_id = v_invoice_id;
        EXCEPTION
            WHEN unique_violation THEN
                INSERT INTO billing.invoice_errors (account_id, period, error, logged_at)
                VALUES (acc.account_id, p_period, SQLERRM, now());
        END;
    END LOOP;

    RETURN QUERY
    SELECT i.invoice_id, i.account_id, i.total_amount
      FROM billing.invoices i
     WHERE i.period = p_period;
END;
$fn$;

-- case: nightly_signups_refresh_with_date_casts_compared_in_where_and_filter
-- sources: app.users, billing.subscriptions, billing.plans
-- targets: mart.daily_signups, mart.refresh_status
-- effects: delete mart.daily_signups
-- columns: app.users.created_at -> mart.daily_signups.signup_date
-- columns: app.users.country_code -> mart.daily_signups.country_code
-- columns: billing.plans.plan_name -> mart.daily_signups.plan
-- columns: billing.subscriptions.first_payment_at -> mart.daily_signups.paying_signups
-- columns: app.users.created_at -> mart.daily_signups.paying_signups
-- indirect: mart.daily_signups.signup_date, billing.subscriptions.user_id, app.users.user_id
-- indirect: billing.plans.plan_id, billing.subscriptions.plan_id, app.users.is_internal, app.users.deleted_at
-- indirect: mart.refresh_status.table_name
-- diagnostics: none
BEGIN;

DELETE FROM mart.daily_signups
 WHERE signup_date >= current_date - 7;

INSERT INTO mart.daily_signups (signup_date, country_code, plan, signups, paying_signups)
SELECT u.created_at::date,
       coalesce(u.country_code, 'ZZ'),
       p.plan_name,
       count(*),
       count(*) FILTER (WHERE s.first_payment_at::date <= u.created_at::date + 7)
  FROM app.users u
  LEFT JOIN billing.subscriptions s ON s.user_id = u.user_id
  LEFT JOIN billing.plans p         ON p.plan_id = s.plan_id
 WHERE u.created_at::date >= current_date - 7
   AND u.created_at::date < current_date
   AND u.is_internal = false
   AND u.deleted_at IS NULL
 GROUP BY 1, 2, 3;

UPDATE mart.refresh_status
   SET refreshed_at = now()
 WHERE table_name = 'daily_signups';

COMMIT;
