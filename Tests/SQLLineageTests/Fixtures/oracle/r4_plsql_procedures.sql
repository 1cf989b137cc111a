-- case: proc_fact_returns_row_by_row_key_lookups_nested_handlers_reject_and_update
-- sources: STG.RETURNS, DWH.DIM_CUSTOMER, DWH.DIM_PRODUCT, DWH.DIM_RETURN_REASON
-- targets: DWH.FACT_RETURNS, DWH.FACT_RETURNS_REJECTS, ETL.LOAD_STATS
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS.RETURN_ID
-- columns: STG.RETURNS.ORDER_NO -> DWH.FACT_RETURNS.ORDER_NO
-- columns: STG.RETURNS.RETURNED_AT -> DWH.FACT_RETURNS.DATE_KEY
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_RETURNS.CUSTOMER_KEY
-- columns: DWH.DIM_PRODUCT.PRODUCT_KEY -> DWH.FACT_RETURNS.PRODUCT_KEY
-- columns: DWH.DIM_RETURN_REASON.REASON_KEY -> DWH.FACT_RETURNS.REASON_KEY
-- columns: STG.RETURNS.QTY_RETURNED -> DWH.FACT_RETURNS.QTY_RETURNED
-- columns: STG.RETURNS.REFUND_AMOUNT -> DWH.FACT_RETURNS.REFUND_AMOUNT
-- columns: STG.RETURNS.RETURN_ID -> DWH.FACT_RETURNS_REJECTS.RETURN_ID
-- columns: STG.RETURNS.SKU -> DWH.FACT_RETURNS_REJECTS.SKU
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_NO, DWH.DIM_CUSTOMER.IS_CURRENT, STG.RETURNS.CUSTOMER_NO, DWH.DIM_PRODUCT.SKU
-- indirect: DWH.DIM_RETURN_REASON.REASON_CODE, STG.RETURNS.REASON_CODE, DWH.FACT_RETURNS.RETURN_ID
-- diagnostics: none
CREATE OR REPLACE PROCEDURE dwh.load_fact_returns (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1)
AS
  --------------------------------------------------------------------------
  -- Loads yesterday's returns row by row. Unknown products are rejected,
  -- unknown customers get the -1 member, re-delivered rows are updated.
  --------------------------------------------------------------------------
  v_customer_key dwh.dim_customer.customer_key%TYPE;
  v_product_key  dwh.dim_product.product_key%TYPE;
  v_reason_key   dwh.dim_return_reason.reason_key%TYPE;
  v_ok           PLS_INTEGER := 0;
  v_bad          PLS_INTEGER := 0;
BEGIN
  FOR r IN (SELECT rt.return_id,
                   rt.order_no,
                   rt.customer_no,
                   rt.sku,
                   rt.reason_code,
                   rt.qty_returned,
                   rt.refund_amount,
                   rt.returned_at
              FROM stg.returns rt
             WHERE rt.returned_at >= p_day
               AND rt.returned_at <  p_day + 1)
  LOOP
    BEGIN
      BEGIN
        SELECT c.customer_key
          INTO v_customer_key
          FROM dwh.dim_customer c
         WHERE c.customer_no = r.customer_no
           AND c.is_current = 'Y';
      EXCEPTION
        WHEN NO_DATA_FOUND THEN
          v_customer_key := -1;
      END;

      SELECT p.product_key
        INTO v_product_key
        FROM dwh.dim_product p
       WHERE p.sku = r.sku;

      SELECT NVL(MAX(rr.reason_key), -1)
        INTO v_reason_key
        FROM dwh.dim_return_reason rr
       WHERE rr.reason_code = r.reason_code;

      INSERT INTO dwh.fact_returns
             (return_id, order_no, date_key, customer_key, product_key, reason_key, qty_returned, refund_amount)
      VALUES (r.return_id,
              r.order_no,
              TO_NUMBER(TO_CHAR(r.returned_at, 'YYYYMMDD')),
              v_customer_key,
              v_product_key,
              v_reason_key,
              r.qty_returned,
              r.refund_amount);
      v_ok := v_ok + 1;
    EXCEPTION
      WHEN NO_DATA_FOUND THEN
        INSERT INTO dwh.fact_returns_rejects (return_id, sku, reject_reason, rejected_at)
        VALUES (r.return_id, r.sku, 'UNKNOWN PRODUCT', SYSDATE);
        v_bad := v_bad + 1;
      WHEN DUP_VAL_ON_INDEX THEN
        UPDATE dwh.fact_returns f
           SET f.qty_returned  = r.qty_returned,
               f.refund_amount = r.refund_amount
         WHERE f.return_id = r.return_id;
    END;

    IF MOD(v_ok, 1000) = 0 THEN
      COMMIT;
    END IF;
  END LOOP;

  INSERT INTO etl.load_stats (proc_name, load_day, rows_ok, rows_rejected, finished_at)
  VALUES ('LOAD_FACT_RETURNS', p_day, v_ok, v_bad, SYSDATE);
  COMMIT;
END load_fact_returns;
/

