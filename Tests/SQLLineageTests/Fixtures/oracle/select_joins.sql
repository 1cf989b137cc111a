-- case: inner_join_insert
-- sources: STG.ORDERS, STG.ORDER_LINES
-- targets: DWH.FACT_ORDER_LINES
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDER_LINES.ORDER_ID
-- columns: STG.ORDER_LINES.LINE_NO -> DWH.FACT_ORDER_LINES.LINE_NO
-- columns: STG.ORDERS.CUSTOMER_ID -> DWH.FACT_ORDER_LINES.CUSTOMER_ID
-- columns: STG.ORDER_LINES.PRODUCT_ID -> DWH.FACT_ORDER_LINES.PRODUCT_ID
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.FACT_ORDER_LINES.QUANTITY
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.FACT_ORDER_LINES.NET_AMOUNT, STG.ORDER_LINES.UNIT_PRICE -> DWH.FACT_ORDER_LINES.NET_AMOUNT, STG.ORDER_LINES.DISCOUNT -> DWH.FACT_ORDER_LINES.NET_AMOUNT
-- indirect: STG.ORDER_LINES.ORDER_ID, STG.ORDERS.STATUS
-- diagnostics: none
INSERT INTO dwh.fact_order_lines (order_id, line_no, customer_id, product_id, quantity, net_amount)
SELECT o.order_id, l.line_no, o.customer_id, l.product_id, l.quantity,
       l.quantity * l.unit_price * (1 - l.discount)
FROM stg.orders o
INNER JOIN stg.order_lines l ON l.order_id = o.order_id
WHERE o.status <> 'CANCELLED';

-- case: left_outer_join_group_by
-- sources: STG.CUSTOMERS, STG.ORDERS
-- targets: MART.CUSTOMER_ORDER_SUMMARY
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> MART.CUSTOMER_ORDER_SUMMARY.CUSTOMER_ID
-- columns: STG.CUSTOMERS.FIRST_NAME -> MART.CUSTOMER_ORDER_SUMMARY.CUSTOMER_NAME, STG.CUSTOMERS.LAST_NAME -> MART.CUSTOMER_ORDER_SUMMARY.CUSTOMER_NAME
-- columns: STG.ORDERS.ORDER_ID -> MART.CUSTOMER_ORDER_SUMMARY.ORDER_COUNT
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.CUSTOMER_ORDER_SUMMARY.TOTAL_SPENT
-- indirect: STG.ORDERS.CUSTOMER_ID, STG.ORDERS.STATUS
INSERT INTO mart.customer_order_summary (customer_id, customer_name, order_count, total_spent)
SELECT c.customer_id,
       c.first_name || ' ' || c.last_name,
       COUNT(o.order_id),
       NVL(SUM(o.total_amount), 0)
FROM stg.customers c
LEFT OUTER JOIN stg.orders o
  ON o.customer_id = c.customer_id
 AND o.status = 'COMPLETE'
GROUP BY c.customer_id, c.first_name, c.last_name;

-- case: right_join
-- sources: STG.ORDER_LINES, DWH.DIM_PRODUCT
-- targets: DWH.PRODUCT_SALES_CHECK
-- columns: DWH.DIM_PRODUCT.PRODUCT_ID -> DWH.PRODUCT_SALES_CHECK.PRODUCT_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> DWH.PRODUCT_SALES_CHECK.PRODUCT_NAME
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.PRODUCT_SALES_CHECK.SOLD_QTY
-- indirect: STG.ORDER_LINES.PRODUCT_ID
INSERT INTO dwh.product_sales_check (product_id, product_name, sold_qty)
SELECT p.product_id, p.product_name, SUM(l.quantity)
FROM stg.order_lines l
RIGHT JOIN dwh.dim_product p ON p.product_id = l.product_id
GROUP BY p.product_id, p.product_name;

