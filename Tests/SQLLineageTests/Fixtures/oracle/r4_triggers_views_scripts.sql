-- case: trg_stock_levels_aiud_case_dml_predicates_delta_variable_and_local_autonomous_alert
-- sources: INV.STOCK_LEVELS
-- targets: INV.STOCK_ALERTS, INV.STOCK_MOVEMENTS, INV.ITEM_TOTALS
-- columns: INV.STOCK_LEVELS.SKU -> INV.STOCK_MOVEMENTS.SKU
-- columns: INV.STOCK_LEVELS.WAREHOUSE_CODE -> INV.STOCK_MOVEMENTS.WAREHOUSE_CODE
-- columns: INV.STOCK_LEVELS.QTY_ON_HAND -> INV.STOCK_MOVEMENTS.DELTA_QTY
-- columns: INV.STOCK_LEVELS.QTY_ON_HAND -> INV.ITEM_TOTALS.TOTAL_ON_HAND
-- indirect: INV.ITEM_TOTALS.SKU
-- diagnostics: none
CREATE OR REPLACE TRIGGER inv.trg_stock_levels_aiud
  AFTER INSERT OR UPDATE OF qty_on_hand OR DELETE ON inv.stock_levels
  FOR EACH ROW
DECLARE
  v_delta  NUMBER;
  v_reason VARCHAR2(10);

  PROCEDURE raise_alert (p_sku IN VARCHAR2, p_wh IN VARCHAR2, p_qty IN NUMBER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO inv.stock_alerts (sku, warehouse_code, qty_on_hand, alert_ts)
    VALUES (p_sku, p_wh, p_qty, SYSTIMESTAMP);
    COMMIT;
  END raise_alert;
BEGIN
  CASE
    WHEN INSERTING THEN
      v_delta  := :NEW.qty_on_hand;
      v_reason := 'NEW';
    WHEN UPDATING THEN
      v_delta  := :NEW.qty_on_hand - :OLD.qty_on_hand;
      v_reason := 'ADJUST';
    WHEN DELETING THEN
      v_delta  := -:OLD.qty_on_hand;
      v_reason := 'REMOVE';
  END CASE;

  INSERT INTO inv.stock_movements (movement_id, sku, warehouse_code, delta_qty, reason, moved_at)
  VALUES (inv.seq_movement.NEXTVAL,
          NVL(:NEW.sku, :OLD.sku),
          NVL(:NEW.warehouse_code, :OLD.warehouse_code),
          v_delta,
          v_reason,
          SYSTIMESTAMP);

  UPDATE inv.item_totals t
     SET t.total_on_hand = t.total_on_hand + v_delta,
         t.updated_at    = SYSTIMESTAMP
   WHERE t.sku = NVL(:NEW.sku, :OLD.sku);

  IF NOT DELETING AND :NEW.qty_on_hand < :NEW.reorder_point THEN
    raise_alert(:NEW.sku, :NEW.warehouse_code, :NEW.qty_on_hand);
  END IF;
END trg_stock_levels_aiud;
/

-- case: trg_before_delete_referencing_old_archives_from_dual_and_cascades_children
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: CRM.CUSTOMERS_DELETED, CRM.CUSTOMER_ORDERS_ORPHANED
-- effects: delete CRM.CUSTOMER_ADDRESSES, delete CRM.CUSTOMER_CONSENTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CUSTOMERS_DELETED.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NO -> CRM.CUSTOMERS_DELETED.CUSTOMER_NO
-- columns: CRM.CUSTOMERS.FIRST_NAME -> CRM.CUSTOMERS_DELETED.FULL_NAME, CRM.CUSTOMERS.LAST_NAME -> CRM.CUSTOMERS_DELETED.FULL_NAME
-- columns: CRM.CUSTOMERS.EMAIL -> CRM.CUSTOMERS_DELETED.EMAIL
-- columns: CRM.CUSTOMERS.SEGMENT -> CRM.CUSTOMERS_DELETED.SEGMENT
-- columns: CRM.CUSTOMERS.CREATED_AT -> CRM.CUSTOMERS_DELETED.CREATED_AT
-- columns: SALES.ORDERS.ORDER_ID -> CRM.CUSTOMER_ORDERS_ORPHANED.ORDER_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> CRM.CUSTOMER_ORDERS_ORPHANED.CUSTOMER_ID
-- columns: SALES.ORDERS.TOTAL_AMOUNT -> CRM.CUSTOMER_ORDERS_ORPHANED.ORDER_TOTAL
-- indirect: SALES.ORDERS.STATUS, CRM.CUSTOMER_ADDRESSES.CUSTOMER_ID, CRM.CUSTOMER_CONSENTS.CUSTOMER_ID
-- diagnostics: none
create or replace trigger crm.trg_customers_bd
before delete on crm.customers
referencing old as o
for each row
begin
  -- keep a copy of the row for the retention period
  insert into crm.customers_deleted
         (customer_id, customer_no, full_name, email, segment, created_at, deleted_at, deleted_by)
  select :o.customer_id,
         :o.customer_no,
         :o.first_name || ' ' || :o.last_name,
         :o.email,
         :o.segment,
         :o.created_at,
         sysdate,
         user
    from dual;

  -- open orders lose their customer: park them for the service desk
  insert into crm.customer_orders_orphaned (order_id, customer_id, order_total, detected_at)
  select ord.order_id, ord.customer_id, ord.total_amount, sysdate
    from sales.orders ord
   where ord.customer_id = :o.customer_id
     and ord.status not in ('DELIVERED', 'CANCELLED');

  delete from crm.customer_addresses a where a.customer_id = :o.customer_id;
  delete from crm.customer_consents c where c.customer_id = :o.customer_id;
end;
/

-- case: view_column_list_five_ctes_cross_join_months_lag_twelve_rank_and_case_band
-- sources: DWH.DIM_DATE, DWH.FACT_SALES, HR.ROTA, DWH.DIM_STORE, DWH.DIM_REGION
-- targets: RPT.V_STORE_PERFORMANCE
-- columns: DWH.DIM_STORE.STORE_CODE -> RPT.V_STORE_PERFORMANCE.STORE_CODE
-- columns: DWH.DIM_STORE.STORE_NAME -> RPT.V_STORE_PERFORMANCE.STORE_NAME
-- columns: DWH.DIM_REGION.REGION_NAME -> RPT.V_STORE_PERFORMANCE.REGION_NAME
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> RPT.V_STORE_PERFORMANCE.MONTH_START
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.REVENUE
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.REVENUE_LY, DWH.DIM_STORE.STORE_KEY -> RPT.V_STORE_PERFORMANCE.REVENUE_LY
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> RPT.V_STORE_PERFORMANCE.REVENUE_LY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.YOY_PCT, DWH.DIM_STORE.STORE_KEY -> RPT.V_STORE_PERFORMANCE.YOY_PCT
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> RPT.V_STORE_PERFORMANCE.YOY_PCT
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.BASKET_AVG, DWH.FACT_SALES.RECEIPT_NO -> RPT.V_STORE_PERFORMANCE.BASKET_AVG
-- columns: HR.ROTA.HOURS_WORKED -> RPT.V_STORE_PERFORMANCE.STAFF_HOURS
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.REVENUE_PER_HOUR, HR.ROTA.HOURS_WORKED -> RPT.V_STORE_PERFORMANCE.REVENUE_PER_HOUR
-- columns: DWH.DIM_REGION.REGION_NAME -> RPT.V_STORE_PERFORMANCE.RANK_IN_REGION, DWH.DIM_DATE.CALENDAR_DATE -> RPT.V_STORE_PERFORMANCE.RANK_IN_REGION
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.RANK_IN_REGION
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_STORE_PERFORMANCE.PERFORMANCE_BAND, DWH.DIM_STORE.STORE_KEY -> RPT.V_STORE_PERFORMANCE.PERFORMANCE_BAND
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> RPT.V_STORE_PERFORMANCE.PERFORMANCE_BAND
-- indirect: DWH.FACT_SALES.STORE_KEY, DWH.FACT_SALES.SALE_DATE, HR.ROTA.STORE_KEY, HR.ROTA.SHIFT_DATE, HR.ROTA.SHIFT_STATUS
-- indirect: DWH.DIM_STORE.IS_OPEN, DWH.DIM_REGION.REGION_ID, DWH.DIM_STORE.REGION_ID
-- diagnostics: none
CREATE OR REPLACE FORCE VIEW rpt.v_store_performance
  (store_code, store_name, region_name, month_start, revenue, revenue_ly, yoy_pct,
   basket_avg, staff_hours, revenue_per_hour, rank_in_region, performance_band)
AS
WITH months AS (
  SELECT DISTINCT TRUNC(d.calendar_date, 'MM') AS month_start
    FROM dwh.dim_date d
   WHERE d.calendar_date BETWEEN ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -24) AND SYSDATE
), sales AS (
  SELECT f.store_key,
         TRUNC(f.sale_date, 'MM')     AS month_start,
         SUM(f.net_amount)            AS revenue,
         COUNT(DISTINCT f.receipt_no) AS receipts
    FROM dwh.fact_sales f
   GROUP BY f.store_key, TRUNC(f.sale_date, 'MM')
), staff AS (
  SELECT r.store_key,
         TRUNC(r.shift_date, 'MM') AS month_start,
         SUM(r.hours_worked)       AS staff_hours
    FROM hr.rota r
   WHERE r.shift_status = 'WORKED'
   GROUP BY r.store_key, TRUNC(r.shift_date, 'MM')
), combined AS (
  SELECT s.store_key,
         m.month_start,
         NVL(sa.revenue, 0) AS revenue,
         sa.receipts,
         st.staff_hours
    FROM dwh.dim_store s
   CROSS JOIN months m
    LEFT JOIN sales sa ON sa.store_key = s.store_key AND sa.month_start = m.month_start
    LEFT JOIN staff st ON st.store_key = s.store_key AND st.month_start = m.month_start
   WHERE s.is_open = 'Y'
), with_ly AS (
  SELECT c.*,
         LAG(c.revenue, 12) OVER (PARTITION BY c.store_key ORDER BY c.month_start) AS revenue_ly
    FROM combined c
)
SELECT s.store_code,
       s.store_name,
       g.region_name,
       w.month_start,
       w.revenue,
       w.revenue_ly,
       ROUND(100 * (w.revenue - w.revenue_ly) / NULLIF(w.revenue_ly, 0), 1),
       ROUND(w.revenue / NULLIF(w.receipts, 0), 2),
       w.staff_hours,
       ROUND(w.revenue / NULLIF(w.staff_hours, 0), 2),
       RANK() OVER (PARTITION BY g.region_name, w.month_start ORDER BY w.revenue DESC),
       CASE
         WHEN w.revenue >= 1.1 * w.revenue_ly THEN 'GROWING'
         WHEN w.revenue <= 0.9 * w.revenue_ly THEN 'DECLINING'
         ELSE 'STABLE'
       END
  FROM with_ly w
  JOIN dwh.dim_store s  ON s.store_key = w.store_key
  JOIN dwh.dim_region g ON g.region_id = s.region_id
