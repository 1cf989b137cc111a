-- case: cursors_explicit_open_fetch_into_scalars_close
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: HR.MANAGER_DIRECTORY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.MANAGER_DIRECTORY.MANAGER_ID
-- columns: HR.EMPLOYEES.FIRST_NAME -> HR.MANAGER_DIRECTORY.MANAGER_NAME
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.MANAGER_DIRECTORY.MANAGER_NAME
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR.MANAGER_DIRECTORY.DEPARTMENT_NAME
-- indirect: HR.DEPARTMENTS.MANAGER_ID
CREATE OR REPLACE PROCEDURE hr.sync_manager_directory IS
  CURSOR c_mgr IS
    SELECT e.employee_id, e.first_name || ' ' || e.last_name, d.department_name
      FROM hr.employees e
      JOIN hr.departments d ON d.manager_id = e.employee_id;
  v_id   NUMBER;
  v_name VARCHAR2(200);
  v_dept VARCHAR2(100);
BEGIN
  DBMS_OUTPUT.PUT_LINE('syncing manager directory');
  OPEN c_mgr;
  LOOP
    FETCH c_mgr INTO v_id, v_name, v_dept;
    EXIT WHEN c_mgr%NOTFOUND;
    INSERT INTO hr.manager_directory (manager_id, manager_name, department_name, refreshed_at)
    VALUES (v_id, v_name, v_dept, SYSDATE);
  END LOOP;
  CLOSE c_mgr;
  COMMIT;
END sync_manager_directory;
/

-- case: cursors_named_cursor_for_loop_with_aliases
-- sources: SALES.INVOICES
-- targets: SALES.COMMISSIONS
-- columns: SALES.INVOICES.REP_ID -> SALES.COMMISSIONS.REP_ID
-- columns: SALES.INVOICES.NET_AMOUNT -> SALES.COMMISSIONS.SALES_TOTAL
-- columns: SALES.INVOICES.NET_AMOUNT -> SALES.COMMISSIONS.COMMISSION_AMT
-- indirect: SALES.INVOICES.INVOICE_DAY
CREATE OR REPLACE PROCEDURE sales.load_commissions (p_month IN DATE) IS
  CURSOR c_sales IS
    SELECT s.rep_id,
           SUM(s.net_amount)        AS month_sales,
           SUM(s.net_amount) * 0.05 AS commission
      FROM sales.invoices s
     WHERE s.invoice_day >= TRUNC(p_month, 'MM')
       AND s.invoice_day < ADD_MONTHS(TRUNC(p_month, 'MM'), 1)
     GROUP BY s.rep_id;
BEGIN
  FOR r IN c_sales LOOP
    INSERT INTO sales.commissions (rep_id, period_start, sales_total, commission_amt)
    VALUES (r.rep_id, TRUNC(p_month, 'MM'), r.month_sales, r.commission);
  END LOOP;
  COMMIT;
END load_commissions;
/

-- case: cursors_inline_select_for_loop_with_join
-- sources: SALES.ORDERS, CRM.CUSTOMERS
-- targets: MKT.EMAIL_QUEUE
-- columns: SALES.ORDERS.ORDER_ID -> MKT.EMAIL_QUEUE.ORDER_ID
-- columns: CRM.CUSTOMERS.EMAIL -> MKT.EMAIL_QUEUE.RECIPIENT
-- indirect: CRM.CUSTOMERS.CUSTOMER_ID, SALES.ORDERS.CUSTOMER_ID, SALES.ORDERS.SHIPPED_AT, CRM.CUSTOMERS.OPT_IN
BEGIN
  FOR x IN (SELECT o.order_id, c.email
              FROM sales.orders o
              JOIN crm.customers c ON c.customer_id = o.customer_id
             WHERE o.shipped_at >= TRUNC(SYSDATE) - 1
               AND c.opt_in = 'Y')
  LOOP
    INSERT INTO mkt.email_queue (order_id, recipient, template_code, queued_at)
    VALUES (x.order_id, x.email, 'SHIPPED', SYSTIMESTAMP);
  END LOOP;
  COMMIT;
