-- case: union_all_into_column_list
-- sources: STG.WEB_TRANSACTIONS, STG.STORE_TRANSACTIONS
-- targets: DWH.ALL_TRANSACTIONS
-- columns: STG.WEB_TRANSACTIONS.TXN_ID -> DWH.ALL_TRANSACTIONS.TXN_ID, STG.STORE_TRANSACTIONS.RECEIPT_NO -> DWH.ALL_TRANSACTIONS.TXN_ID
-- columns: STG.WEB_TRANSACTIONS.TXN_DATE -> DWH.ALL_TRANSACTIONS.TXN_DATE, STG.STORE_TRANSACTIONS.SALE_TS -> DWH.ALL_TRANSACTIONS.TXN_DATE
-- columns: STG.WEB_TRANSACTIONS.AMOUNT -> DWH.ALL_TRANSACTIONS.AMOUNT, STG.STORE_TRANSACTIONS.GROSS_AMOUNT -> DWH.ALL_TRANSACTIONS.AMOUNT
-- diagnostics: none
INSERT INTO dwh.all_transactions (txn_id, txn_date, amount, channel)
SELECT w.txn_id, w.txn_date, w.amount, 'WEB' FROM stg.web_transactions w
UNION ALL
SELECT s.receipt_no, s.sale_ts, s.gross_amount, 'STORE' FROM stg.store_transactions s;

-- case: union_ctas_names_from_first_branch
-- sources: STG.CUSTOMERS, STG.SUPPLIERS
-- targets: MART.CONTACT_LIST
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CONTACT_LIST.CONTACT_ID, STG.SUPPLIERS.SUPPLIER_ID -> MART.CONTACT_LIST.CONTACT_ID
-- columns: STG.CUSTOMERS.EMAIL -> MART.CONTACT_LIST.EMAIL, STG.SUPPLIERS.CONTACT_EMAIL -> MART.CONTACT_LIST.EMAIL
CREATE TABLE mart.contact_list AS
SELECT customer_id AS contact_id, email FROM stg.customers
UNION
SELECT supplier_id, contact_email FROM stg.suppliers;

-- case: minus_every_branch_feeds_position
-- sources: STG.ORDERS, DWH.DIM_CUSTOMER
-- targets: STG.MISSING_CUSTOMERS
-- columns: STG.ORDERS.CUSTOMER_ID -> STG.MISSING_CUSTOMERS.CUSTOMER_ID, DWH.DIM_CUSTOMER.CUSTOMER_ID -> STG.MISSING_CUSTOMERS.CUSTOMER_ID
INSERT INTO stg.missing_customers (customer_id)
SELECT customer_id FROM stg.orders
MINUS
SELECT customer_id FROM dwh.dim_customer;

-- case: intersect_with_joins
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: MART.CROSS_SELL
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CROSS_SELL.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> MART.CROSS_SELL.EMAIL
-- indirect: STG.ORDERS.CUSTOMER_ID, STG.ORDERS.CHANNEL
INSERT INTO mart.cross_sell (customer_id, email)
SELECT c.customer_id, c.email
FROM stg.customers c JOIN stg.orders o ON o.customer_id = c.customer_id
WHERE o.channel = 'WEB'
INTERSECT
SELECT c.customer_id, c.email
FROM stg.customers c JOIN stg.orders o ON o.customer_id = c.customer_id
WHERE o.channel = 'STORE';

-- case: union_all_no_column_list_schema_position
-- schema: DWH.EVENTS(EVENT_ID, EVENT_TYPE, EVENT_TS, PAYLOAD)
-- sources: STG.CLICKS, STG.PAGE_VIEWS
-- targets: DWH.EVENTS
-- columns: STG.CLICKS.CLICK_ID -> DWH.EVENTS.EVENT_ID, STG.PAGE_VIEWS.VIEW_ID -> DWH.EVENTS.EVENT_ID
-- columns: STG.CLICKS.CLICKED_AT -> DWH.EVENTS.EVENT_TS, STG.PAGE_VIEWS.VIEWED_AT -> DWH.EVENTS.EVENT_TS
-- columns: STG.CLICKS.URL -> DWH.EVENTS.PAYLOAD, STG.PAGE_VIEWS.PAGE -> DWH.EVENTS.PAYLOAD
INSERT INTO dwh.events
SELECT click_id, 'CLICK', clicked_at, url FROM stg.clicks
UNION ALL
SELECT view_id, 'VIEW', viewed_at, page FROM stg.page_views;

