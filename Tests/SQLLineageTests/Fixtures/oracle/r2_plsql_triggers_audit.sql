-- case: trg_compound_collection_of_records_forall_insert_values_record
-- schema: SALES.PRICE_AUDIT(PRODUCT_ID, OLD_PRICE, NEW_PRICE, NEW_DISCOUNT, CHANGED_AT)
-- sources: SALES.PRODUCTS
-- targets: SALES.PRICE_AUDIT
-- columns: SALES.PRODUCTS.PRODUCT_ID -> SALES.PRICE_AUDIT.PRODUCT_ID
-- columns: SALES.PRODUCTS.LIST_PRICE -> SALES.PRICE_AUDIT.OLD_PRICE
-- columns: SALES.PRODUCTS.LIST_PRICE -> SALES.PRICE_AUDIT.NEW_PRICE
-- columns: SALES.PRODUCTS.DISCOUNT_PCT -> SALES.PRICE_AUDIT.NEW_DISCOUNT
CREATE OR REPLACE TRIGGER sales.trg_price_audit_cmp
FOR UPDATE OF list_price, discount_pct ON sales.products
COMPOUND TRIGGER
  TYPE t_audit IS TABLE OF sales.price_audit%ROWTYPE INDEX BY PLS_INTEGER;
  g_rows t_audit;
  g_i    PLS_INTEGER := 0;

  BEFORE STATEMENT IS
  BEGIN
    g_rows.DELETE;
    g_i := 0;
  END BEFORE STATEMENT;

  AFTER EACH ROW IS
  BEGIN
    IF UPDATING('LIST_PRICE') OR UPDATING('DISCOUNT_PCT') THEN
      g_i := g_i + 1;
      g_rows(g_i).product_id   := :NEW.product_id;
      g_rows(g_i).old_price    := :OLD.list_price;
      g_rows(g_i).new_price    := :NEW.list_price;
      g_rows(g_i).new_discount := :NEW.discount_pct;
      g_rows(g_i).changed_at   := SYSTIMESTAMP;
    END IF;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_i
      INSERT INTO sales.price_audit VALUES g_rows(i);
  END AFTER STATEMENT;
END trg_price_audit_cmp;
/

-- case: trg_referencing_n_o_when_clause_lookup_into_history
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR.JOB_HISTORY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.JOB_HISTORY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.HIRE_DATE -> HR.JOB_HISTORY.START_DATE
-- columns: HR.EMPLOYEES.JOB_ID -> HR.JOB_HISTORY.JOB_ID
-- columns: HR.EMPLOYEES.DEPARTMENT_ID -> HR.JOB_HISTORY.DEPARTMENT_ID
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR.JOB_HISTORY.DEPARTMENT_NAME
-- indirect: HR.DEPARTMENTS.DEPARTMENT_ID
CREATE OR REPLACE TRIGGER hr.trg_emp_job_change
AFTER UPDATE OF job_id, department_id ON hr.employees
REFERENCING NEW AS n OLD AS o
FOR EACH ROW
WHEN (n.job_id <> o.job_id OR n.department_id <> o.department_id)
DECLARE
  v_dept_name hr.departments.department_name%TYPE;
BEGIN
  SELECT d.department_name
    INTO v_dept_name
    FROM hr.departments d
   WHERE d.department_id = :n.department_id;

  INSERT INTO hr.job_history (employee_id, start_date, end_date, job_id, department_id, department_name)
  VALUES (:o.employee_id, :o.hire_date, SYSDATE, :o.job_id, :o.department_id, v_dept_name);
END;
/

