-- case: script_sqlplus_header_spool_scratch_merge_drop
-- sources: STG.CUSTOMER_FEED, DWH.DIM_COUNTRY
-- targets: DWH.DIM_CUSTOMER
-- intermediate: STG.TMP_CUST_DELTA
-- columns: STG.CUSTOMER_FEED.CUSTOMER_NO -> DWH.DIM_CUSTOMER.CUSTOMER_NO
-- columns: STG.CUSTOMER_FEED.FIRST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME, STG.CUSTOMER_FEED.LAST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME
-- columns: DWH.DIM_COUNTRY.COUNTRY_KEY -> DWH.DIM_CUSTOMER.COUNTRY_KEY
-- diagnostics: none
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
WHENEVER OSERROR EXIT FAILURE
SET ECHO OFF
SET FEEDBACK ON
SET TIMING ON
SET LINESIZE 200 PAGESIZE 0
SET DEFINE OFF
SPOOL /var/log/etl/load_customers.log
PROMPT === step 1: build delta; rows FROM stg.customer_feed WHERE batch is open ===
CREATE TABLE stg.tmp_cust_delta NOLOGGING AS
SELECT f.customer_no,
       INITCAP(f.first_name) || ' ' || INITCAP(f.last_name) AS full_name,
       c.country_key
  FROM stg.customer_feed f
  JOIN dwh.dim_country c ON c.iso2 = f.country_iso
 WHERE f.batch_status = 'OPEN';

PROMPT === step 2: merge into dim; DELETE FROM nothing ===
MERGE INTO dwh.dim_customer d
USING stg.tmp_cust_delta x
   ON (d.customer_no = x.customer_no)
 WHEN MATCHED THEN UPDATE SET d.full_name = x.full_name, d.country_key = x.country_key
 WHEN NOT MATCHED THEN INSERT (customer_no, full_name, country_key)
      VALUES (x.customer_no, x.full_name, x.country_key);

COMMIT;

PROMPT === step 3: cleanup ===
DROP TABLE stg.tmp_cust_delta PURGE;
SPOOL OFF
EXIT SUCCESS

-- case: script_slash_terminated_statements
-- sources: STG.ORDERS, STG.ORDER_LINES
-- targets: DWH.FACT_ORDERS, DWH.FACT_ORDER_LINES
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: STG.ORDERS.ORDER_DAY -> DWH.FACT_ORDERS.ORDER_DAY
-- columns: STG.ORDER_LINES.ORDER_ID -> DWH.FACT_ORDER_LINES.ORDER_ID
-- columns: STG.ORDER_LINES.LINE_NO -> DWH.FACT_ORDER_LINES.LINE_NO
-- columns: STG.ORDER_LINES.AMOUNT -> DWH.FACT_ORDER_LINES.AMOUNT
INSERT INTO dwh.fact_orders (order_id, order_day)
SELECT o.order_id, o.order_day
  FROM stg.orders o
/
INSERT INTO dwh.fact_order_lines (order_id, line_no, amount)
SELECT l.order_id, l.line_no, l.amount
  FROM stg.order_lines l
/
COMMIT
/

-- case: script_rename_swap_with_index_and_grants
-- sources: STG.PRODUCTS, REF.CATEGORIES
-- targets: DWH.DIM_PRODUCT_NEW
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.DIM_PRODUCT_NEW.PRODUCT_ID
-- columns: STG.PRODUCTS.PRODUCT_NAME -> DWH.DIM_PRODUCT_NEW.PRODUCT_NAME
-- columns: REF.CATEGORIES.CATEGORY_NAME -> DWH.DIM_PRODUCT_NEW.CATEGORY_NAME
-- effects: rename DWH.DIM_PRODUCT to DWH.DIM_PRODUCT_OLD, rename DWH.DIM_PRODUCT_NEW to DWH.DIM_PRODUCT, drop DWH.DIM_PRODUCT_OLD
CREATE TABLE dwh.dim_product_new PARALLEL 4 NOLOGGING AS
SELECT p.product_id, p.product_name, c.category_name
  FROM stg.products p
  LEFT JOIN ref.categories c ON c.category_id = p.category_id;