WITH READ ONLY;

-- case: views_over_views_then_quarter_end_ctas_snapshot_keep_view_hops
-- sources: AR.INVOICES, AR.PAYMENT_ALLOCATIONS, FIN.V_INVOICE_BASE, FIN.V_INVOICE_AGING, AR.CUSTOMERS
-- targets: FIN.V_INVOICE_BASE, FIN.V_INVOICE_AGING, FIN.AGING_SNAPSHOT_2024Q2
-- columns: AR.INVOICES.INVOICE_ID -> FIN.V_INVOICE_BASE.INVOICE_ID
-- columns: AR.INVOICES.CUSTOMER_ID -> FIN.V_INVOICE_BASE.CUSTOMER_ID
-- columns: AR.INVOICES.INVOICE_DATE -> FIN.V_INVOICE_BASE.INVOICE_DATE
-- columns: AR.INVOICES.DUE_DATE -> FIN.V_INVOICE_BASE.DUE_DATE
-- columns: AR.INVOICES.CURRENCY_CODE -> FIN.V_INVOICE_BASE.CURRENCY_CODE
-- columns: AR.INVOICES.AMOUNT -> FIN.V_INVOICE_BASE.INVOICE_AMOUNT
-- columns: AR.PAYMENT_ALLOCATIONS.AMOUNT -> FIN.V_INVOICE_BASE.PAID_AMOUNT
-- columns: FIN.V_INVOICE_BASE.INVOICE_ID -> FIN.V_INVOICE_AGING.INVOICE_ID
-- columns: FIN.V_INVOICE_BASE.CUSTOMER_ID -> FIN.V_INVOICE_AGING.CUSTOMER_ID
-- columns: FIN.V_INVOICE_BASE.CURRENCY_CODE -> FIN.V_INVOICE_AGING.CURRENCY_CODE
-- columns: FIN.V_INVOICE_BASE.INVOICE_AMOUNT -> FIN.V_INVOICE_AGING.OPEN_AMOUNT, FIN.V_INVOICE_BASE.PAID_AMOUNT -> FIN.V_INVOICE_AGING.OPEN_AMOUNT
-- columns: FIN.V_INVOICE_BASE.DUE_DATE -> FIN.V_INVOICE_AGING.DAYS_OVERDUE
-- columns: FIN.V_INVOICE_BASE.DUE_DATE -> FIN.V_INVOICE_AGING.BUCKET
-- columns: FIN.V_INVOICE_AGING.CUSTOMER_ID -> FIN.AGING_SNAPSHOT_2024Q2.CUSTOMER_ID
-- columns: AR.CUSTOMERS.CUSTOMER_NAME -> FIN.AGING_SNAPSHOT_2024Q2.CUSTOMER_NAME
-- columns: FIN.V_INVOICE_AGING.BUCKET -> FIN.AGING_SNAPSHOT_2024Q2.BUCKET
-- columns: FIN.V_INVOICE_AGING.CURRENCY_CODE -> FIN.AGING_SNAPSHOT_2024Q2.CURRENCY_CODE
-- columns: FIN.V_INVOICE_AGING.OPEN_AMOUNT -> FIN.AGING_SNAPSHOT_2024Q2.OPEN_AMOUNT
-- columns: FIN.V_INVOICE_AGING.DAYS_OVERDUE -> FIN.AGING_SNAPSHOT_2024Q2.MAX_DAYS_OVERDUE
-- indirect: AR.PAYMENT_ALLOCATIONS.INVOICE_ID, AR.INVOICES.STATUS, AR.CUSTOMERS.CUSTOMER_ID
-- diagnostics: none
CREATE OR REPLACE VIEW fin.v_invoice_base AS
SELECT i.invoice_id,
       i.customer_id,
       i.invoice_date,
       i.due_date,
       i.currency_code,
       i.amount              AS invoice_amount,
       NVL(p.paid_amount, 0) AS paid_amount
  FROM ar.invoices i
  LEFT JOIN (SELECT pa.invoice_id, SUM(pa.amount) AS paid_amount
               FROM ar.payment_allocations pa
              GROUP BY pa.invoice_id) p
    ON p.invoice_id = i.invoice_id
 WHERE i.status <> 'VOID';

