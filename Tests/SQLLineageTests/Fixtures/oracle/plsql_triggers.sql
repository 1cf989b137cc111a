-- case: trigger_after_insert_new_values_to_audit
-- sources: SALES.ORDERS
-- targets: SALES.ORDERS_AUDIT
-- columns: SALES.ORDERS.ORDER_ID -> SALES.ORDERS_AUDIT.ORDER_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> SALES.ORDERS_AUDIT.CUSTOMER_ID
-- columns: SALES.ORDERS.AMOUNT -> SALES.ORDERS_AUDIT.AMOUNT
CREATE OR REPLACE TRIGGER sales.trg_orders_ai
AFTER INSERT ON sales.orders
FOR EACH ROW
BEGIN
  INSERT INTO sales.orders_audit (order_id, customer_id, amount, action_code, action_at, action_by)
  VALUES (:NEW.order_id, :NEW.customer_id, :NEW.amount, 'I', SYSTIMESTAMP, USER);
END;
/

-- case: trigger_before_update_old_and_new_with_variable
-- sources: HR.EMPLOYEES
-- targets: HR.SALARY_HISTORY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.SALARY_HISTORY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_HISTORY.OLD_SALARY, HR.EMPLOYEES.SALARY -> HR.SALARY_HISTORY.NEW_SALARY
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_HISTORY.SALARY_DELTA
-- columns: HR.EMPLOYEES.COMMISSION_PCT -> HR.SALARY_HISTORY.OLD_COMMISSION
-- columns: HR.EMPLOYEES.COMMISSION_PCT -> HR.SALARY_HISTORY.NEW_COMMISSION
CREATE OR REPLACE TRIGGER hr.trg_emp_salary_bu
BEFORE UPDATE OF salary, commission_pct ON hr.employees
FOR EACH ROW
DECLARE
  v_delta NUMBER;
BEGIN
  v_delta := NVL(:NEW.salary, 0) - NVL(:OLD.salary, 0);
  INSERT INTO hr.salary_history
    (employee_id, old_salary, new_salary, salary_delta, old_commission, new_commission, changed_on)
  VALUES
    (:OLD.employee_id, :OLD.salary, :NEW.salary, v_delta, :OLD.commission_pct, :NEW.commission_pct, SYSDATE);
END trg_emp_salary_bu;
/

-- case: trigger_insert_update_delete_predicates
-- sources: INV.PRODUCTS
-- targets: INV.PRODUCT_CHANGES
-- columns: INV.PRODUCTS.PRODUCT_ID -> INV.PRODUCT_CHANGES.PRODUCT_ID
-- columns: INV.PRODUCTS.LIST_PRICE -> INV.PRODUCT_CHANGES.LIST_PRICE
CREATE OR REPLACE TRIGGER inv.trg_products_aiud
AFTER INSERT OR UPDATE OR DELETE ON inv.products
FOR EACH ROW
DECLARE
  v_action CHAR(1);
BEGIN
  IF INSERTING THEN
    v_action := 'I';
  ELSIF UPDATING THEN
    v_action := 'U';
  ELSE
    v_action := 'D';
  END IF;

  IF DELETING THEN
    INSERT INTO inv.product_changes (product_id, list_price, action_code, changed_at)
    VALUES (:OLD.product_id, :OLD.list_price, v_action, SYSTIMESTAMP);
  ELSE
    INSERT INTO inv.product_changes (product_id, list_price, action_code, changed_at)
    VALUES (:NEW.product_id, :NEW.list_price, v_action, SYSTIMESTAMP);
  END IF;
END trg_products_aiud;
/

-- case: trigger_referencing_aliases_and_when_clause
-- sources: FIN.PAYMENTS
-- targets: FIN.PAYMENT_STATUS_LOG
-- columns: FIN.PAYMENTS.PAYMENT_ID -> FIN.PAYMENT_STATUS_LOG.PAYMENT_ID
-- columns: FIN.PAYMENTS.STATUS -> FIN.PAYMENT_STATUS_LOG.FROM_STATUS
-- columns: FIN.PAYMENTS.STATUS -> FIN.PAYMENT_STATUS_LOG.TO_STATUS
CREATE OR REPLACE TRIGGER fin.trg_payments_au
AFTER UPDATE OF status ON fin.payments
REFERENCING OLD AS prev NEW AS curr
FOR EACH ROW
WHEN (curr.status <> prev.status)
BEGIN
  INSERT INTO fin.payment_status_log (payment_id, from_status, to_status, changed_at)
  VALUES (:curr.payment_id, :prev.status, :curr.status, SYSTIMESTAMP);
