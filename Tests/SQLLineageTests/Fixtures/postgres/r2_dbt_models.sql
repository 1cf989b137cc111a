-- case: dbt_fct_orders_payment_pivot_ctes
-- schema: dbt_prod.stg_orders(order_id, customer_id, order_date, status)
-- schema: dbt_prod.stg_payments(payment_id, order_id, payment_method, amount)
-- sources: dbt_prod.stg_orders, dbt_prod.stg_payments
-- targets: dbt_prod.fct_orders__dbt_tmp
-- columns: dbt_prod.stg_orders.order_id -> dbt_prod.fct_orders__dbt_tmp.order_id
-- columns: dbt_prod.stg_orders.customer_id -> dbt_prod.fct_orders__dbt_tmp.customer_id
-- columns: dbt_prod.stg_orders.order_date -> dbt_prod.fct_orders__dbt_tmp.order_date
-- columns: dbt_prod.stg_orders.status -> dbt_prod.fct_orders__dbt_tmp.status
-- columns: dbt_prod.stg_payments.payment_method -> dbt_prod.fct_orders__dbt_tmp.credit_card_amount
-- columns: dbt_prod.stg_payments.amount -> dbt_prod.fct_orders__dbt_tmp.credit_card_amount
-- columns: dbt_prod.stg_payments.payment_method -> dbt_prod.fct_orders__dbt_tmp.coupon_amount
-- columns: dbt_prod.stg_payments.amount -> dbt_prod.fct_orders__dbt_tmp.coupon_amount
-- columns: dbt_prod.stg_payments.payment_method -> dbt_prod.fct_orders__dbt_tmp.gift_card_amount
-- columns: dbt_prod.stg_payments.amount -> dbt_prod.fct_orders__dbt_tmp.gift_card_amount
-- columns: dbt_prod.stg_payments.amount -> dbt_prod.fct_orders__dbt_tmp.amount
-- indirect: dbt_prod.stg_payments.order_id
/* {{ config(materialized='table', tags=['finance']) }} -- compiled by dbt 1.7.4; do not edit */

  create  table "dbt_prod"."fct_orders__dbt_tmp"
  as (
    with orders as (

    select * from "dbt_prod"."stg_orders"

),

payments as (

    select * from "dbt_prod"."stg_payments"

),

order_payments as (

    select
        order_id,

        sum(case when payment_method = 'credit_card' then amount else 0 end) as credit_card_amount,
        sum(case when payment_method = 'coupon' then amount else 0 end) as coupon_amount,
        sum(case when payment_method = 'gift_card' then amount else 0 end) as gift_card_amount,

        sum(amount) as total_amount

    from payments

    group by order_id

),

final as (

    select
        orders.order_id,
        orders.customer_id,
        orders.order_date,
        orders.status,

        order_payments.credit_card_amount,
        order_payments.coupon_amount,
        order_payments.gift_card_amount,

        order_payments.total_amount as amount

    from orders


    left join order_payments
        on orders.order_id = order_payments.order_id

)

select * from final
  );

-- case: dbt_incremental_temp_delete_insert
-- sources: raw.events, dbt_prod.fct_events
-- targets: dbt_prod.fct_events
-- intermediate: fct_events__dbt_tmp143012
-- columns: raw.events.id -> dbt_prod.fct_events.event_id
-- columns: raw.events.user_id -> dbt_prod.fct_events.user_id
-- columns: raw.events.event_type -> dbt_prod.fct_events.event_type
-- columns: raw.events.occurred_at -> dbt_prod.fct_events.ts
-- effects: delete dbt_prod.fct_events
create temporary table "fct_events__dbt_tmp143012"

  as (
    select
    e.id as event_id,
    e.user_id,
    lower(e.event_type) as event_type,
    e.occurred_at as ts
from "raw"."events" e
-- this filter will only be applied on an incremental run; it is a no-op otherwise
where e.occurred_at > (select coalesce(max(ts), '1900-01-01'::timestamp) from "dbt_prod"."fct_events")
  );

      delete from "dbt_prod"."fct_events"
    where (event_id) in (
        select (event_id)
        from "fct_events__dbt_tmp143012"
    );

    insert into "dbt_prod"."fct_events" ("event_id", "user_id", "event_type", "ts")
    (
        select "event_id", "user_id", "event_type", "ts"
        from "fct_events__dbt_tmp143012"
    )

