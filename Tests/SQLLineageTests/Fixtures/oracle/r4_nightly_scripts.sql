-- case: nightly_sales_script_staging_scd2_scratch_fact_and_control
-- sources: SHOP.ORDER_LINES@SHOPDB, SHOP.ORDER_HEADERS@SHOPDB, CRM.CUSTOMERS@CRMDB, STG.CUSTOMERS_RAW, DWH.DIM_CUSTOMER
-- sources: PIM.PRODUCTS@PIMDB, PIM.CATEGORIES@PIMDB, STG.SALES_LINES_RAW, DWH.DIM_DATE, DWH.DIM_PRODUCT, DWH.DIM_STORE
-- sources: DWH.DIM_PROMOTION, REF.FX_DAILY, ETL.LOAD_RUNS, DWH.FACT_SALES
-- targets: STG.SALES_LINES_RAW, STG.CUSTOMERS_RAW, DWH.DIM_CUSTOMER, DWH.DIM_PRODUCT, DWH.FACT_SALES, ETL.LOAD_RUNS
-- intermediate: STG.TMP_SALES_DELTA
-- effects: truncate STG.SALES_LINES_RAW, truncate STG.CUSTOMERS_RAW
-- columns: SHOP.ORDER_LINES@SHOPDB.ORDER_NO -> STG.SALES_LINES_RAW.ORDER_NO
-- columns: SHOP.ORDER_LINES@SHOPDB.LINE_NO -> STG.SALES_LINES_RAW.LINE_NO
-- columns: SHOP.ORDER_HEADERS@SHOPDB.ORDER_TS -> STG.SALES_LINES_RAW.ORDER_DATE
-- columns: SHOP.ORDER_HEADERS@SHOPDB.CUSTOMER_NO -> STG.SALES_LINES_RAW.CUSTOMER_NO
-- columns: SHOP.ORDER_LINES@SHOPDB.SKU -> STG.SALES_LINES_RAW.SKU
-- columns: SHOP.ORDER_HEADERS@SHOPDB.STORE_CODE -> STG.SALES_LINES_RAW.STORE_CODE
-- columns: SHOP.ORDER_LINES@SHOPDB.PROMO_CODE -> STG.SALES_LINES_RAW.PROMO_CODE
-- columns: SHOP.ORDER_LINES@SHOPDB.QUANTITY -> STG.SALES_LINES_RAW.QTY
-- columns: SHOP.ORDER_LINES@SHOPDB.UNIT_PRICE -> STG.SALES_LINES_RAW.UNIT_PRICE
-- columns: SHOP.ORDER_LINES@SHOPDB.DISCOUNT -> STG.SALES_LINES_RAW.DISCOUNT_AMT
-- columns: SHOP.ORDER_HEADERS@SHOPDB.CURRENCY -> STG.SALES_LINES_RAW.CURRENCY_CODE
-- columns: CRM.CUSTOMERS@CRMDB.CUSTOMER_NO -> STG.CUSTOMERS_RAW.CUSTOMER_NO
-- columns: CRM.CUSTOMERS@CRMDB.FIRST_NAME -> STG.CUSTOMERS_RAW.FIRST_NAME
-- columns: CRM.CUSTOMERS@CRMDB.LAST_NAME -> STG.CUSTOMERS_RAW.LAST_NAME
-- columns: CRM.CUSTOMERS@CRMDB.EMAIL -> STG.CUSTOMERS_RAW.EMAIL
-- columns: CRM.CUSTOMERS@CRMDB.CITY -> STG.CUSTOMERS_RAW.CITY
-- columns: CRM.CUSTOMERS@CRMDB.COUNTRY_CODE -> STG.CUSTOMERS_RAW.COUNTRY_CODE
-- columns: CRM.CUSTOMERS@CRMDB.SEGMENT -> STG.CUSTOMERS_RAW.SEGMENT
-- columns: CRM.CUSTOMERS@CRMDB.FIRST_NAME -> STG.CUSTOMERS_RAW.ROW_HASH, CRM.CUSTOMERS@CRMDB.LAST_NAME -> STG.CUSTOMERS_RAW.ROW_HASH
-- columns: CRM.CUSTOMERS@CRMDB.EMAIL -> STG.CUSTOMERS_RAW.ROW_HASH, CRM.CUSTOMERS@CRMDB.CITY -> STG.CUSTOMERS_RAW.ROW_HASH
-- columns: CRM.CUSTOMERS@CRMDB.SEGMENT -> STG.CUSTOMERS_RAW.ROW_HASH
-- columns: STG.CUSTOMERS_RAW.CUSTOMER_NO -> DWH.DIM_CUSTOMER.CUSTOMER_NO
-- columns: STG.CUSTOMERS_RAW.FIRST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME, STG.CUSTOMERS_RAW.LAST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME
-- columns: STG.CUSTOMERS_RAW.EMAIL -> DWH.DIM_CUSTOMER.EMAIL
-- columns: STG.CUSTOMERS_RAW.CITY -> DWH.DIM_CUSTOMER.CITY
-- columns: STG.CUSTOMERS_RAW.COUNTRY_CODE -> DWH.DIM_CUSTOMER.COUNTRY_CODE
-- columns: STG.CUSTOMERS_RAW.SEGMENT -> DWH.DIM_CUSTOMER.SEGMENT
-- columns: STG.CUSTOMERS_RAW.ROW_HASH -> DWH.DIM_CUSTOMER.ROW_HASH
-- columns: PIM.PRODUCTS@PIMDB.SKU -> DWH.DIM_PRODUCT.SKU
-- columns: PIM.PRODUCTS@PIMDB.PRODUCT_NAME -> DWH.DIM_PRODUCT.PRODUCT_NAME
-- columns: PIM.PRODUCTS@PIMDB.BRAND -> DWH.DIM_PRODUCT.BRAND
-- columns: PIM.CATEGORIES@PIMDB.CATEGORY_NAME -> DWH.DIM_PRODUCT.CATEGORY_NAME
-- columns: PIM.PRODUCTS@PIMDB.LIST_PRICE -> DWH.DIM_PRODUCT.LIST_PRICE
-- columns: DWH.DIM_DATE.DATE_KEY -> DWH.FACT_SALES.DATE_KEY
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_SALES.CUSTOMER_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_SALES.PRODUCT_KEY
-- columns: DWH.DIM_STORE.STORE_KEY -> DWH.FACT_SALES.STORE_KEY
-- columns: DWH.DIM_PROMOTION.PROMO_KEY -> DWH.FACT_SALES.PROMO_KEY
-- columns: STG.SALES_LINES_RAW.ORDER_NO -> DWH.FACT_SALES.ORDER_NO
-- columns: STG.SALES_LINES_RAW.LINE_NO -> DWH.FACT_SALES.LINE_NO
-- columns: STG.SALES_LINES_RAW.QTY -> DWH.FACT_SALES.QUANTITY
-- columns: STG.SALES_LINES_RAW.QTY -> DWH.FACT_SALES.NET_AMOUNT_EUR, STG.SALES_LINES_RAW.UNIT_PRICE -> DWH.FACT_SALES.NET_AMOUNT_EUR
-- columns: STG.SALES_LINES_RAW.DISCOUNT_AMT -> DWH.FACT_SALES.NET_AMOUNT_EUR, REF.FX_DAILY.RATE_TO_EUR -> DWH.FACT_SALES.NET_AMOUNT_EUR
-- columns: ETL.LOAD_RUNS.LOAD_ID -> DWH.FACT_SALES.LOAD_ID
-- indirect: SHOP.ORDER_HEADERS@SHOPDB.ORDER_NO, SHOP.ORDER_HEADERS@SHOPDB.STATUS, CRM.CUSTOMERS@CRMDB.UPDATED_AT
-- indirect: DWH.DIM_CUSTOMER.IS_CURRENT, DWH.DIM_CUSTOMER.CUSTOMER_NO, DWH.DIM_CUSTOMER.ROW_HASH
-- indirect: PIM.CATEGORIES@PIMDB.CATEGORY_ID, PIM.PRODUCTS@PIMDB.CATEGORY_ID, STG.SALES_LINES_RAW.SKU
-- indirect: DWH.DIM_PRODUCT.SKU, DWH.DIM_PRODUCT.LIST_PRICE, DWH.DIM_PRODUCT.PRODUCT_NAME
-- indirect: DWH.DIM_DATE.CALENDAR_DATE, STG.SALES_LINES_RAW.ORDER_DATE, STG.SALES_LINES_RAW.CUSTOMER_NO
-- indirect: DWH.DIM_STORE.STORE_CODE, STG.SALES_LINES_RAW.STORE_CODE
-- indirect: DWH.DIM_PROMOTION.PROMO_CODE, DWH.DIM_PROMOTION.START_DATE, DWH.DIM_PROMOTION.END_DATE, STG.SALES_LINES_RAW.PROMO_CODE
-- indirect: REF.FX_DAILY.CURRENCY_CODE, REF.FX_DAILY.RATE_DATE, STG.SALES_LINES_RAW.CURRENCY_CODE
-- indirect: ETL.LOAD_RUNS.JOB_NAME, ETL.LOAD_RUNS.STATUS, DWH.FACT_SALES.LOAD_ID
-- diagnostics: none
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
SET SERVEROUTPUT ON SIZE UNLIMITED
SET TIMING ON
SET DEFINE OFF
PROMPT ==== nightly_sales_load.sql : start ====