-- case: proc_bank_reconciliation_record_collection_too_many_rows_handler
-- sources: TREASURY.STATEMENT_LINES, AP.PAYMENTS
-- targets: TREASURY.MATCHES, AP.PAYMENTS, TREASURY.STATEMENT_LINES, TREASURY.MATCH_EXCEPTIONS, TREASURY.STATEMENTS
-- columns: TREASURY.STATEMENT_LINES.LINE_ID -> TREASURY.MATCHES.STATEMENT_LINE_ID
-- columns: AP.PAYMENTS.PAYMENT_ID -> TREASURY.MATCHES.PAYMENT_ID
-- columns: TREASURY.STATEMENT_LINES.AMOUNT -> TREASURY.MATCHES.MATCHED_AMOUNT
-- columns: TREASURY.STATEMENT_LINES.VALUE_DATE -> AP.PAYMENTS.RECONCILED_ON
-- columns: TREASURY.STATEMENT_LINES.LINE_ID -> TREASURY.MATCH_EXCEPTIONS.STATEMENT_LINE_ID
-- columns: TREASURY.STATEMENT_LINES.AMOUNT -> TREASURY.MATCH_EXCEPTIONS.AMOUNT
-- columns: TREASURY.STATEMENT_LINES.REMITTANCE_INFO -> TREASURY.MATCH_EXCEPTIONS.REFERENCE
-- columns: TREASURY.STATEMENT_LINES.AMOUNT -> TREASURY.STATEMENTS.OPEN_AMOUNT
-- indirect: TREASURY.STATEMENT_LINES.STATEMENT_ID, TREASURY.STATEMENT_LINES.MATCH_STATUS
-- indirect: AP.PAYMENTS.AMOUNT, AP.PAYMENTS.PAYMENT_DATE, AP.PAYMENTS.PAYMENT_REF, AP.PAYMENTS.RECONCILED
-- indirect: TREASURY.STATEMENTS.STATEMENT_ID
-- diagnostics: none
CREATE OR REPLACE PROCEDURE treasury.reconcile_bank_statement (p_statement_id IN NUMBER)
IS
   TYPE t_line IS RECORD (
      line_id      NUMBER,
      value_date   DATE,
      amount       NUMBER,
      reference    VARCHAR2 (140)
   );

   TYPE t_lines IS TABLE OF t_line;

   l_lines        t_lines;
   v_payment_id   NUMBER;
   v_matched      PLS_INTEGER := 0;
BEGIN
   SELECT s.line_id, s.value_date, s.amount, s.remittance_info
     BULK COLLECT INTO l_lines
     FROM treasury.statement_lines s
    WHERE s.statement_id = p_statement_id
      AND s.match_status = 'OPEN';

   FOR i IN 1 .. l_lines.COUNT
   LOOP
      BEGIN
         SELECT p.payment_id
           INTO v_payment_id
           FROM ap.payments p
          WHERE p.amount = l_lines (i).amount
            AND p.payment_date BETWEEN l_lines (i).value_date - 3 AND l_lines (i).value_date
            AND INSTR (l_lines (i).reference, p.payment_ref) > 0
            AND p.reconciled = 'N';

         INSERT INTO treasury.matches (statement_line_id, payment_id, matched_amount, match_rule, matched_at)
              VALUES (l_lines (i).line_id, v_payment_id, l_lines (i).amount, 'AMOUNT+REF', SYSTIMESTAMP);

         UPDATE ap.payments
            SET reconciled = 'Y',
                reconciled_on = l_lines (i).value_date
          WHERE payment_id = v_payment_id;

         UPDATE treasury.statement_lines
            SET match_status = 'MATCHED'
          WHERE line_id = l_lines (i).line_id;

         v_matched := v_matched + 1;
      EXCEPTION
         WHEN NO_DATA_FOUND
         THEN
            NULL;
         WHEN TOO_MANY_ROWS
         THEN
            INSERT INTO treasury.match_exceptions (statement_line_id, amount, reference, reason)
                 VALUES (l_lines (i).line_id, l_lines (i).amount, l_lines (i).reference, 'AMBIGUOUS');
      END;
   END LOOP;

   UPDATE treasury.statements st
      SET st.matched_lines = v_matched,
          st.open_amount =
             (SELECT SUM (sl.amount)
                FROM treasury.statement_lines sl
               WHERE sl.statement_id = st.statement_id
                 AND sl.match_status = 'OPEN'),
          st.reconciled_at = SYSDATE
    WHERE st.statement_id = p_statement_id;

   COMMIT;
END reconcile_bank_statement;
/

-- case: anon_block_repricing_for_update_cursor_savepoint_where_current_of
-- sources: RETAIL.ITEMS, RETAIL.PRICE_ADJUSTMENTS
-- targets: RETAIL.PRICE_HISTORY, RETAIL.ITEMS
-- columns: RETAIL.ITEMS.ITEM_ID -> RETAIL.PRICE_HISTORY.ITEM_ID
-- columns: RETAIL.ITEMS.LIST_PRICE -> RETAIL.PRICE_HISTORY.OLD_PRICE
-- columns: RETAIL.ITEMS.LIST_PRICE -> RETAIL.PRICE_HISTORY.NEW_PRICE, RETAIL.PRICE_ADJUSTMENTS.INCREASE_PCT -> RETAIL.PRICE_HISTORY.NEW_PRICE
-- columns: RETAIL.ITEMS.LIST_PRICE -> RETAIL.ITEMS.LIST_PRICE, RETAIL.PRICE_ADJUSTMENTS.INCREASE_PCT -> RETAIL.ITEMS.LIST_PRICE
-- indirect: RETAIL.ITEMS.STATUS, RETAIL.PRICE_ADJUSTMENTS.CATEGORY_CODE, RETAIL.PRICE_ADJUSTMENTS.VALID_FROM
-- indirect: RETAIL.PRICE_ADJUSTMENTS.VALID_TO, RETAIL.ITEMS.CATEGORY_CODE
-- diagnostics: none
SET SERVEROUTPUT ON
DECLARE
  CURSOR c_items IS
    SELECT i.item_id, i.list_price, i.category_code
      FROM retail.items i
     WHERE i.status = 'ACTIVE'
       FOR UPDATE OF i.list_price;

  v_pct NUMBER;
  v_new NUMBER;
  v_cnt PLS_INTEGER := 0;
