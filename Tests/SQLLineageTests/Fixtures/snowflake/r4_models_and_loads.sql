-- case: dbt_incremental_merge_ephemeral_ctes_temp_table_then_merge_all_columns
-- schema: ANALYTICS.STAGING.STG_ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_DATE, STATUS, UPDATED_AT)
-- sources: ANALYTICS.STAGING.STG_ORDER_ITEMS, ANALYTICS.STAGING.STG_PAYMENTS, ANALYTICS.STAGING.STG_ORDERS
-- sources: ANALYTICS.MARTS.FCT_ORDERS, ANALYTICS.MARTS.DIM_CUSTOMERS
-- targets: ANALYTICS.MARTS.FCT_ORDERS
-- intermediate: ANALYTICS.MARTS.FCT_ORDERS__DBT_TMP
-- columns: ANALYTICS.STAGING.STG_ORDERS.ORDER_ID -> ANALYTICS.MARTS.FCT_ORDERS.ORDER_ID
-- columns: ANALYTICS.STAGING.STG_ORDERS.CUSTOMER_ID -> ANALYTICS.MARTS.FCT_ORDERS.CUSTOMER_ID
-- columns: ANALYTICS.STAGING.STG_ORDERS.ORDER_DATE -> ANALYTICS.MARTS.FCT_ORDERS.ORDER_DATE
-- columns: ANALYTICS.STAGING.STG_ORDERS.STATUS -> ANALYTICS.MARTS.FCT_ORDERS.STATUS
-- columns: ANALYTICS.STAGING.STG_ORDERS.UPDATED_AT -> ANALYTICS.MARTS.FCT_ORDERS.UPDATED_AT
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.QUANTITY -> ANALYTICS.MARTS.FCT_ORDERS.GROSS_AMOUNT
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.UNIT_PRICE -> ANALYTICS.MARTS.FCT_ORDERS.GROSS_AMOUNT
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.DISCOUNT_AMOUNT -> ANALYTICS.MARTS.FCT_ORDERS.DISCOUNT_AMOUNT
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.STATUS -> ANALYTICS.MARTS.FCT_ORDERS.PAID_AMOUNT
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.AMOUNT -> ANALYTICS.MARTS.FCT_ORDERS.PAID_AMOUNT
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.PAYMENT_METHOD -> ANALYTICS.MARTS.FCT_ORDERS.LAST_PAYMENT_METHOD
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.CREATED_AT -> ANALYTICS.MARTS.FCT_ORDERS.LAST_PAYMENT_METHOD
-- columns: ANALYTICS.MARTS.DIM_CUSTOMERS.CUSTOMER_SEGMENT -> ANALYTICS.MARTS.FCT_ORDERS.CUSTOMER_SEGMENT
-- columns: ANALYTICS.STAGING.STG_ORDERS.ORDER_DATE -> ANALYTICS.MARTS.FCT_ORDERS.IS_FIRST_ORDER
-- columns: ANALYTICS.MARTS.DIM_CUSTOMERS.FIRST_ORDER_DATE -> ANALYTICS.MARTS.FCT_ORDERS.IS_FIRST_ORDER
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.QUANTITY -> ANALYTICS.MARTS.FCT_ORDERS.NET_AMOUNT
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.UNIT_PRICE -> ANALYTICS.MARTS.FCT_ORDERS.NET_AMOUNT
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.DISCOUNT_AMOUNT -> ANALYTICS.MARTS.FCT_ORDERS.NET_AMOUNT
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.STATUS -> ANALYTICS.MARTS.FCT_ORDERS.PAID_RATIO
-- columns: ANALYTICS.STAGING.STG_PAYMENTS.AMOUNT -> ANALYTICS.MARTS.FCT_ORDERS.PAID_RATIO
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.QUANTITY -> ANALYTICS.MARTS.FCT_ORDERS.PAID_RATIO
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.UNIT_PRICE -> ANALYTICS.MARTS.FCT_ORDERS.PAID_RATIO
-- columns: ANALYTICS.STAGING.STG_ORDER_ITEMS.DISCOUNT_AMOUNT -> ANALYTICS.MARTS.FCT_ORDERS.PAID_RATIO
-- indirect: ANALYTICS.MARTS.FCT_ORDERS.UPDATED_AT, ANALYTICS.STAGING.STG_ORDER_ITEMS.ORDER_ID
-- indirect: ANALYTICS.STAGING.STG_PAYMENTS.ORDER_ID, ANALYTICS.MARTS.DIM_CUSTOMERS.CUSTOMER_ID, ANALYTICS.MARTS.FCT_ORDERS.ORDER_ID
-- diagnostics: none
-- compiled by dbt-snowflake 1.7.2 for model fct_orders (incremental, merge)
create or replace temporary table ANALYTICS.MARTS.FCT_ORDERS__dbt_tmp
         as
        (
with __dbt__cte__int_order_items as (
    select
        oi.order_id,
        count(*)                              as item_count,
        sum(oi.quantity * oi.unit_price)      as gross_amount,
        sum(oi.discount_amount)               as discount_amount
    from ANALYTICS.STAGING.STG_ORDER_ITEMS oi
    group by oi.order_id
),  __dbt__cte__int_payments as (
    select
        p.order_id,
        sum(iff(p.status = 'success', p.amount, 0))      as paid_amount,
        max_by(p.payment_method, p.created_at)            as last_payment_method
    from ANALYTICS.STAGING.STG_PAYMENTS p
    group by p.order_id
), orders as (
    select * from ANALYTICS.STAGING.STG_ORDERS
    where updated_at > (select dateadd(hour, -6, max(updated_at)) from ANALYTICS.MARTS.FCT_ORDERS)
), customers as (
    select customer_id, first_order_date, customer_segment
    from ANALYTICS.MARTS.DIM_CUSTOMERS
), joined as (
    select
        o.order_id,
        o.customer_id,
        o.order_date,
        o.status,
        o.updated_at,
        coalesce(i.item_count, 0)        as item_count,
        coalesce(i.gross_amount, 0)      as gross_amount,
        coalesce(i.discount_amount, 0)   as discount_amount,
        coalesce(pm.paid_amount, 0)      as paid_amount,
        pm.last_payment_method,
        c.customer_segment,
        o.order_date = c.first_order_date as is_first_order
    from orders o
    left join __dbt__cte__int_order_items i on i.order_id = o.order_id
    left join __dbt__cte__int_payments pm   on pm.order_id = o.order_id
    left join customers c                   on c.customer_id = o.customer_id
), final as (
    select
        *,
        gross_amount - discount_amount                        as net_amount,
        div0(paid_amount, gross_amount - discount_amount)     as paid_ratio
    from joined
)
select * from final
        );

