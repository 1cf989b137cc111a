-- case: rpt_view_select_star_over_pivot_two_aggregates
-- sources: DWH.FACT_SALES, DWH.DIM_REGION, DWH.DIM_DATE
-- targets: RPT.V_REGION_QUARTER_MATRIX
-- columns: DWH.DIM_REGION.REGION_NAME -> RPT.V_REGION_QUARTER_MATRIX.REGION_NAME
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_REGION_QUARTER_MATRIX.Q1_REV, DWH.DIM_DATE.FISCAL_QUARTER -> RPT.V_REGION_QUARTER_MATRIX.Q1_REV
-- columns: DWH.FACT_SALES.ORDER_ID -> RPT.V_REGION_QUARTER_MATRIX.Q1_CNT, DWH.DIM_DATE.FISCAL_QUARTER -> RPT.V_REGION_QUARTER_MATRIX.Q1_CNT
-- columns: DWH.FACT_SALES.NET_AMOUNT -> RPT.V_REGION_QUARTER_MATRIX.Q2_REV, DWH.DIM_DATE.FISCAL_QUARTER -> RPT.V_REGION_QUARTER_MATRIX.Q2_REV
-- columns: DWH.FACT_SALES.ORDER_ID -> RPT.V_REGION_QUARTER_MATRIX.Q2_CNT, DWH.DIM_DATE.FISCAL_QUARTER -> RPT.V_REGION_QUARTER_MATRIX.Q2_CNT
-- indirect: DWH.DIM_REGION.REGION_KEY, DWH.FACT_SALES.REGION_KEY, DWH.DIM_DATE.DATE_KEY, DWH.FACT_SALES.DATE_KEY, DWH.DIM_DATE.FISCAL_YEAR
CREATE OR REPLACE VIEW rpt.v_region_quarter_matrix AS
SELECT *
  FROM (SELECT r.region_name, d.fiscal_quarter, f.net_amount, f.order_id
          FROM dwh.fact_sales f
          JOIN dwh.dim_region r ON r.region_key = f.region_key
          JOIN dwh.dim_date d ON d.date_key = f.date_key
         WHERE d.fiscal_year = 2024)
 PIVOT (SUM(net_amount) AS rev, COUNT(order_id) AS cnt
        FOR fiscal_quarter IN ('Q1' AS q1, 'Q2' AS q2));

-- case: rpt_mv_cost_center_tree_connect_by_root_and_path
-- sources: FIN.COST_CENTERS
-- targets: RPT.MV_COST_CENTER_TREE
-- columns: FIN.COST_CENTERS.COST_CENTER_ID -> RPT.MV_COST_CENTER_TREE.COST_CENTER_ID
-- columns: FIN.COST_CENTERS.COST_CENTER_NAME -> RPT.MV_COST_CENTER_TREE.COST_CENTER_NAME
-- columns: FIN.COST_CENTERS.COST_CENTER_NAME -> RPT.MV_COST_CENTER_TREE.ROOT_NAME
-- columns: FIN.COST_CENTERS.COST_CENTER_CODE -> RPT.MV_COST_CENTER_TREE.CODE_PATH
-- indirect: FIN.COST_CENTERS.IS_ACTIVE, FIN.COST_CENTERS.PARENT_ID
CREATE MATERIALIZED VIEW rpt.mv_cost_center_tree
  BUILD IMMEDIATE
  REFRESH COMPLETE ON DEMAND
AS
SELECT cc.cost_center_id,
       cc.cost_center_name,
       LEVEL AS depth,
       CONNECT_BY_ROOT cc.cost_center_name AS root_name,
       LTRIM(SYS_CONNECT_BY_PATH(cc.cost_center_code, '/'), '/') AS code_path,
       CONNECT_BY_ISLEAF AS is_leaf
  FROM fin.cost_centers cc
 WHERE cc.is_active = 'Y'
 START WITH cc.parent_id IS NULL
CONNECT BY NOCYCLE PRIOR cc.cost_center_id = cc.parent_id
 ORDER SIBLINGS BY cc.cost_center_name;

