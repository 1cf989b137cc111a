-- case: trg_before_insert_assigning_new_fields_is_not_a_write
-- diagnostics: none
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID, SALES.ORDERS.CUSTOMER_ID
  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_ORDERS_BI"
BEFORE INSERT ON "SALES"."ORDERS"
FOR EACH ROW
DECLARE
  l_region "CRM"."CUSTOMERS"."REGION_CODE"%TYPE;
BEGIN
  IF :NEW."ORDER_ID" IS NULL THEN
    :NEW."ORDER_ID" := "SALES"."SEQ_ORDERS".NEXTVAL;
  END IF;
  SELECT c."REGION_CODE"
    INTO l_region
    FROM "CRM"."CUSTOMERS" c
   WHERE c."CUSTOMER_ID" = :NEW."CUSTOMER_ID";
  :NEW."REGION_CODE" := l_region;
  :NEW."CREATED_AT"  := SYSTIMESTAMP;
END;
/
ALTER TRIGGER "SALES"."TRG_ORDERS_BI" ENABLE;

-- case: trg_compound_instead_of_each_row_on_view_returning_key_into_child
-- diagnostics: none
-- sources: APP.V_CONTACTS, APP.CONTACTS
-- targets: APP.CONTACTS, APP.CONTACT_PHONES
-- columns: APP.V_CONTACTS.FULL_NAME -> APP.CONTACTS.FULL_NAME
-- columns: APP.V_CONTACTS.EMAIL -> APP.CONTACTS.EMAIL
-- columns: APP.CONTACTS.CONTACT_ID -> APP.CONTACT_PHONES.CONTACT_ID
-- columns: APP.V_CONTACTS.PHONE -> APP.CONTACT_PHONES.PHONE_NO
-- indirect:
  CREATE OR REPLACE EDITIONABLE TRIGGER "APP"."TRG_V_CONTACTS_CMP"
FOR INSERT ON "APP"."V_CONTACTS"
COMPOUND TRIGGER
  l_id NUMBER;

  INSTEAD OF EACH ROW IS
  BEGIN
    INSERT INTO app.contacts (contact_id, full_name, email)
    VALUES (app.seq_contacts.NEXTVAL, :NEW.full_name, LOWER(:NEW.email))
    RETURNING contact_id INTO l_id;

    INSERT INTO app.contact_phones (contact_id, phone_no, phone_type)
    VALUES (l_id, :NEW.phone, 'MOBILE');
  END INSTEAD OF EACH ROW;

END "TRG_V_CONTACTS_CMP";
/
ALTER TRIGGER "APP"."TRG_V_CONTACTS_CMP" ENABLE;

-- case: trg_instead_of_update_merge_dual_and_self_lookup_subquery_in_set
-- diagnostics: none
-- sources: HR.V_EMP_DETAIL, HR.EMPLOYEES
-- targets: HR.EMP_ADDRESSES, HR.EMPLOYEES
-- columns: HR.V_EMP_DETAIL.EMPLOYEE_ID -> HR.EMP_ADDRESSES.EMPLOYEE_ID
-- columns: HR.V_EMP_DETAIL.STREET -> HR.EMP_ADDRESSES.STREET
-- columns: HR.V_EMP_DETAIL.CITY -> HR.EMP_ADDRESSES.CITY
-- columns: HR.V_EMP_DETAIL.JOB_TITLE -> HR.EMPLOYEES.JOB_TITLE
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.EMPLOYEES.MANAGER_ID
-- indirect: HR.EMP_ADDRESSES.EMPLOYEE_ID, HR.EMPLOYEES.EMAIL, HR.V_EMP_DETAIL.MANAGER_EMAIL
  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_V_EMP_DETAIL_IOU"
INSTEAD OF UPDATE ON "HR"."V_EMP_DETAIL"
REFERENCING NEW AS nw OLD AS ol
FOR EACH ROW
BEGIN
  MERGE INTO hr.emp_addresses a
  USING (SELECT :nw.employee_id AS employee_id,
                :nw.street      AS street,
                :nw.city        AS city
           FROM dual) s
     ON (a.employee_id = s.employee_id)
   WHEN MATCHED THEN UPDATE SET a.street = s.street, a.city = s.city
   WHEN NOT MATCHED THEN INSERT (employee_id, street, city)
                         VALUES (s.employee_id, s.street, s.city);

  UPDATE hr.employees e
     SET e.job_title  = :nw.job_title,
         e.manager_id = (SELECT m.employee_id
                           FROM hr.employees m
                          WHERE m.email = :nw.manager_email)
   WHERE e.employee_id = :ol.employee_id;