-- case: dbt_view_swap_with_renames_and_backup_drop
-- schema: raw.customers(id, first_name, last_name, email, _loaded_at)
-- sources: raw.customers
-- targets: dbt_prod.stg_customers__dbt_tmp
-- columns: raw.customers.id -> dbt_prod.stg_customers__dbt_tmp.customer_id
-- columns: raw.customers.first_name -> dbt_prod.stg_customers__dbt_tmp.first_name
-- columns: raw.customers.last_name -> dbt_prod.stg_customers__dbt_tmp.last_name
-- columns: raw.customers.email -> dbt_prod.stg_customers__dbt_tmp.email
-- effects: rename dbt_prod.stg_customers to dbt_prod.stg_customers__dbt_backup
-- effects: rename dbt_prod.stg_customers__dbt_tmp to dbt_prod.stg_customers
-- effects: drop dbt_prod.stg_customers__dbt_backup
create view "dbt_prod"."stg_customers__dbt_tmp"
  as (
    with source as (
    select * from "raw"."customers"
),

renamed as (
    select
        id as customer_id,
        first_name,
        last_name,
        email
    from source
)

select * from renamed
  );
alter table "dbt_prod"."stg_customers" rename to "stg_customers__dbt_backup";
alter table "dbt_prod"."stg_customers__dbt_tmp" rename to "stg_customers";
drop view if exists "dbt_prod"."stg_customers__dbt_backup" cascade;

-- case: dbt_snapshot_scd2_through_temp_table
-- sources: raw.customers, snapshots.snap_customers
-- targets: snapshots.snap_customers
-- intermediate: snap_customers__dbt_tmp
-- columns: raw.customers.customer_id -> snapshots.snap_customers.customer_id
-- columns: snapshots.snap_customers.customer_id -> snapshots.snap_customers.customer_id
-- columns: raw.customers.email -> snapshots.snap_customers.email
-- columns: snapshots.snap_customers.email -> snapshots.snap_customers.email
-- columns: raw.customers.updated_at -> snapshots.snap_customers.updated_at
-- columns: snapshots.snap_customers.updated_at -> snapshots.snap_customers.updated_at
-- columns: raw.customers.updated_at -> snapshots.snap_customers.dbt_valid_from
-- columns: raw.customers.customer_id -> snapshots.snap_customers.dbt_scd_id
-- columns: raw.customers.updated_at -> snapshots.snap_customers.dbt_scd_id
-- columns: snapshots.snap_customers.dbt_scd_id -> snapshots.snap_customers.dbt_scd_id
-- columns: raw.customers.updated_at -> snapshots.snap_customers.dbt_valid_to
create temporary table "snap_customers__dbt_tmp" as (
    select
        'insert'::text as dbt_change_type,
        src.customer_id,
        src.email,
        src.updated_at,
        src.updated_at as dbt_valid_from,
        md5(src.customer_id::text || '|' || src.updated_at::text) as dbt_scd_id
    from "raw"."customers" src
    left join "snapshots"."snap_customers" snap
        on snap.customer_id = src.customer_id
       and snap.dbt_valid_to is null
    where snap.customer_id is null
       or src.updated_at > snap.updated_at

    union all

    select
        'update'::text,
        snap.customer_id,
        snap.email,
        snap.updated_at,
        src.updated_at,
        snap.dbt_scd_id
    from "raw"."customers" src
    join "snapshots"."snap_customers" snap
        on snap.customer_id = src.customer_id
       and snap.dbt_valid_to is null
    where src.updated_at > snap.updated_at
);

update "snapshots"."snap_customers"
    set dbt_valid_to = DBT_INTERNAL_SOURCE.dbt_valid_from
    from "snap_customers__dbt_tmp" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_scd_id::text = "snapshots"."snap_customers".dbt_scd_id::text
      and DBT_INTERNAL_SOURCE.dbt_change_type::text = 'update'::text
      and "snapshots"."snap_customers".dbt_valid_to is null;

insert into "snapshots"."snap_customers" ("customer_id", "email", "updated_at", "dbt_valid_from", "dbt_scd_id")
    select DBT_INTERNAL_SOURCE."customer_id", DBT_INTERNAL_SOURCE."email", DBT_INTERNAL_SOURCE."updated_at",
           DBT_INTERNAL_SOURCE."dbt_valid_from", DBT_INTERNAL_SOURCE."dbt_scd_id"
    from "snap_customers__dbt_tmp" as DBT_INTERNAL_SOURCE
    where DBT_INTERNAL_SOURCE.dbt_change_type::text = 'insert'::text;

