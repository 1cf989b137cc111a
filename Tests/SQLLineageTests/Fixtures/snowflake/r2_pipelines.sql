-- case: qualify_dedupe_three_part_names
-- sources: RAW.CRM.CUSTOMER_CHANGES
-- targets: ANALYTICS.CORE.DIM_CUSTOMER_LATEST
-- columns: RAW.CRM.CUSTOMER_CHANGES.CUSTOMER_ID -> ANALYTICS.CORE.DIM_CUSTOMER_LATEST.CUSTOMER_ID
-- columns: RAW.CRM.CUSTOMER_CHANGES.EMAIL -> ANALYTICS.CORE.DIM_CUSTOMER_LATEST.EMAIL
-- columns: RAW.CRM.CUSTOMER_CHANGES.PLAN_TIER -> ANALYTICS.CORE.DIM_CUSTOMER_LATEST.PLAN_TIER
-- columns: RAW.CRM.CUSTOMER_CHANGES.UPDATED_AT -> ANALYTICS.CORE.DIM_CUSTOMER_LATEST.UPDATED_AT
create or replace table analytics.core.dim_customer_latest
  cluster by (customer_id)
as
select c.customer_id,
       c.email,
       c.plan_tier,
       c.updated_at
from raw.crm.customer_changes c
qualify row_number() over (partition by c.customer_id
                           order by c.updated_at desc, c._loaded_at desc) = 1;

-- case: nested_lateral_flatten_variant_paths
-- sources: RAW.ORDERS_JSON
-- targets: CORE.ORDER_ITEM_ATTRIBUTES
-- columns: RAW.ORDERS_JSON.DOC -> CORE.ORDER_ITEM_ATTRIBUTES.ORDER_ID
-- columns: RAW.ORDERS_JSON.DOC -> CORE.ORDER_ITEM_ATTRIBUTES.SKU
-- columns: RAW.ORDERS_JSON.DOC -> CORE.ORDER_ITEM_ATTRIBUTES.ATTR_NAME
-- columns: RAW.ORDERS_JSON.DOC -> CORE.ORDER_ITEM_ATTRIBUTES.ATTR_VALUE
INSERT INTO core.order_item_attributes (order_id, sku, attr_name, attr_value)
SELECT o.doc:orderId::string,
       li.value:sku::string,
       attr.key::string,
       attr.value::string
FROM raw.orders_json o,
     LATERAL FLATTEN(input => o.doc:lineItems) li,
     LATERAL FLATTEN(input => li.value:attributes) attr
WHERE o.doc:status::string <> 'CANCELLED';

-- case: merge_from_qualify_subquery_reading_target_watermark
-- sources: RAW.CUSTOMER_EVENTS, CORE.CUSTOMERS
-- targets: CORE.CUSTOMERS
-- columns: RAW.CUSTOMER_EVENTS.PAYLOAD -> CORE.CUSTOMERS.ID
-- columns: RAW.CUSTOMER_EVENTS.PAYLOAD -> CORE.CUSTOMERS.EMAIL
-- columns: RAW.CUSTOMER_EVENTS.PAYLOAD -> CORE.CUSTOMERS.CITY
-- columns: RAW.CUSTOMER_EVENTS._INGESTED_AT -> CORE.CUSTOMERS.LOADED_AT
MERGE INTO core.customers AS tgt
USING (
    SELECT payload:id::number            AS id,
           payload:email::string         AS email,
           payload:address.city::string  AS city,
           _ingested_at
    FROM raw.customer_events
    WHERE _ingested_at > (SELECT COALESCE(MAX(loaded_at), '1970-01-01'::timestamp_ntz) FROM core.customers)
    QUALIFY ROW_NUMBER() OVER (PARTITION BY payload:id ORDER BY _ingested_at DESC) = 1
) AS src
ON tgt.id = src.id
WHEN MATCHED THEN UPDATE SET
    tgt.email = src.email,
    tgt.city = src.city,
    tgt.loaded_at = src._ingested_at
WHEN NOT MATCHED THEN INSERT (id, email, city, loaded_at)
    VALUES (src.id, src.email, src.city, src._ingested_at);