-- case: trg_generic_column_audit_with_updating_column_predicates
-- sources: CRM.CUSTOMERS
-- targets: AUDIT.COLUMN_CHANGES
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> AUDIT.COLUMN_CHANGES.PK_VALUE
-- columns: CRM.CUSTOMERS.EMAIL -> AUDIT.COLUMN_CHANGES.OLD_VALUE, CRM.CUSTOMERS.EMAIL -> AUDIT.COLUMN_CHANGES.NEW_VALUE
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> AUDIT.COLUMN_CHANGES.OLD_VALUE, CRM.CUSTOMERS.CREDIT_LIMIT -> AUDIT.COLUMN_CHANGES.NEW_VALUE
-- indirect:
CREATE OR REPLACE TRIGGER crm.trg_customers_audit
AFTER UPDATE ON crm.customers
FOR EACH ROW
BEGIN
  IF UPDATING('EMAIL') AND NVL(:OLD.email, '#') <> NVL(:NEW.email, '#') THEN
    INSERT INTO audit.column_changes
      (table_name, pk_value, column_name, old_value, new_value, changed_by, changed_at)
    VALUES
      ('CUSTOMERS', TO_CHAR(:NEW.customer_id), 'EMAIL', :OLD.email, :NEW.email, USER, SYSTIMESTAMP);
  END IF;

  IF UPDATING('CREDIT_LIMIT') THEN
    INSERT INTO audit.column_changes
      (table_name, pk_value, column_name, old_value, new_value, changed_by, changed_at)
    VALUES
      ('CUSTOMERS', TO_CHAR(:NEW.customer_id), 'CREDIT_LIMIT',
       TO_CHAR(:OLD.credit_limit, 'FM999999990.00'),
       TO_CHAR(:NEW.credit_limit, 'FM999999990.00'),
       USER, SYSTIMESTAMP);
  END IF;
END;
/

-- case: trg_row_trigger_cursor_loop_updates_third_table
-- sources: INV.BILL_OF_MATERIALS, SALES.ORDER_LINES
-- targets: INV.STOCK_RESERVATIONS
-- columns: INV.BILL_OF_MATERIALS.QTY_PER_UNIT -> INV.STOCK_RESERVATIONS.RESERVED_QTY, SALES.ORDER_LINES.QTY -> INV.STOCK_RESERVATIONS.RESERVED_QTY
-- columns: SALES.ORDER_LINES.ORDER_ID -> INV.STOCK_RESERVATIONS.LAST_ORDER_ID
CREATE OR REPLACE TRIGGER sales.trg_order_lines_ai
AFTER INSERT ON sales.order_lines
FOR EACH ROW
BEGIN
  FOR c IN (SELECT b.component_sku, b.qty_per_unit
              FROM inv.bill_of_materials b
             WHERE b.parent_sku = :NEW.sku)
  LOOP
    UPDATE inv.stock_reservations r
       SET r.reserved_qty  = r.reserved_qty + c.qty_per_unit * :NEW.qty,
           r.last_order_id = :NEW.order_id
     WHERE r.sku = c.component_sku;
  END LOOP;
END;
/

-- case: trg_instead_of_update_on_view_updates_two_base_tables
-- sources: APP.V_CUSTOMER_PROFILE
-- targets: APP.CUSTOMERS, APP.CUSTOMER_CONTACTS
-- columns: APP.V_CUSTOMER_PROFILE.CUSTOMER_NAME -> APP.CUSTOMERS.CUSTOMER_NAME
-- columns: APP.V_CUSTOMER_PROFILE.SEGMENT -> APP.CUSTOMERS.SEGMENT
-- columns: APP.V_CUSTOMER_PROFILE.EMAIL -> APP.CUSTOMER_CONTACTS.EMAIL
-- columns: APP.V_CUSTOMER_PROFILE.PHONE -> APP.CUSTOMER_CONTACTS.PHONE
-- indirect: APP.CUSTOMERS.CUSTOMER_ID, APP.V_CUSTOMER_PROFILE.CUSTOMER_ID, APP.CUSTOMER_CONTACTS.CUSTOMER_ID, APP.CUSTOMER_CONTACTS.IS_PRIMARY
CREATE OR REPLACE TRIGGER app.trg_v_customer_iou
INSTEAD OF UPDATE ON app.v_customer_profile
FOR EACH ROW
BEGIN
  UPDATE app.customers c
     SET c.customer_name = :NEW.customer_name,
         c.segment       = NVL(:NEW.segment, c.segment)
   WHERE c.customer_id = :OLD.customer_id;

  UPDATE app.customer_contacts cc
     SET cc.email = LOWER(TRIM(:NEW.email)),
         cc.phone = :NEW.phone
   WHERE cc.customer_id = :OLD.customer_id
     AND cc.is_primary = 'Y';
END;
/

