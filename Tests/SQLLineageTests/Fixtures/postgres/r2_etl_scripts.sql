-- case: sessionization_two_temp_tables_in_transaction
-- sources: web.raw_hits
-- targets: web.sessions
-- intermediate: tmp_hits, tmp_sessions
-- columns: web.raw_hits.cookie_id -> web.sessions.visitor_id
-- columns: web.raw_hits.cookie_id -> web.sessions.session_no, web.raw_hits.ts -> web.sessions.session_no
-- columns: web.raw_hits.ts -> web.sessions.started_at
-- columns: web.raw_hits.ts -> web.sessions.ended_at
-- columns: web.raw_hits.url -> web.sessions.landing_page, web.raw_hits.ts -> web.sessions.landing_page
-- nightly sessionization; do NOT run during business hours; see JIRA-4411
BEGIN;

CREATE TEMPORARY TABLE tmp_hits (
    visitor_id text,
    hit_at     timestamptz,
    page       text
) ON COMMIT DROP;

INSERT INTO tmp_hits (visitor_id, hit_at, page)
SELECT h.cookie_id, h.ts, split_part(h.url, '?', 1)
FROM web.raw_hits h
WHERE h.ts >= current_date - 1
  AND h.ts <  current_date
  AND h.is_bot = false;

CREATE TEMP TABLE tmp_sessions ON COMMIT DROP AS
SELECT visitor_id,
       hit_at,
       page,
       sum(CASE WHEN prev_hit_at IS NULL OR hit_at - prev_hit_at > interval '30 minutes' THEN 1 ELSE 0 END)
           OVER (PARTITION BY visitor_id ORDER BY hit_at) AS session_no
FROM (
    SELECT visitor_id, hit_at, page,
           lag(hit_at) OVER (PARTITION BY visitor_id ORDER BY hit_at) AS prev_hit_at
    FROM tmp_hits
) x;

INSERT INTO web.sessions (visitor_id, session_no, started_at, ended_at, pageviews, landing_page)
SELECT visitor_id,
       session_no,
       min(hit_at),
       max(hit_at),
       count(*),
       (array_agg(page ORDER BY hit_at))[1]
FROM tmp_sessions
GROUP BY visitor_id, session_no;

COMMIT;

-- case: select_into_temp_update_own_column_then_upsert
-- sources: catalog.products, promo.campaign_items
-- targets: web.price_feed
-- intermediate: tmp_prices
-- columns: catalog.products.product_id -> web.price_feed.product_id
-- columns: catalog.products.sku -> web.price_feed.sku
-- columns: catalog.products.list_price -> web.price_feed.price
-- columns: promo.campaign_items.discount_pct -> web.price_feed.price
SELECT p.product_id, p.sku, p.list_price, NULL::numeric AS promo_price
INTO TEMP TABLE tmp_prices
FROM catalog.products p
WHERE p.active;

UPDATE tmp_prices t
SET promo_price = t.list_price * (1 - pr.discount_pct / 100.0)
FROM promo.campaign_items pr
WHERE pr.sku = t.sku
  AND pr.starts_on <= current_date
  AND pr.ends_on >= current_date;

INSERT INTO web.price_feed AS f (product_id, sku, price, updated_at)
SELECT product_id, sku, coalesce(promo_price, list_price), now()
FROM tmp_prices
ON CONFLICT (product_id) DO UPDATE
SET price = EXCLUDED.price,
    updated_at = EXCLUDED.updated_at;

DROP TABLE tmp_prices;

