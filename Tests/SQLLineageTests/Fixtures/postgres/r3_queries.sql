-- case: correlated_scalar_subquery_divides_by_outer_customer_total
-- sources: sales.orders
-- targets: mart.order_share
-- columns: sales.orders.id -> mart.order_share.order_id
-- columns: sales.orders.amount -> mart.order_share.share_of_customer
-- indirect: sales.orders.customer_id, sales.orders.status
INSERT INTO mart.order_share (order_id, share_of_customer)
SELECT o.id,
       o.amount / (SELECT sum(o2.amount)
                     FROM sales.orders o2
                    WHERE o2.customer_id = o.customer_id)
FROM sales.orders o
WHERE o.status = 'paid';

-- case: same_lookup_table_joined_three_times
-- sources: ops.flights, ref.airports
-- targets: mart.flight_legs
-- columns: ops.flights.id -> mart.flight_legs.flight_id
-- columns: ref.airports.city -> mart.flight_legs.origin_city
-- columns: ref.airports.city -> mart.flight_legs.dest_city
-- columns: ref.airports.city -> mart.flight_legs.hub_city
-- indirect: ref.airports.code, ref.airports.active
-- indirect: ops.flights.origin, ops.flights.destination, ops.flights.hub
INSERT INTO mart.flight_legs (flight_id, origin_city, dest_city, hub_city)
SELECT f.id, a1.city, a2.city, a3.city
FROM ops.flights f
JOIN ref.airports a1 ON a1.code = f.origin
JOIN ref.airports a2 ON a2.code = f.destination
LEFT JOIN ref.airports a3 ON a3.code = f.hub AND a3.active;

-- case: cte_shadowing_table_while_qualified_table_joined_and_subqueried
-- sources: sales.orders
-- targets: mart.customer_order_stats
-- columns: sales.orders.customer_id -> mart.customer_order_stats.customer_id
-- columns: sales.orders.amount -> mart.customer_order_stats.last_amount
-- indirect: sales.orders.id
WITH orders AS (
    SELECT customer_id, count(*) AS n
    FROM sales.orders
    GROUP BY customer_id
)
INSERT INTO mart.customer_order_stats (customer_id, orders_cnt, last_amount)
SELECT o.customer_id, o.n, so.amount
FROM orders o
JOIN sales.orders so ON so.customer_id = o.customer_id
WHERE so.id = (SELECT max(x.id) FROM sales.orders x WHERE x.customer_id = o.customer_id);

-- case: cte_chain_renames_column_twice_into_view
-- sources: catalog.products
-- targets: mart.v_product_margin
-- columns: catalog.products.sku -> mart.v_product_margin.sku
-- columns: catalog.products.price -> mart.v_product_margin.margin
-- columns: catalog.products.cost -> mart.v_product_margin.margin
CREATE VIEW mart.v_product_margin AS
WITH a AS (
    SELECT p.sku AS product_code, p.cost AS unit_cost, p.price
    FROM catalog.products p
),
b (code, cost_eur, price_eur) AS (
    SELECT product_code, unit_cost * 0.92, price * 0.92 FROM a
),
c AS (
    SELECT code AS sku, price_eur - cost_eur AS margin FROM b
)
SELECT sku, margin FROM c;

-- case: union_all_except_stars_expanded_through_schema
-- schema: sales.web_orders(id, customer_id, total)
-- schema: sales.pos_orders(ticket_no, client_id, amount)
-- schema: sales.cancelled_orders(order_ref, customer_ref, refunded)
-- sources: sales.web_orders, sales.pos_orders, sales.cancelled_orders
-- targets: mart.all_orders
-- columns: sales.web_orders.id -> mart.all_orders.order_ref
-- columns: sales.pos_orders.ticket_no -> mart.all_orders.order_ref
-- columns: sales.cancelled_orders.order_ref -> mart.all_orders.order_ref
-- columns: sales.web_orders.customer_id -> mart.all_orders.customer_ref
-- columns: sales.pos_orders.client_id -> mart.all_orders.customer_ref
-- columns: sales.cancelled_orders.customer_ref -> mart.all_orders.customer_ref
-- columns: sales.web_orders.total -> mart.all_orders.amount
-- columns: sales.pos_orders.amount -> mart.all_orders.amount
-- columns: sales.cancelled_orders.refunded -> mart.all_orders.amount
INSERT INTO mart.all_orders (order_ref, customer_ref, amount)
SELECT * FROM sales.web_orders
UNION ALL
SELECT * FROM sales.pos_orders
EXCEPT
SELECT * FROM sales.cancelled_orders;