CREATE OR REPLACE VIEW fin.v_invoice_aging AS
SELECT b.invoice_id,
       b.customer_id,
       b.currency_code,
       b.invoice_amount - b.paid_amount AS open_amount,
       TRUNC(SYSDATE) - b.due_date      AS days_overdue,
       CASE
         WHEN TRUNC(SYSDATE) - b.due_date <= 0  THEN 'CURRENT'
         WHEN TRUNC(SYSDATE) - b.due_date <= 30 THEN '1-30'
         WHEN TRUNC(SYSDATE) - b.due_date <= 90 THEN '31-90'
         ELSE '90+'
       END AS bucket
  FROM fin.v_invoice_base b
 WHERE b.invoice_amount > b.paid_amount;

CREATE TABLE fin.aging_snapshot_2024q2 AS
SELECT a.customer_id,
       c.customer_name,
       a.bucket,
       a.currency_code,
       SUM(a.open_amount)  AS open_amount,
       COUNT(*)            AS invoice_count,
       MAX(a.days_overdue) AS max_days_overdue
  FROM fin.v_invoice_aging a
  JOIN ar.customers c ON c.customer_id = a.customer_id
 GROUP BY a.customer_id, c.customer_name, a.bucket, a.currency_code;

COMMENT ON TABLE fin.aging_snapshot_2024q2 IS 'Quarter-end aging; do not modify';
COMMENT ON COLUMN fin.aging_snapshot_2024q2.bucket IS 'CURRENT, 1-30, 31-90, 90+';
GRANT SELECT ON fin.aging_snapshot_2024q2 TO audit_role;

