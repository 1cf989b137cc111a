-- case: ctas_scratch_joined_then_dropped
-- sources: STG.ORDER_LINES, STG.ORDERS
-- targets: DWH.FACT_ORDERS
-- intermediate: STG.TMP_ORDER_TOTALS
-- columns: STG.ORDER_LINES.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.FACT_ORDERS.CUSTOMER_ID
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.FACT_ORDERS.ORDER_TOTAL, STG.ORDER_LINES.UNIT_PRICE -> DWH.FACT_ORDERS.ORDER_TOTAL
-- diagnostics: none
CREATE TABLE stg.tmp_order_totals NOLOGGING AS
SELECT l.order_id, SUM(l.quantity * l.unit_price) AS order_total
FROM stg.order_lines l
GROUP BY l.order_id;

INSERT INTO dwh.fact_orders (order_id, customer_id, order_total)
SELECT t.order_id, o.customer_id, t.order_total
FROM stg.orders o
JOIN stg.tmp_order_totals t ON t.order_id = o.order_id;

DROP TABLE stg.tmp_order_totals PURGE;

-- case: plain_create_fill_update_use_drop
-- sources: DWH.DIM_CUSTOMER, CRM.SEGMENTS
-- targets: MART.CUSTOMER_SEGMENT_KEYS
-- intermediate: WORK_CUSTOMER_KEYS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> MART.CUSTOMER_SEGMENT_KEYS.CUSTOMER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> MART.CUSTOMER_SEGMENT_KEYS.CUSTOMER_KEY
-- columns: CRM.SEGMENTS.SEGMENT -> MART.CUSTOMER_SEGMENT_KEYS.SEGMENT
CREATE TABLE work_customer_keys (
  customer_id   NUMBER,
  customer_key  NUMBER,
  segment       VARCHAR2(20)
);

INSERT INTO work_customer_keys (customer_id, customer_key)
SELECT d.customer_id, d.customer_key
FROM dwh.dim_customer d
WHERE d.is_current = 'Y';

UPDATE work_customer_keys w
   SET w.segment = (SELECT s.segment FROM crm.segments s WHERE s.customer_id = w.customer_id);

INSERT INTO mart.customer_segment_keys (customer_id, customer_key, segment)
SELECT customer_id, customer_key, segment FROM work_customer_keys;

DROP TABLE work_customer_keys;

-- case: two_chained_scratch_tables_into_merge
-- sources: STG.SALES_RAW
-- targets: MART.STORE_DAILY
-- intermediate: TMP_SALES_CLEAN, TMP_SALES_DAILY
-- columns: STG.SALES_RAW.STORE_CODE -> MART.STORE_DAILY.STORE_CODE
-- columns: STG.SALES_RAW.SOLD_AT -> MART.STORE_DAILY.SALE_DATE
-- columns: STG.SALES_RAW.AMOUNT -> MART.STORE_DAILY.REVENUE, STG.SALES_RAW.FX_RATE -> MART.STORE_DAILY.REVENUE
-- columns: STG.SALES_RAW.SALE_ID -> MART.STORE_DAILY.TICKETS
CREATE TABLE tmp_sales_clean AS
SELECT s.sale_id,
       s.store_code,
       s.amount * s.fx_rate AS amount_eur,
       TRUNC(s.sold_at) AS sale_date
FROM stg.sales_raw s
WHERE s.amount IS NOT NULL;

CREATE TABLE tmp_sales_daily AS
SELECT c.store_code, c.sale_date, SUM(c.amount_eur) AS revenue, COUNT(c.sale_id) AS tickets
FROM tmp_sales_clean c
GROUP BY c.store_code, c.sale_date;

MERGE INTO mart.store_daily m
USING (SELECT d.store_code, d.sale_date, d.revenue, d.tickets FROM tmp_sales_daily d) x
ON (m.store_code = x.store_code AND m.sale_date = x.sale_date)
WHEN MATCHED THEN UPDATE SET m.revenue = x.revenue, m.tickets = x.tickets
WHEN NOT MATCHED THEN INSERT (store_code, sale_date, revenue, tickets)
  VALUES (x.store_code, x.sale_date, x.revenue, x.tickets);

DROP TABLE tmp_sales_daily;
DROP TABLE tmp_sales_clean;

-- case: persistent_table_read_and_written_keeps_both_hops
-- sources: STG.ORDERS, DWH.DIM_CUSTOMER, DWH.FACT_ORDERS
-- targets: DWH.FACT_ORDERS, MART.CUSTOMER_REVENUE
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.FACT_ORDERS.CUSTOMER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> DWH.FACT_ORDERS.AMOUNT
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_ORDERS.CUSTOMER_KEY
-- columns: DWH.FACT_ORDERS.CUSTOMER_KEY -> MART.CUSTOMER_REVENUE.CUSTOMER_KEY
-- columns: DWH.FACT_ORDERS.AMOUNT -> MART.CUSTOMER_REVENUE.REVENUE
INSERT INTO dwh.fact_orders (order_id, customer_id, amount)
SELECT order_id, customer_id, total_amount
FROM stg.orders
WHERE load_date = TRUNC(SYSDATE);

UPDATE dwh.fact_orders f
   SET f.customer_key = (SELECT d.customer_key
                           FROM dwh.dim_customer d
                          WHERE d.customer_id = f.customer_id)
 WHERE f.customer_key IS NULL;

INSERT INTO mart.customer_revenue (customer_key, revenue)
SELECT customer_key, SUM(amount)
FROM dwh.fact_orders
GROUP BY customer_key;