-- case: filter_where_and_array_agg_order_by_with_jsonb_paths
-- sources: raw.app_events
-- targets: mart.user_event_stats
-- columns: raw.app_events.user_id -> mart.user_event_stats.user_id
-- columns: raw.app_events.payload -> mart.user_event_stats.signup_country
-- columns: raw.app_events.event_type -> mart.user_event_stats.signup_country
-- columns: raw.app_events.event_type -> mart.user_event_stats.purchases
-- columns: raw.app_events.payload -> mart.user_event_stats.revenue
-- columns: raw.app_events.event_type -> mart.user_event_stats.revenue
-- columns: raw.app_events.payload -> mart.user_event_stats.last_device
-- columns: raw.app_events.created_at -> mart.user_event_stats.last_device
INSERT INTO mart.user_event_stats (user_id, signup_country, purchases, revenue, last_device)
SELECT e.user_id,
       max(e.payload #>> '{geo,country}') FILTER (WHERE e.event_type = 'signup'),
       count(*) FILTER (WHERE e.event_type = 'purchase'),
       sum((e.payload ->> 'amount')::numeric) FILTER (WHERE e.event_type = 'purchase'),
       (array_agg(e.payload -> 'device' ->> 'model' ORDER BY e.created_at DESC))[1]
FROM raw.app_events e
WHERE e.created_at >= now() - interval '30 days'
GROUP BY e.user_id;

-- case: grouping_sets_with_grouping_function
-- sources: sales.orders, sales.order_items, catalog.products, ref.regions
-- targets: mart.sales_rollup
-- columns: ref.regions.region_name -> mart.sales_rollup.region
-- columns: sales.orders.channel -> mart.sales_rollup.channel
-- columns: catalog.products.product_line -> mart.sales_rollup.product_line
-- columns: sales.order_items.quantity -> mart.sales_rollup.revenue, sales.order_items.unit_price -> mart.sales_rollup.revenue
-- columns: sales.orders.order_id -> mart.sales_rollup.orders
-- columns: ref.regions.region_name -> mart.sales_rollup.grouping_level
-- columns: sales.orders.channel -> mart.sales_rollup.grouping_level
-- columns: catalog.products.product_line -> mart.sales_rollup.grouping_level
-- indirect: sales.order_items.order_id, sales.order_items.product_id, catalog.products.product_id
-- indirect: ref.regions.region_id, sales.orders.region_id, sales.orders.status
INSERT INTO mart.sales_rollup (region, channel, product_line, revenue, orders, grouping_level)
SELECT r.region_name,
       o.channel,
       p.product_line,
       sum(oi.quantity * oi.unit_price),
       count(DISTINCT o.order_id),
       GROUPING(r.region_name, o.channel, p.product_line)
FROM sales.orders o
JOIN sales.order_items oi ON oi.order_id = o.order_id
JOIN catalog.products p ON p.product_id = oi.product_id
JOIN ref.regions r ON r.region_id = o.region_id
WHERE o.status NOT IN ('cancelled', 'test')
GROUP BY GROUPING SETS (
    (r.region_name, o.channel),
    (r.region_name, p.product_line),
    (r.region_name),
    ()
);

-- case: named_window_clause_lag_first_value
-- sources: sales.orders
-- targets: mart.customer_order_sequence
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.customer_id
-- columns: sales.orders.order_id -> mart.customer_order_sequence.order_id
-- columns: sales.orders.ordered_at -> mart.customer_order_sequence.ordered_at
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.order_seq, sales.orders.ordered_at -> mart.customer_order_sequence.order_seq
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.previous_ordered_at, sales.orders.ordered_at -> mart.customer_order_sequence.previous_ordered_at
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.gap, sales.orders.ordered_at -> mart.customer_order_sequence.gap
-- columns: sales.orders.amount -> mart.customer_order_sequence.cumulative_amount
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.cumulative_amount, sales.orders.ordered_at -> mart.customer_order_sequence.cumulative_amount
-- columns: sales.orders.channel -> mart.customer_order_sequence.first_channel
-- columns: sales.orders.customer_id -> mart.customer_order_sequence.first_channel, sales.orders.ordered_at -> mart.customer_order_sequence.first_channel
-- indirect: sales.orders.status
create table mart.customer_order_sequence as
select
    o.customer_id,
    o.order_id,
    o.ordered_at,
    row_number() over w as order_seq,
    lag(o.ordered_at) over w as previous_ordered_at,
    o.ordered_at - lag(o.ordered_at) over w as gap,
    sum(o.amount) over (partition by o.customer_id order by o.ordered_at
                        rows between unbounded preceding and current row) as cumulative_amount,
    first_value(o.channel) over w as first_channel
from sales.orders o
where o.status = 'complete'
window w as (partition by o.customer_id order by o.ordered_at);

-- case: views_over_views_keep_every_hop
-- sources: sales.order_lines, reporting.v_order_lines, reporting.v_order_totals, sales.orders
-- targets: reporting.v_order_lines, reporting.v_order_totals, reporting.mv_daily_revenue
-- columns: sales.order_lines.order_id -> reporting.v_order_lines.order_id
-- columns: sales.order_lines.product_id -> reporting.v_order_lines.product_id
-- columns: sales.order_lines.quantity -> reporting.v_order_lines.quantity
-- columns: sales.order_lines.quantity -> reporting.v_order_lines.line_total, sales.order_lines.unit_price -> reporting.v_order_lines.line_total
-- columns: reporting.v_order_lines.order_id -> reporting.v_order_totals.order_id
-- columns: reporting.v_order_lines.line_total -> reporting.v_order_totals.order_total
-- columns: sales.orders.ordered_at -> reporting.mv_daily_revenue.day
-- columns: reporting.v_order_totals.order_total -> reporting.mv_daily_revenue.revenue
-- indirect: reporting.v_order_totals.order_id, sales.orders.order_id
CREATE VIEW reporting.v_order_lines AS
SELECT ol.order_id, ol.product_id, ol.quantity, ol.quantity * ol.unit_price AS line_total
FROM sales.order_lines ol;

CREATE OR REPLACE VIEW reporting.v_order_totals AS
SELECT order_id, sum(line_total) AS order_total, count(*) AS line_count
FROM reporting.v_order_lines
GROUP BY order_id;

CREATE MATERIALIZED VIEW reporting.mv_daily_revenue AS
SELECT o.ordered_at::date AS day, sum(t.order_total) AS revenue
FROM sales.orders o
JOIN reporting.v_order_totals t ON t.order_id = o.order_id
GROUP BY 1
WITH NO DATA;

-- case: rfm_ctes_star_from_cte_and_ntile
-- sources: sales.orders
-- targets: mart.customer_segments
-- columns: sales.orders.customer_id -> mart.customer_segments.customer_id
-- columns: sales.orders.order_date -> mart.customer_segments.recency_days
-- columns: sales.orders.amount -> mart.customer_segments.monetary
-- columns: sales.orders.order_date -> mart.customer_segments.rfm_segment, sales.orders.amount -> mart.customer_segments.rfm_segment
-- indirect: sales.orders.status
INSERT INTO mart.customer_segments (customer_id, recency_days, frequency, monetary, rfm_segment)
WITH base AS (
    SELECT customer_id,
           current_date - max(order_date) AS recency_days,
           count(*) AS frequency,
           sum(amount) AS monetary
    FROM sales.orders
    WHERE status = 'paid'
    GROUP BY customer_id
), scored AS (
    SELECT b.*,
           ntile(5) OVER (ORDER BY recency_days DESC) AS r,
           ntile(5) OVER (ORDER BY frequency) AS f,
           ntile(5) OVER (ORDER BY monetary) AS m
    FROM base b
)
SELECT customer_id, recency_days, frequency, monetary,
       CASE WHEN r >= 4 AND f >= 4 THEN 'champions'
            WHEN r <= 2 AND m >= 4 THEN 'at_risk'
            ELSE 'other'
       END
FROM scored;

-- case: percentile_cont_and_mode_within_group
-- sources: logistics.shipments, logistics.warehouses
-- targets: analytics.delivery_sla
-- columns: logistics.warehouses.warehouse_code -> analytics.delivery_sla.warehouse_code
-- columns: logistics.shipments.shipped_at -> analytics.delivery_sla.week
-- columns: logistics.shipments.delivered_at -> analytics.delivery_sla.p50_transit, logistics.shipments.shipped_at -> analytics.delivery_sla.p50_transit
-- columns: logistics.shipments.delivered_at -> analytics.delivery_sla.p95_transit, logistics.shipments.shipped_at -> analytics.delivery_sla.p95_transit
-- columns: logistics.shipments.carrier -> analytics.delivery_sla.main_carrier
-- indirect: logistics.warehouses.warehouse_id, logistics.shipments.warehouse_id
CREATE TABLE analytics.delivery_sla AS
SELECT w.warehouse_code,
       date_trunc('week', s.shipped_at) AS week,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.delivered_at - s.shipped_at) AS p50_transit,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY s.delivered_at - s.shipped_at) AS p95_transit,
       mode() WITHIN GROUP (ORDER BY s.carrier) AS main_carrier,
       count(*) AS shipments
