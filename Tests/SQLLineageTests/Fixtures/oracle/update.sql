-- case: update_literals_with_where
-- targets: STG.ORDERS
-- indirect: STG.ORDERS.STATUS, STG.ORDERS.ORDER_DATE
-- diagnostics: none
UPDATE stg.orders
   SET status = 'EXPIRED',
       updated_at = SYSDATE
 WHERE status = 'PENDING'
   AND order_date < SYSDATE - 30;

-- case: update_own_columns_make_no_pair
-- targets: DWH.ACCOUNTS
-- indirect: DWH.ACCOUNTS.ACCOUNT_TYPE
UPDATE dwh.accounts
   SET balance = balance * (1 + interest_rate / 12)
 WHERE account_type = 'SAVINGS';

-- case: update_correlated_scalar_subquery
-- sources: DWH.FACT_ORDERS
-- targets: DWH.DIM_CUSTOMER
-- columns: DWH.FACT_ORDERS.TOTAL_AMOUNT -> DWH.DIM_CUSTOMER.LIFETIME_VALUE
-- indirect: DWH.FACT_ORDERS.CUSTOMER_ID, DWH.DIM_CUSTOMER.CUSTOMER_ID, DWH.DIM_CUSTOMER.IS_CURRENT
UPDATE dwh.dim_customer c
   SET c.lifetime_value = (SELECT NVL(SUM(o.total_amount), 0)
                             FROM dwh.fact_orders o
                            WHERE o.customer_id = c.customer_id)
 WHERE c.is_current = 'Y';

-- case: update_multi_column_set_from_subquery
-- sources: DWH.DIM_CUSTOMER
-- targets: DWH.FACT_ORDERS
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_ORDERS.CUSTOMER_KEY
-- columns: DWH.DIM_CUSTOMER.REGION_KEY -> DWH.FACT_ORDERS.REGION_KEY
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID, DWH.DIM_CUSTOMER.IS_CURRENT, DWH.FACT_ORDERS.CUSTOMER_ID, DWH.FACT_ORDERS.CUSTOMER_KEY
UPDATE dwh.fact_orders f
   SET (f.customer_key, f.region_key) = (SELECT d.customer_key, d.region_key
                                           FROM dwh.dim_customer d
                                          WHERE d.customer_id = f.customer_id
                                            AND d.is_current = 'Y')
 WHERE f.customer_key IS NULL;

-- case: update_key_preserved_join_view
-- sources: DWH.PROMOTIONS
-- targets: STG.ORDERS
-- columns: DWH.PROMOTIONS.DISCOUNT_PCT -> STG.ORDERS.DISCOUNT_PCT
-- indirect: DWH.PROMOTIONS.PROMO_CODE, STG.ORDERS.PROMO_CODE, DWH.PROMOTIONS.ACTIVE
UPDATE (
  SELECT o.discount_pct AS old_discount, p.discount_pct AS new_discount
  FROM stg.orders o
  JOIN dwh.promotions p ON p.promo_code = o.promo_code
  WHERE p.active = 'Y'
)
SET old_discount = new_discount;

-- case: update_inline_view_with_hint_and_alias
-- sources: STG.TICKET_STATUS
-- targets: DWH.TICKETS
-- columns: STG.TICKET_STATUS.NEW_STATUS -> DWH.TICKETS.STATUS
-- columns: STG.TICKET_STATUS.CHANGED_AT -> DWH.TICKETS.STATUS_DATE
-- indirect: DWH.TICKETS.TICKET_ID, STG.TICKET_STATUS.TICKET_ID
UPDATE /*+ BYPASS_UJVC */ (
  SELECT t.status, t.status_date, s.new_status, s.changed_at
  FROM dwh.tickets t, stg.ticket_status s
  WHERE t.ticket_id = s.ticket_id
) v
SET v.status = v.new_status,
    v.status_date = v.changed_at;