-- case: full_outer_join_coalesce
-- sources: DWH.GL_BALANCES, STG.BANK_STATEMENTS
-- targets: DWH.ACCOUNT_RECONCILIATION
-- columns: DWH.GL_BALANCES.ACCOUNT_ID -> DWH.ACCOUNT_RECONCILIATION.ACCOUNT_ID, STG.BANK_STATEMENTS.ACCOUNT_ID -> DWH.ACCOUNT_RECONCILIATION.ACCOUNT_ID
-- columns: DWH.GL_BALANCES.BALANCE -> DWH.ACCOUNT_RECONCILIATION.LEDGER_BALANCE
-- columns: STG.BANK_STATEMENTS.BALANCE -> DWH.ACCOUNT_RECONCILIATION.BANK_BALANCE
-- columns: DWH.GL_BALANCES.BALANCE -> DWH.ACCOUNT_RECONCILIATION.DIFFERENCE, STG.BANK_STATEMENTS.BALANCE -> DWH.ACCOUNT_RECONCILIATION.DIFFERENCE
-- indirect: STG.BANK_STATEMENTS.STATEMENT_DATE, DWH.GL_BALANCES.BALANCE_DATE
INSERT INTO dwh.account_reconciliation (account_id, ledger_balance, bank_balance, difference)
SELECT COALESCE(g.account_id, b.account_id),
       g.balance,
       b.balance,
       NVL(g.balance, 0) - NVL(b.balance, 0)
FROM dwh.gl_balances g
FULL OUTER JOIN stg.bank_statements b
  ON b.account_id = g.account_id
 AND b.statement_date = g.balance_date;

-- case: cross_join
-- sources: DWH.DIM_STORE, DWH.DIM_DATE
-- targets: MART.STORE_DAY_GRID
-- columns: DWH.DIM_STORE.STORE_ID -> MART.STORE_DAY_GRID.STORE_ID
-- columns: DWH.DIM_DATE.CALENDAR_DATE -> MART.STORE_DAY_GRID.CALENDAR_DATE
-- indirect: DWH.DIM_STORE.IS_ACTIVE
INSERT INTO mart.store_day_grid (store_id, calendar_date)
SELECT s.store_id, d.calendar_date
FROM dwh.dim_store s
CROSS JOIN dwh.dim_date d
WHERE d.calendar_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31'
  AND s.is_active = 'Y';

-- case: oracle_plus_outer_join_three_tables
-- sources: STG.ORDERS, STG.CUSTOMERS, DWH.REGIONS
-- targets: DWH.ORDER_ENRICHED
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_ENRICHED.ORDER_ID
-- columns: STG.CUSTOMERS.CUST_NAME -> DWH.ORDER_ENRICHED.CUSTOMER_NAME
-- columns: DWH.REGIONS.REGION_NAME -> DWH.ORDER_ENRICHED.REGION_NAME
-- indirect: STG.ORDERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_ID, STG.CUSTOMERS.REGION_ID, DWH.REGIONS.REGION_ID, STG.ORDERS.ORDER_DATE
-- diagnostics: none
INSERT INTO dwh.order_enriched (order_id, customer_name, region_name)
SELECT o.order_id, c.cust_name, r.region_name
FROM stg.orders o, stg.customers c, dwh.regions r
WHERE o.customer_id = c.customer_id(+)
  AND c.region_id = r.region_id(+)
  AND o.order_date >= TRUNC(SYSDATE) - 7;

-- case: oracle_plus_join_with_constant_filter
-- sources: SCOTT.EMP, SCOTT.DEPT
-- targets: MART.EMP_DEPT
-- columns: SCOTT.EMP.ENAME -> MART.EMP_DEPT.EMP_NAME
-- columns: SCOTT.DEPT.DNAME -> MART.EMP_DEPT.DEPT_NAME
-- indirect: SCOTT.EMP.DEPTNO, SCOTT.DEPT.DEPTNO, SCOTT.DEPT.LOC
INSERT INTO mart.emp_dept (emp_name, dept_name)
SELECT e.ename, d.dname
FROM scott.emp e, scott.dept d
WHERE e.deptno = d.deptno (+)
  AND d.loc (+) = 'DALLAS';