END;
/

-- case: trg_after_servererror_on_database_logs_with_event_functions
-- diagnostics: none
-- sources: OPS.ERROR_FILTERS
-- targets: OPS.SERVER_ERRORS
-- indirect: OPS.ERROR_FILTERS.ERR_CODE
  CREATE OR REPLACE EDITIONABLE TRIGGER "OPS"."TRG_LOG_SERVERERRORS"
AFTER SERVERERROR ON DATABASE
DECLARE
  PRAGMA AUTONOMOUS_TRANSACTION;
  l_ignored PLS_INTEGER;
BEGIN
  SELECT COUNT(*)
    INTO l_ignored
    FROM ops.error_filters f
   WHERE f.err_code = ORA_SERVER_ERROR(1);

  IF l_ignored = 0 THEN
    INSERT INTO ops.server_errors (err_code, err_text, db_user, logged_at)
    VALUES (ORA_SERVER_ERROR(1), ORA_SERVER_ERROR_MSG(1), ORA_LOGIN_USER, SYSTIMESTAMP);
  END IF;
  COMMIT;
END;
/
SHOW ERRORS

-- case: trg_after_delete_row_history_returning_key_then_copy_children_and_delete_them
-- diagnostics: none
-- sources: INV.ITEMS, INV.ITEMS_HIST, INV.ITEM_ATTRIBUTES
-- targets: INV.ITEMS_HIST, INV.ITEMS_HIST_ATTRS
-- columns: INV.ITEMS.ITEM_ID -> INV.ITEMS_HIST.ITEM_ID
-- columns: INV.ITEMS.ITEM_NAME -> INV.ITEMS_HIST.ITEM_NAME
-- columns: INV.ITEMS_HIST.HIST_ID -> INV.ITEMS_HIST_ATTRS.HIST_ID
-- columns: INV.ITEM_ATTRIBUTES.ATTR_NAME -> INV.ITEMS_HIST_ATTRS.ATTR_NAME
-- columns: INV.ITEM_ATTRIBUTES.ATTR_VALUE -> INV.ITEMS_HIST_ATTRS.ATTR_VALUE
-- indirect: INV.ITEM_ATTRIBUTES.ITEM_ID
-- effects: delete INV.ITEM_ATTRIBUTES
  CREATE OR REPLACE EDITIONABLE TRIGGER "INV"."TRG_ITEMS_AD"
AFTER DELETE ON "INV"."ITEMS"
FOR EACH ROW
DECLARE
  l_hist_id inv.items_hist.hist_id%TYPE;
BEGIN
  INSERT INTO inv.items_hist (hist_id, item_id, item_name, deleted_at)
  VALUES (inv.seq_items_hist.NEXTVAL, :OLD.item_id, :OLD.item_name, SYSDATE)
  RETURNING hist_id INTO l_hist_id;

  INSERT INTO inv.items_hist_attrs (hist_id, attr_name, attr_value)
  SELECT l_hist_id, a.attr_name, a.attr_value
    FROM inv.item_attributes a
   WHERE a.item_id = :OLD.item_id;

  DELETE FROM inv.item_attributes WHERE item_id = :OLD.item_id;
END;
/

-- case: trg_row_conditional_insert_all_from_lookup_select_and_new_values
-- diagnostics: none
-- sources: FIN.PAYMENTS, CRM.CUSTOMERS
-- targets: FIN.PAYMENT_REVIEWS, FIN.PAYMENT_EVENTS
-- columns: FIN.PAYMENTS.PAYMENT_ID -> FIN.PAYMENT_REVIEWS.PAYMENT_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> FIN.PAYMENT_REVIEWS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.RISK_LEVEL -> FIN.PAYMENT_REVIEWS.RISK_LEVEL
-- columns: FIN.PAYMENTS.AMOUNT -> FIN.PAYMENT_REVIEWS.AMOUNT
-- columns: FIN.PAYMENTS.PAYMENT_ID -> FIN.PAYMENT_EVENTS.PAYMENT_ID
-- columns: CRM.CUSTOMERS.RISK_LEVEL -> FIN.PAYMENT_EVENTS.RISK_LEVEL
-- indirect: FIN.PAYMENTS.CUSTOMER_ID
  CREATE OR REPLACE EDITIONABLE TRIGGER "FIN"."TRG_PAYMENTS_AI"
