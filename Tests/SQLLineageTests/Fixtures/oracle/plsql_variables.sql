-- case: variables_select_into_then_insert_values
-- sources: FIN.BANK_ACCOUNTS, FIN.OVERDRAFT_LINES
-- targets: FIN.CASH_POSITION
-- columns: FIN.BANK_ACCOUNTS.BALANCE -> FIN.CASH_POSITION.CASH_TOTAL
-- columns: FIN.OVERDRAFT_LINES.USED_AMOUNT -> FIN.CASH_POSITION.OVERDRAFT_TOTAL
-- columns: FIN.BANK_ACCOUNTS.BALANCE -> FIN.CASH_POSITION.NET_POSITION
-- columns: FIN.OVERDRAFT_LINES.USED_AMOUNT -> FIN.CASH_POSITION.NET_POSITION
-- indirect: FIN.BANK_ACCOUNTS.ACCOUNT_TYPE, FIN.OVERDRAFT_LINES.VALID_TO
CREATE OR REPLACE PROCEDURE fin.snapshot_cash_position (p_day IN DATE) IS
  v_cash      NUMBER;
  v_overdraft NUMBER;
BEGIN
  SELECT SUM(a.balance)
    INTO v_cash
    FROM fin.bank_accounts a
   WHERE a.account_type = 'CASH';

  SELECT NVL(SUM(o.used_amount), 0)
    INTO v_overdraft
    FROM fin.overdraft_lines o
   WHERE o.valid_to >= p_day;

  INSERT INTO fin.cash_position (position_day, cash_total, overdraft_total, net_position)
  VALUES (p_day, v_cash, v_overdraft, v_cash - v_overdraft);
  COMMIT;
END snapshot_cash_position;
/

-- case: variables_assignment_chain_carries_lineage
-- sources: INV.PRODUCTS
-- targets: INV.PRICE_LABELS
-- columns: INV.PRODUCTS.PRODUCT_CODE -> INV.PRICE_LABELS.PRODUCT_CODE
-- columns: INV.PRODUCTS.BASE_PRICE -> INV.PRICE_LABELS.GROSS_PRICE
-- columns: INV.PRODUCTS.PRODUCT_CODE -> INV.PRICE_LABELS.LABEL_TEXT
-- columns: INV.PRODUCTS.BASE_PRICE -> INV.PRICE_LABELS.LABEL_TEXT
-- indirect: INV.PRODUCTS.PRODUCT_ID
DECLARE
  v_base  NUMBER;
  v_code  VARCHAR2(20);
  v_taxed NUMBER;
  v_label VARCHAR2(200);
BEGIN
  SELECT p.base_price, p.product_code
    INTO v_base, v_code
    FROM inv.products p
   WHERE p.product_id = 1001;

  v_taxed := v_base * 1.2;
  v_label := v_code || ' @ ' || TO_CHAR(ROUND(v_taxed, 2));

  INSERT INTO inv.price_labels (product_code, gross_price, label_text, printed_at)
  VALUES (v_code, v_taxed, v_label, SYSDATE);
END;
/

-- case: variables_reassigned_variable_carries_union
-- sources: FIN.SALES_INVOICES, FIN.CREDIT_NOTES
-- targets: FIN.REVENUE_TOTALS, FIN.CREDIT_TOTALS
-- columns: FIN.SALES_INVOICES.NET_AMOUNT -> FIN.REVENUE_TOTALS.REVENUE
-- columns: FIN.CREDIT_NOTES.NET_AMOUNT -> FIN.REVENUE_TOTALS.REVENUE
-- columns: FIN.SALES_INVOICES.NET_AMOUNT -> FIN.CREDIT_TOTALS.CREDITED
-- columns: FIN.CREDIT_NOTES.NET_AMOUNT -> FIN.CREDIT_TOTALS.CREDITED
-- indirect: FIN.SALES_INVOICES.PERIOD_CODE, FIN.CREDIT_NOTES.PERIOD_CODE
CREATE OR REPLACE PROCEDURE fin.post_period_totals (p_period IN VARCHAR2) IS
  v_amount NUMBER;
BEGIN
  SELECT SUM(s.net_amount) INTO v_amount
    FROM fin.sales_invoices s
   WHERE s.period_code = p_period;
  INSERT INTO fin.revenue_totals (period_code, revenue) VALUES (p_period, v_amount);

  SELECT SUM(c.net_amount) INTO v_amount
    FROM fin.credit_notes c
   WHERE c.period_code = p_period;
  INSERT INTO fin.credit_totals (period_code, credited) VALUES (p_period, v_amount);
