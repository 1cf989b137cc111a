-- case: control_if_elsif_else_branches_union
-- sources: STG.SHIPMENTS
-- targets: DW.FACT_SHIPMENTS
-- columns: STG.SHIPMENTS.SHIPMENT_ID -> DW.FACT_SHIPMENTS.SHIPMENT_ID
-- columns: STG.SHIPMENTS.CARRIER_CODE -> DW.FACT_SHIPMENTS.CARRIER_CODE
-- columns: STG.SHIPMENTS.WEIGHT_GRAMS -> DW.FACT_SHIPMENTS.WEIGHT_KG
-- columns: STG.SHIPMENTS.SHIPPED_DAY -> DW.FACT_SHIPMENTS.SHIPPED_DAY
-- effects: truncate DW.FACT_SHIPMENTS, delete DW.FACT_SHIPMENTS
CREATE OR REPLACE PROCEDURE etl.load_shipments (p_mode IN VARCHAR2, p_day IN DATE) IS
BEGIN
  IF p_mode = 'FULL' THEN
    EXECUTE IMMEDIATE 'TRUNCATE TABLE dw.fact_shipments';
    INSERT INTO dw.fact_shipments (shipment_id, carrier_code, weight_kg, shipped_day)
    SELECT s.shipment_id, s.carrier_code, s.weight_grams / 1000, s.shipped_day
      FROM stg.shipments s;
  ELSIF p_mode = 'DELTA' THEN
    DELETE FROM dw.fact_shipments WHERE shipped_day = p_day;
    INSERT INTO dw.fact_shipments (shipment_id, carrier_code, weight_kg, shipped_day)
    SELECT s.shipment_id, s.carrier_code, s.weight_grams / 1000, s.shipped_day
      FROM stg.shipments s
     WHERE s.shipped_day = p_day;
  ELSE
    RAISE_APPLICATION_ERROR(-20001, 'unknown load mode ' || p_mode);
  END IF;
  COMMIT;
END load_shipments;
/

-- case: control_case_statement_branches_assign_variable
-- sources: FIN.ACCOUNTS, FIN.SAVINGS_RATES, FIN.LOAN_RATES
-- targets: FIN.INTEREST_ACCRUALS
-- columns: FIN.ACCOUNTS.BALANCE -> FIN.INTEREST_ACCRUALS.ACCRUED_AMOUNT
-- columns: FIN.SAVINGS_RATES.ANNUAL_RATE -> FIN.INTEREST_ACCRUALS.ACCRUED_AMOUNT
-- columns: FIN.LOAN_RATES.ANNUAL_RATE -> FIN.INTEREST_ACCRUALS.ACCRUED_AMOUNT
-- indirect: FIN.ACCOUNTS.ACCOUNT_ID, FIN.SAVINGS_RATES.VALID_TO, FIN.LOAN_RATES.VALID_TO
CREATE OR REPLACE PROCEDURE fin.accrue_interest (p_account_id IN NUMBER, p_product IN VARCHAR2) IS
  v_balance NUMBER;
  v_rate    NUMBER;
BEGIN
  SELECT a.balance
    INTO v_balance
    FROM fin.accounts a
   WHERE a.account_id = p_account_id;

  CASE p_product
    WHEN 'SAVINGS' THEN
      SELECT r.annual_rate INTO v_rate FROM fin.savings_rates r WHERE r.valid_to IS NULL;
    WHEN 'LOAN' THEN
      SELECT r.annual_rate INTO v_rate FROM fin.loan_rates r WHERE r.valid_to IS NULL;
    ELSE
      v_rate := 0;
  END CASE;

  INSERT INTO fin.interest_accruals (account_id, accrual_day, accrued_amount)
  VALUES (p_account_id, TRUNC(SYSDATE), ROUND(v_balance * v_rate / 365, 2));
END accrue_interest;
/

-- case: control_loop_exit_when_batched_delete
-- targets: OPS.MAINTENANCE_LOG
-- effects: delete OPS.EVENT_LOG
CREATE OR REPLACE PROCEDURE ops.purge_event_log (p_keep_days IN NUMBER DEFAULT 30) IS
  v_deleted PLS_INTEGER;
  v_total   PLS_INTEGER := 0;
BEGIN
  LOOP
    DELETE FROM ops.event_log
     WHERE logged_at < SYSDATE - p_keep_days
       AND ROWNUM <= 5000;
    v_deleted := SQL%ROWCOUNT;
    v_total := v_total + v_deleted;
    COMMIT;
    EXIT WHEN v_deleted = 0;
  END LOOP;

  INSERT INTO ops.maintenance_log (task_name, rows_affected, run_at)
  VALUES ('PURGE_EVENT_LOG', v_total, SYSDATE);
  COMMIT;
END purge_event_log;
/