-- case: insert_all_unconditional_two_targets
-- sources: RAW.USERS
-- targets: MART.DIM_USER, MART.USER_SIGNUP_FACTS
-- columns: RAW.USERS.ID -> MART.DIM_USER.USER_ID, RAW.USERS.EMAIL -> MART.DIM_USER.EMAIL
-- columns: RAW.USERS.ID -> MART.USER_SIGNUP_FACTS.USER_ID
-- columns: RAW.USERS.CREATED_AT -> MART.USER_SIGNUP_FACTS.SIGNUP_TS
-- columns: RAW.USERS.UTM_SOURCE -> MART.USER_SIGNUP_FACTS.CHANNEL
INSERT ALL
  INTO mart.dim_user (user_id, email) VALUES (uid, mail)
  INTO mart.user_signup_facts (user_id, signup_ts, channel) VALUES (uid, ts, chan)
SELECT u.id                               AS uid,
       LOWER(u.email)                     AS mail,
       u.created_at                       AS ts,
       COALESCE(u.utm_source, 'organic')  AS chan
FROM raw.users u
WHERE u.created_at >= DATEADD(day, -1, CURRENT_DATE());

-- case: insert_first_with_else_and_no_values
-- sources: RAW.TRANSACTIONS, REF.FX_RATES
-- targets: MART.WHALE_TXN, MART.REGULAR_TXN, MART.MICRO_TXN
-- columns: RAW.TRANSACTIONS.TXN_ID -> MART.WHALE_TXN.TXN_ID
-- columns: RAW.TRANSACTIONS.TXN_ID -> MART.REGULAR_TXN.TXN_ID
-- columns: RAW.TRANSACTIONS.TXN_ID -> MART.MICRO_TXN.TXN_ID
-- columns: RAW.TRANSACTIONS.AMOUNT -> MART.WHALE_TXN.AMOUNT_USD, REF.FX_RATES.RATE -> MART.WHALE_TXN.AMOUNT_USD
-- columns: RAW.TRANSACTIONS.AMOUNT -> MART.REGULAR_TXN.AMOUNT_USD, REF.FX_RATES.RATE -> MART.REGULAR_TXN.AMOUNT_USD
-- columns: RAW.TRANSACTIONS.AMOUNT -> MART.MICRO_TXN.AMOUNT_USD, REF.FX_RATES.RATE -> MART.MICRO_TXN.AMOUNT_USD
-- indirect: REF.FX_RATES.CURRENCY, RAW.TRANSACTIONS.CURRENCY, REF.FX_RATES.RATE_DATE, RAW.TRANSACTIONS.TXN_DATE
INSERT FIRST
  WHEN amount_usd >= 10000 THEN INTO mart.whale_txn (txn_id, amount_usd)
  WHEN amount_usd >= 100   THEN INTO mart.regular_txn (txn_id, amount_usd)
  ELSE INTO mart.micro_txn (txn_id, amount_usd)
SELECT t.txn_id, t.amount * fx.rate AS amount_usd
FROM raw.transactions t
JOIN ref.fx_rates fx
  ON fx.currency = t.currency
 AND fx.rate_date = t.txn_date;

-- case: variant_bracket_paths_quoted_keys_get_path
-- sources: RAW.WEB_EVENTS
-- targets: MART.V_CHECKOUT_EVENTS
-- columns: RAW.WEB_EVENTS.EVENT_ID -> MART.V_CHECKOUT_EVENTS.EVENT_ID
-- columns: RAW.WEB_EVENTS.V -> MART.V_CHECKOUT_EVENTS.FIRST_NAME
-- columns: RAW.WEB_EVENTS.V -> MART.V_CHECKOUT_EVENTS.FIRST_SKU
-- columns: RAW.WEB_EVENTS.V -> MART.V_CHECKOUT_EVENTS.CART_TOTAL
-- columns: RAW.WEB_EVENTS.EVENT_TS -> MART.V_CHECKOUT_EVENTS.EVENT_TS
CREATE OR REPLACE VIEW mart.v_checkout_events AS
SELECT e.event_id,
       e.v:"customer"."first-name"::varchar     AS first_name,
       e.v['items'][0]:sku::varchar             AS first_sku,
       GET_PATH(e.v, 'cart.total')::number(12,2) AS cart_total,
       e.event_ts
FROM raw.web_events e
WHERE e.v:type::string = 'checkout';