-- case: mview_logs_then_fast_refresh_aggregate_mview_and_refresh_block
-- sources: SALES.ORDERS, SALES.ORDER_LINES
-- targets: MART.MV_PRODUCT_DAY
-- columns: SALES.ORDERS.STORE_ID -> MART.MV_PRODUCT_DAY.STORE_ID
-- columns: SALES.ORDERS.ORDER_DATE -> MART.MV_PRODUCT_DAY.ORDER_DATE
-- columns: SALES.ORDER_LINES.PRODUCT_ID -> MART.MV_PRODUCT_DAY.PRODUCT_ID
-- columns: SALES.ORDER_LINES.QTY -> MART.MV_PRODUCT_DAY.CNT_QTY
-- columns: SALES.ORDER_LINES.QTY -> MART.MV_PRODUCT_DAY.QTY
-- columns: SALES.ORDER_LINES.LINE_AMOUNT -> MART.MV_PRODUCT_DAY.CNT_AMOUNT
-- columns: SALES.ORDER_LINES.LINE_AMOUNT -> MART.MV_PRODUCT_DAY.AMOUNT
-- indirect: SALES.ORDER_LINES.ORDER_ID, SALES.ORDERS.ORDER_ID
-- diagnostics: none
CREATE MATERIALIZED VIEW LOG ON sales.order_lines
  WITH ROWID, SEQUENCE (order_id, product_id, qty, line_amount)
  INCLUDING NEW VALUES;

