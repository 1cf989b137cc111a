-- case: refcursor_reopened_for_second_pass_fetches_into_same_variables
-- sources: CRM.CUSTOMERS, CRM.LEADS
-- targets: MKT.CUSTOMER_EXPORT, MKT.LEAD_EXPORT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.CUSTOMER_EXPORT.CUSTOMER_ID, CRM.LEADS.LEAD_ID -> MKT.CUSTOMER_EXPORT.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MKT.CUSTOMER_EXPORT.EMAIL, CRM.LEADS.CONTACT_EMAIL -> MKT.CUSTOMER_EXPORT.EMAIL
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MKT.LEAD_EXPORT.LEAD_ID, CRM.LEADS.LEAD_ID -> MKT.LEAD_EXPORT.LEAD_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MKT.LEAD_EXPORT.EMAIL, CRM.LEADS.CONTACT_EMAIL -> MKT.LEAD_EXPORT.EMAIL
-- indirect: CRM.CUSTOMERS.OPT_IN, CRM.LEADS.STATUS
CREATE OR REPLACE PROCEDURE crm.export_contacts IS
  rc      SYS_REFCURSOR;
  v_id    NUMBER;
  v_email VARCHAR2(320);
BEGIN
  OPEN rc FOR
    SELECT c.customer_id, c.email FROM crm.customers c WHERE c.opt_in = 'Y';
  LOOP
    FETCH rc INTO v_id, v_email;
    EXIT WHEN rc%NOTFOUND;
    INSERT INTO mkt.customer_export (customer_id, email) VALUES (v_id, v_email);
  END LOOP;
  CLOSE rc;

  OPEN rc FOR
    SELECT l.lead_id, l.contact_email FROM crm.leads l WHERE l.status = 'QUALIFIED';
  LOOP
    FETCH rc INTO v_id, v_email;
    EXIT WHEN rc%NOTFOUND;
    INSERT INTO mkt.lead_export (lead_id, email) VALUES (v_id, v_email);
  END LOOP;
  CLOSE rc;
  COMMIT;
END export_contacts;
/

-- case: inner_block_variable_shadows_outer_variable_of_same_name
-- sources: FIN.JOURNAL_LINES, FIN.ACCRUALS
-- targets: FIN.PERIOD_TOTALS, FIN.ACCRUAL_TOTALS
-- columns: FIN.JOURNAL_LINES.AMOUNT -> FIN.PERIOD_TOTALS.JOURNAL_TOTAL
-- columns: FIN.ACCRUALS.ACCRUED_AMOUNT -> FIN.ACCRUAL_TOTALS.ACCRUAL_TOTAL
-- indirect: FIN.JOURNAL_LINES.PERIOD_CODE, FIN.ACCRUALS.PERIOD_CODE
CREATE OR REPLACE PROCEDURE fin.close_month (p_period IN VARCHAR2) IS
  v_total NUMBER;
BEGIN
  SELECT SUM(j.amount)
    INTO v_total
    FROM fin.journal_lines j
   WHERE j.period_code = p_period;
  INSERT INTO fin.period_totals (period_code, journal_total) VALUES (p_period, v_total);

  -- accruals are handled in their own block with their own v_total
  DECLARE
    v_total NUMBER;
  BEGIN
    SELECT SUM(a.accrued_amount)
      INTO v_total
      FROM fin.accruals a
     WHERE a.period_code = p_period;
    INSERT INTO fin.accrual_totals (period_code, accrual_total) VALUES (p_period, v_total);
  END;
  COMMIT;
END close_month;
/