PROMPT step 01 - truncate staging tables
TRUNCATE TABLE stg.sales_lines_raw;
TRUNCATE TABLE stg.customers_raw;

PROMPT step 02 - pull yesterday's order lines from the shop database
INSERT /*+ APPEND */ INTO stg.sales_lines_raw
      (order_no, line_no, order_date, customer_no, sku, store_code, promo_code,
       qty, unit_price, discount_amt, currency_code)
SELECT l.order_no,
       l.line_no,
       TRUNC(h.order_ts),
       h.customer_no,
       UPPER(TRIM(l.sku)),
       h.store_code,
       NVL(l.promo_code, 'NONE'),
       l.quantity,
       l.unit_price,
       NVL(l.discount, 0),
       h.currency
  FROM shop.order_lines@shopdb l
  JOIN shop.order_headers@shopdb h
    ON h.order_no = l.order_no
 WHERE h.order_ts >= TRUNC(SYSDATE) - 1
   AND h.order_ts <  TRUNC(SYSDATE)
   AND h.status <> 'CANCELLED';
COMMIT;

PROMPT step 03 - changed customers from CRM
INSERT /*+ APPEND */ INTO stg.customers_raw
      (customer_no, first_name, last_name, email, city, country_code, segment, row_hash)
SELECT c.customer_no,
       INITCAP(c.first_name),
       INITCAP(c.last_name),
       LOWER(c.email),
       c.city,
       c.country_code,
       c.segment,
       ORA_HASH(c.first_name || '|' || c.last_name || '|' || c.email || '|' || c.city || '|' || c.segment)
  FROM crm.customers@crmdb c
 WHERE c.updated_at >= TRUNC(SYSDATE) - 1;
COMMIT;

PROMPT step 04 - SCD2: close current versions whose attributes changed
UPDATE dwh.dim_customer d
   SET d.valid_to   = TRUNC(SYSDATE) - 1,
       d.is_current = 'N',
       d.updated_by = 'NIGHTLY'
 WHERE d.is_current = 'Y'
   AND EXISTS (SELECT 1
                 FROM stg.customers_raw s
                WHERE s.customer_no = d.customer_no
                  AND s.row_hash   <> d.row_hash);

PROMPT step 05 - SCD2: open new versions
INSERT INTO dwh.dim_customer
      (customer_key, customer_no, full_name, email, city, country_code, segment, row_hash,
       valid_from, valid_to, is_current, updated_by)
SELECT dwh.seq_dim_customer.NEXTVAL,
       s.customer_no,
       s.first_name || ' ' || s.last_name,
       s.email,
       s.city,
       s.country_code,
       s.segment,
       s.row_hash,
       TRUNC(SYSDATE),
       DATE '9999-12-31',
       'Y',
       'NIGHTLY'
  FROM stg.customers_raw s
 WHERE NOT EXISTS (SELECT 1
                     FROM dwh.dim_customer d
                    WHERE d.customer_no = s.customer_no
                      AND d.is_current  = 'Y');
COMMIT;

PROMPT step 06 - SCD1 product dimension from the PIM
MERGE INTO dwh.dim_product p
USING (SELECT m.sku, m.product_name, m.brand, c.category_name, m.list_price
         FROM pim.products@pimdb m
         LEFT JOIN pim.categories@pimdb c ON c.category_id = m.category_id
        WHERE m.sku IN (SELECT DISTINCT r.sku FROM stg.sales_lines_raw r)) n
   ON (p.sku = n.sku)
 WHEN MATCHED THEN UPDATE
      SET p.product_name  = n.product_name,
          p.brand         = n.brand,
          p.category_name = n.category_name,
          p.list_price    = n.list_price,
          p.updated_at    = SYSDATE
    WHERE p.list_price <> n.list_price OR p.product_name <> n.product_name
 WHEN NOT MATCHED THEN INSERT
      (product_key, sku, product_name, brand, category_name, list_price, updated_at)
      VALUES (dwh.seq_dim_product.NEXTVAL, n.sku, n.product_name, n.brand, n.category_name, n.list_price, SYSDATE);
COMMIT;

PROMPT step 07 - scratch delta with net amounts
CREATE TABLE stg.tmp_sales_delta NOLOGGING AS
SELECT r.order_no, r.line_no, r.order_date, r.customer_no, r.sku, r.store_code, r.promo_code, r.qty,
       r.qty * r.unit_price - r.discount_amt AS net_amount_lcy,
       r.currency_code
  FROM stg.sales_lines_raw r
 WHERE r.qty <> 0;

PROMPT step 08 - fact load with surrogate key lookups
INSERT /*+ APPEND */ INTO dwh.fact_sales
      (date_key, customer_key, product_key, store_key, promo_key, order_no, line_no, quantity, net_amount_eur, load_id)
SELECT d.date_key,
       NVL(c.customer_key, -1),
       NVL(p.product_key, -1),
       s.store_key,
       NVL(pr.promo_key, -1),
       t.order_no,
       t.line_no,
       t.qty,
       ROUND(t.net_amount_lcy * fx.rate_to_eur, 2),
       (SELECT MAX(lr.load_id) FROM etl.load_runs lr WHERE lr.job_name = 'NIGHTLY_SALES' AND lr.status = 'RUNNING')
  FROM stg.tmp_sales_delta t
  JOIN dwh.dim_date d            ON d.calendar_date = t.order_date
  LEFT JOIN dwh.dim_customer c   ON c.customer_no = t.customer_no AND c.is_current = 'Y'
  LEFT JOIN dwh.dim_product p    ON p.sku = t.sku
  JOIN dwh.dim_store s           ON s.store_code = t.store_code
  LEFT JOIN dwh.dim_promotion pr ON pr.promo_code = t.promo_code
                                AND t.order_date BETWEEN pr.start_date AND pr.end_date
  JOIN ref.fx_daily fx           ON fx.currency_code = t.currency_code
                                AND fx.rate_date = t.order_date;
COMMIT;

PROMPT step 09 - cleanup
DROP TABLE stg.tmp_sales_delta PURGE;

PROMPT step 10 - close the load run
UPDATE etl.load_runs l
   SET l.status      = 'DONE',
       l.rows_loaded = (SELECT COUNT(*) FROM dwh.fact_sales f WHERE f.load_id = l.load_id),
       l.finished_at = SYSDATE
 WHERE l.job_name = 'NIGHTLY_SALES'
   AND l.status   = 'RUNNING';
COMMIT;

