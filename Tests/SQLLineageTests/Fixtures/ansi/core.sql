-- case: insert_select_folds_to_upper
-- sources: SALES.ORDERS
-- targets: SALES.ORDER_FACTS
-- columns: SALES.ORDERS.ID -> SALES.ORDER_FACTS.ORDER_ID, SALES.ORDERS.AMOUNT -> SALES.ORDER_FACTS.AMOUNT
-- indirect: SALES.ORDERS.STATUS
-- diagnostics: none
insert into sales.order_facts (order_id, amount)
select o.id, o.amount
from sales.orders o
where o.status = 'SHIPPED';

-- case: ctas_with_data
-- sources: SALES.ORDERS
-- targets: MART.CUSTOMER_TOTALS
-- columns: SALES.ORDERS.CUSTOMER_ID -> MART.CUSTOMER_TOTALS.CUSTOMER_ID, SALES.ORDERS.AMOUNT -> MART.CUSTOMER_TOTALS.TOTAL
CREATE TABLE mart.customer_totals AS (
    SELECT customer_id, SUM(amount) AS total
    FROM sales.orders
    GROUP BY customer_id
) WITH DATA;

-- case: view_column_list_and_case_conditions
-- sources: SALES.ORDERS
-- targets: MART.ORDER_BANDS
-- columns: SALES.ORDERS.ID -> MART.ORDER_BANDS.ORDER_ID
-- columns: SALES.ORDERS.AMOUNT -> MART.ORDER_BANDS.BAND, SALES.ORDERS.DISCOUNT -> MART.ORDER_BANDS.BAND
CREATE VIEW mart.order_bands (order_id, band) AS
SELECT id,
       CASE WHEN amount >= 100 THEN 'BIG'
            WHEN discount > 0 THEN 'PROMO'
            ELSE 'SMALL'
       END
FROM sales.orders;

-- case: merge_update_and_insert
-- sources: STAGING.PRODUCTS
-- targets: CORE.PRODUCTS
-- columns: STAGING.PRODUCTS.PRICE -> CORE.PRODUCTS.PRICE, STAGING.PRODUCTS.NAME -> CORE.PRODUCTS.NAME
-- columns: STAGING.PRODUCTS.SKU -> CORE.PRODUCTS.SKU
MERGE INTO core.products AS t
USING staging.products AS s
ON (t.sku = s.sku)
WHEN MATCHED THEN
    UPDATE SET price = s.price, name = s.name
WHEN NOT MATCHED THEN
    INSERT (sku, name, price) VALUES (s.sku, s.name, s.price);

-- case: update_correlated_subquery_in_set
-- sources: SALES.ORDERS
-- targets: CORE.CUSTOMERS
-- columns: SALES.ORDERS.AMOUNT -> CORE.CUSTOMERS.TOTAL_SPENT
UPDATE core.customers
SET total_spent = (SELECT SUM(o.amount)
                   FROM sales.orders o
                   WHERE o.customer_id = core.customers.id)
WHERE EXISTS (SELECT 1 FROM sales.orders o2 WHERE o2.customer_id = core.customers.id);

-- case: delete_not_exists
-- sources: CORE.USERS
-- effects: delete CORE.SESSIONS
DELETE FROM core.sessions
WHERE NOT EXISTS (SELECT 1 FROM core.users u WHERE u.id = core.sessions.user_id);

-- case: intersect_maps_every_branch
-- sources: SALES.ORDERS_2023, SALES.ORDERS_2024
-- targets: MART.LOYAL_CUSTOMERS
-- columns: SALES.ORDERS_2023.CUSTOMER_ID -> MART.LOYAL_CUSTOMERS.CUSTOMER_ID
-- columns: SALES.ORDERS_2024.CUSTOMER_ID -> MART.LOYAL_CUSTOMERS.CUSTOMER_ID
INSERT INTO mart.loyal_customers (customer_id)
SELECT customer_id FROM sales.orders_2023
INTERSECT
SELECT customer_id FROM sales.orders_2024;

-- case: quoted_identifiers_keep_case
-- sources: SALES.OrderLines
-- targets: Reporting.KpiDaily
-- columns: SALES.OrderLines.OrderDay -> Reporting.KpiDaily.Day, SALES.OrderLines.AMOUNT -> Reporting.KpiDaily.TOTAL
INSERT INTO "Reporting"."KpiDaily" ("Day", total)
SELECT "OrderDay", SUM(amount)
FROM sales."OrderLines"
GROUP BY "OrderDay";

-- case: star_from_schema_with_default_schema
-- default_schema: STAGE
-- schema: STAGE.CUSTOMERS(ID, NAME); CORE.CUSTOMERS(CUSTOMER_ID, CUSTOMER_NAME)
-- sources: STAGE.CUSTOMERS
-- targets: CORE.CUSTOMERS
-- columns: STAGE.CUSTOMERS.ID -> CORE.CUSTOMERS.CUSTOMER_ID, STAGE.CUSTOMERS.NAME -> CORE.CUSTOMERS.CUSTOMER_NAME
INSERT INTO core.customers
SELECT * FROM customers;

-- case: cte_window_coalesce_cast
-- sources: CORE.TRANSACTIONS
-- targets: MART.RUNNING
-- columns: CORE.TRANSACTIONS.ACCOUNT_ID -> MART.RUNNING.ACCOUNT_ID
-- columns: CORE.TRANSACTIONS.AMOUNT -> MART.RUNNING.BALANCE, CORE.TRANSACTIONS.ACCOUNT_ID -> MART.RUNNING.BALANCE
-- columns: CORE.TRANSACTIONS.BOOKED_AT -> MART.RUNNING.BALANCE
INSERT INTO mart.running (account_id, balance)
WITH tx AS (
    SELECT account_id, COALESCE(amount, 0) AS amt, booked_at
    FROM core.transactions
)
SELECT account_id,
       CAST(SUM(amt) OVER (PARTITION BY account_id ORDER BY booked_at) AS DECIMAL(18, 2))
FROM tx;

-- case: nullif_and_fetch_first
-- sources: CORE.PRODUCTS
-- targets: MART.TOP_MARGINS
-- columns: CORE.PRODUCTS.ID -> MART.TOP_MARGINS.PRODUCT_ID
-- columns: CORE.PRODUCTS.PRICE -> MART.TOP_MARGINS.MARGIN_PCT, CORE.PRODUCTS.COST -> MART.TOP_MARGINS.MARGIN_PCT
INSERT INTO mart.top_margins (product_id, margin_pct)
SELECT p.id, (p.price - p.cost) / NULLIF(p.price, 0)
FROM core.products p
ORDER BY 2 DESC
FETCH FIRST 10 ROWS ONLY;
