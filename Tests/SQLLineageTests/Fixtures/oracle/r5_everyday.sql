-- case: inner_join_insert_with_column_list
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: DW.CUST_ORDERS
-- columns: CRM.CUSTOMERS.ID -> DW.CUST_ORDERS.CUST_ID, CRM.CUSTOMERS.NAME -> DW.CUST_ORDERS.CUST_NAME
-- columns: SALES.ORDERS.TOTAL -> DW.CUST_ORDERS.ORDER_TOTAL
-- indirect: SALES.ORDERS.CUST_ID, SALES.ORDERS.STATUS
-- diagnostics: none
INSERT INTO dw.cust_orders (cust_id, cust_name, order_total)
SELECT c.id, c.name, o.total
  FROM crm.customers c
  JOIN sales.orders o ON o.cust_id = c.id
 WHERE o.status = 'OPEN';

-- case: old_style_outer_join_plus_with_nvl
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: DW.EMP_DEPT
-- columns: HR.EMPLOYEES.EMP_ID -> DW.EMP_DEPT.EMP_ID, HR.DEPARTMENTS.DEPT_NAME -> DW.EMP_DEPT.DEPT_NAME
-- indirect: HR.EMPLOYEES.DEPT_ID, HR.DEPARTMENTS.DEPT_ID
INSERT INTO dw.emp_dept (emp_id, dept_name)
SELECT e.emp_id, NVL(d.dept_name, 'UNKNOWN')
  FROM hr.employees e, hr.departments d
 WHERE e.dept_id = d.dept_id(+);

-- case: view_with_decode
-- sources: SALES.ORDERS
-- targets: RPT.V_ORDER_STATUS
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_ORDER_STATUS.ORDER_ID, SALES.ORDERS.STATUS -> RPT.V_ORDER_STATUS.STATUS_DESC
CREATE OR REPLACE VIEW rpt.v_order_status AS
SELECT order_id, DECODE(status, 'O', 'Open', 'C', 'Closed', 'Other') AS status_desc
  FROM sales.orders;

-- case: row_number_dedup_inline_view
-- sources: CRM.ADDRESSES
-- targets: DW.LATEST_ADDRESS
-- columns: CRM.ADDRESSES.CUST_ID -> DW.LATEST_ADDRESS.CUST_ID, CRM.ADDRESSES.ADDRESS -> DW.LATEST_ADDRESS.ADDRESS
-- indirect: CRM.ADDRESSES.UPDATED_AT
INSERT INTO dw.latest_address (cust_id, address)
SELECT cust_id, address
  FROM (SELECT a.cust_id, a.address,
               ROW_NUMBER() OVER (PARTITION BY a.cust_id ORDER BY a.updated_at DESC) rn
          FROM crm.addresses a)
 WHERE rn = 1;

-- case: scalar_subquery_in_select_list
-- sources: SALES.PRODUCTS, SALES.PRICE_HISTORY
-- targets: DW.PROD_SUMMARY
-- columns: SALES.PRODUCTS.PROD_ID -> DW.PROD_SUMMARY.PROD_ID, SALES.PRICE_HISTORY.PRICE -> DW.PROD_SUMMARY.LAST_PRICE
-- indirect: SALES.PRICE_HISTORY.PROD_ID
INSERT INTO dw.prod_summary (prod_id, last_price)
SELECT p.prod_id,
       (SELECT MAX(h.price) FROM sales.price_history h WHERE h.prod_id = p.prod_id)
  FROM sales.products p;

-- case: correlated_update_set_subquery
-- sources: SALES.ORDERS
-- targets: DW.CUSTOMERS
-- columns: SALES.ORDERS.AMOUNT -> DW.CUSTOMERS.TOTAL_SPEND
-- indirect: SALES.ORDERS.CUST_ID, DW.CUSTOMERS.CUST_ID, DW.CUSTOMERS.ACTIVE
UPDATE dw.customers c
   SET c.total_spend = (SELECT SUM(o.amount) FROM sales.orders o WHERE o.cust_id = c.cust_id)
 WHERE c.active = 'Y';