END post_period_totals;
/

-- case: variables_assigned_after_use_inside_loop
-- sources: MKT.QUOTES
-- targets: MKT.DAILY_RETURNS
-- columns: MKT.QUOTES.TRADE_DAY -> MKT.DAILY_RETURNS.TRADE_DAY
-- columns: MKT.QUOTES.CLOSE_PRICE -> MKT.DAILY_RETURNS.PREV_CLOSE
-- columns: MKT.QUOTES.CLOSE_PRICE -> MKT.DAILY_RETURNS.CLOSE_PRICE
-- indirect: MKT.QUOTES.TICKER
DECLARE
  v_prev_close NUMBER;
BEGIN
  FOR d IN (SELECT q.trade_day, q.close_price
              FROM mkt.quotes q
             WHERE q.ticker = 'ORCL'
             ORDER BY q.trade_day)
  LOOP
    INSERT INTO mkt.daily_returns (ticker, trade_day, prev_close, close_price)
    VALUES ('ORCL', d.trade_day, v_prev_close, d.close_price);
    v_prev_close := d.close_price;
  END LOOP;
  COMMIT;
END;
/

-- case: variables_in_insert_select_list
-- sources: FIN.FX_RATES, FIN.INVOICES_USD
-- targets: FIN.INVOICES_EUR
-- columns: FIN.INVOICES_USD.INVOICE_ID -> FIN.INVOICES_EUR.INVOICE_ID
-- columns: FIN.INVOICES_USD.AMOUNT_USD -> FIN.INVOICES_EUR.AMOUNT_EUR, FIN.FX_RATES.RATE -> FIN.INVOICES_EUR.AMOUNT_EUR
-- columns: FIN.FX_RATES.RATE -> FIN.INVOICES_EUR.RATE_USED
-- indirect: FIN.FX_RATES.CURRENCY_CODE, FIN.FX_RATES.RATE_DATE, FIN.INVOICES_USD.INVOICE_DAY
CREATE OR REPLACE PROCEDURE fin.convert_invoices_to_eur (p_day IN DATE) IS
  v_rate fin.fx_rates.rate%TYPE;
BEGIN
  SELECT r.rate
    INTO v_rate
    FROM fin.fx_rates r
   WHERE r.currency_code = 'USD'
     AND r.rate_date = p_day;

  INSERT INTO fin.invoices_eur (invoice_id, amount_eur, rate_used)
  SELECT i.invoice_id, i.amount_usd * v_rate, v_rate
    FROM fin.invoices_usd i
   WHERE i.invoice_day = p_day;
END convert_invoices_to_eur;
/

-- case: variables_literals_sysdate_sequences_and_parameters_are_not_sources
-- targets: ETL.JOBS
CREATE OR REPLACE PROCEDURE etl.register_job (p_job_name IN VARCHAR2, p_owner IN VARCHAR2) IS
  v_status  VARCHAR2(10) := 'NEW';
  v_created DATE := SYSDATE;
  v_id      NUMBER;
BEGIN
  v_id := etl.seq_jobs.NEXTVAL;
  INSERT INTO etl.jobs (job_id, job_name, owner_name, status, created_at, created_by)
  VALUES (v_id, UPPER(p_job_name), p_owner, v_status, v_created, USER);
END register_job;
/

-- case: variables_unqualified_name_resolves_to_variable_without_schema
-- sources: GEO.REGIONS, SALES.HISTORY
-- targets: SALES.REGION_TARGETS
-- columns: GEO.REGIONS.REGION_NAME -> SALES.REGION_TARGETS.REGION_NAME
-- columns: SALES.HISTORY.AMOUNT -> SALES.REGION_TARGETS.TARGET_AMOUNT
-- indirect: GEO.REGIONS.REGION_ID, SALES.HISTORY.SOLD_YEAR
DECLARE
  region_name VARCHAR2(50);
BEGIN
  SELECT r.region_name INTO region_name
    FROM geo.regions r
   WHERE r.region_id = 10;

  INSERT INTO sales.region_targets (region_name, target_amount)
  SELECT region_name, h.amount * 1.1
    FROM sales.history h
   WHERE h.sold_year = 2024;
END;
/