GRANT SELECT ON dwh.fact_sales TO bi_reader;
GRANT SELECT ON dwh.dim_customer TO bi_reader;
EXEC DBMS_STATS.GATHER_TABLE_STATS(ownname => 'DWH', tabname => 'FACT_SALES', degree => 4);
PROMPT ==== nightly_sales_load.sql : done ====
EXIT SUCCESS

-- case: inventory_gtt_fed_by_three_sources_then_merge_and_on_hand_update
-- sources: WMS.RECEIPTS, WMS.PICKS, WMS.ADJUSTMENTS, DWH.DIM_DATE, DWH.DIM_WAREHOUSE, DWH.DIM_PRODUCT
-- sources: WMS.STOCK_LEVELS, DWH.FACT_INVENTORY_DAILY
-- targets: DWH.FACT_INVENTORY_DAILY, ETL.JOB_LOG
-- intermediate: INV.GTT_STOCK_MOVES
-- effects: delete DWH.FACT_INVENTORY_DAILY
-- columns: DWH.DIM_DATE.DATE_KEY -> DWH.FACT_INVENTORY_DAILY.DATE_KEY
-- columns: DWH.DIM_WAREHOUSE.WAREHOUSE_KEY -> DWH.FACT_INVENTORY_DAILY.WAREHOUSE_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_INVENTORY_DAILY.PRODUCT_KEY
-- columns: WMS.RECEIPTS.QTY_RECEIVED -> DWH.FACT_INVENTORY_DAILY.QTY_IN, WMS.ADJUSTMENTS.QTY_DELTA -> DWH.FACT_INVENTORY_DAILY.QTY_IN
-- columns: WMS.PICKS.QTY_PICKED -> DWH.FACT_INVENTORY_DAILY.QTY_OUT, WMS.ADJUSTMENTS.QTY_DELTA -> DWH.FACT_INVENTORY_DAILY.QTY_OUT
-- columns: WMS.STOCK_LEVELS.QTY_ON_HAND -> DWH.FACT_INVENTORY_DAILY.QTY_ON_HAND
-- indirect: WMS.RECEIPTS.RECEIVED_AT, WMS.RECEIPTS.WAREHOUSE_CODE, WMS.RECEIPTS.SKU
-- indirect: WMS.PICKS.PICKED_AT, WMS.PICKS.PICK_STATUS, WMS.PICKS.WAREHOUSE_CODE, WMS.PICKS.SKU
-- indirect: WMS.ADJUSTMENTS.ADJUSTED_AT, WMS.ADJUSTMENTS.WAREHOUSE_CODE, WMS.ADJUSTMENTS.SKU
-- indirect: DWH.DIM_DATE.CALENDAR_DATE, DWH.DIM_WAREHOUSE.WAREHOUSE_CODE, DWH.DIM_PRODUCT.SKU
-- indirect: DWH.FACT_INVENTORY_DAILY.DATE_KEY, DWH.FACT_INVENTORY_DAILY.WAREHOUSE_KEY, DWH.FACT_INVENTORY_DAILY.PRODUCT_KEY
-- indirect: WMS.STOCK_LEVELS.WAREHOUSE_CODE, WMS.STOCK_LEVELS.SKU
-- indirect: DWH.FACT_INVENTORY_DAILY.QTY_IN, DWH.FACT_INVENTORY_DAILY.QTY_OUT, DWH.FACT_INVENTORY_DAILY.QTY_ON_HAND
-- diagnostics: none
REM ==========================================================================
REM  inventory_snapshot.sql  --  daily stock movements into FACT_INVENTORY_DAILY
REM  owner: supply-chain BI, runs after WMS extract (02:30)
REM ==========================================================================
SET ECHO OFF
SET FEEDBACK ON

PROMPT creating session scratch table
CREATE GLOBAL TEMPORARY TABLE inv.gtt_stock_moves (
  warehouse_code  VARCHAR2(10),
  sku             VARCHAR2(30),
  move_date       DATE,
  qty_in          NUMBER,
  qty_out         NUMBER
) ON COMMIT PRESERVE ROWS;

PROMPT receipts
INSERT INTO inv.gtt_stock_moves (warehouse_code, sku, move_date, qty_in, qty_out)
SELECT r.warehouse_code, r.sku, TRUNC(r.received_at), r.qty_received, 0
  FROM wms.receipts r
 WHERE r.received_at >= TRUNC(SYSDATE) - 1
   AND r.received_at <  TRUNC(SYSDATE);

PROMPT picks
INSERT INTO inv.gtt_stock_moves (warehouse_code, sku, move_date, qty_in, qty_out)
SELECT p.warehouse_code, p.sku, TRUNC(p.picked_at), 0, p.qty_picked
  FROM wms.picks p
 WHERE p.picked_at >= TRUNC(SYSDATE) - 1
   AND p.picked_at <  TRUNC(SYSDATE)
   AND p.pick_status = 'CONFIRMED';

PROMPT adjustments (signed)
INSERT INTO inv.gtt_stock_moves (warehouse_code, sku, move_date, qty_in, qty_out)
SELECT a.warehouse_code,
       a.sku,
       TRUNC(a.adjusted_at),
       GREATEST(a.qty_delta, 0),
       GREATEST(-a.qty_delta, 0)
  FROM wms.adjustments a
 WHERE a.adjusted_at >= TRUNC(SYSDATE) - 1;

PROMPT merge movements into the fact
MERGE INTO dwh.fact_inventory_daily f
USING (SELECT d.date_key,
              w.warehouse_key,
              p.product_key,
              SUM(g.qty_in)  AS qty_in,
              SUM(g.qty_out) AS qty_out
         FROM inv.gtt_stock_moves g
         JOIN dwh.dim_date d      ON d.calendar_date = g.move_date
         JOIN dwh.dim_warehouse w ON w.warehouse_code = g.warehouse_code
         JOIN dwh.dim_product p   ON p.sku = g.sku
        GROUP BY d.date_key, w.warehouse_key, p.product_key) m
   ON (    f.date_key      = m.date_key
       AND f.warehouse_key = m.warehouse_key
       AND f.product_key   = m.product_key)
 WHEN MATCHED THEN UPDATE
      SET f.qty_in  = f.qty_in + m.qty_in,
          f.qty_out = f.qty_out + m.qty_out
 WHEN NOT MATCHED THEN INSERT (date_key, warehouse_key, product_key, qty_in, qty_out, qty_on_hand)
      VALUES (m.date_key, m.warehouse_key, m.product_key, m.qty_in, m.qty_out, 0);

PROMPT on-hand from the WMS stock table
UPDATE dwh.fact_inventory_daily f
   SET f.qty_on_hand = (SELECT SUM(s.qty_on_hand)
                          FROM wms.stock_levels s
                          JOIN dwh.dim_warehouse w ON w.warehouse_code = s.warehouse_code
                          JOIN dwh.dim_product p   ON p.sku = s.sku
                         WHERE w.warehouse_key = f.warehouse_key
                           AND p.product_key   = f.product_key)
 WHERE f.date_key = (SELECT d.date_key FROM dwh.dim_date d WHERE d.calendar_date = TRUNC(SYSDATE) - 1);

PROMPT remove empty rows
DELETE FROM dwh.fact_inventory_daily f
 WHERE f.qty_in = 0
   AND f.qty_out = 0
   AND f.qty_on_hand = 0;

INSERT INTO etl.job_log (job_name, step_name, row_count, logged_at)
SELECT 'INV_SNAPSHOT', 'FACT', COUNT(*), SYSDATE
  FROM dwh.fact_inventory_daily f
 WHERE f.date_key = TO_NUMBER(TO_CHAR(TRUNC(SYSDATE) - 1, 'YYYYMMDD'));

TRUNCATE TABLE inv.gtt_stock_moves;
COMMIT;