END;
/

-- case: cursors_parameterised_cursor
-- sources: INV.STOCK
-- targets: INV.PURCHASE_REQUESTS
-- columns: INV.STOCK.PRODUCT_ID -> INV.PURCHASE_REQUESTS.PRODUCT_ID
-- columns: INV.STOCK.REORDER_QTY -> INV.PURCHASE_REQUESTS.REQUESTED_QTY
-- columns: INV.STOCK.QTY_ON_HAND -> INV.PURCHASE_REQUESTS.REQUESTED_QTY
-- indirect: INV.STOCK.WAREHOUSE_ID
CREATE OR REPLACE PROCEDURE inv.reorder_check (p_warehouse_id IN NUMBER) IS
  CURSOR c_low (cp_warehouse_id NUMBER, cp_threshold NUMBER) IS
    SELECT s.product_id, s.qty_on_hand, s.reorder_qty
      FROM inv.stock s
     WHERE s.warehouse_id = cp_warehouse_id
       AND s.qty_on_hand < cp_threshold;
BEGIN
  FOR r IN c_low(p_warehouse_id, 10) LOOP
    INSERT INTO inv.purchase_requests (warehouse_id, product_id, requested_qty, requested_at)
    VALUES (p_warehouse_id, r.product_id, r.reorder_qty - r.qty_on_hand, SYSDATE);
  END LOOP;
  COMMIT;
END reorder_check;
/

-- case: cursors_fetch_into_cursor_rowtype_record
-- sources: SUPPORT.TICKETS
-- targets: SUPPORT.TICKET_SLA
-- columns: SUPPORT.TICKETS.TICKET_ID -> SUPPORT.TICKET_SLA.TICKET_ID
-- columns: SUPPORT.TICKETS.CUSTOMER_ID -> SUPPORT.TICKET_SLA.CUSTOMER_ID
-- columns: SUPPORT.TICKETS.CLOSED_AT -> SUPPORT.TICKET_SLA.HOURS_TO_CLOSE
-- columns: SUPPORT.TICKETS.OPENED_AT -> SUPPORT.TICKET_SLA.HOURS_TO_CLOSE
-- columns: SUPPORT.TICKETS.PRIORITY -> SUPPORT.TICKET_SLA.PRIORITY
DECLARE
  CURSOR c_tickets IS
    SELECT t.ticket_id, t.customer_id, t.opened_at, t.closed_at, t.priority
      FROM support.tickets t
     WHERE t.closed_at >= TRUNC(SYSDATE) - 1;
  l_t c_tickets%ROWTYPE;
BEGIN
  OPEN c_tickets;
  LOOP
    FETCH c_tickets INTO l_t;
    EXIT WHEN c_tickets%NOTFOUND;
    INSERT INTO support.ticket_sla (ticket_id, customer_id, hours_to_close, priority)
    VALUES (l_t.ticket_id, l_t.customer_id, (l_t.closed_at - l_t.opened_at) * 24, l_t.priority);
  END LOOP;
  CLOSE c_tickets;
  COMMIT;
END;
/

-- case: cursors_fetch_bulk_collect_into_scalar_collections_limit
-- sources: STG.PAGE_VIEWS
-- targets: DW.FACT_PAGE_VIEWS
-- columns: STG.PAGE_VIEWS.VIEW_ID -> DW.FACT_PAGE_VIEWS.VIEW_ID
-- columns: STG.PAGE_VIEWS.VISITOR_ID -> DW.FACT_PAGE_VIEWS.VISITOR_ID
-- columns: STG.PAGE_VIEWS.PAGE_PATH -> DW.FACT_PAGE_VIEWS.PAGE_PATH
-- columns: STG.PAGE_VIEWS.VIEWED_AT -> DW.FACT_PAGE_VIEWS.VIEW_DAY
CREATE OR REPLACE PROCEDURE dw.load_page_views IS
  CURSOR c_src IS
    SELECT v.view_id, v.visitor_id, v.page_path, v.viewed_at
      FROM stg.page_views v;
  TYPE t_num_tab  IS TABLE OF NUMBER INDEX BY PLS_INTEGER;
  TYPE t_str_tab  IS TABLE OF VARCHAR2(400) INDEX BY PLS_INTEGER;
  TYPE t_date_tab IS TABLE OF DATE INDEX BY PLS_INTEGER;
  l_ids      t_num_tab;
  l_visitors t_num_tab;
  l_paths    t_str_tab;
  l_times    t_date_tab;
  v_total    PLS_INTEGER := 0;
