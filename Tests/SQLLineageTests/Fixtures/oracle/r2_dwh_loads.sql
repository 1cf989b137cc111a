-- case: dwh_fact_daily_sales_three_level_inline_views_commas_first
-- sources: STG.POS_TRANSACTIONS, STG.POS_LINES, DWH.DIM_STORE, DWH.DIM_PRODUCT, DWH.DIM_CUSTOMER
-- targets: DWH.FACT_DAILY_SALES
-- columns: STG.POS_TRANSACTIONS.TXN_TS -> DWH.FACT_DAILY_SALES.SALE_DAY
-- columns: DWH.DIM_STORE.STORE_KEY -> DWH.FACT_DAILY_SALES.STORE_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_DAILY_SALES.PRODUCT_KEY
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_DAILY_SALES.CUSTOMER_KEY
-- columns: STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.GROSS_AMOUNT, STG.POS_LINES.UNIT_PRICE -> DWH.FACT_DAILY_SALES.GROSS_AMOUNT
-- columns: STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.DISCOUNT_AMOUNT, STG.POS_LINES.UNIT_PRICE -> DWH.FACT_DAILY_SALES.DISCOUNT_AMOUNT, STG.POS_LINES.DISCOUNT_PCT -> DWH.FACT_DAILY_SALES.DISCOUNT_AMOUNT
-- columns: STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.NET_AMOUNT, STG.POS_LINES.UNIT_PRICE -> DWH.FACT_DAILY_SALES.NET_AMOUNT, STG.POS_LINES.DISCOUNT_PCT -> DWH.FACT_DAILY_SALES.NET_AMOUNT
-- columns: STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.UNITS_SOLD
-- columns: STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.AVG_UNIT_PRICE, STG.POS_LINES.UNIT_PRICE -> DWH.FACT_DAILY_SALES.AVG_UNIT_PRICE
-- columns: STG.POS_TRANSACTIONS.TXN_TS -> DWH.FACT_DAILY_SALES.STORE_RANK, STG.POS_LINES.QTY -> DWH.FACT_DAILY_SALES.STORE_RANK, STG.POS_LINES.UNIT_PRICE -> DWH.FACT_DAILY_SALES.STORE_RANK
-- indirect: STG.POS_LINES.TXN_ID, STG.POS_TRANSACTIONS.TXN_ID, DWH.DIM_STORE.STORE_CODE, STG.POS_TRANSACTIONS.STORE_CODE
-- indirect: DWH.DIM_STORE.IS_CURRENT, DWH.DIM_PRODUCT.SKU, STG.POS_LINES.SKU
-- indirect: DWH.DIM_CUSTOMER.LOYALTY_CARD, STG.POS_TRANSACTIONS.LOYALTY_CARD, STG.POS_TRANSACTIONS.TXN_STATUS
-- diagnostics: none
INSERT /*+ APPEND PARALLEL(f, 8) */ INTO dwh.fact_daily_sales f
  ( sale_day
  , store_key
  , product_key
  , customer_key
  , gross_amount
  , discount_amount
  , net_amount
  , units_sold
  , avg_unit_price
  , store_rank
  , load_ts
  )
SELECT lvl2.sale_day
     , lvl2.store_key
     , lvl2.product_key
     , NVL(lvl2.customer_key, -1)
     , lvl2.gross
     , lvl2.discount
     , lvl2.gross - lvl2.discount
     , lvl2.units
     , ROUND(lvl2.gross / NULLIF(lvl2.units, 0), 2)
     , lvl2.rnk
     , SYSTIMESTAMP
  FROM (
        SELECT lvl1.sale_day
             , lvl1.store_key
             , lvl1.product_key
             , lvl1.customer_key
             , SUM(lvl1.line_gross)    AS gross
             , SUM(lvl1.line_discount) AS discount
             , SUM(lvl1.qty)           AS units
             , DENSE_RANK() OVER (PARTITION BY lvl1.sale_day
                                  ORDER BY SUM(lvl1.line_gross) DESC) AS rnk
          FROM (
                SELECT TRUNC(t.txn_ts)                                        AS sale_day
                     , s.store_key
                     , p.product_key
                     , c.customer_key
                     , l.qty
                     , l.qty * l.unit_price                                   AS line_gross
                     , l.qty * l.unit_price * NVL(l.discount_pct, 0) / 100    AS line_discount
                  FROM stg.pos_transactions t
                  JOIN stg.pos_lines l
                    ON l.txn_id = t.txn_id
                  JOIN dwh.dim_store s
                    ON s.store_code = t.store_code
                   AND s.is_current = 'Y'
                  JOIN dwh.dim_product p
                    ON p.sku = l.sku
                  LEFT JOIN dwh.dim_customer c
                    ON c.loyalty_card = t.loyalty_card
                 WHERE t.txn_status = 'COMPLETED'   -- voids; returns are loaded FROM stg.pos_returns elsewhere
               ) lvl1
         GROUP BY lvl1.sale_day, lvl1.store_key, lvl1.product_key, lvl1.customer_key
       ) lvl2
 WHERE lvl2.units > 0;

