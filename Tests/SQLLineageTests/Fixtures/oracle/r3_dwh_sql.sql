-- case: insert_ansi_outer_joins_over_plus_join_inline_view_and_row_generator
-- sources: INS.POLICIES, INS.POLICY_HOLDERS, INS.BROKERS, INS.PREMIUM_SCHEDULE, INS.CLAIMS, INS.CLAIM_PAYMENTS
-- targets: DWH.FACT_POLICY_MONTH
-- columns: INS.POLICIES.POLICY_ID -> DWH.FACT_POLICY_MONTH.POLICY_ID
-- columns: INS.POLICY_HOLDERS.LAST_NAME -> DWH.FACT_POLICY_MONTH.HOLDER_NAME, INS.POLICY_HOLDERS.FIRST_NAME -> DWH.FACT_POLICY_MONTH.HOLDER_NAME
-- columns: INS.BROKERS.BROKER_NAME -> DWH.FACT_POLICY_MONTH.BROKER_NAME
-- columns: INS.PREMIUM_SCHEDULE.PREMIUM_AMOUNT -> DWH.FACT_POLICY_MONTH.PREMIUM
-- columns: INS.CLAIM_PAYMENTS.AMOUNT -> DWH.FACT_POLICY_MONTH.CLAIMS_PAID
-- columns: INS.CLAIM_PAYMENTS.AMOUNT -> DWH.FACT_POLICY_MONTH.LOSS_RATIO, INS.PREMIUM_SCHEDULE.PREMIUM_AMOUNT -> DWH.FACT_POLICY_MONTH.LOSS_RATIO
-- indirect: INS.POLICY_HOLDERS.HOLDER_ID, INS.POLICIES.HOLDER_ID, INS.BROKERS.BROKER_ID, INS.POLICIES.BROKER_ID
-- indirect: INS.PREMIUM_SCHEDULE.STATUS, INS.PREMIUM_SCHEDULE.POLICY_ID, INS.PREMIUM_SCHEDULE.MONTH_START
-- indirect: INS.CLAIM_PAYMENTS.CLAIM_ID, INS.CLAIMS.CLAIM_ID, INS.CLAIM_PAYMENTS.REVERSED_FLAG, INS.CLAIMS.POLICY_ID, INS.CLAIM_PAYMENTS.PAID_ON
INSERT /*+ APPEND */ INTO dwh.fact_policy_month
  (policy_id, month_start, holder_name, broker_name, premium, claims_paid, loss_ratio)
SELECT p.policy_id,
       cal.month_start,
       h.last_name || ', ' || h.first_name,
       NVL(b.broker_name, 'DIRECT'),
       pr.premium_amount,
       NVL(cl.paid_total, 0),
       ROUND(NVL(cl.paid_total, 0) / NULLIF(pr.premium_amount, 0), 4)
  FROM ins.policies p
  JOIN ins.policy_holders h ON h.holder_id = p.holder_id
 CROSS JOIN (SELECT ADD_MONTHS(DATE '2024-01-01', LEVEL - 1) AS month_start
               FROM dual
            CONNECT BY LEVEL <= 12) cal
  LEFT OUTER JOIN ins.brokers b ON b.broker_id = p.broker_id
  LEFT JOIN (SELECT x.policy_id, x.month_start, x.premium_amount
               FROM ins.premium_schedule x
              WHERE x.status = 'BILLED') pr
    ON pr.policy_id = p.policy_id
   AND pr.month_start = cal.month_start
  LEFT JOIN (SELECT c.policy_id, TRUNC(pm.paid_on, 'MM') AS paid_month, SUM(pm.amount) AS paid_total
               FROM ins.claims c, ins.claim_payments pm
              WHERE pm.claim_id (+) = c.claim_id
                AND pm.reversed_flag (+) = 'N'
              GROUP BY c.policy_id, TRUNC(pm.paid_on, 'MM')) cl
    ON cl.policy_id = p.policy_id
   AND cl.paid_month = cal.month_start;

-- case: insert_select_correlated_scalar_subqueries_with_nested_subquery_in_where
-- sources: CRM.CUSTOMERS, SALES.ORDERS, SUPPORT.TICKETS, DWH.DIM_PRODUCT, SALES.ORDER_LINES
-- targets: MART.CUSTOMER_SNAPSHOT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_SNAPSHOT.CUSTOMER_ID
-- columns: SALES.ORDERS.ORDER_DAY -> MART.CUSTOMER_SNAPSHOT.LAST_ORDER_DAY
-- columns: SALES.ORDERS.NET_AMOUNT -> MART.CUSTOMER_SNAPSHOT.LIFETIME_VALUE, CRM.CUSTOMERS.OPENING_BALANCE -> MART.CUSTOMER_SNAPSHOT.LIFETIME_VALUE
-- columns: DWH.DIM_PRODUCT.CATEGORY -> MART.CUSTOMER_SNAPSHOT.FAVOURITE_CATEGORY
-- columns: SALES.ORDERS.ORDER_DAY -> MART.CUSTOMER_SNAPSHOT.DAYS_SINCE_LAST_ORDER
-- indirect: SALES.ORDERS.CUSTOMER_ID, SUPPORT.TICKETS.CUSTOMER_ID, SUPPORT.TICKETS.STATUS, DWH.DIM_PRODUCT.PRODUCT_ID
-- indirect: SALES.ORDER_LINES.PRODUCT_ID, SALES.ORDER_LINES.QTY, SALES.ORDER_LINES.CUSTOMER_ID, CRM.CUSTOMERS.STATUS
INSERT INTO mart.customer_snapshot
  (customer_id, snapshot_day, last_order_day, open_tickets, lifetime_value, favourite_category, days_since_last_order)
