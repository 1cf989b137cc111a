-- case: returning_insert_returning_id_feeds_child_rows
-- sources: SALES.CARTS, SALES.ORDERS, SALES.CART_ITEMS
-- targets: SALES.ORDERS, SALES.ORDER_LINES
-- columns: SALES.CARTS.CUSTOMER_ID -> SALES.ORDERS.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_ID -> SALES.ORDER_LINES.ORDER_ID
-- columns: SALES.CART_ITEMS.PRODUCT_ID -> SALES.ORDER_LINES.PRODUCT_ID
-- columns: SALES.CART_ITEMS.QTY -> SALES.ORDER_LINES.QTY
-- columns: SALES.CART_ITEMS.UNIT_PRICE -> SALES.ORDER_LINES.UNIT_PRICE
-- indirect: SALES.CARTS.CART_ID, SALES.CART_ITEMS.CART_ID
-- effects: delete SALES.CART_ITEMS
CREATE OR REPLACE PROCEDURE sales.create_order_from_cart (p_cart_id IN NUMBER) IS
  v_customer_id NUMBER;
  v_order_id    NUMBER;
BEGIN
  SELECT c.customer_id
    INTO v_customer_id
    FROM sales.carts c
   WHERE c.cart_id = p_cart_id;

  INSERT INTO sales.orders (order_id, customer_id, order_day, status)
  VALUES (sales.seq_orders.NEXTVAL, v_customer_id, TRUNC(SYSDATE), 'NEW')
  RETURNING order_id INTO v_order_id;

  INSERT INTO sales.order_lines (order_id, line_no, product_id, qty, unit_price)
  SELECT v_order_id, ROWNUM, ci.product_id, ci.qty, ci.unit_price
    FROM sales.cart_items ci
   WHERE ci.cart_id = p_cart_id;

  DELETE FROM sales.cart_items WHERE cart_id = p_cart_id;
  COMMIT;
END create_order_from_cart;
/

-- case: returning_update_returning_into_ledger
-- sources: FIN.ACCOUNTS
-- targets: FIN.ACCOUNTS, FIN.ACCOUNT_LEDGER
-- columns: FIN.ACCOUNTS.BALANCE -> FIN.ACCOUNT_LEDGER.BALANCE_AFTER
-- columns: FIN.ACCOUNTS.CURRENCY_CODE -> FIN.ACCOUNT_LEDGER.CURRENCY_CODE
CREATE OR REPLACE PROCEDURE fin.withdraw (p_account_id IN NUMBER, p_amount IN NUMBER) IS
  v_new_balance NUMBER;
  v_currency    VARCHAR2(3);
BEGIN
  UPDATE fin.accounts
     SET balance = balance - p_amount,
         last_activity_at = SYSTIMESTAMP
   WHERE account_id = p_account_id
  RETURNING balance, currency_code INTO v_new_balance, v_currency;

  INSERT INTO fin.account_ledger (account_id, entry_amount, balance_after, currency_code, entry_at)
  VALUES (p_account_id, -p_amount, v_new_balance, v_currency, SYSTIMESTAMP);
END withdraw;
/

-- case: returning_delete_returning_into_archive
-- sources: APP.USERS
-- targets: APP.DELETED_USERS
-- columns: APP.USERS.EMAIL -> APP.DELETED_USERS.EMAIL_HASH
-- columns: APP.USERS.CREATED_AT -> APP.DELETED_USERS.MEMBER_SINCE
-- effects: delete APP.USERS
CREATE OR REPLACE PROCEDURE app.delete_user (p_user_id IN NUMBER) IS
  v_email   VARCHAR2(320);
  v_created DATE;
BEGIN
  DELETE FROM app.users
   WHERE user_id = p_user_id
  RETURNING email, created_at INTO v_email, v_created;

  INSERT INTO app.deleted_users (user_id, email_hash, member_since, deleted_at)
  VALUES (p_user_id, STANDARD_HASH(v_email, 'SHA256'), v_created, SYSDATE);
  COMMIT;
END delete_user;
/

-- case: returning_bulk_collect_then_forall_update
-- sources: WMS.RESERVATIONS
-- targets: WMS.RESERVATIONS, WMS.INVENTORY
-- columns: WMS.RESERVATIONS.RESERVED_QTY -> WMS.INVENTORY.AVAILABLE_QTY
CREATE OR REPLACE PROCEDURE wms.release_expired_reservations IS
  TYPE t_num_tab IS TABLE OF NUMBER;
  l_skus t_num_tab;
  l_qtys t_num_tab;
BEGIN
  UPDATE wms.reservations
     SET status = 'EXPIRED'
   WHERE status = 'HELD'
     AND expires_at < SYSTIMESTAMP
  RETURNING sku_id, reserved_qty BULK COLLECT INTO l_skus, l_qtys;

  FORALL i IN 1 .. l_skus.COUNT
    UPDATE wms.inventory
       SET available_qty = available_qty + l_qtys(i)
     WHERE sku_id = l_skus(i);
  COMMIT;
END release_expired_reservations;
/

-- case: returning_expression_into_record
-- sources: BILLING.INVOICES
-- targets: BILLING.INVOICES, BILLING.INVOICE_EVENTS
-- columns: BILLING.INVOICES.INVOICE_ID -> BILLING.INVOICE_EVENTS.INVOICE_ID
-- columns: BILLING.INVOICES.NET_AMOUNT -> BILLING.INVOICE_EVENTS.GROSS_AMOUNT
-- columns: BILLING.INVOICES.TAX_AMOUNT -> BILLING.INVOICE_EVENTS.GROSS_AMOUNT
CREATE OR REPLACE PROCEDURE billing.finalize_invoice (p_invoice_id IN NUMBER) IS
  TYPE t_result IS RECORD (inv_id NUMBER, gross NUMBER);
  l_res t_result;
BEGIN
  UPDATE billing.invoices
     SET status = 'FINAL',
         finalized_at = SYSDATE
   WHERE invoice_id = p_invoice_id
  RETURNING invoice_id, net_amount + tax_amount INTO l_res;

  INSERT INTO billing.invoice_events (invoice_id, gross_amount, event_code, event_at)
  VALUES (l_res.inv_id, l_res.gross, 'FINALIZED', SYSDATE);
END finalize_invoice;
/

-- case: returning_generated_key_written_back_to_source_row
-- sources: CRM.LEADS, CRM.CUSTOMERS
-- targets: CRM.CUSTOMERS, CRM.LEADS
-- columns: CRM.LEADS.FULL_NAME -> CRM.CUSTOMERS.CUSTOMER_NAME
-- columns: CRM.LEADS.EMAIL -> CRM.CUSTOMERS.EMAIL
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.LEADS.CONVERTED_CUSTOMER_ID
CREATE OR REPLACE PROCEDURE crm.convert_lead (p_lead_id IN NUMBER) IS
  v_customer_id NUMBER;
  v_name        VARCHAR2(200);
  v_email       VARCHAR2(320);
BEGIN
  SELECT l.full_name, l.email
    INTO v_name, v_email
    FROM crm.leads l
   WHERE l.lead_id = p_lead_id;

  INSERT INTO crm.customers (customer_id, customer_name, email, origin)
  VALUES (crm.seq_customers.NEXTVAL, v_name, v_email, 'LEAD')
  RETURNING customer_id INTO v_customer_id;

  UPDATE crm.leads
     SET converted_customer_id = v_customer_id,
         converted_at = SYSDATE
   WHERE lead_id = p_lead_id;
  COMMIT;
END convert_lead;
/
