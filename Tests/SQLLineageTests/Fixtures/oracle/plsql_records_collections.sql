-- case: records_rowtype_select_star_into_then_fields
-- schema: STG.CUSTOMERS(CUSTOMER_ID, FIRST_NAME, LAST_NAME, EMAIL, COUNTRY_CODE)
-- sources: STG.CUSTOMERS
-- targets: DW.CUSTOMERS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DW.CUSTOMERS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> DW.CUSTOMERS.FULL_NAME, STG.CUSTOMERS.LAST_NAME -> DW.CUSTOMERS.FULL_NAME
-- columns: STG.CUSTOMERS.EMAIL -> DW.CUSTOMERS.EMAIL
-- columns: STG.CUSTOMERS.COUNTRY_CODE -> DW.CUSTOMERS.COUNTRY_CODE
CREATE OR REPLACE PROCEDURE dw.publish_customer (p_customer_id IN NUMBER) IS
  l_src stg.customers%ROWTYPE;
BEGIN
  SELECT *
    INTO l_src
    FROM stg.customers
   WHERE customer_id = p_customer_id;

  INSERT INTO dw.customers (customer_id, full_name, email, country_code, published_at)
  VALUES (l_src.customer_id,
          l_src.first_name || ' ' || l_src.last_name,
          LOWER(l_src.email),
          l_src.country_code,
          SYSDATE);
END publish_customer;
/

-- case: records_insert_values_whole_rowtype_record
-- schema: DW.CUSTOMER_SNAPSHOT(SNAPSHOT_DAY, CUSTOMER_ID, FULL_NAME, CREDIT_LIMIT)
-- sources: CRM.CUSTOMERS
-- targets: DW.CUSTOMER_SNAPSHOT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> DW.CUSTOMER_SNAPSHOT.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.FIRST_NAME -> DW.CUSTOMER_SNAPSHOT.FULL_NAME, CRM.CUSTOMERS.LAST_NAME -> DW.CUSTOMER_SNAPSHOT.FULL_NAME
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> DW.CUSTOMER_SNAPSHOT.CREDIT_LIMIT
-- indirect: CRM.CUSTOMERS.IS_ACTIVE
DECLARE
  l_row dw.customer_snapshot%ROWTYPE;
BEGIN
  FOR c IN (SELECT cu.customer_id, cu.first_name, cu.last_name, cu.credit_limit
              FROM crm.customers cu
             WHERE cu.is_active = 'Y')
  LOOP
    l_row.snapshot_day := TRUNC(SYSDATE);
    l_row.customer_id  := c.customer_id;
    l_row.full_name    := c.first_name || ' ' || c.last_name;
    l_row.credit_limit := c.credit_limit;
    INSERT INTO dw.customer_snapshot VALUES l_row;
  END LOOP;
  COMMIT;
END;
/

-- case: collections_bulk_collect_cursor_rowtype_forall_insert
-- sources: CRM.LEADS
-- targets: STG.LEADS
-- columns: CRM.LEADS.LEAD_ID -> STG.LEADS.LEAD_ID
-- columns: CRM.LEADS.EMAIL -> STG.LEADS.EMAIL
-- columns: CRM.LEADS.SOURCE_CODE -> STG.LEADS.SOURCE_CODE
-- columns: CRM.LEADS.CREATED_AT -> STG.LEADS.LEAD_CREATED_AT
-- indirect: CRM.LEADS.SYNCED_FLAG
CREATE OR REPLACE PROCEDURE stg.copy_new_leads IS
  CURSOR c_leads IS
    SELECT l.lead_id, l.email, l.source_code, l.created_at
      FROM crm.leads l
     WHERE l.synced_flag = 'N';
  TYPE t_lead_tab IS TABLE OF c_leads%ROWTYPE;
  l_leads t_lead_tab;
BEGIN
  OPEN c_leads;
  LOOP
    FETCH c_leads BULK COLLECT INTO l_leads LIMIT 500;
    EXIT WHEN l_leads.COUNT = 0;

    FORALL i IN 1 .. l_leads.COUNT
      INSERT INTO stg.leads (lead_id, email, source_code, lead_created_at, staged_at)
      VALUES (l_leads(i).lead_id,
              l_leads(i).email,
              l_leads(i).source_code,
              l_leads(i).created_at,
              SYSTIMESTAMP);
    COMMIT;
  END LOOP;
  CLOSE c_leads;
END copy_new_leads;
/