SELECT c.customer_id,
       TRUNC(SYSDATE),
       (SELECT MAX(o.order_day) FROM sales.orders o WHERE o.customer_id = c.customer_id),
       (SELECT COUNT(*) FROM support.tickets t WHERE t.customer_id = c.customer_id AND t.status <> 'CLOSED'),
       NVL((SELECT SUM(o2.net_amount) FROM sales.orders o2 WHERE o2.customer_id = c.customer_id), 0) + c.opening_balance,
       (SELECT p.category
          FROM dwh.dim_product p
         WHERE p.product_id = (SELECT MAX(l.product_id) KEEP (DENSE_RANK LAST ORDER BY l.qty)
                                 FROM sales.order_lines l
                                WHERE l.customer_id = c.customer_id)),
       TRUNC(SYSDATE) - (SELECT MAX(o3.order_day) FROM sales.orders o3 WHERE o3.customer_id = c.customer_id)
  FROM crm.customers c
 WHERE c.status = 'ACTIVE';

-- case: update_multi_column_set_from_join_subquery_with_keep_and_where_exists
-- sources: SALES.ORDERS, SALES.CHANNELS
-- targets: DWH.DIM_CUSTOMER
-- columns: SALES.ORDERS.ORDER_DAY -> DWH.DIM_CUSTOMER.LAST_ORDER_DAY
-- columns: SALES.ORDERS.NET_AMOUNT -> DWH.DIM_CUSTOMER.LAST_ORDER_AMOUNT, SALES.ORDERS.ORDER_DAY -> DWH.DIM_CUSTOMER.LAST_ORDER_AMOUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID, SALES.CHANNELS.CHANNEL_ID, SALES.ORDERS.CHANNEL_ID, SALES.CHANNELS.IS_ONLINE
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID, DWH.DIM_CUSTOMER.IS_CURRENT
UPDATE /*+ PARALLEL(t 4) */ dwh.dim_customer t
   SET (t.last_order_day, t.last_order_amount) =
       (SELECT MAX(o.order_day),
               MAX(o.net_amount) KEEP (DENSE_RANK LAST ORDER BY o.order_day)
          FROM sales.orders o
          JOIN sales.channels ch ON ch.channel_id = o.channel_id
         WHERE o.customer_id = t.customer_id
           AND ch.is_online = 'Y'),
       t.updated_at = SYSDATE
 WHERE EXISTS (SELECT 1
                 FROM sales.orders o2
                WHERE o2.customer_id = t.customer_id
                  AND o2.order_day >= TRUNC(SYSDATE) - 1)
   AND t.is_current = 'Y';

-- case: update_set_subqueries_read_target_again_and_where_exists_other_table
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR.EMPLOYEES
-- columns: HR.EMPLOYEES.SALARY -> HR.EMPLOYEES.DEPT_AVG_SALARY
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.DEPARTMENTS.ACTIVE
UPDATE hr.employees e
   SET e.salary_rank_in_dept = (SELECT COUNT(*) + 1
                                  FROM hr.employees x
                                 WHERE x.department_id = e.department_id
                                   AND x.salary > e.salary),
       e.dept_avg_salary = (SELECT ROUND(AVG(y.salary), 2)
                              FROM hr.employees y
                             WHERE y.department_id = e.department_id)
 WHERE EXISTS (SELECT 1
                 FROM hr.departments d
                WHERE d.department_id = e.department_id
                  AND d.active = 'Y');

-- case: insert_first_three_branches_else_with_case_in_values
-- sources: FIN.INVOICES, CRM.CUSTOMERS
-- targets: COLL.LEGAL_QUEUE, COLL.DUNNING_QUEUE, COLL.WATCH_LIST
-- columns: FIN.INVOICES.INVOICE_ID -> COLL.LEGAL_QUEUE.INVOICE_ID, FIN.INVOICES.CUSTOMER_ID -> COLL.LEGAL_QUEUE.CUSTOMER_ID
-- columns: FIN.INVOICES.AMOUNT -> COLL.LEGAL_QUEUE.AMOUNT_DUE, FIN.INVOICES.PAID_AMOUNT -> COLL.LEGAL_QUEUE.AMOUNT_DUE
-- columns: FIN.INVOICES.INVOICE_ID -> COLL.DUNNING_QUEUE.INVOICE_ID, FIN.INVOICES.CUSTOMER_ID -> COLL.DUNNING_QUEUE.CUSTOMER_ID
-- columns: FIN.INVOICES.AMOUNT -> COLL.DUNNING_QUEUE.AMOUNT_DUE, FIN.INVOICES.PAID_AMOUNT -> COLL.DUNNING_QUEUE.AMOUNT_DUE
-- columns: FIN.INVOICES.DUE_DAY -> COLL.DUNNING_QUEUE.DUNNING_LEVEL
-- columns: FIN.INVOICES.INVOICE_ID -> COLL.WATCH_LIST.INVOICE_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> COLL.WATCH_LIST.CUSTOMER_NAME
-- columns: FIN.INVOICES.DUE_DAY -> COLL.WATCH_LIST.DUE_DAY
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID
INSERT FIRST
  WHEN days_overdue > 90 THEN
    INTO coll.legal_queue (invoice_id, customer_id, amount_due, assigned_team)
    VALUES (invoice_id, customer_id, open_amount, 'LEGAL')
  WHEN days_overdue > 30 THEN
    INTO coll.dunning_queue (invoice_id, customer_id, amount_due, dunning_level)
    VALUES (invoice_id, customer_id, open_amount, CASE WHEN days_overdue > 60 THEN 2 ELSE 1 END)
  ELSE
    INTO coll.watch_list (invoice_id, customer_name, due_day)
    VALUES (invoice_id, customer_name, due_day)
