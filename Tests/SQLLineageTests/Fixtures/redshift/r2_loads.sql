-- case: staged_upsert_temp_like_delete_using_insert_end_transaction
-- sources: raw.orders_delta
-- targets: sales.orders
-- intermediate: orders_stage
-- columns: raw.orders_delta.order_id -> sales.orders.order_id
-- columns: raw.orders_delta.customer_id -> sales.orders.customer_id
-- columns: raw.orders_delta.amount -> sales.orders.amount
-- columns: raw.orders_delta.updated_at -> sales.orders.updated_at
-- effects: delete sales.orders
BEGIN TRANSACTION;

CREATE TEMP TABLE orders_stage (LIKE sales.orders);

INSERT INTO orders_stage (order_id, customer_id, amount, updated_at)
SELECT d.order_id, d.customer_id, d.amount, d.updated_at
FROM raw.orders_delta d
WHERE d.batch_id = (SELECT MAX(batch_id) FROM raw.orders_delta);

DELETE FROM sales.orders
USING orders_stage s
WHERE sales.orders.order_id = s.order_id;

INSERT INTO sales.orders (order_id, customer_id, amount, updated_at)
SELECT order_id, customer_id, amount, updated_at FROM orders_stage;

END TRANSACTION;

DROP TABLE orders_stage;

-- case: merge_statement_with_remove_duplicates_source
-- sources: staging.customer_updates
-- targets: core.customers
-- columns: staging.customer_updates.customer_id -> core.customers.customer_id
-- columns: staging.customer_updates.email -> core.customers.email
-- columns: staging.customer_updates.tier -> core.customers.tier
MERGE INTO core.customers
USING (
    SELECT customer_id, email, tier
    FROM (
        SELECT customer_id, email, tier,
               ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rn
        FROM staging.customer_updates
    ) x
    WHERE rn = 1
) AS u
ON core.customers.customer_id = u.customer_id
WHEN MATCHED THEN UPDATE SET email = u.email, tier = u.tier
WHEN NOT MATCHED THEN INSERT (customer_id, email, tier) VALUES (u.customer_id, u.email, u.tier);

-- case: approximate_count_distinct_and_listagg
-- sources: web.pageviews
-- targets: mart.daily_page_stats
-- columns: web.pageviews.view_date -> mart.daily_page_stats.view_date
-- columns: web.pageviews.page_path -> mart.daily_page_stats.page_path
-- columns: web.pageviews.visitor_id -> mart.daily_page_stats.approx_visitors
-- columns: web.pageviews.referrer -> mart.daily_page_stats.referrers
CREATE TABLE mart.daily_page_stats
DISTSTYLE KEY DISTKEY (page_path) COMPOUND SORTKEY (view_date, page_path)
AS
SELECT view_date,
       page_path,
       APPROXIMATE COUNT(DISTINCT visitor_id) AS approx_visitors,
       LISTAGG(DISTINCT referrer, '|') AS referrers
FROM web.pageviews
WHERE view_date >= DATEADD(day, -7, GETDATE())
GROUP BY view_date, page_path;

-- case: super_column_partiql_navigation_and_unnest
-- sources: raw.orders_super
-- targets: core.order_items
-- columns: raw.orders_super.order_id -> core.order_items.order_id
-- columns: raw.orders_super.payload -> core.order_items.sku
-- columns: raw.orders_super.payload -> core.order_items.qty
INSERT INTO core.order_items (order_id, sku, qty)
SELECT o.order_id, i.sku::varchar, i.qty::int
FROM raw.orders_super o, o.payload.items AS i
WHERE o.order_date = CURRENT_DATE - 1;

-- case: redshift_plpgsql_procedure_with_temp_table
-- sources: sales.orders, sales.refunds
-- targets: mart.net_revenue
-- intermediate: tmp_net
-- columns: sales.orders.order_date -> mart.net_revenue.day
-- columns: sales.orders.amount -> mart.net_revenue.net
-- columns: sales.refunds.amount -> mart.net_revenue.net
-- effects: delete mart.net_revenue
CREATE OR REPLACE PROCEDURE mart.sp_load_net_revenue(p_day date)
AS $$
BEGIN
    DROP TABLE IF EXISTS tmp_net;
    CREATE TEMP TABLE tmp_net AS
    SELECT o.order_date AS day,
           SUM(o.amount) - COALESCE(SUM(r.amount), 0) AS net
    FROM sales.orders o
    LEFT JOIN sales.refunds r ON r.order_id = o.order_id
    WHERE o.order_date = p_day
    GROUP BY o.order_date;

    DELETE FROM mart.net_revenue WHERE day = p_day;
    INSERT INTO mart.net_revenue (day, net) SELECT day, net FROM tmp_net;
    RAISE INFO 'loaded net revenue for %', p_day;
END;
$$ LANGUAGE plpgsql;