-- case: dwh_merge_supplier_update_where_delete_where_insert_where
-- sources: STG.SUPPLIER_FEED, ETL.BATCHES
-- targets: DWH.DIM_SUPPLIER
-- columns: STG.SUPPLIER_FEED.SUPPLIER_NAME -> DWH.DIM_SUPPLIER.SUPPLIER_NAME
-- columns: STG.SUPPLIER_FEED.COUNTRY_ISO -> DWH.DIM_SUPPLIER.COUNTRY_CODE
-- columns: STG.SUPPLIER_FEED.PAYMENT_TERMS -> DWH.DIM_SUPPLIER.PAYMENT_TERMS
-- columns: STG.SUPPLIER_FEED.STATUS -> DWH.DIM_SUPPLIER.STATUS
-- columns: STG.SUPPLIER_FEED.SUPPLIER_NO -> DWH.DIM_SUPPLIER.SUPPLIER_NO
-- indirect: DWH.DIM_SUPPLIER.SUPPLIER_NO, DWH.DIM_SUPPLIER.SOURCE_SYSTEM, DWH.DIM_SUPPLIER.SUPPLIER_NAME, DWH.DIM_SUPPLIER.STATUS
-- indirect: STG.SUPPLIER_FEED.BATCH_ID, ETL.BATCHES.BATCH_ID, ETL.BATCHES.SOURCE_SYSTEM
MERGE /*+ USE_HASH(tgt src) */ INTO dwh.dim_supplier tgt
USING (
        SELECT s.supplier_no,
               s.supplier_name,
               UPPER(TRIM(s.country_iso)) AS country_code,
               s.payment_terms,
               s.status
          FROM stg.supplier_feed s
         WHERE s.batch_id = (SELECT MAX(b.batch_id)
                               FROM etl.batches b
                              WHERE b.source_system = 'SRM')
      ) src
   ON (    tgt.supplier_no   = src.supplier_no
       AND tgt.source_system = 'SRM')
 WHEN MATCHED THEN
   UPDATE SET tgt.supplier_name = src.supplier_name,
              tgt.country_code  = src.country_code,
              tgt.payment_terms = NVL(src.payment_terms, tgt.payment_terms),
              tgt.status        = src.status,
              tgt.updated_at    = SYSDATE
    WHERE DECODE(tgt.supplier_name, src.supplier_name, 0, 1) = 1
       OR DECODE(tgt.status, src.status, 0, 1) = 1
   DELETE WHERE tgt.status = 'OBSOLETE'
 WHEN NOT MATCHED THEN
   INSERT (supplier_key, supplier_no, supplier_name, country_code, payment_terms, status, source_system, created_at)
   VALUES (dwh.seq_supplier.NEXTVAL, src.supplier_no, src.supplier_name, src.country_code,
           src.payment_terms, src.status, 'SRM', SYSDATE)
    WHERE src.status <> 'OBSOLETE';

-- case: dwh_insert_first_routing_with_row_number_and_lag
-- sources: STG.WEB_ORDERS, REF.FX_RATES
-- targets: DWH.LARGE_FIRST_ORDERS, DWH.FIRST_ORDERS, DWH.REPEAT_ORDERS
-- columns: STG.WEB_ORDERS.ORDER_ID -> DWH.LARGE_FIRST_ORDERS.ORDER_ID, STG.WEB_ORDERS.CUSTOMER_ID -> DWH.LARGE_FIRST_ORDERS.CUSTOMER_ID
-- columns: STG.WEB_ORDERS.AMOUNT -> DWH.LARGE_FIRST_ORDERS.AMOUNT_EUR, REF.FX_RATES.RATE_TO_EUR -> DWH.LARGE_FIRST_ORDERS.AMOUNT_EUR
-- columns: STG.WEB_ORDERS.CREATED_AT -> DWH.LARGE_FIRST_ORDERS.ORDER_DAY
-- columns: STG.WEB_ORDERS.ORDER_ID -> DWH.FIRST_ORDERS.ORDER_ID, STG.WEB_ORDERS.CUSTOMER_ID -> DWH.FIRST_ORDERS.CUSTOMER_ID
-- columns: STG.WEB_ORDERS.AMOUNT -> DWH.FIRST_ORDERS.AMOUNT_EUR, REF.FX_RATES.RATE_TO_EUR -> DWH.FIRST_ORDERS.AMOUNT_EUR
-- columns: STG.WEB_ORDERS.CREATED_AT -> DWH.FIRST_ORDERS.ORDER_DAY
-- columns: STG.WEB_ORDERS.ORDER_ID -> DWH.REPEAT_ORDERS.ORDER_ID, STG.WEB_ORDERS.CUSTOMER_ID -> DWH.REPEAT_ORDERS.CUSTOMER_ID
-- columns: STG.WEB_ORDERS.AMOUNT -> DWH.REPEAT_ORDERS.AMOUNT_EUR, REF.FX_RATES.RATE_TO_EUR -> DWH.REPEAT_ORDERS.AMOUNT_EUR
-- columns: STG.WEB_ORDERS.CREATED_AT -> DWH.REPEAT_ORDERS.PREV_ORDER_DAY, STG.WEB_ORDERS.CUSTOMER_ID -> DWH.REPEAT_ORDERS.PREV_ORDER_DAY
-- indirect: REF.FX_RATES.CURRENCY_CODE, STG.WEB_ORDERS.CURRENCY_CODE, REF.FX_RATES.RATE_DAY
INSERT FIRST
  WHEN rn = 1 AND amount_eur >= 50000 THEN
    INTO dwh.large_first_orders (order_id, customer_id, amount_eur, order_day)
    VALUES (order_id, customer_id, amount_eur, order_day)
  WHEN rn = 1 THEN
    INTO dwh.first_orders (order_id, customer_id, amount_eur, order_day)
    VALUES (order_id, customer_id, amount_eur, order_day)
  ELSE
    INTO dwh.repeat_orders (order_id, customer_id, amount_eur, prev_order_day)
    VALUES (order_id, customer_id, amount_eur, prev_day)
SELECT o.order_id,
       o.customer_id,
       o.amount * fx.rate_to_eur AS amount_eur,
       TRUNC(o.created_at) AS order_day,
       ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.created_at) AS rn,
       LAG(TRUNC(o.created_at)) OVER (PARTITION BY o.customer_id ORDER BY o.created_at) AS prev_day
  FROM stg.web_orders o
  JOIN ref.fx_rates fx
    ON fx.currency_code = o.currency_code
   AND fx.rate_day = TRUNC(o.created_at);