BEGIN
  OPEN c_src;
  LOOP
    FETCH c_src BULK COLLECT INTO l_ids, l_visitors, l_paths, l_times LIMIT 10000;
    EXIT WHEN l_ids.COUNT = 0;
    FORALL i IN INDICES OF l_ids
      INSERT INTO dw.fact_page_views (view_id, visitor_id, page_path, view_day)
      VALUES (l_ids(i), l_visitors(i), l_paths(i), TRUNC(l_times(i)));
    v_total := v_total + l_ids.COUNT;
    COMMIT;
  END LOOP;
  CLOSE c_src;
  DBMS_OUTPUT.PUT_LINE('loaded ' || v_total || ' page views');
END load_page_views;
/

-- case: cursors_nested_loops_inner_cursor_parameter_from_outer_record
-- sources: HR.DEPARTMENTS, HR.EMPLOYEES
-- targets: HR.ORG_CHART
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> HR.ORG_CHART.DEPARTMENT_NAME
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.ORG_CHART.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> HR.ORG_CHART.EMPLOYEE_NAME
-- columns: HR.EMPLOYEES.JOB_ID -> HR.ORG_CHART.JOB_ID
-- effects: delete HR.ORG_CHART
CREATE OR REPLACE PROCEDURE hr.build_org_chart IS
  CURSOR c_dept IS
    SELECT d.department_id, d.department_name
      FROM hr.departments d;
  CURSOR c_emp (cp_dept_id NUMBER) IS
    SELECT e.employee_id, e.last_name, e.job_id
      FROM hr.employees e
     WHERE e.department_id = cp_dept_id;
BEGIN
  DELETE FROM hr.org_chart;
  FOR d IN c_dept LOOP
    FOR e IN c_emp(d.department_id) LOOP
      INSERT INTO hr.org_chart (department_name, employee_id, employee_name, job_id)
      VALUES (d.department_name, e.employee_id, e.last_name, e.job_id);
    END LOOP;
  END LOOP;
  COMMIT;
END build_org_chart;
/

-- case: cursors_for_update_where_current_of
-- sources: APP.NOTIFICATIONS
-- targets: APP.OUTBOX, APP.NOTIFICATIONS
-- columns: APP.NOTIFICATIONS.NOTIFICATION_ID -> APP.OUTBOX.MESSAGE_ID
-- columns: APP.NOTIFICATIONS.RECIPIENT -> APP.OUTBOX.ADDRESS
-- columns: APP.NOTIFICATIONS.PAYLOAD -> APP.OUTBOX.BODY
-- indirect: APP.NOTIFICATIONS.STATUS
CREATE OR REPLACE PROCEDURE app.dispatch_notifications IS
  CURSOR c_pending IS
    SELECT n.notification_id, n.recipient, n.payload
      FROM app.notifications n
     WHERE n.status = 'PENDING'
       FOR UPDATE OF n.status SKIP LOCKED;
BEGIN
  FOR r IN c_pending LOOP
    INSERT INTO app.outbox (message_id, address, body, enqueued_at)
    VALUES (r.notification_id, r.recipient, r.payload, SYSTIMESTAMP);

    UPDATE app.notifications
       SET status = 'SENT',
           sent_at = SYSTIMESTAMP
     WHERE CURRENT OF c_pending;
  END LOOP;
  COMMIT;