END;
/

-- case: trigger_lookup_other_table_with_new_in_where
-- sources: SALES.ORDER_LINES, INV.PRODUCTS
-- targets: SALES.PRICE_AUDIT
-- columns: SALES.ORDER_LINES.ORDER_ID -> SALES.PRICE_AUDIT.ORDER_ID
-- columns: SALES.ORDER_LINES.LINE_NO -> SALES.PRICE_AUDIT.LINE_NO
-- columns: SALES.ORDER_LINES.PRODUCT_ID -> SALES.PRICE_AUDIT.PRODUCT_ID
-- columns: INV.PRODUCTS.CATEGORY -> SALES.PRICE_AUDIT.CATEGORY
-- columns: INV.PRODUCTS.LIST_PRICE -> SALES.PRICE_AUDIT.LIST_PRICE
-- columns: SALES.ORDER_LINES.UNIT_PRICE -> SALES.PRICE_AUDIT.SOLD_PRICE
CREATE OR REPLACE TRIGGER sales.trg_order_lines_bi
BEFORE INSERT ON sales.order_lines
FOR EACH ROW
DECLARE
  v_list_price inv.products.list_price%TYPE;
  v_category   inv.products.category%TYPE;
BEGIN
  SELECT p.list_price, p.category
    INTO v_list_price, v_category
    FROM inv.products p
   WHERE p.product_id = :NEW.product_id;

  INSERT INTO sales.price_audit
    (order_id, line_no, product_id, category, list_price, sold_price, audited_at)
  VALUES
    (:NEW.order_id, :NEW.line_no, :NEW.product_id, v_category, v_list_price, :NEW.unit_price, SYSDATE);
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    NULL;
END;
/

-- case: trigger_maintains_running_balance
-- sources: FIN.LEDGER_ENTRIES
-- targets: FIN.ACCOUNT_BALANCES
-- columns: FIN.LEDGER_ENTRIES.AMOUNT -> FIN.ACCOUNT_BALANCES.BALANCE
-- columns: FIN.LEDGER_ENTRIES.ENTRY_ID -> FIN.ACCOUNT_BALANCES.LAST_ENTRY_ID
-- columns: FIN.LEDGER_ENTRIES.ACCOUNT_ID -> FIN.ACCOUNT_BALANCES.ACCOUNT_ID
CREATE OR REPLACE TRIGGER fin.trg_ledger_ai
AFTER INSERT ON fin.ledger_entries
FOR EACH ROW
BEGIN
  UPDATE fin.account_balances b
     SET b.balance = b.balance + :NEW.amount,
         b.last_entry_id = :NEW.entry_id,
         b.updated_at = SYSTIMESTAMP
   WHERE b.account_id = :NEW.account_id;

  IF SQL%ROWCOUNT = 0 THEN
    INSERT INTO fin.account_balances (account_id, balance, last_entry_id, updated_at)
    VALUES (:NEW.account_id, :NEW.amount, :NEW.entry_id, SYSTIMESTAMP);
  END IF;
END;
/

-- case: trigger_instead_of_insert_on_view
-- sources: APP.V_CUSTOMER
-- targets: APP.CUSTOMERS, APP.CUSTOMER_CONTACTS
-- columns: APP.V_CUSTOMER.CUSTOMER_ID -> APP.CUSTOMERS.CUSTOMER_ID
-- columns: APP.V_CUSTOMER.CUSTOMER_NAME -> APP.CUSTOMERS.CUSTOMER_NAME
-- columns: APP.V_CUSTOMER.COUNTRY_CODE -> APP.CUSTOMERS.COUNTRY_CODE
-- columns: APP.V_CUSTOMER.CUSTOMER_ID -> APP.CUSTOMER_CONTACTS.CUSTOMER_ID
-- columns: APP.V_CUSTOMER.EMAIL -> APP.CUSTOMER_CONTACTS.EMAIL
-- columns: APP.V_CUSTOMER.PHONE -> APP.CUSTOMER_CONTACTS.PHONE
CREATE OR REPLACE TRIGGER app.trg_v_customer_ioi
INSTEAD OF INSERT ON app.v_customer
FOR EACH ROW
BEGIN
  INSERT INTO app.customers (customer_id, customer_name, country_code)
  VALUES (:NEW.customer_id, :NEW.customer_name, :NEW.country_code);

  INSERT INTO app.customer_contacts (customer_id, email, phone)
  VALUES (:NEW.customer_id, LOWER(:NEW.email), :NEW.phone);
END;
/