-- case: trg_instead_of_delete_on_view_deletes_base_rows
-- sources: APP.V_CUSTOMER_PROFILE
-- effects: delete APP.CUSTOMER_CONTACTS, delete APP.CUSTOMERS
-- indirect: APP.CUSTOMER_CONTACTS.CUSTOMER_ID, APP.CUSTOMERS.CUSTOMER_ID, APP.V_CUSTOMER_PROFILE.CUSTOMER_ID
CREATE OR REPLACE TRIGGER app.trg_v_customer_iod
INSTEAD OF DELETE ON app.v_customer_profile
FOR EACH ROW
BEGIN
  DELETE FROM app.customer_contacts WHERE customer_id = :OLD.customer_id;
  DELETE FROM app.customers WHERE customer_id = :OLD.customer_id;
END;
/

-- case: trg_schema_ddl_event_attributes_are_not_columns
-- targets: OPS.DDL_LOG
CREATE OR REPLACE TRIGGER ops.trg_ddl_audit
AFTER DDL ON SCHEMA
DECLARE
  v_sql_lines ora_name_list_t;
  v_n         PLS_INTEGER;
BEGIN
  v_n := ora_sql_txt(v_sql_lines);
  INSERT INTO ops.ddl_log
    (event_type, object_owner, object_name, object_type, statement_start, logged_by, logged_at)
  VALUES
    (ora_sysevent, ora_dict_obj_owner, ora_dict_obj_name, ora_dict_obj_type,
     CASE WHEN v_n > 0 THEN v_sql_lines(1) END, ora_login_user, SYSTIMESTAMP);
END;
/

-- case: trg_database_logon_sys_context_only
-- targets: SEC.LOGON_AUDIT
CREATE OR REPLACE TRIGGER sec.trg_logon_audit
AFTER LOGON ON DATABASE
BEGIN
  INSERT INTO sec.logon_audit (username, os_user, host, ip_address, program, logon_time)
  VALUES (SYS_CONTEXT('USERENV', 'SESSION_USER'),
          SYS_CONTEXT('USERENV', 'OS_USER'),
          SYS_CONTEXT('USERENV', 'HOST'),
          SYS_CONTEXT('USERENV', 'IP_ADDRESS'),
          SYS_CONTEXT('USERENV', 'MODULE'),
          SYSTIMESTAMP);
EXCEPTION
  WHEN OTHERS THEN
    NULL;
END;
/

-- case: trg_before_insert_user_exception_handler_logs_rejection
-- sources: FIN.ACCOUNTS, FIN.PAYMENTS
-- targets: FIN.PAYMENT_REJECTIONS
-- columns: FIN.PAYMENTS.PAYMENT_REF -> FIN.PAYMENT_REJECTIONS.PAYMENT_REF
-- columns: FIN.PAYMENTS.ACCOUNT_ID -> FIN.PAYMENT_REJECTIONS.ACCOUNT_ID
-- columns: FIN.PAYMENTS.AMOUNT -> FIN.PAYMENT_REJECTIONS.AMOUNT
-- columns: FIN.ACCOUNTS.PAYMENT_LIMIT -> FIN.PAYMENT_REJECTIONS.LIMIT_AT_TIME
-- indirect: FIN.ACCOUNTS.ACCOUNT_ID
CREATE OR REPLACE TRIGGER fin.trg_payments_bi
BEFORE INSERT ON fin.payments
FOR EACH ROW
DECLARE
  v_limit      fin.accounts.payment_limit%TYPE;
  e_over_limit EXCEPTION;
BEGIN
  SELECT a.payment_limit
    INTO v_limit
    FROM fin.accounts a
   WHERE a.account_id = :NEW.account_id;

  IF :NEW.amount > v_limit THEN
    RAISE e_over_limit;
  END IF;
EXCEPTION
  WHEN e_over_limit THEN
    INSERT INTO fin.payment_rejections (payment_ref, account_id, amount, limit_at_time, rejected_at)
    VALUES (:NEW.payment_ref, :NEW.account_id, :NEW.amount, v_limit, SYSTIMESTAMP);
    RAISE_APPLICATION_ERROR(-20100, 'payment over limit');
  WHEN NO_DATA_FOUND THEN
    NULL;
END;
/