-- case: collections_bulk_collect_into_parallel_scalar_tables
-- sources: INV.PRODUCTS
-- targets: WEB.CATALOG_ITEMS
-- columns: INV.PRODUCTS.PRODUCT_ID -> WEB.CATALOG_ITEMS.ITEM_ID
-- columns: INV.PRODUCTS.PRODUCT_NAME -> WEB.CATALOG_ITEMS.TITLE
-- columns: INV.PRODUCTS.LIST_PRICE -> WEB.CATALOG_ITEMS.PRICE_EUR
-- indirect: INV.PRODUCTS.DISCONTINUED
DECLARE
  TYPE t_num_tab IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE t_str_tab IS TABLE OF VARCHAR2(100) INDEX BY PLS_INTEGER;
  l_ids    t_num_tab;
  l_names  t_str_tab;
  l_prices t_num_tab;
BEGIN
  SELECT p.product_id, p.product_name, p.list_price
    BULK COLLECT INTO l_ids, l_names, l_prices
    FROM inv.products p
   WHERE p.discontinued = 'N';

  FORALL i IN 1 .. l_ids.COUNT
    INSERT INTO web.catalog_items (item_id, title, price_eur)
    VALUES (l_ids(i), l_names(i), l_prices(i) * 0.92);
  COMMIT;
END;
/

-- case: collections_forall_update_from_rowtype_collection
-- schema: INV.PRICE_CHANGES(CHANGE_ID, PRODUCT_ID, NEW_PRICE, EFFECTIVE_AT, APPLIED_FLAG)
-- sources: INV.PRICE_CHANGES
-- targets: INV.PRODUCTS, INV.PRICE_CHANGES
-- columns: INV.PRICE_CHANGES.NEW_PRICE -> INV.PRODUCTS.LIST_PRICE
-- columns: INV.PRICE_CHANGES.EFFECTIVE_AT -> INV.PRODUCTS.PRICE_CHANGED_AT
CREATE OR REPLACE PROCEDURE inv.apply_price_changes IS
  TYPE t_change_tab IS TABLE OF inv.price_changes%ROWTYPE;
  l_changes t_change_tab;
BEGIN
  SELECT *
    BULK COLLECT INTO l_changes
    FROM inv.price_changes
   WHERE applied_flag = 'N';

  FORALL i IN 1 .. l_changes.COUNT
    UPDATE inv.products p
       SET p.list_price = l_changes(i).new_price,
           p.price_changed_at = l_changes(i).effective_at
     WHERE p.product_id = l_changes(i).product_id;

  FORALL i IN 1 .. l_changes.COUNT
    UPDATE inv.price_changes c
       SET c.applied_flag = 'Y'
     WHERE c.change_id = l_changes(i).change_id;

  COMMIT;
END apply_price_changes;
/

-- case: records_user_defined_record_type_positional_into
-- sources: CRM.CUSTOMERS
-- targets: CRM.CREDIT_REVIEW
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> CRM.CREDIT_REVIEW.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.LEGAL_NAME -> CRM.CREDIT_REVIEW.CUSTOMER_NAME
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> CRM.CREDIT_REVIEW.OLD_LIMIT
-- columns: CRM.CUSTOMERS.CREDIT_LIMIT -> CRM.CREDIT_REVIEW.NEW_LIMIT
CREATE OR REPLACE PROCEDURE crm.request_credit_review (p_customer_id IN NUMBER) IS
  TYPE t_cust IS RECORD (
    cust_id   NUMBER,
    cust_name VARCHAR2(200),
    credit    NUMBER
  );
  l_cust t_cust;
BEGIN
  SELECT c.customer_id, c.legal_name, c.credit_limit
    INTO l_cust
    FROM crm.customers c
   WHERE c.customer_id = p_customer_id;

  INSERT INTO crm.credit_review (customer_id, customer_name, old_limit, new_limit, requested_at)
  VALUES (l_cust.cust_id, l_cust.cust_name, l_cust.credit, l_cust.credit * 1.2, SYSDATE);
END request_credit_review;
/

-- case: collections_forall_insert_record_element_then_delete
-- schema: ARCH.ORDERS_HIST(ORDER_ID, CUSTOMER_ID, ORDER_DAY, AMOUNT)
-- sources: SALES.ORDERS
-- targets: ARCH.ORDERS_HIST
-- columns: SALES.ORDERS.ORDER_ID -> ARCH.ORDERS_HIST.ORDER_ID
-- columns: SALES.ORDERS.CUSTOMER_ID -> ARCH.ORDERS_HIST.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_DAY -> ARCH.ORDERS_HIST.ORDER_DAY
-- columns: SALES.ORDERS.AMOUNT -> ARCH.ORDERS_HIST.AMOUNT
-- effects: delete SALES.ORDERS
CREATE OR REPLACE PROCEDURE arch.archive_old_orders IS
  TYPE t_hist_tab IS TABLE OF arch.orders_hist%ROWTYPE;
  l_rows t_hist_tab;