BEGIN
  SAVEPOINT before_repricing;

  FOR it IN c_items LOOP
    SELECT NVL(MAX(a.increase_pct), 0)
      INTO v_pct
      FROM retail.price_adjustments a
     WHERE a.category_code = it.category_code
       AND SYSDATE BETWEEN a.valid_from AND a.valid_to;

    v_new := ROUND(it.list_price * (1 + v_pct / 100), 2);

    IF v_new <> it.list_price THEN
      INSERT INTO retail.price_history (item_id, old_price, new_price, changed_at)
      VALUES (it.item_id, it.list_price, v_new, SYSDATE);

      UPDATE retail.items
         SET list_price       = v_new,
             price_changed_at = SYSDATE
       WHERE CURRENT OF c_items;
      v_cnt := v_cnt + 1;
    END IF;
  END LOOP;

  DBMS_OUTPUT.PUT_LINE(v_cnt || ' items repriced');
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK TO before_repricing;
    DBMS_OUTPUT.PUT_LINE('repricing failed: ' || SQLERRM);
    RAISE;
END;
/

-- case: proc_sla_breaches_ref_cursor_open_for_literal_fetch_scalars_then_merge
-- sources: OPS.TICKETS, OPS.SLA_POLICIES, OPS.SLA_BREACHES
-- targets: OPS.SLA_BREACHES, OPS.SLA_SUMMARY
-- columns: OPS.TICKETS.TICKET_ID -> OPS.SLA_BREACHES.TICKET_ID
-- columns: OPS.TICKETS.ASSIGNED_TEAM -> OPS.SLA_BREACHES.TEAM
-- columns: OPS.TICKETS.PRIORITY -> OPS.SLA_BREACHES.PRIORITY
-- columns: OPS.TICKETS.CLOSED_AT -> OPS.SLA_BREACHES.HOURS_OVER, OPS.TICKETS.OPENED_AT -> OPS.SLA_BREACHES.HOURS_OVER
-- columns: OPS.SLA_POLICIES.RESOLUTION_HOURS -> OPS.SLA_BREACHES.HOURS_OVER
-- columns: OPS.SLA_BREACHES.TEAM -> OPS.SLA_SUMMARY.TEAM
-- columns: OPS.SLA_BREACHES.HOURS_OVER -> OPS.SLA_SUMMARY.AVG_HOURS_OVER
-- indirect: OPS.TICKETS.TICKET_TYPE, OPS.SLA_POLICIES.PRIORITY, OPS.SLA_POLICIES.TEAM, OPS.SLA_BREACHES.DETECTED_AT
-- indirect: OPS.SLA_SUMMARY.TEAM, OPS.SLA_SUMMARY.SUMMARY_DATE
-- diagnostics: none
CREATE OR REPLACE PROCEDURE ops.build_sla_breaches (p_from IN DATE, p_to IN DATE)
  AUTHID CURRENT_USER
IS
  TYPE t_cur IS REF CURSOR;
  c_t        t_cur;
  v_ticket   NUMBER;
  v_team     VARCHAR2(30);
  v_opened   DATE;
  v_closed   DATE;
  v_priority VARCHAR2(2);
  v_sla_hrs  NUMBER;
  v_breach_h NUMBER;
  v_total    NUMBER;
BEGIN
  EXECUTE IMMEDIATE 'SELECT COUNT(*) FROM ops.tickets WHERE opened_at BETWEEN :a AND :b'
     INTO v_total
    USING p_from, p_to;

  OPEN c_t FOR
       'SELECT t.ticket_id, t.assigned_team, t.opened_at, NVL(t.closed_at, SYSDATE), t.priority '
    || 'FROM ops.tickets t '
    || 'WHERE t.opened_at BETWEEN :a AND :b AND t.ticket_type <> ''CHANGE'''
    USING p_from, p_to;
  LOOP
    FETCH c_t INTO v_ticket, v_team, v_opened, v_closed, v_priority;
    EXIT WHEN c_t%NOTFOUND;

    SELECT s.resolution_hours
      INTO v_sla_hrs
      FROM ops.sla_policies s
     WHERE s.priority = v_priority
       AND s.team = v_team;

    v_breach_h := (v_closed - v_opened) * 24 - v_sla_hrs;

    IF v_breach_h > 0 THEN
      INSERT INTO ops.sla_breaches (ticket_id, team, priority, hours_over, detected_at)
      VALUES (v_ticket, v_team, v_priority, ROUND(v_breach_h, 1), SYSDATE);
    END IF;
  END LOOP;
  CLOSE c_t;

  MERGE INTO ops.sla_summary m
  USING (SELECT b.team, COUNT(*) AS breaches, AVG(b.hours_over) AS avg_over
           FROM ops.sla_breaches b
          WHERE b.detected_at >= TRUNC(SYSDATE)
          GROUP BY b.team) x
     ON (m.team = x.team AND m.summary_date = TRUNC(SYSDATE))
   WHEN MATCHED THEN UPDATE
        SET m.breaches          = x.breaches,
            m.avg_hours_over    = x.avg_over,
            m.tickets_in_window = v_total
   WHEN NOT MATCHED THEN INSERT (summary_date, team, breaches, avg_hours_over, tickets_in_window)
        VALUES (TRUNC(SYSDATE), x.team, x.breaches, x.avg_over, v_total);
  COMMIT;