-- case: trg_named_notation_procedure_call_then_insert
-- sources: WMS.GOODS_RECEIPTS
-- targets: WMS.RECEIPT_EVENTS
-- columns: WMS.GOODS_RECEIPTS.RECEIPT_ID -> WMS.RECEIPT_EVENTS.RECEIPT_ID
-- columns: WMS.GOODS_RECEIPTS.SKU -> WMS.RECEIPT_EVENTS.SKU
CREATE OR REPLACE TRIGGER wms.trg_receipts_ai
AFTER INSERT ON wms.goods_receipts
FOR EACH ROW
BEGIN
  wms.pkg_stock.post_receipt(p_sku => :NEW.sku, p_qty => :NEW.qty, p_wh => :NEW.warehouse_id);
  INSERT INTO wms.receipt_events (receipt_id, sku, event_code, event_at)
  VALUES (:NEW.receipt_id, :NEW.sku, 'RECEIVED', SYSTIMESTAMP);
END;
/

-- case: trg_dml_predicates_in_declaration_and_case_values
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEE_CHANGES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEE_CHANGES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEE_CHANGES.SALARY_DELTA
-- indirect:
CREATE OR REPLACE TRIGGER hr.trg_emp_changes_aiud
AFTER INSERT OR UPDATE OR DELETE ON hr.employees
FOR EACH ROW
DECLARE
  v_op VARCHAR2(1) := CASE WHEN INSERTING THEN 'I' WHEN UPDATING THEN 'U' ELSE 'D' END;
BEGIN
  INSERT INTO hr.employee_changes (employee_id, op, salary_delta, changed_at)
  VALUES (NVL(:NEW.employee_id, :OLD.employee_id),
          v_op,
          CASE
            WHEN UPDATING('SALARY') THEN :NEW.salary - :OLD.salary
            WHEN INSERTING THEN :NEW.salary
            ELSE -:OLD.salary
          END,
          SYSTIMESTAMP);
END;
/

-- case: trg_quoted_mixed_case_names_follows_enable
-- sources: App.Orders
-- targets: App.OrderEvents
-- columns: App.Orders.OrderId -> App.OrderEvents.OrderId
-- columns: App.Orders.Amount -> App.OrderEvents.Amount
CREATE OR REPLACE TRIGGER "App"."trg_Orders_AI"
AFTER INSERT ON "App"."Orders"
FOR EACH ROW
FOLLOWS "App"."trg_Orders_Validate"
ENABLE
BEGIN
  INSERT INTO "App"."OrderEvents" ("OrderId", "Amount", "EventType")
  VALUES (:NEW."OrderId", :NEW."Amount", 'CREATED');
END;
/

-- case: trg_row_merge_into_daily_totals_using_dual
-- sources: SALES.ORDERS
-- targets: SALES.DAILY_STORE_TOTALS
-- columns: SALES.ORDERS.STORE_ID -> SALES.DAILY_STORE_TOTALS.STORE_ID
-- columns: SALES.ORDERS.ORDER_TS -> SALES.DAILY_STORE_TOTALS.SALES_DAY
-- columns: SALES.ORDERS.AMOUNT -> SALES.DAILY_STORE_TOTALS.TOTAL_AMOUNT
-- indirect: SALES.DAILY_STORE_TOTALS.STORE_ID, SALES.DAILY_STORE_TOTALS.SALES_DAY
CREATE OR REPLACE TRIGGER sales.trg_orders_daily_merge
AFTER INSERT ON sales.orders
FOR EACH ROW
BEGIN
  MERGE INTO sales.daily_store_totals t
  USING (SELECT :NEW.store_id AS store_id,
                TRUNC(:NEW.order_ts) AS sales_day,
                :NEW.amount AS amount
           FROM dual) s
     ON (t.store_id = s.store_id AND t.sales_day = s.sales_day)
   WHEN MATCHED THEN
     UPDATE SET t.total_amount = t.total_amount + s.amount,
                t.order_count  = t.order_count + 1
   WHEN NOT MATCHED THEN
     INSERT (store_id, sales_day, total_amount, order_count)
     VALUES (s.store_id, s.sales_day, s.amount, 1);
END;
/