-- case: collection_multiset_union_distinct_of_two_bulk_collected_id_lists
-- sources: RISK.FRAUD_ALERTS, PAY.CHARGEBACKS
-- targets: CRM.REVIEW_QUEUE
-- columns: RISK.FRAUD_ALERTS.CUSTOMER_ID -> CRM.REVIEW_QUEUE.CUSTOMER_ID
-- columns: PAY.CHARGEBACKS.CUSTOMER_ID -> CRM.REVIEW_QUEUE.CUSTOMER_ID
-- indirect: RISK.FRAUD_ALERTS.ALERT_DAY, PAY.CHARGEBACKS.RECEIVED_ON
CREATE OR REPLACE PROCEDURE crm.flag_customers_for_review IS
  l_fraud      sys.odcinumberlist;
  l_chargeback sys.odcinumberlist;
  l_review     sys.odcinumberlist;
BEGIN
  SELECT f.customer_id
    BULK COLLECT INTO l_fraud
    FROM risk.fraud_alerts f
   WHERE f.alert_day >= TRUNC(SYSDATE) - 7;

  SELECT c.customer_id
    BULK COLLECT INTO l_chargeback
    FROM pay.chargebacks c
   WHERE c.received_on >= TRUNC(SYSDATE) - 7;

  l_review := l_fraud MULTISET UNION DISTINCT l_chargeback;

  FORALL i IN 1 .. l_review.COUNT
    INSERT INTO crm.review_queue (customer_id, queued_at, reason)
    VALUES (l_review(i), SYSTIMESTAMP, 'RISK');
  COMMIT;
END flag_customers_for_review;
/

-- case: record_with_two_rowtype_fields_select_star_into_each_field
-- schema: HR.EMPLOYEES(EMPLOYEE_ID, FIRST_NAME, LAST_NAME, SALARY, DEPARTMENT_ID)
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR.EMP_MANAGER_SNAPSHOT
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMP_MANAGER_SNAPSHOT.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR.EMP_MANAGER_SNAPSHOT.EMPLOYEE_NAME, HR.EMPLOYEES.LAST_NAME -> HR.EMP_MANAGER_SNAPSHOT.EMPLOYEE_NAME
-- columns: HR.EMPLOYEES.SALARY -> HR.EMP_MANAGER_SNAPSHOT.SALARY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMP_MANAGER_SNAPSHOT.MANAGER_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.EMP_MANAGER_SNAPSHOT.MANAGER_NAME
CREATE OR REPLACE PROCEDURE hr.snapshot_employee_with_manager (p_emp IN NUMBER) IS
  TYPE t_pair IS RECORD (
    emp hr.employees%ROWTYPE,
    mgr hr.employees%ROWTYPE
  );
  l t_pair;
BEGIN
  SELECT * INTO l.emp FROM hr.employees WHERE employee_id = p_emp;

  SELECT m.*
    INTO l.mgr
    FROM hr.employees m
   WHERE m.employee_id = (SELECT d.manager_id
                            FROM hr.departments d
                           WHERE d.department_id = l.emp.department_id);

  INSERT INTO hr.emp_manager_snapshot
    (employee_id, employee_name, salary, manager_id, manager_name, snapshot_day)
  VALUES
    (l.emp.employee_id,
     l.emp.first_name || ' ' || l.emp.last_name,
     l.emp.salary,
     l.mgr.employee_id,
     l.mgr.last_name,
     TRUNC(SYSDATE));
END snapshot_employee_with_manager;
/

-- case: insert_in_loop_with_dup_val_on_index_handler_falling_back_to_update
-- sources: STG.PRODUCT_FEED
-- targets: DWH.PRODUCTS
-- columns: STG.PRODUCT_FEED.SKU -> DWH.PRODUCTS.SKU
-- columns: STG.PRODUCT_FEED.TITLE -> DWH.PRODUCTS.TITLE
-- columns: STG.PRODUCT_FEED.LIST_PRICE -> DWH.PRODUCTS.LIST_PRICE
-- indirect: STG.PRODUCT_FEED.FEED_DAY, DWH.PRODUCTS.SKU
CREATE OR REPLACE PROCEDURE dwh.upsert_products IS
BEGIN
  FOR r IN (SELECT p.sku, p.title, p.list_price
              FROM stg.product_feed p
             WHERE p.feed_day = TRUNC(SYSDATE)) LOOP
    BEGIN
      INSERT INTO dwh.products (sku, title, list_price, created_at)
      VALUES (r.sku, r.title, r.list_price, SYSDATE);
    EXCEPTION
      WHEN DUP_VAL_ON_INDEX THEN
        UPDATE dwh.products
           SET title      = r.title,
               list_price = r.list_price,
               updated_at = SYSDATE
         WHERE sku = r.sku;
    END;
  END LOOP;
  COMMIT;