END build_sla_breaches;
/

-- case: proc_month_end_accruals_cursor_over_aggregating_inline_views_case_statement
-- sources: PURCH.PO_HEADERS, PURCH.PO_LINES, PURCH.RECEIPTS, AP.INVOICE_LINES
-- targets: FIN.ACCRUAL_JOURNAL, FIN.PO_OVERBILLING
-- columns: PURCH.PO_HEADERS.PO_NUMBER -> FIN.ACCRUAL_JOURNAL.PO_NUMBER
-- columns: PURCH.PO_LINES.LINE_NO -> FIN.ACCRUAL_JOURNAL.LINE_NO
-- columns: PURCH.PO_HEADERS.SUPPLIER_ID -> FIN.ACCRUAL_JOURNAL.SUPPLIER_ID
-- columns: PURCH.PO_HEADERS.COST_CENTER -> FIN.ACCRUAL_JOURNAL.COST_CENTER
-- columns: PURCH.PO_LINES.CATEGORY -> FIN.ACCRUAL_JOURNAL.GL_ACCOUNT
-- columns: PURCH.RECEIPTS.AMOUNT -> FIN.ACCRUAL_JOURNAL.AMOUNT, AP.INVOICE_LINES.AMOUNT -> FIN.ACCRUAL_JOURNAL.AMOUNT
-- columns: PURCH.PO_HEADERS.PO_NUMBER -> FIN.PO_OVERBILLING.PO_NUMBER
-- columns: PURCH.PO_LINES.LINE_NO -> FIN.PO_OVERBILLING.LINE_NO
-- columns: PURCH.PO_LINES.ORDERED_AMOUNT -> FIN.PO_OVERBILLING.ORDERED_AMOUNT
-- columns: AP.INVOICE_LINES.AMOUNT -> FIN.PO_OVERBILLING.INVOICED_AMOUNT
-- indirect: PURCH.PO_LINES.PO_NUMBER, PURCH.RECEIPTS.PERIOD_CODE, PURCH.RECEIPTS.PO_NUMBER, PURCH.RECEIPTS.LINE_NO
-- indirect: AP.INVOICE_LINES.PERIOD_CODE, AP.INVOICE_LINES.PO_NUMBER, AP.INVOICE_LINES.PO_LINE_NO, PURCH.PO_HEADERS.STATUS
-- diagnostics: none
CREATE OR REPLACE PROCEDURE fin.post_month_end_accruals (p_period IN VARCHAR2) IS
  v_account VARCHAR2(20);

  FUNCTION accrual_account (p_category IN VARCHAR2) RETURN VARCHAR2 IS
  BEGIN
    RETURN CASE p_category
             WHEN 'UTILITIES' THEN '2150'
             WHEN 'RENT'      THEN '2160'
             ELSE '2199'
           END;
  END accrual_account;

BEGIN
  FOR po IN (
    SELECT h.po_number,
           h.supplier_id,
           h.cost_center,
           l.line_no,
           l.category,
           l.ordered_amount,
           NVL(r.received_amount, 0) AS received_amount,
           NVL(i.invoiced_amount, 0) AS invoiced_amount
      FROM purch.po_headers h
      JOIN purch.po_lines l
        ON l.po_number = h.po_number
      LEFT JOIN (SELECT rc.po_number, rc.line_no, SUM(rc.amount) AS received_amount
                   FROM purch.receipts rc
                  WHERE rc.period_code <= p_period
                  GROUP BY rc.po_number, rc.line_no) r
        ON r.po_number = l.po_number
       AND r.line_no = l.line_no
      LEFT JOIN (SELECT il.po_number, il.po_line_no, SUM(il.amount) AS invoiced_amount
                   FROM ap.invoice_lines il
                  WHERE il.period_code <= p_period
                  GROUP BY il.po_number, il.po_line_no) i
        ON i.po_number = l.po_number
       AND i.po_line_no = l.line_no
     WHERE h.status = 'OPEN')
  LOOP
    CASE
      WHEN po.received_amount > po.invoiced_amount THEN
        v_account := accrual_account(po.category);
        INSERT INTO fin.accrual_journal
               (period_code, po_number, line_no, supplier_id, cost_center, gl_account, amount, reversal_period)
        VALUES (p_period, po.po_number, po.line_no, po.supplier_id, po.cost_center, v_account,
                po.received_amount - po.invoiced_amount,
                TO_CHAR(ADD_MONTHS(TO_DATE(p_period, 'YYYYMM'), 1), 'YYYYMM'));
      WHEN po.invoiced_amount > po.ordered_amount THEN
        INSERT INTO fin.po_overbilling (po_number, line_no, ordered_amount, invoiced_amount, flagged_at)
        VALUES (po.po_number, po.line_no, po.ordered_amount, po.invoiced_amount, SYSDATE);
      ELSE
        NULL;
    END CASE;
  END LOOP;
  COMMIT;