-- case: payroll_month_drop_if_exists_work_table_insert_all_and_rename_swap
-- sources: HR.PAYROLL_LINES, HR.EMPLOYEES, HR.PAY_CODES, HR.DEPARTMENTS, FIN.COST_CENTERS
-- targets: HR_MART.PAY_GROSS, HR_MART.PAY_DEDUCTIONS, HR_MART.PAY_OVERTIME, HR_MART.DEPT_COST_NEW
-- intermediate: HR_MART.WRK_PAY_LINES
-- effects: rename HR_MART.DEPT_COST to HR_MART.DEPT_COST_PREV, rename HR_MART.DEPT_COST_NEW to HR_MART.DEPT_COST
-- effects: drop HR_MART.DEPT_COST_PREV
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_MART.PAY_GROSS.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR_MART.PAY_GROSS.DEPARTMENT_ID
-- columns: HR.PAYROLL_LINES.PAY_CODE -> HR_MART.PAY_GROSS.PAY_CODE
-- columns: HR.PAYROLL_LINES.AMOUNT -> HR_MART.PAY_GROSS.AMOUNT
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_MART.PAY_DEDUCTIONS.EMPLOYEE_ID
-- columns: HR.PAYROLL_LINES.PAY_CODE -> HR_MART.PAY_DEDUCTIONS.PAY_CODE
-- columns: HR.PAYROLL_LINES.AMOUNT -> HR_MART.PAY_DEDUCTIONS.AMOUNT
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_MART.PAY_OVERTIME.EMPLOYEE_ID
-- columns: HR.PAYROLL_LINES.HOURS -> HR_MART.PAY_OVERTIME.HOURS
-- columns: HR.PAYROLL_LINES.AMOUNT -> HR_MART.PAY_OVERTIME.AMOUNT
-- columns: HR.DEPARTMENTS.DEPARTMENT_ID -> HR_MART.DEPT_COST_NEW.DEPARTMENT_ID
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR_MART.DEPT_COST_NEW.DEPARTMENT_NAME
-- columns: FIN.COST_CENTERS.COST_CENTER_NAME -> HR_MART.DEPT_COST_NEW.COST_CENTER_NAME
-- columns: HR.PAYROLL_LINES.AMOUNT -> HR_MART.DEPT_COST_NEW.TOTAL_COST
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR_MART.DEPT_COST_NEW.HEADCOUNT
-- indirect: HR.PAYROLL_LINES.EMPLOYEE_ID, HR.PAY_CODES.PAY_CODE, HR.PAYROLL_LINES.PAY_PERIOD, HR.PAY_CODES.IS_ACTIVE
-- indirect: HR.PAY_CODES.PAY_CATEGORY, FIN.COST_CENTERS.COST_CENTER, HR.EMPLOYEES.COST_CENTER
-- diagnostics: none
set define on
define pay_period = '2024-06'
prompt building payroll mart for &&pay_period

whenever sqlerror continue
drop table hr_mart.wrk_pay_lines purge;
whenever sqlerror exit failure

create table hr_mart.wrk_pay_lines nologging as
select e.employee_id,
       e.department_id,
       e.cost_center,
       pl.pay_code,
       pc.pay_category,
       pl.amount,
       pl.hours
  from hr.payroll_lines pl
  join hr.employees e  on e.employee_id = pl.employee_id
  join hr.pay_codes pc on pc.pay_code = pl.pay_code
 where pl.pay_period = '&&pay_period'
   and pc.is_active = 'Y';

-- route the lines per category
insert all
  when pay_category = 'GROSS' then
    into hr_mart.pay_gross (employee_id, department_id, pay_code, amount)
    values (employee_id, department_id, pay_code, amount)
  when pay_category = 'DEDUCTION' then
    into hr_mart.pay_deductions (employee_id, pay_code, amount)
    values (employee_id, pay_code, -amount)
  when pay_category = 'OVERTIME' then
    into hr_mart.pay_overtime (employee_id, hours, amount)
    values (employee_id, hours, amount)
select w.employee_id, w.department_id, w.pay_code, w.pay_category, w.amount, w.hours
  from hr_mart.wrk_pay_lines w;

create table hr_mart.dept_cost_new as
select d.department_id,
       d.department_name,
       cc.cost_center_name,
       sum(w.amount)                 as total_cost,
       count(distinct w.employee_id) as headcount
  from hr_mart.wrk_pay_lines w
  join hr.departments d       on d.department_id = w.department_id
  left join fin.cost_centers cc on cc.cost_center = w.cost_center
 where w.pay_category in ('GROSS', 'OVERTIME')
 group by d.department_id, d.department_name, cc.cost_center_name;

alter table hr_mart.dept_cost rename to dept_cost_prev;
alter table hr_mart.dept_cost_new rename to dept_cost;
drop table hr_mart.dept_cost_prev purge;
grant select on hr_mart.dept_cost to hr_reporting;

drop table hr_mart.wrk_pay_lines purge;
commit;

-- case: gl_daily_close_delete_reload_with_ctes_then_cumulative_merge
-- sources: GL.JE_LINES, GL.JE_HEADERS, GL.DAILY_RATES, FIN_DW.DIM_LEDGER, FIN_DW.DIM_ACCOUNT, FIN_DW.DIM_COST_CENTER
-- sources: FIN_DW.GL_BALANCES_DAILY
-- targets: FIN_DW.GL_BALANCES_DAILY, FIN_DW.GL_BALANCES_CUMULATIVE, ETL.BATCH_CONTROL
-- effects: delete FIN_DW.GL_BALANCES_DAILY
-- columns: FIN_DW.DIM_LEDGER.LEDGER_KEY -> FIN_DW.GL_BALANCES_DAILY.LEDGER_KEY
-- columns: FIN_DW.DIM_ACCOUNT.ACCOUNT_KEY -> FIN_DW.GL_BALANCES_DAILY.ACCOUNT_KEY
-- columns: FIN_DW.DIM_COST_CENTER.COST_CENTER_KEY -> FIN_DW.GL_BALANCES_DAILY.COST_CENTER_KEY
-- columns: GL.JE_HEADERS.CURRENCY_CODE -> FIN_DW.GL_BALANCES_DAILY.CURRENCY_CODE
-- columns: GL.JE_LINES.DR_CR -> FIN_DW.GL_BALANCES_DAILY.DEBIT_AMOUNT, GL.JE_LINES.AMOUNT -> FIN_DW.GL_BALANCES_DAILY.DEBIT_AMOUNT
-- columns: GL.JE_LINES.DR_CR -> FIN_DW.GL_BALANCES_DAILY.CREDIT_AMOUNT, GL.JE_LINES.AMOUNT -> FIN_DW.GL_BALANCES_DAILY.CREDIT_AMOUNT
-- columns: GL.JE_LINES.DR_CR -> FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT, GL.JE_LINES.AMOUNT -> FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT
-- columns: GL.JE_LINES.DR_CR -> FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT_RPT, GL.JE_LINES.AMOUNT -> FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT_RPT
-- columns: GL.DAILY_RATES.CONVERSION_RATE -> FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT_RPT
-- columns: FIN_DW.GL_BALANCES_DAILY.LEDGER_KEY -> FIN_DW.GL_BALANCES_CUMULATIVE.LEDGER_KEY
-- columns: FIN_DW.GL_BALANCES_DAILY.ACCOUNT_KEY -> FIN_DW.GL_BALANCES_CUMULATIVE.ACCOUNT_KEY
-- columns: FIN_DW.GL_BALANCES_DAILY.CURRENCY_CODE -> FIN_DW.GL_BALANCES_CUMULATIVE.CURRENCY_CODE
-- columns: FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT -> FIN_DW.GL_BALANCES_CUMULATIVE.YTD_AMOUNT
-- columns: FIN_DW.GL_BALANCES_DAILY.NET_AMOUNT_RPT -> FIN_DW.GL_BALANCES_CUMULATIVE.YTD_AMOUNT_RPT
-- indirect: FIN_DW.GL_BALANCES_DAILY.BALANCE_DATE, GL.JE_LINES.LEDGER_ID, GL.JE_LINES.ACCOUNT_CODE, GL.JE_LINES.COST_CENTER
-- indirect: GL.JE_HEADERS.JE_HEADER_ID, GL.JE_LINES.JE_HEADER_ID, GL.JE_HEADERS.POSTED_FLAG, GL.JE_HEADERS.EFFECTIVE_DATE
-- indirect: GL.DAILY_RATES.TO_CURRENCY, GL.DAILY_RATES.CONVERSION_DATE, GL.DAILY_RATES.FROM_CURRENCY
-- indirect: FIN_DW.DIM_LEDGER.LEDGER_ID, FIN_DW.DIM_ACCOUNT.ACCOUNT_CODE, FIN_DW.DIM_COST_CENTER.COST_CENTER_CODE
-- indirect: FIN_DW.GL_BALANCES_CUMULATIVE.LEDGER_KEY, FIN_DW.GL_BALANCES_CUMULATIVE.ACCOUNT_KEY
-- indirect: FIN_DW.GL_BALANCES_CUMULATIVE.CURRENCY_CODE, ETL.BATCH_CONTROL.PROCESS_NAME
-- diagnostics: none
REM gl_close_daily.sql - rebuild yesterday's balances, roll into YTD
SET ECHO ON
ALTER SESSION ENABLE PARALLEL DML;