END upsert_products;
/

-- case: delete_returning_bulk_collect_then_forall_insert_into_archive
-- sources: OPS.SESSIONS
-- targets: ARCH.SESSIONS
-- columns: OPS.SESSIONS.SESSION_ID -> ARCH.SESSIONS.SESSION_ID
-- columns: OPS.SESSIONS.USER_ID -> ARCH.SESSIONS.USER_ID
-- columns: OPS.SESSIONS.STARTED_AT -> ARCH.SESSIONS.STARTED_AT
-- indirect: OPS.SESSIONS.LAST_SEEN
-- effects: delete OPS.SESSIONS
CREATE OR REPLACE PROCEDURE ops.archive_sessions IS
  TYPE t_num IS TABLE OF NUMBER;
  TYPE t_ts  IS TABLE OF TIMESTAMP;
  l_ids   t_num;
  l_users t_num;
  l_start t_ts;
BEGIN
  DELETE FROM ops.sessions
   WHERE last_seen < SYSTIMESTAMP - INTERVAL '30' DAY
  RETURNING session_id, user_id, started_at BULK COLLECT INTO l_ids, l_users, l_start;

  FORALL i IN 1 .. l_ids.COUNT
    INSERT INTO arch.sessions (session_id, user_id, started_at, archived_at)
    VALUES (l_ids(i), l_users(i), l_start(i), SYSTIMESTAMP);
  COMMIT;
END archive_sessions;
/

-- case: forall_merge_using_dual_save_exceptions_logs_failed_keys
-- sources: INV.DAILY_DEMAND
-- targets: INV.REORDER_POINTS, ETL.BULK_ERRORS
-- columns: INV.DAILY_DEMAND.SKU -> INV.REORDER_POINTS.SKU
-- columns: INV.DAILY_DEMAND.QTY -> INV.REORDER_POINTS.REORDER_QTY
-- columns: INV.DAILY_DEMAND.SKU -> ETL.BULK_ERRORS.OBJECT_KEY
-- indirect: INV.DAILY_DEMAND.DEMAND_DAY, INV.REORDER_POINTS.SKU
CREATE OR REPLACE PROCEDURE inv.sync_reorder_points IS
  TYPE t_sku IS TABLE OF VARCHAR2(30);
  TYPE t_num IS TABLE OF NUMBER;
  l_sku t_sku;
  l_rop t_num;
  e_bulk EXCEPTION;
  PRAGMA EXCEPTION_INIT(e_bulk, -24381);
BEGIN
  SELECT d.sku, CEIL(AVG(d.qty) * 14)
    BULK COLLECT INTO l_sku, l_rop
    FROM inv.daily_demand d
   WHERE d.demand_day >= TRUNC(SYSDATE) - 90
   GROUP BY d.sku;

  FORALL i IN 1 .. l_sku.COUNT SAVE EXCEPTIONS
    MERGE INTO inv.reorder_points r
    USING dual
       ON (r.sku = l_sku(i))
     WHEN MATCHED THEN UPDATE SET r.reorder_qty = l_rop(i), r.updated_at = SYSDATE
     WHEN NOT MATCHED THEN INSERT (sku, reorder_qty, updated_at) VALUES (l_sku(i), l_rop(i), SYSDATE);
  COMMIT;