-- case: dwh_ctas_partitioned_from_flashback_as_of_timestamp
-- sources: WMS.INVENTORY
-- targets: DWH.FACT_INVENTORY_SNAP_202406
-- columns: WMS.INVENTORY.WAREHOUSE_ID -> DWH.FACT_INVENTORY_SNAP_202406.WAREHOUSE_ID
-- columns: WMS.INVENTORY.SKU -> DWH.FACT_INVENTORY_SNAP_202406.SKU
-- columns: WMS.INVENTORY.QTY_ON_HAND -> DWH.FACT_INVENTORY_SNAP_202406.QTY_ON_HAND
-- columns: WMS.INVENTORY.QTY_RESERVED -> DWH.FACT_INVENTORY_SNAP_202406.QTY_RESERVED
-- columns: WMS.INVENTORY.QTY_ON_HAND -> DWH.FACT_INVENTORY_SNAP_202406.QTY_AVAILABLE, WMS.INVENTORY.QTY_RESERVED -> DWH.FACT_INVENTORY_SNAP_202406.QTY_AVAILABLE
-- columns: WMS.INVENTORY.LAST_COUNTED_AT -> DWH.FACT_INVENTORY_SNAP_202406.LAST_COUNTED_AT
-- indirect:
CREATE TABLE dwh.fact_inventory_snap_202406
  NOLOGGING
  COMPRESS
  PARTITION BY LIST (warehouse_id) AUTOMATIC
  ( PARTITION p_wh_1 VALUES (1) )
AS
SELECT /*+ PARALLEL(8) */
       i.warehouse_id,
       i.sku,
       i.qty_on_hand,
       i.qty_reserved,
       i.qty_on_hand - i.qty_reserved AS qty_available,
       i.last_counted_at
  FROM wms.inventory AS OF TIMESTAMP TO_TIMESTAMP('2024-06-30 23:59:59', 'YYYY-MM-DD HH24:MI:SS') i
 WHERE i.qty_on_hand <> 0;

-- case: dwh_insert_partition_extended_target_and_sampled_source
-- sources: DWH.FACT_SALES
-- targets: DEV.FACT_SALES_SAMPLE
-- columns: DWH.FACT_SALES.SALE_ID -> DEV.FACT_SALES_SAMPLE.SALE_ID
-- columns: DWH.FACT_SALES.STORE_ID -> DEV.FACT_SALES_SAMPLE.STORE_ID
-- columns: DWH.FACT_SALES.SALE_DAY -> DEV.FACT_SALES_SAMPLE.SALE_DAY
-- columns: DWH.FACT_SALES.AMOUNT -> DEV.FACT_SALES_SAMPLE.AMOUNT
-- indirect: DWH.FACT_SALES.CHANNEL
INSERT INTO dev.fact_sales_sample PARTITION (p_sample)
  (sale_id, store_id, sale_day, amount)
SELECT s.sale_id, s.store_id, s.sale_day, s.amount
  FROM dwh.fact_sales PARTITION (p_2024_q1) SAMPLE (0.5) SEED (7) s
 WHERE s.channel = 'POS';

-- case: dwh_oracle_plus_joins_six_sources_with_aggregating_inline_view
-- sources: INS.CLAIMS, INS.POLICIES, INS.POLICY_HOLDERS, INS.AGENTS, REF.REGIONS, INS.CLAIM_PAYMENTS
-- targets: DWH.FACT_CLAIMS
-- columns: INS.CLAIMS.CLAIM_ID -> DWH.FACT_CLAIMS.CLAIM_ID
-- columns: INS.POLICIES.POLICY_NO -> DWH.FACT_CLAIMS.POLICY_NO
-- columns: INS.POLICY_HOLDERS.LAST_NAME -> DWH.FACT_CLAIMS.HOLDER_NAME, INS.POLICY_HOLDERS.FIRST_NAME -> DWH.FACT_CLAIMS.HOLDER_NAME
-- columns: INS.AGENTS.AGENT_NAME -> DWH.FACT_CLAIMS.AGENT_NAME
-- columns: REF.REGIONS.REGION_NAME -> DWH.FACT_CLAIMS.REGION_NAME
-- columns: INS.POLICIES.PRODUCT_LINE -> DWH.FACT_CLAIMS.PRODUCT_LINE
-- columns: INS.CLAIMS.CLAIM_AMOUNT -> DWH.FACT_CLAIMS.CLAIM_AMOUNT
-- columns: INS.CLAIM_PAYMENTS.AMOUNT -> DWH.FACT_CLAIMS.PAID_AMOUNT
-- columns: INS.CLAIMS.CLAIM_AMOUNT -> DWH.FACT_CLAIMS.OUTSTANDING, INS.CLAIM_PAYMENTS.AMOUNT -> DWH.FACT_CLAIMS.OUTSTANDING
-- columns: INS.CLAIMS.REPORTED_AT -> DWH.FACT_CLAIMS.CLAIM_DAY
-- indirect: INS.CLAIMS.POLICY_ID, INS.POLICIES.POLICY_ID, INS.POLICIES.HOLDER_ID, INS.POLICY_HOLDERS.HOLDER_ID
-- indirect: INS.POLICIES.AGENT_ID, INS.AGENTS.AGENT_ID, INS.AGENTS.REGION_ID, REF.REGIONS.REGION_ID
-- indirect: INS.CLAIM_PAYMENTS.CLAIM_ID, INS.CLAIM_PAYMENTS.STATUS
INSERT INTO dwh.fact_claims
  (claim_id, policy_no, holder_name, agent_name, region_name, product_line,
   claim_amount, paid_amount, outstanding, claim_day)
