-- case: pivot_quarters
-- diagnostics: none
-- sources: SALES.QTR_SALES
-- targets: RPT.SALES_BY_QTR
-- columns: SALES.QTR_SALES.PROD_ID -> RPT.SALES_BY_QTR.PROD_ID
-- columns: SALES.QTR_SALES.AMOUNT -> RPT.SALES_BY_QTR.Q1, SALES.QTR_SALES.QTR -> RPT.SALES_BY_QTR.Q1
-- columns: SALES.QTR_SALES.AMOUNT -> RPT.SALES_BY_QTR.Q2, SALES.QTR_SALES.QTR -> RPT.SALES_BY_QTR.Q2
CREATE TABLE rpt.sales_by_qtr AS
SELECT *
  FROM (SELECT prod_id, qtr, amount FROM sales.qtr_sales)
 PIVOT (SUM(amount) FOR qtr IN (1 AS q1, 2 AS q2));

-- case: keep_dense_rank_last
-- sources: HR.SALARY_HIST
-- targets: DW.CURRENT_SALARY
-- columns: HR.SALARY_HIST.EMP_ID -> DW.CURRENT_SALARY.EMP_ID, HR.SALARY_HIST.SALARY -> DW.CURRENT_SALARY.SALARY
-- columns: HR.SALARY_HIST.EFF_DATE -> DW.CURRENT_SALARY.SALARY
INSERT INTO dw.current_salary (emp_id, salary)
SELECT emp_id, MAX(salary) KEEP (DENSE_RANK LAST ORDER BY eff_date)
  FROM hr.salary_hist
 GROUP BY emp_id;

-- case: self_join_update_reads_target
-- indirect: HR.EMPLOYEES.EMP_ID, HR.EMPLOYEES.MANAGER_ID
-- sources: HR.EMPLOYEES
-- targets: HR.EMPLOYEES
-- columns: HR.EMPLOYEES.DEPT_ID -> HR.EMPLOYEES.DEPT_ID
UPDATE hr.employees e
   SET e.dept_id = (SELECT m.dept_id FROM hr.employees m WHERE m.emp_id = e.manager_id)
 WHERE e.dept_id IS NULL;

-- case: recursive_with_column_list
-- sources: HR.EMPLOYEES
-- targets: DW.CHAIN
-- columns: HR.EMPLOYEES.EMP_ID -> DW.CHAIN.EMP_ID, HR.EMPLOYEES.MANAGER_ID -> DW.CHAIN.TOP_MANAGER
INSERT INTO dw.chain (emp_id, top_manager)
WITH up (emp_id, boss) AS (
  SELECT emp_id, manager_id FROM hr.employees
  UNION ALL
  SELECT u.emp_id, e.manager_id FROM up u JOIN hr.employees e ON e.emp_id = u.boss
)
SELECT emp_id, boss FROM up;

-- case: update_inline_join_view
-- indirect: DW.PRODUCTS.PROD_ID, STG.NEW_PRICES.PROD_ID
-- sources: STG.NEW_PRICES
-- targets: DW.PRODUCTS
-- columns: STG.NEW_PRICES.NEW_PRICE -> DW.PRODUCTS.PRICE
UPDATE (SELECT p.price, n.new_price
          FROM dw.products p JOIN stg.new_prices n ON n.prod_id = p.prod_id)
   SET price = new_price;

-- case: nvl2_and_regexp
-- sources: CRM.LEADS
-- targets: DW.LEADS_CLEAN
-- columns: CRM.LEADS.LEAD_ID -> DW.LEADS_CLEAN.LEAD_ID
-- columns: CRM.LEADS.COMPANY -> DW.LEADS_CLEAN.DISPLAY_NAME, CRM.LEADS.CONTACT -> DW.LEADS_CLEAN.DISPLAY_NAME
-- columns: CRM.LEADS.PHONE -> DW.LEADS_CLEAN.DIGITS
INSERT INTO dw.leads_clean (lead_id, display_name, digits)
SELECT lead_id,
       NVL2(company, company || ' (' || contact || ')', contact),
       REGEXP_REPLACE(phone, '[^0-9]', '')
  FROM crm.leads;

-- case: not_in_subquery_with_union
-- sources: STG.PRODUCTS, DW.PRODUCTS, DW.RETIRED_PRODUCTS
-- targets: DW.NEW_PRODUCTS
-- columns: STG.PRODUCTS.PROD_ID -> DW.NEW_PRODUCTS.PROD_ID, STG.PRODUCTS.NAME -> DW.NEW_PRODUCTS.NAME
-- indirect: DW.PRODUCTS.PROD_ID, DW.RETIRED_PRODUCTS.PROD_ID
INSERT INTO dw.new_products (prod_id, name)
SELECT s.prod_id, s.name
  FROM stg.products s
 WHERE s.prod_id NOT IN (SELECT prod_id FROM dw.products
                         UNION
                         SELECT prod_id FROM dw.retired_products);

-- case: lateral_inline_view
-- sources: CRM.CUSTOMERS, SALES.ORDERS
-- targets: RPT.LAST_ORDER
-- columns: CRM.CUSTOMERS.CUST_ID -> RPT.LAST_ORDER.CUST_ID, SALES.ORDERS.ORDER_DATE -> RPT.LAST_ORDER.LAST_DATE
-- indirect: SALES.ORDERS.CUST_ID
INSERT INTO rpt.last_order (cust_id, last_date)
SELECT c.cust_id, l.max_date
  FROM crm.customers c,
       LATERAL (SELECT MAX(o.order_date) AS max_date FROM sales.orders o WHERE o.cust_id = c.cust_id) l;

-- case: insert_values_with_scalar_subqueries
-- sources: SALES.ORDERS
-- targets: DW.KPI
-- columns: SALES.ORDERS.ORDER_ID -> DW.KPI.ORDER_CNT, SALES.ORDERS.AMOUNT -> DW.KPI.MAX_AMT
INSERT INTO dw.kpi (kpi_date, order_cnt, max_amt)
VALUES (SYSDATE,
        (SELECT COUNT(order_id) FROM sales.orders),
        (SELECT MAX(amount) FROM sales.orders));

-- case: having_with_subquery
-- sources: SALES.ORDERS, SALES.TARGETS
-- targets: RPT.ABOVE_TARGET
-- columns: SALES.ORDERS.REP_ID -> RPT.ABOVE_TARGET.REP_ID, SALES.ORDERS.AMOUNT -> RPT.ABOVE_TARGET.TOTAL
-- indirect: SALES.TARGETS.TARGET_AMT, SALES.TARGETS.YEAR
INSERT INTO rpt.above_target (rep_id, total)
SELECT rep_id, SUM(amount)
  FROM sales.orders
 GROUP BY rep_id
HAVING SUM(amount) > (SELECT AVG(t.target_amt) FROM sales.targets t WHERE t.year = 2024);

-- case: cte_self_joined_twice
-- sources: FIN.MONTHLY
-- targets: RPT.MOM
-- columns: FIN.MONTHLY.MONTH_ID -> RPT.MOM.MONTH_ID, FIN.MONTHLY.REVENUE -> RPT.MOM.GROWTH
-- indirect: FIN.MONTHLY.REGION
INSERT INTO rpt.mom (month_id, growth)
WITH m AS (SELECT month_id, revenue FROM fin.monthly WHERE region = 'EU')
SELECT cur.month_id, cur.revenue - prev.revenue
  FROM m cur
  LEFT JOIN m prev ON prev.month_id = cur.month_id - 1;
