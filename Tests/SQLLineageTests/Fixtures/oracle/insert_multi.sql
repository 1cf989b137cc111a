-- case: insert_all_unconditional_two_targets
-- sources: STG.ORDERS
-- targets: DWH.ORDER_HEADERS, DWH.ORDER_AMOUNTS
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_HEADERS.ORDER_ID
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.ORDER_HEADERS.CUSTOMER_ID
-- columns: STG.ORDERS.ORDER_DATE -> DWH.ORDER_HEADERS.ORDER_DATE
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_AMOUNTS.ORDER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> DWH.ORDER_AMOUNTS.AMOUNT
-- columns: STG.ORDERS.CURRENCY -> DWH.ORDER_AMOUNTS.CURRENCY
-- diagnostics: none
INSERT ALL
  INTO dwh.order_headers (order_id, customer_id, order_date) VALUES (order_id, customer_id, order_date)
  INTO dwh.order_amounts (order_id, amount, currency) VALUES (order_id, total_amount, currency)
SELECT order_id, customer_id, order_date, total_amount, currency
FROM stg.orders;

-- case: insert_all_conditional_with_aliases
-- sources: STG.ORDERS
-- targets: MART.LARGE_ORDERS, MART.SMALL_ORDERS, MART.WEB_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> MART.LARGE_ORDERS.ORDER_ID, STG.ORDERS.TOTAL_AMOUNT -> MART.LARGE_ORDERS.AMOUNT
-- columns: STG.ORDERS.ORDER_ID -> MART.SMALL_ORDERS.ORDER_ID, STG.ORDERS.TOTAL_AMOUNT -> MART.SMALL_ORDERS.AMOUNT
-- columns: STG.ORDERS.ORDER_ID -> MART.WEB_ORDERS.ORDER_ID, STG.ORDERS.CHANNEL -> MART.WEB_ORDERS.CHANNEL
-- indirect: STG.ORDERS.ORDER_DATE
INSERT ALL
  WHEN amt >= 10000 THEN
    INTO mart.large_orders (order_id, amount) VALUES (oid, amt)
  WHEN amt < 10000 THEN
    INTO mart.small_orders (order_id, amount) VALUES (oid, amt)
  WHEN ch = 'WEB' THEN
    INTO mart.web_orders (order_id, channel) VALUES (oid, ch)
SELECT o.order_id AS oid, o.total_amount AS amt, o.channel AS ch
FROM stg.orders o
WHERE o.order_date >= TRUNC(SYSDATE) - 1;

-- case: insert_first_with_else
-- sources: STG.CUSTOMERS
-- targets: MART.ENTERPRISE_CUSTOMERS, MART.SMB_CUSTOMERS, MART.OTHER_CUSTOMERS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.ENTERPRISE_CUSTOMERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_NAME -> MART.ENTERPRISE_CUSTOMERS.NAME
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.SMB_CUSTOMERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_NAME -> MART.SMB_CUSTOMERS.NAME
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.OTHER_CUSTOMERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_NAME -> MART.OTHER_CUSTOMERS.NAME
-- columns: STG.CUSTOMERS.SEGMENT -> MART.OTHER_CUSTOMERS.SEGMENT
INSERT FIRST
  WHEN segment = 'ENTERPRISE' THEN
    INTO mart.enterprise_customers (customer_id, name) VALUES (customer_id, customer_name)
  WHEN segment = 'SMB' THEN
    INTO mart.smb_customers (customer_id, name) VALUES (customer_id, customer_name)
  ELSE
    INTO mart.other_customers (customer_id, name, segment) VALUES (customer_id, customer_name, segment)
SELECT customer_id, customer_name, segment
FROM stg.customers;

-- case: insert_first_no_column_lists_schema_position
-- schema: DWH.SALES_EU(SALE_ID, AMOUNT_EUR)
-- schema: DWH.SALES_US(SALE_ID, AMOUNT_USD)
-- sources: STG.GLOBAL_SALES
-- targets: DWH.SALES_EU, DWH.SALES_US
-- columns: STG.GLOBAL_SALES.SALE_ID -> DWH.SALES_EU.SALE_ID, STG.GLOBAL_SALES.AMOUNT -> DWH.SALES_EU.AMOUNT_EUR
-- columns: STG.GLOBAL_SALES.SALE_ID -> DWH.SALES_US.SALE_ID, STG.GLOBAL_SALES.AMOUNT -> DWH.SALES_US.AMOUNT_USD
INSERT FIRST
  WHEN region = 'EU' THEN INTO dwh.sales_eu VALUES (sale_id, amount)
  WHEN region = 'US' THEN INTO dwh.sales_us VALUES (sale_id, amount)
SELECT sale_id, amount, region
FROM stg.global_sales;