SELECT c.claim_id,
       p.policy_no,
       h.last_name || ', ' || h.first_name,
       NVL(a.agent_name, 'DIRECT'),
       r.region_name,
       p.product_line,
       c.claim_amount,
       NVL(pay.paid_total, 0),
       c.claim_amount - NVL(pay.paid_total, 0),
       TRUNC(c.reported_at)
  FROM ins.claims c,
       ins.policies p,
       ins.policy_holders h,
       ins.agents a,
       ref.regions r,
       (SELECT pm.claim_id, SUM(pm.amount) AS paid_total
          FROM ins.claim_payments pm
         WHERE pm.status = 'PAID'
         GROUP BY pm.claim_id) pay
 WHERE c.policy_id = p.policy_id
   AND p.holder_id = h.holder_id
   AND p.agent_id = a.agent_id (+)
   AND a.region_id = r.region_id (+)
   AND pay.claim_id (+) = c.claim_id
   AND c.reported_at >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1);

-- case: dwh_merge_using_union_all_of_two_database_links
-- sources: CORE.ACCOUNTS@EU_CORE, CORE.ACCOUNTS@US_CORE
-- targets: DWH.DIM_ACCOUNT
-- columns: CORE.ACCOUNTS@EU_CORE.ACCT_NO -> DWH.DIM_ACCOUNT.ACCOUNT_NO, CORE.ACCOUNTS@US_CORE.ACCOUNT_NUMBER -> DWH.DIM_ACCOUNT.ACCOUNT_NO
-- columns: CORE.ACCOUNTS@EU_CORE.ACCT_NAME -> DWH.DIM_ACCOUNT.ACCOUNT_NAME, CORE.ACCOUNTS@US_CORE.ACCOUNT_TITLE -> DWH.DIM_ACCOUNT.ACCOUNT_NAME
-- columns: CORE.ACCOUNTS@EU_CORE.CURRENCY -> DWH.DIM_ACCOUNT.CURRENCY_CODE, CORE.ACCOUNTS@US_CORE.CCY -> DWH.DIM_ACCOUNT.CURRENCY_CODE
-- columns: CORE.ACCOUNTS@EU_CORE.CHANGED_AT -> DWH.DIM_ACCOUNT.SOURCE_CHANGED_AT, CORE.ACCOUNTS@US_CORE.LAST_MODIFIED -> DWH.DIM_ACCOUNT.SOURCE_CHANGED_AT
-- indirect: DWH.DIM_ACCOUNT.ACCOUNT_NO, DWH.DIM_ACCOUNT.SRC_REGION
MERGE INTO dwh.dim_account d
USING (
        SELECT a.acct_no, a.acct_name, a.currency, 'EU' AS src_region, a.changed_at
          FROM core.accounts@eu_core a
         WHERE a.changed_at > SYSDATE - 1
        UNION ALL
        SELECT b.account_number, b.account_title, b.ccy, 'US', b.last_modified
          FROM core.accounts@us_core b
         WHERE b.last_modified > SYSDATE - 1
      ) x
   ON (d.account_no = x.acct_no AND d.src_region = x.src_region)
 WHEN MATCHED THEN UPDATE
      SET d.account_name      = x.acct_name,
          d.currency_code     = x.currency,
          d.source_changed_at = x.changed_at
 WHEN NOT MATCHED THEN INSERT
      (account_no, account_name, currency_code, src_region, source_changed_at)
      VALUES (x.acct_no, x.acct_name, x.currency, x.src_region, x.changed_at);

-- case: dwh_customer_profile_keep_listagg_median_percentile
-- sources: SALES.ORDERS, SALES.ORDER_LINES
-- targets: MART.CUSTOMER_PROFILE
-- columns: SALES.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_PROFILE.CUSTOMER_ID
-- columns: SALES.ORDERS.CHANNEL -> MART.CUSTOMER_PROFILE.FIRST_CHANNEL, SALES.ORDERS.ORDER_TS -> MART.CUSTOMER_PROFILE.FIRST_CHANNEL
-- columns: SALES.ORDER_LINES.PRODUCT_CODE -> MART.CUSTOMER_PROFILE.LAST_PRODUCT, SALES.ORDERS.ORDER_TS -> MART.CUSTOMER_PROFILE.LAST_PRODUCT, SALES.ORDER_LINES.LINE_NO -> MART.CUSTOMER_PROFILE.LAST_PRODUCT
-- columns: SALES.ORDER_LINES.PRODUCT_CODE -> MART.CUSTOMER_PROFILE.PRODUCT_LIST
-- columns: SALES.ORDERS.ORDER_ID -> MART.CUSTOMER_PROFILE.TOTAL_ORDERS
-- columns: SALES.ORDERS.BASKET_VALUE -> MART.CUSTOMER_PROFILE.MEDIAN_BASKET
-- columns: SALES.ORDERS.BASKET_VALUE -> MART.CUSTOMER_PROFILE.PCT90_BASKET
-- indirect: SALES.ORDER_LINES.ORDER_ID
INSERT INTO mart.customer_profile
  (customer_id, first_channel, last_product, product_list, total_orders, median_basket, pct90_basket)
SELECT o.customer_id,
       MIN(o.channel) KEEP (DENSE_RANK FIRST ORDER BY o.order_ts),
       MAX(l.product_code) KEEP (DENSE_RANK LAST ORDER BY o.order_ts, l.line_no),
       LISTAGG(DISTINCT l.product_code, '|') WITHIN GROUP (ORDER BY l.product_code),
       COUNT(DISTINCT o.order_id),
       MEDIAN(o.basket_value),
       PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY o.basket_value)
  FROM sales.orders o
  JOIN sales.order_lines l ON l.order_id = o.order_id
 GROUP BY o.customer_id;

