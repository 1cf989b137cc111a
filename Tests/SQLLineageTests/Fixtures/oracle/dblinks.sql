-- case: pull_from_unqualified_remote_table
-- sources: ORDERS@ERP_PROD
-- targets: STG.ORDERS
-- columns: ORDERS@ERP_PROD.ORDER_ID -> STG.ORDERS.ORDER_ID
-- columns: ORDERS@ERP_PROD.CUSTOMER_ID -> STG.ORDERS.CUSTOMER_ID
-- columns: ORDERS@ERP_PROD.ORDER_DATE -> STG.ORDERS.ORDER_DATE
-- columns: ORDERS@ERP_PROD.TOTAL_AMOUNT -> STG.ORDERS.TOTAL_AMOUNT
-- diagnostics: none
INSERT INTO stg.orders (order_id, customer_id, order_date, total_amount)
SELECT order_id, customer_id, order_date, total_amount
FROM orders@erp_prod
WHERE order_date >= TRUNC(SYSDATE) - 1;

-- case: schema_table_at_link_with_domain
-- sources: AR.INVOICES@FIN.WORLD
-- targets: STG.INVOICES
-- columns: AR.INVOICES@FIN.WORLD.INVOICE_ID -> STG.INVOICES.INVOICE_ID
-- columns: AR.INVOICES@FIN.WORLD.AMOUNT -> STG.INVOICES.AMOUNT
-- columns: AR.INVOICES@FIN.WORLD.INVOICE_DATE -> STG.INVOICES.INVOICE_DATE
-- indirect: AR.INVOICES@FIN.WORLD.STATUS
INSERT INTO stg.invoices (invoice_id, amount, invoice_date)
SELECT i.invoice_id, i.amount, i.invoice_date
FROM ar.invoices@fin.world i
WHERE i.status = 'POSTED';

-- case: join_local_and_remote
-- sources: DWH.DIM_CUSTOMER, RISK.SCORES@RISK_LINK
-- targets: DWH.CUSTOMER_CREDIT
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_ID -> DWH.CUSTOMER_CREDIT.CUSTOMER_ID
-- columns: RISK.SCORES@RISK_LINK.CREDIT_LIMIT -> DWH.CUSTOMER_CREDIT.CREDIT_LIMIT
-- columns: RISK.SCORES@RISK_LINK.RISK_SCORE -> DWH.CUSTOMER_CREDIT.RISK_SCORE
-- indirect: RISK.SCORES@RISK_LINK.CUST_REF, DWH.DIM_CUSTOMER.CUSTOMER_REF
INSERT INTO dwh.customer_credit (customer_id, credit_limit, risk_score)
SELECT c.customer_id, r.credit_limit, r.risk_score
FROM dwh.dim_customer c
JOIN risk.scores@risk_link r ON r.cust_ref = c.customer_ref;

-- case: insert_into_remote_table
-- sources: DWH.FACT_SALES
-- targets: REPORTING.DAILY_TOTALS@DWH_REMOTE
-- columns: DWH.FACT_SALES.AMOUNT -> REPORTING.DAILY_TOTALS@DWH_REMOTE.TOTAL
-- indirect: DWH.FACT_SALES.SALE_DATE
INSERT INTO reporting.daily_totals@dwh_remote (report_date, total)
SELECT TRUNC(SYSDATE), SUM(amount)
FROM dwh.fact_sales
WHERE sale_date = TRUNC(SYSDATE);

-- case: ctas_from_remote_fully_qualified_link
-- sources: INVENTORY.PRODUCTS@INV_DB.CORP.EXAMPLE.COM
-- targets: STG.PRODUCTS_SNAPSHOT
-- columns: INVENTORY.PRODUCTS@INV_DB.CORP.EXAMPLE.COM.PRODUCT_ID -> STG.PRODUCTS_SNAPSHOT.PRODUCT_ID
-- columns: INVENTORY.PRODUCTS@INV_DB.CORP.EXAMPLE.COM.DESCRIPTION -> STG.PRODUCTS_SNAPSHOT.DESCRIPTION
-- columns: INVENTORY.PRODUCTS@INV_DB.CORP.EXAMPLE.COM.UNIT_COST -> STG.PRODUCTS_SNAPSHOT.UNIT_COST
CREATE TABLE stg.products_snapshot AS
SELECT p.product_id, p.description, p.unit_cost
FROM inventory.products@inv_db.corp.example.com p;

-- case: merge_using_remote_subquery
-- sources: SUPPLIERS@SRM_LINK
-- targets: DWH.DIM_SUPPLIER
-- columns: SUPPLIERS@SRM_LINK.SUPPLIER_NAME -> DWH.DIM_SUPPLIER.SUPPLIER_NAME
-- columns: SUPPLIERS@SRM_LINK.COUNTRY -> DWH.DIM_SUPPLIER.COUNTRY
-- columns: SUPPLIERS@SRM_LINK.SUPPLIER_NO -> DWH.DIM_SUPPLIER.SUPPLIER_NO
MERGE INTO dwh.dim_supplier d
USING (SELECT supplier_no, supplier_name, country FROM suppliers@srm_link) s
ON (d.supplier_no = s.supplier_no)
WHEN MATCHED THEN UPDATE SET d.supplier_name = s.supplier_name, d.country = s.country
WHEN NOT MATCHED THEN INSERT (supplier_no, supplier_name, country)
  VALUES (s.supplier_no, s.supplier_name, s.country);

-- case: select_only_same_table_two_links
-- sources: SALES.ORDERS@EU_DB, SALES.ORDERS@US_DB
SELECT 'EU' AS region, COUNT(*) FROM sales.orders@eu_db
UNION ALL
SELECT 'US', COUNT(*) FROM sales.orders@us_db;

-- case: delete_on_remote_table
-- effects: delete STAGING.OUTBOX@PARTNER_LINK
DELETE FROM staging.outbox@partner_link WHERE sent_flag = 'Y';

-- case: update_from_remote_scalar_subquery
-- sources: TREASURY.RATES@TRE_LINK
-- targets: DWH.FX_RATES
-- columns: TREASURY.RATES@TRE_LINK.RATE -> DWH.FX_RATES.RATE
-- indirect: TREASURY.RATES@TRE_LINK.CCY, TREASURY.RATES@TRE_LINK.RATE_DATE, DWH.FX_RATES.CURRENCY, DWH.FX_RATES.RATE_DATE
UPDATE dwh.fx_rates f
   SET f.rate = (SELECT r.rate
                   FROM treasury.rates@tre_link r
                  WHERE r.ccy = f.currency
                    AND r.rate_date = f.rate_date)
 WHERE f.rate_date = TRUNC(SYSDATE);
