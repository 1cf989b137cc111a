-- case: view_outbound_payload_json_object_key_value_with_nested_json_arrayagg
-- sources: SALES.ORDERS, CRM.CUSTOMERS, SALES.ORDER_LINES
-- targets: API.V_ORDER_PAYLOAD
-- columns: SALES.ORDERS.ORDER_ID -> API.V_ORDER_PAYLOAD.ORDER_ID
-- columns: SALES.ORDERS.ORDER_ID -> API.V_ORDER_PAYLOAD.PAYLOAD, CRM.CUSTOMERS.CUSTOMER_NO -> API.V_ORDER_PAYLOAD.PAYLOAD
-- columns: SALES.ORDERS.ORDER_DAY -> API.V_ORDER_PAYLOAD.PAYLOAD, SALES.ORDER_LINES.SKU -> API.V_ORDER_PAYLOAD.PAYLOAD
-- columns: SALES.ORDER_LINES.QTY -> API.V_ORDER_PAYLOAD.PAYLOAD, SALES.ORDER_LINES.LINE_NO -> API.V_ORDER_PAYLOAD.PAYLOAD
-- indirect: SALES.ORDER_LINES.ORDER_ID, CRM.CUSTOMERS.CUSTOMER_ID, SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.STATUS
-- diagnostics: none
CREATE OR REPLACE VIEW api.v_order_payload AS
SELECT o.order_id,
       JSON_OBJECT(
         KEY 'orderId'   VALUE o.order_id,
         KEY 'customer'  VALUE c.customer_no,
         KEY 'orderDate' VALUE TO_CHAR(o.order_day, 'YYYY-MM-DD'),
         KEY 'lines'     VALUE (SELECT JSON_ARRAYAGG(
                                         JSON_OBJECT('sku' VALUE l.sku, 'qty' VALUE l.qty)
                                         ORDER BY l.line_no RETURNING CLOB)
                                  FROM sales.order_lines l
                                 WHERE l.order_id = o.order_id)
         RETURNING CLOB) AS payload
  FROM sales.orders o
  JOIN crm.customers c ON c.customer_id = o.customer_id
 WHERE o.status = 'CONFIRMED';

-- case: insert_json_objectagg_key_value_per_customer
-- sources: CRM.CUSTOMER_ATTRIBUTES
-- targets: API.CUSTOMER_ATTRIBUTES
-- columns: CRM.CUSTOMER_ATTRIBUTES.CUSTOMER_ID -> API.CUSTOMER_ATTRIBUTES.CUSTOMER_ID
-- columns: CRM.CUSTOMER_ATTRIBUTES.ATTR_NAME -> API.CUSTOMER_ATTRIBUTES.ATTRIBUTES_JSON
-- columns: CRM.CUSTOMER_ATTRIBUTES.ATTR_VALUE -> API.CUSTOMER_ATTRIBUTES.ATTRIBUTES_JSON
-- indirect: CRM.CUSTOMER_ATTRIBUTES.VALID_TO
-- diagnostics: none
INSERT INTO api.customer_attributes (customer_id, attributes_json, refreshed_at)
SELECT a.customer_id,
       JSON_OBJECTAGG(KEY a.attr_name VALUE a.attr_value ABSENT ON NULL RETURNING CLOB),
       SYSTIMESTAMP
  FROM crm.customer_attributes a
 WHERE a.valid_to IS NULL
 GROUP BY a.customer_id;

-- case: ctas_xmlserialize_content_of_xmlelement_document
-- sources: FIN.INVOICES
-- targets: EXP.INVOICE_XML
-- columns: FIN.INVOICES.INVOICE_ID -> EXP.INVOICE_XML.INVOICE_ID
-- columns: FIN.INVOICES.INVOICE_NO -> EXP.INVOICE_XML.INVOICE_DOC, FIN.INVOICES.GROSS_AMOUNT -> EXP.INVOICE_XML.INVOICE_DOC
-- columns: FIN.INVOICES.CURRENCY -> EXP.INVOICE_XML.INVOICE_DOC
-- indirect: FIN.INVOICES.EXPORT_FLAG
-- diagnostics: none
CREATE TABLE exp.invoice_xml NOLOGGING AS
SELECT i.invoice_id,
       XMLSERIALIZE(CONTENT
         XMLELEMENT("Invoice",
           XMLATTRIBUTES(i.invoice_no AS "number"),
           XMLELEMENT("Total", i.gross_amount),
           XMLELEMENT("Currency", i.currency))
         AS CLOB) AS invoice_doc
  FROM fin.invoices i
 WHERE i.export_flag = 'Y';