BEGIN
  SELECT o.order_id, o.customer_id, o.order_day, o.amount
    BULK COLLECT INTO l_rows
    FROM sales.orders o
   WHERE o.order_day < ADD_MONTHS(TRUNC(SYSDATE), -36);

  FORALL i IN 1 .. l_rows.COUNT
    INSERT INTO arch.orders_hist VALUES l_rows(i);

  FORALL i IN 1 .. l_rows.COUNT
    DELETE FROM sales.orders WHERE order_id = l_rows(i).order_id;

  COMMIT;
END archive_old_orders;
/

-- case: collections_table_operator_over_variable_is_not_a_source
-- sources: SALES.ORDERS
-- effects: delete SALES.ORDER_LINES, delete SALES.ORDERS
DECLARE
  l_ids sys.odcinumberlist;
BEGIN
  SELECT o.order_id
    BULK COLLECT INTO l_ids
    FROM sales.orders o
   WHERE o.status = 'CANCELLED'
     AND o.order_day < ADD_MONTHS(SYSDATE, -24);

  DELETE FROM sales.order_lines
   WHERE order_id IN (SELECT COLUMN_VALUE FROM TABLE(l_ids));

  DELETE FROM sales.orders
   WHERE order_id IN (SELECT COLUMN_VALUE FROM TABLE(l_ids));

  COMMIT;
END;
/

-- case: collections_nested_table_extend_and_element_assignment
-- sources: TRAVEL.BOOKINGS
-- targets: TRAVEL.REVENUE_POSTINGS
-- columns: TRAVEL.BOOKINGS.BOOKING_ID -> TRAVEL.REVENUE_POSTINGS.BOOKING_ID
-- columns: TRAVEL.BOOKINGS.NIGHTS -> TRAVEL.REVENUE_POSTINGS.REVENUE
-- columns: TRAVEL.BOOKINGS.NIGHTLY_RATE -> TRAVEL.REVENUE_POSTINGS.REVENUE
-- indirect: TRAVEL.BOOKINGS.CHECKOUT_DAY
DECLARE
  TYPE t_num_tab IS TABLE OF NUMBER;
  l_ids  t_num_tab := t_num_tab();
  l_amts t_num_tab := t_num_tab();
BEGIN
  FOR r IN (SELECT b.booking_id, b.nights * b.nightly_rate AS revenue
              FROM travel.bookings b
             WHERE b.checkout_day = TRUNC(SYSDATE) - 1)
  LOOP
    l_ids.EXTEND;
    l_amts.EXTEND;
    l_ids(l_ids.LAST)   := r.booking_id;
    l_amts(l_amts.LAST) := r.revenue;
  END LOOP;

  FORALL i IN 1 .. l_ids.COUNT
    INSERT INTO travel.revenue_postings (booking_id, revenue, posted_at)
    VALUES (l_ids(i), l_amts(i), SYSDATE);
  COMMIT;
END;
/

-- case: records_record_to_record_assignment
-- sources: HR.CANDIDATES
-- targets: HR.EMPLOYEES
-- columns: HR.CANDIDATES.CANDIDATE_ID -> HR.EMPLOYEES.EMPLOYEE_ID
-- columns: HR.CANDIDATES.GIVEN_NAME -> HR.EMPLOYEES.FIRST_NAME
-- columns: HR.CANDIDATES.FAMILY_NAME -> HR.EMPLOYEES.LAST_NAME
-- columns: HR.CANDIDATES.OFFERED_SALARY -> HR.EMPLOYEES.SALARY
-- indirect: HR.CANDIDATES.OFFER_STATUS
DECLARE
  CURSOR c_hired IS
    SELECT c.candidate_id, c.given_name, c.family_name, c.offered_salary
      FROM hr.candidates c
     WHERE c.offer_status = 'ACCEPTED';
  l_in  c_hired%ROWTYPE;
  l_out c_hired%ROWTYPE;
BEGIN
  OPEN c_hired;
  LOOP
    FETCH c_hired INTO l_in;
    EXIT WHEN c_hired%NOTFOUND;
    l_out := l_in;
    INSERT INTO hr.employees (employee_id, first_name, last_name, salary, hire_date)
    VALUES (l_out.candidate_id, l_out.given_name, l_out.family_name, l_out.offered_salary, TRUNC(SYSDATE));
  END LOOP;
  CLOSE c_hired;
  COMMIT;
END;
/