-- case: insert_without_column_list_positional_with_group_by_and_left_joins
-- schema: mart.customer_dim(customer_key, full_name, country_code, first_seen)
-- sources: crm.customers, crm.addresses, sales.orders
-- targets: mart.customer_dim
-- columns: crm.customers.id -> mart.customer_dim.customer_key
-- columns: crm.customers.first_name -> mart.customer_dim.full_name
-- columns: crm.customers.last_name -> mart.customer_dim.full_name
-- columns: crm.addresses.country -> mart.customer_dim.country_code
-- columns: sales.orders.created_at -> mart.customer_dim.first_seen
-- indirect: crm.addresses.customer_id, crm.addresses.is_primary, sales.orders.customer_id
INSERT INTO mart.customer_dim
SELECT c.id,
       c.first_name || ' ' || c.last_name,
       upper(a.country),
       min(o.created_at)
FROM crm.customers c
LEFT JOIN crm.addresses a ON a.customer_id = c.id AND a.is_primary
LEFT JOIN sales.orders o ON o.customer_id = c.id
GROUP BY c.id, c.first_name, c.last_name, a.country;

-- case: having_correlated_subquery_on_grouped_outer_column
-- sources: sales.orders, crm.customers, plan.region_goals
-- targets: mart.regions_over_goal
-- columns: crm.customers.region -> mart.regions_over_goal.region
-- columns: sales.orders.amount -> mart.regions_over_goal.revenue
-- indirect: crm.customers.id, sales.orders.customer_id
-- indirect: plan.region_goals.goal, plan.region_goals.region, plan.region_goals.year
INSERT INTO mart.regions_over_goal (region, revenue)
SELECT c.region, sum(o.amount)
FROM sales.orders o
JOIN crm.customers c ON c.id = o.customer_id
GROUP BY c.region
HAVING sum(o.amount) > (SELECT g.goal
                          FROM plan.region_goals g
                         WHERE g.region = c.region
                           AND g.year = 2024);

-- case: window_partition_and_order_columns_feed_running_totals
-- sources: ledger.transactions
-- targets: mart.account_running
-- columns: ledger.transactions.account_id -> mart.account_running.account_id
-- columns: ledger.transactions.posted_at -> mart.account_running.posted_at
-- columns: ledger.transactions.amount -> mart.account_running.running_balance
-- columns: ledger.transactions.account_id -> mart.account_running.running_balance
-- columns: ledger.transactions.posted_at -> mart.account_running.running_balance
-- columns: ledger.transactions.id -> mart.account_running.running_balance
-- columns: ledger.transactions.account_id -> mart.account_running.recency_rank
-- columns: ledger.transactions.currency -> mart.account_running.recency_rank
-- columns: ledger.transactions.posted_at -> mart.account_running.recency_rank
-- indirect: ledger.transactions.voided
CREATE TABLE mart.account_running AS
SELECT t.account_id,
       t.posted_at,
       sum(t.amount) OVER (PARTITION BY t.account_id
                           ORDER BY t.posted_at, t.id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_balance,
       row_number() OVER (PARTITION BY t.account_id, t.currency ORDER BY t.posted_at DESC) AS recency_rank
FROM ledger.transactions t
WHERE t.voided = false;

-- case: aggregate_filter_and_ordered_string_agg_within_group
-- sources: support.tickets
-- targets: mart.ticket_summary
-- columns: support.tickets.agent_id -> mart.ticket_summary.agent_id
-- columns: support.tickets.status -> mart.ticket_summary.open_cnt
-- columns: support.tickets.id -> mart.ticket_summary.closed_cnt
-- columns: support.tickets.closed_at -> mart.ticket_summary.closed_cnt
-- columns: support.tickets.subject -> mart.ticket_summary.subjects
-- columns: support.tickets.priority -> mart.ticket_summary.subjects
-- columns: support.tickets.created_at -> mart.ticket_summary.subjects
-- columns: support.tickets.handle_minutes -> mart.ticket_summary.median_minutes
INSERT INTO mart.ticket_summary (agent_id, open_cnt, closed_cnt, subjects, median_minutes)
SELECT t.agent_id,
       count(*) FILTER (WHERE t.status = 'open'),
       count(t.id) FILTER (WHERE t.closed_at IS NOT NULL),
       string_agg(t.subject, '; ' ORDER BY t.priority DESC, t.created_at),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY t.handle_minutes)
