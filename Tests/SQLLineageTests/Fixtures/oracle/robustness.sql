-- case: garbage_statement_between_valid_ones
-- sources: STG.CUSTOMERS, STG.PRODUCTS
-- targets: DWH.DIM_CUSTOMER, DWH.DIM_PRODUCT
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.DIM_CUSTOMER.CUSTOMER_ID
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.DIM_PRODUCT.PRODUCT_ID
-- diagnostics: some
INSERT INTO dwh.dim_customer (customer_id) SELECT customer_id FROM stg.customers;
THIS IS NOT A SQL STATEMENT AT ALL;
INSERT INTO dwh.dim_product (product_id) SELECT product_id FROM stg.products;

-- case: misspelled_keywords_statement_is_skipped
-- sources: STG.ORDERS
-- targets: DWH.FACT_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- diagnostics: some
INSERT INTO dwh.fact_orders (order_id) SELECT order_id FROM stg.orders;
INSERT INTO dwh.broken_target (a) SELEC a FORM stg.broken_source;
UPDATE dwh.fact_orders SET loaded_at = SYSDATE WHERE loaded_at IS NULL;

-- case: unbalanced_parentheses_in_middle
-- sources: STG.CUSTOMERS
-- targets: MART.CUSTOMER_EMAILS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_EMAILS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> MART.CUSTOMER_EMAILS.EMAIL
-- effects: delete STG.CUSTOMERS_DELTA
-- diagnostics: some
CREATE TABLE mart.customer_emails AS SELECT customer_id, email FROM stg.customers;
INSERT INTO mart.junk_target (a, b SELECT (x + FROM stg.junk_source;
DELETE FROM stg.customers_delta;

-- case: garbage_at_start_and_end
-- sources: STG.REGIONS
-- targets: DWH.DIM_REGION
-- columns: STG.REGIONS.REGION_NAME -> DWH.DIM_REGION.REGION_NAME
-- diagnostics: some
%% garbage $$ ;
MERGE INTO dwh.dim_region d
USING stg.regions s
ON (d.region_id = s.region_id)
WHEN MATCHED THEN UPDATE SET d.region_name = s.region_name;
SELECT FROM WHERE;

-- case: unterminated_string_in_last_statement
-- sources: STG.Y_SOURCE
-- targets: DWH.X_TARGET
-- columns: STG.Y_SOURCE.A -> DWH.X_TARGET.A
-- diagnostics: some
INSERT INTO dwh.x_target (a) SELECT a FROM stg.y_source;
SELECT 'unterminated FROM stg.z_hidden;

-- case: broken_ctas_then_valid_insert
-- sources: STG.GOOD_SOURCE
-- targets: MART.GOOD_TARGET
-- columns: STG.GOOD_SOURCE.ID -> MART.GOOD_TARGET.ID
-- diagnostics: some
CREATE TABLE mart.bad_ctas AS SELECT , , FROM;
INSERT INTO mart.good_target (id) SELECT id FROM stg.good_source;

-- case: session_and_dcl_statements_carry_no_lineage
-- sources: STG.SALES
-- targets: DWH.FACT_SALES
-- columns: STG.SALES.SALE_ID -> DWH.FACT_SALES.SALE_ID
-- columns: STG.SALES.AMOUNT -> DWH.FACT_SALES.AMOUNT
ALTER SESSION ENABLE PARALLEL DML;
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';
INSERT /*+ APPEND */ INTO dwh.fact_sales (sale_id, amount)
SELECT sale_id, amount FROM stg.sales;
COMMIT;
GRANT SELECT ON dwh.fact_sales TO reporting_role;
COMMENT ON TABLE dwh.fact_sales IS 'Sales fact; loaded nightly FROM stg.sales';
