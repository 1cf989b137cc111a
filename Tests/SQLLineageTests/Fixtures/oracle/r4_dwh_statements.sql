-- case: recursive_date_spine_cte_column_lists_running_balance_rank_and_lag
-- sources: BANK.ACCOUNTS, BANK.TRANSACTIONS
-- targets: MART.DAILY_BALANCE_RUNNING
-- columns: BANK.ACCOUNTS.ACCOUNT_ID -> MART.DAILY_BALANCE_RUNNING.ACCOUNT_ID
-- columns: BANK.TRANSACTIONS.AMOUNT -> MART.DAILY_BALANCE_RUNNING.DAY_AMOUNT
-- columns: BANK.TRANSACTIONS.AMOUNT -> MART.DAILY_BALANCE_RUNNING.RUNNING_BALANCE, BANK.ACCOUNTS.ACCOUNT_ID -> MART.DAILY_BALANCE_RUNNING.RUNNING_BALANCE
-- columns: BANK.TRANSACTIONS.AMOUNT -> MART.DAILY_BALANCE_RUNNING.BALANCE_RANK_IN_MONTH, BANK.ACCOUNTS.ACCOUNT_ID -> MART.DAILY_BALANCE_RUNNING.BALANCE_RANK_IN_MONTH
-- columns: BANK.TRANSACTIONS.AMOUNT -> MART.DAILY_BALANCE_RUNNING.PREV_DAY_BALANCE, BANK.ACCOUNTS.ACCOUNT_ID -> MART.DAILY_BALANCE_RUNNING.PREV_DAY_BALANCE
-- indirect: BANK.ACCOUNTS.STATUS, BANK.ACCOUNTS.OPENED_ON, BANK.TRANSACTIONS.BOOKED_AT, BANK.TRANSACTIONS.ACCOUNT_ID
-- diagnostics: none
INSERT /*+ APPEND */ INTO mart.daily_balance_running
      (account_id, balance_date, day_amount, running_balance, balance_rank_in_month, prev_day_balance)
WITH days (d) AS (
       SELECT DATE '2024-01-01' FROM dual
       UNION ALL
       SELECT d + 1 FROM days WHERE d < DATE '2024-12-31'
     ),
     accts (account_id, opened_on) AS (
       SELECT a.account_id, a.opened_on
         FROM bank.accounts a
        WHERE a.status <> 'CLOSED'
     ),
     moves (account_id, move_day, amount) AS (
       SELECT t.account_id, TRUNC(t.booked_at), SUM(t.amount)
         FROM bank.transactions t
        WHERE t.booked_at >= DATE '2024-01-01'
        GROUP BY t.account_id, TRUNC(t.booked_at)
     ),
     grid AS (
       SELECT ac.account_id,
              dy.d                AS balance_date,
              NVL(mv.amount, 0)   AS day_amount
         FROM accts ac
         JOIN days dy
           ON dy.d >= ac.opened_on
         LEFT JOIN moves mv
           ON mv.account_id = ac.account_id
          AND mv.move_day = dy.d
     )