FROM logistics.shipments s
JOIN logistics.warehouses w ON w.warehouse_id = s.warehouse_id
WHERE s.delivered_at IS NOT NULL
GROUP BY 1, 2;

-- case: scalar_subqueries_string_agg_and_exists
-- sources: crm.customers, crm.customer_tags, support.tickets, auth.logins, sales.orders
-- targets: crm.customer_profile
-- columns: crm.customers.id -> crm.customer_profile.customer_id
-- columns: crm.customers.nickname -> crm.customer_profile.display_name
-- columns: crm.customers.first_name -> crm.customer_profile.display_name
-- columns: crm.customers.last_name -> crm.customer_profile.display_name
-- columns: crm.customer_tags.tag -> crm.customer_profile.tags
-- columns: auth.logins.logged_in_at -> crm.customer_profile.last_login
-- indirect: crm.customer_tags.customer_id, support.tickets.customer_id, support.tickets.status
-- indirect: auth.logins.user_id, crm.customers.user_id, sales.orders.customer_id
INSERT INTO crm.customer_profile (customer_id, display_name, tags, open_tickets, last_login)
SELECT c.id,
       coalesce(nullif(trim(c.nickname), ''), c.first_name || ' ' || c.last_name),
       (SELECT string_agg(t.tag, ',' ORDER BY t.tag) FROM crm.customer_tags t WHERE t.customer_id = c.id),
       (SELECT count(*) FROM support.tickets k WHERE k.customer_id = c.id AND k.status <> 'closed'),
       (SELECT max(l.logged_in_at) FROM auth.logins l WHERE l.user_id = c.user_id)