EXCEPTION
  WHEN e_bulk THEN
    FOR j IN 1 .. SQL%BULK_EXCEPTIONS.COUNT LOOP
      INSERT INTO etl.bulk_errors (object_name, object_key, ora_code, logged_at)
      VALUES ('REORDER_POINTS',
              l_sku(SQL%BULK_EXCEPTIONS(j).ERROR_INDEX),
              SQL%BULK_EXCEPTIONS(j).ERROR_CODE,
              SYSDATE);
    END LOOP;
    COMMIT;
END sync_reorder_points;
/

-- case: trg_new_value_as_cursor_argument_inserts_template_rows
-- sources: PROJ.PROJECTS, PROJ.TASK_TEMPLATES
-- targets: PROJ.TASKS
-- columns: PROJ.PROJECTS.PROJECT_ID -> PROJ.TASKS.PROJECT_ID
-- columns: PROJ.TASK_TEMPLATES.TASK_NAME -> PROJ.TASKS.TASK_NAME
-- columns: PROJ.PROJECTS.START_DAY -> PROJ.TASKS.DUE_DAY, PROJ.TASK_TEMPLATES.DEFAULT_DAYS -> PROJ.TASKS.DUE_DAY
CREATE OR REPLACE TRIGGER proj.trg_projects_ai_tasks
AFTER INSERT ON proj.projects
FOR EACH ROW
DECLARE
  CURSOR c_tpl (cp_type VARCHAR2) IS
    SELECT t.task_name, t.default_days
      FROM proj.task_templates t
     WHERE t.project_type = cp_type
       AND t.active = 'Y';
BEGIN
  FOR t IN c_tpl(:NEW.project_type) LOOP
    INSERT INTO proj.tasks (project_id, task_name, due_day)
    VALUES (:NEW.project_id, t.task_name, :NEW.start_day + t.default_days);
  END LOOP;
END;
/

-- case: trg_insert_values_without_column_list_positional_by_schema
-- schema: FIN.RATE_AUDIT(CCY, RATE_DAY, OLD_RATE, NEW_RATE, CHANGED_BY, CHANGED_AT)
-- sources: FIN.FX_RATES
-- targets: FIN.RATE_AUDIT
-- columns: FIN.FX_RATES.CCY -> FIN.RATE_AUDIT.CCY
-- columns: FIN.FX_RATES.RATE_DAY -> FIN.RATE_AUDIT.RATE_DAY
-- columns: FIN.FX_RATES.RATE -> FIN.RATE_AUDIT.OLD_RATE
-- columns: FIN.FX_RATES.RATE -> FIN.RATE_AUDIT.NEW_RATE
CREATE OR REPLACE TRIGGER fin.trg_fx_rates_au
AFTER UPDATE OF rate ON fin.fx_rates
FOR EACH ROW
WHEN (NVL(OLD.rate, -1) <> NVL(NEW.rate, -1))
BEGIN
  INSERT INTO fin.rate_audit
  VALUES (:OLD.ccy, :OLD.rate_day, :OLD.rate, :NEW.rate, USER, SYSTIMESTAMP);
END;
/

-- case: trg_statement_level_before_insert_audits_own_table_counts
-- sources: DWH.FACT_SALES
-- targets: ETL.LOAD_AUDIT
-- columns: DWH.FACT_SALES.SALE_ID -> ETL.LOAD_AUDIT.ROWS_BEFORE
-- columns: DWH.FACT_SALES.SALE_DAY -> ETL.LOAD_AUDIT.MAX_SALE_DAY
CREATE OR REPLACE TRIGGER dwh.trg_fact_sales_bi_stmt
BEFORE INSERT ON dwh.fact_sales
BEGIN
  INSERT INTO etl.load_audit (table_name, rows_before, max_sale_day, audited_at)
  SELECT 'FACT_SALES', COUNT(f.sale_id), MAX(f.sale_day), SYSTIMESTAMP
    FROM dwh.fact_sales f;
END;
/