-- case: rpt_view_model_clause_forecast
-- sources: DWH.SALES_BY_YEAR
-- targets: RPT.V_SALES_FORECAST
-- columns: DWH.SALES_BY_YEAR.COUNTRY -> RPT.V_SALES_FORECAST.COUNTRY
-- columns: DWH.SALES_BY_YEAR.PROD_YEAR -> RPT.V_SALES_FORECAST.PROD_YEAR
-- columns: DWH.SALES_BY_YEAR.AMOUNT -> RPT.V_SALES_FORECAST.SALES
CREATE OR REPLACE VIEW rpt.v_sales_forecast AS
SELECT country, prod_year, sales
  FROM (SELECT s.country, s.prod_year, SUM(s.amount) AS sales
          FROM dwh.sales_by_year s
         GROUP BY s.country, s.prod_year)
 MODEL
   PARTITION BY (country)
   DIMENSION BY (prod_year)
   MEASURES (sales)
   RULES (
     sales[2025] = sales[2024] * 1.1
   );

-- case: rpt_view_listagg_and_xmlagg_xmlelement_name_is_not_a_column
-- sources: SALES.ORDERS, SALES.ORDER_LINES, INV.PRODUCTS
-- targets: RPT.V_ORDER_ITEM_LISTS
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_ORDER_ITEM_LISTS.ORDER_ID
-- columns: INV.PRODUCTS.PRODUCT_NAME -> RPT.V_ORDER_ITEM_LISTS.PRODUCT_NAMES, SALES.ORDER_LINES.LINE_NO -> RPT.V_ORDER_ITEM_LISTS.PRODUCT_NAMES
-- columns: SALES.ORDER_LINES.SKU -> RPT.V_ORDER_ITEM_LISTS.SKU_LIST, SALES.ORDER_LINES.LINE_NO -> RPT.V_ORDER_ITEM_LISTS.SKU_LIST
-- columns: SALES.ORDER_LINES.QTY -> RPT.V_ORDER_ITEM_LISTS.TOTAL_QTY
-- indirect: SALES.ORDER_LINES.ORDER_ID, INV.PRODUCTS.PRODUCT_ID, SALES.ORDER_LINES.PRODUCT_ID
CREATE OR REPLACE VIEW rpt.v_order_item_lists AS
SELECT o.order_id,
       LISTAGG(p.product_name, ', ') WITHIN GROUP (ORDER BY l.line_no) AS product_names,
       RTRIM(XMLAGG(XMLELEMENT(e, l.sku || ',') ORDER BY l.line_no).EXTRACT('//text()').getClobVal(), ',') AS sku_list,
       SUM(l.qty) AS total_qty
  FROM sales.orders o
  JOIN sales.order_lines l ON l.order_id = o.order_id
  JOIN inv.products p ON p.product_id = l.product_id
 GROUP BY o.order_id;

-- case: rpt_select_only_scalar_and_in_subqueries
-- sources: HR.DEPARTMENTS, HR.EMPLOYEES, HR.LOCATIONS
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.HIRE_DATE
-- indirect: HR.DEPARTMENTS.LOCATION_ID, HR.LOCATIONS.LOCATION_ID, HR.LOCATIONS.COUNTRY_ID
SELECT d.department_name,
       (SELECT COUNT(*)
          FROM hr.employees e
         WHERE e.department_id = d.department_id
           AND e.hire_date > SYSDATE - 365) AS new_hires
  FROM hr.departments d
 WHERE d.location_id IN (SELECT l.location_id FROM hr.locations l WHERE l.country_id = 'DE')
 ORDER BY new_hires DESC;

-- case: rpt_view_cast_multiset_collection_subquery
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: RPT.V_CUSTOMER_ORDERS_NESTED
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> RPT.V_CUSTOMER_ORDERS_NESTED.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> RPT.V_CUSTOMER_ORDERS_NESTED.CUSTOMER_NAME
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_CUSTOMER_ORDERS_NESTED.ORDER_IDS
-- indirect: SALES.ORDERS.CUSTOMER_ID
CREATE OR REPLACE VIEW rpt.v_customer_orders_nested AS
SELECT c.customer_id,
       c.customer_name,
       CAST(MULTISET(SELECT o.order_id
                       FROM sales.orders o
                      WHERE o.customer_id = c.customer_id) AS sys.odcinumberlist) AS order_ids
  FROM crm.customers c;