-- case: variables_unqualified_name_resolves_to_column_known_to_schema
-- schema: SALES.HISTORY(REGION_NAME, AMOUNT, SOLD_YEAR)
-- schema: GEO.REGIONS(REGION_ID, REGION_NAME)
-- schema: SALES.REGION_TARGETS(REGION_NAME, TARGET_AMOUNT)
-- sources: GEO.REGIONS, SALES.HISTORY
-- targets: SALES.REGION_TARGETS
-- columns: SALES.HISTORY.REGION_NAME -> SALES.REGION_TARGETS.REGION_NAME
-- columns: SALES.HISTORY.AMOUNT -> SALES.REGION_TARGETS.TARGET_AMOUNT
-- indirect: GEO.REGIONS.REGION_ID, SALES.HISTORY.SOLD_YEAR
DECLARE
  region_name VARCHAR2(50);
BEGIN
  SELECT r.region_name INTO region_name
    FROM geo.regions r
   WHERE r.region_id = 10;

  INSERT INTO sales.region_targets (region_name, target_amount)
  SELECT region_name, h.amount * 1.1
    FROM sales.history h
   WHERE h.sold_year = 2024;
END;
/

-- case: variables_in_update_set
-- sources: CRM.ORDERS
-- targets: CRM.CUSTOMERS
-- columns: CRM.ORDERS.TOTAL_AMOUNT -> CRM.CUSTOMERS.LIFETIME_VALUE
-- columns: CRM.ORDERS.ORDER_DATE -> CRM.CUSTOMERS.LAST_ORDER_DATE
-- indirect: CRM.ORDERS.CUSTOMER_ID, CRM.ORDERS.STATUS, CRM.CUSTOMERS.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE crm.refresh_customer_ltv (p_customer_id IN NUMBER) IS
  v_ltv        NUMBER;
  v_last_order DATE;
BEGIN
  SELECT SUM(o.total_amount), MAX(o.order_date)
    INTO v_ltv, v_last_order
    FROM crm.orders o
   WHERE o.customer_id = p_customer_id
     AND o.status = 'COMPLETE';

  UPDATE crm.customers c
     SET c.lifetime_value = NVL(v_ltv, 0),
         c.last_order_date = v_last_order,
         c.ltv_updated_at = SYSDATE
   WHERE c.customer_id = p_customer_id;
END refresh_customer_ltv;
/

-- case: variables_case_expression_carries_condition_columns
-- sources: CRM.CUSTOMER_STATS
-- targets: CRM.SEGMENT_HISTORY
-- columns: CRM.CUSTOMER_STATS.SPEND_12M -> CRM.SEGMENT_HISTORY.SEGMENT_CODE
-- columns: CRM.CUSTOMER_STATS.TENURE_MONTHS -> CRM.SEGMENT_HISTORY.SEGMENT_CODE
-- indirect: CRM.CUSTOMER_STATS.CUSTOMER_ID
CREATE OR REPLACE PROCEDURE crm.classify_customer (p_customer_id IN NUMBER) IS
  v_spend   NUMBER;
  v_tenure  NUMBER;
  v_segment VARCHAR2(10);
BEGIN
  SELECT s.spend_12m, s.tenure_months
    INTO v_spend, v_tenure
    FROM crm.customer_stats s
   WHERE s.customer_id = p_customer_id;

  v_segment := CASE
                 WHEN v_spend > 10000 THEN 'GOLD'
                 WHEN v_spend > 1000 AND v_tenure > 24 THEN 'SILVER'
                 ELSE 'BRONZE'
               END;

  INSERT INTO crm.segment_history (customer_id, segment_code, assigned_at)
  VALUES (p_customer_id, v_segment, SYSDATE);
END classify_customer;
/

-- case: variables_type_anchors_are_not_sources
-- targets: HR.TRAINING_RECORDS
CREATE OR REPLACE PROCEDURE hr.add_training_record (
  p_employee_id IN hr.employees.employee_id%TYPE,
  p_course_code IN hr.courses.course_code%TYPE
) IS
  v_row hr.training_records%ROWTYPE;
BEGIN
  v_row.employee_id  := p_employee_id;
  v_row.course_code  := p_course_code;
  v_row.completed_on := TRUNC(SYSDATE);

  INSERT INTO hr.training_records (employee_id, course_code, completed_on)
  VALUES (v_row.employee_id, v_row.course_code, v_row.completed_on);