-- idempotent: remove whatever an earlier run of today left behind
DELETE FROM fin_dw.gl_balances_daily b
 WHERE b.balance_date = TRUNC(SYSDATE) - 1;

INSERT /*+ APPEND PARALLEL(4) */ INTO fin_dw.gl_balances_daily
      (balance_date, ledger_key, account_key, cost_center_key, currency_code,
       debit_amount, credit_amount, net_amount, net_amount_rpt)
WITH je AS (
  SELECT l.ledger_id,
         l.account_code,
         l.cost_center,
         h.currency_code,
         SUM(CASE WHEN l.dr_cr = 'D' THEN l.amount ELSE 0 END) AS debit_amount,
         SUM(CASE WHEN l.dr_cr = 'C' THEN l.amount ELSE 0 END) AS credit_amount
    FROM gl.je_lines l
    JOIN gl.je_headers h ON h.je_header_id = l.je_header_id
   WHERE h.posted_flag = 'Y'
     AND h.effective_date = TRUNC(SYSDATE) - 1
   GROUP BY l.ledger_id, l.account_code, l.cost_center, h.currency_code
), rates AS (
  SELECT r.from_currency, r.conversion_rate
    FROM gl.daily_rates r
   WHERE r.to_currency = 'EUR'
     AND r.conversion_date = TRUNC(SYSDATE) - 1
)
SELECT TRUNC(SYSDATE) - 1,
       lg.ledger_key,
       a.account_key,
       NVL(cc.cost_center_key, 0),
       je.currency_code,
       je.debit_amount,
       je.credit_amount,
       je.debit_amount - je.credit_amount,
       ROUND((je.debit_amount - je.credit_amount) * NVL(rates.conversion_rate, 1), 2)
  FROM je
  JOIN fin_dw.dim_ledger lg             ON lg.ledger_id = je.ledger_id
  JOIN fin_dw.dim_account a             ON a.account_code = je.account_code
  LEFT JOIN fin_dw.dim_cost_center cc   ON cc.cost_center_code = je.cost_center
  LEFT JOIN rates                       ON rates.from_currency = je.currency_code;

MERGE INTO fin_dw.gl_balances_cumulative c
USING (SELECT d.ledger_key, d.account_key, d.currency_code,
              SUM(d.net_amount)     AS net_amount,
              SUM(d.net_amount_rpt) AS net_amount_rpt
         FROM fin_dw.gl_balances_daily d
        WHERE d.balance_date = TRUNC(SYSDATE) - 1
        GROUP BY d.ledger_key, d.account_key, d.currency_code) x
   ON (c.ledger_key = x.ledger_key AND c.account_key = x.account_key AND c.currency_code = x.currency_code)
 WHEN MATCHED THEN UPDATE
      SET c.ytd_amount     = c.ytd_amount + x.net_amount,
          c.ytd_amount_rpt = c.ytd_amount_rpt + x.net_amount_rpt,
          c.last_posted    = SYSDATE
 WHEN NOT MATCHED THEN INSERT
      (ledger_key, account_key, currency_code, ytd_amount, ytd_amount_rpt, last_posted)
      VALUES (x.ledger_key, x.account_key, x.currency_code, x.net_amount, x.net_amount_rpt, SYSDATE);

UPDATE etl.batch_control
   SET last_gl_date = TRUNC(SYSDATE) - 1,
       status       = 'CLOSED'
 WHERE process_name = 'GL_DAILY';

COMMIT;
ALTER SESSION DISABLE PARALLEL DML;
GRANT SELECT ON fin_dw.gl_balances_daily TO fin_analyst;

-- case: campaign_attribution_scratch_dropped_and_recreated_with_other_content
-- sources: MKT.CAMPAIGN_CONTACTS, SALES.ORDERS, MKT.CAMPAIGN_TOUCH_SUMMARY, MKT.CAMPAIGN_REVENUE
-- targets: MKT.CAMPAIGN_TOUCH_SUMMARY, MKT.CAMPAIGN_REVENUE, MKT.CAMPAIGNS
-- intermediate: MKT.TMP_ATTR
-- effects: truncate MKT.CAMPAIGN_TOUCH_SUMMARY
-- columns: MKT.CAMPAIGN_CONTACTS.CUSTOMER_ID -> MKT.CAMPAIGN_TOUCH_SUMMARY.CUSTOMER_ID
-- columns: MKT.CAMPAIGN_CONTACTS.CAMPAIGN_ID -> MKT.CAMPAIGN_TOUCH_SUMMARY.CAMPAIGN_ID
-- columns: MKT.CAMPAIGN_CONTACTS.SENT_AT -> MKT.CAMPAIGN_TOUCH_SUMMARY.FIRST_TOUCH
-- columns: MKT.CAMPAIGN_TOUCH_SUMMARY.CAMPAIGN_ID -> MKT.CAMPAIGN_REVENUE.CAMPAIGN_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> MKT.CAMPAIGN_REVENUE.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> MKT.CAMPAIGN_REVENUE.ORDER_ID
-- columns: SALES.ORDERS.NET_AMOUNT -> MKT.CAMPAIGN_REVENUE.ATTRIBUTED_REVENUE
-- columns: MKT.CAMPAIGN_REVENUE.ATTRIBUTED_REVENUE -> MKT.CAMPAIGNS.ATTRIBUTED_REVENUE
-- indirect: SALES.ORDERS.ORDER_DATE, MKT.CAMPAIGN_TOUCH_SUMMARY.CUSTOMER_ID, MKT.CAMPAIGN_TOUCH_SUMMARY.FIRST_TOUCH
-- indirect: MKT.CAMPAIGN_REVENUE.CAMPAIGN_ID, MKT.CAMPAIGNS.CAMPAIGN_ID, MKT.CAMPAIGNS.STATUS
-- diagnostics: none
-- ---------------------------------------------------------------
-- campaign_attribution.sql
-- pass 1: first touch per customer and campaign
-- pass 2: orders within 30 days of the first touch
-- the scratch table MKT.TMP_ATTR is reused with a different shape
-- ---------------------------------------------------------------
TRUNCATE TABLE mkt.campaign_touch_summary;

CREATE TABLE mkt.tmp_attr AS
SELECT ct.customer_id,
       ct.campaign_id,
       MIN(ct.sent_at) AS first_touch
  FROM mkt.campaign_contacts ct
 WHERE ct.sent_at >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1)
 GROUP BY ct.customer_id, ct.campaign_id;

INSERT INTO mkt.campaign_touch_summary (customer_id, campaign_id, first_touch)
SELECT a.customer_id, a.campaign_id, a.first_touch
  FROM mkt.tmp_attr a;

DROP TABLE mkt.tmp_attr;

CREATE TABLE mkt.tmp_attr AS
SELECT o.customer_id, o.order_id, o.order_date, o.net_amount
  FROM sales.orders o
 WHERE o.order_date >= ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -1);