-- case: insert_cast_timestamp_difference_as_interval_day_to_second
-- sources: CC.CALLS
-- targets: DWH.FACT_CALL_DURATIONS
-- columns: CC.CALLS.CALL_ID -> DWH.FACT_CALL_DURATIONS.CALL_ID
-- columns: CC.CALLS.AGENT_ID -> DWH.FACT_CALL_DURATIONS.AGENT_ID
-- columns: CC.CALLS.ENDED_AT -> DWH.FACT_CALL_DURATIONS.TALK_TIME, CC.CALLS.ANSWERED_AT -> DWH.FACT_CALL_DURATIONS.TALK_TIME
-- columns: CC.CALLS.WRAP_END -> DWH.FACT_CALL_DURATIONS.WRAP_SECONDS, CC.CALLS.ENDED_AT -> DWH.FACT_CALL_DURATIONS.WRAP_SECONDS
-- indirect:
-- diagnostics: none
INSERT INTO dwh.fact_call_durations (call_id, agent_id, talk_time, wrap_seconds)
SELECT c.call_id,
       c.agent_id,
       CAST(c.ended_at - c.answered_at AS INTERVAL DAY(2) TO SECOND(0)),
       EXTRACT(SECOND FROM (c.wrap_end - c.ended_at)) + 60 * EXTRACT(MINUTE FROM (c.wrap_end - c.ended_at))
  FROM cc.calls c
 WHERE c.answered_at IS NOT NULL;

-- case: insert_from_flashback_version_query_versions_between_timestamp
-- sources: PRICING.ITEM_PRICES
-- targets: STG.CHANGED_PRICES
-- columns: PRICING.ITEM_PRICES.SKU -> STG.CHANGED_PRICES.SKU
-- columns: PRICING.ITEM_PRICES.LIST_PRICE -> STG.CHANGED_PRICES.LIST_PRICE
-- diagnostics: none
INSERT INTO stg.changed_prices (sku, list_price, detected_at)
SELECT DISTINCT p.sku, p.list_price, SYSTIMESTAMP
  FROM pricing.item_prices
       VERSIONS BETWEEN TIMESTAMP SYSTIMESTAMP - INTERVAL '1' DAY AND SYSTIMESTAMP p
 WHERE p.list_price IS NOT NULL;

-- case: delete_from_key_preserved_join_inline_view
-- sources: DWH.FACT_ORDERS
-- effects: delete STG.ORDERS
-- indirect: DWH.FACT_ORDERS.ORDER_ID, STG.ORDERS.ORDER_ID, DWH.FACT_ORDERS.LOAD_STATUS
DELETE FROM (SELECT s.*
               FROM stg.orders s
               JOIN dwh.fact_orders f
                 ON f.order_id = s.order_id
              WHERE f.load_status = 'LOADED');

-- case: unqualified_names_in_scalar_subqueries_bind_to_inner_table_first
-- schema: CRM.CUSTOMERS(ID, NAME, REGION, CREATED_ON)
-- schema: SALES.ORDERS(ID, CUSTOMER_ID, AMOUNT, REGION, ORDER_DAY)
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: MART.CUSTOMER_REGIONS
-- columns: CRM.CUSTOMERS.ID -> MART.CUSTOMER_REGIONS.CUSTOMER_ID
-- columns: CRM.CUSTOMERS.REGION -> MART.CUSTOMER_REGIONS.HOME_REGION
-- columns: SALES.ORDERS.REGION -> MART.CUSTOMER_REGIONS.LAST_ORDER_REGION, SALES.ORDERS.ORDER_DAY -> MART.CUSTOMER_REGIONS.LAST_ORDER_REGION
-- columns: SALES.ORDERS.ID -> MART.CUSTOMER_REGIONS.ORDER_COUNT
-- indirect: SALES.ORDERS.CUSTOMER_ID
INSERT INTO mart.customer_regions (customer_id, home_region, last_order_region, order_count)
SELECT c.id,
       region,
       (SELECT MAX(region) KEEP (DENSE_RANK LAST ORDER BY order_day)
          FROM sales.orders o
         WHERE o.customer_id = c.id),
       (SELECT COUNT(id) FROM sales.orders WHERE customer_id = c.id)
  FROM crm.customers c;

-- case: insert_json_table_nested_path_columns_come_from_document_column
-- sources: STG.ORDER_JSON
-- targets: DWH.ORDER_LINES
-- columns: STG.ORDER_JSON.DOC_ID -> DWH.ORDER_LINES.DOC_ID
-- columns: STG.ORDER_JSON.DOC -> DWH.ORDER_LINES.ORDER_NO
-- columns: STG.ORDER_JSON.DOC -> DWH.ORDER_LINES.SKU
-- columns: STG.ORDER_JSON.DOC -> DWH.ORDER_LINES.QTY
-- indirect: STG.ORDER_JSON.LOADED_AT
INSERT INTO dwh.order_lines (doc_id, order_no, sku, qty)
SELECT d.doc_id, jt.order_no, jt.sku, jt.qty
  FROM stg.order_json d,
       JSON_TABLE(d.doc, '$'
         COLUMNS (order_no VARCHAR2(20) PATH '$.orderNo',
                  NESTED PATH '$.lines[*]'
                    COLUMNS (sku VARCHAR2(30) PATH '$.sku',
                             qty NUMBER       PATH '$.qty'))) jt
 WHERE d.loaded_at >= TRUNC(SYSDATE);