END add_training_record;
/

-- case: variables_select_into_from_join_with_aggregates
-- sources: SALES.RECEIPTS, SALES.RECEIPT_LINES
-- targets: SALES.STORE_DAY_CLOSE
-- columns: SALES.RECEIPT_LINES.QTY -> SALES.STORE_DAY_CLOSE.REVENUE
-- columns: SALES.RECEIPT_LINES.UNIT_PRICE -> SALES.STORE_DAY_CLOSE.REVENUE
-- columns: SALES.RECEIPT_LINES.QTY -> SALES.STORE_DAY_CLOSE.ITEMS_SOLD
-- columns: SALES.RECEIPT_LINES.QTY -> SALES.STORE_DAY_CLOSE.AVG_ITEM_PRICE
-- columns: SALES.RECEIPT_LINES.UNIT_PRICE -> SALES.STORE_DAY_CLOSE.AVG_ITEM_PRICE
-- indirect: SALES.RECEIPT_LINES.RECEIPT_ID, SALES.RECEIPTS.RECEIPT_ID
-- indirect: SALES.RECEIPTS.STORE_ID, SALES.RECEIPTS.RECEIPT_DAY
CREATE OR REPLACE PROCEDURE sales.close_store_day (p_store_id IN NUMBER, p_day IN DATE) IS
  v_revenue NUMBER;
  v_items   NUMBER;
BEGIN
  SELECT SUM(l.qty * l.unit_price), SUM(l.qty)
    INTO v_revenue, v_items
    FROM sales.receipts r
    JOIN sales.receipt_lines l ON l.receipt_id = r.receipt_id
   WHERE r.store_id = p_store_id
     AND r.receipt_day = p_day;

  INSERT INTO sales.store_day_close (store_id, close_day, revenue, items_sold, avg_item_price)
  VALUES (p_store_id, p_day, v_revenue, v_items, v_revenue / NULLIF(v_items, 0));
  COMMIT;
END close_store_day;
/

-- case: variables_used_only_in_where_make_no_pair
-- sources: DW.FACT_SHIPMENTS, STG.SHIPMENT_EVENTS
-- targets: DW.FACT_SHIPMENTS
-- columns: STG.SHIPMENT_EVENTS.EVENT_ID -> DW.FACT_SHIPMENTS.EVENT_ID
-- columns: STG.SHIPMENT_EVENTS.TRACKING_NO -> DW.FACT_SHIPMENTS.TRACKING_NO
-- columns: STG.SHIPMENT_EVENTS.EVENT_CODE -> DW.FACT_SHIPMENTS.STATUS_CODE
DECLARE
  v_last_event_id NUMBER;
BEGIN
  SELECT NVL(MAX(f.event_id), 0)
    INTO v_last_event_id
    FROM dw.fact_shipments f;

  INSERT INTO dw.fact_shipments (event_id, tracking_no, status_code)
  SELECT e.event_id, e.tracking_no, e.event_code
    FROM stg.shipment_events e
   WHERE e.event_id > v_last_event_id;
  COMMIT;
END;
/

-- case: variables_constant_and_default_initialised_from_expression
-- sources: HR.EMPLOYEES
-- targets: HR.BONUS_PAYMENTS
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> HR.BONUS_PAYMENTS.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> HR.BONUS_PAYMENTS.BONUS_AMOUNT
-- columns: HR.EMPLOYEES.SALARY -> HR.BONUS_PAYMENTS.CAPPED_AMOUNT
-- indirect: HR.EMPLOYEES.PERFORMANCE_RATING
CREATE OR REPLACE PROCEDURE hr.pay_bonuses (p_year IN NUMBER) IS
  c_bonus_pct CONSTANT NUMBER := 0.08;
  c_cap       CONSTANT NUMBER := 25000;
  v_bonus     NUMBER;
  v_capped    NUMBER;
BEGIN
  FOR e IN (SELECT x.employee_id, x.salary
              FROM hr.employees x
             WHERE x.performance_rating >= 4)
  LOOP
    v_bonus  := e.salary * c_bonus_pct;
    v_capped := LEAST(v_bonus, c_cap);
    INSERT INTO hr.bonus_payments (employee_id, bonus_year, bonus_amount, capped_amount)
    VALUES (e.employee_id, p_year, v_bonus, v_capped);
  END LOOP;
  COMMIT;
END pay_bonuses;
/