SELECT i.invoice_id,
       i.customer_id,
       c.customer_name,
       i.due_day,
       i.amount - NVL(i.paid_amount, 0) AS open_amount,
       TRUNC(SYSDATE) - i.due_day AS days_overdue
  FROM fin.invoices i
  JOIN crm.customers c ON c.customer_id = i.customer_id
 WHERE i.amount > NVL(i.paid_amount, 0);

-- case: insert_all_conditional_with_else_and_json_value
-- sources: RAW.WEB_EVENTS
-- targets: WEB.CLICKS, WEB.ENGAGEMENT, WEB.OTHER_EVENTS
-- columns: RAW.WEB_EVENTS.EVENT_ID -> WEB.CLICKS.EVENT_ID, RAW.WEB_EVENTS.VISITOR_ID -> WEB.CLICKS.VISITOR_ID
-- columns: RAW.WEB_EVENTS.PAYLOAD -> WEB.CLICKS.URL
-- columns: RAW.WEB_EVENTS.EVENT_ID -> WEB.ENGAGEMENT.EVENT_ID, RAW.WEB_EVENTS.VISITOR_ID -> WEB.ENGAGEMENT.VISITOR_ID
-- columns: RAW.WEB_EVENTS.EVENT_TS -> WEB.ENGAGEMENT.EVENT_TS
-- columns: RAW.WEB_EVENTS.EVENT_ID -> WEB.OTHER_EVENTS.EVENT_ID, RAW.WEB_EVENTS.EVENT_TYPE -> WEB.OTHER_EVENTS.EVENT_TYPE
-- columns: RAW.WEB_EVENTS.PAYLOAD -> WEB.OTHER_EVENTS.PAYLOAD
-- indirect:
INSERT ALL
  WHEN event_type = 'CLICK' THEN
    INTO web.clicks (event_id, visitor_id, url) VALUES (event_id, visitor_id, target)
  WHEN event_type IN ('CLICK', 'VIEW') THEN
    INTO web.engagement (event_id, visitor_id, event_ts) VALUES (event_id, visitor_id, event_ts)
  ELSE
    INTO web.other_events (event_id, event_type, payload) VALUES (event_id, event_type, payload)
SELECT e.event_id,
       e.visitor_id,
       e.event_type,
       e.event_ts,
       JSON_VALUE(e.payload, '$.target') AS target,
       e.payload
  FROM raw.web_events e
 WHERE e.event_ts >= TRUNC(SYSDATE) - 1;

-- case: merge_using_three_table_join_update_where_delete_where_insert_where
-- sources: BILLING.SUBSCRIPTIONS, BILLING.ACCOUNTS, BILLING.PLANS
-- targets: DWH.FACT_SUBSCRIPTION
-- columns: BILLING.SUBSCRIPTIONS.SUBSCRIPTION_ID -> DWH.FACT_SUBSCRIPTION.SUBSCRIPTION_ID
-- columns: BILLING.ACCOUNTS.ACCOUNT_NO -> DWH.FACT_SUBSCRIPTION.ACCOUNT_NO
-- columns: BILLING.PLANS.PLAN_CODE -> DWH.FACT_SUBSCRIPTION.PLAN_CODE
-- columns: BILLING.PLANS.MONTHLY_PRICE -> DWH.FACT_SUBSCRIPTION.MRR, BILLING.SUBSCRIPTIONS.DISCOUNT_PCT -> DWH.FACT_SUBSCRIPTION.MRR
-- columns: BILLING.SUBSCRIPTIONS.STATUS -> DWH.FACT_SUBSCRIPTION.STATUS
-- columns: BILLING.SUBSCRIPTIONS.CANCELLED_ON -> DWH.FACT_SUBSCRIPTION.CANCELLED_ON
-- indirect: BILLING.ACCOUNTS.ACCOUNT_ID, BILLING.SUBSCRIPTIONS.ACCOUNT_ID, BILLING.PLANS.PLAN_ID, BILLING.SUBSCRIPTIONS.PLAN_ID
-- indirect: BILLING.PLANS.VALID_TO, BILLING.SUBSCRIPTIONS.CHANGED_AT
-- indirect: DWH.FACT_SUBSCRIPTION.SUBSCRIPTION_ID, DWH.FACT_SUBSCRIPTION.STATUS, DWH.FACT_SUBSCRIPTION.MRR
MERGE INTO dwh.fact_subscription f
USING (SELECT s.subscription_id,
              a.account_no,
              p.plan_code,
              p.monthly_price * (1 - NVL(s.discount_pct, 0) / 100) AS mrr,
              s.status,
              s.cancelled_on
         FROM billing.subscriptions s
         JOIN billing.accounts a ON a.account_id = s.account_id
         JOIN billing.plans p ON p.plan_id = s.plan_id AND p.valid_to IS NULL
        WHERE s.changed_at >= TRUNC(SYSDATE) - 1) src
   ON (f.subscription_id = src.subscription_id)
 WHEN MATCHED THEN UPDATE
      SET f.plan_code    = src.plan_code,
          f.mrr          = src.mrr,
          f.status       = src.status,
          f.cancelled_on = src.cancelled_on
    WHERE f.status <> src.status OR f.mrr <> src.mrr
   DELETE WHERE src.status = 'PURGED'
 WHEN NOT MATCHED THEN INSERT (subscription_id, account_no, plan_code, mrr, status)
      VALUES (src.subscription_id, src.account_no, src.plan_code, src.mrr, src.status)
      WHERE src.status <> 'PURGED';