INSERT INTO mkt.campaign_revenue (campaign_id, customer_id, order_id, attributed_revenue)
SELECT s.campaign_id, t.customer_id, t.order_id, t.net_amount
  FROM mkt.tmp_attr t
  JOIN mkt.campaign_touch_summary s
    ON s.customer_id = t.customer_id
   AND t.order_date BETWEEN s.first_touch AND s.first_touch + 30;

DROP TABLE mkt.tmp_attr;

UPDATE mkt.campaigns c
   SET c.attributed_revenue = (SELECT SUM(r.attributed_revenue)
                                 FROM mkt.campaign_revenue r
                                WHERE r.campaign_id = c.campaign_id),
       c.last_attribution   = SYSDATE
 WHERE c.status = 'ACTIVE';
COMMIT;

-- case: customer_360_run_log_blocks_around_merge_of_three_ctes
-- sources: CRM.CUSTOMERS, SALES.ORDERS, SUPPORT.TICKETS, WEB.SESSIONS, CRM_DW.CUSTOMER_360
-- targets: ETL.RUN_LOG, CRM_DW.CUSTOMER_360
-- effects: delete CRM_DW.CUSTOMER_360
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM_DW.CUSTOMER_360.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.FULL_NAME -> CRM_DW.CUSTOMER_360.FULL_NAME
-- columns: CRM.CUSTOMERS.SEGMENT -> CRM_DW.CUSTOMER_360.SEGMENT
-- columns: SALES.ORDERS.NET_AMOUNT -> CRM_DW.CUSTOMER_360.REVENUE
-- columns: SALES.ORDERS.ORDER_DATE -> CRM_DW.CUSTOMER_360.LAST_ORDER_DATE
-- columns: SUPPORT.TICKETS.CSAT_SCORE -> CRM_DW.CUSTOMER_360.AVG_CSAT
-- columns: WEB.SESSIONS.SESSION_START -> CRM_DW.CUSTOMER_360.LAST_VISIT
-- columns: WEB.SESSIONS.SESSION_ID -> CRM_DW.CUSTOMER_360.SESSIONS_90D
-- indirect: SALES.ORDERS.STATUS, SALES.ORDERS.CUSTOMER_ID, SUPPORT.TICKETS.CREATED_AT, SUPPORT.TICKETS.CUSTOMER_ID
-- indirect: WEB.SESSIONS.CUSTOMER_ID, CRM.CUSTOMERS.IS_DELETED, CRM_DW.CUSTOMER_360.CUSTOMER_ID, ETL.RUN_LOG.RUN_ID
-- diagnostics: none
SET SERVEROUTPUT ON
VARIABLE g_run_id NUMBER

BEGIN
  SELECT etl.seq_run_id.NEXTVAL INTO :g_run_id FROM dual;
  INSERT INTO etl.run_log (run_id, job_name, started_at, status)
  VALUES (:g_run_id, 'CUSTOMER_360', SYSTIMESTAMP, 'RUNNING');
  COMMIT;
END;
/

MERGE INTO crm_dw.customer_360 t
USING (
  WITH ord AS (
    SELECT o.customer_id,
           COUNT(*)          AS order_cnt,
           SUM(o.net_amount) AS revenue,
           MAX(o.order_date) AS last_order_date
      FROM sales.orders o
     WHERE o.status = 'COMPLETE'
     GROUP BY o.customer_id
  ), tix AS (
    SELECT t.customer_id,
           COUNT(*)          AS ticket_cnt,
           AVG(t.csat_score) AS avg_csat
      FROM support.tickets t
     WHERE t.created_at >= ADD_MONTHS(SYSDATE, -12)
     GROUP BY t.customer_id
  ), web AS (
    SELECT w.customer_id,
           MAX(w.session_start)         AS last_visit,
           COUNT(DISTINCT w.session_id) AS sessions_90d
      FROM web.sessions w
     WHERE w.session_start >= SYSDATE - 90
     GROUP BY w.customer_id
  )
  SELECT c.customer_id,
         c.full_name,
         c.segment,
         NVL(ord.order_cnt, 0)   AS order_cnt,
         NVL(ord.revenue, 0)     AS revenue,
         ord.last_order_date,
         NVL(tix.ticket_cnt, 0)  AS ticket_cnt,
         tix.avg_csat,
         web.last_visit,
         NVL(web.sessions_90d, 0) AS sessions_90d
    FROM crm.customers c
    LEFT JOIN ord ON ord.customer_id = c.customer_id
    LEFT JOIN tix ON tix.customer_id = c.customer_id
    LEFT JOIN web ON web.customer_id = c.customer_id
   WHERE c.is_deleted = 'N'
) s
ON (t.customer_id = s.customer_id)
WHEN MATCHED THEN UPDATE SET
     t.full_name       = s.full_name,
     t.segment         = s.segment,
     t.order_cnt       = s.order_cnt,
     t.revenue         = s.revenue,
     t.last_order_date = s.last_order_date,
     t.ticket_cnt      = s.ticket_cnt,
     t.avg_csat        = s.avg_csat,
     t.last_visit      = s.last_visit,
     t.sessions_90d    = s.sessions_90d,
     t.refreshed_at    = SYSDATE
WHEN NOT MATCHED THEN INSERT
     (customer_id, full_name, segment, order_cnt, revenue, last_order_date,
      ticket_cnt, avg_csat, last_visit, sessions_90d, refreshed_at)
     VALUES (s.customer_id, s.full_name, s.segment, s.order_cnt, s.revenue, s.last_order_date,
             s.ticket_cnt, s.avg_csat, s.last_visit, s.sessions_90d, SYSDATE);

DELETE FROM crm_dw.customer_360 t
 WHERE NOT EXISTS (SELECT 1
                     FROM crm.customers c
                    WHERE c.customer_id = t.customer_id
                      AND c.is_deleted = 'N');

BEGIN
  UPDATE etl.run_log
     SET finished_at = SYSTIMESTAMP,
         status      = 'OK',
         row_count   = (SELECT COUNT(*) FROM crm_dw.customer_360)
   WHERE run_id = :g_run_id;
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK;
    RAISE;
END;
/
GRANT SELECT ON crm_dw.customer_360 TO crm_analyst, crm_app;

-- case: subscriptions_lowercase_slash_script_insert_first_and_merge_delete_where
-- sources: BILLING.SUBSCRIPTIONS, BILLING.PLANS, BILLING.ACCOUNTS
-- targets: SUBS_DW.TRIAL_STARTS, SUBS_DW.PAID_STARTS, SUBS_DW.OTHER_STARTS, SUBS_DW.DIM_ACCOUNT, SUBS_DW.LOAD_WATERMARKS
-- columns: BILLING.SUBSCRIPTIONS.SUBSCRIPTION_ID -> SUBS_DW.TRIAL_STARTS.SUBSCRIPTION_ID
-- columns: BILLING.SUBSCRIPTIONS.SUBSCRIPTION_ID -> SUBS_DW.PAID_STARTS.SUBSCRIPTION_ID
-- columns: BILLING.SUBSCRIPTIONS.SUBSCRIPTION_ID -> SUBS_DW.OTHER_STARTS.SUBSCRIPTION_ID
-- columns: BILLING.SUBSCRIPTIONS.ACCOUNT_ID -> SUBS_DW.TRIAL_STARTS.ACCOUNT_ID
-- columns: BILLING.SUBSCRIPTIONS.ACCOUNT_ID -> SUBS_DW.PAID_STARTS.ACCOUNT_ID
-- columns: BILLING.SUBSCRIPTIONS.CREATED_AT -> SUBS_DW.TRIAL_STARTS.STARTED_ON
-- columns: BILLING.SUBSCRIPTIONS.CREATED_AT -> SUBS_DW.PAID_STARTS.STARTED_ON
-- columns: BILLING.PLANS.TRIAL_DAYS -> SUBS_DW.TRIAL_STARTS.TRIAL_DAYS
-- columns: BILLING.PLANS.PLAN_CODE -> SUBS_DW.PAID_STARTS.PLAN_CODE
-- columns: BILLING.PLANS.BILLING_PERIOD -> SUBS_DW.PAID_STARTS.MRR, BILLING.SUBSCRIPTIONS.PRICE -> SUBS_DW.PAID_STARTS.MRR
-- columns: BILLING.PLANS.PLAN_TYPE -> SUBS_DW.OTHER_STARTS.PLAN_TYPE
-- columns: BILLING.ACCOUNTS.ACCOUNT_ID -> SUBS_DW.DIM_ACCOUNT.ACCOUNT_ID
-- columns: BILLING.ACCOUNTS.ACCOUNT_NAME -> SUBS_DW.DIM_ACCOUNT.ACCOUNT_NAME
-- columns: BILLING.ACCOUNTS.COUNTRY_CODE -> SUBS_DW.DIM_ACCOUNT.COUNTRY_CODE
-- columns: BILLING.SUBSCRIPTIONS.CREATED_AT -> SUBS_DW.LOAD_WATERMARKS.LAST_LOADED_AT
-- indirect: BILLING.PLANS.PLAN_ID, BILLING.SUBSCRIPTIONS.PLAN_ID, BILLING.SUBSCRIPTIONS.STATUS
-- indirect: BILLING.ACCOUNTS.UPDATED_AT, BILLING.ACCOUNTS.CLOSED_FLAG, SUBS_DW.DIM_ACCOUNT.ACCOUNT_ID
-- indirect: SUBS_DW.LOAD_WATERMARKS.TABLE_NAME
-- diagnostics: none
rem subscriptions_nightly.sql -- new subscriptions routed per plan type
insert first
  when plan_type = 'TRIAL' then
    into subs_dw.trial_starts (subscription_id, account_id, started_on, trial_days)
    values (subscription_id, account_id, started_on, trial_days)
  when plan_type in ('MONTHLY', 'ANNUAL') then
    into subs_dw.paid_starts (subscription_id, account_id, started_on, plan_code, mrr)
    values (subscription_id, account_id, started_on, plan_code, mrr)
  else
    into subs_dw.other_starts (subscription_id, plan_type)
    values (subscription_id, plan_type)