CREATE UNIQUE INDEX dwh.ix_dim_product_new_pk ON dwh.dim_product_new (product_id) NOLOGGING PARALLEL 4;
ALTER INDEX dwh.ix_dim_product_new_pk NOPARALLEL;
ALTER TABLE dwh.dim_product RENAME TO dim_product_old;
ALTER TABLE dwh.dim_product_new RENAME TO dim_product;
GRANT SELECT ON dwh.dim_product TO rpt_role;
DROP TABLE dwh.dim_product_old PURGE;

-- case: script_gtt_two_hops_with_update_from_lookup
-- sources: STG.INVOICES, REF.FX_RATES
-- targets: DWH.FACT_INVOICES
-- intermediate: GTT_INVOICE_WORK
-- columns: STG.INVOICES.INVOICE_NO -> DWH.FACT_INVOICES.INVOICE_NO
-- columns: REF.FX_RATES.RATE_TO_EUR -> DWH.FACT_INVOICES.AMOUNT_EUR
-- columns: STG.INVOICES.CURRENCY -> DWH.FACT_INVOICES.CURRENCY
CREATE GLOBAL TEMPORARY TABLE gtt_invoice_work (
  invoice_no  VARCHAR2(30),
  amount      NUMBER,
  currency    VARCHAR2(3),
  amount_eur  NUMBER
) ON COMMIT PRESERVE ROWS;

INSERT INTO gtt_invoice_work (invoice_no, amount, currency)
SELECT i.invoice_no, i.amount, i.currency
  FROM stg.invoices i
 WHERE i.load_day = TRUNC(SYSDATE);

UPDATE gtt_invoice_work w
   SET w.amount_eur = w.amount * (SELECT r.rate_to_eur
                                    FROM ref.fx_rates r
                                   WHERE r.currency_code = w.currency
                                     AND r.rate_day = TRUNC(SYSDATE));

INSERT INTO dwh.fact_invoices (invoice_no, amount_eur, currency)
SELECT invoice_no, amount_eur, currency FROM gtt_invoice_work;

TRUNCATE TABLE gtt_invoice_work;
DROP TABLE gtt_invoice_work;

-- case: script_substitution_variables_inside_strings_only
-- sources: RAW.CLICKSTREAM
-- targets: STG.CLICKS_DAY
-- columns: RAW.CLICKSTREAM.CLICK_ID -> STG.CLICKS_DAY.CLICK_ID
-- columns: RAW.CLICKSTREAM.URL -> STG.CLICKS_DAY.URL
-- columns: RAW.CLICKSTREAM.CLICK_TS -> STG.CLICKS_DAY.CLICK_TS
-- indirect: RAW.CLICKSTREAM.CLICK_DAY
SET VERIFY OFF
DEFINE run_day = '20240601'
PROMPT loading clicks for &&run_day
INSERT /*+ APPEND */ INTO stg.clicks_day (click_id, url, click_ts)
SELECT c.click_id, c.url, c.click_ts
  FROM raw.clickstream c
 WHERE c.click_day = TO_DATE('&&run_day', 'YYYYMMDD');
COMMIT;
UNDEFINE run_day