-- case: dwh_update_set_from_row_number_inline_view
-- sources: STG.ORDERS
-- targets: DWH.FACT_ORDERS
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.FACT_ORDERS.CUSTOMER_ORDER_SEQ, STG.ORDERS.ORDER_TS -> DWH.FACT_ORDERS.CUSTOMER_ORDER_SEQ
-- indirect: STG.ORDERS.ORDER_ID, DWH.FACT_ORDERS.ORDER_ID, DWH.FACT_ORDERS.CUSTOMER_ORDER_SEQ
UPDATE dwh.fact_orders f
   SET f.customer_order_seq = (SELECT x.seq
                                 FROM (SELECT o.order_id,
                                              ROW_NUMBER() OVER (PARTITION BY o.customer_id
                                                                     ORDER BY o.order_ts) AS seq
                                         FROM stg.orders o) x
                                WHERE x.order_id = f.order_id)
 WHERE f.customer_order_seq IS NULL;

-- case: dwh_regexp_cleanup_commas_first
-- sources: CRM.CUSTOMERS_RAW
-- targets: DWH.DIM_CUSTOMER_CLEAN
-- columns: CRM.CUSTOMERS_RAW.CUSTOMER_ID -> DWH.DIM_CUSTOMER_CLEAN.CUSTOMER_ID
-- columns: CRM.CUSTOMERS_RAW.EMAIL -> DWH.DIM_CUSTOMER_CLEAN.EMAIL_NORM
-- columns: CRM.CUSTOMERS_RAW.PHONE_COUNTRY -> DWH.DIM_CUSTOMER_CLEAN.PHONE_E164, CRM.CUSTOMERS_RAW.PHONE_RAW -> DWH.DIM_CUSTOMER_CLEAN.PHONE_E164
-- columns: CRM.CUSTOMERS_RAW.ADDRESS_LINE -> DWH.DIM_CUSTOMER_CLEAN.POSTCODE
-- columns: CRM.CUSTOMERS_RAW.ADDRESS_LINE -> DWH.DIM_CUSTOMER_CLEAN.HOUSE_NO
-- columns: CRM.CUSTOMERS_RAW.EMAIL -> DWH.DIM_CUSTOMER_CLEAN.IS_VALID_EMAIL
-- columns: CRM.CUSTOMERS_RAW.FULL_NAME -> DWH.DIM_CUSTOMER_CLEAN.NAME_INITIALS
-- indirect:
INSERT INTO dwh.dim_customer_clean
( customer_id
, email_norm
, phone_e164
, postcode
, house_no
, is_valid_email
, name_initials
)
SELECT c.customer_id
     , LOWER(REGEXP_REPLACE(TRIM(c.email), '\s+', ''))
     , '+' || REGEXP_REPLACE(c.phone_country || c.phone_raw, '[^0-9]', '')
     , REGEXP_SUBSTR(c.address_line, '[0-9]{5}')
     , TO_NUMBER(REGEXP_SUBSTR(c.address_line, '\d+', 1, 1))
     , CASE
         WHEN REGEXP_LIKE(c.email, '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$') THEN 'Y'
         ELSE 'N'
       END
     , REGEXP_REPLACE(INITCAP(c.full_name), '([A-Z])[a-z]*\s*', '\1')
  FROM crm.customers_raw c
 WHERE REGEXP_COUNT(c.full_name, ' ') >= 1;

-- case: dwh_store_calendar_cross_join_row_generator
-- sources: DWH.DIM_STORE
-- targets: MART.STORE_CALENDAR
-- columns: DWH.DIM_STORE.STORE_ID -> MART.STORE_CALENDAR.STORE_ID
-- columns: DWH.DIM_STORE.OPENED_ON -> MART.STORE_CALENDAR.STORE_OPEN, DWH.DIM_STORE.CLOSED_ON -> MART.STORE_CALENDAR.STORE_OPEN
-- indirect: DWH.DIM_STORE.COUNTRY_CODE
INSERT INTO mart.store_calendar (store_id, cal_day, is_weekend, store_open)
SELECT s.store_id,
       d.cal_day,
       CASE WHEN TO_CHAR(d.cal_day, 'DY', 'NLS_DATE_LANGUAGE=ENGLISH') IN ('SAT', 'SUN') THEN 'Y' ELSE 'N' END,
       CASE WHEN d.cal_day BETWEEN s.opened_on AND NVL(s.closed_on, DATE '9999-12-31') THEN 'Y' ELSE 'N' END
  FROM dwh.dim_store s
 CROSS JOIN (SELECT DATE '2025-01-01' + LEVEL - 1 AS cal_day
               FROM dual
            CONNECT BY LEVEL <= 365) d
 WHERE s.country_code = 'DE';

-- case: dwh_merge_scd2_union_trick_reads_target_in_using
-- sources: STG.PRODUCTS, DWH.DIM_PRODUCT_SCD2
-- targets: DWH.DIM_PRODUCT_SCD2
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.DIM_PRODUCT_SCD2.PRODUCT_ID
-- columns: STG.PRODUCTS.PRODUCT_NAME -> DWH.DIM_PRODUCT_SCD2.PRODUCT_NAME
-- columns: STG.PRODUCTS.CATEGORY -> DWH.DIM_PRODUCT_SCD2.CATEGORY
-- columns: STG.PRODUCTS.LIST_PRICE -> DWH.DIM_PRODUCT_SCD2.LIST_PRICE
-- indirect: DWH.DIM_PRODUCT_SCD2.PRODUCT_ID, DWH.DIM_PRODUCT_SCD2.IS_CURRENT, DWH.DIM_PRODUCT_SCD2.LIST_PRICE
MERGE INTO dwh.dim_product_scd2 t
USING (
  SELECT s.product_id AS join_key, s.product_id, s.product_name, s.category, s.list_price
    FROM stg.products s
  UNION ALL
  SELECT NULL, s.product_id, s.product_name, s.category, s.list_price
    FROM stg.products s
    JOIN dwh.dim_product_scd2 d
      ON d.product_id = s.product_id
     AND d.is_current = 'Y'
   WHERE d.list_price <> s.list_price
) u
ON (t.product_id = u.join_key AND t.is_current = 'Y')
WHEN MATCHED THEN UPDATE
  SET t.is_current = 'N',
      t.valid_to   = SYSDATE
  WHERE t.list_price <> u.list_price