-- case: control_while_loop_month_by_month
-- sources: DW.FACT_SALES
-- targets: DW.MONTHLY_REVENUE
-- columns: DW.FACT_SALES.PRODUCT_LINE -> DW.MONTHLY_REVENUE.PRODUCT_LINE
-- columns: DW.FACT_SALES.REVENUE -> DW.MONTHLY_REVENUE.REVENUE
-- effects: delete DW.MONTHLY_REVENUE
CREATE OR REPLACE PROCEDURE dw.backfill_monthly_revenue (p_from IN DATE, p_to IN DATE) IS
  v_month DATE := TRUNC(p_from, 'MM');
BEGIN
  WHILE v_month <= p_to LOOP
    DELETE FROM dw.monthly_revenue WHERE month_start = v_month;

    INSERT INTO dw.monthly_revenue (month_start, product_line, revenue)
    SELECT v_month, f.product_line, SUM(f.revenue)
      FROM dw.fact_sales f
     WHERE f.sales_day >= v_month
       AND f.sales_day < ADD_MONTHS(v_month, 1)
     GROUP BY f.product_line;

    v_month := ADD_MONTHS(v_month, 1);
  END LOOP;
  COMMIT;
END backfill_monthly_revenue;
/

-- case: control_numeric_for_loop_index_is_not_a_column
-- sources: HR.EMPLOYEES
-- targets: RPT.MONTHLY_HEADCOUNT
-- indirect: HR.EMPLOYEES.HIRE_DATE, HR.EMPLOYEES.TERMINATION_DATE
DECLARE
  v_year  NUMBER := 2024;
  v_start DATE := DATE '2024-01-01';
BEGIN
  FOR i IN 1 .. 12 LOOP
    INSERT INTO rpt.monthly_headcount (year_no, month_no, headcount)
    SELECT v_year, i, COUNT(*)
      FROM hr.employees e
     WHERE e.hire_date < ADD_MONTHS(v_start, i)
       AND (e.termination_date IS NULL OR e.termination_date >= ADD_MONTHS(v_start, i));
  END LOOP;
  COMMIT;
END;
/

-- case: control_exception_handlers_write_error_log
-- sources: STG.SUPPLIERS
-- targets: DW.DIM_SUPPLIER, ETL.ERROR_LOG
-- columns: STG.SUPPLIERS.SUPPLIER_ID -> DW.DIM_SUPPLIER.SUPPLIER_ID
-- columns: STG.SUPPLIERS.NAME -> DW.DIM_SUPPLIER.SUPPLIER_NAME
-- columns: STG.SUPPLIERS.COUNTRY -> DW.DIM_SUPPLIER.COUNTRY_CODE
-- columns: STG.SUPPLIERS.VAT_NUMBER -> DW.DIM_SUPPLIER.VAT_NO
CREATE OR REPLACE PROCEDURE etl.load_suppliers IS
  v_err_code NUMBER;
  v_err_msg  VARCHAR2(4000);
BEGIN
  INSERT INTO dw.dim_supplier (supplier_id, supplier_name, country_code, vat_no)
  SELECT s.supplier_id, TRIM(s.name), UPPER(s.country), s.vat_number
    FROM stg.suppliers s;
  COMMIT;
EXCEPTION
  WHEN DUP_VAL_ON_INDEX THEN
    ROLLBACK;
    INSERT INTO etl.error_log (proc_name, err_code, err_msg, logged_at)
    VALUES ('LOAD_SUPPLIERS', -1, 'duplicate supplier', SYSDATE);
    COMMIT;
  WHEN OTHERS THEN
    v_err_code := SQLCODE;
    v_err_msg  := SUBSTR(SQLERRM, 1, 4000);
    ROLLBACK;
    INSERT INTO etl.error_log (proc_name, err_code, err_msg, logged_at)
    VALUES ('LOAD_SUPPLIERS', v_err_code, v_err_msg, SYSDATE);
    COMMIT;
    RAISE;
END load_suppliers;
/

-- case: control_nested_block_handler_falls_back_to_update
-- sources: STG.CONTACTS
-- targets: CRM.CONTACTS
-- columns: STG.CONTACTS.CONTACT_ID -> CRM.CONTACTS.CONTACT_ID
-- columns: STG.CONTACTS.EMAIL -> CRM.CONTACTS.EMAIL
-- columns: STG.CONTACTS.PHONE -> CRM.CONTACTS.PHONE
CREATE OR REPLACE PROCEDURE crm.upsert_contacts IS
BEGIN
  FOR c IN (SELECT s.contact_id, s.email, s.phone FROM stg.contacts s) LOOP
    BEGIN
      INSERT INTO crm.contacts (contact_id, email, phone, created_at)
      VALUES (c.contact_id, c.email, c.phone, SYSDATE);
    EXCEPTION
      WHEN DUP_VAL_ON_INDEX THEN
        UPDATE crm.contacts t
           SET t.email = c.email,
               t.phone = c.phone,
               t.updated_at = SYSDATE
         WHERE t.contact_id = c.contact_id;
    END;
  END LOOP;
  COMMIT;