-- case: rpt_force_view_column_list_over_dblink_plus_join
-- sources: WMS.STOCK@WMS_PROD, WMS.WAREHOUSES@WMS_PROD
-- targets: RPT.V_REMOTE_STOCK
-- columns: WMS.WAREHOUSES@WMS_PROD.WH_CODE -> RPT.V_REMOTE_STOCK.WAREHOUSE
-- columns: WMS.STOCK@WMS_PROD.SKU -> RPT.V_REMOTE_STOCK.SKU
-- columns: WMS.STOCK@WMS_PROD.QTY_ON_HAND -> RPT.V_REMOTE_STOCK.ON_HAND
-- columns: WMS.STOCK@WMS_PROD.QTY_RESERVED -> RPT.V_REMOTE_STOCK.RESERVED
-- indirect: WMS.STOCK@WMS_PROD.WH_ID, WMS.WAREHOUSES@WMS_PROD.WH_ID
CREATE OR REPLACE FORCE VIEW rpt.v_remote_stock (warehouse, sku, on_hand, reserved) AS
SELECT w.wh_code, s.sku, s.qty_on_hand, s.qty_reserved
  FROM wms.stock@wms_prod s, wms.warehouses@wms_prod w
 WHERE s.wh_id = w.wh_id (+);

-- case: rpt_mv_fast_refresh_with_rowid_columns
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: RPT.MV_ORDER_COUNTRY
-- columns: SALES.ORDERS.ORDER_ID -> RPT.MV_ORDER_COUNTRY.ORDER_ID
-- columns: CRM.CUSTOMERS.COUNTRY_CODE -> RPT.MV_ORDER_COUNTRY.COUNTRY_CODE
-- columns: SALES.ORDERS.AMOUNT -> RPT.MV_ORDER_COUNTRY.AMOUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID, CRM.CUSTOMERS.CUSTOMER_ID
CREATE MATERIALIZED VIEW rpt.mv_order_country
  BUILD IMMEDIATE
  REFRESH FAST ON DEMAND WITH ROWID
AS
SELECT o.ROWID AS o_rid,
       c.ROWID AS c_rid,
       o.order_id,
       c.country_code,
       o.amount
  FROM sales.orders o, crm.customers c
 WHERE o.customer_id = c.customer_id (+);

