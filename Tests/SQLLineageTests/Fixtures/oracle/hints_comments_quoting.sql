-- case: optimizer_hints_everywhere
-- sources: STG.SALES, STG.PRODUCTS
-- targets: DWH.FACT_SALES
-- columns: STG.SALES.SALE_ID -> DWH.FACT_SALES.SALE_ID
-- columns: STG.SALES.AMOUNT -> DWH.FACT_SALES.AMOUNT
-- indirect: STG.PRODUCTS.PRODUCT_ID, STG.SALES.PRODUCT_ID
-- diagnostics: none
INSERT /*+ APPEND NOLOGGING PARALLEL(t, 8) */ INTO dwh.fact_sales t (sale_id, amount)
SELECT /*+ FULL(s) PARALLEL(s, 8) USE_HASH(s p) LEADING(s) */ s.sale_id, s.amount
FROM stg.sales s
JOIN /* not a hint here */ stg.products p ON p.product_id = s.product_id;

-- case: line_comments_containing_sql
-- sources: STG.ORDERS
-- targets: DWH.ORDERS_CLEAN
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDERS_CLEAN.ORDER_ID
-- columns: STG.ORDERS.STATUS -> DWH.ORDERS_CLEAN.STATUS
-- diagnostics: none
-- this job used to read FROM legacy.orders_v1 JOIN legacy.customers_v1
INSERT INTO dwh.orders_clean (order_id, status)
SELECT order_id, status -- , legacy_status FROM legacy.status_map
FROM stg.orders;

-- case: block_comment_containing_statements
-- targets: DWH.ETL_STATUS
-- indirect: DWH.ETL_STATUS.JOB
-- diagnostics: none
/* INSERT INTO dwh.should_not_appear SELECT * FROM stg.secret;
   DELETE FROM dwh.fact_sales; */
UPDATE dwh.etl_status SET last_run = SYSDATE WHERE job = 'SALES';

-- case: q_quote_string_with_sql_text
-- sources: STG.JOBS
-- targets: DWH.JOB_DEFINITIONS
-- columns: STG.JOBS.NAME -> DWH.JOB_DEFINITIONS.JOB_NAME
-- diagnostics: none
INSERT INTO dwh.job_definitions (job_name, sql_text, created_at)
SELECT j.name, q'[SELECT * FROM hr.salaries WHERE note = 'it's; FROM x']', SYSDATE
FROM stg.jobs j;

-- case: q_quote_other_delimiters_and_national
-- sources: STG.MESSAGE_TEMPLATES
-- targets: CFG.MESSAGES
-- columns: STG.MESSAGE_TEMPLATES.ID -> CFG.MESSAGES.MSG_ID
-- columns: STG.MESSAGE_TEMPLATES.SUFFIX -> CFG.MESSAGES.MSG_TEXT
-- diagnostics: none
INSERT INTO cfg.messages (msg_id, msg_text)
SELECT m.id,
       q'{Order's total FROM orders}' || Q'<; DROP TABLE x;>' || q'!end!' || N'ü' || nq'(x)' || m.suffix
FROM stg.message_templates m;

-- case: quoted_mixed_case_identifiers
-- sources: Stg.Sales, Stg.Regions
-- targets: Reporting.SalesSummary
-- columns: Stg.Regions.Name -> Reporting.SalesSummary.RegionName
-- columns: Stg.Sales.Amount -> Reporting.SalesSummary.TotalSales
-- indirect: Stg.Regions.RegionId, Stg.Sales.RegionId
INSERT INTO "Reporting"."SalesSummary" ("RegionName", "TotalSales")
SELECT r."Name", SUM(s."Amount")
FROM "Stg"."Sales" s
JOIN "Stg"."Regions" r ON r."RegionId" = s."RegionId"
GROUP BY r."Name";

-- case: quoted_upper_case_equals_unquoted
-- sources: STG.REGIONS
-- targets: DWH.DIM_REGION
-- columns: STG.REGIONS.REGION_ID -> DWH.DIM_REGION.REGION_ID
-- columns: STG.REGIONS.REGION_NAME -> DWH.DIM_REGION.REGION_NAME
INSERT INTO "DWH"."DIM_REGION" (region_id, "REGION_NAME")
SELECT "REGION_ID", region_name FROM stg."REGIONS";

-- case: quoted_reserved_words_as_columns
-- sources: STG.RAW_AUDIT
-- targets: DWH.AUDIT_TRAIL
-- columns: STG.RAW_AUDIT.DATE -> DWH.AUDIT_TRAIL.DATE
-- columns: STG.RAW_AUDIT.LEVEL -> DWH.AUDIT_TRAIL.LEVEL
-- columns: STG.RAW_AUDIT.COMMENT -> DWH.AUDIT_TRAIL.COMMENT
-- columns: STG.RAW_AUDIT.USER_NAME -> DWH.AUDIT_TRAIL.USER_NAME
INSERT INTO dwh.audit_trail ("DATE", "LEVEL", "COMMENT", user_name)
SELECT "DATE", "LEVEL", "COMMENT", user_name
FROM stg.raw_audit;

-- case: semicolons_and_dashes_inside_strings_and_comments
-- sources: STG.NOTES
-- targets: DWH.NOTES
-- columns: STG.NOTES.ID -> DWH.NOTES.NOTE_ID
-- columns: STG.NOTES.TEXT -> DWH.NOTES.BODY
-- indirect: STG.NOTES.KIND
-- diagnostics: none
INSERT INTO dwh.notes (note_id, /* the body */ body)
SELECT n.id,
       n.text || ' -- appended; not a comment'  /* ; */
FROM stg.notes n -- trailing comment ; with semicolon
WHERE n.kind = 'A;B';

-- case: select_only_index_hint_and_trailing_comment
-- sources: STG.CUSTOMERS
-- indirect: STG.CUSTOMERS.EMAIL
SELECT /*+ INDEX(c customers_email_ix) */ c.customer_id
FROM stg.customers c
WHERE c.email = 'a@b.com' -- FROM dwh.hidden
;

-- case: doubled_quotes_and_from_inside_case_strings
-- sources: STG.ORDERS
-- targets: MART.ORDER_LABELS
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDER_LABELS.ORDER_ID
-- columns: STG.ORDERS.STATUS -> MART.ORDER_LABELS.LABEL
INSERT INTO mart.order_labels (order_id, label)
SELECT o.order_id,
       CASE o.status
         WHEN 'X' THEN 'Cancelled FROM customer''s side'
         ELSE 'Order ''' || o.status || ''' from stg'
       END
FROM stg.orders o;

-- case: quoted_lower_case_table_and_aliases
-- sources: STG.CUSTOMERS
-- targets: MART.customer_export
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.customer_export.customerId
-- columns: STG.CUSTOMERS.EMAIL -> MART.customer_export.email
CREATE TABLE mart."customer_export" AS
SELECT c.customer_id AS "customerId", c.email AS "email"
FROM stg.customers c;

-- case: dollar_and_hash_in_identifiers
-- sources: STG.ORDER$HIST
-- targets: DWH.ORDER_HIST#
-- columns: STG.ORDER$HIST.ORDER_ID -> DWH.ORDER_HIST#.ORDER_ID
-- columns: STG.ORDER$HIST.STATUS$ -> DWH.ORDER_HIST#.STATUS$
INSERT INTO dwh.order_hist# (order_id, status$)
SELECT h.order_id, h.status$
FROM stg.order$hist h;