-- case: script_view_created_then_read_by_load
-- sources: DWH.FACT_SALES, DWH.DIM_STORE, MART.V_STORE_SALES
-- targets: MART.V_STORE_SALES, MART.STORE_SALES_SNAPSHOT
-- columns: DWH.DIM_STORE.STORE_NAME -> MART.V_STORE_SALES.STORE_NAME
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.V_STORE_SALES.REVENUE
-- columns: MART.V_STORE_SALES.STORE_NAME -> MART.STORE_SALES_SNAPSHOT.STORE_NAME
-- columns: MART.V_STORE_SALES.REVENUE -> MART.STORE_SALES_SNAPSHOT.REVENUE
-- indirect: DWH.DIM_STORE.STORE_KEY, DWH.FACT_SALES.STORE_KEY
CREATE OR REPLACE VIEW mart.v_store_sales AS
SELECT s.store_name, SUM(f.net_amount) AS revenue
  FROM dwh.fact_sales f
  JOIN dwh.dim_store s ON s.store_key = f.store_key
 GROUP BY s.store_name;

INSERT INTO mart.store_sales_snapshot (snapshot_day, store_name, revenue)
SELECT TRUNC(SYSDATE), v.store_name, v.revenue
  FROM mart.v_store_sales v;

-- case: script_truncate_append_and_exec_gather_stats
-- sources: STG.SHIPMENTS
-- targets: DWH.FACT_SHIPMENTS
-- columns: STG.SHIPMENTS.SHIPMENT_ID -> DWH.FACT_SHIPMENTS.SHIPMENT_ID
-- columns: STG.SHIPMENTS.CARRIER -> DWH.FACT_SHIPMENTS.CARRIER
-- columns: STG.SHIPMENTS.WEIGHT_G -> DWH.FACT_SHIPMENTS.WEIGHT_KG
-- effects: truncate DWH.FACT_SHIPMENTS
ALTER SESSION ENABLE PARALLEL DML;
TRUNCATE TABLE dwh.fact_shipments DROP STORAGE;
INSERT /*+ APPEND PARALLEL(t 4) */ INTO dwh.fact_shipments t (shipment_id, carrier, weight_kg)
SELECT s.shipment_id, s.carrier, s.weight_g / 1000
  FROM stg.shipments s;
COMMIT;
EXEC DBMS_STATS.GATHER_TABLE_STATS(ownname => 'DWH', tabname => 'FACT_SHIPMENTS', degree => 4);
ALTER SESSION DISABLE PARALLEL DML;

-- case: script_two_scratch_tables_only_one_dropped
-- sources: STG.LEADS, WORK.LEAD_SCORES
-- targets: WORK.LEAD_SCORES, MART.HOT_LEADS
-- intermediate: WORK.LEAD_CLEAN
-- columns: STG.LEADS.LEAD_ID -> WORK.LEAD_SCORES.LEAD_ID
-- columns: STG.LEADS.VISITS -> WORK.LEAD_SCORES.SCORE, STG.LEADS.DOWNLOADS -> WORK.LEAD_SCORES.SCORE
-- columns: WORK.LEAD_SCORES.LEAD_ID -> MART.HOT_LEADS.LEAD_ID
-- columns: WORK.LEAD_SCORES.SCORE -> MART.HOT_LEADS.SCORE
CREATE TABLE work.lead_clean AS
SELECT l.lead_id, NVL(l.visits, 0) AS visits, NVL(l.downloads, 0) AS downloads
  FROM stg.leads l
 WHERE l.is_spam = 'N';

CREATE TABLE work.lead_scores AS
SELECT c.lead_id, c.visits * 2 + c.downloads * 5 AS score
  FROM work.lead_clean c;

DROP TABLE work.lead_clean;

INSERT INTO mart.hot_leads (lead_id, score)
SELECT s.lead_id, s.score
  FROM work.lead_scores s
 WHERE s.score >= 50;

-- case: script_delete_orphans_after_merge
-- sources: STG.PRICE_LIST
-- targets: DWH.PRICES
-- columns: STG.PRICE_LIST.SKU -> DWH.PRICES.SKU
-- columns: STG.PRICE_LIST.PRICE -> DWH.PRICES.PRICE
-- effects: delete DWH.PRICES
MERGE INTO dwh.prices p
USING stg.price_list s
   ON (p.sku = s.sku)
 WHEN MATCHED THEN UPDATE SET p.price = s.price
 WHEN NOT MATCHED THEN INSERT (sku, price) VALUES (s.sku, s.price);