CREATE MATERIALIZED VIEW LOG ON sales.orders
  WITH ROWID, SEQUENCE (order_id, order_date, store_id)
  INCLUDING NEW VALUES;

CREATE MATERIALIZED VIEW mart.mv_product_day
  PARALLEL 2
  BUILD IMMEDIATE
  REFRESH FAST ON COMMIT
AS
SELECT o.store_id,
       o.order_date,
       l.product_id,
       COUNT(*)            AS cnt,
       COUNT(l.qty)        AS cnt_qty,
       SUM(l.qty)          AS qty,
       COUNT(l.line_amount) AS cnt_amount,
       SUM(l.line_amount)  AS amount
  FROM sales.orders o, sales.order_lines l
 WHERE l.order_id = o.order_id
 GROUP BY o.store_id, o.order_date, l.product_id;

BEGIN
  DBMS_MVIEW.REFRESH('MART.MV_PRODUCT_DAY', method => 'C', atomic_refresh => FALSE);
END;
/

-- case: alter_add_columns_backfill_rename_column_and_constraint_are_not_table_renames
-- sources: REF.BRAND_GROUPS, DWH.FACT_SALES, DWH.DIM_PRODUCT
-- targets: DWH.DIM_PRODUCT, MART.BRAND_FAMILY_SALES
-- effects:
-- columns: REF.BRAND_GROUPS.GROUP_NAME -> DWH.DIM_PRODUCT.BRAND_GROUP
-- columns: DWH.DIM_PRODUCT.BRAND_FAMILY -> MART.BRAND_FAMILY_SALES.BRAND_FAMILY
-- columns: DWH.FACT_SALES.NET_AMOUNT -> MART.BRAND_FAMILY_SALES.REVENUE
-- indirect: REF.BRAND_GROUPS.BRAND_CODE, DWH.DIM_PRODUCT.BRAND_CODE, DWH.DIM_PRODUCT.PRODUCT_KEY, DWH.FACT_SALES.PRODUCT_KEY
-- diagnostics: none
PROMPT adding classification columns to DIM_PRODUCT
ALTER TABLE dwh.dim_product ADD (brand_group VARCHAR2(40), margin_band VARCHAR2(10));

UPDATE dwh.dim_product p
   SET p.brand_group = (SELECT bg.group_name
                          FROM ref.brand_groups bg
                         WHERE bg.brand_code = p.brand_code),
       p.margin_band = CASE
                         WHEN p.standard_cost IS NULL OR p.list_price = 0 THEN 'UNKNOWN'
                         WHEN (p.list_price - p.standard_cost) / p.list_price >= 0.5 THEN 'HIGH'
                         WHEN (p.list_price - p.standard_cost) / p.list_price >= 0.2 THEN 'MEDIUM'
                         ELSE 'LOW'
                       END;