END dispatch_notifications;
/

-- case: cursors_ref_cursor_open_for_fetch_into_merge
-- sources: WMS.INBOUND_LINES
-- targets: WMS.STOCK_LEVELS
-- columns: WMS.INBOUND_LINES.SKU -> WMS.STOCK_LEVELS.SKU
-- columns: WMS.INBOUND_LINES.QTY -> WMS.STOCK_LEVELS.ON_HAND
-- indirect: WMS.INBOUND_LINES.RECEIVED_DAY, WMS.STOCK_LEVELS.SKU
DECLARE
  rc    SYS_REFCURSOR;
  v_sku VARCHAR2(30);
  v_qty NUMBER;
BEGIN
  OPEN rc FOR
    SELECT i.sku, SUM(i.qty)
      FROM wms.inbound_lines i
     WHERE i.received_day = TRUNC(SYSDATE)
     GROUP BY i.sku;
  LOOP
    FETCH rc INTO v_sku, v_qty;
    EXIT WHEN rc%NOTFOUND;
    MERGE INTO wms.stock_levels s
    USING (SELECT v_sku AS sku, v_qty AS qty FROM dual) x
       ON (s.sku = x.sku)
     WHEN MATCHED THEN
       UPDATE SET s.on_hand = s.on_hand + x.qty
     WHEN NOT MATCHED THEN
       INSERT (sku, on_hand) VALUES (x.sku, x.qty);
  END LOOP;
  CLOSE rc;
  COMMIT;
END;
/

-- case: cursors_cursor_over_union_all
-- sources: FIN.INVOICES, FIN.DEBIT_MEMOS
-- targets: FIN.RECEIVABLES_SNAPSHOT
-- columns: FIN.INVOICES.INVOICE_NO -> FIN.RECEIVABLES_SNAPSHOT.DOC_NO
-- columns: FIN.DEBIT_MEMOS.MEMO_NO -> FIN.RECEIVABLES_SNAPSHOT.DOC_NO
-- columns: FIN.INVOICES.OPEN_AMOUNT -> FIN.RECEIVABLES_SNAPSHOT.AMOUNT
-- columns: FIN.DEBIT_MEMOS.REMAINING -> FIN.RECEIVABLES_SNAPSHOT.AMOUNT
-- effects: truncate FIN.RECEIVABLES_SNAPSHOT
CREATE OR REPLACE PROCEDURE fin.load_all_receivables IS
  CURSOR c_recv IS
    SELECT i.invoice_no AS doc_no, i.open_amount AS amount, 'INV' AS doc_type
      FROM fin.invoices i
     WHERE i.open_amount > 0
    UNION ALL
    SELECT m.memo_no, -m.remaining, 'MEMO'
      FROM fin.debit_memos m
     WHERE m.remaining > 0;
BEGIN
  EXECUTE IMMEDIATE 'TRUNCATE TABLE fin.receivables_snapshot';
  FOR r IN c_recv LOOP
    INSERT INTO fin.receivables_snapshot (doc_no, doc_type, amount, snapshot_at)
    VALUES (r.doc_no, r.doc_type, r.amount, SYSDATE);
  END LOOP;
  COMMIT;
END load_all_receivables;
/

-- case: cursors_implicit_cursor_attributes_are_not_lineage
-- targets: OPS.JOBS, OPS.JOB_AUDIT
-- indirect: OPS.JOBS.STATE, OPS.JOBS.HEARTBEAT_AT
DECLARE
  v_marked PLS_INTEGER;
BEGIN
  UPDATE ops.jobs
     SET state = 'STALE'
   WHERE state = 'RUNNING'
     AND heartbeat_at < SYSDATE - 1/24;
  v_marked := SQL%ROWCOUNT;

  IF v_marked > 0 THEN
    INSERT INTO ops.job_audit (event_code, affected_rows, logged_at)
    VALUES ('MARK_STALE', v_marked, SYSDATE);
  END IF;
  COMMIT;
END;
/