merge into ANALYTICS.MARTS.FCT_ORDERS as DBT_INTERNAL_DEST
        using ANALYTICS.MARTS.FCT_ORDERS__dbt_tmp as DBT_INTERNAL_SOURCE
        on (
                DBT_INTERNAL_SOURCE.order_id = DBT_INTERNAL_DEST.order_id
            )
    when matched then update set
        "ORDER_ID" = DBT_INTERNAL_SOURCE."ORDER_ID","CUSTOMER_ID" = DBT_INTERNAL_SOURCE."CUSTOMER_ID","ORDER_DATE" = DBT_INTERNAL_SOURCE."ORDER_DATE","STATUS" = DBT_INTERNAL_SOURCE."STATUS","UPDATED_AT" = DBT_INTERNAL_SOURCE."UPDATED_AT","ITEM_COUNT" = DBT_INTERNAL_SOURCE."ITEM_COUNT","GROSS_AMOUNT" = DBT_INTERNAL_SOURCE."GROSS_AMOUNT","DISCOUNT_AMOUNT" = DBT_INTERNAL_SOURCE."DISCOUNT_AMOUNT","PAID_AMOUNT" = DBT_INTERNAL_SOURCE."PAID_AMOUNT","LAST_PAYMENT_METHOD" = DBT_INTERNAL_SOURCE."LAST_PAYMENT_METHOD","CUSTOMER_SEGMENT" = DBT_INTERNAL_SOURCE."CUSTOMER_SEGMENT","IS_FIRST_ORDER" = DBT_INTERNAL_SOURCE."IS_FIRST_ORDER","NET_AMOUNT" = DBT_INTERNAL_SOURCE."NET_AMOUNT","PAID_RATIO" = DBT_INTERNAL_SOURCE."PAID_RATIO"
    when not matched then insert
        ("ORDER_ID", "CUSTOMER_ID", "ORDER_DATE", "STATUS", "UPDATED_AT", "ITEM_COUNT", "GROSS_AMOUNT", "DISCOUNT_AMOUNT", "PAID_AMOUNT", "LAST_PAYMENT_METHOD", "CUSTOMER_SEGMENT", "IS_FIRST_ORDER", "NET_AMOUNT", "PAID_RATIO")
    values
        (DBT_INTERNAL_SOURCE."ORDER_ID", DBT_INTERNAL_SOURCE."CUSTOMER_ID", DBT_INTERNAL_SOURCE."ORDER_DATE", DBT_INTERNAL_SOURCE."STATUS", DBT_INTERNAL_SOURCE."UPDATED_AT", DBT_INTERNAL_SOURCE."ITEM_COUNT", DBT_INTERNAL_SOURCE."GROSS_AMOUNT", DBT_INTERNAL_SOURCE."DISCOUNT_AMOUNT", DBT_INTERNAL_SOURCE."PAID_AMOUNT", DBT_INTERNAL_SOURCE."LAST_PAYMENT_METHOD", DBT_INTERNAL_SOURCE."CUSTOMER_SEGMENT", DBT_INTERNAL_SOURCE."IS_FIRST_ORDER", DBT_INTERNAL_SOURCE."NET_AMOUNT", DBT_INTERNAL_SOURCE."PAID_RATIO")

;
drop table if exists ANALYTICS.MARTS.FCT_ORDERS__dbt_tmp;

