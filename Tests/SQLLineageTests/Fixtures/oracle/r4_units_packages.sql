-- case: pkg_procedures_call_each_other_to_create_fill_publish_and_drop_scratch_table
-- diagnostics: none
-- sources: SALES.ORDERS
-- targets: MART.CUST_REV
-- intermediate: ETL.TMP_CUST_REV
-- columns: SALES.ORDERS.CUSTOMER_ID -> MART.CUST_REV.CUSTOMER_ID
-- columns: SALES.ORDERS.AMOUNT -> MART.CUST_REV.REVENUE
-- effects: delete MART.CUST_REV
  CREATE OR REPLACE EDITIONABLE PACKAGE "ETL"."PKG_CUST_REV" AUTHID DEFINER AS
  PROCEDURE run (p_from IN DATE);
END "PKG_CUST_REV";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "ETL"."PKG_CUST_REV" AS

  PROCEDURE create_scratch IS
  BEGIN
    EXECUTE IMMEDIATE 'CREATE TABLE etl.tmp_cust_rev (customer_id NUMBER, revenue NUMBER)';
  END create_scratch;

  PROCEDURE fill_scratch (p_from IN DATE) IS
  BEGIN
    EXECUTE IMMEDIATE 'INSERT INTO etl.tmp_cust_rev (customer_id, revenue) '
                   || 'SELECT o.customer_id, SUM(o.amount) FROM sales.orders o '
                   || 'WHERE o.order_day >= :d GROUP BY o.customer_id'
      USING p_from;
  END fill_scratch;

  PROCEDURE publish IS
  BEGIN
    EXECUTE IMMEDIATE 'DELETE FROM mart.cust_rev';
    EXECUTE IMMEDIATE 'INSERT INTO mart.cust_rev (customer_id, revenue) '
                   || 'SELECT t.customer_id, t.revenue FROM etl.tmp_cust_rev t';
  END publish;

  PROCEDURE drop_scratch IS
  BEGIN
    EXECUTE IMMEDIATE 'DROP TABLE etl.tmp_cust_rev PURGE';
  END drop_scratch;

  PROCEDURE run (p_from IN DATE) IS
  BEGIN
    create_scratch;
    fill_scratch(p_from);
    publish;
    COMMIT;
    drop_scratch;
  END run;

END "PKG_CUST_REV";
/