-- case: update_where_not_exists
-- sources: DWH.FACT_ORDERS
-- targets: DWH.DIM_CUSTOMER
-- indirect: DWH.FACT_ORDERS.CUSTOMER_ID, DWH.FACT_ORDERS.ORDER_DATE, DWH.DIM_CUSTOMER.CUSTOMER_ID
UPDATE dwh.dim_customer c
   SET c.status = 'INACTIVE'
 WHERE NOT EXISTS (SELECT 1
                     FROM dwh.fact_orders o
                    WHERE o.customer_id = c.customer_id
                      AND o.order_date > ADD_MONTHS(SYSDATE, -24));

-- case: update_where_in_subquery
-- sources: CRM.VIP_CUSTOMERS
-- targets: STG.ORDERS
-- indirect: STG.ORDERS.CUSTOMER_ID, CRM.VIP_CUSTOMERS.CUSTOMER_ID
UPDATE stg.orders o
   SET o.priority = 'HIGH'
 WHERE o.customer_id IN (SELECT v.customer_id FROM crm.vip_customers v);

-- case: update_target_read_again_in_set_subquery
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEES
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEES.SALARY
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID
UPDATE hr.employees e
   SET e.salary = (SELECT AVG(e2.salary)
                     FROM hr.employees e2
                    WHERE e2.department_id = e.department_id)
 WHERE e.salary IS NULL;

-- case: update_scalar_subquery_inside_expression
-- sources: DWH.FACT_SALES
-- targets: MART.STORE_TARGETS
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_TARGETS.ACTUAL_AMOUNT
-- columns: DWH.FACT_SALES.AMOUNT -> MART.STORE_TARGETS.ACHIEVEMENT_PCT
-- indirect: DWH.FACT_SALES.STORE_ID, DWH.FACT_SALES.SALE_MONTH, MART.STORE_TARGETS.STORE_ID, MART.STORE_TARGETS.TARGET_MONTH
UPDATE mart.store_targets t
   SET t.actual_amount = (SELECT SUM(f.amount)
                            FROM dwh.fact_sales f
                           WHERE f.store_id = t.store_id
                             AND f.sale_month = t.target_month),
       t.achievement_pct = ROUND(100 * (SELECT SUM(f.amount)
                                          FROM dwh.fact_sales f
                                         WHERE f.store_id = t.store_id
                                           AND f.sale_month = t.target_month) / t.target_amount, 1),
       t.refreshed_at = SYSDATE
 WHERE t.target_month = TRUNC(SYSDATE, 'MM');

-- case: update_case_with_scalar_subqueries
-- sources: CFG.PRICE_BANDS
-- targets: DWH.DIM_PRODUCT
-- columns: CFG.PRICE_BANDS.LOW_LIMIT -> DWH.DIM_PRODUCT.PRICE_BAND
-- columns: CFG.PRICE_BANDS.HIGH_LIMIT -> DWH.DIM_PRODUCT.PRICE_BAND
-- indirect: CFG.PRICE_BANDS.BAND
UPDATE dwh.dim_product p
   SET p.price_band = CASE
                        WHEN p.list_price < (SELECT b.low_limit FROM cfg.price_bands b WHERE b.band = 'LOW') THEN 'LOW'
                        WHEN p.list_price < (SELECT b.high_limit FROM cfg.price_bands b WHERE b.band = 'MID') THEN 'MID'
                        ELSE 'HIGH'
                      END;

-- case: update_multi_column_set_from_join_subquery
-- sources: REF.COUNTRIES, REF.REGIONS
-- targets: STG.CUSTOMERS
-- columns: REF.REGIONS.REGION_NAME -> STG.CUSTOMERS.REGION_NAME
-- columns: REF.COUNTRIES.COUNTRY_NAME -> STG.CUSTOMERS.COUNTRY_NAME
-- indirect: REF.REGIONS.REGION_ID, REF.COUNTRIES.REGION_ID, REF.COUNTRIES.ISO_CODE, STG.CUSTOMERS.COUNTRY_CODE
UPDATE stg.customers c
   SET (c.region_name, c.country_name) = (SELECT r.region_name, co.country_name
                                            FROM ref.countries co
                                            JOIN ref.regions r ON r.region_id = co.region_id
                                           WHERE co.iso_code = c.country_code),
       c.enriched_at = SYSTIMESTAMP;