END post_month_end_accruals;
/

-- case: anon_block_legacy_migration_insert_all_collection_of_records_and_reconciliation
-- sources: LEGACY.CONTACTS@LEGACY_DB, CRM.CONTACTS
-- targets: CRM.CONTACTS, CRM.CONTACT_CHANNELS, MIGRATION.ERRORS, MIGRATION.RECONCILIATION
-- columns: LEGACY.CONTACTS@LEGACY_DB.LEGACY_ID -> CRM.CONTACTS.CONTACT_ID
-- columns: LEGACY.CONTACTS@LEGACY_DB.ACCOUNT_REF -> CRM.CONTACTS.ACCOUNT_ID
-- columns: LEGACY.CONTACTS@LEGACY_DB.FIRST_NM -> CRM.CONTACTS.FULL_NAME, LEGACY.CONTACTS@LEGACY_DB.LAST_NM -> CRM.CONTACTS.FULL_NAME
-- columns: LEGACY.CONTACTS@LEGACY_DB.EMAIL_ADDR -> CRM.CONTACTS.EMAIL
-- columns: LEGACY.CONTACTS@LEGACY_DB.CREATED_ON -> CRM.CONTACTS.CREATED_AT
-- columns: LEGACY.CONTACTS@LEGACY_DB.LEGACY_ID -> CRM.CONTACT_CHANNELS.CONTACT_ID
-- columns: LEGACY.CONTACTS@LEGACY_DB.EMAIL_ADDR -> CRM.CONTACT_CHANNELS.CHANNEL_VALUE
-- columns: LEGACY.CONTACTS@LEGACY_DB.PHONE_NO -> CRM.CONTACT_CHANNELS.CHANNEL_VALUE
-- columns: LEGACY.CONTACTS@LEGACY_DB.LEGACY_ID -> MIGRATION.ERRORS.LEGACY_ID
-- indirect: LEGACY.CONTACTS@LEGACY_DB.MIGRATED_FLAG, CRM.CONTACTS.CREATED_AT, CRM.CONTACTS.CONTACT_ID
-- diagnostics: none
-- one-off migration of legacy contacts, run from SQL*Plus by the DBA
DECLARE
  TYPE t_err IS RECORD (
    legacy_id NUMBER,
    message   VARCHAR2(200)
  );
  TYPE t_errs IS TABLE OF t_err INDEX BY PLS_INTEGER;
  l_errs    t_errs;
  l_src_cnt NUMBER;
  l_tgt_cnt NUMBER;
BEGIN
  INSERT ALL
    INTO crm.contacts (contact_id, account_id, full_name, email, created_at)
      VALUES (legacy_id, account_ref, full_name, email_addr, created_on)
    INTO crm.contact_channels (contact_id, channel, channel_value)
      VALUES (legacy_id, 'EMAIL', email_addr)
    INTO crm.contact_channels (contact_id, channel, channel_value)
      VALUES (legacy_id, 'PHONE', phone_no)
  SELECT lc.legacy_id,
         lc.account_ref,
         lc.first_nm || ' ' || lc.last_nm AS full_name,
         LOWER(lc.email_addr)             AS email_addr,
         lc.phone_no,
         lc.created_on
    FROM legacy.contacts@legacy_db lc
   WHERE lc.migrated_flag = 'N';

  SELECT COUNT(*) INTO l_src_cnt FROM legacy.contacts@legacy_db WHERE migrated_flag = 'N';
  SELECT COUNT(*) INTO l_tgt_cnt FROM crm.contacts c WHERE c.created_at >= TRUNC(SYSDATE);

  FOR r IN (SELECT lc.legacy_id
              FROM legacy.contacts@legacy_db lc
             WHERE lc.migrated_flag = 'N'
               AND NOT EXISTS (SELECT 1 FROM crm.contacts c WHERE c.contact_id = lc.legacy_id))
  LOOP
    l_errs(l_errs.COUNT + 1).legacy_id := r.legacy_id;
    l_errs(l_errs.COUNT).message := 'not migrated';
  END LOOP;

  FOR i IN 1 .. l_errs.COUNT LOOP
    INSERT INTO migration.errors (legacy_id, message, logged_at)
    VALUES (l_errs(i).legacy_id, l_errs(i).message, SYSDATE);
  END LOOP;

  INSERT INTO migration.reconciliation (object_name, source_count, target_count, checked_at)
  VALUES ('CONTACTS', l_src_cnt, l_tgt_cnt, SYSDATE);
  COMMIT;
END;
/

-- case: proc_json_table_ingest_with_nested_path_and_local_autonomous_logger
-- sources: ECOM.RAW_EVENTS
-- targets: ECOM.INGEST_LOG, ECOM.ORDERS, ECOM.ORDER_ITEMS, ECOM.RAW_EVENTS
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDERS.ORDER_ID
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDERS.CUSTOMER_REF
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDERS.ORDER_TS
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDERS.CURRENCY
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDERS.TOTAL_AMOUNT
-- columns: ECOM.RAW_EVENTS.EVENT_ID -> ECOM.ORDERS.SOURCE_EVENT_ID
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDER_ITEMS.ORDER_ID
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDER_ITEMS.LINE_NO
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDER_ITEMS.SKU
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDER_ITEMS.QTY
-- columns: ECOM.RAW_EVENTS.PAYLOAD -> ECOM.ORDER_ITEMS.UNIT_PRICE
-- indirect: ECOM.RAW_EVENTS.BATCH_ID, ECOM.RAW_EVENTS.EVENT_TYPE
-- diagnostics: none
CREATE OR REPLACE PROCEDURE ecom.ingest_order_events (p_batch_id IN NUMBER) IS

  PROCEDURE log_it (p_msg IN VARCHAR2) IS
    PRAGMA AUTONOMOUS_TRANSACTION;
  BEGIN
    INSERT INTO ecom.ingest_log (batch_id, msg, ts) VALUES (p_batch_id, p_msg, SYSTIMESTAMP);
    COMMIT;
  END log_it;