-- case: insert_with_chained_ctes_one_named_like_the_target_table
-- sources: POS.RECEIPT_LINES, POS.RECEIPTS
-- targets: MART.DAILY_REVENUE
-- columns: POS.RECEIPTS.RECEIPT_TS -> MART.DAILY_REVENUE.REV_DAY
-- columns: POS.RECEIPTS.STORE_ID -> MART.DAILY_REVENUE.STORE_ID
-- columns: POS.RECEIPT_LINES.QTY -> MART.DAILY_REVENUE.REVENUE, POS.RECEIPT_LINES.UNIT_PRICE -> MART.DAILY_REVENUE.REVENUE
-- columns: POS.RECEIPTS.RECEIPT_TS -> MART.DAILY_REVENUE.RANK_IN_DAY, POS.RECEIPT_LINES.QTY -> MART.DAILY_REVENUE.RANK_IN_DAY, POS.RECEIPT_LINES.UNIT_PRICE -> MART.DAILY_REVENUE.RANK_IN_DAY
-- indirect: POS.RECEIPT_LINES.VOIDED, POS.RECEIPT_LINES.RECEIPT_ID, POS.RECEIPTS.RECEIPT_ID
INSERT INTO mart.daily_revenue (rev_day, store_id, revenue, rank_in_day)
WITH lines AS (
  SELECT l.receipt_id, l.qty * l.unit_price AS line_amount
    FROM pos.receipt_lines l
   WHERE l.voided = 'N'
),
daily_revenue AS (
  SELECT TRUNC(r.receipt_ts) AS rev_day, r.store_id, SUM(x.line_amount) AS revenue
    FROM pos.receipts r
    JOIN lines x ON x.receipt_id = r.receipt_id
   GROUP BY TRUNC(r.receipt_ts), r.store_id
)
SELECT d.rev_day,
       d.store_id,
       d.revenue,
       DENSE_RANK() OVER (PARTITION BY d.rev_day ORDER BY d.revenue DESC)
  FROM daily_revenue d;

-- case: cte_shadows_unqualified_table_then_next_statement_updates_real_table
-- default_schema: SALES
-- sources: SALES.ORDERS, SALES.TOP_CUSTOMERS
-- targets: SALES.TOP_CUSTOMERS, SALES.CUSTOMERS
-- columns: SALES.ORDERS.CUSTOMER_ID -> SALES.TOP_CUSTOMERS.CUSTOMER_ID
-- columns: SALES.ORDERS.AMOUNT -> SALES.TOP_CUSTOMERS.TOTAL
-- indirect: SALES.CUSTOMERS.CUSTOMER_ID, SALES.TOP_CUSTOMERS.CUSTOMER_ID
INSERT INTO top_customers (customer_id, total)
WITH customers AS (
  SELECT o.customer_id, SUM(o.amount) AS total
    FROM orders o
   GROUP BY o.customer_id
)
SELECT customer_id, total FROM customers WHERE total > 10000;

UPDATE customers c
   SET c.is_top = 'Y'
 WHERE c.customer_id IN (SELECT t.customer_id FROM top_customers t);

-- case: insert_no_column_list_schema_union_all_literals_and_nulls_by_position
-- schema: DWH.LEDGER(ENTRY_SOURCE, DOC_ID, ACCOUNT_CODE, DEBIT, CREDIT, MEMO)
-- sources: AP.INVOICES, AR.RECEIPTS, GL.JOURNALS
-- targets: DWH.LEDGER
-- columns: GL.JOURNALS.SOURCE_CODE -> DWH.LEDGER.ENTRY_SOURCE
-- columns: AP.INVOICES.INVOICE_ID -> DWH.LEDGER.DOC_ID, AR.RECEIPTS.RECEIPT_ID -> DWH.LEDGER.DOC_ID, GL.JOURNALS.JOURNAL_ID -> DWH.LEDGER.DOC_ID
-- columns: AP.INVOICES.GL_ACCOUNT -> DWH.LEDGER.ACCOUNT_CODE, AR.RECEIPTS.GL_ACCOUNT -> DWH.LEDGER.ACCOUNT_CODE, GL.JOURNALS.ACCOUNT_CODE -> DWH.LEDGER.ACCOUNT_CODE
-- columns: AP.INVOICES.AMOUNT -> DWH.LEDGER.DEBIT, GL.JOURNALS.AMOUNT -> DWH.LEDGER.DEBIT
-- columns: AR.RECEIPTS.AMOUNT -> DWH.LEDGER.CREDIT, GL.JOURNALS.AMOUNT -> DWH.LEDGER.CREDIT
-- columns: AP.INVOICES.DESCRIPTION -> DWH.LEDGER.MEMO, GL.JOURNALS.COMMENT_TEXT -> DWH.LEDGER.MEMO
-- indirect: AP.INVOICES.POSTED
INSERT INTO dwh.ledger
SELECT 'AP', i.invoice_id, i.gl_account, i.amount, NULL, i.description
  FROM ap.invoices i
 WHERE i.posted = 'Y'
UNION ALL
SELECT 'AR', r.receipt_id, r.gl_account, NULL, r.amount, NULL
  FROM ar.receipts r
UNION ALL
SELECT j.source_code, j.journal_id, j.account_code,
       CASE WHEN j.amount > 0 THEN j.amount END,
       CASE WHEN j.amount < 0 THEN -j.amount END,
       'MANUAL: ' || j.comment_text
  FROM gl.journals j;