FROM support.tickets t
GROUP BY t.agent_id;

-- case: group_by_rollup_extra_column_is_indirect
-- sources: sales.orders
-- targets: mart.sales_by_year
-- columns: sales.orders.ordered_at -> mart.sales_by_year.year
-- columns: sales.orders.amount -> mart.sales_by_year.revenue
-- indirect: sales.orders.channel
INSERT INTO mart.sales_by_year (year, revenue)
SELECT date_part('year', o.ordered_at), sum(o.amount)
FROM sales.orders o
GROUP BY ROLLUP (date_part('year', o.ordered_at), o.channel);

-- case: exists_not_exists_in_not_in_filters_are_indirect
-- sources: crm.customers, sales.orders, ref.markets, marketing.unsubscribes
-- targets: mart.reactivation_targets
-- columns: crm.customers.id -> mart.reactivation_targets.customer_id
-- columns: crm.customers.email -> mart.reactivation_targets.email
-- indirect: sales.orders.customer_id, sales.orders.ordered_at, crm.customers.country
-- indirect: ref.markets.country, ref.markets.active, marketing.unsubscribes.email
INSERT INTO mart.reactivation_targets (customer_id, email)
SELECT c.id, c.email
FROM crm.customers c
WHERE EXISTS (SELECT 1 FROM sales.orders o
               WHERE o.customer_id = c.id AND o.ordered_at < now() - interval '1 year')
  AND NOT EXISTS (SELECT 1 FROM sales.orders o2
                   WHERE o2.customer_id = c.id AND o2.ordered_at >= now() - interval '1 year')
  AND c.country IN (SELECT m.country FROM ref.markets m WHERE m.active)
  AND c.email NOT IN (SELECT u.email FROM marketing.unsubscribes u);

-- case: lateral_subquery_projects_outer_column
-- sources: crm.customers, sales.order_lines
-- targets: mart.customer_top_product
-- columns: crm.customers.id -> mart.customer_top_product.customer_id
-- columns: crm.customers.segment -> mart.customer_top_product.segment
-- columns: sales.order_lines.product_id -> mart.customer_top_product.product_id
-- columns: sales.order_lines.quantity -> mart.customer_top_product.qty
-- indirect: sales.order_lines.customer_id
INSERT INTO mart.customer_top_product (customer_id, segment, product_id, qty)
SELECT c.id, x.seg, x.product_id, x.qty
FROM crm.customers c
CROSS JOIN LATERAL (
    SELECT c.segment AS seg, ol.product_id, sum(ol.quantity) AS qty
    FROM sales.order_lines ol
    WHERE ol.customer_id = c.id
    GROUP BY ol.product_id
    ORDER BY sum(ol.quantity) DESC
    LIMIT 1
) x;

-- case: update_from_lookup_and_inline_view_reading_target_again
-- sources: ref.salary_bands, hr.employees
-- targets: hr.employees
-- columns: ref.salary_bands.band -> hr.employees.salary_band
-- columns: hr.employees.salary -> hr.employees.dept_avg_salary
-- indirect: ref.salary_bands.low, ref.salary_bands.high, hr.employees.dept_id
UPDATE hr.employees e
SET salary_band = b.band,
    dept_avg_salary = d.avg_salary
FROM ref.salary_bands b,
     (SELECT x.dept_id, avg(x.salary) AS avg_salary
        FROM hr.employees x
       GROUP BY x.dept_id) d