-- case: insert_all_three_branches_from_variant_paths_and_outer_flatten_of_items
-- sources: RAW.GA4.EVENTS
-- targets: ANALYTICS.CORE.PURCHASES, ANALYTICS.CORE.CART_ADDS, ANALYTICS.CORE.COMMERCE_EVENTS
-- columns: RAW.GA4.EVENTS.EVENT_ID -> ANALYTICS.CORE.PURCHASES.EVENT_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.PURCHASES.USER_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.PURCHASES.ORDER_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.PURCHASES.REVENUE
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.PURCHASES.CURRENCY
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.PURCHASES.EVENT_TS
-- columns: RAW.GA4.EVENTS.EVENT_ID -> ANALYTICS.CORE.CART_ADDS.EVENT_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.CART_ADDS.USER_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.CART_ADDS.SKU
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.CART_ADDS.QUANTITY
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.CART_ADDS.EVENT_TS
-- columns: RAW.GA4.EVENTS.EVENT_ID -> ANALYTICS.CORE.COMMERCE_EVENTS.EVENT_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.COMMERCE_EVENTS.EVENT_TYPE
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.COMMERCE_EVENTS.USER_ID
-- columns: RAW.GA4.EVENTS.PAYLOAD -> ANALYTICS.CORE.COMMERCE_EVENTS.EVENT_TS
-- indirect: RAW.GA4.EVENTS.LOAD_DATE
-- diagnostics: none
INSERT ALL
  WHEN event_type = 'purchase' THEN
    INTO analytics.core.purchases (event_id, user_id, order_id, revenue, currency, event_ts)
    VALUES (event_id, user_id, order_id, revenue, currency, event_ts)
  WHEN event_type = 'add_to_cart' THEN
    INTO analytics.core.cart_adds (event_id, user_id, sku, quantity, event_ts)
    VALUES (event_id, user_id, sku, quantity, event_ts)
  WHEN event_type IN ('purchase', 'add_to_cart', 'view_item') THEN
    INTO analytics.core.commerce_events (event_id, event_type, user_id, event_ts)
    VALUES (event_id, event_type, user_id, event_ts)
SELECT e.event_id,
       e.payload:event_name::string                         AS event_type,
       e.payload:user.id::number                             AS user_id,
       e.payload:ecommerce.transaction_id::string            AS order_id,
       e.payload:ecommerce.value::number(12, 2)              AS revenue,
       COALESCE(e.payload:ecommerce.currency::string, 'USD') AS currency,
       i.value:item_id::string                               AS sku,
       i.value:quantity::int                                 AS quantity,
       TO_TIMESTAMP_NTZ(e.payload:event_timestamp::number, 6) AS event_ts
  FROM raw.ga4.events e,
       LATERAL FLATTEN(input => e.payload:ecommerce.items, outer => TRUE) i
 WHERE e.load_date = CURRENT_DATE();

-- case: merge_from_union_all_of_two_feeds_try_to_number_delete_branch_then_delete_using
-- sources: RAW.WMS_SNAPSHOTS, RAW.THREEPL_STOCK, CORE.DISCONTINUED_SKUS
-- targets: CORE.INVENTORY_POSITIONS
-- effects: delete CORE.INVENTORY_POSITIONS
-- columns: RAW.WMS_SNAPSHOTS.SKU -> CORE.INVENTORY_POSITIONS.SKU, RAW.THREEPL_STOCK.PRODUCT_CODE -> CORE.INVENTORY_POSITIONS.SKU
-- columns: RAW.WMS_SNAPSHOTS.WAREHOUSE_ID -> CORE.INVENTORY_POSITIONS.WAREHOUSE_ID
-- columns: RAW.THREEPL_STOCK.LOCATION_ID -> CORE.INVENTORY_POSITIONS.WAREHOUSE_ID
-- columns: RAW.WMS_SNAPSHOTS.RAW -> CORE.INVENTORY_POSITIONS.QTY_ON_HAND, RAW.THREEPL_STOCK.QUANTITY -> CORE.INVENTORY_POSITIONS.QTY_ON_HAND
-- columns: RAW.WMS_SNAPSHOTS.RAW -> CORE.INVENTORY_POSITIONS.AS_OF, RAW.THREEPL_STOCK.REPORTED_AT -> CORE.INVENTORY_POSITIONS.AS_OF
-- indirect: RAW.WMS_SNAPSHOTS.SNAPSHOT_DATE, CORE.INVENTORY_POSITIONS.SKU, CORE.INVENTORY_POSITIONS.WAREHOUSE_ID
-- indirect: CORE.INVENTORY_POSITIONS.AS_OF, CORE.DISCONTINUED_SKUS.SKU
-- diagnostics: none
MERGE INTO core.inventory_positions AS t
USING (
    SELECT w.sku,
           w.warehouse_id,
           TRY_TO_NUMBER(w.raw:qty::string)  AS qty_on_hand,
           w.raw:ts::timestamp_ntz           AS as_of,
           'WMS'                             AS source_system
      FROM raw.wms_snapshots w
     WHERE w.snapshot_date = CURRENT_DATE()
    UNION ALL
    SELECT s.product_code,
           s.location_id,
           s.quantity,
           s.reported_at,
           '3PL'
      FROM raw.threepl_stock s
     WHERE s.reported_at >= DATEADD(day, -1, CURRENT_TIMESTAMP())
) AS src
ON t.sku = src.sku AND t.warehouse_id = src.warehouse_id
WHEN MATCHED AND src.qty_on_hand IS NULL THEN DELETE
WHEN MATCHED AND src.as_of > t.as_of THEN UPDATE SET
     t.qty_on_hand   = src.qty_on_hand,
     t.as_of         = src.as_of,
     t.source_system = src.source_system
WHEN NOT MATCHED AND src.qty_on_hand IS NOT NULL THEN INSERT
     (sku, warehouse_id, qty_on_hand, as_of, source_system)
     VALUES (src.sku, src.warehouse_id, src.qty_on_hand, src.as_of, src.source_system);

DELETE FROM core.inventory_positions
 USING core.discontinued_skus d
 WHERE inventory_positions.sku = d.sku;