AFTER INSERT ON "FIN"."PAYMENTS"
FOR EACH ROW
BEGIN
  INSERT ALL
    WHEN risk_level = 'HIGH' THEN
      INTO fin.payment_reviews (payment_id, customer_id, risk_level, amount)
      VALUES (:NEW.payment_id, cust_id, risk_level, :NEW.amount)
    WHEN 1 = 1 THEN
      INTO fin.payment_events (payment_id, event_type, risk_level)
      VALUES (:NEW.payment_id, 'CREATED', risk_level)
  SELECT c.customer_id AS cust_id, c.risk_level
    FROM crm.customers c
   WHERE c.customer_id = :NEW.customer_id;
END;
/

-- case: trg_instead_of_insert_lookup_with_handlers_writing_rejects
-- diagnostics: none
-- sources: SHOP.PRODUCTS, SHOP.V_ORDER_IMPORT
-- targets: SHOP.ORDER_LINES, SHOP.IMPORT_REJECTS
-- columns: SHOP.V_ORDER_IMPORT.ORDER_NO -> SHOP.ORDER_LINES.ORDER_NO
-- columns: SHOP.PRODUCTS.PRODUCT_ID -> SHOP.ORDER_LINES.PRODUCT_ID
-- columns: SHOP.V_ORDER_IMPORT.QTY -> SHOP.ORDER_LINES.QTY
-- columns: SHOP.V_ORDER_IMPORT.UNIT_PRICE -> SHOP.ORDER_LINES.UNIT_PRICE
-- columns: SHOP.V_ORDER_IMPORT.ORDER_NO -> SHOP.IMPORT_REJECTS.ORDER_NO
-- columns: SHOP.V_ORDER_IMPORT.SKU -> SHOP.IMPORT_REJECTS.SKU
-- indirect: SHOP.PRODUCTS.SKU
  CREATE OR REPLACE EDITIONABLE TRIGGER "SHOP"."TRG_V_ORDER_IMPORT_IOI"
INSTEAD OF INSERT ON "SHOP"."V_ORDER_IMPORT"
FOR EACH ROW
DECLARE
  l_product_id shop.products.product_id%TYPE;
  l_err        VARCHAR2(4000);
BEGIN
  SELECT p.product_id
    INTO l_product_id
    FROM shop.products p
   WHERE p.sku = :NEW.sku;

  INSERT INTO shop.order_lines (order_no, product_id, qty, unit_price)
  VALUES (:NEW.order_no, l_product_id, :NEW.qty, :NEW.unit_price);
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    INSERT INTO shop.import_rejects (order_no, sku, reason, rejected_at)
    VALUES (:NEW.order_no, :NEW.sku, 'UNKNOWN SKU', SYSDATE);
  WHEN OTHERS THEN
    l_err := SQLERRM;
    INSERT INTO shop.import_rejects (order_no, sku, reason, rejected_at)
    VALUES (:NEW.order_no, :NEW.sku, l_err, SYSDATE);
END;
/

-- case: trg_three_triggers_statement_row_and_guard_on_one_table
-- diagnostics: none
-- sources: INV.PRICES, INV.PRICE_LOCKS
-- targets: OPS.DML_LOG, INV.PRICE_HISTORY
-- columns: INV.PRICES.SKU -> INV.PRICE_HISTORY.SKU
-- columns: INV.PRICES.LIST_PRICE -> INV.PRICE_HISTORY.OLD_PRICE
-- columns: INV.PRICES.LIST_PRICE -> INV.PRICE_HISTORY.NEW_PRICE
-- indirect: INV.PRICE_LOCKS.LOCK_UNTIL
  CREATE OR REPLACE EDITIONABLE TRIGGER "INV"."TRG_PRICES_BUS"