-- case: union_all_inside_inline_view
-- sources: STG.WAREHOUSE_STOCK, STG.OPEN_SHIPMENTS, STG.RETURNS_IN_TRANSIT
-- targets: MART.INVENTORY_POSITION
-- columns: STG.WAREHOUSE_STOCK.PRODUCT_ID -> MART.INVENTORY_POSITION.PRODUCT_ID, STG.OPEN_SHIPMENTS.PRODUCT_ID -> MART.INVENTORY_POSITION.PRODUCT_ID, STG.RETURNS_IN_TRANSIT.PRODUCT_ID -> MART.INVENTORY_POSITION.PRODUCT_ID
-- columns: STG.WAREHOUSE_STOCK.QUANTITY -> MART.INVENTORY_POSITION.ON_HAND, STG.OPEN_SHIPMENTS.QUANTITY -> MART.INVENTORY_POSITION.ON_HAND, STG.RETURNS_IN_TRANSIT.QUANTITY -> MART.INVENTORY_POSITION.ON_HAND
INSERT INTO mart.inventory_position (product_id, on_hand)
SELECT u.product_id, SUM(u.qty)
FROM (
  SELECT product_id, quantity AS qty FROM stg.warehouse_stock
  UNION ALL
  SELECT product_id, -quantity FROM stg.open_shipments
  UNION ALL
  SELECT product_id, quantity FROM stg.returns_in_transit
) u
GROUP BY u.product_id;

-- case: parenthesized_union_then_minus
-- sources: STG.CATALOG_A, STG.CATALOG_B, STG.BLOCKED_SKUS
-- targets: DWH.ACTIVE_SKUS
-- columns: STG.CATALOG_A.SKU -> DWH.ACTIVE_SKUS.SKU, STG.CATALOG_B.SKU -> DWH.ACTIVE_SKUS.SKU, STG.BLOCKED_SKUS.SKU -> DWH.ACTIVE_SKUS.SKU
INSERT INTO dwh.active_skus (sku)
(SELECT sku FROM stg.catalog_a
 UNION
 SELECT sku FROM stg.catalog_b)
MINUS
SELECT sku FROM stg.blocked_skus;

-- case: select_only_union_order_by_position
-- sources: DWH.FACT_SALES_EU, DWH.FACT_SALES_US
SELECT region, SUM(amount) FROM dwh.fact_sales_eu GROUP BY region
UNION ALL
SELECT region, SUM(amount) FROM dwh.fact_sales_us GROUP BY region
ORDER BY 2 DESC;

-- case: union_all_star_expanded_from_schema
-- schema: STG.SALES_2023(SALE_ID, SALE_DATE, AMOUNT)
-- schema: STG.SALES_2024(SALE_ID, SALE_DATE, AMOUNT)
-- sources: STG.SALES_2023, STG.SALES_2024
-- targets: DWH.SALES_HIST
-- columns: STG.SALES_2023.SALE_ID -> DWH.SALES_HIST.SALE_ID, STG.SALES_2024.SALE_ID -> DWH.SALES_HIST.SALE_ID
-- columns: STG.SALES_2023.SALE_DATE -> DWH.SALES_HIST.SALE_DATE, STG.SALES_2024.SALE_DATE -> DWH.SALES_HIST.SALE_DATE
-- columns: STG.SALES_2023.AMOUNT -> DWH.SALES_HIST.AMOUNT, STG.SALES_2024.AMOUNT -> DWH.SALES_HIST.AMOUNT
CREATE TABLE dwh.sales_hist AS
SELECT * FROM stg.sales_2023
UNION ALL
SELECT * FROM stg.sales_2024;

-- case: union_with_null_placeholders
-- sources: STG.PERSONS, STG.ORGANIZATIONS
-- targets: DWH.PARTY
-- columns: STG.PERSONS.PERSON_ID -> DWH.PARTY.PARTY_ID, STG.ORGANIZATIONS.ORG_ID -> DWH.PARTY.PARTY_ID
-- columns: STG.PERSONS.FIRST_NAME -> DWH.PARTY.PERSON_NAME, STG.PERSONS.LAST_NAME -> DWH.PARTY.PERSON_NAME
-- columns: STG.ORGANIZATIONS.LEGAL_NAME -> DWH.PARTY.COMPANY_NAME
INSERT INTO dwh.party (party_id, party_type, person_name, company_name)
SELECT person_id, 'P', first_name || ' ' || last_name, CAST(NULL AS VARCHAR2(200)) FROM stg.persons
UNION ALL
SELECT org_id, 'O', NULL, legal_name FROM stg.organizations;