-- case: trg_after_delete_cascades_with_old_in_subquery
-- sources: CRM.CUSTOMERS, CRM.CUSTOMER_EMAILS
-- effects: delete CRM.CUSTOMER_NOTES, delete MKT.SUBSCRIPTIONS
-- indirect: CRM.CUSTOMER_NOTES.CUSTOMER_ID, CRM.CUSTOMERS.CUSTOMER_ID, MKT.SUBSCRIPTIONS.EMAIL
-- indirect: CRM.CUSTOMER_EMAILS.EMAIL, CRM.CUSTOMER_EMAILS.CUSTOMER_ID
CREATE OR REPLACE TRIGGER crm.trg_customers_ad
AFTER DELETE ON crm.customers
FOR EACH ROW
BEGIN
  DELETE FROM crm.customer_notes n
   WHERE n.customer_id = :OLD.customer_id;

  DELETE FROM mkt.subscriptions s
   WHERE s.email IN (SELECT e.email
                       FROM crm.customer_emails e
                      WHERE e.customer_id = :OLD.customer_id);
END;
/

-- case: trg_new_value_inside_scalar_subquery_of_values
-- sources: SALES.INVOICES, CRM.CUSTOMERS
-- targets: SALES.INVOICE_NOTIFICATIONS
-- columns: SALES.INVOICES.INVOICE_ID -> SALES.INVOICE_NOTIFICATIONS.INVOICE_ID
-- columns: CRM.CUSTOMERS.BILLING_EMAIL -> SALES.INVOICE_NOTIFICATIONS.CUSTOMER_EMAIL
-- columns: SALES.INVOICES.GROSS_AMOUNT -> SALES.INVOICE_NOTIFICATIONS.AMOUNT
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID, SALES.INVOICES.CUSTOMER_ID
CREATE OR REPLACE TRIGGER sales.trg_invoice_ai
AFTER INSERT ON sales.invoices
FOR EACH ROW
BEGIN
  INSERT INTO sales.invoice_notifications (invoice_id, customer_email, amount, queued_at)
  VALUES (:NEW.invoice_id,
          (SELECT c.billing_email FROM crm.customers c WHERE c.customer_id = :NEW.customer_id),
          :NEW.gross_amount,
          SYSTIMESTAMP);
END;
/

-- case: trg_statement_level_merge_from_own_table
-- sources: INV.STOCK_MOVES
-- targets: INV.STOCK_SUMMARY
-- columns: INV.STOCK_MOVES.SKU -> INV.STOCK_SUMMARY.SKU
-- columns: INV.STOCK_MOVES.QTY_DELTA -> INV.STOCK_SUMMARY.QTY
-- indirect: INV.STOCK_MOVES.MOVE_DAY, INV.STOCK_SUMMARY.SKU, INV.STOCK_SUMMARY.SUMMARY_DAY
CREATE OR REPLACE TRIGGER inv.trg_stock_refresh_as
AFTER INSERT OR UPDATE OR DELETE ON inv.stock_moves
BEGIN
  MERGE INTO inv.stock_summary s
  USING (SELECT m.sku, SUM(m.qty_delta) AS qty
           FROM inv.stock_moves m
          WHERE m.move_day = TRUNC(SYSDATE)
          GROUP BY m.sku) d
     ON (s.sku = d.sku AND s.summary_day = TRUNC(SYSDATE))
   WHEN MATCHED THEN UPDATE SET s.qty = d.qty
   WHEN NOT MATCHED THEN INSERT (sku, summary_day, qty) VALUES (d.sku, TRUNC(SYSDATE), d.qty);
END;
/

-- case: trg_referencing_new_as_custom_name_when_clause
-- sources: FIN.TRANSFERS
-- targets: FIN.LARGE_TRANSFER_ALERTS
-- columns: FIN.TRANSFERS.TRANSFER_ID -> FIN.LARGE_TRANSFER_ALERTS.TRANSFER_ID
-- columns: FIN.TRANSFERS.AMOUNT -> FIN.LARGE_TRANSFER_ALERTS.AMOUNT
-- columns: FIN.TRANSFERS.FROM_IBAN -> FIN.LARGE_TRANSFER_ALERTS.IBAN_MASKED
CREATE OR REPLACE EDITIONABLE TRIGGER fin.trg_transfers_large
AFTER INSERT ON fin.transfers
REFERENCING NEW AS new_row
FOR EACH ROW
WHEN (new_row.amount > 10000)
BEGIN
  INSERT INTO fin.large_transfer_alerts (transfer_id, amount, iban_masked, alerted_at)
  VALUES (:new_row.transfer_id,
          :new_row.amount,
          SUBSTR(:new_row.from_iban, 1, 4) || RPAD('*', LENGTH(:new_row.from_iban) - 8, '*') || SUBSTR(:new_row.from_iban, -4),
          SYSTIMESTAMP);