DELETE FROM dwh.prices p
 WHERE NOT EXISTS (SELECT 1 FROM stg.price_list s WHERE s.sku = p.sku);

COMMIT;

-- case: script_sqlplus_column_break_compute_report
-- sources: DWH.FACT_SALES
-- indirect: DWH.FACT_SALES.SALE_DAY
SET PAGESIZE 50
COLUMN region FORMAT A20 HEADING 'Region'
COLUMN revenue FORMAT 999,999,990.00
BREAK ON region SKIP 1
COMPUTE SUM OF revenue ON region
TTITLE CENTER 'Daily revenue; all regions' SKIP 2
SELECT f.region, f.channel, SUM(f.net_amount) AS revenue
  FROM dwh.fact_sales f
 WHERE f.sale_day = TRUNC(SYSDATE) - 1
 GROUP BY f.region, f.channel
 ORDER BY f.region;
CLEAR BREAKS
CLEAR COMPUTES
TTITLE OFF

-- case: script_quoted_scratch_name_is_intermediate
-- sources: HR.EMPLOYEES
-- targets: HR.DEPT_COST
-- intermediate: HR.TmpDeptCost
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.DEPT_COST.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.DEPT_COST.TOTAL_COST
CREATE TABLE hr."TmpDeptCost" AS
SELECT e.department_id, SUM(e.salary) AS total_cost
  FROM hr.employees e
 GROUP BY e.department_id;

INSERT INTO hr.dept_cost (department_id, total_cost)
SELECT t.department_id, t.total_cost FROM hr."TmpDeptCost" t;

DROP TABLE hr."TmpDeptCost";

-- case: script_anonymous_block_between_sqlplus_commands
-- sources: ETL.JOB_CONTROL, STG.RETURNS
-- targets: DWH.FACT_RETURNS, ETL.JOB_CONTROL
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS.RETURN_ID
-- columns: STG.RETURNS.REFUND -> DWH.FACT_RETURNS.REFUND_AMOUNT
-- columns: STG.RETURNS.CREATED_AT -> ETL.JOB_CONTROL.HIGH_WATERMARK
SET SERVEROUTPUT ON SIZE UNLIMITED
VARIABLE rows_loaded NUMBER
DECLARE
  v_hwm DATE;
BEGIN
  SELECT j.high_watermark INTO v_hwm FROM etl.job_control j WHERE j.job_name = 'RETURNS';
  INSERT INTO dwh.fact_returns (return_id, refund_amount)
  SELECT r.return_id, r.refund FROM stg.returns r WHERE r.created_at > v_hwm;
  :rows_loaded := SQL%ROWCOUNT;
  UPDATE etl.job_control
     SET high_watermark = (SELECT MAX(r2.created_at) FROM stg.returns r2)
   WHERE job_name = 'RETURNS';
  COMMIT;
END;
/
PRINT rows_loaded

-- case: script_exchange_partition_staging_table
-- sources: STG.SALES_202406
-- targets: STG.SALES_XCHG
-- columns: STG.SALES_202406.SALE_ID -> STG.SALES_XCHG.SALE_ID
-- columns: STG.SALES_202406.SALE_DAY -> STG.SALES_XCHG.SALE_DAY
-- columns: STG.SALES_202406.AMOUNT -> STG.SALES_XCHG.AMOUNT
CREATE TABLE stg.sales_xchg NOLOGGING AS
SELECT s.sale_id, s.sale_day, s.amount
  FROM stg.sales_202406 s;

ALTER TABLE dwh.fact_sales
  EXCHANGE PARTITION p_202406 WITH TABLE stg.sales_xchg
  INCLUDING INDEXES WITHOUT VALIDATION;