-- case: trg_instead_of_delete_soft_deletes_base_row_and_logs_event
-- sources: CRM.V_ACTIVE_CONTACTS
-- targets: CRM.CONTACTS, CRM.CONTACT_EVENTS
-- columns: CRM.V_ACTIVE_CONTACTS.EMAIL -> CRM.CONTACTS.DEACTIVATED_EMAIL
-- columns: CRM.V_ACTIVE_CONTACTS.CONTACT_ID -> CRM.CONTACT_EVENTS.CONTACT_ID
-- indirect: CRM.CONTACTS.CONTACT_ID
CREATE OR REPLACE TRIGGER crm.trg_v_active_contacts_iod
INSTEAD OF DELETE ON crm.v_active_contacts
FOR EACH ROW
BEGIN
  UPDATE crm.contacts c
     SET c.is_active         = 'N',
         c.deactivated_at    = SYSTIMESTAMP,
         c.deactivated_email = :OLD.email
   WHERE c.contact_id = :OLD.contact_id;

  INSERT INTO crm.contact_events (contact_id, event_type, event_at)
  VALUES (:OLD.contact_id, 'SOFT_DELETE', SYSTIMESTAMP);
END;
/

-- case: standalone_out_parameter_procedure_called_in_loop_then_update
-- sources: FIN.FX_RATES, FIN.INVOICES
-- targets: FIN.INVOICES
-- columns: FIN.INVOICES.AMOUNT -> FIN.INVOICES.AMOUNT_EUR
-- indirect: FIN.FX_RATES.CCY, FIN.FX_RATES.RATE_DAY, FIN.INVOICES.CONVERTED, FIN.INVOICES.INVOICE_ID
CREATE OR REPLACE PROCEDURE fin.get_fx (
  p_ccy  IN  VARCHAR2,
  p_day  IN  DATE,
  p_rate OUT NUMBER,
  p_src  OUT VARCHAR2
) IS
BEGIN
  SELECT r.rate, r.source_system
    INTO p_rate, p_src
    FROM fin.fx_rates r
   WHERE r.ccy = p_ccy
     AND r.rate_day = p_day;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    p_rate := 1;
    p_src  := 'DEFAULT';
END get_fx;
/
DECLARE
  v_rate NUMBER;
  v_src  VARCHAR2(10);
BEGIN
  FOR i IN (SELECT inv.invoice_id, inv.currency, inv.amount, inv.invoice_day
              FROM fin.invoices inv
             WHERE inv.converted = 'N') LOOP
    fin.get_fx(p_ccy => i.currency, p_day => i.invoice_day, p_rate => v_rate, p_src => v_src);
    UPDATE fin.invoices
       SET amount_eur = i.amount * v_rate,
           fx_source  = v_src,
           converted  = 'Y'
     WHERE invoice_id = i.invoice_id;
  END LOOP;
  COMMIT;
END;
/

-- case: merge_using_table_operator_over_bulk_collected_collection
-- sources: MKT.UNSUBSCRIBES
-- targets: MKT.SUPPRESSION_LIST
-- columns: MKT.UNSUBSCRIBES.EMAIL -> MKT.SUPPRESSION_LIST.EMAIL
-- indirect: MKT.UNSUBSCRIBES.UNSUBSCRIBED_AT, MKT.SUPPRESSION_LIST.EMAIL
CREATE OR REPLACE PROCEDURE mkt.refresh_suppression IS
  l_emails sys.odcivarchar2list;
BEGIN
  SELECT LOWER(u.email)
    BULK COLLECT INTO l_emails
    FROM mkt.unsubscribes u
   WHERE u.unsubscribed_at >= TRUNC(SYSDATE) - 1;

  MERGE INTO mkt.suppression_list s
  USING (SELECT DISTINCT COLUMN_VALUE AS email FROM TABLE(l_emails)) x
     ON (s.email = x.email)
   WHEN NOT MATCHED THEN INSERT (email, suppressed_at) VALUES (x.email, SYSDATE);
  COMMIT;
END refresh_suppression;
/