-- case: ctas_from_three_branch_union_names_from_first_branch
-- sources: CRM.CUSTOMERS, HR.EMPLOYEES, PURCH.VENDORS
-- targets: MART.ALL_CONTACTS
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> MART.ALL_CONTACTS.CONTACT_ID, HR.EMPLOYEES.EMPLOYEE_ID -> MART.ALL_CONTACTS.CONTACT_ID, PURCH.VENDORS.VENDOR_ID -> MART.ALL_CONTACTS.CONTACT_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MART.ALL_CONTACTS.CONTACT_EMAIL, HR.EMPLOYEES.WORK_EMAIL -> MART.ALL_CONTACTS.CONTACT_EMAIL, PURCH.VENDORS.AP_EMAIL -> MART.ALL_CONTACTS.CONTACT_EMAIL
-- columns: CRM.CUSTOMERS.CREATED_ON -> MART.ALL_CONTACTS.SINCE_DAY, HR.EMPLOYEES.HIRE_DATE -> MART.ALL_CONTACTS.SINCE_DAY
CREATE TABLE mart.all_contacts NOLOGGING AS
SELECT c.customer_id AS contact_id, 'C' AS contact_kind, c.email AS contact_email, c.created_on AS since_day
  FROM crm.customers c
UNION
SELECT e.employee_id, 'E', e.work_email, e.hire_date
  FROM hr.employees e
UNION
SELECT v.vendor_id, 'V', v.ap_email, NULL
  FROM purch.vendors v;

-- case: ctas_column_list_from_union_all_of_remote_and_local_joins
-- sources: SAP.KNA1@SAP_LINK, MDM.MATCHES, SFDC.ACCOUNTS
-- targets: STG.ID_MAP
-- columns: SAP.KNA1@SAP_LINK.KUNNR -> STG.ID_MAP.SOURCE_KEY, SFDC.ACCOUNTS.ACCOUNT_ID -> STG.ID_MAP.SOURCE_KEY
-- columns: MDM.MATCHES.GOLDEN_ID -> STG.ID_MAP.GOLDEN_ID
-- indirect: MDM.MATCHES.SOURCE_KEY, MDM.MATCHES.SOURCE_SYSTEM
CREATE TABLE stg.id_map (source_system, source_key, golden_id) AS
SELECT 'SAP', s.kunnr, m.golden_id
  FROM sap.kna1@sap_link s
  JOIN mdm.matches m ON m.source_key = s.kunnr AND m.source_system = 'SAP'
UNION ALL
SELECT 'SFDC', a.account_id, m.golden_id
  FROM sfdc.accounts a
  JOIN mdm.matches m ON m.source_key = a.account_id AND m.source_system = 'SFDC';

-- case: script_ctas_union_scratch_aggregated_then_dropped_composes
-- sources: WMS.RECEIPTS, WMS.SHIPMENTS
-- targets: DWH.STOCK_MOVES_DAILY
-- intermediate: STG.TMP_ALL_MOVES
-- columns: WMS.RECEIPTS.SKU -> DWH.STOCK_MOVES_DAILY.SKU, WMS.SHIPMENTS.SKU -> DWH.STOCK_MOVES_DAILY.SKU
-- columns: WMS.RECEIPTS.RECEIVED_ON -> DWH.STOCK_MOVES_DAILY.MOVE_DAY, WMS.SHIPMENTS.SHIPPED_ON -> DWH.STOCK_MOVES_DAILY.MOVE_DAY
-- columns: WMS.RECEIPTS.QTY -> DWH.STOCK_MOVES_DAILY.NET_QTY, WMS.SHIPMENTS.QTY -> DWH.STOCK_MOVES_DAILY.NET_QTY
CREATE TABLE stg.tmp_all_moves AS
SELECT r.sku, r.qty AS qty_delta, r.received_on AS move_day FROM wms.receipts r
UNION ALL
SELECT s.sku, -s.qty, s.shipped_on FROM wms.shipments s;

INSERT INTO dwh.stock_moves_daily (sku, move_day, net_qty)
SELECT t.sku, t.move_day, SUM(t.qty_delta)
  FROM stg.tmp_all_moves t
 GROUP BY t.sku, t.move_day;

DROP TABLE stg.tmp_all_moves PURGE;

-- case: insert_quoted_mixed_case_schema_table_and_columns_left_join
-- sources: Crm.Customers, Shop.Orders
-- targets: Mart.CustomerOrders
-- columns: Crm.Customers.Id -> Mart.CustomerOrders.CustomerId
-- columns: Shop.Orders.OrderId -> Mart.CustomerOrders.orderCount
-- columns: Shop.Orders.Created At -> Mart.CustomerOrders.Last Order
-- columns: Crm.Customers.STATUS -> Mart.CustomerOrders.STATUS
-- indirect: Shop.Orders.CustomerId, Crm.Customers.IsDeleted
INSERT INTO "Mart"."CustomerOrders" ("CustomerId", "orderCount", "Last Order", status)
SELECT c."Id",
       COUNT(o."OrderId"),
       MAX(o."Created At"),
       c.status
  FROM "Crm"."Customers" c
  LEFT JOIN "Shop"."Orders" o ON o."CustomerId" = c."Id"
 WHERE c."IsDeleted" = 0
 GROUP BY c."Id", c.status;