COMMIT;

PROMPT the business renamed "group" to "family"
ALTER TABLE dwh.dim_product RENAME COLUMN brand_group TO brand_family;
ALTER TABLE dwh.dim_product RENAME CONSTRAINT pk_dim_product TO dim_product_pk;

INSERT INTO mart.brand_family_sales (brand_family, revenue)
SELECT p.brand_family, SUM(f.net_amount)
  FROM dwh.fact_sales f
  JOIN dwh.dim_product p ON p.product_key = f.product_key
 GROUP BY p.brand_family;
COMMIT;

-- case: sqlplus_new_value_substitution_nested_script_calls_and_host_around_insert
-- sources: TRAFFIC.DAILY_VISITORS, POS.RECEIPTS
-- targets: MART.WEEKLY_KPI
-- columns: TRAFFIC.DAILY_VISITORS.VISIT_DATE -> MART.WEEKLY_KPI.WEEK_START
-- columns: TRAFFIC.DAILY_VISITORS.STORE_ID -> MART.WEEKLY_KPI.STORE_ID
-- columns: POS.RECEIPTS.NET_AMOUNT -> MART.WEEKLY_KPI.REVENUE
-- columns: TRAFFIC.DAILY_VISITORS.VISITORS -> MART.WEEKLY_KPI.VISITORS
-- columns: TRAFFIC.DAILY_VISITORS.VISITORS -> MART.WEEKLY_KPI.CONVERSION
-- indirect: POS.RECEIPTS.STORE_ID, POS.RECEIPTS.SALE_DATE
-- diagnostics: none
set termout off
column run_date new_value v_run_date noprint
select to_char(sysdate - 1, 'YYYYMMDD') run_date from dual;
set termout on
spool /tmp/weekly_kpi_&v_run_date..log
@@common/set_session.sql
host echo "starting weekly kpi load"
whenever sqlerror exit 1

insert into mart.weekly_kpi (week_start, store_id, revenue, visitors, conversion)
select trunc(v.visit_date, 'IW'),
       v.store_id,
       sum(s.revenue),
       sum(v.visitors),
       round(sum(s.transactions) / nullif(sum(v.visitors), 0), 4)
  from traffic.daily_visitors v
  left join (select store_id, sale_date, sum(net_amount) revenue, count(*) transactions
               from pos.receipts
              group by store_id, sale_date) s
    on s.store_id = v.store_id
   and s.sale_date = v.visit_date
 where v.visit_date >= trunc(to_date('&v_run_date', 'YYYYMMDD'), 'IW') - 7
   and v.visit_date <  trunc(to_date('&v_run_date', 'YYYYMMDD'), 'IW')
 group by trunc(v.visit_date, 'IW'), v.store_id;
commit;

@@common/gather_stats.sql mart weekly_kpi
spool off
exit

-- case: merge_into_remote_table_over_dblink_then_remote_update_and_delete
-- sources: RISK.FRAUD_SCORES, DWH.DIM_CUSTOMER, CRM.CUSTOMER_FLAGS@CRM_PROD
-- targets: CRM.CUSTOMER_FLAGS@CRM_PROD, CRM.CUSTOMERS@CRM_PROD
-- effects: delete CRM.CUSTOMER_FLAGS@CRM_PROD
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_NO -> CRM.CUSTOMER_FLAGS@CRM_PROD.CUSTOMER_NO
-- columns: RISK.FRAUD_SCORES.FRAUD_SCORE -> CRM.CUSTOMER_FLAGS@CRM_PROD.FRAUD_FLAG
-- columns: RISK.FRAUD_SCORES.SCORED_AT -> CRM.CUSTOMER_FLAGS@CRM_PROD.FLAG_UPDATED_AT
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_KEY, DWH.DIM_CUSTOMER.IS_CURRENT, RISK.FRAUD_SCORES.CUSTOMER_KEY
-- indirect: CRM.CUSTOMER_FLAGS@CRM_PROD.CUSTOMER_NO, CRM.CUSTOMER_FLAGS@CRM_PROD.FRAUD_FLAG
-- indirect: CRM.CUSTOMERS@CRM_PROD.CUSTOMER_NO, CRM.CUSTOMER_FLAGS@CRM_PROD.FLAG_UPDATED_AT
-- diagnostics: none
MERGE INTO crm.customer_flags@crm_prod t
USING (SELECT c.customer_no,
              MAX(CASE WHEN f.fraud_score >= 0.9 THEN 'Y' ELSE 'N' END) AS fraud_flag,
              MAX(f.scored_at)                                          AS scored_at
         FROM risk.fraud_scores f
         JOIN dwh.dim_customer c
           ON c.customer_key = f.customer_key
          AND c.is_current = 'Y'
        WHERE f.scored_at >= TRUNC(SYSDATE) - 1
        GROUP BY c.customer_no) s
   ON (t.customer_no = s.customer_no)
 WHEN MATCHED THEN UPDATE
      SET t.fraud_flag      = s.fraud_flag,
          t.flag_updated_at = s.scored_at
 WHEN NOT MATCHED THEN INSERT (customer_no, fraud_flag, flag_updated_at)
      VALUES (s.customer_no, s.fraud_flag, s.scored_at);

