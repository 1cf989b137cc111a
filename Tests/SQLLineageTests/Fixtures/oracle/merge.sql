-- case: merge_upsert_from_table
-- sources: STG.CUSTOMERS
-- targets: DWH.DIM_CUSTOMER
-- columns: STG.CUSTOMERS.EMAIL -> DWH.DIM_CUSTOMER.EMAIL
-- columns: STG.CUSTOMERS.SEGMENT -> DWH.DIM_CUSTOMER.SEGMENT
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.DIM_CUSTOMER.CUSTOMER_ID
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID
-- diagnostics: none
MERGE INTO dwh.dim_customer t
USING stg.customers s
ON (t.customer_id = s.customer_id)
WHEN MATCHED THEN UPDATE SET
  t.email = s.email,
  t.segment = s.segment,
  t.updated_at = SYSDATE
WHEN NOT MATCHED THEN INSERT (customer_id, email, segment, created_at)
  VALUES (s.customer_id, s.email, s.segment, SYSDATE);

-- case: merge_using_aggregating_subquery
-- sources: STG.ORDERS
-- targets: MART.CUSTOMER_TOTALS
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_TOTALS.TOTAL_AMOUNT
-- columns: STG.ORDERS.ORDER_DATE -> MART.CUSTOMER_TOTALS.LAST_ORDER_DATE
-- columns: STG.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_TOTALS.CUSTOMER_ID
-- indirect: STG.ORDERS.LOAD_DATE, MART.CUSTOMER_TOTALS.CUSTOMER_ID
MERGE INTO mart.customer_totals tgt
USING (
  SELECT o.customer_id, SUM(o.total_amount) AS total, MAX(o.order_date) AS last_dt
  FROM stg.orders o
  WHERE o.load_date = TRUNC(SYSDATE)
  GROUP BY o.customer_id
) src
ON (tgt.customer_id = src.customer_id)
WHEN MATCHED THEN UPDATE SET
  tgt.total_amount = tgt.total_amount + src.total,
  tgt.last_order_date = GREATEST(tgt.last_order_date, src.last_dt)
WHEN NOT MATCHED THEN INSERT (customer_id, total_amount, last_order_date)
  VALUES (src.customer_id, src.total, src.last_dt);

-- case: merge_update_only_with_where
-- sources: STG.PRODUCT_UPDATES
-- targets: DWH.DIM_PRODUCT
-- columns: STG.PRODUCT_UPDATES.NEW_PRICE -> DWH.DIM_PRODUCT.LIST_PRICE
-- columns: STG.PRODUCT_UPDATES.CHANGED_AT -> DWH.DIM_PRODUCT.PRICE_CHANGED_AT
MERGE INTO dwh.dim_product p
USING stg.product_updates u
ON (p.product_id = u.product_id)
WHEN MATCHED THEN UPDATE SET
  p.list_price = u.new_price,
  p.price_changed_at = u.changed_at
  WHERE p.list_price <> u.new_price;

-- case: merge_insert_only_from_distinct_subquery
-- sources: STG.ORDERS
-- targets: DWH.DIM_DATE
-- columns: STG.ORDERS.ORDER_DATE -> DWH.DIM_DATE.DATE_KEY
-- columns: STG.ORDERS.ORDER_DATE -> DWH.DIM_DATE.CALENDAR_DATE
-- columns: STG.ORDERS.ORDER_DATE -> DWH.DIM_DATE.YEAR_NUM
-- indirect: DWH.DIM_DATE.CALENDAR_DATE
MERGE INTO dwh.dim_date d
USING (SELECT DISTINCT TRUNC(order_date) AS dt FROM stg.orders) s
ON (d.calendar_date = s.dt)
WHEN NOT MATCHED THEN INSERT (date_key, calendar_date, year_num)
  VALUES (TO_NUMBER(TO_CHAR(s.dt, 'YYYYMMDD')), s.dt, EXTRACT(YEAR FROM s.dt));

-- case: merge_update_delete_where_and_insert_where
-- sources: STG.INVENTORY_FEED
-- targets: DWH.INVENTORY
-- columns: STG.INVENTORY_FEED.SKU -> DWH.INVENTORY.SKU
-- columns: STG.INVENTORY_FEED.WAREHOUSE_ID -> DWH.INVENTORY.WAREHOUSE_ID
-- columns: STG.INVENTORY_FEED.QTY -> DWH.INVENTORY.QTY_ON_HAND
-- columns: STG.INVENTORY_FEED.FEED_TS -> DWH.INVENTORY.UPDATED_AT
MERGE INTO dwh.inventory i
USING stg.inventory_feed f
ON (i.sku = f.sku AND i.warehouse_id = f.warehouse_id)
WHEN MATCHED THEN UPDATE SET i.qty_on_hand = f.qty, i.updated_at = f.feed_ts
  DELETE WHERE i.qty_on_hand = 0
WHEN NOT MATCHED THEN INSERT (sku, warehouse_id, qty_on_hand, updated_at)
  VALUES (f.sku, f.warehouse_id, f.qty, f.feed_ts)
  WHERE f.qty > 0;

-- case: merge_using_subquery_with_cte
-- sources: STG.ORDER_LINES
-- targets: MART.PRODUCT_STATS
-- columns: STG.ORDER_LINES.PRODUCT_ID -> MART.PRODUCT_STATS.PRODUCT_ID
-- columns: STG.ORDER_LINES.QUANTITY -> MART.PRODUCT_STATS.QTY_LAST_7D
-- indirect: STG.ORDER_LINES.ORDER_DATE, MART.PRODUCT_STATS.PRODUCT_ID
MERGE INTO mart.product_stats ps
USING (
  WITH recent AS (
    SELECT l.product_id, l.quantity
    FROM stg.order_lines l
    WHERE l.order_date > SYSDATE - 7
  )
  SELECT product_id, SUM(quantity) AS qty_7d FROM recent GROUP BY product_id
) r
ON (ps.product_id = r.product_id)
WHEN MATCHED THEN UPDATE SET ps.qty_last_7d = r.qty_7d
WHEN NOT MATCHED THEN INSERT (product_id, qty_last_7d) VALUES (r.product_id, r.qty_7d);