WHEN NOT MATCHED THEN INSERT
  (product_key, product_id, product_name, category, list_price, valid_from, valid_to, is_current)
  VALUES (dwh.seq_product.NEXTVAL, u.product_id, u.product_name, u.category, u.list_price, SYSDATE, NULL, 'Y');

-- case: dwh_grouping_sets_with_grouping_function
-- sources: DWH.FACT_SALES, DWH.DIM_REGION
-- targets: MART.SALES_AGG
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_AGG.REGION_NAME
-- columns: DWH.FACT_SALES.CHANNEL -> MART.SALES_AGG.CHANNEL
-- columns: DWH.FACT_SALES.SALE_DAY -> MART.SALES_AGG.SALE_MONTH
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.SALES_AGG.REVENUE
-- columns: DWH.FACT_SALES.ORDER_ID -> MART.SALES_AGG.ORDERS
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_AGG.GROUPING_LEVEL, DWH.FACT_SALES.CHANNEL -> MART.SALES_AGG.GROUPING_LEVEL
-- indirect: DWH.DIM_REGION.REGION_KEY, DWH.FACT_SALES.REGION_KEY
INSERT INTO mart.sales_agg (region_name, channel, sale_month, revenue, orders, grouping_level)
SELECT r.region_name,
       f.channel,
       TRUNC(f.sale_day, 'MM'),
       SUM(f.net_amount),
       COUNT(DISTINCT f.order_id),
       GROUPING(r.region_name) * 2 + GROUPING(f.channel)
  FROM dwh.fact_sales f
  JOIN dwh.dim_region r ON r.region_key = f.region_key
 WHERE f.sale_day >= DATE '2024-01-01'
 GROUP BY GROUPING SETS ((r.region_name, f.channel, TRUNC(f.sale_day, 'MM')),
                         (r.region_name, TRUNC(f.sale_day, 'MM')),
                         (TRUNC(f.sale_day, 'MM')));

-- case: dwh_web_sessions_two_ctes_keep_subqueries_not_exists_target
-- sources: RAW.WEB_EVENTS, DWH.FACT_WEB_SESSIONS
-- targets: DWH.FACT_WEB_SESSIONS
-- columns: RAW.WEB_EVENTS.SESSION_ID -> DWH.FACT_WEB_SESSIONS.SESSION_ID
-- columns: RAW.WEB_EVENTS.VISITOR_ID -> DWH.FACT_WEB_SESSIONS.VISITOR_ID
-- columns: RAW.WEB_EVENTS.EVENT_TS -> DWH.FACT_WEB_SESSIONS.STARTED_AT
-- columns: RAW.WEB_EVENTS.EVENT_TS -> DWH.FACT_WEB_SESSIONS.ENDED_AT
-- columns: RAW.WEB_EVENTS.EVENT_TS -> DWH.FACT_WEB_SESSIONS.DURATION_SEC
-- columns: RAW.WEB_EVENTS.PAGE_URL -> DWH.FACT_WEB_SESSIONS.LANDING_PAGE, RAW.WEB_EVENTS.EVENT_TS -> DWH.FACT_WEB_SESSIONS.LANDING_PAGE
-- columns: RAW.WEB_EVENTS.PAGE_URL -> DWH.FACT_WEB_SESSIONS.EXIT_PAGE, RAW.WEB_EVENTS.EVENT_TS -> DWH.FACT_WEB_SESSIONS.EXIT_PAGE
-- indirect: RAW.WEB_EVENTS.EVENT_TYPE, DWH.FACT_WEB_SESSIONS.SESSION_ID
INSERT INTO dwh.fact_web_sessions
  (session_id, visitor_id, started_at, ended_at, page_count, duration_sec, landing_page, exit_page)
WITH ev AS (
  SELECT /*+ MATERIALIZE */ e.session_id, e.visitor_id, e.event_ts, e.page_url
    FROM raw.web_events e
   WHERE e.event_type = 'PAGE_VIEW'
),
bounds AS (
  SELECT session_id,
         MIN(visitor_id) AS visitor_id,
         MIN(event_ts)   AS started_at,
         MAX(event_ts)   AS ended_at,
         COUNT(*)        AS page_count
    FROM ev
   GROUP BY session_id
)
SELECT b.session_id,
       b.visitor_id,
       b.started_at,
       b.ended_at,
       b.page_count,
       (CAST(b.ended_at AS DATE) - CAST(b.started_at AS DATE)) * 86400,
       (SELECT MIN(ev1.page_url) KEEP (DENSE_RANK FIRST ORDER BY ev1.event_ts)
          FROM ev ev1
         WHERE ev1.session_id = b.session_id),
       (SELECT MAX(ev2.page_url) KEEP (DENSE_RANK LAST ORDER BY ev2.event_ts)
          FROM ev ev2
         WHERE ev2.session_id = b.session_id)
  FROM bounds b
 WHERE NOT EXISTS (SELECT 1
                     FROM dwh.fact_web_sessions s
                    WHERE s.session_id = b.session_id);