END upsert_contacts;
/

-- case: control_user_exception_continue_when_and_if_conditions
-- sources: FIN.JOURNAL_HEADERS, FIN.JOURNAL_LINES
-- targets: FIN.GL_POSTINGS, FIN.JOURNAL_REJECTS
-- columns: FIN.JOURNAL_HEADERS.JOURNAL_ID -> FIN.GL_POSTINGS.JOURNAL_ID
-- columns: FIN.JOURNAL_HEADERS.JOURNAL_DAY -> FIN.GL_POSTINGS.POSTING_DAY
-- columns: FIN.JOURNAL_HEADERS.JOURNAL_ID -> FIN.JOURNAL_REJECTS.JOURNAL_ID
-- columns: FIN.JOURNAL_LINES.DEBIT -> FIN.JOURNAL_REJECTS.DIFFERENCE
-- columns: FIN.JOURNAL_LINES.CREDIT -> FIN.JOURNAL_REJECTS.DIFFERENCE
CREATE OR REPLACE PROCEDURE fin.validate_and_post_journals IS
  e_unbalanced EXCEPTION;
  v_diff       NUMBER;
BEGIN
  FOR j IN (SELECT h.journal_id, h.journal_day
              FROM fin.journal_headers h
             WHERE h.posted = 'N')
  LOOP
    SELECT SUM(l.debit) - SUM(l.credit)
      INTO v_diff
      FROM fin.journal_lines l
     WHERE l.journal_id = j.journal_id;

    CONTINUE WHEN v_diff IS NULL;

    BEGIN
      IF v_diff <> 0 THEN
        RAISE e_unbalanced;
      END IF;
      INSERT INTO fin.gl_postings (journal_id, posting_day, posted_at)
      VALUES (j.journal_id, j.journal_day, SYSTIMESTAMP);
    EXCEPTION
      WHEN e_unbalanced THEN
        INSERT INTO fin.journal_rejects (journal_id, difference, rejected_at)
        VALUES (j.journal_id, v_diff, SYSTIMESTAMP);
    END;
  END LOOP;
  COMMIT;
END validate_and_post_journals;
/

-- case: control_handler_logs_variable_carrying_source_key
-- sources: STG.ORDERS
-- targets: DW.ORDERS, ETL.ROW_ERRORS
-- columns: STG.ORDERS.ORDER_ID -> DW.ORDERS.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DW.ORDERS.CUSTOMER_ID
-- columns: STG.ORDERS.AMOUNT -> DW.ORDERS.AMOUNT
-- columns: STG.ORDERS.ORDER_ID -> ETL.ROW_ERRORS.SOURCE_KEY
-- indirect: STG.ORDERS.BATCH_STATUS
CREATE OR REPLACE PROCEDURE etl.load_orders_row_by_row IS
  v_current_order NUMBER;
  v_err_msg       VARCHAR2(4000);
BEGIN
  FOR o IN (SELECT s.order_id, s.customer_id, s.amount
              FROM stg.orders s
             WHERE s.batch_status = 'READY')
  LOOP
    v_current_order := o.order_id;
    BEGIN
      INSERT INTO dw.orders (order_id, customer_id, amount)
      VALUES (o.order_id, o.customer_id, o.amount);
    EXCEPTION
      WHEN OTHERS THEN
        v_err_msg := SQLERRM;
        INSERT INTO etl.row_errors (source_table, source_key, error_text, logged_at)
        VALUES ('STG.ORDERS', v_current_order, v_err_msg, SYSDATE);
    END;
  END LOOP;
  COMMIT;
END load_orders_row_by_row;
/

-- case: control_goto_label_and_null_statement
-- sources: APP.API_KEYS
-- targets: APP.REVOKED_KEYS
-- columns: APP.API_KEYS.KEY_ID -> APP.REVOKED_KEYS.KEY_ID
-- columns: APP.API_KEYS.OWNER_ID -> APP.REVOKED_KEYS.OWNER_ID
-- indirect: APP.API_KEYS.EXPIRES_AT
DECLARE
  v_revoked PLS_INTEGER := 0;
BEGIN
  FOR k IN (SELECT a.key_id, a.owner_id FROM app.api_keys a WHERE a.expires_at < SYSDATE) LOOP
    IF v_revoked >= 1000 THEN
      GOTO done;
    END IF;
    INSERT INTO app.revoked_keys (key_id, owner_id, revoked_at)
    VALUES (k.key_id, k.owner_id, SYSDATE);
    v_revoked := v_revoked + 1;
  END LOOP;
  <<done>>
  NULL;
  COMMIT;
END;
/