-- case: trg_calls_autonomous_logger_and_inserts_alert_under_if
-- sources: HR.SALARIES
-- targets: SEC.ACCESS_LOG, HR.SALARY_ALERTS
-- columns: HR.SALARIES.EMPLOYEE_ID -> HR.SALARY_ALERTS.EMPLOYEE_ID
-- columns: HR.SALARIES.AMOUNT -> HR.SALARY_ALERTS.OLD_AMOUNT
-- columns: HR.SALARIES.AMOUNT -> HR.SALARY_ALERTS.NEW_AMOUNT
-- indirect:
CREATE OR REPLACE PROCEDURE sec.log_access (p_table IN VARCHAR2, p_key IN VARCHAR2) IS
  PRAGMA AUTONOMOUS_TRANSACTION;
BEGIN
  INSERT INTO sec.access_log (table_name, row_key, db_user, os_user, logged_at)
  VALUES (p_table, p_key, USER, SYS_CONTEXT('USERENV', 'OS_USER'), SYSTIMESTAMP);
  COMMIT;
END log_access;
/
CREATE OR REPLACE TRIGGER hr.trg_salaries_au
AFTER UPDATE ON hr.salaries
FOR EACH ROW
BEGIN
  sec.log_access('SALARIES', TO_CHAR(:NEW.employee_id));
  IF :NEW.amount > :OLD.amount * 1.2 THEN
    INSERT INTO hr.salary_alerts (employee_id, old_amount, new_amount, alerted_at)
    VALUES (:NEW.employee_id, :OLD.amount, :NEW.amount, SYSTIMESTAMP);
  END IF;
END;
/

-- case: loop_assignment_with_exponent_operator_and_mod
-- sources: FIN.DEPOSITS
-- targets: FIN.DEPOSIT_PROJECTION
-- columns: FIN.DEPOSITS.DEPOSIT_ID -> FIN.DEPOSIT_PROJECTION.DEPOSIT_ID
-- columns: FIN.DEPOSITS.PRINCIPAL -> FIN.DEPOSIT_PROJECTION.FUTURE_VALUE, FIN.DEPOSITS.ANNUAL_RATE -> FIN.DEPOSIT_PROJECTION.FUTURE_VALUE
-- columns: FIN.DEPOSITS.TERM_MONTHS -> FIN.DEPOSIT_PROJECTION.MONTHS_LEFT
-- indirect: FIN.DEPOSITS.STATUS
CREATE OR REPLACE PROCEDURE fin.project_deposits (p_years IN PLS_INTEGER) IS
  v_future NUMBER;
BEGIN
  FOR d IN (SELECT x.deposit_id, x.principal, x.annual_rate, x.term_months
              FROM fin.deposits x
             WHERE x.status = 'ACTIVE') LOOP
    v_future := d.principal * (1 + d.annual_rate / 100) ** p_years;
    INSERT INTO fin.deposit_projection (deposit_id, years, future_value, months_left)
    VALUES (d.deposit_id, p_years, ROUND(v_future, 2), MOD(d.term_months, 12));
  END LOOP;
END project_deposits;
/

-- case: collection_constructor_over_two_variables_then_forall_insert
-- sources: CRM.CUSTOMERS
-- targets: MKT.EMAIL_TARGETS
-- columns: CRM.CUSTOMERS.PRIMARY_EMAIL -> MKT.EMAIL_TARGETS.EMAIL, CRM.CUSTOMERS.BILLING_EMAIL -> MKT.EMAIL_TARGETS.EMAIL
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID
DECLARE
  v_primary   VARCHAR2(320);
  v_secondary VARCHAR2(320);
  l_addr      sys.odcivarchar2list;
BEGIN
  SELECT c.primary_email, c.billing_email
    INTO v_primary, v_secondary
    FROM crm.customers c
   WHERE c.customer_id = 42;

  l_addr := sys.odcivarchar2list(v_primary, v_secondary);

  FORALL i IN 1 .. l_addr.COUNT
    INSERT INTO mkt.email_targets (customer_id, email) VALUES (42, l_addr(i));
  COMMIT;
END;
/