select s.subscription_id,
       s.account_id,
       trunc(s.created_at) started_on,
       p.plan_type,
       p.plan_code,
       p.trial_days,
       case p.billing_period
         when 'ANNUAL' then round(s.price / 12, 2)
         else s.price
       end mrr
  from billing.subscriptions s
  join billing.plans p on p.plan_id = s.plan_id
 where s.created_at >= trunc(sysdate) - 1
/

merge into subs_dw.dim_account a
using (select ac.account_id,
              ac.account_name,
              ac.country_code,
              ac.closed_flag,
              (select count(*)
                 from billing.subscriptions s2
                where s2.account_id = ac.account_id
                  and s2.status = 'ACTIVE') active_subs
         from billing.accounts ac
        where ac.updated_at >= trunc(sysdate) - 1) src
on (a.account_id = src.account_id)
when matched then update
   set a.account_name = src.account_name,
       a.country_code = src.country_code,
       a.active_subs  = src.active_subs
 delete where src.closed_flag = 'Y'
when not matched then insert (account_id, account_name, country_code, active_subs)
 values (src.account_id, src.account_name, src.country_code, src.active_subs)
 where src.closed_flag = 'N'
/

update subs_dw.load_watermarks w
   set w.last_loaded_at = (select max(s.created_at) from billing.subscriptions s)
 where w.table_name = 'SUBSCRIPTIONS'
/
commit
/

-- case: data_quality_checks_union_all_then_alerts_and_job_status
-- sources: DWH.FACT_SALES, DWH.DIM_PRODUCT, DWH.DIM_CUSTOMER, DWH.FACT_INVENTORY_DAILY, DQ.CHECK_RESULTS, DQ.ALERTS
-- targets: DQ.CHECK_RESULTS, DQ.ALERTS, ETL.JOB_STATUS
-- effects: delete DQ.CHECK_RESULTS
-- columns: DWH.FACT_SALES.ORDER_NO -> DQ.CHECK_RESULTS.SAMPLE_KEY
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_NO -> DQ.CHECK_RESULTS.SAMPLE_KEY
-- columns: DWH.FACT_INVENTORY_DAILY.PRODUCT_KEY -> DQ.CHECK_RESULTS.SAMPLE_KEY
-- columns: DQ.CHECK_RESULTS.RUN_DATE -> DQ.ALERTS.RUN_DATE
-- columns: DQ.CHECK_RESULTS.CHECK_NAME -> DQ.ALERTS.CHECK_NAME
-- columns: DQ.CHECK_RESULTS.FAILED_ROWS -> DQ.ALERTS.FAILED_ROWS, DQ.CHECK_RESULTS.FAILED_ROWS -> DQ.ALERTS.SEVERITY
-- indirect: DWH.FACT_SALES.CUSTOMER_KEY, DWH.FACT_SALES.PRODUCT_KEY, DWH.DIM_PRODUCT.PRODUCT_KEY
-- indirect: DWH.DIM_CUSTOMER.IS_CURRENT, DWH.FACT_INVENTORY_DAILY.QTY_ON_HAND
-- indirect: DQ.ALERTS.RUN_DATE, DQ.ALERTS.SEVERITY, ETL.JOB_STATUS.JOB_NAME
-- diagnostics: none
/* ------------------------------------------------------------------
 * dq_nightly.sql
 * Each check writes one row: how many rows fail and one sample key.
 * ------------------------------------------------------------------ */
INSERT INTO dq.check_results (run_date, check_name, table_name, failed_rows, sample_key)
SELECT TRUNC(SYSDATE), 'NULL_CUSTOMER_KEY', 'FACT_SALES', COUNT(*), MIN(f.order_no)
  FROM dwh.fact_sales f
 WHERE f.customer_key IS NULL
UNION ALL
SELECT TRUNC(SYSDATE), 'ORPHAN_PRODUCT', 'FACT_SALES', COUNT(*), MIN(f.order_no)
  FROM dwh.fact_sales f
 WHERE NOT EXISTS (SELECT 1 FROM dwh.dim_product p WHERE p.product_key = f.product_key)
UNION ALL
SELECT TRUNC(SYSDATE), 'DUPLICATE_CURRENT_CUSTOMER', 'DIM_CUSTOMER', COUNT(*), MIN(x.customer_no)
  FROM (SELECT c.customer_no
          FROM dwh.dim_customer c
         WHERE c.is_current = 'Y'
         GROUP BY c.customer_no
        HAVING COUNT(*) > 1) x
UNION ALL
SELECT TRUNC(SYSDATE), 'NEGATIVE_STOCK', 'FACT_INVENTORY_DAILY', COUNT(*), TO_CHAR(MIN(i.product_key))
  FROM dwh.fact_inventory_daily i
 WHERE i.qty_on_hand < 0;

INSERT INTO dq.alerts (run_date, check_name, failed_rows, severity)
SELECT r.run_date,
       r.check_name,
       r.failed_rows,
       CASE WHEN r.failed_rows > 1000 THEN 'HIGH' ELSE 'LOW' END
  FROM dq.check_results r
 WHERE r.run_date = TRUNC(SYSDATE)
   AND r.failed_rows > 0;

UPDATE etl.job_status j
   SET j.dq_status = (SELECT CASE WHEN COUNT(*) > 0 THEN 'FAILED' ELSE 'PASSED' END
                        FROM dq.alerts a
                       WHERE a.run_date = TRUNC(SYSDATE)
                         AND a.severity = 'HIGH'),
       j.dq_checked_at = SYSDATE
 WHERE j.job_name = 'NIGHTLY_SALES';

-- keep three months of history
DELETE FROM dq.check_results
 WHERE run_date < ADD_MONTHS(TRUNC(SYSDATE), -3);
COMMIT;