-- case: merge_using_aggregate_subquery_with_delete_branch
-- indirect: DW.STOCK.ITEM_ID, DW.STOCK.ON_HAND
-- sources: STG.MOVEMENTS
-- targets: DW.STOCK
-- columns: STG.MOVEMENTS.QTY -> DW.STOCK.ON_HAND, STG.MOVEMENTS.ITEM_ID -> DW.STOCK.ITEM_ID
MERGE INTO dw.stock t
USING (SELECT item_id, SUM(qty) AS qty FROM stg.movements GROUP BY item_id) m
   ON (t.item_id = m.item_id)
 WHEN MATCHED THEN UPDATE SET t.on_hand = t.on_hand + m.qty
      DELETE WHERE t.on_hand = 0
 WHEN NOT MATCHED THEN INSERT (item_id, on_hand) VALUES (m.item_id, m.qty);

-- case: minus_feeds_by_position
-- sources: STG.ORDERS, DW.ORDERS
-- targets: DW.MISSING_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DW.MISSING_ORDERS.ORDER_ID, DW.ORDERS.ORDER_ID -> DW.MISSING_ORDERS.ORDER_ID
INSERT INTO dw.missing_orders (order_id)
SELECT order_id FROM stg.orders
MINUS
SELECT order_id FROM dw.orders;

-- case: two_ctes_joined_and_aggregated
-- sources: SALES.RECEIPTS, REF.STORES
-- targets: RPT.REGION_SALES
-- columns: REF.STORES.REGION -> RPT.REGION_SALES.REGION, SALES.RECEIPTS.AMOUNT -> RPT.REGION_SALES.TOTAL
-- indirect: SALES.RECEIPTS.STORE_ID, REF.STORES.STORE_ID
INSERT INTO rpt.region_sales (region, total)
WITH s AS (SELECT store_id, amount FROM sales.receipts),
     r AS (SELECT store_id, region FROM ref.stores)
SELECT r.region, SUM(s.amount)
  FROM s JOIN r ON r.store_id = s.store_id
 GROUP BY r.region;

-- case: date_functions_trunc_add_months_months_between
-- sources: CRM.CONTRACTS
-- targets: DW.CONTRACT_TERMS
-- columns: CRM.CONTRACTS.CONTRACT_ID -> DW.CONTRACT_TERMS.CONTRACT_ID
-- columns: CRM.CONTRACTS.START_DATE -> DW.CONTRACT_TERMS.START_MONTH
-- columns: CRM.CONTRACTS.START_DATE -> DW.CONTRACT_TERMS.END_DATE, CRM.CONTRACTS.DURATION -> DW.CONTRACT_TERMS.END_DATE
-- columns: CRM.CONTRACTS.END_DATE -> DW.CONTRACT_TERMS.TERM_MONTHS, CRM.CONTRACTS.START_DATE -> DW.CONTRACT_TERMS.TERM_MONTHS
INSERT INTO dw.contract_terms (contract_id, start_month, end_date, term_months)
SELECT c.contract_id,
       TRUNC(c.start_date, 'MM'),
       ADD_MONTHS(c.start_date, c.duration),
       MONTHS_BETWEEN(c.end_date, c.start_date)
  FROM crm.contracts c;

-- case: string_functions_concat_substr_lpad
-- sources: CRM.PERSONS
-- targets: DW.PEOPLE
-- columns: CRM.PERSONS.FIRST_NAME -> DW.PEOPLE.FULL_NAME, CRM.PERSONS.LAST_NAME -> DW.PEOPLE.FULL_NAME
-- columns: CRM.PERSONS.FIRST_NAME -> DW.PEOPLE.INITIALS, CRM.PERSONS.LAST_NAME -> DW.PEOPLE.INITIALS
-- columns: CRM.PERSONS.PHONE -> DW.PEOPLE.PHONE
INSERT INTO dw.people (full_name, initials, phone)
SELECT UPPER(TRIM(p.first_name)) || ' ' || p.last_name,
       SUBSTR(p.first_name, 1, 1) || SUBSTR(p.last_name, 1, 1),
       LPAD(REPLACE(p.phone, '-', ''), 12, '0')
  FROM crm.persons p;

-- case: hints_and_comments_everywhere
-- sources: STG.EVENTS
-- targets: DW.EVENTS
-- columns: STG.EVENTS.ID -> DW.EVENTS.EVENT_ID, STG.EVENTS.TS -> DW.EVENTS.EVENT_TS
-- diagnostics: none
INSERT /*+ APPEND PARALLEL(t, 4) */ INTO dw.events t -- load events
  (event_id, /* the key */ event_ts)