-- case: session_variables_temp_table_having_update_from_aggregate_insert_overwrite_and_drop
-- sources: RAW.PRODUCT_USAGE
-- targets: CORE.ACCOUNT_HEALTH, MART.FEATURE_ADOPTION
-- intermediate: TMP_DAILY_USAGE
-- columns: RAW.PRODUCT_USAGE.FEATURE_CODE -> CORE.ACCOUNT_HEALTH.ACTIVE_FEATURES
-- columns: RAW.PRODUCT_USAGE.USER_ID -> CORE.ACCOUNT_HEALTH.DAILY_ACTIVE_USERS
-- columns: RAW.PRODUCT_USAGE.FEATURE_CODE -> MART.FEATURE_ADOPTION.FEATURE_CODE
-- columns: RAW.PRODUCT_USAGE.ACCOUNT_ID -> MART.FEATURE_ADOPTION.ACCOUNTS
-- columns: RAW.PRODUCT_USAGE.DURATION_SEC -> MART.FEATURE_ADOPTION.AVG_SECONDS_PER_USE
-- indirect: RAW.PRODUCT_USAGE.EVENT_DATE, CORE.ACCOUNT_HEALTH.ACCOUNT_ID
-- diagnostics: none
SET run_date = DATEADD(day, -1, CURRENT_DATE());
SET min_sessions = 3;

CREATE OR REPLACE TEMPORARY TABLE tmp_daily_usage AS
SELECT u.account_id,
       u.feature_code,
       COUNT(*)                  AS uses,
       COUNT(DISTINCT u.user_id) AS users,
       SUM(u.duration_sec)       AS seconds
  FROM raw.product_usage u
 WHERE u.event_date = $run_date
 GROUP BY u.account_id, u.feature_code
HAVING COUNT(*) >= $min_sessions;

UPDATE core.account_health h
   SET h.active_features    = x.features,
       h.daily_active_users = x.dau,
       h.last_activity_date = $run_date
  FROM (SELECT account_id,
               COUNT(DISTINCT feature_code) AS features,
               MAX(users)                   AS dau
          FROM tmp_daily_usage
         GROUP BY account_id) x
 WHERE h.account_id = x.account_id;

INSERT OVERWRITE INTO mart.feature_adoption (feature_code, accounts, total_uses, avg_seconds_per_use, snapshot_date)
SELECT t.feature_code,
       COUNT(DISTINCT t.account_id),
       SUM(t.uses),
       DIV0(SUM(t.seconds), SUM(t.uses)),
       $run_date
  FROM tmp_daily_usage t
 GROUP BY t.feature_code;

DROP TABLE IF EXISTS tmp_daily_usage;
UNSET (run_date, min_sessions);

-- case: secure_view_double_lateral_flatten_get_path_then_ctas_rollup_from_view
-- sources: RAW.SHOP.ORDERS, ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS
-- targets: ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS, ANALYTICS.MART.DISCOUNT_CODE_PERFORMANCE
-- columns: RAW.SHOP.ORDERS.ORDER_ID -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.ORDER_ID
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.CUSTOMER_EMAIL
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.LINE_NUMBER
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.SKU
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.UNIT_PRICE
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.DISCOUNT_CODE
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.DISCOUNT_AMOUNT
-- columns: RAW.SHOP.ORDERS.RAW_ORDER -> ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.SHIP_COUNTRY
-- columns: ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.DISCOUNT_CODE -> ANALYTICS.MART.DISCOUNT_CODE_PERFORMANCE.DISCOUNT_CODE
-- columns: ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.ORDER_ID -> ANALYTICS.MART.DISCOUNT_CODE_PERFORMANCE.ORDERS
-- columns: ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.DISCOUNT_AMOUNT -> ANALYTICS.MART.DISCOUNT_CODE_PERFORMANCE.TOTAL_DISCOUNT
-- columns: ANALYTICS.CORE.V_ORDER_LINE_DISCOUNTS.CUSTOMER_EMAIL -> ANALYTICS.MART.DISCOUNT_CODE_PERFORMANCE.CUSTOMERS
-- indirect:
-- diagnostics: none
CREATE OR REPLACE SECURE VIEW analytics.core.v_order_line_discounts
  COMMENT = 'one row per discount applied to an order line'
AS
SELECT o.order_id,
       o.raw_order:customer.email::string              AS customer_email,
       li.value:line_no::int                           AS line_number,
       li.value:sku::string                            AS sku,
       li.value:price::number(12, 2)                   AS unit_price,
       d.value:code::string                            AS discount_code,
       d.value:amount::number(12, 2)                   AS discount_amount,
       GET_PATH(o.raw_order, 'shipping.country')::string AS ship_country
  FROM raw.shop.orders o,
       LATERAL FLATTEN(input => o.raw_order:line_items) li,
       LATERAL FLATTEN(input => li.value:discounts, outer => TRUE) d
 WHERE o.raw_order:test::boolean = FALSE;

CREATE OR REPLACE TABLE analytics.mart.discount_code_performance AS
SELECT v.discount_code,
       COUNT(DISTINCT v.order_id)             AS orders,
       SUM(v.discount_amount)                 AS total_discount,
       APPROX_COUNT_DISTINCT(v.customer_email) AS customers
  FROM analytics.core.v_order_line_discounts v
 WHERE v.discount_code IS NOT NULL
 GROUP BY v.discount_code;

