-- case: ctas_with_distkey_sortkey
-- sources: sales.orders
-- targets: mart.customer_ltv
-- columns: sales.orders.customer_id -> mart.customer_ltv.customer_id, sales.orders.amount -> mart.customer_ltv.ltv
-- diagnostics: none
CREATE TABLE mart.customer_ltv
DISTKEY (customer_id)
SORTKEY (customer_id)
AS
SELECT customer_id, SUM(amount) AS ltv
FROM sales.orders
GROUP BY customer_id;

-- case: insert_select_decode_nvl
-- sources: sales.orders
-- targets: mart.order_status
-- columns: sales.orders.id -> mart.order_status.order_id
-- columns: sales.orders.status -> mart.order_status.status_label, sales.orders.status_text -> mart.order_status.status_label
INSERT INTO mart.order_status (order_id, status_label)
SELECT id, DECODE(status, 'S', 'shipped', 'P', 'pending', NVL(status_text, 'unknown'))
FROM sales.orders;

-- case: update_from
-- sources: mart.segments
-- targets: sales.customers
-- columns: mart.segments.segment -> sales.customers.segment
UPDATE sales.customers
SET segment = s.segment
FROM mart.segments s
WHERE sales.customers.id = s.customer_id;

-- case: delete_using
-- sources: sales.cancellations
-- effects: delete sales.orders
DELETE FROM sales.orders
USING sales.cancellations c
WHERE sales.orders.id = c.order_id;

-- case: temp_table_staged_upsert
-- sources: raw.orders
-- targets: sales.orders
-- intermediate: stage_orders
-- columns: raw.orders.id -> sales.orders.id, raw.orders.amount -> sales.orders.amount
-- effects: delete sales.orders
CREATE TEMP TABLE stage_orders AS
SELECT id, amount FROM raw.orders WHERE amount IS NOT NULL;

DELETE FROM sales.orders
USING stage_orders s
WHERE sales.orders.id = s.id;

INSERT INTO sales.orders (id, amount)
SELECT id, amount FROM stage_orders;

-- case: select_into_table
-- sources: crm.users
-- targets: mart.email_list
-- columns: crm.users.id -> mart.email_list.id, crm.users.email -> mart.email_list.email
-- indirect: crm.users.opted_in
SELECT id, email
INTO mart.email_list
FROM crm.users
WHERE opted_in;

-- case: listagg_within_group_order_is_source
-- sources: sales.order_lines
-- targets: mart.customer_skus
-- columns: sales.order_lines.customer_id -> mart.customer_skus.customer_id
-- columns: sales.order_lines.sku -> mart.customer_skus.skus, sales.order_lines.ordered_at -> mart.customer_skus.skus
INSERT INTO mart.customer_skus (customer_id, skus)
SELECT customer_id, LISTAGG(sku, ',') WITHIN GROUP (ORDER BY ordered_at)
FROM sales.order_lines
GROUP BY customer_id;

-- case: late_binding_view
-- sources: sales.orders
-- targets: mart.v_orders
-- columns: sales.orders.id -> mart.v_orders.id, sales.orders.amount -> mart.v_orders.amount
CREATE OR REPLACE VIEW mart.v_orders AS
SELECT id, amount FROM sales.orders
WITH NO SCHEMA BINDING;

-- case: ctas_cte_and_window
-- sources: sales.orders
-- targets: mart.order_seq
-- columns: sales.orders.id -> mart.order_seq.id, sales.orders.customer_id -> mart.order_seq.customer_id
-- columns: sales.orders.customer_id -> mart.order_seq.seq, sales.orders.created_at -> mart.order_seq.seq
CREATE TABLE mart.order_seq AS
WITH o AS (
    SELECT id, customer_id, created_at FROM sales.orders
)
SELECT id, customer_id,
       ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at) AS seq
FROM o;

-- case: unquoted_names_fold_to_lower
-- sources: sales.orders
-- targets: mart.flags
-- columns: sales.orders.id -> mart.flags.order_id, sales.orders.amount -> mart.flags.is_big
INSERT INTO MART.Flags (Order_Id, Is_Big)
SELECT ID, CASE WHEN AMOUNT > 100 THEN 1 ELSE 0 END
FROM SALES.ORDERS;

-- case: truncate_with_default_schema
-- default_schema: public
-- sources: public.raw_events
-- targets: public.staging_events
-- columns: public.raw_events.event_id -> public.staging_events.event_id, public.raw_events.event_ts -> public.staging_events.ts
-- effects: truncate public.staging_events
TRUNCATE staging_events;
INSERT INTO staging_events (event_id, ts)
SELECT event_id, event_ts FROM raw_events;