-- case: dwh_insert_all_unpivot_meter_slots_over_dblink
-- sources: AMR.METER_DAILY@AMR_LINK
-- targets: DWH.METER_READINGS, ETL.ROW_AUDIT
-- columns: AMR.METER_DAILY@AMR_LINK.METER_ID -> DWH.METER_READINGS.METER_ID
-- columns: AMR.METER_DAILY@AMR_LINK.READING_DAY -> DWH.METER_READINGS.READING_DAY
-- columns: AMR.METER_DAILY@AMR_LINK.KWH_00_06 -> DWH.METER_READINGS.KWH, AMR.METER_DAILY@AMR_LINK.KWH_06_12 -> DWH.METER_READINGS.KWH
-- columns: AMR.METER_DAILY@AMR_LINK.KWH_12_18 -> DWH.METER_READINGS.KWH, AMR.METER_DAILY@AMR_LINK.KWH_18_24 -> DWH.METER_READINGS.KWH
-- columns: AMR.METER_DAILY@AMR_LINK.METER_ID -> ETL.ROW_AUDIT.SOURCE_KEY
-- indirect:
INSERT ALL
  INTO dwh.meter_readings (meter_id, reading_day, slot, kwh) VALUES (meter_id, reading_day, 1, kwh_00_06)
  INTO dwh.meter_readings (meter_id, reading_day, slot, kwh) VALUES (meter_id, reading_day, 2, kwh_06_12)
  INTO dwh.meter_readings (meter_id, reading_day, slot, kwh) VALUES (meter_id, reading_day, 3, kwh_12_18)
  INTO dwh.meter_readings (meter_id, reading_day, slot, kwh) VALUES (meter_id, reading_day, 4, kwh_18_24)
  INTO etl.row_audit (source_name, source_key, loaded_at) VALUES ('METER_DAILY', meter_id, SYSDATE)
SELECT m.meter_id, m.reading_day, m.kwh_00_06, m.kwh_06_12, m.kwh_12_18, m.kwh_18_24
  FROM amr.meter_daily@amr_link m
 WHERE m.reading_day = TRUNC(SYSDATE) - 1;

-- case: dwh_gl_union_all_three_branches_nested_inline_views
-- sources: AP.INVOICES, AR.RECEIPTS, GL.MANUAL_JOURNALS
-- targets: DWH.FACT_GL_ENTRIES
-- columns: AP.INVOICES.INVOICE_NO -> DWH.FACT_GL_ENTRIES.DOC_NO, AR.RECEIPTS.RECEIPT_NO -> DWH.FACT_GL_ENTRIES.DOC_NO, GL.MANUAL_JOURNALS.JOURNAL_ID -> DWH.FACT_GL_ENTRIES.DOC_NO
-- columns: AP.INVOICES.EXPENSE_ACCOUNT -> DWH.FACT_GL_ENTRIES.ACCOUNT_CODE, AR.RECEIPTS.REVENUE_ACCOUNT -> DWH.FACT_GL_ENTRIES.ACCOUNT_CODE, GL.MANUAL_JOURNALS.ACCOUNT_CODE -> DWH.FACT_GL_ENTRIES.ACCOUNT_CODE
-- columns: AP.INVOICES.INVOICE_DAY -> DWH.FACT_GL_ENTRIES.ENTRY_DAY, AR.RECEIPTS.RECEIPT_DAY -> DWH.FACT_GL_ENTRIES.ENTRY_DAY, GL.MANUAL_JOURNALS.JOURNAL_DAY -> DWH.FACT_GL_ENTRIES.ENTRY_DAY
-- columns: AP.INVOICES.NET_AMOUNT -> DWH.FACT_GL_ENTRIES.DEBIT, GL.MANUAL_JOURNALS.AMOUNT -> DWH.FACT_GL_ENTRIES.DEBIT
-- columns: AR.RECEIPTS.AMOUNT -> DWH.FACT_GL_ENTRIES.CREDIT, GL.MANUAL_JOURNALS.AMOUNT -> DWH.FACT_GL_ENTRIES.CREDIT
-- indirect: AP.INVOICES.POSTED, AR.RECEIPTS.POSTED, GL.MANUAL_JOURNALS.APPROVED_BY
INSERT INTO dwh.fact_gl_entries (entry_source, doc_no, account_code, entry_day, debit, credit)
SELECT 'AP', x.doc_no, x.account_code, x.entry_day, x.amount, 0
  FROM (SELECT i.invoice_no      AS doc_no,
               i.expense_account AS account_code,
               i.invoice_day     AS entry_day,
               i.net_amount      AS amount
          FROM ap.invoices i
         WHERE i.posted = 'Y') x
UNION ALL
SELECT 'AR', y.doc_no, y.account_code, y.entry_day, 0, y.amount
  FROM (SELECT r.receipt_no doc_no, r.revenue_account account_code, r.receipt_day entry_day, r.amount
          FROM ar.receipts r
         WHERE r.posted = 'Y') y
UNION ALL
SELECT 'GL', TO_CHAR(j.journal_id), j.account_code, j.journal_day,
       GREATEST(j.amount, 0), ABS(LEAST(j.amount, 0))
  FROM gl.manual_journals j
 WHERE j.approved_by IS NOT NULL;

-- case: dwh_merge_literal_update_using_distinct_with_exists
-- sources: SALES.ORDERS, SALES.RETURNS
-- targets: CRM.CUSTOMERS
-- indirect: SALES.ORDERS.ORDER_DAY, SALES.ORDERS.ORDER_ID, SALES.RETURNS.ORDER_ID, SALES.RETURNS.REASON_CODE
-- indirect: SALES.ORDERS.CUSTOMER_ID, CRM.CUSTOMERS.CUSTOMER_ID
MERGE INTO crm.customers c
USING (SELECT DISTINCT o.customer_id
         FROM sales.orders o
        WHERE o.order_day >= ADD_MONTHS(TRUNC(SYSDATE), -12)
          AND EXISTS (SELECT 1
                        FROM sales.returns r
                       WHERE r.order_id = o.order_id
                         AND r.reason_code = 'FRAUD')) f
   ON (c.customer_id = f.customer_id)
 WHEN MATCHED THEN UPDATE SET c.risk_flag = 'FRAUD_RETURNS', c.risk_flag_at = SYSDATE;