-- case: merge_scd2_close_reads_target_in_using
-- sources: STG.CUSTOMERS, DWH.DIM_CUSTOMER
-- targets: DWH.DIM_CUSTOMER
MERGE INTO dwh.dim_customer d
USING (
  SELECT s.customer_id, s.email, s.segment
  FROM stg.customers s
  JOIN dwh.dim_customer cur
    ON cur.customer_id = s.customer_id
   AND cur.is_current = 'Y'
  WHERE cur.email <> s.email OR cur.segment <> s.segment
) chg
ON (d.customer_id = chg.customer_id AND d.is_current = 'Y')
WHEN MATCHED THEN UPDATE SET d.is_current = 'N', d.valid_to = SYSDATE;

-- case: merge_using_dual_literals_only
-- targets: CFG.JOB_WATERMARKS
MERGE INTO cfg.job_watermarks w
USING (SELECT 'ORDERS' AS job_name, SYSTIMESTAMP AS hwm FROM dual) s
ON (w.job_name = s.job_name)
WHEN MATCHED THEN UPDATE SET w.high_watermark = s.hwm
WHEN NOT MATCHED THEN INSERT (job_name, high_watermark) VALUES (s.job_name, s.hwm);

-- case: merge_watermark_from_max
-- sources: STG.ORDERS
-- targets: CFG.JOB_WATERMARKS
-- columns: STG.ORDERS.UPDATED_AT -> CFG.JOB_WATERMARKS.HIGH_WATERMARK
MERGE INTO cfg.job_watermarks w
USING (SELECT 'ORDERS' AS job_name, MAX(o.updated_at) AS hwm FROM stg.orders o) s
ON (w.job_name = s.job_name)
WHEN MATCHED THEN UPDATE SET w.high_watermark = s.hwm, w.updated_on = SYSDATE;

-- case: merge_daily_balance_long
-- sources: STG.TRANSACTIONS, DWH.DIM_ACCOUNT
-- targets: DWH.FACT_DAILY_BALANCE
-- columns: DWH.DIM_ACCOUNT.ACCOUNT_ID -> DWH.FACT_DAILY_BALANCE.ACCOUNT_ID
-- columns: STG.TRANSACTIONS.TXN_TS -> DWH.FACT_DAILY_BALANCE.BALANCE_DATE
-- columns: STG.TRANSACTIONS.DIRECTION -> DWH.FACT_DAILY_BALANCE.NET_FLOW, STG.TRANSACTIONS.AMOUNT -> DWH.FACT_DAILY_BALANCE.NET_FLOW
-- columns: STG.TRANSACTIONS.DIRECTION -> DWH.FACT_DAILY_BALANCE.CLOSING_BALANCE, STG.TRANSACTIONS.AMOUNT -> DWH.FACT_DAILY_BALANCE.CLOSING_BALANCE
-- indirect: DWH.DIM_ACCOUNT.ACCOUNT_NO, STG.TRANSACTIONS.ACCOUNT_NO, DWH.FACT_DAILY_BALANCE.ACCOUNT_ID, DWH.FACT_DAILY_BALANCE.BALANCE_DATE
MERGE /*+ APPEND PARALLEL(f 4) */ INTO dwh.fact_daily_balance f
USING (
  SELECT a.account_id,
         TRUNC(t.txn_ts) AS balance_date,
         SUM(CASE WHEN t.direction = 'C' THEN t.amount ELSE -t.amount END) AS net_flow
  FROM stg.transactions t
  JOIN dwh.dim_account a ON a.account_no = t.account_no
  WHERE t.txn_ts >= TRUNC(SYSDATE) - 1
    AND t.txn_ts < TRUNC(SYSDATE)
  GROUP BY a.account_id, TRUNC(t.txn_ts)
) n
ON (f.account_id = n.account_id AND f.balance_date = n.balance_date)
WHEN MATCHED THEN UPDATE SET
  f.net_flow = f.net_flow + n.net_flow,
  f.closing_balance = f.closing_balance + n.net_flow
WHEN NOT MATCHED THEN INSERT (account_id, balance_date, net_flow, closing_balance)
  VALUES (n.account_id, n.balance_date, n.net_flow, n.net_flow);

-- case: merge_on_function_nvl_decode_sequence
-- sources: STG.CONTACT_FEED
-- targets: CRM.CONTACTS
-- columns: STG.CONTACT_FEED.PHONE -> CRM.CONTACTS.PHONE
-- columns: STG.CONTACT_FEED.OPT_IN_FLAG -> CRM.CONTACTS.OPT_IN
-- columns: STG.CONTACT_FEED.EMAIL -> CRM.CONTACTS.EMAIL
-- indirect: CRM.CONTACTS.EMAIL
MERGE INTO crm.contacts c
USING stg.contact_feed f
ON (UPPER(c.email) = UPPER(f.email))
WHEN MATCHED THEN UPDATE SET
  c.phone = NVL(f.phone, c.phone),
  c.opt_in = DECODE(f.opt_in_flag, 'Y', 1, 'N', 0, c.opt_in)
WHEN NOT MATCHED THEN INSERT (contact_id, email, phone, opt_in)
  VALUES (crm.seq_contact.NEXTVAL, LOWER(f.email), f.phone, DECODE(f.opt_in_flag, 'Y', 1, 0));