BEGIN
  INSERT INTO ecom.orders (order_id, customer_ref, order_ts, currency, total_amount, source_event_id)
  SELECT jt.order_id,
         jt.customer_ref,
         TO_TIMESTAMP_TZ(jt.order_ts, 'YYYY-MM-DD"T"HH24:MI:SS.FF TZH:TZM'),
         jt.currency,
         jt.total,
         e.event_id
    FROM ecom.raw_events e,
         JSON_TABLE(e.payload, '$'
           COLUMNS (
             order_id     NUMBER        PATH '$.orderId',
             customer_ref VARCHAR2(40)  PATH '$.customer.ref',
             order_ts     VARCHAR2(40)  PATH '$.createdAt',
             currency     VARCHAR2(3)   PATH '$.currency',
             total        NUMBER        PATH '$.totals.gross'
           )) jt
   WHERE e.batch_id = p_batch_id
     AND e.event_type = 'ORDER_CREATED';
  log_it('orders: ' || SQL%ROWCOUNT);

  INSERT INTO ecom.order_items (order_id, line_no, sku, qty, unit_price)
  SELECT jt.order_id, jt.line_no, jt.sku, jt.qty, jt.unit_price
    FROM ecom.raw_events e,
         JSON_TABLE(e.payload, '$'
           COLUMNS (
             order_id NUMBER PATH '$.orderId',
             NESTED PATH '$.items[*]'
               COLUMNS (
                 line_no    NUMBER       PATH '$.lineNo',
                 sku        VARCHAR2(30) PATH '$.sku',
                 qty        NUMBER       PATH '$.quantity',
                 unit_price NUMBER       PATH '$.price'
               )
           )) jt
   WHERE e.batch_id = p_batch_id
     AND e.event_type = 'ORDER_CREATED';
  log_it('items: ' || SQL%ROWCOUNT);

  UPDATE ecom.raw_events
     SET processed = 'Y'
   WHERE batch_id = p_batch_id
     AND event_type = 'ORDER_CREATED';
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    log_it('failed: ' || SQLERRM);
    ROLLBACK;
    RAISE;
END ingest_order_events;
/

-- case: proc_chunked_archive_rowid_collection_forall_insert_select_and_delete
-- sources: OPS.AUDIT_TRAIL
-- targets: OPS.AUDIT_TRAIL_ARCHIVE, OPS.HOUSEKEEPING_LOG
-- effects: delete OPS.AUDIT_TRAIL
-- columns: OPS.AUDIT_TRAIL.EVENT_ID -> OPS.AUDIT_TRAIL_ARCHIVE.EVENT_ID
-- columns: OPS.AUDIT_TRAIL.EVENT_TS -> OPS.AUDIT_TRAIL_ARCHIVE.EVENT_TS
-- columns: OPS.AUDIT_TRAIL.USER_NAME -> OPS.AUDIT_TRAIL_ARCHIVE.USER_NAME
-- columns: OPS.AUDIT_TRAIL.ACTION -> OPS.AUDIT_TRAIL_ARCHIVE.ACTION
-- columns: OPS.AUDIT_TRAIL.OBJECT_NAME -> OPS.AUDIT_TRAIL_ARCHIVE.OBJECT_NAME
-- columns: OPS.AUDIT_TRAIL.DETAILS -> OPS.AUDIT_TRAIL_ARCHIVE.DETAILS
-- indirect:
-- diagnostics: none
CREATE OR REPLACE PROCEDURE ops.archive_audit_trail (
  p_before IN DATE,
  p_chunk  IN PLS_INTEGER := 10000
) IS
  TYPE t_rowids IS TABLE OF ROWID;
  l_rowids t_rowids;
  v_total  NUMBER := 0;
BEGIN
  LOOP
    SELECT a.ROWID
      BULK COLLECT INTO l_rowids
      FROM ops.audit_trail a
     WHERE a.event_ts < p_before
       AND ROWNUM <= p_chunk;

    EXIT WHEN l_rowids.COUNT = 0;

    FORALL i IN 1 .. l_rowids.COUNT
      INSERT INTO ops.audit_trail_archive (event_id, event_ts, user_name, action, object_name, details)
      SELECT a.event_id, a.event_ts, a.user_name, a.action, a.object_name, a.details
        FROM ops.audit_trail a
       WHERE a.ROWID = l_rowids(i);

    FORALL i IN 1 .. l_rowids.COUNT
      DELETE FROM ops.audit_trail
       WHERE ROWID = l_rowids(i);

    v_total := v_total + SQL%ROWCOUNT;
    COMMIT;
  END LOOP;

  INSERT INTO ops.housekeeping_log (task, rows_processed, cutoff, run_at)
  VALUES ('ARCHIVE_AUDIT_TRAIL', v_total, p_before, SYSDATE);
  COMMIT;