-- case: insert_all_into_without_values_clause
-- schema: ARCH.EVENTS_A(EVENT_ID, EVENT_TS, PAYLOAD)
-- schema: ARCH.EVENTS_B(EVENT_ID, EVENT_TS, PAYLOAD)
-- sources: STG.EVENTS
-- targets: ARCH.EVENTS_A, ARCH.EVENTS_B
-- columns: STG.EVENTS.EVENT_ID -> ARCH.EVENTS_A.EVENT_ID, STG.EVENTS.EVENT_TS -> ARCH.EVENTS_A.EVENT_TS, STG.EVENTS.PAYLOAD -> ARCH.EVENTS_A.PAYLOAD
-- columns: STG.EVENTS.EVENT_ID -> ARCH.EVENTS_B.EVENT_ID, STG.EVENTS.EVENT_TS -> ARCH.EVENTS_B.EVENT_TS, STG.EVENTS.PAYLOAD -> ARCH.EVENTS_B.PAYLOAD
INSERT ALL
  INTO arch.events_a
  INTO arch.events_b
SELECT e.event_id, e.event_ts, e.payload
FROM stg.events e;

-- case: insert_all_same_target_many_rows
-- sources: STG.WEEKLY_SALES_SHEET
-- targets: DWH.SALES_BY_DAY
-- columns: STG.WEEKLY_SALES_SHEET.WEEK_START -> DWH.SALES_BY_DAY.WEEK_START
-- columns: STG.WEEKLY_SALES_SHEET.MON_AMT -> DWH.SALES_BY_DAY.AMOUNT
-- columns: STG.WEEKLY_SALES_SHEET.TUE_AMT -> DWH.SALES_BY_DAY.AMOUNT
-- columns: STG.WEEKLY_SALES_SHEET.WED_AMT -> DWH.SALES_BY_DAY.AMOUNT
INSERT ALL
  INTO dwh.sales_by_day (week_start, day_offset, amount) VALUES (week_start, 0, mon_amt)
  INTO dwh.sales_by_day (week_start, day_offset, amount) VALUES (week_start, 1, tue_amt)
  INTO dwh.sales_by_day (week_start, day_offset, amount) VALUES (week_start + 2, 2, wed_amt)
SELECT week_start, mon_amt, tue_amt, wed_amt
FROM stg.weekly_sales_sheet;

-- case: insert_all_sequence_and_join
-- sources: STG.INVOICES, DWH.DIM_CUSTOMER
-- targets: DWH.INVOICE_HEADER, DWH.INVOICE_AUDIT
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.INVOICE_HEADER.CUSTOMER_KEY
-- columns: STG.INVOICES.INVOICE_DATE -> DWH.INVOICE_HEADER.INVOICE_DATE
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.INVOICE_AUDIT.CUSTOMER_KEY
-- columns: STG.INVOICES.FILE_NAME -> DWH.INVOICE_AUDIT.SOURCE_FILE
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID, STG.INVOICES.CUSTOMER_ID, DWH.DIM_CUSTOMER.IS_CURRENT
INSERT ALL
  INTO dwh.invoice_header (invoice_id, customer_key, invoice_date)
    VALUES (dwh.seq_invoice.NEXTVAL, cust_key, inv_date)
  INTO dwh.invoice_audit (customer_key, source_file, loaded_at)
    VALUES (cust_key, file_name, SYSDATE)
SELECT d.customer_key AS cust_key, i.invoice_date AS inv_date, i.file_name
FROM stg.invoices i
JOIN dwh.dim_customer d
  ON d.customer_id = i.customer_id
 AND d.is_current = 'Y';

-- case: insert_all_expressions_in_values
-- sources: STG.STOCK_MOVEMENTS
-- targets: DWH.STOCK_IN, DWH.STOCK_OUT
-- columns: STG.STOCK_MOVEMENTS.SKU -> DWH.STOCK_IN.SKU, STG.STOCK_MOVEMENTS.QTY -> DWH.STOCK_IN.QTY
-- columns: STG.STOCK_MOVEMENTS.QTY -> DWH.STOCK_IN.STOCK_VALUE, STG.STOCK_MOVEMENTS.UNIT_COST -> DWH.STOCK_IN.STOCK_VALUE
-- columns: STG.STOCK_MOVEMENTS.SKU -> DWH.STOCK_OUT.SKU, STG.STOCK_MOVEMENTS.QTY -> DWH.STOCK_OUT.QTY
-- columns: STG.STOCK_MOVEMENTS.QTY -> DWH.STOCK_OUT.STOCK_VALUE, STG.STOCK_MOVEMENTS.UNIT_COST -> DWH.STOCK_OUT.STOCK_VALUE
INSERT ALL
  WHEN qty > 0 THEN
    INTO dwh.stock_in (sku, qty, stock_value) VALUES (sku, qty, qty * unit_cost)
  WHEN qty < 0 THEN
    INTO dwh.stock_out (sku, qty, stock_value) VALUES (sku, ABS(qty), ABS(qty) * unit_cost)
SELECT m.sku, m.qty, m.unit_cost
FROM stg.stock_movements m;