-- case: lateral_jsonb_array_elements_question_mark_operator
-- sources: orders.raw_orders
-- targets: orders.order_lines_flat
-- columns: orders.raw_orders.id -> orders.order_lines_flat.order_id
-- columns: orders.raw_orders.doc -> orders.order_lines_flat.sku
-- columns: orders.raw_orders.doc -> orders.order_lines_flat.qty
-- columns: orders.raw_orders.doc -> orders.order_lines_flat.unit_price
-- columns: orders.raw_orders.doc -> orders.order_lines_flat.currency
-- indirect: orders.raw_orders.received_at
INSERT INTO orders.order_lines_flat (order_id, sku, qty, unit_price, currency)
SELECT o.id,
       li.item ->> 'sku',
       (li.item ->> 'qty')::int,
       (li.item #>> '{price,amount}')::numeric(12,2),
       coalesce(li.item #>> '{price,currency}', o.doc ->> 'currency', 'EUR')
FROM orders.raw_orders o
CROSS JOIN LATERAL jsonb_array_elements(o.doc -> 'lines') AS li(item)
WHERE o.doc ? 'lines'
  AND o.received_at > now() - interval '1 day';

-- case: data_modifying_cte_insert_returning_generated_key
-- sources: staging.signups, crm.customers
-- targets: crm.customers, crm.welcome_queue
-- columns: staging.signups.email -> crm.customers.email
-- columns: staging.signups.first_name -> crm.customers.full_name, staging.signups.last_name -> crm.customers.full_name
-- columns: crm.customers.customer_id -> crm.welcome_queue.customer_id
-- indirect: crm.customers.email
WITH new_customers AS (
    INSERT INTO crm.customers (email, full_name, source)
    SELECT lower(s.email), initcap(s.first_name || ' ' || s.last_name), 'signup'
    FROM staging.signups s
    WHERE NOT EXISTS (SELECT 1 FROM crm.customers c WHERE c.email = lower(s.email))
    RETURNING customer_id
)
INSERT INTO crm.welcome_queue (customer_id, queued_at)
SELECT nc.customer_id, now() FROM new_customers nc;

-- case: update_from_cte_distinct_on
-- sources: ledger.balance_snapshots
-- targets: ledger.accounts
-- columns: ledger.balance_snapshots.balance -> ledger.accounts.current_balance
-- columns: ledger.balance_snapshots.captured_at -> ledger.accounts.balance_as_of
-- indirect: ledger.balance_snapshots.account_id, ledger.accounts.account_id, ledger.accounts.closed_at
WITH latest AS (
    SELECT DISTINCT ON (s.account_id) s.account_id, s.balance, s.captured_at
    FROM ledger.balance_snapshots s
    ORDER BY s.account_id, s.captured_at DESC
)
UPDATE ledger.accounts a
SET current_balance = l.balance,
    balance_as_of   = l.captured_at,
    updated_at      = clock_timestamp()
FROM latest l
WHERE l.account_id = a.account_id
  AND a.closed_at IS NULL;

-- case: merge_with_cte_and_conditional_delete
-- sources: inventory.movements
-- targets: inventory.stock_levels
-- columns: inventory.movements.sku -> inventory.stock_levels.sku
-- columns: inventory.movements.warehouse -> inventory.stock_levels.warehouse
-- columns: inventory.movements.delta -> inventory.stock_levels.on_hand
WITH src AS (
    SELECT sku, warehouse, sum(delta) AS delta
    FROM inventory.movements
    WHERE processed = false
    GROUP BY sku, warehouse
)
MERGE INTO inventory.stock_levels AS t
USING src AS s
ON t.sku = s.sku AND t.warehouse = s.warehouse
WHEN MATCHED AND t.on_hand + s.delta <= 0 THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET on_hand = t.on_hand + s.delta, updated_at = now()
WHEN NOT MATCHED THEN
    INSERT (sku, warehouse, on_hand, updated_at)
    VALUES (s.sku, s.warehouse, s.delta, now());

-- case: drop_if_exists_before_create_is_not_intermediate
-- sources: ops.stores, ops.regions
-- targets: mart.dim_store__new
-- columns: ops.stores.store_id -> mart.dim_store__new.store_id
-- columns: ops.stores.store_name -> mart.dim_store__new.store_name
-- columns: ops.regions.region_name -> mart.dim_store__new.region_name
-- columns: ops.stores.opened_on -> mart.dim_store__new.opened_on
-- indirect: ops.regions.region_id, ops.stores.region_id
-- effects: drop mart.dim_store__new, rename mart.dim_store to mart.dim_store__old
-- effects: rename mart.dim_store__new to mart.dim_store, drop mart.dim_store__old
DROP TABLE IF EXISTS mart.dim_store__new;

CREATE TABLE mart.dim_store__new AS
SELECT s.store_id, s.store_name, r.region_name, s.opened_on
FROM ops.stores s
LEFT JOIN ops.regions r ON r.region_id = s.region_id;

ALTER TABLE IF EXISTS mart.dim_store RENAME TO dim_store__old;
ALTER TABLE mart.dim_store__new RENAME TO dim_store;
DROP TABLE IF EXISTS mart.dim_store__old CASCADE;

-- case: view_over_jsonb_to_recordset
-- sources: shop.orders
-- targets: api.v_order_items
-- columns: shop.orders.order_id -> api.v_order_items.order_id
-- columns: shop.orders.items -> api.v_order_items.sku
-- columns: shop.orders.items -> api.v_order_items.qty
-- columns: shop.orders.items -> api.v_order_items.price
-- indirect: shop.orders.status
CREATE OR REPLACE VIEW api.v_order_items AS
SELECT o.order_id, i.sku, i.qty, i.price
FROM shop.orders o,
     LATERAL jsonb_to_recordset(o.items) AS i(sku text, qty int, price numeric)
WHERE o.status <> 'draft';

-- case: archive_like_table_then_delete_with_noise_statements
-- schema: app.audit_log(id, actor, action, logged_at)
-- sources: app.audit_log
-- targets: archive.audit_log_2023
-- columns: app.audit_log.id -> archive.audit_log_2023.id
-- columns: app.audit_log.actor -> archive.audit_log_2023.actor
-- columns: app.audit_log.action -> archive.audit_log_2023.action
-- columns: app.audit_log.logged_at -> archive.audit_log_2023.logged_at
-- effects: delete app.audit_log
CREATE TABLE IF NOT EXISTS archive.audit_log_2023 (LIKE app.audit_log INCLUDING ALL);

INSERT INTO archive.audit_log_2023
SELECT * FROM app.audit_log WHERE logged_at < '2024-01-01';

DELETE FROM app.audit_log WHERE logged_at < '2024-01-01';

COMMENT ON TABLE archive.audit_log_2023 IS 'moved out of app.audit_log; do not edit';
GRANT SELECT ON archive.audit_log_2023 TO reporting_ro;
ANALYZE archive.audit_log_2023;

-- case: union_all_with_mixed_case_and_quoted_names
-- sources: Legacy.Customer_Master, crm.Contacts
-- targets: mart.unified_contacts
-- columns: Legacy.Customer_Master.CUST_NO -> mart.unified_contacts.contact_key
-- columns: crm.Contacts.ContactId -> mart.unified_contacts.contact_key
-- columns: Legacy.Customer_Master.EMAIL_ADDR -> mart.unified_contacts.email
-- columns: crm.Contacts.email -> mart.unified_contacts.email
INSERT INTO MART.Unified_Contacts (Contact_Key, EMail, Origin)
SELECT 'L-' || lm."CUST_NO", lower(lm."EMAIL_ADDR"), 'legacy'
FROM "Legacy"."Customer_Master" lm
UNION ALL
SELECT 'C-' || c."ContactId", lower(c.Email), 'crm'
FROM crm."Contacts" c;