-- case: insert_with_comments_and_hints_in_every_clause
-- sources: STG.WEB_ORDERS, DWH.DIM_CUSTOMER, REF.FX_RATES
-- targets: DWH.FACT_WEB_ORDERS
-- columns: STG.WEB_ORDERS.ORDER_ID -> DWH.FACT_WEB_ORDERS.ORDER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_WEB_ORDERS.CUSTOMER_KEY
-- columns: STG.WEB_ORDERS.CREATED_AT -> DWH.FACT_WEB_ORDERS.ORDER_DAY
-- columns: STG.WEB_ORDERS.AMOUNT -> DWH.FACT_WEB_ORDERS.AMOUNT_EUR, REF.FX_RATES.RATE -> DWH.FACT_WEB_ORDERS.AMOUNT_EUR
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_NO, STG.WEB_ORDERS.CUSTOMER_NO, REF.FX_RATES.CCY, STG.WEB_ORDERS.CURRENCY
-- indirect: REF.FX_RATES.RATE_DAY, STG.WEB_ORDERS.STATUS
-- effects:
-- diagnostics: none
/* nightly load -- do not edit; generated by etl_gen v2.3 */
INSERT /*+ APPEND PARALLEL(t, 8) */ INTO /* target */ dwh.fact_web_orders t  -- INSERT INTO dwh.old_table
  ( order_id      -- business key
  , customer_key  /* surrogate, see dim_customer */
  , order_day
  , amount_eur    -- converted; see fx note; "quoted text" 'x'
  )
SELECT /*+ LEADING(o) USE_HASH(c) FULL(o) */
       o.order_id
     , c.customer_key                    -- , c.old_key
     , TRUNC(o.created_at)               /* , o.deleted_column */
     , o.amount * NVL(/* rate */ fx.rate, 1)
  FROM stg.web_orders o                  -- FROM stg.wrong_table
  JOIN dwh.dim_customer c
    ON c.customer_no = o.customer_no     /* AND c.is_current = 'Y' */
  LEFT JOIN ref.fx_rates fx
    ON fx.ccy = o.currency
   AND fx.rate_day = TRUNC(o.created_at)
 WHERE o.status <> 'TEST';  -- ; DELETE FROM dwh.fact_web_orders;

-- case: delete_with_correlated_exists_over_join_of_two_tables
-- sources: STG.ORDERS, REF.CANCEL_REASONS
-- effects: delete STG.ORDER_LINES
-- indirect: REF.CANCEL_REASONS.REASON_CODE, STG.ORDERS.CANCEL_REASON, STG.ORDERS.ORDER_ID, STG.ORDER_LINES.ORDER_ID
-- indirect: REF.CANCEL_REASONS.PURGE_LINES, STG.ORDER_LINES.LOADED_ON
DELETE /*+ PARALLEL(s 4) */ FROM stg.order_lines s
 WHERE EXISTS (SELECT 1
                 FROM stg.orders o
                 JOIN ref.cancel_reasons r ON r.reason_code = o.cancel_reason
                WHERE o.order_id = s.order_id
                  AND r.purge_lines = 'Y')
   AND s.loaded_on < TRUNC(SYSDATE) - 7;

-- case: merge_on_constant_false_insert_only_with_scalar_subquery_in_using
-- sources: STG.CUSTOMER_EVENTS, DWH.DIM_CUSTOMER
-- targets: DWH.CUSTOMER_EVENTS
-- columns: STG.CUSTOMER_EVENTS.EVENT_ID -> DWH.CUSTOMER_EVENTS.EVENT_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.CUSTOMER_EVENTS.CUSTOMER_KEY
-- columns: STG.CUSTOMER_EVENTS.EVENT_TYPE -> DWH.CUSTOMER_EVENTS.EVENT_TYPE
-- columns: STG.CUSTOMER_EVENTS.EVENT_TS -> DWH.CUSTOMER_EVENTS.EVENT_TS
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_NO, DWH.DIM_CUSTOMER.IS_CURRENT, STG.CUSTOMER_EVENTS.CUSTOMER_NO
MERGE INTO dwh.customer_events e
USING (SELECT s.event_id,
              s.customer_no,
              (SELECT d.customer_key
                 FROM dwh.dim_customer d
                WHERE d.customer_no = s.customer_no
                  AND d.is_current = 'Y') AS customer_key,
              s.event_type,
              s.event_ts
         FROM stg.customer_events s) x
   ON (1 = 0)
 WHEN NOT MATCHED THEN
   INSERT (event_id, customer_key, event_type, event_ts)
   VALUES (x.event_id, x.customer_key, x.event_type, x.event_ts);

-- case: update_remote_table_over_dblink_from_local_scalar_subquery
-- sources: RISK.LIMIT_DECISIONS
-- targets: CRM.ACCOUNTS@CRM_LINK
-- columns: RISK.LIMIT_DECISIONS.APPROVED_LIMIT -> CRM.ACCOUNTS@CRM_LINK.CREDIT_LIMIT
-- indirect: RISK.LIMIT_DECISIONS.ACCOUNT_NO, RISK.LIMIT_DECISIONS.DECISION_DAY, CRM.ACCOUNTS@CRM_LINK.ACCOUNT_NO
UPDATE crm.accounts@crm_link a
   SET a.credit_limit = (SELECT r.approved_limit
                           FROM risk.limit_decisions r
                          WHERE r.account_no = a.account_no
                            AND r.decision_day = TRUNC(SYSDATE)),
       a.limit_source = 'RISK'
 WHERE EXISTS (SELECT 1
                 FROM risk.limit_decisions r2
                WHERE r2.account_no = a.account_no
                  AND r2.decision_day = TRUNC(SYSDATE));

