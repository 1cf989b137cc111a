-- case: cross_apply_latest_order
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: MART.CUSTOMER_LAST_ORDER
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_LAST_ORDER.CUSTOMER_ID
-- columns: STG.ORDERS.ORDER_ID -> MART.CUSTOMER_LAST_ORDER.LAST_ORDER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_LAST_ORDER.LAST_ORDER_AMOUNT
-- diagnostics: none
INSERT INTO mart.customer_last_order (customer_id, last_order_id, last_order_amount)
SELECT c.customer_id, lo.order_id, lo.total_amount
FROM stg.customers c
CROSS APPLY (
  SELECT o.order_id, o.total_amount
  FROM stg.orders o
  WHERE o.customer_id = c.customer_id
  ORDER BY o.order_date DESC
  FETCH FIRST 1 ROW ONLY
) lo;

-- case: outer_apply_keep_dense_rank
-- sources: DWH.DIM_PRODUCT, STG.PRICE_LIST
-- targets: MART.PRODUCT_LATEST_PRICE
-- columns: DWH.DIM_PRODUCT.PRODUCT_ID -> MART.PRODUCT_LATEST_PRICE.PRODUCT_ID
-- columns: STG.PRICE_LIST.PRICE -> MART.PRODUCT_LATEST_PRICE.PRICE, STG.PRICE_LIST.VALID_FROM -> MART.PRODUCT_LATEST_PRICE.PRICE
-- columns: STG.PRICE_LIST.VALID_FROM -> MART.PRODUCT_LATEST_PRICE.VALID_FROM
-- indirect: STG.PRICE_LIST.PRODUCT_ID
INSERT INTO mart.product_latest_price (product_id, price, valid_from)
SELECT p.product_id, lp.price, lp.valid_from
FROM dwh.dim_product p
OUTER APPLY (
  SELECT MAX(pl.price) KEEP (DENSE_RANK LAST ORDER BY pl.valid_from) AS price,
         MAX(pl.valid_from) AS valid_from
  FROM stg.price_list pl
  WHERE pl.product_id = p.product_id
) lp;

-- case: lateral_inline_view_comma
-- sources: HR.DEPARTMENTS, HR.EMPLOYEES
-- targets: MART.DEPT_TOP_EARNER
-- columns: HR.DEPARTMENTS.DEPARTMENT_ID -> MART.DEPT_TOP_EARNER.DEPARTMENT_ID
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.DEPT_TOP_EARNER.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.SALARY -> MART.DEPT_TOP_EARNER.SALARY
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID
INSERT INTO mart.dept_top_earner (department_id, employee_id, salary)
SELECT d.department_id, t.employee_id, t.salary
FROM hr.departments d,
     LATERAL (SELECT e.employee_id, e.salary
                FROM hr.employees e
               WHERE e.department_id = d.department_id
               ORDER BY e.salary DESC
               FETCH FIRST 1 ROWS ONLY) t;

-- case: cross_join_lateral_aggregate
-- sources: STG.ORDERS, STG.ORDER_LINES
-- targets: DWH.ORDER_LINE_TOTALS
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_LINE_TOTALS.ORDER_ID
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.ORDER_LINE_TOTALS.LINE_TOTAL, STG.ORDER_LINES.UNIT_PRICE -> DWH.ORDER_LINE_TOTALS.LINE_TOTAL
-- indirect: STG.ORDER_LINES.ORDER_ID
INSERT INTO dwh.order_line_totals (order_id, line_count, line_total)
SELECT o.order_id, x.cnt, x.total
FROM stg.orders o
CROSS JOIN LATERAL (
  SELECT COUNT(*) AS cnt, SUM(l.quantity * l.unit_price) AS total
  FROM stg.order_lines l
  WHERE l.order_id = o.order_id
) x;

-- case: select_only_cross_apply
-- sources: HR.DEPARTMENTS, HR.EMPLOYEES
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID
SELECT d.department_name, e.last_name
FROM hr.departments d
CROSS APPLY (SELECT last_name
               FROM hr.employees
              WHERE employees.department_id = d.department_id) e;

-- case: outer_apply_in_ctas
-- sources: STG.SUPPLIERS, STG.PURCHASE_ORDERS
-- targets: MART.SUPPLIER_STATS
-- columns: STG.SUPPLIERS.SUPPLIER_ID -> MART.SUPPLIER_STATS.SUPPLIER_ID
-- columns: STG.SUPPLIERS.SUPPLIER_NAME -> MART.SUPPLIER_STATS.SUPPLIER_NAME
-- columns: STG.PURCHASE_ORDERS.PO_ID -> MART.SUPPLIER_STATS.OPEN_PO_COUNT
-- columns: STG.PURCHASE_ORDERS.PO_VALUE -> MART.SUPPLIER_STATS.OPEN_PO_VALUE
-- indirect: STG.PURCHASE_ORDERS.SUPPLIER_ID, STG.PURCHASE_ORDERS.STATUS
CREATE TABLE mart.supplier_stats AS
SELECT s.supplier_id, s.supplier_name, st.open_po_count, st.open_po_value
FROM stg.suppliers s
OUTER APPLY (
  SELECT COUNT(po.po_id) AS open_po_count, SUM(po.po_value) AS open_po_value
  FROM stg.purchase_orders po
  WHERE po.supplier_id = s.supplier_id
    AND po.status = 'OPEN'
) st;
