-- case: ctas_folds_to_upper
-- sources: RAW.ORDERS
-- targets: ANALYTICS.DAILY_ORDERS
-- columns: RAW.ORDERS.ORDER_DATE -> ANALYTICS.DAILY_ORDERS.ORDER_DATE, RAW.ORDERS.ORDER_ID -> ANALYTICS.DAILY_ORDERS.ORDERS
-- columns: RAW.ORDERS.AMOUNT -> ANALYTICS.DAILY_ORDERS.REVENUE
-- diagnostics: none
create table analytics.daily_orders as
select order_date, count(order_id) as orders, sum(amount) as revenue
from raw.orders
group by order_date;

-- case: create_or_replace_transient_table
-- sources: RAW.CUSTOMERS
-- targets: STAGING.CUSTOMERS_CLEAN
-- columns: RAW.CUSTOMERS.ID -> STAGING.CUSTOMERS_CLEAN.ID, RAW.CUSTOMERS.EMAIL -> STAGING.CUSTOMERS_CLEAN.EMAIL
-- columns: RAW.CUSTOMERS.COUNTRY -> STAGING.CUSTOMERS_CLEAN.COUNTRY
CREATE OR REPLACE TRANSIENT TABLE staging.customers_clean AS
SELECT id,
       TRIM(LOWER(email)) AS email,
       IFF(country IS NULL, 'UNKNOWN', country) AS country
FROM raw.customers;

-- case: merge_matched_condition_and_insert
-- sources: STAGING.CUSTOMERS_CLEAN
-- targets: CORE.CUSTOMERS
-- columns: STAGING.CUSTOMERS_CLEAN.EMAIL -> CORE.CUSTOMERS.EMAIL, STAGING.CUSTOMERS_CLEAN.ID -> CORE.CUSTOMERS.ID
-- columns: STAGING.CUSTOMERS_CLEAN.COUNTRY -> CORE.CUSTOMERS.COUNTRY
MERGE INTO core.customers t
USING staging.customers_clean s
ON t.id = s.id
WHEN MATCHED AND s.email <> t.email THEN
    UPDATE SET t.email = s.email, t.updated_at = CURRENT_TIMESTAMP()
WHEN NOT MATCHED THEN
    INSERT (id, email, country) VALUES (s.id, s.email, s.country);

-- case: variant_path_and_casts
-- sources: RAW.EVENT_STREAM
-- targets: CORE.EVENTS
-- columns: RAW.EVENT_STREAM.PAYLOAD -> CORE.EVENTS.EVENT_ID, RAW.EVENT_STREAM.PAYLOAD -> CORE.EVENTS.USER_NAME
-- columns: RAW.EVENT_STREAM.RECEIVED_AT -> CORE.EVENTS.RECEIVED_AT
CREATE OR REPLACE TABLE core.events AS
SELECT payload:id::number AS event_id,
       payload:user.name::string AS user_name,
       received_at
FROM raw.event_stream;

-- case: quoted_identifiers_keep_case
-- sources: RAW.ORDERS
-- targets: Mart.dailyKpi
-- columns: RAW.ORDERS.ORDER_DATE -> Mart.dailyKpi.day, RAW.ORDERS.AMOUNT -> Mart.dailyKpi.REVENUE
INSERT INTO "Mart"."dailyKpi" ("day", revenue)
SELECT order_date, SUM(amount)
FROM raw.orders
GROUP BY order_date;

-- case: three_part_names_keep_database
-- sources: RAW_DB.CRM.CUSTOMERS
-- targets: PROD_DB.MART.CUSTOMERS
-- columns: RAW_DB.CRM.CUSTOMERS.ID -> PROD_DB.MART.CUSTOMERS.ID, RAW_DB.CRM.CUSTOMERS.NAME -> PROD_DB.MART.CUSTOMERS.NAME
INSERT INTO prod_db.mart.customers (id, name)
SELECT id, name FROM raw_db.crm.customers;

-- case: secure_view
-- sources: CORE.CUSTOMERS
-- targets: MART.V_CUSTOMERS
-- columns: CORE.CUSTOMERS.ID -> MART.V_CUSTOMERS.ID, CORE.CUSTOMERS.EMAIL -> MART.V_CUSTOMERS.EMAIL_HASH
CREATE OR REPLACE SECURE VIEW mart.v_customers AS
SELECT id, SHA2(email) AS email_hash FROM core.customers;

-- case: temporary_table_is_intermediate
-- sources: RAW.ORDERS
-- targets: CORE.ORDERS
-- intermediate: TMP_NEW
-- columns: RAW.ORDERS.ID -> CORE.ORDERS.ID, RAW.ORDERS.AMOUNT -> CORE.ORDERS.AMOUNT
CREATE TEMPORARY TABLE tmp_new AS
SELECT id, amount FROM raw.orders WHERE loaded_at > '2024-01-01';

INSERT INTO core.orders (id, amount)
SELECT id, amount FROM tmp_new;