-- case: ctas_pivot_with_alias_column_list_then_unpivot_include_nulls_insert
-- sources: CORE.ORDERS, CORE.REGIONS, MART.REGION_QUARTER_REVENUE
-- targets: MART.REGION_QUARTER_REVENUE, MART.REGION_QUARTER_LONG
-- columns: CORE.REGIONS.REGION_NAME -> MART.REGION_QUARTER_REVENUE.REGION_NAME
-- columns: CORE.ORDERS.AMOUNT -> MART.REGION_QUARTER_REVENUE.Q1_REVENUE, CORE.ORDERS.ORDER_DATE -> MART.REGION_QUARTER_REVENUE.Q1_REVENUE
-- columns: CORE.ORDERS.AMOUNT -> MART.REGION_QUARTER_REVENUE.Q2_REVENUE, CORE.ORDERS.ORDER_DATE -> MART.REGION_QUARTER_REVENUE.Q2_REVENUE
-- columns: CORE.ORDERS.AMOUNT -> MART.REGION_QUARTER_REVENUE.Q3_REVENUE, CORE.ORDERS.ORDER_DATE -> MART.REGION_QUARTER_REVENUE.Q3_REVENUE
-- columns: CORE.ORDERS.AMOUNT -> MART.REGION_QUARTER_REVENUE.Q4_REVENUE, CORE.ORDERS.ORDER_DATE -> MART.REGION_QUARTER_REVENUE.Q4_REVENUE
-- columns: MART.REGION_QUARTER_REVENUE.REGION_NAME -> MART.REGION_QUARTER_LONG.REGION_NAME
-- columns: MART.REGION_QUARTER_REVENUE.Q1_REVENUE -> MART.REGION_QUARTER_LONG.REVENUE
-- columns: MART.REGION_QUARTER_REVENUE.Q2_REVENUE -> MART.REGION_QUARTER_LONG.REVENUE
-- columns: MART.REGION_QUARTER_REVENUE.Q3_REVENUE -> MART.REGION_QUARTER_LONG.REVENUE
-- columns: MART.REGION_QUARTER_REVENUE.Q4_REVENUE -> MART.REGION_QUARTER_LONG.REVENUE
-- indirect: CORE.REGIONS.REGION_ID, CORE.ORDERS.REGION_ID
-- diagnostics: none
CREATE OR REPLACE TABLE mart.region_quarter_revenue AS
SELECT *
  FROM (SELECT r.region_name,
               'Q' || QUARTER(o.order_date) AS qtr,
               o.amount
          FROM core.orders o
          JOIN core.regions r ON r.region_id = o.region_id
         WHERE YEAR(o.order_date) = 2024)
 PIVOT (SUM(amount) FOR qtr IN ('Q1', 'Q2', 'Q3', 'Q4'))
    AS p (region_name, q1_revenue, q2_revenue, q3_revenue, q4_revenue);

INSERT INTO mart.region_quarter_long (region_name, quarter, revenue)
SELECT region_name, quarter, revenue
  FROM mart.region_quarter_revenue
UNPIVOT INCLUDE NULLS (revenue FOR quarter IN (q1_revenue, q2_revenue, q3_revenue, q4_revenue));

-- case: match_recognize_checkout_funnel_measures_first_last_and_define_conditions
-- sources: CORE.WEB_EVENTS
-- targets: MART.CHECKOUT_FUNNELS
-- columns: CORE.WEB_EVENTS.SESSION_ID -> MART.CHECKOUT_FUNNELS.SESSION_ID
-- columns: CORE.WEB_EVENTS.USER_ID -> MART.CHECKOUT_FUNNELS.USER_ID
-- columns: CORE.WEB_EVENTS.EVENT_TS -> MART.CHECKOUT_FUNNELS.FUNNEL_START
-- columns: CORE.WEB_EVENTS.EVENT_TS -> MART.CHECKOUT_FUNNELS.VIEWED_CART_AT
-- columns: CORE.WEB_EVENTS.EVENT_TS -> MART.CHECKOUT_FUNNELS.PURCHASED_AT
-- indirect: CORE.WEB_EVENTS.EVENT_TYPE
-- diagnostics: none
INSERT INTO mart.checkout_funnels (session_id, user_id, funnel_start, viewed_cart_at, purchased_at, steps)
SELECT session_id, user_id, funnel_start, viewed_cart_at, purchased_at, steps
  FROM core.web_events
  MATCH_RECOGNIZE (
    PARTITION BY session_id, user_id
    ORDER BY event_ts
    MEASURES FIRST(view_item.event_ts) AS funnel_start,
             LAST(view_cart.event_ts)  AS viewed_cart_at,
             purchase.event_ts         AS purchased_at,
             COUNT(*)                  AS steps
    ONE ROW PER MATCH
    AFTER MATCH SKIP PAST LAST ROW
    PATTERN (view_item+ view_cart+ other* purchase)
    DEFINE view_item AS event_type = 'view_item',
           view_cart AS event_type = 'view_cart',
           purchase  AS event_type = 'purchase'
  )
 WHERE purchased_at IS NOT NULL;