-- case: rpt_view_lead_lag_moving_average
-- sources: INV.PRICE_HISTORY
-- targets: RPT.V_PRICE_TIMELINE
-- columns: INV.PRICE_HISTORY.PRODUCT_ID -> RPT.V_PRICE_TIMELINE.PRODUCT_ID
-- columns: INV.PRICE_HISTORY.VALID_FROM -> RPT.V_PRICE_TIMELINE.VALID_FROM
-- columns: INV.PRICE_HISTORY.VALID_FROM -> RPT.V_PRICE_TIMELINE.VALID_TO, INV.PRICE_HISTORY.PRODUCT_ID -> RPT.V_PRICE_TIMELINE.VALID_TO
-- columns: INV.PRICE_HISTORY.PRICE -> RPT.V_PRICE_TIMELINE.PRICE
-- columns: INV.PRICE_HISTORY.PRICE -> RPT.V_PRICE_TIMELINE.PRICE_CHANGE, INV.PRICE_HISTORY.PRODUCT_ID -> RPT.V_PRICE_TIMELINE.PRICE_CHANGE, INV.PRICE_HISTORY.VALID_FROM -> RPT.V_PRICE_TIMELINE.PRICE_CHANGE
-- columns: INV.PRICE_HISTORY.PRICE -> RPT.V_PRICE_TIMELINE.MOVING_AVG_3, INV.PRICE_HISTORY.PRODUCT_ID -> RPT.V_PRICE_TIMELINE.MOVING_AVG_3, INV.PRICE_HISTORY.VALID_FROM -> RPT.V_PRICE_TIMELINE.MOVING_AVG_3
CREATE OR REPLACE VIEW rpt.v_price_timeline AS
SELECT ph.product_id,
       ph.valid_from,
       LEAD(ph.valid_from, 1, DATE '9999-12-31')
         OVER (PARTITION BY ph.product_id ORDER BY ph.valid_from) - 1 AS valid_to,
       ph.price,
       ph.price - LAG(ph.price) OVER (PARTITION BY ph.product_id ORDER BY ph.valid_from) AS price_change,
       AVG(ph.price) OVER (PARTITION BY ph.product_id
                           ORDER BY ph.valid_from
                           ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS moving_avg_3
  FROM inv.price_history ph;

-- case: rpt_view_with_cte_decode_nvl2_case
-- sources: SUPPORT.TICKETS, REF.SLA_POLICIES
-- targets: RPT.V_TICKET_SLA
-- columns: SUPPORT.TICKETS.TICKET_ID -> RPT.V_TICKET_SLA.TICKET_ID
-- columns: SUPPORT.TICKETS.PRIORITY_CODE -> RPT.V_TICKET_SLA.PRIORITY_CODE
-- columns: SUPPORT.TICKETS.STATUS -> RPT.V_TICKET_SLA.AGE_HOURS, SUPPORT.TICKETS.CLOSED_AT -> RPT.V_TICKET_SLA.AGE_HOURS, SUPPORT.TICKETS.OPENED_AT -> RPT.V_TICKET_SLA.AGE_HOURS
-- columns: SUPPORT.TICKETS.CLOSED_AT -> RPT.V_TICKET_SLA.SLA_STATE, SUPPORT.TICKETS.OPENED_AT -> RPT.V_TICKET_SLA.SLA_STATE, REF.SLA_POLICIES.SLA_HOURS -> RPT.V_TICKET_SLA.SLA_STATE
-- indirect: REF.SLA_POLICIES.VALID_TO, REF.SLA_POLICIES.PRIORITY_CODE
CREATE OR REPLACE VIEW rpt.v_ticket_sla AS
WITH pr AS (
  SELECT priority_code, sla_hours
    FROM ref.sla_policies
   WHERE valid_to IS NULL
)
SELECT t.ticket_id,
       t.priority_code,
       DECODE(t.status,
              'CLOSED', (t.closed_at - t.opened_at) * 24,
              (SYSDATE - t.opened_at) * 24) AS age_hours,
       CASE
         WHEN NVL2(t.closed_at, t.closed_at, SYSDATE) - t.opened_at > pr.sla_hours / 24 THEN 'BREACHED'
         ELSE 'OK'
       END AS sla_state
  FROM support.tickets t
  LEFT JOIN pr ON pr.priority_code = t.priority_code;

-- case: rpt_ctas_ntile_percent_rank_cume_dist
-- sources: MART.CUSTOMER_360
-- targets: RPT.CUSTOMER_PERCENTILES
-- columns: MART.CUSTOMER_360.CUSTOMER_ID -> RPT.CUSTOMER_PERCENTILES.CUSTOMER_ID
-- columns: MART.CUSTOMER_360.SEGMENT -> RPT.CUSTOMER_PERCENTILES.SEGMENT
-- columns: MART.CUSTOMER_360.LIFETIME_VALUE -> RPT.CUSTOMER_PERCENTILES.LTV_QUARTILE, MART.CUSTOMER_360.SEGMENT -> RPT.CUSTOMER_PERCENTILES.LTV_QUARTILE
-- columns: MART.CUSTOMER_360.LIFETIME_VALUE -> RPT.CUSTOMER_PERCENTILES.LTV_PCT_RANK, MART.CUSTOMER_360.SEGMENT -> RPT.CUSTOMER_PERCENTILES.LTV_PCT_RANK
-- columns: MART.CUSTOMER_360.ORDER_COUNT -> RPT.CUSTOMER_PERCENTILES.ORDERS_CUME_DIST
-- indirect: MART.CUSTOMER_360.COUNTRY_CODE
CREATE TABLE rpt.customer_percentiles NOLOGGING AS
SELECT c.customer_id,
       c.segment,
       NTILE(4) OVER (PARTITION BY c.segment ORDER BY c.lifetime_value) AS ltv_quartile,
       PERCENT_RANK() OVER (PARTITION BY c.segment ORDER BY c.lifetime_value) AS ltv_pct_rank,
       CUME_DIST() OVER (ORDER BY c.order_count) AS orders_cume_dist
  FROM mart.customer_360 c
 WHERE c.country_code IN ('DE', 'AT', 'CH');

-- case: rpt_view_unpivot_joined_with_dimension
-- sources: FIN.BUDGET_MONTHS, FIN.COST_CENTERS
-- targets: RPT.V_BUDGET_LONG
-- columns: FIN.COST_CENTERS.COST_CENTER_NAME -> RPT.V_BUDGET_LONG.COST_CENTER_NAME
-- columns: FIN.BUDGET_MONTHS.FISCAL_YEAR -> RPT.V_BUDGET_LONG.FISCAL_YEAR
-- columns: FIN.BUDGET_MONTHS.M01 -> RPT.V_BUDGET_LONG.BUDGET_AMOUNT, FIN.BUDGET_MONTHS.M02 -> RPT.V_BUDGET_LONG.BUDGET_AMOUNT, FIN.BUDGET_MONTHS.M03 -> RPT.V_BUDGET_LONG.BUDGET_AMOUNT
-- indirect: FIN.COST_CENTERS.COST_CENTER_ID, FIN.BUDGET_MONTHS.COST_CENTER_ID
CREATE OR REPLACE VIEW rpt.v_budget_long AS
SELECT cc.cost_center_name, u.fiscal_year, u.month_no, u.budget_amount
  FROM (SELECT b.cost_center_id, b.fiscal_year, b.m01, b.m02, b.m03
          FROM fin.budget_months b)
       UNPIVOT (budget_amount FOR month_no IN (m01 AS 1, m02 AS 2, m03 AS 3)) u
  JOIN fin.cost_centers cc ON cc.cost_center_id = u.cost_center_id;

-- case: rpt_select_only_rollup_with_having_and_analytic
-- sources: DWH.FACT_SALES, DWH.DIM_STORE
-- indirect: DWH.DIM_STORE.STORE_KEY, DWH.FACT_SALES.STORE_KEY, DWH.FACT_SALES.SALE_DAY
SELECT NVL(st.region_name, 'ALL REGIONS') AS region,
       NVL(st.store_name, 'ALL STORES')   AS store,
       SUM(f.net_amount)                   AS revenue,
       RANK() OVER (ORDER BY SUM(f.net_amount) DESC) AS revenue_rank
  FROM dwh.fact_sales f
  JOIN dwh.dim_store st ON st.store_key = f.store_key
 WHERE f.sale_day >= TRUNC(SYSDATE, 'YYYY')
 GROUP BY ROLLUP (st.region_name, st.store_name)
HAVING SUM(f.net_amount) > 0;

-- case: rpt_mv_on_prebuilt_table_with_union_markers
-- sources: DWH.FACT_SALES_ONLINE, DWH.FACT_SALES_STORE
-- targets: RPT.MV_CHANNEL_DAILY
-- columns: DWH.FACT_SALES_ONLINE.SALE_DAY -> RPT.MV_CHANNEL_DAILY.SALE_DAY, DWH.FACT_SALES_STORE.SALE_DAY -> RPT.MV_CHANNEL_DAILY.SALE_DAY
-- columns: DWH.FACT_SALES_ONLINE.NET_AMOUNT -> RPT.MV_CHANNEL_DAILY.REVENUE, DWH.FACT_SALES_STORE.NET_AMOUNT -> RPT.MV_CHANNEL_DAILY.REVENUE
CREATE MATERIALIZED VIEW rpt.mv_channel_daily (channel_marker, sale_day, revenue)
  ON PREBUILT TABLE
  REFRESH FORCE ON DEMAND
  ENABLE QUERY REWRITE
AS
SELECT 'ONLINE', o.sale_day, SUM(o.net_amount) FROM dwh.fact_sales_online o GROUP BY o.sale_day
UNION ALL
SELECT 'STORE', s.sale_day, SUM(s.net_amount) FROM dwh.fact_sales_store s GROUP BY s.sale_day;

-- case: rpt_view_correlated_scalar_subqueries_with_keep
-- sources: CRM.ACCOUNTS, CRM.ACTIVITIES, CRM.OPPORTUNITIES
-- targets: RPT.V_ACCOUNT_ACTIVITY
-- columns: CRM.ACCOUNTS.ACCOUNT_ID -> RPT.V_ACCOUNT_ACTIVITY.ACCOUNT_ID
-- columns: CRM.ACCOUNTS.ACCOUNT_NAME -> RPT.V_ACCOUNT_ACTIVITY.ACCOUNT_NAME
-- columns: CRM.ACTIVITIES.ACTIVITY_TYPE -> RPT.V_ACCOUNT_ACTIVITY.LAST_ACTIVITY_TYPE, CRM.ACTIVITIES.ACTIVITY_TS -> RPT.V_ACCOUNT_ACTIVITY.LAST_ACTIVITY_TYPE
-- columns: CRM.OPPORTUNITIES.AMOUNT -> RPT.V_ACCOUNT_ACTIVITY.OPEN_PIPELINE
-- indirect: CRM.ACTIVITIES.ACCOUNT_ID, CRM.OPPORTUNITIES.ACCOUNT_ID, CRM.OPPORTUNITIES.STAGE, CRM.ACCOUNTS.STATUS
CREATE OR REPLACE VIEW rpt.v_account_activity AS
SELECT a.account_id,
       a.account_name,
       (SELECT MAX(act.activity_type) KEEP (DENSE_RANK LAST ORDER BY act.activity_ts)
          FROM crm.activities act
         WHERE act.account_id = a.account_id) AS last_activity_type,
       (SELECT NVL(SUM(op.amount), 0)
          FROM crm.opportunities op
         WHERE op.account_id = a.account_id
           AND op.stage NOT IN ('WON', 'LOST')) AS open_pipeline
  FROM crm.accounts a
 WHERE a.status = 'ACTIVE';

-- case: rpt_view_with_subquery_factoring_recursive_date_spine
-- sources: HR.EMPLOYEES
-- targets: RPT.V_HEADCOUNT_BY_MONTH
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> RPT.V_HEADCOUNT_BY_MONTH.HEADCOUNT
-- indirect: HR.EMPLOYEES.HIRE_DATE, HR.EMPLOYEES.TERMINATION_DATE
CREATE OR REPLACE VIEW rpt.v_headcount_by_month (month_start, headcount) AS
WITH months (m) AS (
  SELECT DATE '2024-01-01' FROM dual
  UNION ALL
  SELECT ADD_MONTHS(m, 1) FROM months WHERE m < DATE '2024-12-01'
)
SELECT mo.m, COUNT(e.employee_id)
  FROM months mo
  LEFT JOIN hr.employees e
    ON e.hire_date <= LAST_DAY(mo.m)
   AND (e.termination_date IS NULL OR e.termination_date >= mo.m)
 GROUP BY mo.m;

-- case: rpt_view_treat_object_attribute_and_regexp_substr
-- sources: APP.EVENTS_OBJ
-- targets: RPT.V_EVENT_HOSTS
-- columns: APP.EVENTS_OBJ.EVENT_ID -> RPT.V_EVENT_HOSTS.EVENT_ID
-- columns: APP.EVENTS_OBJ.SOURCE_URL -> RPT.V_EVENT_HOSTS.HOST_NAME
-- columns: APP.EVENTS_OBJ.PAYLOAD -> RPT.V_EVENT_HOSTS.CLICK_TARGET
CREATE OR REPLACE VIEW rpt.v_event_hosts AS
SELECT e.event_id,
       REGEXP_SUBSTR(e.source_url, '^https?://([^/:]+)', 1, 1, 'i', 1) AS host_name,
       TREAT(e.payload AS app.t_click_event).target_id AS click_target
  FROM app.events_obj e;

-- case: rpt_select_only_json_table_over_column
-- sources: STG.EVENTS_RAW
-- indirect: STG.EVENTS_RAW.RECEIVED_AT
SELECT r.event_id, j.customer_id, j.amount
  FROM stg.events_raw r,
       JSON_TABLE(r.payload, '$'
         COLUMNS (customer_id NUMBER PATH '$.customer.id',
                  amount      NUMBER PATH '$.order.total')) j
 WHERE r.received_at > SYSDATE - 1;

-- case: rpt_view_xmlagg_xmlelement_identifier_is_an_element_name
-- sources: SALES.ORDERS, SALES.ORDER_LINES
-- targets: RPT.V_ORDER_SKU_XML
-- columns: SALES.ORDERS.ORDER_ID -> RPT.V_ORDER_SKU_XML.ORDER_ID
-- columns: SALES.ORDER_LINES.SKU -> RPT.V_ORDER_SKU_XML.SKU_XML, SALES.ORDER_LINES.LINE_NO -> RPT.V_ORDER_SKU_XML.SKU_XML
-- indirect: SALES.ORDER_LINES.ORDER_ID
CREATE OR REPLACE VIEW rpt.v_order_sku_xml AS
SELECT o.order_id,
       XMLAGG(XMLELEMENT(e, l.sku || ',') ORDER BY l.line_no) AS sku_xml
  FROM sales.orders o
  JOIN sales.order_lines l ON l.order_id = o.order_id
 GROUP BY o.order_id;

-- case: rpt_match_recognize_measures_are_not_table_columns
-- sources: MKT.QUOTES
-- targets: MART.PRICE_DIPS
-- columns: MKT.QUOTES.SYMBOL -> MART.PRICE_DIPS.SYMBOL
-- columns: MKT.QUOTES.TRADE_DAY -> MART.PRICE_DIPS.START_DAY
-- columns: MKT.QUOTES.TRADE_DAY -> MART.PRICE_DIPS.BOTTOM_DAY
-- columns: MKT.QUOTES.TRADE_DAY -> MART.PRICE_DIPS.END_DAY
INSERT INTO mart.price_dips (symbol, start_day, bottom_day, end_day)
SELECT symbol, start_day, bottom_day, end_day
  FROM mkt.quotes
 MATCH_RECOGNIZE (
   PARTITION BY symbol
   ORDER BY trade_day
   MEASURES STRT.trade_day       AS start_day,
            LAST(DOWN.trade_day) AS bottom_day,
            LAST(UP.trade_day)   AS end_day
   ONE ROW PER MATCH
   AFTER MATCH SKIP TO LAST UP
   PATTERN (STRT DOWN+ UP+)
   DEFINE DOWN AS DOWN.close_price < PREV(DOWN.close_price),
          UP   AS UP.close_price > PREV(UP.close_price)
 ) mr;

-- case: rpt_xmltable_columns_come_from_passing_expression
-- sources: STG.ORDER_DOCS
-- targets: RPT.XML_ORDER_LINES
-- columns: STG.ORDER_DOCS.ORDER_ID -> RPT.XML_ORDER_LINES.ORDER_ID
-- columns: STG.ORDER_DOCS.DOC_XML -> RPT.XML_ORDER_LINES.SKU
-- columns: STG.ORDER_DOCS.DOC_XML -> RPT.XML_ORDER_LINES.QTY
-- indirect: STG.ORDER_DOCS.DOC_TYPE
INSERT INTO rpt.xml_order_lines (order_id, sku, qty)
SELECT d.order_id, x.sku, x.qty
  FROM stg.order_docs d,
       XMLTABLE('/order/line' PASSING d.doc_xml
                COLUMNS sku VARCHAR2(30) PATH 'sku',
                        qty NUMBER       PATH 'qty') x
 WHERE d.doc_type = 'ORDER';

-- case: rpt_top_n_rownum_over_ordered_distinct_inline_view
-- sources: DWH.FACT_SALES
-- targets: MART.TOP10_PRODUCTS
-- columns: DWH.FACT_SALES.PRODUCT_ID -> MART.TOP10_PRODUCTS.PRODUCT_ID
-- columns: DWH.FACT_SALES.AMOUNT -> MART.TOP10_PRODUCTS.REVENUE, DWH.FACT_SALES.PRODUCT_ID -> MART.TOP10_PRODUCTS.REVENUE
-- indirect: DWH.FACT_SALES.SALE_DAY
INSERT INTO mart.top10_products (rn, product_id, revenue)
SELECT ROWNUM, x.product_id, x.revenue
  FROM (SELECT /*+ NO_MERGE */ DISTINCT
               f.product_id,
               SUM(f.amount) OVER (PARTITION BY f.product_id) AS revenue
          FROM dwh.fact_sales f
         WHERE f.sale_day >= DATE '2024-01-01'
         ORDER BY revenue DESC) x
 WHERE ROWNUM <= 10;

-- case: rpt_decode_sign_lead_and_count_over_empty_window
-- sources: CRM.CONTRACTS
-- targets: DWH.CONTRACT_FLAGS
-- columns: CRM.CONTRACTS.CONTRACT_ID -> DWH.CONTRACT_FLAGS.CONTRACT_ID
-- columns: CRM.CONTRACTS.END_DATE -> DWH.CONTRACT_FLAGS.OVERLAP_FLAG, CRM.CONTRACTS.START_DATE -> DWH.CONTRACT_FLAGS.OVERLAP_FLAG, CRM.CONTRACTS.CUSTOMER_ID -> DWH.CONTRACT_FLAGS.OVERLAP_FLAG
-- columns: CRM.CONTRACTS.END_DATE -> DWH.CONTRACT_FLAGS.REMAINING
-- indirect:
INSERT INTO dwh.contract_flags (contract_id, overlap_flag, remaining)
SELECT k.contract_id,
       DECODE(SIGN(k.end_date - k.next_start), 1, 'Y', 'N'),
       COUNT(*) OVER () - ROW_NUMBER() OVER (ORDER BY k.end_date)
  FROM (SELECT c.contract_id,
               c.end_date,
               LEAD(c.start_date) OVER (PARTITION BY c.customer_id ORDER BY c.start_date) AS next_start
          FROM crm.contracts c) k;
