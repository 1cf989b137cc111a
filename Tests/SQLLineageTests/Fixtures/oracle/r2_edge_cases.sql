-- case: edge_keywords_on_own_lines_title_case
-- sources: STG.RETURNS
-- targets: DWH.FACT_RETURNS
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS.RETURN_ID
-- columns: STG.RETURNS.REFUND -> DWH.FACT_RETURNS.REFUND_AMOUNT
-- indirect: STG.RETURNS.STATUS
-- diagnostics: none
Insert
  Into
    Dwh.Fact_Returns
      ( Return_Id
      , Refund_Amount
      )
Select
    R.Return_Id
  , R.Refund
From
    Stg.Returns   R
Where
    R.Status = 'OK'
;

-- case: edge_comments_between_every_clause
-- sources: STG.NOTES
-- targets: DWH.NOTES_CLEAN
-- columns: STG.NOTES.ID -> DWH.NOTES_CLEAN.NOTE_ID
-- columns: STG.NOTES.TEXT -> DWH.NOTES_CLEAN.BODY
-- indirect: STG.NOTES.KIND
-- diagnostics: none
INSERT /* target follows */ INTO /* ; */ dwh.notes_clean -- ; INSERT INTO dwh.other
  ( note_id   -- id ; FROM x
  , body )    /* body; FROM y JOIN z */
SELECT /* SELECT secret FROM hr.salaries; */ n.id, -- first ;
       n.text
  FROM -- FROM legacy.notes
       stg.notes n
 WHERE /* WHERE 1=0; */ n.kind <> 'X' -- ';'
;

-- case: edge_quoted_identifiers_with_spaces_and_symbols
-- sources: stage.orders
-- targets: Sales Mart.Order Totals
-- columns: stage.orders.ORDER_ID -> Sales Mart.Order Totals.Order Id
-- columns: stage.orders.Amount -> Sales Mart.Order Totals.Total (EUR)
-- diagnostics: none
INSERT INTO "Sales Mart"."Order Totals" ("Order Id", "Total (EUR)")
SELECT o."ORDER_ID", o."Amount"
  FROM "stage"."orders" o;

-- case: edge_q_quote_literals_with_quotes_semicolons_and_comment_markers
-- sources: CFG.TEMPLATE_PARTS
-- targets: CFG.SQL_TEMPLATES
-- columns: CFG.TEMPLATE_PARTS.TEMPLATE_ID -> CFG.SQL_TEMPLATES.TEMPLATE_ID
-- columns: CFG.TEMPLATE_PARTS.SUFFIX -> CFG.SQL_TEMPLATES.NOTE
-- diagnostics: none
INSERT INTO cfg.sql_templates (template_id, sql_text, note)
SELECT t.template_id,
       q'#SELECT 'x' FROM dual; -- not a comment /* nor this #',
       Q'[it's ] tricky; DELETE FROM cfg.sql_templates]' || t.suffix
  FROM cfg.template_parts t;

-- case: edge_plain_string_with_comment_markers_and_doubled_quotes
-- sources: STG.MESSAGES
-- targets: DWH.MESSAGES
-- columns: STG.MESSAGES.MSG_ID -> DWH.MESSAGES.MSG_ID
-- columns: STG.MESSAGES.BODY -> DWH.MESSAGES.BODY
-- diagnostics: none
INSERT INTO dwh.messages (msg_id, body)
SELECT m.msg_id, '/* not a comment */ -- nor this; it''s text: ' || m.body
  FROM stg.messages m;

-- case: edge_no_whitespace_around_parentheses_and_operators
-- sources: STG.S
-- targets: DWH.T
-- columns: STG.S.A -> DWH.T.A
-- columns: STG.S.B -> DWH.T.B
-- indirect: STG.S.C
-- diagnostics: none
INSERT INTO dwh.t(a,b)SELECT x.a,x.b+1 FROM stg.s x WHERE x.c=1;

-- case: edge_parenthesized_query_after_column_list
-- sources: STG.VENDORS
-- targets: DWH.VENDORS
-- columns: STG.VENDORS.VENDOR_ID -> DWH.VENDORS.VENDOR_ID
-- columns: STG.VENDORS.VENDOR_NAME -> DWH.VENDORS.VENDOR_NAME
-- diagnostics: none
INSERT INTO dwh.vendors (vendor_id, vendor_name)
((SELECT v.vendor_id, v.vendor_name FROM stg.vendors v));