-- case: transient_snapshot_sha2_qualify_then_scd2_merge_null_key_union_trick
-- schema: STG.CUSTOMER_SNAPSHOT(CUSTOMER_ID, NAME, EMAIL, TIER, ROW_HASH)
-- sources: RAW.APP.CUSTOMERS, STG.CUSTOMER_SNAPSHOT, DW.DIM_CUSTOMER
-- targets: STG.CUSTOMER_SNAPSHOT, DW.DIM_CUSTOMER
-- columns: RAW.APP.CUSTOMERS.ID -> STG.CUSTOMER_SNAPSHOT.CUSTOMER_ID
-- columns: RAW.APP.CUSTOMERS.FULL_NAME -> STG.CUSTOMER_SNAPSHOT.NAME
-- columns: RAW.APP.CUSTOMERS.EMAIL -> STG.CUSTOMER_SNAPSHOT.EMAIL
-- columns: RAW.APP.CUSTOMERS.TIER -> STG.CUSTOMER_SNAPSHOT.TIER
-- columns: RAW.APP.CUSTOMERS.FULL_NAME -> STG.CUSTOMER_SNAPSHOT.ROW_HASH, RAW.APP.CUSTOMERS.EMAIL -> STG.CUSTOMER_SNAPSHOT.ROW_HASH
-- columns: RAW.APP.CUSTOMERS.TIER -> STG.CUSTOMER_SNAPSHOT.ROW_HASH
-- columns: STG.CUSTOMER_SNAPSHOT.CUSTOMER_ID -> DW.DIM_CUSTOMER.CUSTOMER_ID
-- columns: STG.CUSTOMER_SNAPSHOT.NAME -> DW.DIM_CUSTOMER.NAME
-- columns: STG.CUSTOMER_SNAPSHOT.EMAIL -> DW.DIM_CUSTOMER.EMAIL
-- columns: STG.CUSTOMER_SNAPSHOT.TIER -> DW.DIM_CUSTOMER.TIER
-- columns: STG.CUSTOMER_SNAPSHOT.ROW_HASH -> DW.DIM_CUSTOMER.ROW_HASH
-- indirect: RAW.APP.CUSTOMERS._SYNCED_AT, DW.DIM_CUSTOMER.CUSTOMER_ID, DW.DIM_CUSTOMER.IS_CURRENT, DW.DIM_CUSTOMER.ROW_HASH
-- diagnostics: none
CREATE OR REPLACE TRANSIENT TABLE stg.customer_snapshot AS
SELECT c.id                                   AS customer_id,
       INITCAP(c.full_name)                   AS name,
       LOWER(c.email)                         AS email,
       COALESCE(c.tier, 'basic')              AS tier,
       SHA2(CONCAT_WS('|', c.full_name, c.email, COALESCE(c.tier, 'basic')), 256) AS row_hash
  FROM raw.app.customers c
QUALIFY ROW_NUMBER() OVER (PARTITION BY c.id ORDER BY c._synced_at DESC) = 1;

MERGE INTO dw.dim_customer tgt
USING (
    SELECT s.customer_id AS merge_key, s.*
      FROM stg.customer_snapshot s
    UNION ALL
    SELECT NULL AS merge_key, s.*
      FROM stg.customer_snapshot s
      JOIN dw.dim_customer d
        ON d.customer_id = s.customer_id
       AND d.is_current
     WHERE d.row_hash <> s.row_hash
) src
ON tgt.customer_id = src.merge_key AND tgt.is_current
WHEN MATCHED AND tgt.row_hash <> src.row_hash THEN UPDATE SET
     tgt.is_current = FALSE,
     tgt.valid_to   = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN INSERT
     (customer_id, name, email, tier, row_hash, valid_from, valid_to, is_current)
     VALUES (src.customer_id, src.name, src.email, src.tier, src.row_hash, CURRENT_TIMESTAMP(), NULL, TRUE);