-- case: trigger_compound_collects_rows_then_forall
-- sources: HR.EMPLOYEES
-- targets: HR.SALARY_REVIEW_QUEUE
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.SALARY_REVIEW_QUEUE.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.SALARY_REVIEW_QUEUE.NEW_SALARY
CREATE OR REPLACE TRIGGER hr.trg_emp_salary_cmp
FOR UPDATE OF salary ON hr.employees
COMPOUND TRIGGER
  TYPE t_num_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  g_ids      t_num_tab;
  g_salaries t_num_tab;
  g_idx      PLS_INTEGER := 0;

  AFTER EACH ROW IS
  BEGIN
    g_idx := g_idx + 1;
    g_ids(g_idx) := :NEW.employee_id;
    g_salaries(g_idx) := :NEW.salary;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_idx
      INSERT INTO hr.salary_review_queue (employee_id, new_salary, queued_at)
      VALUES (g_ids(i), g_salaries(i), SYSTIMESTAMP);
  END AFTER STATEMENT;
END trg_emp_salary_cmp;
/

-- case: trigger_before_delete_archives_old_row
-- sources: CRM.CONTACTS
-- targets: CRM.CONTACTS_DELETED
-- columns: CRM.CONTACTS.CONTACT_ID -> CRM.CONTACTS_DELETED.CONTACT_ID
-- columns: CRM.CONTACTS.CUSTOMER_ID -> CRM.CONTACTS_DELETED.CUSTOMER_ID
-- columns: CRM.CONTACTS.EMAIL -> CRM.CONTACTS_DELETED.EMAIL
CREATE OR REPLACE TRIGGER crm.trg_contacts_bd
BEFORE DELETE ON crm.contacts
FOR EACH ROW
BEGIN
  INSERT INTO crm.contacts_deleted (contact_id, customer_id, email, deleted_at, deleted_by)
  VALUES (:OLD.contact_id, :OLD.customer_id, :OLD.email, SYSDATE, SYS_CONTEXT('USERENV', 'OS_USER'));
END;
/

-- case: trigger_statement_level_reads_own_table
-- sources: SALES.ORDERS
-- targets: SALES.DAILY_TOTALS
-- columns: SALES.ORDERS.AMOUNT -> SALES.DAILY_TOTALS.TOTAL_AMOUNT
-- effects: delete SALES.DAILY_TOTALS
CREATE OR REPLACE TRIGGER sales.trg_orders_totals
AFTER INSERT OR UPDATE OR DELETE ON sales.orders
BEGIN
  DELETE FROM sales.daily_totals WHERE sales_day = TRUNC(SYSDATE);

  INSERT INTO sales.daily_totals (sales_day, order_count, total_amount)
  SELECT TRUNC(SYSDATE), COUNT(*), SUM(o.amount)
    FROM sales.orders o
   WHERE o.order_day = TRUNC(SYSDATE);
END;
/

-- case: trigger_default_schema_unqualified_table
-- default_schema: APP
-- sources: APP.ORDERS
-- targets: APP.SHIPMENT_QUEUE
-- columns: APP.ORDERS.ORDER_ID -> APP.SHIPMENT_QUEUE.ORDER_ID
-- columns: APP.ORDERS.SHIP_ADDRESS -> APP.SHIPMENT_QUEUE.SHIP_TO_ADDRESS
CREATE OR REPLACE TRIGGER trg_orders_shipped_au
AFTER UPDATE OF status ON orders
FOR EACH ROW
WHEN (NEW.status = 'SHIPPED')
BEGIN
  INSERT INTO shipment_queue (order_id, ship_to_address, queued_at)
  VALUES (:NEW.order_id, :NEW.ship_address, SYSDATE);
END;
/

-- case: trigger_before_insert_or_update_without_slash
-- sources: CRM.CUSTOMERS
-- targets: CRM.CUSTOMER_CHANGES
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CUSTOMER_CHANGES.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> CRM.CUSTOMER_CHANGES.NEW_CREDIT_LIMIT
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> CRM.CUSTOMER_CHANGES.OLD_CREDIT_LIMIT
CREATE OR REPLACE TRIGGER crm.trg_customers_biu
BEFORE INSERT OR UPDATE ON crm.customers
FOR EACH ROW
DECLARE
  v_change_type CHAR(1);
BEGIN
  IF INSERTING THEN
    v_change_type := 'I';
  ELSE
    v_change_type := 'U';
  END IF;

  INSERT INTO crm.customer_changes
    (customer_id, new_credit_limit, old_credit_limit, change_type, changed_at)
  VALUES
    (:NEW.customer_id, :NEW.credit_limit, :OLD.credit_limit, v_change_type, SYSTIMESTAMP);
END;