-- case: edge_aliases_named_like_other_tables
-- sources: STG.ORDERS, STG.CUSTOMERS
-- targets: MART.ORDER_CUSTOMER
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDER_CUSTOMER.ORDER_ID
-- columns: STG.CUSTOMERS.CUSTOMER_NAME -> MART.ORDER_CUSTOMER.CUSTOMER_NAME
-- indirect: STG.CUSTOMERS.CUSTOMER_ID, STG.ORDERS.CUSTOMER_ID
INSERT INTO mart.order_customer (order_id, customer_name)
SELECT customers.order_id, orders.customer_name
  FROM stg.orders customers
  JOIN stg.customers orders ON orders.customer_id = customers.customer_id;

-- case: edge_inner_alias_shadows_outer_alias
-- sources: STG.ORDERS, STG.SHIPMENTS
-- targets: MART.ORDER_SHIP
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDER_SHIP.ORDER_ID
-- columns: STG.SHIPMENTS.SHIPPED_AT -> MART.ORDER_SHIP.LAST_SHIP
-- indirect: STG.SHIPMENTS.CARRIER
INSERT INTO mart.order_ship (order_id, last_ship)
SELECT o.order_id,
       (SELECT MAX(o.shipped_at) FROM stg.shipments o WHERE o.carrier = 'DHL')
  FROM stg.orders o;

-- case: edge_ctas_quoted_aliases_with_spaces
-- sources: CRM.CUSTOMERS
-- targets: RPT.CUSTOMER_EXPORT
-- columns: CRM.CUSTOMERS.CUSTOMER_NAME -> RPT.CUSTOMER_EXPORT.Customer Name
-- columns: CRM.CUSTOMERS.EMAIL -> RPT.CUSTOMER_EXPORT.E-Mail
-- columns: CRM.CUSTOMERS.CREATED_AT -> RPT.CUSTOMER_EXPORT.CREATED_YEAR
CREATE TABLE rpt.customer_export AS
SELECT c.customer_name AS "Customer Name",
       c.email "E-Mail",
       EXTRACT(YEAR FROM c.created_at) created_year
  FROM crm.customers c;