-- case: dwh_insert_select_lowercase_keywords_and_nested_decode
-- sources: HR.EMPLOYEES, HR.JOBS, HR.DEPARTMENTS
-- targets: DWH.FACT_PAYROLL
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> DWH.FACT_PAYROLL.EMPLOYEE_ID
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> DWH.FACT_PAYROLL.DEPARTMENT_NAME
-- columns: HR.EMPLOYEES.SALARY -> DWH.FACT_PAYROLL.BASE_PAY
-- columns: HR.EMPLOYEES.SALARY -> DWH.FACT_PAYROLL.BONUS, HR.EMPLOYEES.COMMISSION_PCT -> DWH.FACT_PAYROLL.BONUS, HR.JOBS.JOB_CATEGORY -> DWH.FACT_PAYROLL.BONUS
-- columns: HR.EMPLOYEES.SALARY -> DWH.FACT_PAYROLL.PAY_BAND, HR.JOBS.MIN_SALARY -> DWH.FACT_PAYROLL.PAY_BAND, HR.JOBS.MAX_SALARY -> DWH.FACT_PAYROLL.PAY_BAND
-- columns: HR.EMPLOYEES.SALARY -> DWH.FACT_PAYROLL.DEPT_SALARY_SHARE, HR.EMPLOYEES.DEPARTMENT_ID -> DWH.FACT_PAYROLL.DEPT_SALARY_SHARE
-- indirect: HR.JOBS.JOB_ID, HR.EMPLOYEES.JOB_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.STATUS
insert into dwh.fact_payroll (employee_id, department_name, base_pay, bonus, pay_band, dept_salary_share)
select e.employee_id
     , d.department_name
     , e.salary
     , decode(j.job_category,
              'SALES', e.salary * nvl(e.commission_pct, 0),
              'MGMT',  e.salary * 0.15,
                       0)
     , case
         when e.salary < j.min_salary + (j.max_salary - j.min_salary) / 3 then 'LOW'
         when e.salary < j.min_salary + 2 * (j.max_salary - j.min_salary) / 3 then 'MID'
         else 'HIGH'
       end
     , ratio_to_report(e.salary) over (partition by e.department_id)
  from hr.employees e
  inner join hr.jobs j on j.job_id = e.job_id
  left outer join hr.departments d on d.department_id = e.department_id
 where e.status = 'A';

-- case: dwh_insert_select_star_over_comma_join_positional_by_schema
-- schema: STG.ORDERS(ORDER_ID, CUSTOMER_ID)
-- schema: STG.CUSTOMERS(CUST_NO, CUST_NAME)
-- schema: DWH.ORDER_CUST_FLAT(O_ID, O_CUST, C_NO, C_NAME)
-- sources: STG.ORDERS, STG.CUSTOMERS
-- targets: DWH.ORDER_CUST_FLAT
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_CUST_FLAT.O_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.ORDER_CUST_FLAT.O_CUST
-- columns: STG.CUSTOMERS.CUST_NO -> DWH.ORDER_CUST_FLAT.C_NO
-- columns: STG.CUSTOMERS.CUST_NAME -> DWH.ORDER_CUST_FLAT.C_NAME
INSERT INTO dwh.order_cust_flat
SELECT *
  FROM stg.orders o, stg.customers c
 WHERE o.customer_id = c.cust_no;

-- case: dwh_merge_insert_without_column_list_uses_schema_positions
-- schema: DWH.DIM_CHANNEL(CHANNEL_KEY, CHANNEL_CODE, CHANNEL_NAME, SORT_ORDER)
-- sources: STG.CHANNELS
-- targets: DWH.DIM_CHANNEL
-- columns: STG.CHANNELS.CODE -> DWH.DIM_CHANNEL.CHANNEL_CODE
-- columns: STG.CHANNELS.LABEL -> DWH.DIM_CHANNEL.CHANNEL_NAME
-- columns: STG.CHANNELS.SORT_NO -> DWH.DIM_CHANNEL.SORT_ORDER
-- indirect: DWH.DIM_CHANNEL.CHANNEL_CODE
MERGE INTO dwh.dim_channel d
USING (SELECT c.code, c.label, c.sort_no FROM stg.channels c) s
   ON (d.channel_code = s.code)
 WHEN MATCHED THEN UPDATE SET d.channel_name = s.label
 WHEN NOT MATCHED THEN INSERT VALUES (dwh.seq_channel.NEXTVAL, s.code, s.label, s.sort_no);

-- case: dwh_in_subquery_with_its_own_with_clause
-- sources: STG.ORDERS, CRM.CUSTOMERS
-- targets: MART.VIP_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> MART.VIP_ORDERS.ORDER_ID
-- indirect: STG.ORDERS.CUSTOMER_ID, CRM.CUSTOMERS.CUSTOMER_ID, CRM.CUSTOMERS.TIER
INSERT INTO mart.vip_orders (order_id)
SELECT o.order_id
  FROM stg.orders o
 WHERE o.customer_id IN (WITH big AS (SELECT c.customer_id
                                        FROM crm.customers c
                                       WHERE c.tier = 'VIP')
                         SELECT customer_id FROM big);

-- case: dwh_merge_update_where_kept_when_delete_where_follows
-- sources: STG.PRICE_FEED
-- targets: DWH.PRICES
-- columns: STG.PRICE_FEED.PRICE -> DWH.PRICES.PRICE
-- indirect: DWH.PRICES.SKU, STG.PRICE_FEED.SKU, DWH.PRICES.LOCKED_FLAG, DWH.PRICES.DISCONTINUED
MERGE INTO dwh.prices p
USING stg.price_feed f
   ON (p.sku = f.sku)
 WHEN MATCHED THEN
   UPDATE SET p.price = f.price
    WHERE p.locked_flag = 'N'
   DELETE WHERE p.discontinued = 'Y';