-- case: dbt_table_model_copy_grants_five_ctes_count_if_iff_listagg_within_group_row_number
-- schema: ANALYTICS.STAGING.STG_ACCOUNTS(ACCOUNT_ID, ACCOUNT_NAME, INDUSTRY, OWNER_USER_ID, IS_TEST, CREATED_AT)
-- sources: ANALYTICS.STAGING.STG_ACCOUNTS, ANALYTICS.STAGING.STG_USERS, ANALYTICS.STAGING.STG_SUBSCRIPTIONS
-- sources: ANALYTICS.STAGING.STG_LICENSES
-- targets: ANALYTICS.MARTS.DIM_ACCOUNTS
-- columns: ANALYTICS.STAGING.STG_ACCOUNTS.ACCOUNT_ID -> ANALYTICS.MARTS.DIM_ACCOUNTS.ACCOUNT_ID
-- columns: ANALYTICS.STAGING.STG_ACCOUNTS.ACCOUNT_NAME -> ANALYTICS.MARTS.DIM_ACCOUNTS.ACCOUNT_NAME
-- columns: ANALYTICS.STAGING.STG_ACCOUNTS.INDUSTRY -> ANALYTICS.MARTS.DIM_ACCOUNTS.INDUSTRY
-- columns: ANALYTICS.STAGING.STG_USERS.FULL_NAME -> ANALYTICS.MARTS.DIM_ACCOUNTS.OWNER_NAME
-- columns: ANALYTICS.STAGING.STG_USERS.EMAIL -> ANALYTICS.MARTS.DIM_ACCOUNTS.OWNER_EMAIL
-- columns: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.STATUS -> ANALYTICS.MARTS.DIM_ACCOUNTS.ACTIVE_SUBSCRIPTIONS
-- columns: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.STATUS -> ANALYTICS.MARTS.DIM_ACCOUNTS.CURRENT_PLAN
-- columns: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.PLAN_NAME -> ANALYTICS.MARTS.DIM_ACCOUNTS.CURRENT_PLAN
-- columns: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.STARTED_AT -> ANALYTICS.MARTS.DIM_ACCOUNTS.FIRST_SUBSCRIPTION_AT
-- columns: ANALYTICS.STAGING.STG_LICENSES.SEAT_COUNT -> ANALYTICS.MARTS.DIM_ACCOUNTS.SEATS
-- columns: ANALYTICS.STAGING.STG_LICENSES.PRODUCT_CODE -> ANALYTICS.MARTS.DIM_ACCOUNTS.PRODUCTS
-- columns: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.STARTED_AT -> ANALYTICS.MARTS.DIM_ACCOUNTS.TENURE_DAYS
-- columns: ANALYTICS.STAGING.STG_ACCOUNTS.INDUSTRY -> ANALYTICS.MARTS.DIM_ACCOUNTS.INDUSTRY_RANK
-- columns: ANALYTICS.STAGING.STG_LICENSES.SEAT_COUNT -> ANALYTICS.MARTS.DIM_ACCOUNTS.INDUSTRY_RANK
-- indirect: ANALYTICS.STAGING.STG_USERS.USER_ID, ANALYTICS.STAGING.STG_ACCOUNTS.OWNER_USER_ID
-- indirect: ANALYTICS.STAGING.STG_SUBSCRIPTIONS.ACCOUNT_ID, ANALYTICS.STAGING.STG_LICENSES.ACCOUNT_ID
-- indirect: ANALYTICS.STAGING.STG_LICENSES.EXPIRES_AT, ANALYTICS.STAGING.STG_ACCOUNTS.IS_TEST
-- diagnostics: none
-- dbt-snowflake 1.7: table materialization, copy_grants=true

      create or replace transient table ANALYTICS.MARTS.DIM_ACCOUNTS
      copy grants
      as
      (
with accounts as (

    select * from ANALYTICS.STAGING.STG_ACCOUNTS

),

owners as (

    select user_id, full_name as owner_name, email as owner_email
    from ANALYTICS.STAGING.STG_USERS

),

subscriptions as (

    select
        account_id,
        count_if(status = 'active')                    as active_subscriptions,
        max(iff(status = 'active', plan_name, null))   as current_plan,
        min(started_at)                                as first_subscription_at
    from ANALYTICS.STAGING.STG_SUBSCRIPTIONS
    group by account_id

),

seats as (

    select
        account_id,
        sum(seat_count)                                                          as seats,
        listagg(distinct product_code, ',') within group (order by product_code) as products
    from ANALYTICS.STAGING.STG_LICENSES
    where expires_at > current_timestamp()
    group by account_id

),

final as (

    select
        a.account_id,
        a.account_name,
        a.industry,
        o.owner_name,
        o.owner_email,
        coalesce(s.active_subscriptions, 0)                         as active_subscriptions,
        s.current_plan,
        s.first_subscription_at,
        coalesce(se.seats, 0)                                       as seats,
        se.products,
        datediff(day, s.first_subscription_at, current_date())      as tenure_days,
        row_number() over (partition by a.industry order by coalesce(se.seats, 0) desc) as industry_rank
    from accounts a
    left join owners o         on o.user_id = a.owner_user_id
    left join subscriptions s  on s.account_id = a.account_id
    left join seats se         on se.account_id = a.account_id
    where not a.is_test

)

select * from final
      );

-- case: task_wrapping_merge_from_stream_with_metadata_columns_and_qualify
-- sources: RAW.ORDERS_STREAM
-- targets: CORE.ORDERS
-- columns: RAW.ORDERS_STREAM.ORDER_ID -> CORE.ORDERS.ORDER_ID
-- columns: RAW.ORDERS_STREAM.CUSTOMER_ID -> CORE.ORDERS.CUSTOMER_ID
-- columns: RAW.ORDERS_STREAM.STATUS -> CORE.ORDERS.STATUS
-- columns: RAW.ORDERS_STREAM.AMOUNT -> CORE.ORDERS.AMOUNT
-- columns: RAW.ORDERS_STREAM.UPDATED_AT -> CORE.ORDERS.UPDATED_AT
-- indirect: RAW.ORDERS_STREAM.METADATA$ACTION, RAW.ORDERS_STREAM.METADATA$ISUPDATE, CORE.ORDERS.ORDER_ID
-- diagnostics: none
CREATE OR REPLACE TASK etl.t_merge_orders
  WAREHOUSE = etl_wh
  SCHEDULE = '5 MINUTE'
  WHEN SYSTEM$STREAM_HAS_DATA('RAW.ORDERS_STREAM')
AS
MERGE INTO core.orders t
USING (
    SELECT s.order_id,
           s.customer_id,
           s.status,
           s.amount,
           s.updated_at,
           s.METADATA$ACTION   AS action,
           s.METADATA$ISUPDATE AS is_update
      FROM raw.orders_stream s
    QUALIFY ROW_NUMBER() OVER (PARTITION BY s.order_id ORDER BY s.updated_at DESC) = 1
) src
ON t.order_id = src.order_id
WHEN MATCHED AND src.action = 'DELETE' AND NOT src.is_update THEN DELETE
WHEN MATCHED AND src.action = 'INSERT' THEN UPDATE SET
     t.customer_id = src.customer_id,
     t.status      = src.status,
     t.amount      = src.amount,
     t.updated_at  = src.updated_at
WHEN NOT MATCHED AND src.action = 'INSERT' THEN INSERT
     (order_id, customer_id, status, amount, updated_at)
     VALUES (src.order_id, src.customer_id, src.status, src.amount, src.updated_at);

ALTER TASK etl.t_merge_orders RESUME;