-- case: insert_from_quoted_remote_tables_same_link
-- sources: SAPSR3.VBAK@SAP_PRD, SAPSR3.VBAP@SAP_PRD
-- targets: STG.SAP_ORDERS
-- columns: SAPSR3.VBAK@SAP_PRD.VBELN -> STG.SAP_ORDERS.ORDER_NO
-- columns: SAPSR3.VBAK@SAP_PRD.KUNNR -> STG.SAP_ORDERS.SOLD_TO
-- columns: SAPSR3.VBAP@SAP_PRD.MATNR -> STG.SAP_ORDERS.MATERIAL
-- columns: SAPSR3.VBAP@SAP_PRD.KWMENG -> STG.SAP_ORDERS.QTY
-- columns: SAPSR3.VBAP@SAP_PRD.NETWR -> STG.SAP_ORDERS.NET_VALUE
-- indirect: SAPSR3.VBAP@SAP_PRD.VBELN, SAPSR3.VBAK@SAP_PRD.ERDAT, SAPSR3.VBAK@SAP_PRD.MANDT
INSERT INTO stg.sap_orders (order_no, sold_to, material, qty, net_value)
SELECT h.vbeln, h.kunnr, p.matnr, p.kwmeng, p.netwr
  FROM "SAPSR3"."VBAK"@sap_prd h
  JOIN "SAPSR3"."VBAP"@sap_prd p ON p.vbeln = h.vbeln
 WHERE h.erdat >= TO_CHAR(SYSDATE - 1, 'YYYYMMDD')
   AND h.mandt = '100';

-- case: insert_select_chained_join_using_clauses_with_schema
-- schema: HR.EMPLOYEES(EMPLOYEE_ID, LAST_NAME, DEPARTMENT_ID)
-- schema: HR.DEPARTMENTS(DEPARTMENT_ID, DEPARTMENT_NAME, LOCATION_ID)
-- schema: HR.LOCATIONS(LOCATION_ID, CITY, COUNTRY_ID)
-- schema: HR.COUNTRIES(COUNTRY_ID, COUNTRY_NAME)
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS, HR.LOCATIONS, HR.COUNTRIES
-- targets: MART.EMP_LOCATION
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.EMP_LOCATION.EMPLOYEE_ID
-- columns: HR.LOCATIONS.CITY -> MART.EMP_LOCATION.CITY
-- columns: HR.COUNTRIES.COUNTRY_NAME -> MART.EMP_LOCATION.COUNTRY_NAME
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.DEPARTMENTS.LOCATION_ID, HR.LOCATIONS.LOCATION_ID
-- indirect: HR.LOCATIONS.COUNTRY_ID, HR.COUNTRIES.COUNTRY_ID
INSERT INTO mart.emp_location (employee_id, city, country_name)
SELECT e.employee_id, l.city, c.country_name
  FROM hr.employees e
  JOIN hr.departments d USING (department_id)
  JOIN hr.locations l USING (location_id)
  JOIN hr.countries c USING (country_id);

-- case: insert_all_unconditional_kpi_rows_with_uncorrelated_scalar_subquery
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: DWH.FACT_DAILY_KPI
-- columns: SALES.ORDERS.ORDER_ID -> DWH.FACT_DAILY_KPI.KPI_VALUE
-- columns: SALES.ORDERS.NET_AMOUNT -> DWH.FACT_DAILY_KPI.KPI_VALUE
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> DWH.FACT_DAILY_KPI.KPI_VALUE
-- indirect: SALES.ORDERS.ORDER_DAY, CRM.CUSTOMERS.CREATED_ON
INSERT ALL
  INTO dwh.fact_daily_kpi (kpi_day, kpi_code, kpi_value) VALUES (run_day, 'ORDERS', order_cnt)
  INTO dwh.fact_daily_kpi (kpi_day, kpi_code, kpi_value) VALUES (run_day, 'REVENUE', revenue)
  INTO dwh.fact_daily_kpi (kpi_day, kpi_code, kpi_value) VALUES (run_day, 'NEW_CUSTOMERS', new_customers)
SELECT TRUNC(SYSDATE) - 1 AS run_day,
       COUNT(o.order_id) AS order_cnt,
       SUM(o.net_amount) AS revenue,
       (SELECT COUNT(c.customer_id)
          FROM crm.customers c
         WHERE c.created_on = TRUNC(SYSDATE) - 1) AS new_customers
  FROM sales.orders o
 WHERE o.order_day = TRUNC(SYSDATE) - 1;

-- case: update_case_with_exists_condition_and_scalar_count_condition
-- sources: SALES.ORDERS
-- targets: CRM.CUSTOMERS
-- columns: SALES.ORDERS.ORDER_ID -> CRM.CUSTOMERS.SEGMENT
-- indirect: SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.NET_AMOUNT, CRM.CUSTOMERS.CUSTOMER_ID, CRM.CUSTOMERS.SEGMENT_LOCKED
UPDATE crm.customers c
   SET c.segment = CASE
                     WHEN EXISTS (SELECT 1
                                    FROM sales.orders o
                                   WHERE o.customer_id = c.customer_id
                                     AND o.net_amount > 10000) THEN 'KEY'
                     WHEN (SELECT COUNT(o.order_id)
                             FROM sales.orders o
                            WHERE o.customer_id = c.customer_id) > 5 THEN 'REGULAR'
                     ELSE 'OCCASIONAL'
                   END
 WHERE c.segment_locked = 'N'
   AND EXISTS (SELECT 1 FROM sales.orders o WHERE o.customer_id = c.customer_id);