-- case: array_agg_within_group_count_if_div0_over_lag_cte
-- sources: RAW.MARKETING_TOUCHES
-- targets: MART.CUSTOMER_PATHS
-- columns: RAW.MARKETING_TOUCHES.CUSTOMER_ID -> MART.CUSTOMER_PATHS.CUSTOMER_ID
-- columns: RAW.MARKETING_TOUCHES.CHANNEL -> MART.CUSTOMER_PATHS.PATH, RAW.MARKETING_TOUCHES.TOUCHED_AT -> MART.CUSTOMER_PATHS.PATH
-- columns: RAW.MARKETING_TOUCHES.CHANNEL -> MART.CUSTOMER_PATHS.REPEATS
-- columns: RAW.MARKETING_TOUCHES.CUSTOMER_ID -> MART.CUSTOMER_PATHS.REPEATS
-- columns: RAW.MARKETING_TOUCHES.TOUCHED_AT -> MART.CUSTOMER_PATHS.REPEATS
-- columns: RAW.MARKETING_TOUCHES.CHANNEL -> MART.CUSTOMER_PATHS.EMAIL_SHARE
CREATE OR REPLACE TABLE mart.customer_paths AS
WITH touches AS (
    SELECT t.customer_id, t.channel, t.touched_at,
           LAG(t.channel) OVER (PARTITION BY t.customer_id ORDER BY t.touched_at) AS prev_channel
    FROM raw.marketing_touches t
)
SELECT customer_id,
       ARRAY_AGG(channel) WITHIN GROUP (ORDER BY touched_at) AS path,
       COUNT_IF(channel = prev_channel)                        AS repeats,
       DIV0(COUNT_IF(channel = 'email'), COUNT(*))             AS email_share
FROM touches
GROUP BY customer_id;

-- case: quoted_mixed_case_three_part_names
-- sources: RAW_DB.SHOP.Orders
-- targets: Analytics.MARTS.Revenue_Daily
-- columns: RAW_DB.SHOP.Orders.createdAt -> Analytics.MARTS.Revenue_Daily.Day
-- columns: RAW_DB.SHOP.Orders.AMOUNT -> Analytics.MARTS.Revenue_Daily.REVENUE
CREATE OR REPLACE TABLE "Analytics".marts."Revenue_Daily" AS
SELECT DATE_TRUNC('day', o."createdAt") AS "Day",
       SUM(o.amount)                    AS revenue
FROM raw_db.shop."Orders" o
GROUP BY 1;

-- case: table_flatten_parse_json_object_construct
-- sources: RAW.USERS
-- targets: CORE.USER_PREFS
-- columns: RAW.USERS.USER_ID -> CORE.USER_PREFS.USER_ID
-- columns: RAW.USERS.PREFS_JSON -> CORE.USER_PREFS.PREF_KEY
-- columns: RAW.USERS.PREFS_JSON -> CORE.USER_PREFS.PREF_VALUE
-- columns: RAW.USERS.PREFS_JSON -> CORE.USER_PREFS.PREFS_OBJ
INSERT INTO core.user_prefs (user_id, pref_key, pref_value, prefs_obj)
SELECT u.user_id, p.key, p.value::string, OBJECT_CONSTRUCT('k', p.key, 'v', p.value)
FROM raw.users u,
     TABLE(FLATTEN(input => PARSE_JSON(u.prefs_json))) p;

-- case: session_variable_temp_table_update_from_aggregate
-- sources: OPS.SHIPMENTS
-- targets: OPS.CARRIER_SCORECARD
-- intermediate: TMP_LATE
-- columns: OPS.SHIPMENTS.PROMISED_AT -> OPS.CARRIER_SCORECARD.AVG_DAYS_LATE
-- columns: OPS.SHIPMENTS.DELIVERED_AT -> OPS.CARRIER_SCORECARD.AVG_DAYS_LATE
SET cutoff = DATEADD(day, -7, CURRENT_DATE());

CREATE TEMPORARY TABLE tmp_late AS
SELECT s.shipment_id,
       s.carrier_code,
       DATEDIFF(day, s.promised_at, COALESCE(s.delivered_at, CURRENT_TIMESTAMP())) AS days_late
FROM ops.shipments s
WHERE s.promised_at < $cutoff;

UPDATE ops.carrier_scorecard sc
SET late_shipments = x.cnt,
    avg_days_late  = x.avg_late
FROM (SELECT carrier_code, COUNT(*) AS cnt, AVG(days_late) AS avg_late
      FROM tmp_late
      WHERE days_late > 0
      GROUP BY carrier_code) x
WHERE sc.carrier_code = x.carrier_code;

DROP TABLE tmp_late;

