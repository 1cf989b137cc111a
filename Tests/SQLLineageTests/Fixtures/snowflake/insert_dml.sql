-- case: qualify_filter_is_not_a_source
-- sources: RAW.ORDERS
-- targets: CORE.LATEST_ORDERS
-- columns: RAW.ORDERS.CUSTOMER_ID -> CORE.LATEST_ORDERS.CUSTOMER_ID, RAW.ORDERS.ORDER_ID -> CORE.LATEST_ORDERS.ORDER_ID
-- columns: RAW.ORDERS.AMOUNT -> CORE.LATEST_ORDERS.AMOUNT
INSERT INTO core.latest_orders (customer_id, order_id, amount)
SELECT customer_id, order_id, amount
FROM raw.orders
QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC) = 1;

-- case: lateral_flatten_value_comes_from_input
-- sources: RAW.EVENTS
-- targets: CORE.EVENT_TAGS
-- columns: RAW.EVENTS.ID -> CORE.EVENT_TAGS.EVENT_ID, RAW.EVENTS.TAGS -> CORE.EVENT_TAGS.TAG
INSERT INTO core.event_tags (event_id, tag)
SELECT e.id, f.value::string
FROM raw.events e,
     LATERAL FLATTEN(input => e.tags) f;

-- case: insert_overwrite_join
-- sources: CORE.ORDERS, CORE.CUSTOMERS
-- targets: MART.REGION_REVENUE
-- columns: CORE.CUSTOMERS.REGION -> MART.REGION_REVENUE.REGION, CORE.ORDERS.AMOUNT -> MART.REGION_REVENUE.REVENUE
-- indirect: CORE.CUSTOMERS.ID, CORE.ORDERS.CUSTOMER_ID
INSERT OVERWRITE INTO mart.region_revenue (region, revenue)
SELECT c.region, SUM(o.amount)
FROM core.orders o
JOIN core.customers c ON c.id = o.customer_id
GROUP BY c.region;

-- case: conditional_multi_table_insert
-- sources: RAW.ORDERS
-- targets: MART.BIG_ORDERS, MART.SMALL_ORDERS
-- columns: RAW.ORDERS.ID -> MART.BIG_ORDERS.ORDER_ID, RAW.ORDERS.AMOUNT -> MART.BIG_ORDERS.AMOUNT
-- columns: RAW.ORDERS.ID -> MART.SMALL_ORDERS.ORDER_ID, RAW.ORDERS.AMOUNT -> MART.SMALL_ORDERS.AMOUNT
INSERT ALL
    WHEN amount >= 1000 THEN INTO mart.big_orders (order_id, amount) VALUES (id, amount)
    WHEN amount < 1000 THEN INTO mart.small_orders (order_id, amount) VALUES (id, amount)
SELECT id, amount FROM raw.orders;

-- case: update_from
-- sources: STAGING.ORDER_STATUS
-- targets: CORE.ORDERS
-- columns: STAGING.ORDER_STATUS.STATUS -> CORE.ORDERS.STATUS
UPDATE core.orders o
SET status = s.status
FROM staging.order_status s
WHERE o.id = s.order_id;

-- case: delete_using
-- sources: STAGING.DELETED_ORDERS
-- effects: delete CORE.ORDERS
DELETE FROM core.orders
USING staging.deleted_orders d
WHERE core.orders.id = d.order_id;

-- case: union_with_default_schema
-- default_schema: PUBLIC
-- sources: PUBLIC.ORDERS, PUBLIC.REFUNDS
-- targets: PUBLIC.ALL_IDS
-- columns: PUBLIC.ORDERS.ID -> PUBLIC.ALL_IDS.ID, PUBLIC.REFUNDS.ORDER_ID -> PUBLIC.ALL_IDS.ID
INSERT INTO all_ids (id)
SELECT id FROM orders
UNION
SELECT order_id FROM refunds;

-- case: unparsable_statement_is_skipped
-- sources: RAW.A, RAW.B
-- targets: MART.A, MART.B
-- columns: RAW.A.X -> MART.A.X, RAW.B.Y -> MART.B.Y
-- diagnostics: some
INSERT INTO mart.a (x) SELECT x FROM raw.a;
CREATE CREATE TABLE;
INSERT INTO mart.b (y) SELECT y FROM raw.b;