-- case: insert_no_column_list_schema_select_star_from_join_cte
-- schema: DWH.CUSTOMER_ORDERS_FLAT(CUST_ID, CUST_NAME, ORDER_ID, ORDER_DAY)
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: DWH.CUSTOMER_ORDERS_FLAT
-- columns: CRM.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMER_ORDERS_FLAT.CUST_ID
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> DWH.CUSTOMER_ORDERS_FLAT.CUST_NAME
-- columns: SALES.ORDERS.ORDER_ID -> DWH.CUSTOMER_ORDERS_FLAT.ORDER_ID
-- columns: SALES.ORDERS.ORDER_DAY -> DWH.CUSTOMER_ORDERS_FLAT.ORDER_DAY
-- indirect: CRM.CUSTOMERS.ACTIVE, SALES.ORDERS.CUSTOMER_ID
INSERT INTO dwh.customer_orders_flat
WITH c AS (
  SELECT cu.customer_id, cu.customer_name FROM crm.customers cu WHERE cu.active = 'Y'
),
j AS (
  SELECT c.customer_id, c.customer_name, o.order_id, o.order_day
    FROM c
    JOIN sales.orders o ON o.customer_id = c.customer_id
)
SELECT * FROM j;

-- case: insert_union_then_minus_against_target_with_null_placeholders
-- sources: CRM.CONTACTS, LOY.MEMBERS, CRM.CONTACT_SYNC
-- targets: CRM.CONTACT_SYNC
-- columns: CRM.CONTACTS.CONTACT_ID -> CRM.CONTACT_SYNC.CONTACT_ID, LOY.MEMBERS.MEMBER_ID -> CRM.CONTACT_SYNC.CONTACT_ID, CRM.CONTACT_SYNC.CONTACT_ID -> CRM.CONTACT_SYNC.CONTACT_ID
-- columns: CRM.CONTACTS.EMAIL -> CRM.CONTACT_SYNC.EMAIL, CRM.CONTACT_SYNC.EMAIL -> CRM.CONTACT_SYNC.EMAIL
-- columns: LOY.MEMBERS.MOBILE -> CRM.CONTACT_SYNC.PHONE, CRM.CONTACT_SYNC.PHONE -> CRM.CONTACT_SYNC.PHONE
-- columns: CRM.CONTACT_SYNC.SOURCE -> CRM.CONTACT_SYNC.SOURCE
INSERT INTO crm.contact_sync (contact_id, email, phone, source)
SELECT c.contact_id, c.email, CAST(NULL AS VARCHAR2(30)), 'CRM'
  FROM crm.contacts c
UNION
SELECT m.member_id, NULL, m.mobile, 'LOYALTY'
  FROM loy.members m
MINUS
SELECT s.contact_id, s.email, s.phone, s.source
  FROM crm.contact_sync s;

-- case: merge_with_hints_and_comments_holding_sql_text
-- sources: STG.STORE_FEED
-- targets: DWH.DIM_STORE
-- columns: STG.STORE_FEED.STORE_CODE -> DWH.DIM_STORE.STORE_CODE
-- columns: STG.STORE_FEED.STORE_NAME -> DWH.DIM_STORE.STORE_NAME
-- columns: STG.STORE_FEED.MANAGER -> DWH.DIM_STORE.MANAGER
-- indirect: DWH.DIM_STORE.STORE_CODE, STG.STORE_FEED.FEED_ID
MERGE /*+ LEADING(s) USE_NL(t) INDEX(t pk_dim_store) */ INTO dwh.dim_store t -- MERGE INTO dwh.dim_store_old
USING ( /* latest feed only: SELECT * FROM stg.store_feed_all */
        SELECT /*+ NO_MERGE */ f.store_code, f.store_name, f.manager
          FROM stg.store_feed f
         WHERE f.feed_id = (SELECT /*+ INDEX_DESC(x) */ MAX(x.feed_id) FROM stg.store_feed x)
      ) s
   ON ( t.store_code = s.store_code ) -- natural key
 WHEN MATCHED THEN
      UPDATE SET t.store_name = s.store_name  -- , t.region = s.region
               , t.manager    = s.manager     /* nullable */
 WHEN NOT MATCHED THEN
      INSERT ( store_code, store_name, manager )
      VALUES ( s.store_code, s.store_name, s.manager );

-- case: insert_select_scalar_subqueries_over_two_database_links
-- sources: CRM.CUSTOMERS, RISK.LIMITS@RISK_DB, FIN.OPEN_INVOICES@FIN_DB
-- targets: STG.CUSTOMER_CREDIT
-- columns: CRM.CUSTOMERS.CUSTOMER_NO -> STG.CUSTOMER_CREDIT.CUSTOMER_NO
-- columns: RISK.LIMITS@RISK_DB.LIMIT_AMOUNT -> STG.CUSTOMER_CREDIT.CREDIT_LIMIT
-- columns: CRM.CUSTOMERS.OPEN_ORDERS_AMOUNT -> STG.CUSTOMER_CREDIT.EXPOSURE, FIN.OPEN_INVOICES@FIN_DB.OPEN_AMOUNT -> STG.CUSTOMER_CREDIT.EXPOSURE
-- indirect: RISK.LIMITS@RISK_DB.CUST_REF, FIN.OPEN_INVOICES@FIN_DB.CUST_REF
INSERT INTO stg.customer_credit (customer_no, credit_limit, exposure)
SELECT c.customer_no,
       (SELECT l.limit_amount FROM risk.limits@risk_db l WHERE l.cust_ref = c.customer_no),
       c.open_orders_amount
         + NVL((SELECT SUM(i.open_amount) FROM fin.open_invoices@fin_db i WHERE i.cust_ref = c.customer_no), 0)
  FROM crm.customers c;