-- case: store_dimension_rebuild_from_connect_by_scratch_then_view
-- sources: HR.ORG_UNITS, OPS.STORES, DWH.DIM_STORE
-- targets: DWH.DIM_STORE, RPT.V_STORE_REGION
-- intermediate: REF.TMP_ORG_TREE
-- effects: truncate DWH.DIM_STORE
-- columns: OPS.STORES.STORE_CODE -> DWH.DIM_STORE.STORE_CODE
-- columns: OPS.STORES.STORE_NAME -> DWH.DIM_STORE.STORE_NAME
-- columns: HR.ORG_UNITS.ORG_NAME -> DWH.DIM_STORE.REGION_NAME
-- columns: HR.ORG_UNITS.ORG_NAME -> DWH.DIM_STORE.ORG_PATH
-- columns: OPS.STORES.OPENED_ON -> DWH.DIM_STORE.OPENED_ON
-- columns: DWH.DIM_STORE.STORE_KEY -> RPT.V_STORE_REGION.STORE_KEY
-- columns: DWH.DIM_STORE.STORE_CODE -> RPT.V_STORE_REGION.STORE_CODE
-- columns: DWH.DIM_STORE.STORE_NAME -> RPT.V_STORE_REGION.STORE_NAME
-- columns: DWH.DIM_STORE.REGION_NAME -> RPT.V_STORE_REGION.REGION_NAME
-- indirect: HR.ORG_UNITS.PARENT_ORG_ID, HR.ORG_UNITS.ORG_ID, OPS.STORES.ORG_ID, OPS.STORES.STATUS
-- indirect: DWH.DIM_STORE.ORG_LEVEL
-- diagnostics: none
PROMPT org tree scratch
CREATE TABLE ref.tmp_org_tree NOLOGGING AS
SELECT o.org_id,
       o.parent_org_id,
       o.org_name,
       LEVEL                                AS org_level,
       CONNECT_BY_ROOT o.org_name           AS root_name,
       SYS_CONNECT_BY_PATH(o.org_name, '/') AS org_path
  FROM hr.org_units o
 START WITH o.parent_org_id IS NULL
CONNECT BY PRIOR o.org_id = o.parent_org_id;

PROMPT full rebuild of DIM_STORE
TRUNCATE TABLE dwh.dim_store;

INSERT INTO dwh.dim_store (store_key, store_code, store_name, org_level, region_name, org_path, opened_on)
SELECT dwh.seq_dim_store.NEXTVAL,
       s.store_code,
       s.store_name,
       t.org_level,
       t.root_name,
       t.org_path,
       s.opened_on
  FROM ops.stores s
  JOIN ref.tmp_org_tree t ON t.org_id = s.org_id
 WHERE s.status <> 'CLOSED';

DROP TABLE ref.tmp_org_tree PURGE;

CREATE OR REPLACE VIEW rpt.v_store_region AS
SELECT d.store_key, d.store_code, d.store_name, d.region_name
  FROM dwh.dim_store d
 WHERE d.org_level >= 2;

GRANT SELECT ON rpt.v_store_region TO PUBLIC;
COMMIT;

-- case: web_orders_precheck_block_cleanup_then_fact_with_scalar_key_lookups
-- sources: STG.WEB_ORDERS_RAW, STG.WEB_ORDERS_CLEAN, DWH.DIM_CUSTOMER, DWH.DIM_DATE, DWH.DIM_CHANNEL, REF.FX_DAILY
-- sources: DWH.FACT_WEB_ORDERS
-- targets: STG.WEB_ORDERS_CLEAN, STG.WEB_ORDERS_RAW, DWH.FACT_WEB_ORDERS
-- effects: truncate STG.WEB_ORDERS_CLEAN
-- columns: STG.WEB_ORDERS_RAW.ORDER_REF -> STG.WEB_ORDERS_CLEAN.ORDER_REF
-- columns: STG.WEB_ORDERS_RAW.EMAIL -> STG.WEB_ORDERS_CLEAN.CUSTOMER_EMAIL
-- columns: STG.WEB_ORDERS_RAW.TOTAL_TXT -> STG.WEB_ORDERS_CLEAN.ORDER_TOTAL
-- columns: STG.WEB_ORDERS_RAW.CURRENCY -> STG.WEB_ORDERS_CLEAN.CURRENCY_CODE
-- columns: STG.WEB_ORDERS_RAW.ORDER_TS_TXT -> STG.WEB_ORDERS_CLEAN.ORDER_TS
-- columns: STG.WEB_ORDERS_RAW.SOURCE_SYSTEM -> STG.WEB_ORDERS_CLEAN.CHANNEL
-- columns: STG.WEB_ORDERS_CLEAN.ORDER_REF -> DWH.FACT_WEB_ORDERS.ORDER_REF
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_WEB_ORDERS.CUSTOMER_KEY
-- columns: DWH.DIM_DATE.DATE_KEY -> DWH.FACT_WEB_ORDERS.DATE_KEY
-- columns: DWH.DIM_CHANNEL.CHANNEL_KEY -> DWH.FACT_WEB_ORDERS.CHANNEL_KEY
-- columns: STG.WEB_ORDERS_CLEAN.ORDER_TOTAL -> DWH.FACT_WEB_ORDERS.ORDER_TOTAL_EUR, REF.FX_DAILY.RATE_TO_EUR -> DWH.FACT_WEB_ORDERS.ORDER_TOTAL_EUR
-- indirect: STG.WEB_ORDERS_RAW.LOAD_STATUS, DWH.DIM_CUSTOMER.EMAIL, DWH.DIM_CUSTOMER.IS_CURRENT, STG.WEB_ORDERS_CLEAN.CUSTOMER_EMAIL
-- indirect: DWH.DIM_DATE.CALENDAR_DATE, STG.WEB_ORDERS_CLEAN.ORDER_TS, DWH.DIM_CHANNEL.CHANNEL_CODE, STG.WEB_ORDERS_CLEAN.CHANNEL
-- indirect: REF.FX_DAILY.CURRENCY_CODE, REF.FX_DAILY.RATE_DATE, STG.WEB_ORDERS_CLEAN.CURRENCY_CODE, DWH.FACT_WEB_ORDERS.ORDER_REF
-- diagnostics: none
DECLARE
  v_cnt NUMBER;
BEGIN
  SELECT COUNT(*) INTO v_cnt FROM stg.web_orders_raw WHERE load_status = 'NEW';
  IF v_cnt = 0 THEN
    RAISE_APPLICATION_ERROR(-20001, 'nothing to load today');
  END IF;
END;
/

TRUNCATE TABLE stg.web_orders_clean;

INSERT INTO stg.web_orders_clean (order_ref, customer_email, order_total, currency_code, order_ts, channel)
SELECT REGEXP_REPLACE(r.order_ref, '[^A-Z0-9]', ''),
       LOWER(TRIM(r.email)),
       TO_NUMBER(REPLACE(r.total_txt, ',', '.')),
       NVL(UPPER(r.currency), 'EUR'),
       TO_TIMESTAMP(r.order_ts_txt, 'YYYY-MM-DD"T"HH24:MI:SS'),
       DECODE(r.source_system, 'APP', 'MOBILE', 'WEB', 'WEB', 'OTHER')
  FROM stg.web_orders_raw r
 WHERE r.load_status = 'NEW';

UPDATE stg.web_orders_raw r
   SET r.load_status  = 'DONE',
       r.processed_at = SYSDATE
 WHERE r.load_status = 'NEW';

INSERT INTO dwh.fact_web_orders (order_ref, customer_key, date_key, channel_key, order_total_eur)
SELECT c.order_ref,
       NVL((SELECT dc.customer_key
              FROM dwh.dim_customer dc
             WHERE dc.email = c.customer_email
               AND dc.is_current = 'Y'), -1),
       (SELECT d.date_key FROM dwh.dim_date d WHERE d.calendar_date = TRUNC(c.order_ts)),
       ch.channel_key,
       c.order_total * fx.rate_to_eur
  FROM stg.web_orders_clean c
  JOIN dwh.dim_channel ch ON ch.channel_code = c.channel
  JOIN ref.fx_daily fx    ON fx.currency_code = c.currency_code
                         AND fx.rate_date = TRUNC(c.order_ts)
 WHERE NOT EXISTS (SELECT 1 FROM dwh.fact_web_orders f WHERE f.order_ref = c.order_ref);
COMMIT;