FROM crm.customers c
WHERE EXISTS (SELECT 1 FROM sales.orders o WHERE o.customer_id = c.id);

-- case: dbt_model_comments_with_keywords_and_semicolons
-- sources: staging.stg_subscriptions, staging.stg_plans
-- targets: marts.fct_mrr
-- columns: staging.stg_subscriptions.subscription_id -> marts.fct_mrr.subscription_id
-- columns: staging.stg_subscriptions.started_on -> marts.fct_mrr.month
-- columns: staging.stg_plans.monthly_price -> marts.fct_mrr.mrr, staging.stg_subscriptions.seats -> marts.fct_mrr.mrr
-- columns: staging.stg_subscriptions.discount_pct -> marts.fct_mrr.mrr
-- indirect: staging.stg_plans.plan_id, staging.stg_subscriptions.plan_id, staging.stg_subscriptions.cancelled_on
/*
  Model: fct_mrr;  owner: finance-analytics
  NOTE: we used to  "INSERT INTO marts.fct_mrr_old SELECT * FROM legacy.mrr;"  -- no longer!
  DROP TABLE legacy.mrr; -- done in 2023
*/
CREATE TABLE marts.fct_mrr AS
WITH subs AS (
    -- active subscriptions only; trial rows are excluded upstream (see stg_subscriptions.sql)
    SELECT s.subscription_id, s.plan_id, s.started_on, s.seats,
           coalesce(s.discount_pct, 0) AS discount_pct   -- null => no discount; keep ';' out
    FROM staging.stg_subscriptions s
    WHERE s.cancelled_on IS NULL   /* "cancelled_on" ; update me later */
),
priced AS (
    SELECT subs.subscription_id,
           date_trunc('month', subs.started_on)::date AS month,
           p.monthly_price * subs.seats * (1 - subs.discount_pct / 100.0) AS mrr
    FROM subs
    INNER JOIN staging.stg_plans p ON p.plan_id = subs.plan_id   -- delete from here? no.
)
SELECT subscription_id, month, round(mrr, 2) AS mrr FROM priced;

-- case: nested_block_comments_hide_statements
-- sources: src.shipments
-- targets: mart.shipment_ids
-- columns: src.shipments.id -> mart.shipment_ids.shipment_id
-- effects:
-- diagnostics: none
/* outer comment /* nested; INSERT INTO fake.t SELECT 1 FROM fake.s; */ still a comment;
   DELETE FROM mart.shipment_ids; */
INSERT INTO mart.shipment_ids (shipment_id)
SELECT s.id FROM src.shipments s;