SELECT /*+ FULL(e) */ e.id,   -- id
       e.ts                   /* timestamp */
  FROM stg.events e;

-- case: quoted_mixed_case_names
-- sources: Stg.Source
-- targets: Dw.MixedTarget
-- columns: Stg.Source.Id -> Dw.MixedTarget.Id, Stg.Source.LABEL -> Dw.MixedTarget.Label
INSERT INTO "Dw"."MixedTarget" ("Id", "Label")
SELECT s."Id", s.label FROM "Stg"."Source" s;

-- case: positional_insert_uses_schema
-- schema: DW.ORDERS_COPY(ORDER_ID, CUST_ID, GROSS_AMOUNT)
-- sources: SALES.ORDERS
-- targets: DW.ORDERS_COPY
-- columns: SALES.ORDERS.ORDER_ID -> DW.ORDERS_COPY.ORDER_ID, SALES.ORDERS.CUST_ID -> DW.ORDERS_COPY.CUST_ID
-- columns: SALES.ORDERS.AMOUNT -> DW.ORDERS_COPY.GROSS_AMOUNT
INSERT INTO dw.orders_copy
SELECT order_id, cust_id, amount * 1.2 FROM sales.orders;

-- case: ctas_star_with_schema
-- schema: STG.ITEMS(ITEM_ID, ITEM_NAME, PRICE)
-- sources: STG.ITEMS
-- targets: DW.ITEMS_BAK
-- columns: STG.ITEMS.ITEM_ID -> DW.ITEMS_BAK.ITEM_ID, STG.ITEMS.ITEM_NAME -> DW.ITEMS_BAK.ITEM_NAME
-- columns: STG.ITEMS.PRICE -> DW.ITEMS_BAK.PRICE
CREATE TABLE dw.items_bak AS SELECT * FROM stg.items;

-- case: insert_all_unpivot_phones
-- sources: CRM.CUSTOMERS
-- targets: DW.PHONES
-- columns: CRM.CUSTOMERS.CUST_ID -> DW.PHONES.CUST_ID, CRM.CUSTOMERS.HOME_PHONE -> DW.PHONES.PHONE
-- columns: CRM.CUSTOMERS.WORK_PHONE -> DW.PHONES.PHONE
INSERT ALL
  INTO dw.phones (cust_id, phone) VALUES (cust_id, home_phone)
  INTO dw.phones (cust_id, phone) VALUES (cust_id, work_phone)
SELECT cust_id, home_phone, work_phone FROM crm.customers;

-- case: delete_not_exists_correlated
-- sources: DW.CUSTOMERS
-- effects: delete DW.ORDERS
-- indirect: DW.CUSTOMERS.CUST_ID, DW.ORDERS.CUST_ID
DELETE FROM dw.orders o
 WHERE NOT EXISTS (SELECT 1 FROM dw.customers c WHERE c.cust_id = o.cust_id);

-- case: scratch_table_created_used_dropped
-- sources: SALES.ORDERS
-- targets: DW.NEW_ORDERS
-- intermediate: TMP_ORD
-- columns: SALES.ORDERS.ORDER_ID -> DW.NEW_ORDERS.ORDER_ID, SALES.ORDERS.CUST_ID -> DW.NEW_ORDERS.CUST_ID
-- indirect: SALES.ORDERS.STATUS
CREATE TABLE tmp_ord AS SELECT order_id, cust_id FROM sales.orders WHERE status = 'NEW';
INSERT INTO dw.new_orders (order_id, cust_id) SELECT order_id, cust_id FROM tmp_ord;
DROP TABLE tmp_ord;

-- case: lag_and_partition_sum_windows
-- sources: DW.MONTHLY_SALES
-- targets: RPT.SALES_TREND
-- columns: DW.MONTHLY_SALES.STORE_ID -> RPT.SALES_TREND.STORE_ID, DW.MONTHLY_SALES.SALE_MONTH -> RPT.SALES_TREND.SALE_MONTH
-- columns: DW.MONTHLY_SALES.AMOUNT -> RPT.SALES_TREND.AMOUNT
-- columns: DW.MONTHLY_SALES.AMOUNT -> RPT.SALES_TREND.PREV_AMOUNT, DW.MONTHLY_SALES.STORE_ID -> RPT.SALES_TREND.PREV_AMOUNT
-- columns: DW.MONTHLY_SALES.SALE_MONTH -> RPT.SALES_TREND.PREV_AMOUNT
-- columns: DW.MONTHLY_SALES.AMOUNT -> RPT.SALES_TREND.STORE_TOTAL, DW.MONTHLY_SALES.STORE_ID -> RPT.SALES_TREND.STORE_TOTAL
CREATE TABLE rpt.sales_trend AS
SELECT store_id, sale_month, amount,
       LAG(amount) OVER (PARTITION BY store_id ORDER BY sale_month) AS prev_amount,
       SUM(amount) OVER (PARTITION BY store_id) AS store_total
  FROM dw.monthly_sales;