-- case: pkg_loader_procedures_share_autonomous_error_logger_called_from_handlers
-- diagnostics: none
-- sources: STG.CUSTOMERS, STG.PRODUCTS
-- targets: ETL.ERROR_LOG, DW.CUSTOMERS, DW.PRODUCTS
-- columns: STG.CUSTOMERS.CUST_NO -> DW.CUSTOMERS.CUST_NO
-- columns: STG.CUSTOMERS.CUST_NAME -> DW.CUSTOMERS.CUST_NAME
-- columns: STG.CUSTOMERS.COUNTRY -> DW.CUSTOMERS.COUNTRY_CODE
-- columns: STG.PRODUCTS.PRODUCT_CODE -> DW.PRODUCTS.PRODUCT_CODE
-- columns: STG.PRODUCTS.DESCRIPTION -> DW.PRODUCTS.PRODUCT_NAME
-- indirect: DW.CUSTOMERS.CUST_NO, STG.PRODUCTS.IS_ACTIVE
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "ETL"."PKG_LOADER" AS

  PROCEDURE log_error (p_proc IN VARCHAR2, p_key IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
    l_code NUMBER         := SQLCODE;
    l_msg  VARCHAR2(4000) := SUBSTR(SQLERRM, 1, 4000);
  BEGIN
    INSERT INTO etl.error_log (proc_name, row_key, err_code, err_msg, logged_at)
    VALUES (p_proc, p_key, l_code, l_msg, SYSTIMESTAMP);
    COMMIT;
  END log_error;

  PROCEDURE load_customers IS
  BEGIN
    FOR r IN (SELECT s.cust_no, s.cust_name, s.country FROM stg.customers s) LOOP
      BEGIN
        INSERT INTO dw.customers (cust_no, cust_name, country_code)
        VALUES (r.cust_no, r.cust_name, r.country);
      EXCEPTION
        WHEN DUP_VAL_ON_INDEX THEN
          UPDATE dw.customers
             SET cust_name = r.cust_name,
                 country_code = r.country
           WHERE cust_no = r.cust_no;
        WHEN OTHERS THEN
          log_error('LOAD_CUSTOMERS', r.cust_no);
      END;
    END LOOP;
  END load_customers;

  PROCEDURE load_products IS
  BEGIN
    INSERT INTO dw.products (product_code, product_name, loaded_at)
    SELECT p.product_code, TRIM(p.description), SYSDATE
      FROM stg.products p
     WHERE p.is_active = 1;
  EXCEPTION
    WHEN OTHERS THEN
      log_error('LOAD_PRODUCTS', NULL);
      RAISE;
  END load_products;

  PROCEDURE run_all IS
  BEGIN
    load_customers;
    load_products;
    COMMIT;
  END run_all;

END "PKG_LOADER";
/
SHOW ERRORS

-- case: pkg_unconditional_insert_all_turns_columns_into_kpi_rows
-- diagnostics: none
-- sources: FIN.GL_POSTINGS
-- targets: FIN.KPI_VALUES, ETL.RUN_LOG
-- columns: FIN.GL_POSTINGS.POSTING_DATE -> FIN.KPI_VALUES.KPI_DAY
-- columns: FIN.GL_POSTINGS.AMOUNT -> FIN.KPI_VALUES.KPI_VALUE, FIN.GL_POSTINGS.ACCOUNT_TYPE -> FIN.KPI_VALUES.KPI_VALUE
-- indirect:
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "FIN"."PKG_KPI_DAILY" AS

  PROCEDURE log_run (p_step IN VARCHAR2, p_rows IN NUMBER) IS
  BEGIN
    INSERT INTO etl.run_log (step_name, row_count, logged_at) VALUES (p_step, p_rows, SYSDATE);
  END log_run;

  PROCEDURE load_kpis (p_from IN DATE) IS
  BEGIN
    INSERT ALL
      INTO fin.kpi_values (kpi_day, kpi_code, kpi_value) VALUES (d, 'REVENUE', rev)
      INTO fin.kpi_values (kpi_day, kpi_code, kpi_value) VALUES (d, 'COST', cost)
      INTO fin.kpi_values (kpi_day, kpi_code, kpi_value) VALUES (d, 'MARGIN', rev - cost)
    SELECT TRUNC(g.posting_date) AS d,
           SUM(CASE WHEN g.account_type = 'R' THEN g.amount END) AS rev,
           SUM(CASE WHEN g.account_type = 'C' THEN g.amount END) AS cost
      FROM fin.gl_postings g
     WHERE g.posting_date >= p_from
     GROUP BY TRUNC(g.posting_date);
    log_run('LOAD_KPIS', SQL%ROWCOUNT);
  END load_kpis;

  PROCEDURE run IS
  BEGIN
    load_kpis(TRUNC(SYSDATE) - 1);
    COMMIT;
  END run;

END "PKG_KPI_DAILY";
/

-- case: pkg_merge_using_left_join_back_to_target_called_in_while_loop
-- diagnostics: none
-- sources: STG.STOCK_SNAPSHOT, DW.FACT_STOCK
-- targets: DW.FACT_STOCK
-- columns: STG.STOCK_SNAPSHOT.SKU -> DW.FACT_STOCK.SKU
-- columns: STG.STOCK_SNAPSHOT.WH_ID -> DW.FACT_STOCK.WH_ID
-- columns: STG.STOCK_SNAPSHOT.QTY -> DW.FACT_STOCK.QTY
-- columns: STG.STOCK_SNAPSHOT.QTY -> DW.FACT_STOCK.DELTA, DW.FACT_STOCK.QTY -> DW.FACT_STOCK.DELTA
-- indirect: DW.FACT_STOCK.SKU, DW.FACT_STOCK.WH_ID, DW.FACT_STOCK.SNAP_DAY
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "DW"."PKG_STOCK" AS

  PROCEDURE merge_day (p_day IN DATE) IS
  BEGIN
    MERGE INTO dw.fact_stock f
    USING (SELECT s.sku, s.wh_id, s.qty, f2.qty AS prev_qty
             FROM stg.stock_snapshot s
             LEFT JOIN dw.fact_stock f2
               ON f2.sku = s.sku
              AND f2.wh_id = s.wh_id
              AND f2.snap_day = p_day - 1) x
       ON (f.sku = x.sku AND f.wh_id = x.wh_id AND f.snap_day = p_day)
     WHEN MATCHED THEN UPDATE
      SET f.qty   = x.qty,
          f.delta = x.qty - NVL(x.prev_qty, 0)
     WHEN NOT MATCHED THEN INSERT (sku, wh_id, snap_day, qty, delta)
      VALUES (x.sku, x.wh_id, p_day, x.qty, x.qty - NVL(x.prev_qty, 0));
  END merge_day;

  PROCEDURE backfill (p_from IN DATE, p_to IN DATE) IS
    l_day DATE := p_from;
  BEGIN
    WHILE l_day <= p_to LOOP
      merge_day(l_day);
      l_day := l_day + 1;
    END LOOP;
    COMMIT;
  END backfill;

END "PKG_STOCK";
/

-- case: pkg_record_elements_copied_into_collection_then_forall_insert_values_element
-- diagnostics: none
-- schema: DW.FACT_LINES(ORDER_ID, SKU, QTY, NET_AMOUNT)
-- sources: SALES.ORDER_LINES, REF.PRICES
-- targets: DW.FACT_LINES
-- columns: SALES.ORDER_LINES.ORDER_ID -> DW.FACT_LINES.ORDER_ID
-- columns: SALES.ORDER_LINES.SKU -> DW.FACT_LINES.SKU
-- columns: SALES.ORDER_LINES.QTY -> DW.FACT_LINES.QTY
-- columns: SALES.ORDER_LINES.QTY -> DW.FACT_LINES.NET_AMOUNT, REF.PRICES.UNIT_PRICE -> DW.FACT_LINES.NET_AMOUNT
-- indirect: REF.PRICES.SKU, SALES.ORDER_LINES.BATCH_ID
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "DW"."PKG_LINES" AS

  TYPE t_line IS RECORD (order_id NUMBER, sku VARCHAR2(30), qty NUMBER, net NUMBER);
  TYPE t_lines IS TABLE OF t_line INDEX BY PLS_INTEGER;

  PROCEDURE load_batch (p_batch IN NUMBER) IS
    l_line  t_line;
    l_lines t_lines;
  BEGIN
    FOR r IN (SELECT l.order_id, l.sku, l.qty, l.qty * p.unit_price AS net
                FROM sales.order_lines l
                JOIN ref.prices p ON p.sku = l.sku
               WHERE l.batch_id = p_batch) LOOP
      l_line.order_id := r.order_id;
      l_line.sku      := r.sku;
      l_line.qty      := r.qty;
      l_line.net      := r.net;
      l_lines(l_lines.COUNT + 1) := l_line;
    END LOOP;

    FORALL i IN INDICES OF l_lines
      INSERT INTO dw.fact_lines VALUES l_lines(i);
    COMMIT;
  END load_batch;

END "PKG_LINES";
/

-- case: pkg_ref_cursor_opened_for_literal_query_fetched_into_scalars
-- diagnostics: none
-- sources: CRM.CUSTOMERS
-- targets: MKT.AUDIENCE
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.AUDIENCE.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MKT.AUDIENCE.EMAIL
-- indirect: CRM.CUSTOMERS.OPT_IN
-- effects: truncate MKT.AUDIENCE
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "MKT"."PKG_AUDIENCE" AS

  PROCEDURE fill IS
    l_cur   SYS_REFCURSOR;
    l_id    NUMBER;
    l_email VARCHAR2(320);
  BEGIN
    OPEN l_cur FOR 'SELECT c.customer_id, c.email FROM crm.customers c WHERE c.opt_in = ''Y''';
    LOOP
      FETCH l_cur INTO l_id, l_email;
      EXIT WHEN l_cur%NOTFOUND;
      INSERT INTO mkt.audience (customer_id, email, added_at) VALUES (l_id, l_email, SYSDATE);
    END LOOP;
    CLOSE l_cur;
  END fill;

  PROCEDURE refresh IS
  BEGIN
    EXECUTE IMMEDIATE 'TRUNCATE TABLE mkt.audience';
    fill;
    COMMIT;
  END refresh;

END "PKG_AUDIENCE";
/

-- case: pkg_pull_over_database_link_into_staging_then_merge_reference
-- diagnostics: none
-- sources: FX.RATES@FXHUB, STG.RATES
-- targets: STG.RATES, REF.RATES
-- columns: FX.RATES@FXHUB.CCY -> STG.RATES.CCY
-- columns: FX.RATES@FXHUB.RATE -> STG.RATES.RATE
-- columns: STG.RATES.CCY -> REF.RATES.CCY
-- columns: STG.RATES.RATE -> REF.RATES.RATE
-- indirect: FX.RATES@FXHUB.RATE_DAY, REF.RATES.CCY
-- effects: delete STG.RATES
  CREATE OR REPLACE EDITIONABLE PACKAGE "REF"."PKG_RATES" AUTHID DEFINER AS
  c_source CONSTANT VARCHAR2(10) := 'FXHUB';
  PROCEDURE sync_rates;
END "PKG_RATES";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "REF"."PKG_RATES" AS

  PROCEDURE pull IS
  BEGIN
    DELETE FROM stg.rates;
    INSERT INTO stg.rates (ccy, rate, source_system)
    SELECT r.ccy, r.rate, c_source
      FROM fx.rates@fxhub r
     WHERE r.rate_day = TRUNC(SYSDATE);
  END pull;

  PROCEDURE sync_rates IS
  BEGIN
    pull;
    MERGE INTO ref.rates t
    USING stg.rates s
       ON (t.ccy = s.ccy)
     WHEN MATCHED THEN UPDATE SET t.rate = s.rate, t.updated_at = SYSDATE
     WHEN NOT MATCHED THEN INSERT (ccy, rate, updated_at) VALUES (s.ccy, s.rate, SYSDATE);
    COMMIT;
  END sync_rates;

END "PKG_RATES";
/

-- case: pkg_insert_all_parent_child_with_nextval_currval_then_flag_source
-- diagnostics: none
-- sources: BILLING.CHARGES
-- targets: SALES.INVOICES, SALES.INVOICE_LINES, BILLING.CHARGES
-- columns: BILLING.CHARGES.CUSTOMER_ID -> SALES.INVOICES.CUSTOMER_ID
-- columns: BILLING.CHARGES.BILLED_AT -> SALES.INVOICES.INVOICE_DAY
-- columns: BILLING.CHARGES.AMOUNT -> SALES.INVOICE_LINES.AMOUNT, BILLING.CHARGES.TAX -> SALES.INVOICE_LINES.AMOUNT
-- indirect: BILLING.CHARGES.INVOICED
  CREATE OR REPLACE EDITIONABLE PACKAGE "SALES"."PKG_INVOICING" AUTHID DEFINER AS
  PROCEDURE invoice_open_charges;
END "PKG_INVOICING";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "SALES"."PKG_INVOICING" AS

  PROCEDURE invoice_open_charges IS
  BEGIN
    INSERT ALL
      INTO sales.invoices (invoice_id, customer_id, invoice_day)
        VALUES (sales.seq_inv.NEXTVAL, customer_id, bill_day)
      INTO sales.invoice_lines (invoice_id, line_no, amount)
        VALUES (sales.seq_inv.CURRVAL, 1, total)
    SELECT b.customer_id,
           TRUNC(b.billed_at) AS bill_day,
           b.amount + b.tax   AS total
      FROM billing.charges b
     WHERE b.invoiced = 'N';

    UPDATE billing.charges SET invoiced = 'Y' WHERE invoiced = 'N';
    COMMIT;
  END invoice_open_charges;

END "PKG_INVOICING";
/

-- case: pkg_default_schema_correlated_update_and_own_column_function_update
-- diagnostics: none
-- default_schema: LOY
-- sources: LOY.TRANSACTIONS
-- targets: LOY.MEMBERS
-- columns: LOY.TRANSACTIONS.AMOUNT -> LOY.MEMBERS.POINTS
-- indirect: LOY.TRANSACTIONS.MEMBER_ID, LOY.TRANSACTIONS.TX_DAY, LOY.MEMBERS.MEMBER_ID
CREATE OR REPLACE PACKAGE BODY pkg_points AS

  FUNCTION tier_of (p_points IN NUMBER) RETURN VARCHAR2 DETERMINISTIC IS
  BEGIN
    RETURN CASE WHEN p_points >= 1000 THEN 'GOLD' ELSE 'BASE' END;
  END tier_of;

  PROCEDURE award (p_day IN DATE) IS
  BEGIN
    UPDATE members m
       SET m.points = m.points + (SELECT NVL(SUM(FLOOR(t.amount)), 0)
                                    FROM transactions t
                                   WHERE t.member_id = m.member_id
                                     AND t.tx_day = p_day)
     WHERE EXISTS (SELECT 1
                     FROM transactions t2
                    WHERE t2.member_id = m.member_id
                      AND t2.tx_day = p_day);
  END award;

  PROCEDURE retier IS
  BEGIN
    UPDATE members SET tier = tier_of(points);
  END retier;

  PROCEDURE run (p_day IN DATE) IS
  BEGIN
    award(p_day);
    retier;
    COMMIT;
  END run;

END pkg_points;
/

-- case: pkg_update_returning_bulk_collect_into_record_collection_then_forall_insert
-- diagnostics: none
-- sources: FIN.INTEREST_RATES, FIN.ACCOUNTS
-- targets: FIN.ACCOUNTS, FIN.INTEREST_POSTINGS
-- columns: FIN.INTEREST_RATES.RATE -> FIN.ACCOUNTS.BALANCE
-- columns: FIN.ACCOUNTS.ACCOUNT_ID -> FIN.INTEREST_POSTINGS.ACCOUNT_ID
-- columns: FIN.ACCOUNTS.BALANCE -> FIN.INTEREST_POSTINGS.BALANCE_AFTER
-- indirect: FIN.INTEREST_RATES.PRODUCT, FIN.ACCOUNTS.PRODUCT, FIN.ACCOUNTS.STATUS
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "FIN"."PKG_INTEREST" AS

  TYPE t_chg IS RECORD (account_id NUMBER, balance NUMBER);
  TYPE t_chgs IS TABLE OF t_chg;

  PROCEDURE accrue IS
    l_chgs t_chgs;
  BEGIN
    UPDATE fin.accounts a
       SET a.balance = a.balance * (1 + (SELECT r.rate
                                           FROM fin.interest_rates r
                                          WHERE r.product = a.product) / 12)
     WHERE a.status = 'OPEN'
    RETURNING a.account_id, a.balance BULK COLLECT INTO l_chgs;

    FORALL i IN 1 .. l_chgs.COUNT
      INSERT INTO fin.interest_postings (account_id, balance_after, posted_at)
      VALUES (l_chgs(i).account_id, l_chgs(i).balance, SYSDATE);
    COMMIT;
  END accrue;

END "PKG_INTEREST";
/

-- case: pkg_merge_insert_only_with_where_then_sibling_step_logger
-- diagnostics: none
-- sources: MKT.LEADS
-- targets: CRM.CUSTOMERS, ETL.STEP_LOG
-- columns: MKT.LEADS.EMAIL -> CRM.CUSTOMERS.EMAIL
-- columns: MKT.LEADS.FIRST_NAME -> CRM.CUSTOMERS.FULL_NAME, MKT.LEADS.LAST_NAME -> CRM.CUSTOMERS.FULL_NAME
-- indirect: MKT.LEADS.CONVERTED, CRM.CUSTOMERS.EMAIL
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "CRM"."PKG_LEADS" AS

  PROCEDURE log_step (p_step IN VARCHAR2, p_rows IN PLS_INTEGER) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO etl.step_log (step_name, row_count, logged_at) VALUES (p_step, p_rows, SYSTIMESTAMP);
    COMMIT;
  END log_step;

  PROCEDURE convert_leads IS
  BEGIN
    MERGE INTO crm.customers t
    USING (SELECT l.email, l.first_name, l.last_name
             FROM mkt.leads l
            WHERE l.converted = 'Y') s
       ON (t.email = s.email)
     WHEN NOT MATCHED THEN
       INSERT (customer_id, email, full_name)
       VALUES (crm.seq_cust.NEXTVAL, s.email, s.first_name || ' ' || s.last_name)
       WHERE s.email IS NOT NULL;
    log_step('CONVERT_LEADS', SQL%ROWCOUNT);
    COMMIT;
  END convert_leads;

END "PKG_LEADS";
/

-- case: pkg_spec_declared_record_type_drives_positional_bulk_collect_in_body
-- diagnostics: none
-- sources: HR.EMPLOYEES
-- targets: HR.PAYSLIP_LINES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.PAYSLIP_LINES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.PAYSLIP_LINES.GROSS
-- columns: HR.EMPLOYEES.SALARY -> HR.PAYSLIP_LINES.NET, HR.EMPLOYEES.TAX_RATE -> HR.PAYSLIP_LINES.NET
-- indirect: HR.EMPLOYEES.STATUS
  CREATE OR REPLACE EDITIONABLE PACKAGE "HR"."PKG_PAYROLL" AUTHID DEFINER AS
  TYPE t_pay IS RECORD (emp_id NUMBER, gross NUMBER, net NUMBER);
  TYPE t_pays IS TABLE OF t_pay INDEX BY PLS_INTEGER;
  PROCEDURE run_payroll;
END "PKG_PAYROLL";
/
  CREATE OR REPLACE EDITIONABLE PACKAGE BODY "HR"."PKG_PAYROLL" AS

  PROCEDURE run_payroll IS
    l_pays t_pays;
  BEGIN
    SELECT e.employee_id, e.salary / 12, e.salary / 12 * (1 - e.tax_rate)
      BULK COLLECT INTO l_pays
      FROM hr.employees e
     WHERE e.status = 'ACTIVE';

    FORALL i IN 1 .. l_pays.COUNT
      INSERT INTO hr.payslip_lines (employee_id, gross, net, period)
      VALUES (l_pays(i).emp_id, l_pays(i).gross, l_pays(i).net, TRUNC(SYSDATE, 'MM'));
    COMMIT;
  END run_payroll;

END "PKG_PAYROLL";
/