-- case: global_temporary_table_created_and_dropped
-- sources: CRM.CHURNED_CUSTOMERS
-- targets: DWH.CHURN_LOG
-- intermediate: GTT_IDS
-- columns: CRM.CHURNED_CUSTOMERS.CUSTOMER_ID -> DWH.CHURN_LOG.CUSTOMER_ID
CREATE GLOBAL TEMPORARY TABLE gtt_ids (id NUMBER) ON COMMIT PRESERVE ROWS;

INSERT INTO gtt_ids (id)
SELECT customer_id FROM crm.churned_customers;

DELETE FROM dwh.customer_scores
 WHERE customer_id IN (SELECT id FROM gtt_ids);

INSERT INTO dwh.churn_log (customer_id, logged_at)
SELECT id, SYSDATE FROM gtt_ids;

TRUNCATE TABLE gtt_ids;
DROP TABLE gtt_ids;

-- case: union_into_scratch_then_distinct
-- sources: CRM.LEADS, CRM.CUSTOMERS
-- targets: MART.MAILING_LIST
-- intermediate: STG.TMP_CONTACTS
-- columns: CRM.LEADS.LEAD_ID -> MART.MAILING_LIST.CONTACT_ID, CRM.CUSTOMERS.CUSTOMER_ID -> MART.MAILING_LIST.CONTACT_ID
-- columns: CRM.LEADS.EMAIL -> MART.MAILING_LIST.EMAIL_LOWER, CRM.CUSTOMERS.EMAIL -> MART.MAILING_LIST.EMAIL_LOWER
CREATE TABLE stg.tmp_contacts AS
SELECT lead_id AS contact_id, email FROM crm.leads
UNION ALL
SELECT customer_id, email FROM crm.customers;

INSERT INTO mart.mailing_list (contact_id, email_lower)
SELECT DISTINCT contact_id, LOWER(email) FROM stg.tmp_contacts;

DROP TABLE stg.tmp_contacts PURGE;

-- case: archive_then_delete
-- sources: DWH.FACT_SALES
-- targets: DWH.FACT_SALES_HIST
-- columns: DWH.FACT_SALES.SALE_ID -> DWH.FACT_SALES_HIST.SALE_ID
-- columns: DWH.FACT_SALES.SALE_DATE -> DWH.FACT_SALES_HIST.SALE_DATE
-- columns: DWH.FACT_SALES.AMOUNT -> DWH.FACT_SALES_HIST.AMOUNT
-- effects: delete DWH.FACT_SALES
INSERT INTO dwh.fact_sales_hist (sale_id, sale_date, amount, archived_at)
SELECT sale_id, sale_date, amount, SYSDATE
FROM dwh.fact_sales
WHERE sale_date < ADD_MONTHS(SYSDATE, -24);

DELETE FROM dwh.fact_sales WHERE sale_date < ADD_MONTHS(SYSDATE, -24);

COMMIT;

-- case: insert_reads_its_own_target
-- sources: DWH.DIM_DATE
-- targets: DWH.DIM_DATE
-- columns: DWH.DIM_DATE.DATE_KEY -> DWH.DIM_DATE.DATE_KEY
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> DWH.DIM_DATE.CALENDAR_DATE
INSERT INTO dwh.dim_date (date_key, calendar_date)
SELECT MAX(date_key) + 1, MAX(calendar_date) + 1
FROM dwh.dim_date;

-- case: scratch_key_column_used_only_for_matching
-- sources: REF.FX_DAILY, STG.SALES
-- targets: DWH.FACT_SALES_EUR, DWH.FACT_INVOICES
-- intermediate: TMP_FX
-- columns: STG.SALES.SALE_ID -> DWH.FACT_SALES_EUR.SALE_ID
-- columns: STG.SALES.AMOUNT -> DWH.FACT_SALES_EUR.AMOUNT_EUR, REF.FX_DAILY.RATE_TO_EUR -> DWH.FACT_SALES_EUR.AMOUNT_EUR
-- columns: REF.FX_DAILY.RATE_TO_EUR -> DWH.FACT_INVOICES.AMOUNT_EUR
CREATE TABLE tmp_fx (ccy, rate) AS
SELECT r.currency_code, r.rate_to_eur
FROM ref.fx_daily r
WHERE r.rate_date = TRUNC(SYSDATE);

INSERT INTO dwh.fact_sales_eur (sale_id, amount_eur)
SELECT s.sale_id, s.amount * f.rate
FROM stg.sales s
JOIN tmp_fx f ON f.ccy = s.currency;

UPDATE dwh.fact_invoices i
   SET i.amount_eur = i.amount * (SELECT f.rate FROM tmp_fx f WHERE f.ccy = i.currency)
 WHERE i.amount_eur IS NULL;

DROP TABLE tmp_fx;

-- case: created_table_not_dropped_is_target
-- sources: DWH.FACT_SALES, DWH.DIM_REGION
-- targets: MART.REGION_SUMMARY
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.REGION_SUMMARY.REGION
-- columns: DWH.FACT_SALES.AMOUNT -> MART.REGION_SUMMARY.REVENUE
-- indirect: DWH.DIM_REGION.REGION_KEY, DWH.FACT_SALES.REGION_KEY
CREATE TABLE mart.region_summary (region VARCHAR2(30), revenue NUMBER);

INSERT INTO mart.region_summary (region, revenue)
SELECT r.region_name, SUM(f.amount)
FROM dwh.fact_sales f
JOIN dwh.dim_region r ON r.region_key = f.region_key
GROUP BY r.region_name;