-- case: select_star_exclude_rename_from_schema
-- schema: RAW.ACCOUNTS(ID, NAME, SSN, CREATED_AT)
-- sources: RAW.ACCOUNTS
-- targets: MART.V_ACCOUNTS
-- columns: RAW.ACCOUNTS.ID -> MART.V_ACCOUNTS.ID
-- columns: RAW.ACCOUNTS.NAME -> MART.V_ACCOUNTS.ACCOUNT_NAME
-- columns: RAW.ACCOUNTS.CREATED_AT -> MART.V_ACCOUNTS.CREATED_AT
CREATE OR REPLACE VIEW mart.v_accounts AS
SELECT * EXCLUDE (ssn) RENAME (name AS account_name)
FROM raw.accounts;

-- case: merge_with_delete_branch_and_iff
-- sources: STAGING.INVENTORY_FEED
-- targets: CORE.INVENTORY
-- columns: STAGING.INVENTORY_FEED.SKU -> CORE.INVENTORY.SKU
-- columns: STAGING.INVENTORY_FEED.QTY -> CORE.INVENTORY.QTY
-- columns: STAGING.INVENTORY_FEED.QTY -> CORE.INVENTORY.STATUS
merge into core.inventory t
using staging.inventory_feed s
   on t.sku = s.sku
when matched and s.qty is null then delete
when matched then update set
     t.qty = s.qty,
     t.status = iff(s.qty > 0, 'IN_STOCK', 'OUT_OF_STOCK')
when not matched and s.qty is not null then insert (sku, qty, status)
     values (s.sku, s.qty, iff(s.qty > 0, 'IN_STOCK', 'OUT_OF_STOCK'));

-- case: unpivot_metrics_to_rows
-- sources: MART.DAILY_METRICS
-- targets: MART.METRICS_LONG
-- columns: MART.DAILY_METRICS.DAY -> MART.METRICS_LONG.DAY
-- columns: MART.DAILY_METRICS.SIGNUPS -> MART.METRICS_LONG.METRIC_VALUE
-- columns: MART.DAILY_METRICS.ORDERS -> MART.METRICS_LONG.METRIC_VALUE
-- columns: MART.DAILY_METRICS.REVENUE -> MART.METRICS_LONG.METRIC_VALUE
INSERT INTO mart.metrics_long (day, metric_name, metric_value)
SELECT day, metric_name, metric_value
FROM mart.daily_metrics
    UNPIVOT (metric_value FOR metric_name IN (signups, orders, revenue));

-- case: update_from_two_tables_with_subquery_filter
-- sources: STAGING.PRICE_UPDATES, REF.CURRENCIES, CORE.PRICE_LOCKS
-- targets: CORE.PRODUCTS
-- columns: STAGING.PRICE_UPDATES.NEW_PRICE -> CORE.PRODUCTS.PRICE_USD
-- columns: REF.CURRENCIES.USD_RATE -> CORE.PRODUCTS.PRICE_USD
-- columns: STAGING.PRICE_UPDATES.EFFECTIVE_FROM -> CORE.PRODUCTS.PRICE_UPDATED_AT
-- indirect: STAGING.PRICE_UPDATES.SKU, CORE.PRODUCTS.SKU, REF.CURRENCIES.CODE, STAGING.PRICE_UPDATES.CURRENCY
-- indirect: CORE.PRICE_LOCKS.SKU
UPDATE core.products p
SET price_usd = u.new_price * c.usd_rate,
    price_updated_at = u.effective_from
FROM staging.price_updates u, ref.currencies c
WHERE u.sku = p.sku
  AND c.code = u.currency
  AND p.sku NOT IN (SELECT l.sku FROM core.price_locks l);

-- case: create_table_like_then_insert_overwrite_with_window
-- sources: RAW.PAGEVIEWS
-- targets: MART.PAGEVIEWS_RANKED
-- columns: RAW.PAGEVIEWS.URL -> MART.PAGEVIEWS_RANKED.URL
-- columns: RAW.PAGEVIEWS.VIEWS -> MART.PAGEVIEWS_RANKED.VIEWS
-- columns: RAW.PAGEVIEWS.VIEWS -> MART.PAGEVIEWS_RANKED.PCT_RANK
-- columns: RAW.PAGEVIEWS.SITE -> MART.PAGEVIEWS_RANKED.PCT_RANK
CREATE TABLE IF NOT EXISTS mart.pageviews_ranked LIKE raw.pageviews;

INSERT OVERWRITE INTO mart.pageviews_ranked (url, views, pct_rank)
SELECT url, views, PERCENT_RANK() OVER (PARTITION BY site ORDER BY views)
FROM raw.pageviews;
