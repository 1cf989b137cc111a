-- case: variant_path_casts
-- sources: RAW.EVENTS
-- targets: STG.EVENTS
-- columns: RAW.EVENTS.PAYLOAD -> STG.EVENTS.USER_ID, RAW.EVENTS.PAYLOAD -> STG.EVENTS.EVENT_TYPE
-- columns: RAW.EVENTS.LOADED_AT -> STG.EVENTS.LOADED_AT
INSERT INTO stg.events (user_id, event_type, loaded_at)
SELECT payload:user.id::number, payload:type::string, loaded_at
  FROM raw.events;

-- case: lateral_flatten_array
-- diagnostics: none
-- sources: RAW.ORDERS
-- targets: STG.ORDER_ITEMS
-- columns: RAW.ORDERS.ORDER_ID -> STG.ORDER_ITEMS.ORDER_ID, RAW.ORDERS.ITEMS -> STG.ORDER_ITEMS.SKU
INSERT INTO stg.order_items (order_id, sku)
SELECT o.order_id, f.value:sku::string
  FROM raw.orders o,
       LATERAL FLATTEN(input => o.items) f;

-- case: qualify_row_number
-- sources: STG.CUSTOMERS
-- targets: DW.CUSTOMERS
-- columns: STG.CUSTOMERS.ID -> DW.CUSTOMERS.ID, STG.CUSTOMERS.EMAIL -> DW.CUSTOMERS.EMAIL
-- indirect: STG.CUSTOMERS.UPDATED_AT
CREATE OR REPLACE TABLE dw.customers AS
SELECT id, email
  FROM stg.customers
QUALIFY ROW_NUMBER() OVER (PARTITION BY id ORDER BY updated_at DESC) = 1;

-- case: iff_and_datediff
-- sources: APP.TRIALS
-- targets: DW.TRIAL_STATUS
-- columns: APP.TRIALS.ACCOUNT_ID -> DW.TRIAL_STATUS.ACCOUNT_ID
-- columns: APP.TRIALS.STARTED_AT -> DW.TRIAL_STATUS.EXPIRED, APP.TRIALS.CONVERTED -> DW.TRIAL_STATUS.EXPIRED
INSERT INTO dw.trial_status (account_id, expired)
SELECT account_id, IFF(converted, FALSE, DATEDIFF('day', started_at, CURRENT_DATE()) > 14)
  FROM app.trials;

-- case: merge_with_matched_condition
-- sources: STG.PRODUCTS
-- targets: DW.PRODUCTS
-- columns: STG.PRODUCTS.PRICE -> DW.PRODUCTS.PRICE, STG.PRODUCTS.SKU -> DW.PRODUCTS.SKU
-- indirect: DW.PRODUCTS.SKU, STG.PRODUCTS.IS_DELETED
MERGE INTO dw.products t
USING stg.products s ON t.sku = s.sku
 WHEN MATCHED AND s.is_deleted THEN DELETE
 WHEN MATCHED THEN UPDATE SET t.price = s.price
 WHEN NOT MATCHED THEN INSERT (sku, price) VALUES (s.sku, s.price);

-- case: view_with_quoted_lowercase_and_array_agg
-- sources: APP.ORDERS
-- targets: DW.customer_orders
-- columns: APP.ORDERS.CUSTOMER_ID -> DW.customer_orders.CUSTOMER_ID, APP.ORDERS.ORDER_ID -> DW.customer_orders.ORDER_IDS
CREATE OR REPLACE VIEW dw."customer_orders" AS
SELECT customer_id, ARRAY_AGG(order_id) AS order_ids
  FROM app.orders
 GROUP BY customer_id;