UPDATE crm.customers@crm_prod c
   SET c.risk_review = 'Y'
 WHERE c.customer_no IN (SELECT f.customer_no
                           FROM crm.customer_flags@crm_prod f
                          WHERE f.fraud_flag = 'Y');

DELETE FROM crm.customer_flags@crm_prod
 WHERE flag_updated_at < SYSDATE - 365;
COMMIT;

-- case: insert_seven_table_plus_joins_self_join_manager_and_nested_inline_average
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS, HR.JOBS, HR.LOCATIONS, HR.SALARY_BANDS
-- targets: MART.EMPLOYEE_COMPENSATION
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.EMPLOYEE_COMPENSATION.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> MART.EMPLOYEE_COMPENSATION.EMPLOYEE_NAME, HR.EMPLOYEES.LAST_NAME -> MART.EMPLOYEE_COMPENSATION.EMPLOYEE_NAME
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> MART.EMPLOYEE_COMPENSATION.DEPARTMENT_NAME
-- columns: HR.JOBS.JOB_TITLE -> MART.EMPLOYEE_COMPENSATION.JOB_TITLE
-- columns: HR.LOCATIONS.CITY -> MART.EMPLOYEE_COMPENSATION.LOCATION_CITY
-- columns: HR.EMPLOYEES.FIRST_NAME -> MART.EMPLOYEE_COMPENSATION.MANAGER_NAME, HR.EMPLOYEES.LAST_NAME -> MART.EMPLOYEE_COMPENSATION.MANAGER_NAME
-- columns: HR.EMPLOYEES.SALARY -> MART.EMPLOYEE_COMPENSATION.SALARY
-- columns: HR.SALARY_BANDS.BAND_CODE -> MART.EMPLOYEE_COMPENSATION.SALARY_BAND
-- columns: HR.EMPLOYEES.SALARY -> MART.EMPLOYEE_COMPENSATION.DEPT_AVG_SALARY
-- columns: HR.EMPLOYEES.SALARY -> MART.EMPLOYEE_COMPENSATION.PCT_OF_DEPT_AVG
-- columns: HR.EMPLOYEES.SALARY -> MART.EMPLOYEE_COMPENSATION.BONUS_TARGET, HR.JOBS.BONUS_PCT -> MART.EMPLOYEE_COMPENSATION.BONUS_TARGET
-- indirect: HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.DEPARTMENT_ID, HR.JOBS.JOB_ID, HR.EMPLOYEES.JOB_ID
-- indirect: HR.LOCATIONS.LOCATION_ID, HR.DEPARTMENTS.LOCATION_ID, HR.EMPLOYEES.MANAGER_ID
-- indirect: HR.SALARY_BANDS.MIN_SALARY, HR.SALARY_BANDS.MAX_SALARY, HR.EMPLOYEES.STATUS
-- diagnostics: none
INSERT INTO mart.employee_compensation
      (employee_id, employee_name, department_name, job_title, location_city, manager_name,
       salary, salary_band, dept_avg_salary, pct_of_dept_avg, bonus_target)