WHERE e.salary BETWEEN b.low AND b.high
  AND d.dept_id = e.dept_id;

-- case: delete_using_two_tables
-- sources: sales.orders, ops.purge_batches
-- effects: delete sales.order_lines
-- indirect: sales.order_lines.order_id, sales.orders.id, sales.orders.created_at
-- indirect: ops.purge_batches.cutoff, ops.purge_batches.batch_id
DELETE FROM sales.order_lines ol
USING sales.orders o, ops.purge_batches b
WHERE ol.order_id = o.id
  AND o.created_at < b.cutoff
  AND b.batch_id = 42;

-- case: merge_three_matched_branches_and_conditional_insert
-- sources: staging.stock_counts
-- targets: inv.stock
-- columns: staging.stock_counts.qty -> inv.stock.on_hand
-- columns: staging.stock_counts.counted_at -> inv.stock.counted_at
-- columns: staging.stock_counts.counted_at -> inv.stock.last_seen_at
-- columns: staging.stock_counts.sku -> inv.stock.sku
-- columns: staging.stock_counts.warehouse_id -> inv.stock.warehouse_id
MERGE INTO inv.stock s
USING (SELECT sku, warehouse_id, sum(qty) AS qty, max(counted_at) AS counted_at
         FROM staging.stock_counts
        GROUP BY sku, warehouse_id) c
ON s.sku = c.sku AND s.warehouse_id = c.warehouse_id
WHEN MATCHED AND c.qty = 0 THEN
    DELETE
WHEN MATCHED AND c.counted_at > s.counted_at THEN
    UPDATE SET on_hand = c.qty, counted_at = c.counted_at
WHEN MATCHED THEN
    UPDATE SET last_seen_at = c.counted_at
WHEN NOT MATCHED AND c.qty > 0 THEN
    INSERT (sku, warehouse_id, on_hand, counted_at)
    VALUES (c.sku, c.warehouse_id, c.qty, c.counted_at);

-- case: update_set_multiple_correlated_scalar_subqueries
-- sources: sales.orders
-- targets: crm.customers
-- columns: sales.orders.ordered_at -> crm.customers.last_order_at
-- columns: sales.orders.amount -> crm.customers.tier
-- indirect: sales.orders.customer_id, crm.customers.id, crm.customers.active
UPDATE crm.customers c
SET order_count = (SELECT count(*) FROM sales.orders o WHERE o.customer_id = c.id),
    last_order_at = (SELECT max(o.ordered_at) FROM sales.orders o WHERE o.customer_id = c.id),
    tier = CASE WHEN (SELECT sum(o.amount) FROM sales.orders o WHERE o.customer_id = c.id) > 10000
                THEN 'gold'
                ELSE c.tier
           END
WHERE c.active;

-- case: update_from_cte_with_lag_over_target
-- sources: catalog.prices
-- targets: catalog.prices
-- columns: catalog.prices.price -> catalog.prices.prev_price
-- columns: catalog.prices.sku -> catalog.prices.prev_price
-- columns: catalog.prices.valid_from -> catalog.prices.prev_price
-- indirect: catalog.prices.id
WITH prev AS (
    SELECT id, lag(price) OVER (PARTITION BY sku ORDER BY valid_from) AS lp
    FROM catalog.prices
)
UPDATE catalog.prices p
SET prev_price = prev.lp
FROM prev
WHERE prev.id = p.id;

-- case: correlated_subquery_projects_outer_and_inner_columns
-- sources: sales.orders, ref.fx
-- targets: mart.orders_eur
-- columns: sales.orders.id -> mart.orders_eur.order_id
-- columns: sales.orders.amount -> mart.orders_eur.amount_eur
-- columns: ref.fx.rate -> mart.orders_eur.amount_eur
-- indirect: ref.fx.ccy, ref.fx.day, sales.orders.currency, sales.orders.ordered_at
INSERT INTO mart.orders_eur (order_id, amount_eur)
SELECT o.id,
       (SELECT o.amount * fx.rate
          FROM ref.fx fx
         WHERE fx.ccy = o.currency
           AND fx.day = o.ordered_at::date)
FROM sales.orders o;