-- case: script_block_comments_with_statements_and_slash_inside
-- sources: STG.ACCOUNTS
-- targets: DWH.ACCOUNTS
-- columns: STG.ACCOUNTS.ACCOUNT_ID -> DWH.ACCOUNTS.ACCOUNT_ID
-- columns: STG.ACCOUNTS.BALANCE -> DWH.ACCOUNTS.BALANCE
/*
   Legacy steps, kept for reference:
   DELETE FROM dwh.accounts;
   /
   INSERT INTO dwh.accounts SELECT * FROM legacy.accounts_v1;
*/
-- old: TRUNCATE TABLE dwh.accounts;
INSERT INTO dwh.accounts (account_id, balance)
SELECT a.account_id, a.balance /* ; a.overdraft */
  FROM stg.accounts a;
COMMIT;

-- case: script_scratch_via_select_star_with_schema_composes
-- schema: STG.PAYMENTS(PAYMENT_ID, ORDER_ID, AMOUNT, PAID_AT)
-- sources: STG.PAYMENTS
-- targets: DWH.FACT_PAYMENTS
-- intermediate: TMP_PAYMENTS
-- columns: STG.PAYMENTS.PAYMENT_ID -> DWH.FACT_PAYMENTS.PAYMENT_ID
-- columns: STG.PAYMENTS.AMOUNT -> DWH.FACT_PAYMENTS.AMOUNT
-- columns: STG.PAYMENTS.PAID_AT -> DWH.FACT_PAYMENTS.PAID_DAY
CREATE TABLE tmp_payments AS
SELECT * FROM stg.payments WHERE paid_at >= TRUNC(SYSDATE) - 1;

INSERT INTO dwh.fact_payments (payment_id, amount, paid_day)
SELECT t.payment_id, t.amount, TRUNC(t.paid_at)
  FROM tmp_payments t;

DROP TABLE tmp_payments;

-- case: script_create_drop_recreate_keeps_last_table_as_target
-- sources: STG.RATES, WORK.RATES_COPY
-- targets: WORK.RATES_COPY, DWH.RATES_HIST
-- columns: STG.RATES.RATE -> WORK.RATES_COPY.RATE
-- columns: STG.RATES.CCY -> WORK.RATES_COPY.CCY
-- columns: WORK.RATES_COPY.CCY -> DWH.RATES_HIST.CCY
-- columns: WORK.RATES_COPY.RATE -> DWH.RATES_HIST.RATE
-- effects: drop WORK.RATES_COPY
DROP TABLE work.rates_copy;

CREATE TABLE work.rates_copy AS
SELECT r.ccy, r.rate FROM stg.rates r;

INSERT INTO dwh.rates_hist (ccy, rate, copied_at)
SELECT c.ccy, c.rate, SYSDATE FROM work.rates_copy c;

-- case: script_prompt_with_apostrophe_keeps_following_statements
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: DWH.CUSTOMERS, DWH.ORDERS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMERS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.NAME -> DWH.CUSTOMERS.NAME
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDERS.ORDER_ID
-- diagnostics: none
SET ECHO OFF
PROMPT Loading today's customers
INSERT INTO dwh.customers (customer_id, name)
SELECT c.customer_id, c.name FROM stg.customers c;
PROMPT Customers done, now the orders
INSERT INTO dwh.orders (order_id)
SELECT o.order_id FROM stg.orders o;
COMMIT;

-- case: script_rem_comment_with_apostrophe
-- sources: STG.PRODUCTS
-- targets: DWH.PRODUCTS
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.PRODUCTS.PRODUCT_ID
-- columns: STG.PRODUCTS.TITLE -> DWH.PRODUCTS.TITLE
-- diagnostics: none
REM ------------------------------------------------------------
REM  load_products.sql - don't run during business hours
REM ------------------------------------------------------------
INSERT INTO dwh.products (product_id, title)
SELECT p.product_id, p.title FROM stg.products p;
COMMIT;