-- case: ctas_cluster_by_window_of_aggregate_then_rename_swap_drop_and_grant
-- sources: CORE.ORDERS, CORE.CUSTOMERS, CORE.CHANNELS, CORE.REFUNDS
-- targets: MART.DAILY_REVENUE_NEW
-- effects: rename MART.DAILY_REVENUE to MART.DAILY_REVENUE_OLD, rename MART.DAILY_REVENUE_NEW to MART.DAILY_REVENUE
-- effects: drop MART.DAILY_REVENUE_OLD
-- columns: CORE.ORDERS.ORDER_DATE -> MART.DAILY_REVENUE_NEW.REVENUE_DATE
-- columns: CORE.CUSTOMERS.COUNTRY_CODE -> MART.DAILY_REVENUE_NEW.COUNTRY_CODE
-- columns: CORE.CHANNELS.CHANNEL_NAME -> MART.DAILY_REVENUE_NEW.CHANNEL_NAME
-- columns: CORE.ORDERS.AMOUNT -> MART.DAILY_REVENUE_NEW.GROSS_REVENUE
-- columns: CORE.ORDERS.AMOUNT -> MART.DAILY_REVENUE_NEW.NET_REVENUE, CORE.REFUNDS.AMOUNT -> MART.DAILY_REVENUE_NEW.NET_REVENUE
-- columns: CORE.ORDERS.ORDER_ID -> MART.DAILY_REVENUE_NEW.ORDERS
-- columns: CORE.ORDERS.AMOUNT -> MART.DAILY_REVENUE_NEW.REVENUE_7D, CORE.CUSTOMERS.COUNTRY_CODE -> MART.DAILY_REVENUE_NEW.REVENUE_7D
-- columns: CORE.CHANNELS.CHANNEL_NAME -> MART.DAILY_REVENUE_NEW.REVENUE_7D, CORE.ORDERS.ORDER_DATE -> MART.DAILY_REVENUE_NEW.REVENUE_7D
-- indirect: CORE.CUSTOMERS.CUSTOMER_ID, CORE.ORDERS.CUSTOMER_ID, CORE.CHANNELS.CHANNEL_ID, CORE.ORDERS.CHANNEL_ID
-- indirect: CORE.REFUNDS.ORDER_ID
-- diagnostics: none
CREATE OR REPLACE TABLE mart.daily_revenue_new
  CLUSTER BY (revenue_date)
AS
SELECT o.order_date                                   AS revenue_date,
       c.country_code,
       ch.channel_name,
       SUM(o.amount)                                  AS gross_revenue,
       SUM(o.amount) - SUM(COALESCE(r.refund_amount, 0)) AS net_revenue,
       COUNT(DISTINCT o.order_id)                     AS orders,
       SUM(SUM(o.amount)) OVER (PARTITION BY c.country_code, ch.channel_name
                                ORDER BY o.order_date
                                ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS revenue_7d
  FROM core.orders o
  JOIN core.customers c ON c.customer_id = o.customer_id
  JOIN core.channels ch ON ch.channel_id = o.channel_id
  LEFT JOIN (SELECT order_id, SUM(amount) AS refund_amount
               FROM core.refunds
              GROUP BY order_id) r
    ON r.order_id = o.order_id
 GROUP BY o.order_date, c.country_code, ch.channel_name;

ALTER TABLE IF EXISTS mart.daily_revenue RENAME TO mart.daily_revenue_old;
ALTER TABLE mart.daily_revenue_new RENAME TO mart.daily_revenue;
DROP TABLE IF EXISTS mart.daily_revenue_old;
GRANT SELECT ON TABLE mart.daily_revenue TO ROLE reporter;

-- case: insert_except_against_target_update_with_boolean_subquery_compare_and_delete_using
-- sources: RAW.CRM.CONTACTS, CORE.CUSTOMER_EMAILS, RAW.CRM.UNSUBSCRIBES
-- targets: CORE.CUSTOMER_EMAILS
-- effects: delete CORE.CUSTOMER_EMAILS
-- columns: RAW.CRM.CONTACTS.CUSTOMER_ID -> CORE.CUSTOMER_EMAILS.CUSTOMER_ID
-- columns: CORE.CUSTOMER_EMAILS.CUSTOMER_ID -> CORE.CUSTOMER_EMAILS.CUSTOMER_ID
-- columns: RAW.CRM.CONTACTS.EMAIL -> CORE.CUSTOMER_EMAILS.EMAIL
-- columns: CORE.CUSTOMER_EMAILS.EMAIL -> CORE.CUSTOMER_EMAILS.EMAIL
-- columns: CORE.CUSTOMER_EMAILS.SOURCE -> CORE.CUSTOMER_EMAILS.SOURCE
-- columns: RAW.CRM.CONTACTS.EMAIL -> CORE.CUSTOMER_EMAILS.IS_PRIMARY
-- indirect: RAW.CRM.CONTACTS.IS_PRIMARY, RAW.CRM.UNSUBSCRIBES.EMAIL, RAW.CRM.UNSUBSCRIBES.UNSUBSCRIBED_AT
-- diagnostics: none
INSERT INTO core.customer_emails (customer_id, email, source)
SELECT customer_id, LOWER(email), 'crm'
  FROM raw.crm.contacts
 WHERE email IS NOT NULL
EXCEPT
SELECT customer_id, email, source
  FROM core.customer_emails;

UPDATE core.customer_emails e
   SET is_primary = (e.email = (SELECT MIN(c.email)
                                  FROM raw.crm.contacts c
                                 WHERE c.customer_id = e.customer_id
                                   AND c.is_primary))
 WHERE e.source = 'crm';

DELETE FROM core.customer_emails e
 USING raw.crm.unsubscribes u
 WHERE e.email = LOWER(u.email)
   AND u.unsubscribed_at >= DATEADD(day, -1, CURRENT_DATE());