-- case: listagg_within_group
-- sources: SALES.CUST_PROD
-- targets: RPT.CUST_PRODUCTS
-- columns: SALES.CUST_PROD.CUST_ID -> RPT.CUST_PRODUCTS.CUST_ID, SALES.CUST_PROD.PROD_NAME -> RPT.CUST_PRODUCTS.PRODUCTS
-- columns: SALES.CUST_PROD.PROD_RANK -> RPT.CUST_PRODUCTS.PRODUCTS
CREATE TABLE rpt.cust_products AS
SELECT cust_id, LISTAGG(prod_name, ',') WITHIN GROUP (ORDER BY prod_rank) AS products
  FROM sales.cust_prod
 GROUP BY cust_id;

-- case: sequence_sysdate_count_star_no_pairs
-- sources: SALES.ORDERS
-- targets: DW.LOAD_LOG
INSERT INTO dw.load_log (log_id, table_name, row_count, loaded_at)
SELECT dw.log_seq.NEXTVAL, 'ORDERS', COUNT(*), SYSDATE FROM sales.orders;

-- case: case_when_exists_flag
-- diagnostics: none
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: DW.CUST_FLAGS
-- columns: CRM.CUSTOMERS.CUST_ID -> DW.CUST_FLAGS.CUST_ID
-- indirect: SALES.ORDERS.CUST_ID
INSERT INTO dw.cust_flags (cust_id, has_orders)
SELECT c.cust_id,
       CASE WHEN EXISTS (SELECT 1 FROM sales.orders o WHERE o.cust_id = c.cust_id) THEN 'Y' ELSE 'N' END
  FROM crm.customers c;

-- case: full_outer_join_coalesce_keys
-- sources: STG.A, DW.B
-- targets: DW.RECONCILE
-- columns: STG.A.ID -> DW.RECONCILE.KEY_ID, DW.B.ID -> DW.RECONCILE.KEY_ID
-- columns: STG.A.AMT -> DW.RECONCILE.SRC_AMT, DW.B.AMT -> DW.RECONCILE.TGT_AMT
INSERT INTO dw.reconcile (key_id, src_amt, tgt_amt)
SELECT COALESCE(a.id, b.id), a.amt, b.amt
  FROM stg.a a
  FULL OUTER JOIN dw.b b ON a.id = b.id;

-- case: join_using_unqualified_with_schema
-- schema: HR.EMP(EMP_ID, NAME, DEPT_ID); HR.DEPT(DEPT_ID, DEPT_NAME)
-- sources: HR.EMP, HR.DEPT
-- targets: DW.EMP_FLAT
-- columns: HR.EMP.EMP_ID -> DW.EMP_FLAT.EMP_ID, HR.EMP.NAME -> DW.EMP_FLAT.NAME, HR.DEPT.DEPT_NAME -> DW.EMP_FLAT.DEPT_NAME
-- indirect: HR.EMP.DEPT_ID, HR.DEPT.DEPT_ID
INSERT INTO dw.emp_flat (emp_id, name, dept_name)
SELECT emp_id, name, dept_name FROM hr.emp JOIN hr.dept USING (dept_id);

-- case: rollup_with_grouping
-- sources: SALES.FACTS
-- targets: RPT.SALES_CUBE
-- columns: SALES.FACTS.REGION -> RPT.SALES_CUBE.REGION, SALES.FACTS.PRODUCT -> RPT.SALES_CUBE.PRODUCT
-- columns: SALES.FACTS.REVENUE -> RPT.SALES_CUBE.REVENUE, SALES.FACTS.REGION -> RPT.SALES_CUBE.IS_TOTAL
CREATE TABLE rpt.sales_cube AS
SELECT region, product, SUM(revenue) AS revenue, GROUPING(region) AS is_total
  FROM sales.facts
 GROUP BY ROLLUP (region, product);