-- case: edge_with_function_select_only_slash_terminated
-- sources: CRM.CUSTOMERS
-- indirect: CRM.CUSTOMERS.COUNTRY_CODE
WITH
  FUNCTION mask_email (p_email VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN SUBSTR(p_email, 1, 2) || '***' || SUBSTR(p_email, INSTR(p_email, '@'));
  END;
SELECT c.customer_id, mask_email(c.email) AS masked
  FROM crm.customers c
 WHERE c.country_code = 'FR'
/

-- case: edge_outer_join_operator_with_inner_spaces
-- sources: SCOTT.EMP, SCOTT.DEPT
-- targets: MART.EMP_LOC
-- columns: SCOTT.EMP.EMPNO -> MART.EMP_LOC.EMPNO
-- columns: SCOTT.DEPT.LOC -> MART.EMP_LOC.LOC
-- indirect: SCOTT.EMP.DEPTNO, SCOTT.DEPT.DEPTNO
INSERT INTO mart.emp_loc (empno, loc)
SELECT e.empno, d.loc
  FROM scott.emp e, scott.dept d
 WHERE e.deptno = d.deptno( + );

-- case: edge_bind_variables_named_like_trigger_pseudorecords
-- sources: STG.PARAMS
-- targets: CFG.PARAM_HISTORY
-- columns: STG.PARAMS.PARAM_VALUE -> CFG.PARAM_HISTORY.NEW_VALUE
-- indirect: STG.PARAMS.PARAM_NAME
INSERT INTO cfg.param_history (param_name, old_value, new_value, changed_by)
SELECT :new, :old, p.param_value, :NEW_USER
  FROM stg.params p
 WHERE p.param_name = :param_name;

-- case: edge_division_operator_at_line_start
-- sources: MART.STORE_KPIS
-- targets: MART.STORE_RATIOS
-- columns: MART.STORE_KPIS.STORE_ID -> MART.STORE_RATIOS.STORE_ID
-- columns: MART.STORE_KPIS.MARGIN -> MART.STORE_RATIOS.MARGIN_PCT, MART.STORE_KPIS.REVENUE -> MART.STORE_RATIOS.MARGIN_PCT
-- diagnostics: none
INSERT INTO mart.store_ratios (store_id, margin_pct)
SELECT s.store_id,
       s.margin
       / NULLIF(s.revenue, 0) * 100
  FROM mart.store_kpis s;

-- case: edge_several_statements_on_one_line
-- sources: STG.A_SRC, STG.B_SRC
-- targets: DWH.A_TGT, DWH.B_TGT
-- columns: STG.A_SRC.ID -> DWH.A_TGT.ID
-- columns: STG.B_SRC.ID -> DWH.B_TGT.ID
-- effects: delete DWH.B_TGT
COMMIT; INSERT INTO dwh.a_tgt (id) SELECT id FROM stg.a_src; DELETE FROM dwh.b_tgt; INSERT INTO dwh.b_tgt (id) SELECT id FROM stg.b_src; COMMIT;

-- case: edge_old_style_line_hint_and_unicode_quoted_names
-- sources: LAGER.Größen
-- targets: DWH.ARTICLE_SIZES
-- columns: LAGER.Größen.ARTIKEL_NR -> DWH.ARTICLE_SIZES.ARTICLE_NO
-- columns: LAGER.Größen.Maß -> DWH.ARTICLE_SIZES.SIZE_LABEL
INSERT INTO dwh.article_sizes (article_no, size_label)
SELECT --+ ORDERED FULL(g)
       g.artikel_nr, g."Maß"
  FROM lager."Größen" g;

-- case: edge_insert_values_returning_into_bind
-- targets: OPS.RUNS
INSERT INTO ops.runs (run_id, started_at, status)
VALUES (ops.seq_runs.NEXTVAL, SYSTIMESTAMP, 'RUNNING')
RETURNING run_id INTO :run_id;

-- case: edge_case_expression_inside_join_on
-- sources: STG.SHIPMENTS, REF.ZONES
-- targets: DWH.SHIPMENT_ZONES
-- columns: STG.SHIPMENTS.SHIPMENT_ID -> DWH.SHIPMENT_ZONES.SHIPMENT_ID
-- columns: REF.ZONES.ZONE_NAME -> DWH.SHIPMENT_ZONES.ZONE_NAME
-- indirect: REF.ZONES.ZONE_CODE, STG.SHIPMENTS.DEST_COUNTRY, STG.SHIPMENTS.DEST_POSTCODE
INSERT INTO dwh.shipment_zones (shipment_id, zone_name)
SELECT s.shipment_id, z.zone_name
  FROM stg.shipments s
  JOIN ref.zones z
    ON z.zone_code = CASE
                       WHEN s.dest_country = 'DE' THEN SUBSTR(s.dest_postcode, 1, 1)
                       ELSE s.dest_country
                     END;

-- case: edge_unaliased_inline_view_unqualified_columns
-- sources: STG.TICKETS
-- targets: MART.TICKET_COUNTS
-- columns: STG.TICKETS.QUEUE -> MART.TICKET_COUNTS.QUEUE
-- columns: STG.TICKETS.TICKET_ID -> MART.TICKET_COUNTS.OPEN_TICKETS
-- indirect: STG.TICKETS.STATE
INSERT INTO mart.ticket_counts (queue, open_tickets)
SELECT queue, cnt
  FROM (SELECT queue, COUNT(ticket_id) AS cnt
          FROM stg.tickets
         WHERE state = 'OPEN'
         GROUP BY queue)
 WHERE cnt > 0;

-- case: edge_last_statement_without_terminator_and_trailing_comment
-- sources: STG.DEVICES
-- targets: DWH.DEVICES
-- columns: STG.DEVICES.DEVICE_ID -> DWH.DEVICES.DEVICE_ID
-- columns: STG.DEVICES.MODEL -> DWH.DEVICES.MODEL
INSERT INTO dwh.devices (device_id, model)
SELECT d.device_id, d.model
  FROM stg.devices d -- end of file; no terminator

-- case: edge_binary_float_and_double_literal_suffixes
-- sources: IOT.SENSOR_READINGS
-- targets: DWH.SENSOR_FAHRENHEIT
-- columns: IOT.SENSOR_READINGS.SENSOR_ID -> DWH.SENSOR_FAHRENHEIT.SENSOR_ID
-- columns: IOT.SENSOR_READINGS.CELSIUS -> DWH.SENSOR_FAHRENHEIT.FAHRENHEIT
-- columns: IOT.SENSOR_READINGS.HUMIDITY -> DWH.SENSOR_FAHRENHEIT.HUMIDITY_RATIO
INSERT INTO dwh.sensor_fahrenheit (sensor_id, fahrenheit, humidity_ratio)
SELECT r.sensor_id,
       r.celsius * 1.8f + 32,
       r.humidity / 100.0d
  FROM iot.sensor_readings r;

-- case: edge_quoted_identifier_with_doubled_quote_and_empty_comments
-- sources: STG.SRC
-- targets: DWH.odd"name
-- columns: STG.SRC.ID -> DWH.odd"name.ID
--comment without a space FROM stg.hidden
INSERT INTO dwh."odd""name" (id)/**/SELECT/*+*/ s.id FROM stg.src s;