BEFORE UPDATE ON "INV"."PRICES"
BEGIN
  INSERT INTO ops.dml_log (table_name, operation, logged_at)
  VALUES ('INV.PRICES', 'UPDATE', SYSTIMESTAMP);
END;
/
ALTER TRIGGER "INV"."TRG_PRICES_BUS" ENABLE;
  CREATE OR REPLACE EDITIONABLE TRIGGER "INV"."TRG_PRICES_AUR"
AFTER UPDATE OF list_price ON "INV"."PRICES"
FOR EACH ROW
WHEN (NEW.list_price <> OLD.list_price)
BEGIN
  INSERT INTO inv.price_history (sku, old_price, new_price, changed_at)
  VALUES (:OLD.sku, :OLD.list_price, :NEW.list_price, SYSDATE);
END;
/
ALTER TRIGGER "INV"."TRG_PRICES_AUR" ENABLE;
  CREATE OR REPLACE EDITIONABLE TRIGGER "INV"."TRG_PRICES_BDS"
BEFORE DELETE ON "INV"."PRICES"
DECLARE
  l_locked PLS_INTEGER;
BEGIN
  SELECT COUNT(*) INTO l_locked FROM inv.price_locks WHERE lock_until > SYSDATE;
  IF l_locked > 0 THEN
    RAISE_APPLICATION_ERROR(-20010, 'prices are locked');
  END IF;
END;
/
ALTER TRIGGER "INV"."TRG_PRICES_BDS" ENABLE;

-- case: trg_compound_row_collects_keys_statement_forall_update_with_correlated_sum
-- diagnostics: none
-- sources: SALES.ORDER_LINES
-- targets: SALES.ORDERS
-- columns: SALES.ORDER_LINES.QTY -> SALES.ORDERS.LINE_TOTAL, SALES.ORDER_LINES.UNIT_PRICE -> SALES.ORDERS.LINE_TOTAL
-- indirect: SALES.ORDER_LINES.ORDER_ID, SALES.ORDERS.ORDER_ID
  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_ORDER_LINES_CMP"
FOR INSERT OR UPDATE OR DELETE ON "SALES"."ORDER_LINES"
COMPOUND TRIGGER
  TYPE t_id_tab IS TABLE OF sales.orders.order_id%TYPE INDEX BY PLS_INTEGER;
  g_order_ids t_id_tab;

  AFTER EACH ROW IS
  BEGIN
    IF DELETING THEN
      g_order_ids(g_order_ids.COUNT + 1) := :OLD.order_id;
    ELSE
      g_order_ids(g_order_ids.COUNT + 1) := :NEW.order_id;
    END IF;
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    FORALL i IN 1 .. g_order_ids.COUNT
      UPDATE sales.orders o
         SET o.line_total = (SELECT NVL(SUM(l.qty * l.unit_price), 0)
                               FROM sales.order_lines l
                              WHERE l.order_id = g_order_ids(i)),
             o.recalculated_at = SYSDATE
       WHERE o.order_id = g_order_ids(i);
    g_order_ids.DELETE;
  END AFTER STATEMENT;
END trg_order_lines_cmp;
/

-- case: trg_quoted_lowercase_table_cursor_loop_over_three_table_join
-- diagnostics: none
-- sources: CRM.TEAM_MEMBERS, CRM.USERS, CRM.TEAMS, CRM.tickets
-- targets: CRM.NOTIFICATIONS
-- columns: CRM.USERS.USER_ID -> CRM.NOTIFICATIONS.USER_ID
-- columns: CRM.USERS.EMAIL -> CRM.NOTIFICATIONS.EMAIL
-- columns: CRM.TEAMS.TEAM_NAME -> CRM.NOTIFICATIONS.SUBJECT
-- columns: CRM.tickets.ticket_id -> CRM.NOTIFICATIONS.TICKET_ID
-- indirect: CRM.TEAM_MEMBERS.USER_ID, CRM.TEAM_MEMBERS.TEAM_ID, CRM.TEAMS.TEAM_ID, CRM.TEAM_MEMBERS.ON_CALL, CRM.tickets.team_id
  CREATE OR REPLACE EDITIONABLE TRIGGER "CRM"."trg_tickets_escalate"