END archive_audit_trail;
/

-- case: proc_replenishment_explicit_cursor_rowtype_continue_returning_and_multi_column_set
-- sources: WMS.PICK_FACES, WMS.RESERVE_STOCK, WMS.MOVE_TASKS
-- targets: WMS.STOCKOUT_ALERTS, WMS.MOVE_TASKS, WMS.RESERVE_STOCK
-- columns: WMS.PICK_FACES.SKU -> WMS.STOCKOUT_ALERTS.SKU
-- columns: WMS.PICK_FACES.LOCATION_CODE -> WMS.STOCKOUT_ALERTS.LOCATION_CODE
-- columns: WMS.PICK_FACES.SKU -> WMS.MOVE_TASKS.SKU
-- columns: WMS.RESERVE_STOCK.LOCATION_CODE -> WMS.MOVE_TASKS.FROM_LOCATION
-- columns: WMS.PICK_FACES.LOCATION_CODE -> WMS.MOVE_TASKS.TO_LOCATION
-- columns: WMS.PICK_FACES.MAX_QTY -> WMS.MOVE_TASKS.QTY, WMS.PICK_FACES.CURRENT_QTY -> WMS.MOVE_TASKS.QTY
-- columns: WMS.RESERVE_STOCK.QTY_AVAILABLE -> WMS.MOVE_TASKS.QTY
-- columns: WMS.PICK_FACES.MAX_QTY -> WMS.RESERVE_STOCK.QTY_AVAILABLE, WMS.PICK_FACES.CURRENT_QTY -> WMS.RESERVE_STOCK.QTY_AVAILABLE
-- columns: WMS.RESERVE_STOCK.QTY_AVAILABLE -> WMS.RESERVE_STOCK.QTY_AVAILABLE
-- columns: WMS.MOVE_TASKS.TASK_ID -> WMS.RESERVE_STOCK.LAST_TASK_ID
-- indirect: WMS.PICK_FACES.WAREHOUSE_CODE, WMS.PICK_FACES.MIN_QTY, WMS.RESERVE_STOCK.SKU, WMS.RESERVE_STOCK.WAREHOUSE_CODE
-- diagnostics: none
CREATE OR REPLACE PROCEDURE wms.replenish_pick_faces (p_warehouse IN VARCHAR2) IS
  CURSOR c_faces (cp_wh VARCHAR2) IS
    SELECT f.location_code, f.sku, f.min_qty, f.max_qty, f.current_qty
      FROM wms.pick_faces f
     WHERE f.warehouse_code = cp_wh
       AND f.current_qty < f.min_qty;

  r_face        c_faces%ROWTYPE;
  v_reserve_loc wms.reserve_stock.location_code%TYPE;
  v_available   NUMBER;
  v_move_qty    NUMBER;
  v_task_id     NUMBER;
BEGIN
  OPEN c_faces(p_warehouse);
  LOOP
    FETCH c_faces INTO r_face;
    EXIT WHEN c_faces%NOTFOUND;

    BEGIN
      SELECT location_code, qty_available
        INTO v_reserve_loc, v_available
        FROM (SELECT rs.location_code, rs.qty_available
                FROM wms.reserve_stock rs
               WHERE rs.sku = r_face.sku
                 AND rs.warehouse_code = p_warehouse
                 AND rs.qty_available > 0
               ORDER BY rs.expiry_date, rs.qty_available DESC)
       WHERE ROWNUM = 1;
    EXCEPTION
      WHEN NO_DATA_FOUND THEN
        INSERT INTO wms.stockout_alerts (warehouse_code, sku, location_code, raised_at)
        VALUES (p_warehouse, r_face.sku, r_face.location_code, SYSDATE);
        CONTINUE;
    END;

    v_move_qty := LEAST(r_face.max_qty - r_face.current_qty, v_available);

    INSERT INTO wms.move_tasks (task_id, sku, from_location, to_location, qty, status, created_at)
    VALUES (wms.seq_task.NEXTVAL, r_face.sku, v_reserve_loc, r_face.location_code, v_move_qty, 'OPEN', SYSDATE)
    RETURNING task_id INTO v_task_id;

    UPDATE wms.reserve_stock rs
       SET (rs.qty_available, rs.last_task_id) = (SELECT rs.qty_available - v_move_qty, v_task_id FROM dual)
     WHERE rs.location_code = v_reserve_loc
       AND rs.sku = r_face.sku;
  END LOOP;
  CLOSE c_faces;
  COMMIT;
END replenish_pick_faces;
/

