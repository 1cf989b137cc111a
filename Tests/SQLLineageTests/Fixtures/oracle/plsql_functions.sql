-- case: function_select_into_and_return
-- sources: HR.DEPARTMENTS
-- indirect: HR.DEPARTMENTS.DEPARTMENT_ID
CREATE OR REPLACE FUNCTION hr.get_department_name (p_department_id IN NUMBER)
  RETURN VARCHAR2
IS
  v_name hr.departments.department_name%TYPE;
BEGIN
  SELECT d.department_name
    INTO v_name
    FROM hr.departments d
   WHERE d.department_id = p_department_id;
  RETURN v_name;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN NULL;
END get_department_name;
/

-- case: function_autonomous_dml_reads_and_writes_same_table
-- sources: ETL.BATCHES
-- targets: ETL.BATCHES
-- columns: ETL.BATCHES.BATCH_ID -> ETL.BATCHES.BATCH_ID
CREATE OR REPLACE FUNCTION etl.next_batch_id (p_source IN VARCHAR2) RETURN NUMBER IS
  PRAGMA AUTONOMOUS_TRANSACTION;
  v_batch_id NUMBER;
BEGIN
  SELECT NVL(MAX(b.batch_id), 0) + 1
    INTO v_batch_id
    FROM etl.batches b;

  INSERT INTO etl.batches (batch_id, source_system, created_at)
  VALUES (v_batch_id, p_source, SYSDATE);
  COMMIT;

  RETURN v_batch_id;
END next_batch_id;
/

-- case: function_pipelined_with_object_types
-- sources: DW.FACT_SALES
-- indirect: DW.FACT_SALES.SALES_YEAR
CREATE OR REPLACE TYPE dw.t_sales_row AS OBJECT (region VARCHAR2(30), amount NUMBER);
/
CREATE OR REPLACE TYPE dw.t_sales_tab AS TABLE OF dw.t_sales_row;
/
CREATE OR REPLACE FUNCTION dw.sales_rows (p_year IN NUMBER)
  RETURN dw.t_sales_tab PIPELINED
IS
BEGIN
  FOR r IN (SELECT s.region, s.amount
              FROM dw.fact_sales s
             WHERE s.sales_year = p_year)
  LOOP
    PIPE ROW (dw.t_sales_row(r.region, r.amount));
  END LOOP;
  RETURN;
END sales_rows;
/

-- case: function_called_in_insert_select_arguments_are_sources
-- sources: FIN.FX_RATES, FIN.PAYMENTS
-- targets: FIN.PAYMENTS_USD
-- columns: FIN.PAYMENTS.PAYMENT_ID -> FIN.PAYMENTS_USD.PAYMENT_ID
-- columns: FIN.PAYMENTS.AMOUNT -> FIN.PAYMENTS_USD.AMOUNT_USD, FIN.PAYMENTS.CURRENCY_CODE -> FIN.PAYMENTS_USD.AMOUNT_USD
-- columns: FIN.PAYMENTS.PAID_ON -> FIN.PAYMENTS_USD.AMOUNT_USD
-- indirect: FIN.FX_RATES.CURRENCY_CODE, FIN.FX_RATES.RATE_DATE
CREATE OR REPLACE FUNCTION fin.to_usd (
  p_amount   IN NUMBER,
  p_currency IN VARCHAR2,
  p_day      IN DATE
) RETURN NUMBER IS
  v_rate NUMBER;
BEGIN
  SELECT r.rate
    INTO v_rate
    FROM fin.fx_rates r
   WHERE r.currency_code = p_currency
     AND r.rate_date = p_day;
  RETURN p_amount * v_rate;
END to_usd;
/
INSERT INTO fin.payments_usd (payment_id, amount_usd)
SELECT p.payment_id, fin.to_usd(p.amount, p.currency_code, p.paid_on)
  FROM fin.payments p;
COMMIT;

-- case: function_returning_ref_cursor
-- sources: CRM.ORDERS, CRM.ORDER_STATUS
-- indirect: CRM.ORDER_STATUS.STATUS_CODE, CRM.ORDERS.STATUS_CODE, CRM.ORDERS.CUSTOMER_ID
CREATE OR REPLACE FUNCTION crm.open_customer_orders (p_customer_id IN NUMBER)
  RETURN SYS_REFCURSOR
IS
  rc SYS_REFCURSOR;
BEGIN
  OPEN rc FOR
    SELECT o.order_id, o.order_date, o.total_amount, s.description
      FROM crm.orders o
      JOIN crm.order_status s ON s.status_code = o.status_code
     WHERE o.customer_id = p_customer_id;
  RETURN rc;
END open_customer_orders;
/

-- case: function_pure_computation_has_no_lineage
CREATE OR REPLACE FUNCTION util.fiscal_quarter (p_day IN DATE) RETURN VARCHAR2 DETERMINISTIC IS
  v_shifted DATE;
BEGIN
  v_shifted := ADD_MONTHS(p_day, 3);
  RETURN 'FY' || TO_CHAR(v_shifted, 'YYYY') || '-Q' || TO_CHAR(v_shifted, 'Q');
END fiscal_quarter;
/

-- case: function_loop_accumulates_then_updates
-- sources: INV.STOCK_ITEMS
-- targets: INV.WAREHOUSES
-- columns: INV.STOCK_ITEMS.QUANTITY -> INV.WAREHOUSES.STOCK_VALUE, INV.STOCK_ITEMS.UNIT_COST -> INV.WAREHOUSES.STOCK_VALUE
-- indirect: INV.STOCK_ITEMS.WAREHOUSE_ID, INV.WAREHOUSES.WAREHOUSE_ID
CREATE OR REPLACE FUNCTION inv.recalc_stock_value (p_warehouse_id IN NUMBER) RETURN NUMBER IS
  v_total NUMBER := 0;
BEGIN
  FOR l IN (SELECT i.quantity, i.unit_cost
              FROM inv.stock_items i
             WHERE i.warehouse_id = p_warehouse_id)
  LOOP
    v_total := v_total + l.quantity * l.unit_cost;
  END LOOP;

  UPDATE inv.warehouses w
     SET w.stock_value = v_total,
         w.valued_at = SYSDATE
   WHERE w.warehouse_id = p_warehouse_id;

  RETURN v_total;
END recalc_stock_value;
/

-- case: function_without_slash_terminator
-- sources: SALES.PRICE_LIST
-- indirect: SALES.PRICE_LIST.PRODUCT_ID, SALES.PRICE_LIST.VALID_FROM, SALES.PRICE_LIST.VALID_TO
CREATE OR REPLACE FUNCTION sales.price_on (p_product_id IN NUMBER, p_day IN DATE) RETURN NUMBER
IS
  v_price NUMBER;
BEGIN
  SELECT pl.unit_price
    INTO v_price
    FROM sales.price_list pl
   WHERE pl.product_id = p_product_id
     AND p_day BETWEEN pl.valid_from AND NVL(pl.valid_to, DATE '9999-12-31');
  RETURN v_price;
END price_on;