-- case: natural_join_with_schema
-- schema: HR.EMPLOYEES(EMPLOYEE_ID, FIRST_NAME, LAST_NAME, DEPARTMENT_ID, SALARY)
-- schema: HR.DEPARTMENTS(DEPARTMENT_ID, DEPARTMENT_NAME, LOCATION_ID)
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: MART.EMP_DEPT_NAMES
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.EMP_DEPT_NAMES.EMPLOYEE_ID
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> MART.EMP_DEPT_NAMES.DEPARTMENT_NAME
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID
INSERT INTO mart.emp_dept_names (employee_id, department_name)
SELECT employee_id, department_name
FROM hr.employees NATURAL JOIN hr.departments;

-- case: join_using
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: MART.DEPT_HEADCOUNT
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> MART.DEPT_HEADCOUNT.DEPARTMENT_NAME
-- columns: HR.EMPLOYEES.SALARY -> MART.DEPT_HEADCOUNT.AVG_SALARY
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID
INSERT INTO mart.dept_headcount (department_name, headcount, avg_salary)
SELECT d.department_name, COUNT(*), ROUND(AVG(e.salary), 2)
FROM hr.employees e
JOIN hr.departments d USING (department_id)
GROUP BY d.department_name;

-- case: unqualified_columns_resolved_by_schema
-- schema: STG.ORDERS(ORDER_ID, CUSTOMER_ID, ORDER_DATE, STATUS)
-- schema: STG.CUSTOMERS(CUSTOMER_ID, CUSTOMER_NAME, SEGMENT)
-- schema: STG.PAYMENTS(PAYMENT_ID, ORDER_ID, PAID_AMOUNT, PAID_AT)
-- sources: STG.ORDERS, STG.CUSTOMERS, STG.PAYMENTS
-- targets: DWH.ORDER_PAYMENTS
-- columns: STG.ORDERS.ORDER_ID -> DWH.ORDER_PAYMENTS.ORDER_ID
-- columns: STG.CUSTOMERS.CUSTOMER_NAME -> DWH.ORDER_PAYMENTS.CUSTOMER_NAME
-- columns: STG.CUSTOMERS.SEGMENT -> DWH.ORDER_PAYMENTS.SEGMENT
-- columns: STG.PAYMENTS.PAID_AMOUNT -> DWH.ORDER_PAYMENTS.PAID_AMOUNT
-- columns: STG.PAYMENTS.PAID_AT -> DWH.ORDER_PAYMENTS.PAID_AT
-- indirect: STG.CUSTOMERS.CUSTOMER_ID, STG.ORDERS.CUSTOMER_ID, STG.PAYMENTS.ORDER_ID, STG.ORDERS.STATUS
INSERT INTO dwh.order_payments (order_id, customer_name, segment, paid_amount, paid_at)
SELECT o.order_id, customer_name, segment, paid_amount, paid_at
FROM stg.orders o
JOIN stg.customers c ON c.customer_id = o.customer_id
LEFT JOIN stg.payments p ON p.order_id = o.order_id
WHERE status = 'SHIPPED';

-- case: self_join_manager
-- sources: HR.EMPLOYEES
-- targets: DWH.EMP_MANAGER
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> DWH.EMP_MANAGER.EMP_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> DWH.EMP_MANAGER.EMP_NAME
-- columns: HR.EMPLOYEES.LAST_NAME -> DWH.EMP_MANAGER.MANAGER_NAME
-- indirect: HR.EMPLOYEES.MANAGER_ID
INSERT INTO dwh.emp_manager (emp_id, emp_name, manager_name)
SELECT e.employee_id, e.last_name, m.last_name
FROM hr.employees e
LEFT JOIN hr.employees m ON m.employee_id = e.manager_id;