AFTER UPDATE OF "priority" ON "CRM"."tickets"
FOR EACH ROW
BEGIN
  FOR m IN (SELECT u.user_id, u.email, t.team_name
              FROM crm.team_members tm
              JOIN crm.users u ON u.user_id = tm.user_id
              JOIN crm.teams t ON t.team_id = tm.team_id
             WHERE tm.team_id = :NEW."team_id"
               AND tm.on_call = 'Y') LOOP
    INSERT INTO crm.notifications (user_id, email, subject, ticket_id)
    VALUES (m.user_id, m.email, m.team_name || ': P1 ticket', :NEW."ticket_id");
  END LOOP;
END;
/

-- case: trg_statement_level_execute_immediate_literal_with_doubled_quotes
-- diagnostics: none
-- sources: OPS.REFRESH_QUEUE
-- targets: OPS.REFRESH_QUEUE
-- indirect: OPS.REFRESH_QUEUE.MVIEW_NAME
  CREATE OR REPLACE EDITIONABLE TRIGGER "SALES"."TRG_ORDERS_AIS"
AFTER INSERT OR UPDATE ON "SALES"."ORDERS"
BEGIN
  EXECUTE IMMEDIATE 'INSERT INTO ops.refresh_queue (mview_name, requested_at) '
                 || 'SELECT ''SALES.MV_DAILY'', SYSDATE FROM dual '
                 || 'WHERE NOT EXISTS (SELECT 1 FROM ops.refresh_queue q '
                 || 'WHERE q.mview_name = ''SALES.MV_DAILY'')';
END;
/

-- case: trg_row_json_object_diff_of_old_and_new
-- diagnostics: none
-- sources: HR.EMPLOYEES
-- targets: AUDIT.ROW_CHANGES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> AUDIT.ROW_CHANGES.PK
-- columns: HR.EMPLOYEES.SALARY -> AUDIT.ROW_CHANGES.DIFF, HR.EMPLOYEES.JOB_ID -> AUDIT.ROW_CHANGES.DIFF
  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_EMPLOYEES_DIFF_AU"
AFTER UPDATE OF salary, job_id ON "HR"."EMPLOYEES"
FOR EACH ROW
BEGIN
  INSERT INTO audit.row_changes (table_name, pk, diff, changed_at)
  VALUES ('HR.EMPLOYEES',
          :OLD.employee_id,
          JSON_OBJECT('salary' VALUE JSON_ARRAY(:OLD.salary, :NEW.salary),
                      'job'    VALUE JSON_ARRAY(:OLD.job_id, :NEW.job_id)),
          SYSTIMESTAMP);
END;
/

-- case: trg_local_function_in_declare_section_reads_lookup_table
-- diagnostics: none
-- sources: LOG.POSTCODE_ZONES, LOG.SHIPMENTS
-- targets: LOG.SHIPMENT_ROUTING
-- columns: LOG.SHIPMENTS.SHIPMENT_ID -> LOG.SHIPMENT_ROUTING.SHIPMENT_ID
-- columns: LOG.SHIPMENTS.DEST_POSTCODE -> LOG.SHIPMENT_ROUTING.ZONE_CODE
-- indirect: LOG.POSTCODE_ZONES.PREFIX
  CREATE OR REPLACE EDITIONABLE TRIGGER "LOG"."TRG_SHIPMENTS_AIR"
AFTER INSERT ON "LOG"."SHIPMENTS"
FOR EACH ROW
DECLARE
  l_zone VARCHAR2(10);

  FUNCTION zone_of (p_postcode IN VARCHAR2) RETURN VARCHAR2 IS
    l_z VARCHAR2(10);
  BEGIN
    SELECT z.zone_code
      INTO l_z
      FROM log.postcode_zones z
     WHERE p_postcode LIKE z.prefix || '%';
    RETURN l_z;
  END zone_of;
BEGIN
  l_zone := zone_of(:NEW.dest_postcode);
  INSERT INTO log.shipment_routing (shipment_id, zone_code, routed_at)
  VALUES (:NEW.shipment_id, l_zone, SYSDATE);
END;
/

