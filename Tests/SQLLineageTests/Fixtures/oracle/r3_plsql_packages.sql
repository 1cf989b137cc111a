-- case: pkg_private_helpers_called_unqualified_in_insert_select
-- sources: REF.COUNTRIES, STG.CUSTOMERS
-- targets: DWH.DIM_CUSTOMER
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.DIM_CUSTOMER.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME, STG.CUSTOMERS.LAST_NAME -> DWH.DIM_CUSTOMER.FULL_NAME
-- columns: STG.CUSTOMERS.COUNTRY_ISO -> DWH.DIM_CUSTOMER.COUNTRY_NAME
-- columns: STG.CUSTOMERS.EMAIL -> DWH.DIM_CUSTOMER.EMAIL
-- indirect: REF.COUNTRIES.ISO2, STG.CUSTOMERS.BATCH_ID
CREATE OR REPLACE PACKAGE BODY dwh.pkg_customer_load AS

  -- private helper: not declared in the package specification
  FUNCTION clean_name (p_first IN VARCHAR2, p_last IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN INITCAP(TRIM(p_first)) || ' ' || UPPER(TRIM(p_last));
  END clean_name;

  FUNCTION country_name (p_iso IN VARCHAR2) RETURN VARCHAR2 IS
    v_name ref.countries.country_name%TYPE;
  BEGIN
    SELECT c.country_name
      INTO v_name
      FROM ref.countries c
     WHERE c.iso2 = p_iso;
    RETURN v_name;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RETURN 'UNKNOWN';
  END country_name;

  PROCEDURE load_customers (p_batch IN NUMBER) IS
  BEGIN
    INSERT INTO dwh.dim_customer (customer_id, full_name, country_name, email, batch_id)
    SELECT s.customer_id,
           clean_name(s.first_name, s.last_name),
           country_name(s.country_iso),
           LOWER(s.email),
           p_batch
      FROM stg.customers s
     WHERE s.batch_id = p_batch
       AND clean_name(s.first_name, s.last_name) IS NOT NULL;
  END load_customers;

END pkg_customer_load;
/

-- case: pkg_private_function_over_target_own_column_in_update_set
-- sources: GEO.POSTCODE_REGIONS
-- targets: CRM.ADDRESSES
-- indirect: GEO.POSTCODE_REGIONS.POSTCODE_FROM, GEO.POSTCODE_REGIONS.POSTCODE_TO
-- indirect: CRM.ADDRESSES.REGION_CODE, CRM.ADDRESSES.COUNTRY_CODE
CREATE OR REPLACE PACKAGE BODY geo.pkg_address_fix AS

  FUNCTION region_of (p_postcode IN VARCHAR2) RETURN VARCHAR2 IS
    v_region geo.postcode_regions.region_code%TYPE;
  BEGIN
    SELECT r.region_code
      INTO v_region
      FROM geo.postcode_regions r
     WHERE p_postcode BETWEEN r.postcode_from AND r.postcode_to;
    RETURN v_region;
  END region_of;

  PROCEDURE fix_regions IS
  BEGIN
    UPDATE crm.addresses a
       SET a.region_code = region_of(a.postcode),
           a.fixed_at    = SYSDATE
     WHERE a.region_code IS NULL
       AND a.country_code = 'NL';
    COMMIT;
  END fix_regions;

END pkg_address_fix;
/

-- case: pkg_update_with_helper_then_snapshot_of_updated_table
-- sources: FIN.AR_OPEN_ITEMS
-- targets: FIN.AR_OPEN_ITEMS, FIN.AR_AGING_SNAPSHOT
-- columns: FIN.AR_OPEN_ITEMS.AGING_BUCKET -> FIN.AR_AGING_SNAPSHOT.AGING_BUCKET
-- columns: FIN.AR_OPEN_ITEMS.OPEN_AMOUNT -> FIN.AR_AGING_SNAPSHOT.OPEN_AMOUNT
-- indirect: FIN.AR_OPEN_ITEMS.STATUS
CREATE OR REPLACE PACKAGE BODY fin.pkg_aging AS

  FUNCTION bucket_of (p_days IN NUMBER) RETURN VARCHAR2 DETERMINISTIC IS
  BEGIN
    RETURN CASE
             WHEN p_days <= 30 THEN '0-30'
             WHEN p_days <= 60 THEN '31-60'
             WHEN p_days <= 90 THEN '61-90'
             ELSE '90+'
           END;
  END bucket_of;

  PROCEDURE refresh_buckets (p_asof IN DATE) IS
  BEGIN
    UPDATE fin.ar_open_items i
       SET i.aging_bucket = bucket_of(p_asof - i.due_date),
           i.aging_days   = p_asof - i.due_date,
           i.refreshed_at = SYSDATE
     WHERE i.status = 'OPEN';
  END refresh_buckets;

  PROCEDURE snapshot_buckets (p_asof IN DATE) IS
  BEGIN
    INSERT INTO fin.ar_aging_snapshot (asof_day, aging_bucket, open_amount, item_count)
    SELECT p_asof, i.aging_bucket, SUM(i.open_amount), COUNT(*)
      FROM fin.ar_open_items i
     WHERE i.status = 'OPEN'
     GROUP BY i.aging_bucket;
  END snapshot_buckets;

END pkg_aging;
/

-- case: pkg_out_parameters_filled_by_sibling_call_carry_no_lineage
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: CRM.CUSTOMER_KPI
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CUSTOMER_KPI.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.SEGMENT -> CRM.CUSTOMER_KPI.SEGMENT
-- indirect: SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.STATUS, CRM.CUSTOMERS.IS_ACTIVE
CREATE OR REPLACE PACKAGE BODY crm.pkg_customer_kpi AS

  PROCEDURE get_order_stats (
    p_customer_id IN  NUMBER,
    p_orders      OUT NUMBER,
    p_revenue     OUT NUMBER,
    p_last_order  OUT DATE
  ) IS
  BEGIN
    SELECT COUNT(*), SUM(o.net_amount), MAX(o.order_day)
      INTO p_orders, p_revenue, p_last_order
      FROM sales.orders o
     WHERE o.customer_id = p_customer_id
       AND o.status <> 'CANCELLED';
  END get_order_stats;

  PROCEDURE refresh_kpis IS
    v_orders  NUMBER;
    v_revenue NUMBER;
    v_last    DATE;
  BEGIN
    FOR c IN (SELECT cu.customer_id, cu.segment
                FROM crm.customers cu
               WHERE cu.is_active = 'Y') LOOP
      get_order_stats(c.customer_id, v_orders, v_revenue, v_last);
      INSERT INTO crm.customer_kpi (customer_id, segment, order_count, revenue, last_order_day, computed_at)
      VALUES (c.customer_id, c.segment, v_orders, v_revenue, v_last, SYSDATE);
    END LOOP;
    COMMIT;
  END refresh_kpis;

END pkg_customer_kpi;
/

-- case: proc_nested_function_and_autonomous_logger_inside_procedure
-- sources: HR.TAX_RATES, HR.PAYROLL_LINES
-- targets: HR.PAYROLL_LOG, HR.PAYROLL_POSTINGS, HR.PAYROLL_PERIODS
-- columns: HR.PAYROLL_LINES.EMPLOYEE_ID -> HR.PAYROLL_POSTINGS.EMPLOYEE_ID
-- columns: HR.PAYROLL_LINES.GROSS_PAY -> HR.PAYROLL_POSTINGS.GROSS_PAY
-- columns: HR.PAYROLL_LINES.GROSS_PAY -> HR.PAYROLL_POSTINGS.TAX_AMOUNT, HR.PAYROLL_LINES.COUNTRY_CODE -> HR.PAYROLL_POSTINGS.TAX_AMOUNT
-- columns: HR.PAYROLL_LINES.GROSS_PAY -> HR.PAYROLL_POSTINGS.NET_PAY, HR.PAYROLL_LINES.COUNTRY_CODE -> HR.PAYROLL_POSTINGS.NET_PAY
-- indirect: HR.TAX_RATES.COUNTRY_CODE, HR.TAX_RATES.PERIOD_CODE, HR.PAYROLL_LINES.PERIOD_CODE, HR.PAYROLL_PERIODS.PERIOD_CODE
CREATE OR REPLACE PROCEDURE hr.post_payroll_period (p_period IN VARCHAR2) IS
  v_tax NUMBER;

  PROCEDURE log_step (p_step IN VARCHAR2, p_msg IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO hr.payroll_log (period_code, step_name, message, logged_at)
    VALUES (p_period, p_step, p_msg, SYSTIMESTAMP);
    COMMIT;
  END log_step;

  FUNCTION tax_rate (p_country IN VARCHAR2) RETURN NUMBER IS
    v_rate NUMBER;
  BEGIN
    SELECT t.rate
      INTO v_rate
      FROM hr.tax_rates t
     WHERE t.country_code = p_country
       AND t.period_code = p_period;
    RETURN v_rate;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      log_step('TAX', 'no rate for ' || p_country);
      RETURN 0;
  END tax_rate;

BEGIN
  log_step('START', NULL);
  FOR l IN (SELECT pl.employee_id, pl.gross_pay, pl.country_code
              FROM hr.payroll_lines pl
             WHERE pl.period_code = p_period) LOOP
    v_tax := ROUND(l.gross_pay * tax_rate(l.country_code), 2);
    INSERT INTO hr.payroll_postings (period_code, employee_id, gross_pay, tax_amount, net_pay)
    VALUES (p_period, l.employee_id, l.gross_pay, v_tax, l.gross_pay - v_tax);
  END LOOP;

  UPDATE hr.payroll_periods
     SET status = 'POSTED',
         posted_at = SYSDATE
   WHERE period_code = p_period;

  log_step('END', NULL);
  COMMIT;
END post_payroll_period;
/

-- case: pkg_merge_using_private_lookup_function_with_autonomous_logger
-- sources: DWH.DIM_CATEGORY, STG.PRODUCTS
-- targets: ETL.EVENT_LOG, DWH.DIM_PRODUCT
-- columns: STG.PRODUCTS.SKU -> DWH.DIM_PRODUCT.SKU
-- columns: STG.PRODUCTS.DESCRIPTION -> DWH.DIM_PRODUCT.DESCRIPTION
-- columns: STG.PRODUCTS.CATEGORY_CODE -> DWH.DIM_PRODUCT.CATEGORY_KEY
-- columns: STG.PRODUCTS.LIST_PRICE -> DWH.DIM_PRODUCT.LIST_PRICE
-- indirect: DWH.DIM_CATEGORY.CATEGORY_CODE, DWH.DIM_CATEGORY.IS_CURRENT, STG.PRODUCTS.CHANGED_AT, DWH.DIM_PRODUCT.SKU
CREATE OR REPLACE PACKAGE dwh.pkg_product_sync AS
  PROCEDURE run (p_since IN DATE);
END pkg_product_sync;
/
CREATE OR REPLACE PACKAGE BODY dwh.pkg_product_sync AS

  PROCEDURE log_event (p_step IN VARCHAR2, p_rows IN NUMBER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.event_log (pkg, step, row_count, logged_at)
    VALUES ('PKG_PRODUCT_SYNC', p_step, p_rows, SYSTIMESTAMP);
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      ROLLBACK;
  END log_event;

  FUNCTION category_key (p_code IN VARCHAR2) RETURN NUMBER IS
    v_key NUMBER;
  BEGIN
    SELECT d.category_key
      INTO v_key
      FROM dwh.dim_category d
     WHERE d.category_code = p_code
       AND d.is_current = 'Y';
    RETURN v_key;
  END category_key;

  PROCEDURE run (p_since IN DATE) IS
  BEGIN
    MERGE INTO dwh.dim_product t
    USING (SELECT p.sku,
                  p.description,
                  category_key(p.category_code) AS category_key,
                  p.list_price
             FROM stg.products p
            WHERE p.changed_at >= p_since) s
       ON (t.sku = s.sku)
     WHEN MATCHED THEN UPDATE
          SET t.description  = s.description,
              t.category_key = s.category_key,
              t.list_price   = s.list_price
     WHEN NOT MATCHED THEN INSERT (sku, description, category_key, list_price)
          VALUES (s.sku, s.description, s.category_key, s.list_price);
    log_event('MERGE', SQL%ROWCOUNT);
    COMMIT;
  EXCEPTION
    WHEN OTHERS THEN
      log_event('FAILED ' || SQLERRM, 0);
      RAISE;
  END run;

END pkg_product_sync;
/

-- case: pkg_ref_cursor_returned_through_out_parameter_carries_no_lineage
-- sources: SALES.ORDERS, SALES.ORDER_LINES
-- targets: RPT.ORDER_EXPORT
-- indirect: SALES.ORDER_LINES.ORDER_ID, SALES.ORDERS.ORDER_ID, SALES.ORDERS.CUSTOMER_ID
CREATE OR REPLACE PACKAGE BODY rpt.pkg_order_api AS

  PROCEDURE open_orders (p_customer IN NUMBER, p_rc OUT SYS_REFCURSOR) IS
  BEGIN
    OPEN p_rc FOR
      SELECT o.order_id, o.order_day, l.sku, l.qty
        FROM sales.orders o
        JOIN sales.order_lines l ON l.order_id = o.order_id
       WHERE o.customer_id = p_customer
       ORDER BY o.order_day DESC;
  END open_orders;

  PROCEDURE export_orders (p_customer IN NUMBER) IS
    rc    SYS_REFCURSOR;
    v_id  NUMBER;
    v_day DATE;
    v_sku VARCHAR2(30);
    v_qty NUMBER;
  BEGIN
    open_orders(p_customer, rc);
    LOOP
      FETCH rc INTO v_id, v_day, v_sku, v_qty;
      EXIT WHEN rc%NOTFOUND;
      INSERT INTO rpt.order_export (customer_id, order_id, order_day, sku, qty)
      VALUES (p_customer, v_id, v_day, v_sku, v_qty);
    END LOOP;
    CLOSE rc;
  END export_orders;

END pkg_order_api;
/

-- case: pkg_private_writer_procedure_with_record_parameter_writes_no_pairs
-- sources: OPS.JOB_RUNS
-- targets: OPS.INCIDENTS
-- indirect: OPS.JOB_RUNS.STATUS, OPS.JOB_RUNS.ENDED_AT
CREATE OR REPLACE PACKAGE BODY ops.pkg_incidents AS

  TYPE t_incident IS RECORD (
    source_id NUMBER,
    severity  VARCHAR2(10),
    summary   VARCHAR2(400)
  );

  PROCEDURE write_incident (p_inc IN t_incident) IS
  BEGIN
    INSERT INTO ops.incidents (incident_id, source_id, severity, summary, opened_at)
    VALUES (ops.seq_incidents.NEXTVAL, p_inc.source_id, p_inc.severity, p_inc.summary, SYSTIMESTAMP);
  END write_incident;

  PROCEDURE scan_failed_jobs IS
    l_inc t_incident;
  BEGIN
    FOR j IN (SELECT r.job_id, r.job_name, r.error_text
                FROM ops.job_runs r
               WHERE r.status = 'FAILED'
                 AND r.ended_at > SYSDATE - 1/24) LOOP
      l_inc.source_id := j.job_id;
      l_inc.severity  := 'HIGH';
      l_inc.summary   := j.job_name || ': ' || SUBSTR(j.error_text, 1, 300);
      write_incident(l_inc);
    END LOOP;
    COMMIT;
  END scan_failed_jobs;

END pkg_incidents;
/

-- case: pkg_autonomous_function_result_is_not_a_column_source
-- sources: STG.SHIPMENTS
-- targets: ETL.JOB_RUNS, DWH.FACT_SHIPMENTS
-- columns: STG.SHIPMENTS.SHIPMENT_ID -> DWH.FACT_SHIPMENTS.SHIPMENT_ID
-- columns: STG.SHIPMENTS.CARRIER_CODE -> DWH.FACT_SHIPMENTS.CARRIER_CODE
-- columns: STG.SHIPMENTS.SHIPPED_AT -> DWH.FACT_SHIPMENTS.SHIPPED_DAY
-- columns: STG.SHIPMENTS.WEIGHT_G -> DWH.FACT_SHIPMENTS.WEIGHT_KG
-- indirect: ETL.JOB_RUNS.RUN_ID
CREATE OR REPLACE PACKAGE BODY etl.pkg_runs AS

  FUNCTION start_run (p_job IN VARCHAR2) RETURN NUMBER IS
    PRAGMA AUTONOMOUS_TRANSACTION;
    v_id NUMBER;
  BEGIN
    v_id := etl.seq_runs.NEXTVAL;
    INSERT INTO etl.job_runs (run_id, job_name, started_at, status)
    VALUES (v_id, p_job, SYSTIMESTAMP, 'RUNNING');
    COMMIT;
    RETURN v_id;
  END start_run;

  PROCEDURE end_run (p_run_id IN NUMBER, p_rows IN NUMBER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    UPDATE etl.job_runs
       SET ended_at  = SYSTIMESTAMP,
           status    = 'DONE',
           row_count = p_rows
     WHERE run_id = p_run_id;
    COMMIT;
  END end_run;

  PROCEDURE load_shipments IS
    v_run NUMBER;
  BEGIN
    v_run := start_run('LOAD_SHIPMENTS');
    INSERT INTO dwh.fact_shipments (run_id, shipment_id, carrier_code, shipped_day, weight_kg)
    SELECT v_run, s.shipment_id, s.carrier_code, TRUNC(s.shipped_at), s.weight_g / 1000
      FROM stg.shipments s;
    end_run(v_run, SQL%ROWCOUNT);
    COMMIT;
  END load_shipments;

END pkg_runs;
/

-- case: pkg_body_cursor_with_parameters_opened_in_two_loops
-- sources: BILL.INVOICE_LINES
-- targets: BILL.GOODS_LINES, BILL.SERVICE_LINES
-- columns: BILL.INVOICE_LINES.LINE_NO -> BILL.GOODS_LINES.LINE_NO
-- columns: BILL.INVOICE_LINES.ITEM_CODE -> BILL.GOODS_LINES.ITEM_CODE
-- columns: BILL.INVOICE_LINES.QTY -> BILL.GOODS_LINES.NET_AMOUNT, BILL.INVOICE_LINES.UNIT_PRICE -> BILL.GOODS_LINES.NET_AMOUNT
-- columns: BILL.INVOICE_LINES.LINE_NO -> BILL.SERVICE_LINES.LINE_NO
-- columns: BILL.INVOICE_LINES.ITEM_CODE -> BILL.SERVICE_LINES.SERVICE_CODE
-- columns: BILL.INVOICE_LINES.QTY -> BILL.SERVICE_LINES.NET_AMOUNT, BILL.INVOICE_LINES.UNIT_PRICE -> BILL.SERVICE_LINES.NET_AMOUNT
-- columns: BILL.INVOICE_LINES.TAX_CODE -> BILL.SERVICE_LINES.TAX_CODE
-- indirect: BILL.INVOICE_LINES.INVOICE_ID, BILL.INVOICE_LINES.LINE_KIND
CREATE OR REPLACE PACKAGE BODY bill.pkg_invoice_lines AS

  CURSOR c_lines (cp_invoice NUMBER, cp_kind VARCHAR2) IS
    SELECT l.line_no, l.item_code, l.qty, l.unit_price, l.tax_code
      FROM bill.invoice_lines l
     WHERE l.invoice_id = cp_invoice
       AND l.line_kind = cp_kind
     ORDER BY l.line_no;

  PROCEDURE split_invoice (p_invoice IN NUMBER) IS
  BEGIN
    FOR g IN c_lines(p_invoice, 'GOODS') LOOP
      INSERT INTO bill.goods_lines (invoice_id, line_no, item_code, net_amount)
      VALUES (p_invoice, g.line_no, g.item_code, g.qty * g.unit_price);
    END LOOP;

    FOR s IN c_lines(cp_kind => 'SERVICE', cp_invoice => p_invoice) LOOP
      INSERT INTO bill.service_lines (invoice_id, line_no, service_code, net_amount, tax_code)
      VALUES (p_invoice, s.line_no, s.item_code, s.qty * s.unit_price, s.tax_code);
    END LOOP;
  END split_invoice;

END pkg_invoice_lines;
/

-- case: pkg_overloaded_private_formatters_in_insert_select
-- sources: FIN.INVOICES
-- targets: EXP.CSV_LINES
-- columns: FIN.INVOICES.INVOICE_NO -> EXP.CSV_LINES.LINE_TEXT, FIN.INVOICES.INVOICE_DAY -> EXP.CSV_LINES.LINE_TEXT
-- columns: FIN.INVOICES.CUSTOMER_NAME -> EXP.CSV_LINES.LINE_TEXT, FIN.INVOICES.AMOUNT -> EXP.CSV_LINES.LINE_TEXT
-- indirect:
CREATE OR REPLACE PACKAGE BODY exp.pkg_csv_export AS

  FUNCTION fmt (p_value IN NUMBER) RETURN VARCHAR2 IS
  BEGIN
    RETURN TO_CHAR(p_value, 'FM999999990.00');
  END fmt;

  FUNCTION fmt (p_value IN DATE) RETURN VARCHAR2 IS
  BEGIN
    RETURN TO_CHAR(p_value, 'YYYY-MM-DD');
  END fmt;

  FUNCTION fmt (p_value IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN '"' || REPLACE(p_value, '"', '""') || '"';
  END fmt;

  PROCEDURE export_invoices (p_month IN DATE) IS
  BEGIN
    INSERT INTO exp.csv_lines (file_name, line_no, line_text)
    SELECT 'invoices_' || TO_CHAR(p_month, 'YYYYMM') || '.csv',
           ROWNUM,
           fmt(i.invoice_no) || ';' || fmt(i.invoice_day) || ';' || fmt(i.customer_name) || ';' || fmt(i.amount)
      FROM fin.invoices i
     WHERE i.invoice_day >= p_month
       AND i.invoice_day < ADD_MONTHS(p_month, 1);
  END export_invoices;

END pkg_csv_export;
/

-- case: standalone_function_reading_calendar_used_in_view_case
-- sources: REF.CALENDAR, SUPPORT.TICKETS, SUPPORT.SLA_TARGETS
-- targets: RPT.V_TICKET_SLA
-- columns: SUPPORT.TICKETS.TICKET_ID -> RPT.V_TICKET_SLA.TICKET_ID
-- columns: SUPPORT.TICKETS.PRIORITY -> RPT.V_TICKET_SLA.PRIORITY
-- columns: SUPPORT.TICKETS.OPENED_AT -> RPT.V_TICKET_SLA.WORKING_DAYS_OPEN, SUPPORT.TICKETS.CLOSED_AT -> RPT.V_TICKET_SLA.WORKING_DAYS_OPEN
-- columns: SUPPORT.TICKETS.OPENED_AT -> RPT.V_TICKET_SLA.SLA_STATUS, SUPPORT.TICKETS.CLOSED_AT -> RPT.V_TICKET_SLA.SLA_STATUS
-- columns: SUPPORT.SLA_TARGETS.MAX_DAYS -> RPT.V_TICKET_SLA.SLA_STATUS
-- indirect: REF.CALENDAR.CAL_DAY, REF.CALENDAR.IS_WORKING_DAY, SUPPORT.SLA_TARGETS.PRIORITY
CREATE OR REPLACE FUNCTION util.working_days_between (p_from IN DATE, p_to IN DATE) RETURN NUMBER IS
  v_days NUMBER;
BEGIN
  SELECT COUNT(*)
    INTO v_days
    FROM ref.calendar c
   WHERE c.cal_day BETWEEN p_from AND p_to
     AND c.is_working_day = 'Y';
  RETURN v_days;
END working_days_between;
/
CREATE OR REPLACE VIEW rpt.v_ticket_sla AS
SELECT t.ticket_id,
       t.priority,
       util.working_days_between(t.opened_at, NVL(t.closed_at, SYSDATE)) AS working_days_open,
       CASE
         WHEN util.working_days_between(t.opened_at, NVL(t.closed_at, SYSDATE)) > s.max_days THEN 'BREACHED'
         ELSE 'OK'
       END AS sla_status
  FROM support.tickets t
  JOIN support.sla_targets s ON s.priority = t.priority;

-- case: pkg_insert_first_routes_on_private_validation_function
-- sources: STG.PAYMENTS_RAW
-- targets: STG.PAYMENTS_OK, STG.PAYMENTS_REJECTED
-- columns: STG.PAYMENTS_RAW.PAYMENT_ID -> STG.PAYMENTS_OK.PAYMENT_ID
-- columns: STG.PAYMENTS_RAW.IBAN_RAW -> STG.PAYMENTS_OK.IBAN
-- columns: STG.PAYMENTS_RAW.AMOUNT -> STG.PAYMENTS_OK.AMOUNT
-- columns: STG.PAYMENTS_RAW.PAYMENT_ID -> STG.PAYMENTS_REJECTED.PAYMENT_ID
-- columns: STG.PAYMENTS_RAW.IBAN_RAW -> STG.PAYMENTS_REJECTED.IBAN
-- indirect: STG.PAYMENTS_RAW.BATCH_ID
CREATE OR REPLACE PACKAGE BODY stg.pkg_validate AS

  FUNCTION is_valid_iban (p_iban IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN CASE WHEN REGEXP_LIKE(p_iban, '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$') THEN 'Y' ELSE 'N' END;
  END is_valid_iban;

  PROCEDURE route_payments (p_batch IN NUMBER) IS
  BEGIN
    INSERT FIRST
      WHEN valid_flag = 'Y' THEN
        INTO stg.payments_ok (payment_id, iban, amount, batch_id)
        VALUES (payment_id, iban, amount, p_batch)
      ELSE
        INTO stg.payments_rejected (payment_id, iban, reason, batch_id)
        VALUES (payment_id, iban, 'INVALID_IBAN', p_batch)
    SELECT r.payment_id,
           UPPER(REPLACE(r.iban_raw, ' ')) AS iban,
           r.amount,
           is_valid_iban(UPPER(REPLACE(r.iban_raw, ' '))) AS valid_flag
      FROM stg.payments_raw r
     WHERE r.batch_id = p_batch;
  END route_payments;

END pkg_validate;
/

-- case: pkg_function_with_default_parameter_used_in_ctas_over_dblink
-- sources: FIN.FX_DAILY, PURCH.PURCHASE_ORDERS@ERP_PROD
-- targets: RPT.OPEN_PO_EUR
-- columns: PURCH.PURCHASE_ORDERS@ERP_PROD.PO_NUMBER -> RPT.OPEN_PO_EUR.PO_NUMBER
-- columns: PURCH.PURCHASE_ORDERS@ERP_PROD.VENDOR_ID -> RPT.OPEN_PO_EUR.VENDOR_ID
-- columns: PURCH.PURCHASE_ORDERS@ERP_PROD.OPEN_AMOUNT -> RPT.OPEN_PO_EUR.OPEN_AMOUNT_EUR
-- columns: PURCH.PURCHASE_ORDERS@ERP_PROD.CURRENCY -> RPT.OPEN_PO_EUR.OPEN_AMOUNT_EUR
-- indirect: FIN.FX_DAILY.CCY, FIN.FX_DAILY.RATE_DAY, PURCH.PURCHASE_ORDERS@ERP_PROD.STATUS
CREATE OR REPLACE PACKAGE BODY fin.pkg_fx AS

  FUNCTION to_eur (p_amount IN NUMBER, p_ccy IN VARCHAR2, p_day IN DATE DEFAULT TRUNC(SYSDATE)) RETURN NUMBER IS
    v_rate NUMBER;
  BEGIN
    IF p_ccy = 'EUR' THEN
      RETURN p_amount;
    END IF;
    SELECT r.rate_to_eur
      INTO v_rate
      FROM fin.fx_daily r
     WHERE r.ccy = p_ccy
       AND r.rate_day = p_day;
    RETURN p_amount * v_rate;
  END to_eur;

END pkg_fx;
/
CREATE TABLE rpt.open_po_eur NOLOGGING AS
SELECT /*+ DRIVING_SITE(p) */
       p.po_number,
       p.vendor_id,
       fin.pkg_fx.to_eur(p.open_amount, p.currency) AS open_amount_eur
  FROM purch.purchase_orders@erp_prod p
 WHERE p.status = 'OPEN';

-- case: pkg_nested_procedure_with_insert_select_called_twice
-- sources: WEB.EVENTS
-- targets: MART.KPI_DAILY
-- columns: WEB.EVENTS.STORE_ID -> MART.KPI_DAILY.STORE_ID
-- columns: WEB.EVENTS.VISITOR_ID -> MART.KPI_DAILY.METRIC_VALUE
-- indirect: WEB.EVENTS.EVENT_TYPE, WEB.EVENTS.EVENT_TS, MART.KPI_DAILY.KPI_DAY
-- effects: delete MART.KPI_DAILY
CREATE OR REPLACE PACKAGE BODY mart.pkg_kpi_daily AS

  PROCEDURE build (p_day IN DATE) IS

    PROCEDURE load_metric (p_metric IN VARCHAR2, p_event IN VARCHAR2) IS
    BEGIN
      INSERT INTO mart.kpi_daily (kpi_day, metric_code, store_id, metric_value)
      SELECT p_day, p_metric, e.store_id, COUNT(DISTINCT e.visitor_id)
        FROM web.events e
       WHERE e.event_type = p_event
         AND e.event_ts >= p_day
         AND e.event_ts < p_day + 1
       GROUP BY e.store_id;
    END load_metric;

  BEGIN
    DELETE FROM mart.kpi_daily WHERE kpi_day = p_day;
    load_metric('VISITORS', 'PAGE_VIEW');
    load_metric('BUYERS', 'PURCHASE');
    COMMIT;
  END build;

END pkg_kpi_daily;
/

-- case: pkg_function_concatenating_cursor_rows_used_in_merge_using
-- sources: CRM.CUSTOMER_TAGS, CRM.CUSTOMERS
-- targets: MKT.CUSTOMER_PROFILE
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.CUSTOMER_PROFILE.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MKT.CUSTOMER_PROFILE.EMAIL
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.CUSTOMER_PROFILE.TAGS
-- indirect: CRM.CUSTOMER_TAGS.CUSTOMER_ID, CRM.CUSTOMERS.DELETED_FLAG, MKT.CUSTOMER_PROFILE.CUSTOMER_ID
CREATE OR REPLACE PACKAGE BODY crm.pkg_tags AS

  FUNCTION tag_list (p_customer_id IN NUMBER) RETURN VARCHAR2 IS
    v_list VARCHAR2(4000);
  BEGIN
    FOR t IN (SELECT g.tag_code
                FROM crm.customer_tags g
               WHERE g.customer_id = p_customer_id
               ORDER BY g.tag_code) LOOP
      v_list := v_list || CASE WHEN v_list IS NOT NULL THEN ',' END || t.tag_code;
    END LOOP;
    RETURN v_list;
  END tag_list;

  PROCEDURE refresh_profile IS
  BEGIN
    MERGE INTO mkt.customer_profile p
    USING (SELECT c.customer_id, c.email, crm.pkg_tags.tag_list(c.customer_id) AS tags
             FROM crm.customers c
            WHERE c.deleted_flag = 'N') s
       ON (p.customer_id = s.customer_id)
     WHEN MATCHED THEN UPDATE SET p.email = s.email, p.tags = s.tags
     WHEN NOT MATCHED THEN INSERT (customer_id, email, tags) VALUES (s.customer_id, s.email, s.tags);
  END refresh_profile;

END pkg_tags;
/

-- case: proc_autonomous_logger_called_from_handler_beside_direct_reject_insert
-- sources: ETL.LOG_CONFIG, STG.CONTRACTS
-- targets: ETL.LOG_MESSAGES, DWH.CONTRACTS, ETL.REJECTED_CONTRACTS
-- columns: STG.CONTRACTS.CONTRACT_ID -> DWH.CONTRACTS.CONTRACT_ID
-- columns: STG.CONTRACTS.CUSTOMER_NO -> DWH.CONTRACTS.CUSTOMER_NO
-- columns: STG.CONTRACTS.START_DATE -> DWH.CONTRACTS.START_DATE
-- columns: STG.CONTRACTS.MONTHLY_FEE -> DWH.CONTRACTS.ANNUAL_FEE
-- columns: STG.CONTRACTS.CONTRACT_ID -> ETL.REJECTED_CONTRACTS.CONTRACT_ID
-- columns: STG.CONTRACTS.CUSTOMER_NO -> ETL.REJECTED_CONTRACTS.CUSTOMER_NO
-- indirect: ETL.LOG_CONFIG.MODULE
CREATE OR REPLACE PROCEDURE etl.log_message (p_level IN VARCHAR2, p_text IN VARCHAR2) IS
  PRAGMA AUTONOMOUS_TRANSACTION;
  v_min_level etl.log_config.min_level%TYPE;
BEGIN
  SELECT NVL(MAX(c.min_level), 'INFO')
    INTO v_min_level
    FROM etl.log_config c
   WHERE c.module = 'LOADER';
  IF p_level = 'ERROR' OR v_min_level = 'DEBUG' THEN
    INSERT INTO etl.log_messages (log_level, log_text, logged_at)
    VALUES (p_level, p_text, SYSTIMESTAMP);
  END IF;
  COMMIT;
END log_message;
/
CREATE OR REPLACE PROCEDURE etl.load_contracts IS
BEGIN
  FOR c IN (SELECT k.contract_id, k.customer_no, k.start_date, k.monthly_fee FROM stg.contracts k) LOOP
    BEGIN
      INSERT INTO dwh.contracts (contract_id, customer_no, start_date, annual_fee)
      VALUES (c.contract_id, c.customer_no, c.start_date, c.monthly_fee * 12);
    EXCEPTION
      WHEN OTHERS THEN
        etl.log_message('ERROR', 'contract ' || c.contract_id || ': ' || SQLERRM);
        INSERT INTO etl.rejected_contracts (contract_id, customer_no, error_code, rejected_at)
        VALUES (c.contract_id, c.customer_no, SQLCODE, SYSTIMESTAMP);
    END;
  END LOOP;
  COMMIT;
END load_contracts;
/

-- case: pkg_archive_then_batched_delete_with_dbms_calls
-- sources: DWH.FACT_SALES
-- targets: ARCH.FACT_SALES_ARCH
-- columns: DWH.FACT_SALES.SALE_ID -> ARCH.FACT_SALES_ARCH.SALE_ID
-- columns: DWH.FACT_SALES.SALE_DAY -> ARCH.FACT_SALES_ARCH.SALE_DAY
-- columns: DWH.FACT_SALES.STORE_ID -> ARCH.FACT_SALES_ARCH.STORE_ID
-- columns: DWH.FACT_SALES.AMOUNT -> ARCH.FACT_SALES_ARCH.AMOUNT
-- effects: delete DWH.FACT_SALES
-- indirect:
CREATE OR REPLACE PACKAGE BODY dwh.pkg_housekeeping AS

  PROCEDURE purge_and_archive (p_keep_months IN PLS_INTEGER DEFAULT 24) IS
    v_cutoff DATE := ADD_MONTHS(TRUNC(SYSDATE, 'MM'), -p_keep_months);
    v_rows   PLS_INTEGER;
  BEGIN
    DBMS_APPLICATION_INFO.SET_MODULE('PKG_HOUSEKEEPING', 'ARCHIVE');

    INSERT /*+ APPEND */ INTO arch.fact_sales_arch (sale_id, sale_day, store_id, amount, archived_at)
    SELECT /*+ FULL(f) PARALLEL(f 4) */ f.sale_id, f.sale_day, f.store_id, f.amount, SYSDATE
      FROM dwh.fact_sales f
     WHERE f.sale_day < v_cutoff;
    COMMIT;

    LOOP
      DELETE FROM dwh.fact_sales
       WHERE sale_day < v_cutoff
         AND ROWNUM <= 50000;
      v_rows := SQL%ROWCOUNT;
      COMMIT;
      EXIT WHEN v_rows = 0;
    END LOOP;

    DBMS_STATS.GATHER_TABLE_STATS(ownname => 'DWH', tabname => 'FACT_SALES', cascade => TRUE);
    DBMS_APPLICATION_INFO.SET_MODULE(NULL, NULL);
  END purge_and_archive;

END pkg_housekeeping;
/