-- case: select_only_join
-- sources: STG.CUSTOMERS, STG.ORDERS
-- indirect: STG.ORDERS.CUSTOMER_ID, STG.CUSTOMERS.CUSTOMER_ID, STG.ORDERS.ORDER_DATE
SELECT c.email, o.order_id
FROM stg.customers c
JOIN stg.orders o ON o.customer_id = c.customer_id
WHERE o.order_date > SYSDATE - 1
ORDER BY o.order_id;

-- case: comma_join_star_schema
-- sources: DWH.FACT_SALES, DWH.DIM_STORE, DWH.DIM_REGION, DWH.DIM_DATE
-- targets: MART.SALES_BY_REGION
-- columns: DWH.DIM_REGION.REGION_NAME -> MART.SALES_BY_REGION.REGION_NAME
-- columns: DWH.DIM_DATE.YEAR_NUM -> MART.SALES_BY_REGION.YEAR_NUM
-- columns: DWH.FACT_SALES.AMOUNT -> MART.SALES_BY_REGION.SALES_AMOUNT
-- indirect: DWH.FACT_SALES.STORE_KEY, DWH.DIM_STORE.STORE_KEY, DWH.DIM_STORE.REGION_KEY, DWH.DIM_REGION.REGION_KEY, DWH.FACT_SALES.DATE_KEY, DWH.DIM_DATE.DATE_KEY
INSERT INTO mart.sales_by_region (region_name, year_num, sales_amount)
SELECT r.region_name, d.year_num, SUM(f.amount)
FROM dwh.fact_sales f, dwh.dim_store s, dwh.dim_region r, dwh.dim_date d
WHERE f.store_key = s.store_key
  AND s.region_key = r.region_key
  AND f.date_key = d.date_key
GROUP BY r.region_name, d.year_num;

-- case: scd2_range_join
-- sources: STG.ORDERS, DWH.DIM_CUSTOMER
-- targets: DWH.FACT_ORDERS
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS.ORDER_ID
-- columns: DWH.DIM_CUSTOMER.CUSTOMER_KEY -> DWH.FACT_ORDERS.CUSTOMER_KEY
-- columns: STG.ORDERS.ORDER_DATE -> DWH.FACT_ORDERS.ORDER_DATE
-- columns: STG.ORDERS.TOTAL_AMOUNT -> DWH.FACT_ORDERS.AMOUNT
-- indirect: DWH.DIM_CUSTOMER.CUSTOMER_ID, STG.ORDERS.CUSTOMER_ID, DWH.DIM_CUSTOMER.VALID_FROM, DWH.DIM_CUSTOMER.VALID_TO
INSERT INTO dwh.fact_orders (order_id, customer_key, order_date, amount)
SELECT o.order_id, NVL(dc.customer_key, -1), o.order_date, o.total_amount
FROM stg.orders o
LEFT JOIN dwh.dim_customer dc
  ON dc.customer_id = o.customer_id
 AND o.order_date BETWEEN dc.valid_from AND NVL(dc.valid_to, DATE '9999-12-31');

-- case: schema_qualified_column_references
-- sources: STG.ORDER_LINES, DWH.DIM_PRODUCT
-- targets: DWH.STG_CHECK
-- columns: STG.ORDER_LINES.ORDER_ID -> DWH.STG_CHECK.ORDER_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> DWH.STG_CHECK.PRODUCT_NAME
-- indirect: DWH.DIM_PRODUCT.PRODUCT_ID, STG.ORDER_LINES.PRODUCT_ID
INSERT INTO dwh.stg_check (order_id, product_name)
SELECT stg.order_lines.order_id, dwh.dim_product.product_name
FROM stg.order_lines
LEFT JOIN dwh.dim_product ON dwh.dim_product.product_id = stg.order_lines.product_id;