-- case: trg_after_update_scd2_close_current_and_insert_new_version
-- diagnostics: none
-- sources: CRM.CUSTOMERS
-- targets: DW.DIM_CUSTOMER_HIST
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> DW.DIM_CUSTOMER_HIST.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.SEGMENT -> DW.DIM_CUSTOMER_HIST.SEGMENT
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> DW.DIM_CUSTOMER_HIST.CREDIT_LIMIT
-- indirect: DW.DIM_CUSTOMER_HIST.CUSTOMER_ID, DW.DIM_CUSTOMER_HIST.IS_CURRENT
  CREATE OR REPLACE EDITIONABLE TRIGGER "CRM"."TRG_CUSTOMERS_SCD2"
AFTER UPDATE OF segment, credit_limit ON "CRM"."CUSTOMERS"
REFERENCING OLD AS pre NEW AS post
FOR EACH ROW
BEGIN
  UPDATE dw.dim_customer_hist h
     SET h.valid_to   = SYSDATE,
         h.is_current = 'N'
   WHERE h.customer_id = :pre.customer_id
     AND h.is_current = 'Y';

  INSERT INTO dw.dim_customer_hist (customer_id, segment, credit_limit, valid_from, valid_to, is_current)
  VALUES (:post.customer_id, :post.segment, :post.credit_limit, SYSDATE, NULL, 'Y');
END;
/

-- case: trg_autonomous_row_trigger_counts_own_table_then_logs_transition
-- diagnostics: none
-- sources: OPS.JOBS
-- targets: OPS.JOB_TRANSITIONS
-- columns: OPS.JOBS.JOB_ID -> OPS.JOB_TRANSITIONS.JOB_ID
-- columns: OPS.JOBS.STATUS -> OPS.JOB_TRANSITIONS.FROM_STATUS
-- columns: OPS.JOBS.STATUS -> OPS.JOB_TRANSITIONS.TO_STATUS
-- indirect: OPS.JOBS.QUEUE_NAME
  CREATE OR REPLACE EDITIONABLE TRIGGER "OPS"."TRG_JOBS_STATUS_BU"
BEFORE UPDATE OF status ON "OPS"."JOBS"
FOR EACH ROW
DECLARE
  PRAGMA AUTONOMOUS_TRANSACTION;
  l_running PLS_INTEGER;
BEGIN
  SELECT COUNT(*)
    INTO l_running
    FROM ops.jobs j
   WHERE j.queue_name = :NEW.queue_name
     AND j.status = 'RUNNING';

  INSERT INTO ops.job_transitions (job_id, from_status, to_status, running_in_queue)
  VALUES (:OLD.job_id, :OLD.status, :NEW.status, l_running);
  COMMIT;
END;
/

-- case: trg_instead_of_insert_case_statement_routes_to_subtype_tables
-- diagnostics: none
-- sources: PARTY.V_PARTIES
-- targets: PARTY.PERSONS, PARTY.ORGANISATIONS
-- columns: PARTY.V_PARTIES.PARTY_ID -> PARTY.PERSONS.PARTY_ID
-- columns: PARTY.V_PARTIES.NAME1 -> PARTY.PERSONS.FIRST_NAME
-- columns: PARTY.V_PARTIES.NAME2 -> PARTY.PERSONS.LAST_NAME
-- columns: PARTY.V_PARTIES.PARTY_ID -> PARTY.ORGANISATIONS.PARTY_ID
-- columns: PARTY.V_PARTIES.NAME1 -> PARTY.ORGANISATIONS.ORG_NAME, PARTY.V_PARTIES.NAME2 -> PARTY.ORGANISATIONS.ORG_NAME
-- indirect:
  CREATE OR REPLACE EDITIONABLE TRIGGER "PARTY"."TRG_V_PARTIES_IOI"
INSTEAD OF INSERT ON "PARTY"."V_PARTIES"
FOR EACH ROW
BEGIN
  CASE :NEW.party_type
    WHEN 'P' THEN
      INSERT INTO party.persons (party_id, first_name, last_name)
      VALUES (:NEW.party_id, :NEW.name1, :NEW.name2);
    WHEN 'O' THEN
      INSERT INTO party.organisations (party_id, org_name)
      VALUES (:NEW.party_id, TRIM(:NEW.name1 || ' ' || :NEW.name2));
    ELSE
      RAISE_APPLICATION_ERROR(-20001, 'bad party type ' || :NEW.party_type);
  END CASE;
END;
/
SHOW ERRORS