SELECT r.account_id,
       r.balance_date,
       r.day_amount,
       r.running_balance,
       DENSE_RANK() OVER (PARTITION BY r.account_id, TRUNC(r.balance_date, 'MM')
                              ORDER BY r.running_balance DESC),
       LAG(r.running_balance, 1, 0) OVER (PARTITION BY r.account_id ORDER BY r.balance_date)
  FROM (SELECT g.account_id,
               g.balance_date,
               g.day_amount,
               SUM(g.day_amount) OVER (PARTITION BY g.account_id
                                           ORDER BY g.balance_date
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_balance
          FROM grid g) r;

-- case: b2b_quote_conversion_insert_into_subquery_target_with_check_option
-- sources: SALES.QUOTES, SALES.QUOTE_LINES, SALES.ORDERS
-- targets: SALES.ORDERS, SALES.ORDER_LINES, SALES.QUOTES
-- columns: SALES.QUOTES.QUOTE_ID -> SALES.ORDERS.ORDER_ID
-- columns: SALES.QUOTES.CUSTOMER_ID -> SALES.ORDERS.CUSTOMER_ID
-- columns: SALES.QUOTES.CHANNEL -> SALES.ORDERS.CHANNEL
-- columns: SALES.QUOTE_LINES.QUOTE_ID -> SALES.ORDER_LINES.ORDER_ID
-- columns: SALES.QUOTE_LINES.LINE_NO -> SALES.ORDER_LINES.LINE_NO
-- columns: SALES.QUOTE_LINES.PRODUCT_ID -> SALES.ORDER_LINES.PRODUCT_ID
-- columns: SALES.QUOTE_LINES.QTY -> SALES.ORDER_LINES.QTY
-- columns: SALES.QUOTE_LINES.UNIT_PRICE -> SALES.ORDER_LINES.UNIT_PRICE, SALES.QUOTES.DISCOUNT_PCT -> SALES.ORDER_LINES.UNIT_PRICE
-- diagnostics: none
-- b2b_quote_conversion.sql: accepted B2B quotes become orders
INSERT INTO (SELECT o.order_id, o.customer_id, o.status, o.created_at, o.channel
               FROM sales.orders o
              WHERE o.channel = 'B2B'
               WITH CHECK OPTION)
SELECT q.quote_id, q.customer_id, 'NEW', SYSDATE, q.channel
  FROM sales.quotes q
 WHERE q.accepted = 'Y'
   AND q.channel = 'B2B'
   AND q.converted_order_id IS NULL;

INSERT INTO sales.order_lines (order_id, line_no, product_id, qty, unit_price)
SELECT ql.quote_id,
       ql.line_no,
       ql.product_id,
       ql.qty,
       ql.unit_price * (1 - NVL(q.discount_pct, 0) / 100)
  FROM sales.quote_lines ql
  JOIN sales.quotes q ON q.quote_id = ql.quote_id
 WHERE q.accepted = 'Y'
   AND q.channel = 'B2B'
   AND q.converted_order_id IS NULL;

UPDATE sales.quotes q
   SET q.converted_order_id = q.quote_id,
       q.converted_at       = SYSDATE
 WHERE q.accepted = 'Y'
   AND q.channel = 'B2B'
   AND q.converted_order_id IS NULL
   AND EXISTS (SELECT 1 FROM sales.orders o WHERE o.order_id = q.quote_id);
COMMIT;

-- case: ctas_pivot_two_aggregates_then_view_unpivot_include_nulls_column_pairs
-- sources: DWH.FACT_SALES, DWH.DIM_STORE, MART.STORE_QUARTER_PIVOT
-- targets: MART.STORE_QUARTER_PIVOT, MART.V_STORE_QUARTER_LONG
-- columns: DWH.DIM_STORE.STORE_CODE -> MART.STORE_QUARTER_PIVOT.STORE_CODE
-- columns: DWH.DIM_STORE.REGION -> MART.STORE_QUARTER_PIVOT.REGION
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.STORE_QUARTER_PIVOT.Q1_REV, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q1_REV
-- columns: DWH.FACT_SALES.QUANTITY -> MART.STORE_QUARTER_PIVOT.Q1_QTY, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q1_QTY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.STORE_QUARTER_PIVOT.Q2_REV, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q2_REV
-- columns: DWH.FACT_SALES.QUANTITY -> MART.STORE_QUARTER_PIVOT.Q2_QTY, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q2_QTY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.STORE_QUARTER_PIVOT.Q3_REV, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q3_REV
-- columns: DWH.FACT_SALES.QUANTITY -> MART.STORE_QUARTER_PIVOT.Q3_QTY, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q3_QTY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.STORE_QUARTER_PIVOT.Q4_REV, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q4_REV
-- columns: DWH.FACT_SALES.QUANTITY -> MART.STORE_QUARTER_PIVOT.Q4_QTY, DWH.FACT_SALES.SALE_DATE -> MART.STORE_QUARTER_PIVOT.Q4_QTY
-- columns: MART.STORE_QUARTER_PIVOT.STORE_CODE -> MART.V_STORE_QUARTER_LONG.STORE_CODE
-- columns: MART.STORE_QUARTER_PIVOT.REGION -> MART.V_STORE_QUARTER_LONG.REGION
-- columns: MART.STORE_QUARTER_PIVOT.Q1_REV -> MART.V_STORE_QUARTER_LONG.REVENUE, MART.STORE_QUARTER_PIVOT.Q2_REV -> MART.V_STORE_QUARTER_LONG.REVENUE
-- columns: MART.STORE_QUARTER_PIVOT.Q3_REV -> MART.V_STORE_QUARTER_LONG.REVENUE, MART.STORE_QUARTER_PIVOT.Q4_REV -> MART.V_STORE_QUARTER_LONG.REVENUE
-- columns: MART.STORE_QUARTER_PIVOT.Q1_QTY -> MART.V_STORE_QUARTER_LONG.QTY, MART.STORE_QUARTER_PIVOT.Q2_QTY -> MART.V_STORE_QUARTER_LONG.QTY
-- columns: MART.STORE_QUARTER_PIVOT.Q3_QTY -> MART.V_STORE_QUARTER_LONG.QTY, MART.STORE_QUARTER_PIVOT.Q4_QTY -> MART.V_STORE_QUARTER_LONG.QTY
-- indirect: DWH.DIM_STORE.STORE_KEY, DWH.FACT_SALES.STORE_KEY
-- diagnostics: none
CREATE TABLE mart.store_quarter_pivot
  NOLOGGING
  PARALLEL 4
AS
SELECT *
  FROM (SELECT s.store_code,
               s.region,
               TO_CHAR(f.sale_date, 'Q') AS qtr,
               f.net_amount,
               f.quantity
          FROM dwh.fact_sales f
          JOIN dwh.dim_store s ON s.store_key = f.store_key
         WHERE f.sale_date >= DATE '2024-01-01'
           AND f.sale_date <  DATE '2025-01-01')
 PIVOT (SUM(net_amount) AS rev,
        SUM(quantity)   AS qty
        FOR qtr IN ('1' AS q1, '2' AS q2, '3' AS q3, '4' AS q4));

CREATE OR REPLACE VIEW mart.v_store_quarter_long AS
SELECT store_code, region, qtr, revenue, qty
  FROM mart.store_quarter_pivot
UNPIVOT INCLUDE NULLS ((revenue, qty) FOR qtr IN ((q1_rev, q1_qty) AS 'Q1',
                                                  (q2_rev, q2_qty) AS 'Q2',
                                                  (q3_rev, q3_qty) AS 'Q3',
                                                  (q4_rev, q4_qty) AS 'Q4'));

-- case: update_key_preserved_join_view_over_keep_dense_rank_aggregating_inline_view
-- sources: RISK.SCORES
-- targets: CRM.CUSTOMERS
-- columns: RISK.SCORES.RECOMMENDED_LIMIT -> CRM.CUSTOMERS.CREDIT_LIMIT, RISK.SCORES.SCORED_AT -> CRM.CUSTOMERS.CREDIT_LIMIT
-- columns: RISK.SCORES.BAND -> CRM.CUSTOMERS.RISK_BAND, RISK.SCORES.SCORED_AT -> CRM.CUSTOMERS.RISK_BAND
-- indirect: RISK.SCORES.MODEL_VERSION, RISK.SCORES.CUSTOMER_ID, CRM.CUSTOMERS.CUSTOMER_ID, CRM.CUSTOMERS.STATUS
-- diagnostics: none
UPDATE /*+ BYPASS_UJVC */ (
        SELECT c.credit_limit,
               c.risk_band,
               c.limit_updated_at,
               r.recommended_limit,
               r.band
          FROM crm.customers c
          JOIN (SELECT s.customer_id,
                       MAX(s.recommended_limit) KEEP (DENSE_RANK LAST ORDER BY s.scored_at) AS recommended_limit,
                       MAX(s.band)              KEEP (DENSE_RANK LAST ORDER BY s.scored_at) AS band
                  FROM risk.scores s
                 WHERE s.model_version = 'V7'
                 GROUP BY s.customer_id) r
            ON r.customer_id = c.customer_id
         WHERE c.status = 'ACTIVE'
       )
   SET credit_limit     = recommended_limit,
       risk_band        = band,
       limit_updated_at = SYSDATE;

-- case: merge_using_cte_with_cross_apply_fetch_first_and_outer_apply_grouped
-- sources: CRM.CUSTOMERS, SALES.ORDERS, SALES.ORDER_LINES, DWH.DIM_PRODUCT, DWH.DIM_CATEGORY
-- targets: DWH.CUSTOMER_LAST_ORDERS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMER_LAST_ORDERS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.SEGMENT -> DWH.CUSTOMER_LAST_ORDERS.SEGMENT
-- columns: SALES.ORDERS.ORDER_ID -> DWH.CUSTOMER_LAST_ORDERS.LAST_ORDER_ID
-- columns: SALES.ORDERS.ORDER_DATE -> DWH.CUSTOMER_LAST_ORDERS.LAST_ORDER_DATE
-- columns: SALES.ORDERS.NET_AMOUNT -> DWH.CUSTOMER_LAST_ORDERS.LAST_ORDER_AMOUNT
-- columns: DWH.DIM_CATEGORY.CATEGORY_NAME -> DWH.CUSTOMER_LAST_ORDERS.FAVOURITE_CATEGORY
-- indirect: CRM.CUSTOMERS.STATUS, SALES.ORDERS.CUSTOMER_ID, SALES.ORDER_LINES.PRODUCT_ID, DWH.DIM_PRODUCT.PRODUCT_ID
-- indirect: DWH.DIM_PRODUCT.CATEGORY_ID, DWH.DIM_CATEGORY.CATEGORY_ID, SALES.ORDER_LINES.CUSTOMER_ID
-- indirect: DWH.CUSTOMER_LAST_ORDERS.CUSTOMER_ID
-- diagnostics: none
MERGE INTO dwh.customer_last_orders t
USING (
  WITH active AS (
    SELECT c.customer_id, c.segment
      FROM crm.customers c
     WHERE c.status = 'ACTIVE'
  )
  SELECT a.customer_id,
         a.segment,
         lo.order_id,
         lo.order_date,
         lo.net_amount,
         fav.category_name
    FROM active a
   CROSS APPLY (SELECT o.order_id, o.order_date, o.net_amount
                  FROM sales.orders o
                 WHERE o.customer_id = a.customer_id
                 ORDER BY o.order_date DESC
                 FETCH FIRST 1 ROW ONLY) lo
   OUTER APPLY (SELECT cat.category_name
                  FROM sales.order_lines ol
                  JOIN dwh.dim_product p    ON p.product_id = ol.product_id
                  JOIN dwh.dim_category cat ON cat.category_id = p.category_id
                 WHERE ol.customer_id = a.customer_id
                 GROUP BY cat.category_name
                 ORDER BY SUM(ol.line_amount) DESC
                 FETCH FIRST 1 ROW ONLY) fav
) s
ON (t.customer_id = s.customer_id)
WHEN MATCHED THEN UPDATE SET
     t.last_order_id      = s.order_id,
     t.last_order_date    = s.order_date,
     t.last_order_amount  = s.net_amount,
     t.favourite_category = s.category_name,
     t.segment            = s.segment
WHEN NOT MATCHED THEN INSERT
     (customer_id, segment, last_order_id, last_order_date, last_order_amount, favourite_category)
     VALUES (s.customer_id, s.segment, s.order_id, s.order_date, s.net_amount, s.category_name);

-- case: contact_hygiene_with_function_insert_then_merge_back_and_delete_bounced
-- sources: CRM.CUSTOMERS, MART.CUSTOMER_CONTACT_CLEAN, REF.DISPOSABLE_DOMAINS
-- targets: MART.CUSTOMER_CONTACT_CLEAN, CRM.CUSTOMERS
-- effects: truncate MART.CUSTOMER_CONTACT_CLEAN, delete CRM.CUSTOMER_EMAILS_BOUNCED
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_CONTACT_CLEAN.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MART.CUSTOMER_CONTACT_CLEAN.EMAIL_CLEAN
-- columns: CRM.CUSTOMERS.PHONE -> MART.CUSTOMER_CONTACT_CLEAN.PHONE_CLEAN
-- columns: CRM.CUSTOMERS.EMAIL -> MART.CUSTOMER_CONTACT_CLEAN.EMAIL_DOMAIN
-- columns: MART.CUSTOMER_CONTACT_CLEAN.EMAIL_CLEAN -> CRM.CUSTOMERS.EMAIL
-- columns: MART.CUSTOMER_CONTACT_CLEAN.PHONE_CLEAN -> CRM.CUSTOMERS.PHONE
-- indirect: MART.CUSTOMER_CONTACT_CLEAN.CUSTOMER_ID, CRM.CUSTOMER_EMAILS_BOUNCED.CUSTOMER_ID
-- indirect: MART.CUSTOMER_CONTACT_CLEAN.EMAIL_DOMAIN, REF.DISPOSABLE_DOMAINS.DOMAIN
-- diagnostics: none
TRUNCATE TABLE mart.customer_contact_clean;

INSERT /*+ WITH_PLSQL */ INTO mart.customer_contact_clean (customer_id, email_clean, phone_clean, email_domain)
WITH
  FUNCTION clean_phone (p IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN REGEXP_REPLACE(p, '[^0-9+]', '');
  END;
  FUNCTION domain_of (p IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN LOWER(SUBSTR(p, INSTR(p, '@') + 1));
  END;
src AS (
  SELECT c.customer_id, TRIM(c.email) AS email, c.phone
    FROM crm.customers c
   WHERE c.email IS NOT NULL
)
SELECT s.customer_id,
       LOWER(s.email),
       clean_phone(s.phone),
       domain_of(s.email)
  FROM src s
/

MERGE INTO crm.customers c
USING mart.customer_contact_clean k
   ON (c.customer_id = k.customer_id)
 WHEN MATCHED THEN UPDATE
      SET c.email = k.email_clean,
          c.phone = k.phone_clean
    WHERE c.email <> k.email_clean
       OR NVL(c.phone, '#') <> NVL(k.phone_clean, '#');

DELETE FROM crm.customer_emails_bounced b
 WHERE EXISTS (SELECT 1
                 FROM mart.customer_contact_clean k
                WHERE k.customer_id = b.customer_id
                  AND k.email_domain IN (SELECT d.domain FROM ref.disposable_domains d));
COMMIT;

-- case: insert_cube_with_grouping_decode_grouping_id_and_ratio_to_report
-- sources: DWH.FACT_SALES, DWH.DIM_DATE, DWH.DIM_STORE, DWH.DIM_REGION, DWH.DIM_PRODUCT, DWH.DIM_CATEGORY
-- targets: MART.SALES_CUBE
-- columns: DWH.DIM_DATE.YEAR_NUM -> MART.SALES_CUBE.YEAR_NUM
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_CUBE.REGION_NAME
-- columns: DWH.DIM_CATEGORY.CATEGORY_NAME -> MART.SALES_CUBE.CATEGORY_NAME
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.SALES_CUBE.REVENUE
-- columns: DWH.FACT_SALES.QUANTITY -> MART.SALES_CUBE.UNITS
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.SALES_CUBE.REVENUE_SHARE, DWH.DIM_DATE.YEAR_NUM -> MART.SALES_CUBE.REVENUE_SHARE
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_CUBE.REVENUE_SHARE, DWH.DIM_CATEGORY.CATEGORY_NAME -> MART.SALES_CUBE.REVENUE_SHARE
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_CUBE.LEVEL_CODE, DWH.DIM_CATEGORY.CATEGORY_NAME -> MART.SALES_CUBE.LEVEL_CODE
-- indirect: DWH.DIM_DATE.DATE_KEY, DWH.FACT_SALES.DATE_KEY, DWH.DIM_STORE.STORE_KEY, DWH.FACT_SALES.STORE_KEY
-- indirect: DWH.DIM_REGION.REGION_ID, DWH.DIM_STORE.REGION_ID, DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
-- indirect: DWH.DIM_CATEGORY.CATEGORY_ID, DWH.DIM_PRODUCT.CATEGORY_ID
-- diagnostics: none
insert into mart.sales_cube
      (year_num, region_name, category_name, revenue, units, revenue_share, level_code)
select d.year_num
     , decode(grouping(r.region_name), 1, 'ALL REGIONS', r.region_name)
     , decode(grouping(c.category_name), 1, 'ALL CATEGORIES', c.category_name)
     , sum(f.net_amount)
     , sum(f.quantity)
     , ratio_to_report(sum(f.net_amount))
         over (partition by d.year_num, grouping_id(r.region_name, c.category_name))
     , grouping_id(r.region_name, c.category_name)
  from dwh.fact_sales f
  join dwh.dim_date d     on d.date_key = f.date_key
  join dwh.dim_store s    on s.store_key = f.store_key
  join dwh.dim_region r   on r.region_id = s.region_id
  join dwh.dim_product p  on p.product_key = f.product_key
  join dwh.dim_category c on c.category_id = p.category_id
 where d.year_num >= 2022
 group by d.year_num, cube(r.region_name, c.category_name)
having sum(f.net_amount) <> 0;

-- case: merge_full_outer_join_soft_delete_detection_reads_target_in_using
-- sources: STG.SUPPLIERS, DWH.DIM_SUPPLIER
-- targets: DWH.DIM_SUPPLIER
-- columns: STG.SUPPLIERS.SUPPLIER_CODE -> DWH.DIM_SUPPLIER.SUPPLIER_CODE, DWH.DIM_SUPPLIER.SUPPLIER_CODE -> DWH.DIM_SUPPLIER.SUPPLIER_CODE
-- columns: STG.SUPPLIERS.SUPPLIER_NAME -> DWH.DIM_SUPPLIER.SUPPLIER_NAME
-- columns: STG.SUPPLIERS.COUNTRY_CODE -> DWH.DIM_SUPPLIER.COUNTRY_CODE
-- columns: STG.SUPPLIERS.PAYMENT_TERMS -> DWH.DIM_SUPPLIER.PAYMENT_TERMS
-- columns: STG.SUPPLIERS.SUPPLIER_CODE -> DWH.DIM_SUPPLIER.IS_DELETED, DWH.DIM_SUPPLIER.SUPPLIER_CODE -> DWH.DIM_SUPPLIER.IS_DELETED
-- indirect: DWH.DIM_SUPPLIER.IS_DELETED
-- diagnostics: none
MERGE INTO dwh.dim_supplier t
USING (SELECT NVL(s.supplier_code, d.supplier_code) AS supplier_code,
              s.supplier_name,
              s.country_code,
              s.payment_terms,
              CASE
                WHEN s.supplier_code IS NULL THEN 'D'
                WHEN d.supplier_code IS NULL THEN 'I'
                ELSE 'U'
              END AS op
         FROM stg.suppliers s
         FULL OUTER JOIN (SELECT x.supplier_code
                            FROM dwh.dim_supplier x
                           WHERE x.is_deleted = 'N') d
           ON d.supplier_code = s.supplier_code) src
   ON (t.supplier_code = src.supplier_code)
 WHEN MATCHED THEN UPDATE
      SET t.supplier_name = NVL(src.supplier_name, t.supplier_name),
          t.country_code  = NVL(src.country_code, t.country_code),
          t.payment_terms = NVL(src.payment_terms, t.payment_terms),
          t.is_deleted    = DECODE(src.op, 'D', 'Y', 'N'),
          t.updated_at    = SYSDATE
 WHEN NOT MATCHED THEN INSERT
      (supplier_key, supplier_code, supplier_name, country_code, payment_terms, is_deleted, updated_at)
      VALUES (dwh.seq_supplier.NEXTVAL, src.supplier_code, src.supplier_name, src.country_code,
              src.payment_terms, 'N', SYSDATE)
      WHERE src.op = 'I';

-- case: ctas_column_list_flashback_self_join_then_alert_queue_with_scalar_count
-- sources: RETAIL.ITEMS, AUDIT_DW.PRICE_CHANGES_DAILY, NOTIFY.PRICE_WATCH
-- targets: AUDIT_DW.PRICE_CHANGES_DAILY, NOTIFY.PRICE_ALERT_QUEUE
-- columns: RETAIL.ITEMS.SKU -> AUDIT_DW.PRICE_CHANGES_DAILY.SKU
-- columns: RETAIL.ITEMS.LIST_PRICE -> AUDIT_DW.PRICE_CHANGES_DAILY.OLD_PRICE
-- columns: RETAIL.ITEMS.LIST_PRICE -> AUDIT_DW.PRICE_CHANGES_DAILY.NEW_PRICE
-- columns: RETAIL.ITEMS.LIST_PRICE -> AUDIT_DW.PRICE_CHANGES_DAILY.CHANGE_PCT
-- columns: AUDIT_DW.PRICE_CHANGES_DAILY.SKU -> NOTIFY.PRICE_ALERT_QUEUE.SKU
-- columns: RETAIL.ITEMS.PRODUCT_NAME -> NOTIFY.PRICE_ALERT_QUEUE.PRODUCT_NAME
-- columns: AUDIT_DW.PRICE_CHANGES_DAILY.OLD_PRICE -> NOTIFY.PRICE_ALERT_QUEUE.OLD_PRICE
-- columns: AUDIT_DW.PRICE_CHANGES_DAILY.NEW_PRICE -> NOTIFY.PRICE_ALERT_QUEUE.NEW_PRICE
-- indirect: NOTIFY.PRICE_WATCH.SKU, AUDIT_DW.PRICE_CHANGES_DAILY.CHANGE_PCT
-- diagnostics: none
CREATE TABLE audit_dw.price_changes_daily (sku, old_price, new_price, change_pct)
  NOLOGGING
AS
SELECT n.sku,
       o.list_price,
       n.list_price,
       ROUND((n.list_price - o.list_price) / NULLIF(o.list_price, 0) * 100, 2)
  FROM retail.items n
  JOIN retail.items AS OF TIMESTAMP (SYSTIMESTAMP - INTERVAL '1' DAY) o
    ON o.sku = n.sku
 WHERE n.list_price <> o.list_price;

INSERT INTO notify.price_alert_queue (sku, product_name, old_price, new_price, subscriber_count, queued_at)
SELECT pc.sku,
       i.product_name,
       pc.old_price,
       pc.new_price,
       (SELECT COUNT(*) FROM notify.price_watch w WHERE w.sku = pc.sku),
       SYSDATE
  FROM audit_dw.price_changes_daily pc
  JOIN retail.items i ON i.sku = pc.sku
 WHERE ABS(pc.change_pct) >= 10;

GRANT SELECT ON audit_dw.price_changes_daily TO pricing_team;

-- case: materialized_view_three_branch_union_all_exposure_with_grouping
-- sources: AR.OPEN_ITEMS, CRM.CUSTOMERS, AP.PAYABLES, DWH.DIM_SUPPLIER, TREASURY.FX_CONTRACTS
-- targets: MART.MV_OPEN_EXPOSURE
-- columns: CRM.CUSTOMERS.CUSTOMER_NO -> MART.MV_OPEN_EXPOSURE.COUNTERPARTY
-- columns: DWH.DIM_SUPPLIER.SUPPLIER_CODE -> MART.MV_OPEN_EXPOSURE.COUNTERPARTY
-- columns: TREASURY.FX_CONTRACTS.COUNTERPARTY_CODE -> MART.MV_OPEN_EXPOSURE.COUNTERPARTY
-- columns: CRM.CUSTOMERS.COUNTRY_CODE -> MART.MV_OPEN_EXPOSURE.COUNTRY_CODE
-- columns: DWH.DIM_SUPPLIER.COUNTRY_CODE -> MART.MV_OPEN_EXPOSURE.COUNTRY_CODE
-- columns: TREASURY.FX_CONTRACTS.COUNTRY_CODE -> MART.MV_OPEN_EXPOSURE.COUNTRY_CODE
-- columns: AR.OPEN_ITEMS.CURRENCY_CODE -> MART.MV_OPEN_EXPOSURE.CURRENCY_CODE
-- columns: AP.PAYABLES.CURRENCY_CODE -> MART.MV_OPEN_EXPOSURE.CURRENCY_CODE
-- columns: TREASURY.FX_CONTRACTS.BUY_CURRENCY -> MART.MV_OPEN_EXPOSURE.CURRENCY_CODE
-- columns: AR.OPEN_ITEMS.OPEN_AMOUNT -> MART.MV_OPEN_EXPOSURE.OPEN_AMOUNT
-- columns: AP.PAYABLES.AMOUNT_DUE -> MART.MV_OPEN_EXPOSURE.OPEN_AMOUNT
-- columns: TREASURY.FX_CONTRACTS.NOTIONAL -> MART.MV_OPEN_EXPOSURE.OPEN_AMOUNT
-- columns: TREASURY.FX_CONTRACTS.SETTLED -> MART.MV_OPEN_EXPOSURE.OPEN_AMOUNT
-- columns: AR.OPEN_ITEMS.DUE_DATE -> MART.MV_OPEN_EXPOSURE.OLDEST_DUE
-- columns: AP.PAYABLES.DUE_DATE -> MART.MV_OPEN_EXPOSURE.OLDEST_DUE
-- columns: TREASURY.FX_CONTRACTS.VALUE_DATE -> MART.MV_OPEN_EXPOSURE.OLDEST_DUE
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID, AR.OPEN_ITEMS.CUSTOMER_ID, AR.OPEN_ITEMS.STATUS
-- indirect: DWH.DIM_SUPPLIER.SUPPLIER_ID, AP.PAYABLES.SUPPLIER_ID, AP.PAYABLES.PAID_FLAG
-- diagnostics: none
CREATE MATERIALIZED VIEW mart.mv_open_exposure
  BUILD IMMEDIATE
  REFRESH COMPLETE ON DEMAND
  ENABLE QUERY REWRITE
AS
SELECT 'AR'               AS exposure_type,
       c.customer_no     AS counterparty,
       c.country_code,
       i.currency_code,
       SUM(i.open_amount) AS open_amount,
       MIN(i.due_date)    AS oldest_due
  FROM ar.open_items i
  JOIN crm.customers c ON c.customer_id = i.customer_id
 WHERE i.status = 'OPEN'
 GROUP BY c.customer_no, c.country_code, i.currency_code
UNION ALL
SELECT 'AP',
       s.supplier_code,
       s.country_code,
       p.currency_code,
       -SUM(p.amount_due),
       MIN(p.due_date)
  FROM ap.payables p
  JOIN dwh.dim_supplier s ON s.supplier_id = p.supplier_id
 WHERE p.paid_flag = 'N'
 GROUP BY s.supplier_code, s.country_code, p.currency_code
UNION ALL
SELECT 'FX',
       fc.counterparty_code,
       fc.country_code,
       fc.buy_currency,
       SUM(fc.notional) - SUM(NVL(fc.settled, 0)),
       MIN(fc.value_date)
  FROM treasury.fx_contracts fc
 WHERE fc.value_date > SYSDATE
 GROUP BY fc.counterparty_code, fc.country_code, fc.buy_currency;