-- case: proc_q_quoted_dynamic_ctas_scratch_self_join_then_insert_and_drop
-- sources: DWH.FACT_RECEIPT_LINES, DWH.DIM_PRODUCT
-- targets: MART.PRODUCT_AFFINITY
-- intermediate: MART.TMP_BASKET_PAIRS
-- effects: delete MART.PRODUCT_AFFINITY
-- columns: DWH.FACT_RECEIPT_LINES.PRODUCT_KEY -> MART.PRODUCT_AFFINITY.PRODUCT_A
-- columns: DWH.FACT_RECEIPT_LINES.PRODUCT_KEY -> MART.PRODUCT_AFFINITY.PRODUCT_B
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.PRODUCT_AFFINITY.PRODUCT_A_NAME
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.PRODUCT_AFFINITY.PRODUCT_B_NAME
-- columns: DWH.FACT_RECEIPT_LINES.RECEIPT_NO -> MART.PRODUCT_AFFINITY.TOGETHER_CNT
-- columns: DWH.FACT_RECEIPT_LINES.RECEIPT_NO -> MART.PRODUCT_AFFINITY.LIFT, DWH.DIM_PRODUCT.RECEIPT_CNT_3M -> MART.PRODUCT_AFFINITY.LIFT
-- indirect: DWH.FACT_RECEIPT_LINES.DATE_KEY, DWH.DIM_PRODUCT.PRODUCT_KEY
-- diagnostics: none
CREATE OR REPLACE PROCEDURE mart.rebuild_product_affinity IS
BEGIN
  BEGIN
    EXECUTE IMMEDIATE 'DROP TABLE mart.tmp_basket_pairs PURGE';
  EXCEPTION
    WHEN OTHERS THEN
      IF SQLCODE != -942 THEN
        RAISE;
      END IF;
  END;

  EXECUTE IMMEDIATE q'[
    CREATE TABLE mart.tmp_basket_pairs NOLOGGING AS
    SELECT a.product_key                 AS product_a,
           b.product_key                 AS product_b,
           COUNT(DISTINCT a.receipt_no)  AS together_cnt
      FROM dwh.fact_receipt_lines a
      JOIN dwh.fact_receipt_lines b
        ON b.receipt_no = a.receipt_no
       AND b.product_key > a.product_key
     WHERE a.date_key >= TO_NUMBER(TO_CHAR(ADD_MONTHS(SYSDATE, -3), 'YYYYMMDD'))
     GROUP BY a.product_key, b.product_key
    HAVING COUNT(DISTINCT a.receipt_no) >= 25]';

  DELETE FROM mart.product_affinity;

  INSERT INTO mart.product_affinity
         (product_a, product_b, product_a_name, product_b_name, together_cnt, lift)
  SELECT t.product_a,
         t.product_b,
         pa.product_name,
         pb.product_name,
         t.together_cnt,
         t.together_cnt / NULLIF(pa.receipt_cnt_3m * pb.receipt_cnt_3m, 0)
    FROM mart.tmp_basket_pairs t
    JOIN dwh.dim_product pa ON pa.product_key = t.product_a
    JOIN dwh.dim_product pb ON pb.product_key = t.product_b;

  EXECUTE IMMEDIATE 'DROP TABLE mart.tmp_basket_pairs PURGE';
  COMMIT;
END rebuild_product_affinity;
/

-- case: proc_dynamic_ctas_work_table_joined_on_grouped_key_then_dropped_within_unit
-- sources: POS.SALES, REF.REGIONS, ETL.JOB_CONTROL
-- targets: RPT.REGION_DAY, ETL.JOB_CONTROL
-- intermediate: RPT.WRK_STORE_DAY
-- columns: REF.REGIONS.REGION_NAME -> RPT.REGION_DAY.REGION_NAME
-- columns: POS.SALES.NET_AMOUNT -> RPT.REGION_DAY.NET_AMOUNT
-- columns: POS.SALES.STORE_ID -> RPT.REGION_DAY.STORES
-- indirect: POS.SALES.SALE_DATE, POS.SALES.REGION_CODE, REF.REGIONS.REGION_CODE, REF.REGIONS.IS_ACTIVE
-- indirect: ETL.JOB_CONTROL.JOB_NAME
-- diagnostics: none
CREATE OR REPLACE PROCEDURE rpt.build_region_snapshot (p_day IN DATE DEFAULT TRUNC(SYSDATE) - 1)
IS
  v_last_day DATE;
BEGIN
  SELECT NVL(MAX(c.last_day), DATE '2000-01-01')
    INTO v_last_day
    FROM etl.job_control c
   WHERE c.job_name = 'REGION_SNAPSHOT';

  IF v_last_day >= p_day THEN
    RETURN;  -- already built
  END IF;

  EXECUTE IMMEDIATE 'CREATE TABLE rpt.wrk_store_day NOLOGGING AS '
                 || 'SELECT s.store_id, s.region_code, SUM(s.net_amount) AS net_amount, COUNT(*) AS receipts '
                 || 'FROM pos.sales s '
                 || 'WHERE s.sale_date = TRUNC(SYSDATE) - 1 '
                 || 'GROUP BY s.store_id, s.region_code';

  INSERT INTO rpt.region_day (region_name, sale_date, net_amount, stores)
  SELECT r.region_name, p_day, SUM(w.net_amount), COUNT(DISTINCT w.store_id)
    FROM rpt.wrk_store_day w
    JOIN ref.regions r
      ON r.region_code = w.region_code
   WHERE r.is_active = 'Y'
   GROUP BY r.region_name;

  EXECUTE IMMEDIATE 'DROP TABLE rpt.wrk_store_day PURGE';

  UPDATE etl.job_control
     SET last_day = p_day,
         updated_at = SYSDATE
   WHERE job_name = 'REGION_SNAPSHOT';
  COMMIT;
EXCEPTION
  WHEN OTHERS THEN
    ROLLBACK;
    BEGIN
      EXECUTE IMMEDIATE 'DROP TABLE rpt.wrk_store_day PURGE';
    EXCEPTION
      WHEN OTHERS THEN NULL;
    END;
    RAISE;
END build_region_snapshot;
/