END;
/

-- case: trg_before_update_local_procedure_writes_history
-- sources: INV.PRODUCTS
-- targets: INV.PRODUCT_HISTORY
-- columns: INV.PRODUCTS.PRODUCT_ID -> INV.PRODUCT_HISTORY.PRODUCT_ID
-- columns: INV.PRODUCTS.PRODUCT_NAME -> INV.PRODUCT_HISTORY.PRODUCT_NAME
-- columns: INV.PRODUCTS.STATUS -> INV.PRODUCT_HISTORY.STATUS
CREATE OR REPLACE TRIGGER inv.trg_products_bu_hist
BEFORE UPDATE ON inv.products
FOR EACH ROW
DECLARE
  v_id   inv.products.product_id%TYPE;
  v_name inv.products.product_name%TYPE;
  v_stat inv.products.status%TYPE;
BEGIN
  v_id   := :OLD.product_id;
  v_name := :OLD.product_name;
  v_stat := :OLD.status;
  INSERT INTO inv.product_history (product_id, product_name, status, valid_to)
  VALUES (v_id, v_name, v_stat, SYSTIMESTAMP);
END;
/

-- case: trg_new_values_only_as_procedure_arguments_still_read_table
-- sources: SALES.ORDERS
CREATE OR REPLACE TRIGGER sales.trg_orders_notify
AFTER INSERT ON sales.orders
FOR EACH ROW
BEGIN
  sales.pkg_events.order_created(p_order_id => :NEW.order_id, p_amount => :NEW.amount);
END;
/

-- case: trg_call_statement_body_reads_trigger_table
-- sources: HR.EMPLOYEES
CREATE OR REPLACE TRIGGER hr.trg_emp_sync_call
AFTER UPDATE OF email ON hr.employees
FOR EACH ROW
CALL hr.pkg_ldap.sync_email(:NEW.employee_id, :NEW.email)
/

-- case: trg_before_drop_on_schema_guard_has_no_lineage
-- diagnostics: none
CREATE OR REPLACE TRIGGER dwh.trg_no_drop
BEFORE DROP ON SCHEMA
BEGIN
  IF ora_dict_obj_type = 'TABLE' AND ora_dict_obj_name LIKE 'FACT%' THEN
    RAISE_APPLICATION_ERROR(-20900, 'fact tables cannot be dropped; ask the DWH team');
  END IF;
END;
/

-- case: trg_after_update_of_status_updates_parent_ticket
-- sources: SUPPORT.TICKET_TASKS
-- targets: SUPPORT.TICKETS
-- columns: SUPPORT.TICKET_TASKS.TASK_ID -> SUPPORT.TICKETS.LAST_CHANGED_TASK
-- columns: SUPPORT.TICKET_TASKS.STATUS -> SUPPORT.TICKETS.LAST_TASK_STATUS
-- indirect: SUPPORT.TICKETS.TICKET_ID, SUPPORT.TICKET_TASKS.TICKET_ID
CREATE OR REPLACE TRIGGER support.trg_tasks_au_status
AFTER UPDATE OF status ON support.ticket_tasks
FOR EACH ROW
BEGIN
  UPDATE support.tickets t
     SET t.last_changed_task = :NEW.task_id,
         t.last_task_status  = :NEW.status,
         t.updated_at        = SYSTIMESTAMP
   WHERE t.ticket_id = :NEW.ticket_id;
END;
/

-- case: trg_lowercase_pseudorecords_and_commented_out_references
-- sources: HR.EMPLOYEES
-- targets: HR.EMAIL_CHANGES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMAIL_CHANGES.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.EMAIL -> HR.EMAIL_CHANGES.OLD_EMAIL
-- columns: HR.EMPLOYEES.EMAIL -> HR.EMAIL_CHANGES.NEW_EMAIL
create or replace trigger hr.trg_emp_email_au
after update of email on hr.employees
for each row
begin
  -- :new.salary, :old.salary and :new.phone_number are intentionally not logged
  /* insert into hr.salary_log values (:new.salary); */
  insert into hr.email_changes (employee_id, old_email, new_email, changed_at)
  values (:new.employee_id, :old.email, :new.email, systimestamp);
end;
/