SELECT e.employee_id,
       e.first_name || ' ' || e.last_name,
       d.department_name,
       j.job_title,
       l.city,
       m.first_name || ' ' || m.last_name,
       e.salary,
       sb.band_code,
       da.avg_salary,
       ROUND(e.salary / da.avg_salary * 100, 1),
       e.salary * NVL(j.bonus_pct, 0) / 100
  FROM hr.employees e,
       hr.departments d,
       hr.jobs j,
       hr.locations l,
       hr.employees m,
       (SELECT x.department_id, AVG(x.salary) AS avg_salary
          FROM (SELECT emp.department_id, emp.salary
                  FROM hr.employees emp
                 WHERE emp.status = 'ACTIVE') x
         GROUP BY x.department_id) da,
       hr.salary_bands sb
 WHERE d.department_id (+) = e.department_id
   AND j.job_id = e.job_id
   AND l.location_id (+) = d.location_id
   AND m.employee_id (+) = e.manager_id
   AND da.department_id (+) = e.department_id
   AND e.salary BETWEEN sb.min_salary AND sb.max_salary
   AND e.status = 'ACTIVE';

-- case: scratch_ctas_select_star_with_schema_delete_on_scratch_insert_without_column_list
-- schema: STG.POS_RECEIPT_LINES(RECEIPT_NO, LINE_NO, STORE_ID, SKU, QTY, UNIT_PRICE, DISCOUNT, SOLD_AT)
-- schema: DWH.FACT_RECEIPT_LINES(RECEIPT_NO, LINE_NO, STORE_KEY, PRODUCT_KEY, DATE_KEY, QTY, NET_AMOUNT)
-- sources: STG.POS_RECEIPT_LINES, DWH.DIM_STORE, DWH.DIM_PRODUCT
-- targets: DWH.FACT_RECEIPT_LINES
-- intermediate: STG.TMP_RECEIPTS_TODAY
-- effects:
-- columns: STG.POS_RECEIPT_LINES.RECEIPT_NO -> DWH.FACT_RECEIPT_LINES.RECEIPT_NO
-- columns: STG.POS_RECEIPT_LINES.LINE_NO -> DWH.FACT_RECEIPT_LINES.LINE_NO
-- columns: DWH.DIM_STORE.STORE_KEY -> DWH.FACT_RECEIPT_LINES.STORE_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_RECEIPT_LINES.PRODUCT_KEY
-- columns: STG.POS_RECEIPT_LINES.SOLD_AT -> DWH.FACT_RECEIPT_LINES.DATE_KEY
-- columns: STG.POS_RECEIPT_LINES.QTY -> DWH.FACT_RECEIPT_LINES.QTY
-- columns: STG.POS_RECEIPT_LINES.QTY -> DWH.FACT_RECEIPT_LINES.NET_AMOUNT, STG.POS_RECEIPT_LINES.UNIT_PRICE -> DWH.FACT_RECEIPT_LINES.NET_AMOUNT
-- columns: STG.POS_RECEIPT_LINES.DISCOUNT -> DWH.FACT_RECEIPT_LINES.NET_AMOUNT
-- indirect: DWH.DIM_STORE.STORE_ID, STG.POS_RECEIPT_LINES.STORE_ID, DWH.DIM_PRODUCT.SKU, STG.POS_RECEIPT_LINES.SKU
-- diagnostics: none
CREATE TABLE stg.tmp_receipts_today NOLOGGING AS
SELECT *
  FROM stg.pos_receipt_lines
 WHERE sold_at >= TRUNC(SYSDATE) - 1
   AND sold_at <  TRUNC(SYSDATE);

-- zero-quantity lines are voids
DELETE FROM stg.tmp_receipts_today t WHERE t.qty = 0;

INSERT /*+ APPEND */ INTO dwh.fact_receipt_lines
SELECT t.receipt_no,
       t.line_no,
       s.store_key,
       p.product_key,
       TO_NUMBER(TO_CHAR(t.sold_at, 'YYYYMMDD')),
       t.qty,
       t.qty * t.unit_price - NVL(t.discount, 0)
  FROM stg.tmp_receipts_today t
  JOIN dwh.dim_store s   ON s.store_id = t.store_id
  JOIN dwh.dim_product p ON p.sku = t.sku;
COMMIT;

DROP TABLE stg.tmp_receipts_today PURGE;
