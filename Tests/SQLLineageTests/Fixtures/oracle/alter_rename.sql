-- case: alter_table_rename_unqualified
-- effects: rename ORDERS_NEW to ORDERS
-- diagnostics: none
ALTER TABLE orders_new RENAME TO orders;

-- case: rename_statement
-- effects: rename SALES_STAGING to SALES_STAGING_OLD
RENAME sales_staging TO sales_staging_old;

-- case: alter_table_rename_keeps_schema
-- effects: rename DWH.FACT_SALES to DWH.FACT_SALES_OLD
ALTER TABLE dwh.fact_sales RENAME TO fact_sales_old;

-- case: build_drop_rename_swap
-- sources: STG.PRODUCTS
-- targets: DWH.DIM_PRODUCT_NEW
-- columns: STG.PRODUCTS.PRODUCT_ID -> DWH.DIM_PRODUCT_NEW.PRODUCT_ID
-- columns: STG.PRODUCTS.PRODUCT_NAME -> DWH.DIM_PRODUCT_NEW.PRODUCT_NAME
-- columns: STG.PRODUCTS.CATEGORY -> DWH.DIM_PRODUCT_NEW.CATEGORY
-- effects: drop DWH.DIM_PRODUCT, rename DWH.DIM_PRODUCT_NEW to DWH.DIM_PRODUCT
CREATE TABLE dwh.dim_product_new NOLOGGING AS
SELECT product_id, product_name, category FROM stg.products;

DROP TABLE dwh.dim_product;

ALTER TABLE dwh.dim_product_new RENAME TO dim_product;

-- case: rename_column_and_add_column_no_lineage
-- diagnostics: none
ALTER TABLE dwh.dim_customer RENAME COLUMN cust_email TO email;
ALTER TABLE dwh.dim_customer ADD (loyalty_tier VARCHAR2(10));

-- case: rename_then_recreate_and_load
-- sources: STG_ORDERS
-- targets: FACT_ORDERS
-- columns: STG_ORDERS.ORDER_ID -> FACT_ORDERS.ORDER_ID
-- columns: STG_ORDERS.AMOUNT -> FACT_ORDERS.AMOUNT
-- effects: rename FACT_ORDERS to FACT_ORDERS_2023
RENAME fact_orders TO fact_orders_2023;

CREATE TABLE fact_orders (order_id NUMBER, amount NUMBER(12, 2));

INSERT INTO fact_orders (order_id, amount)
SELECT order_id, amount FROM stg_orders;
