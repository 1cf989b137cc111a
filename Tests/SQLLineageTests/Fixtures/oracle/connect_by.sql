-- case: hierarchy_with_sys_connect_by_path
-- sources: HR.EMPLOYEES
-- targets: DWH.EMP_HIERARCHY
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> DWH.EMP_HIERARCHY.EMPLOYEE_ID
-- columns: HR.EMPLOYEES.MANAGER_ID -> DWH.EMP_HIERARCHY.MANAGER_ID
-- columns: HR.EMPLOYEES.LAST_NAME -> DWH.EMP_HIERARCHY.PATH
-- diagnostics: none
INSERT INTO dwh.emp_hierarchy (employee_id, manager_id, lvl, path)
SELECT employee_id, manager_id, LEVEL, SYS_CONNECT_BY_PATH(last_name, '/')
FROM hr.employees
START WITH manager_id IS NULL
CONNECT BY PRIOR employee_id = manager_id;

-- case: connect_by_root_isleaf_nocycle
-- sources: FIN.CHART_OF_ACCOUNTS
-- targets: DWH.ACCOUNT_ROLLUP
-- columns: FIN.CHART_OF_ACCOUNTS.ACCOUNT_CODE -> DWH.ACCOUNT_ROLLUP.ACCOUNT_CODE
-- columns: FIN.CHART_OF_ACCOUNTS.ACCOUNT_CODE -> DWH.ACCOUNT_ROLLUP.ROOT_ACCOUNT
-- indirect: FIN.CHART_OF_ACCOUNTS.PARENT_ID, FIN.CHART_OF_ACCOUNTS.LEDGER, FIN.CHART_OF_ACCOUNTS.ACCOUNT_ID
INSERT INTO dwh.account_rollup (account_code, root_account, is_leaf, depth)
SELECT a.account_code,
       CONNECT_BY_ROOT a.account_code,
       CONNECT_BY_ISLEAF,
       LEVEL
FROM fin.chart_of_accounts a
START WITH a.parent_id IS NULL AND a.ledger = 'MAIN'
CONNECT BY NOCYCLE PRIOR a.account_id = a.parent_id;

-- case: row_generator_from_dual
-- targets: DWH.DIM_DATE
INSERT INTO dwh.dim_date (date_key, calendar_date, day_of_week, month_num, year_num)
SELECT TO_NUMBER(TO_CHAR(DATE '2020-01-01' + LEVEL - 1, 'YYYYMMDD')),
       DATE '2020-01-01' + LEVEL - 1,
       TO_CHAR(DATE '2020-01-01' + LEVEL - 1, 'D'),
       EXTRACT(MONTH FROM DATE '2020-01-01' + LEVEL - 1),
       EXTRACT(YEAR FROM DATE '2020-01-01' + LEVEL - 1)
FROM dual
CONNECT BY LEVEL <= 3653;

-- case: connect_by_with_comma_join
-- sources: HR.EMPLOYEES, HR.DEPARTMENTS
-- targets: MART.ORG_CHART
-- columns: HR.EMPLOYEES.LAST_NAME -> MART.ORG_CHART.EMP_NAME
-- columns: HR.DEPARTMENTS.DEPARTMENT_NAME -> MART.ORG_CHART.DEPT_NAME
-- indirect: HR.EMPLOYEES.DEPARTMENT_ID, HR.DEPARTMENTS.DEPARTMENT_ID, HR.EMPLOYEES.EMPLOYEE_ID, HR.EMPLOYEES.MANAGER_ID
INSERT INTO mart.org_chart (emp_name, dept_name, lvl)
SELECT e.last_name, d.department_name, LEVEL
FROM hr.employees e, hr.departments d
WHERE e.department_id = d.department_id
START WITH e.employee_id = 100
CONNECT BY PRIOR e.employee_id = e.manager_id;

-- case: select_only_order_siblings_by
-- sources: DWH.CATEGORIES
-- indirect: DWH.CATEGORIES.PARENT_CATEGORY_ID, DWH.CATEGORIES.CATEGORY_ID
SELECT LPAD(' ', 2 * (LEVEL - 1)) || c.category_name AS tree
FROM dwh.categories c
START WITH c.parent_category_id IS NULL
CONNECT BY PRIOR c.category_id = c.parent_category_id
ORDER SIBLINGS BY c.category_name;

-- case: prior_in_select_list
-- sources: STG.CATEGORIES
-- targets: DWH.CATEGORY_EDGES
-- columns: STG.CATEGORIES.CATEGORY_ID -> DWH.CATEGORY_EDGES.CHILD_ID
-- columns: STG.CATEGORIES.CATEGORY_NAME -> DWH.CATEGORY_EDGES.PARENT_NAME
-- columns: STG.CATEGORIES.CATEGORY_NAME -> DWH.CATEGORY_EDGES.CHILD_NAME
-- columns: STG.CATEGORIES.CATEGORY_CODE -> DWH.CATEGORY_EDGES.PATH
-- indirect: STG.CATEGORIES.IS_DELETED, STG.CATEGORIES.PARENT_ID
INSERT INTO dwh.category_edges (child_id, parent_name, child_name, path)
SELECT c.category_id,
       PRIOR c.category_name,
       c.category_name,
       SYS_CONNECT_BY_PATH(c.category_code, '>')
FROM stg.categories c
WHERE c.is_deleted = 'N'
START WITH c.parent_id IS NULL
CONNECT BY PRIOR c.category_id = c.parent_id;

-- case: connect_by_level_string_split
-- sources: STG.ORDERS
-- targets: STG.ORDER_TAGS
-- columns: STG.ORDERS.ORDER_ID -> STG.ORDER_TAGS.ORDER_ID
-- columns: STG.ORDERS.TAG_LIST -> STG.ORDER_TAGS.TAG
INSERT INTO stg.order_tags (order_id, tag)
SELECT o.order_id, TRIM(REGEXP_SUBSTR(o.tag_list, '[^,]+', 1, LEVEL))
FROM stg.orders o
CONNECT BY LEVEL <= REGEXP_COUNT(o.tag_list, ',') + 1
       AND PRIOR o.order_id = o.order_id
       AND PRIOR SYS_GUID() IS NOT NULL;

-- case: connect_by_inside_cte_then_grouped
-- sources: HR.EMPLOYEES
-- targets: MART.MANAGER_SPAN
-- columns: HR.EMPLOYEES.EMPLOYEE_ID -> MART.MANAGER_SPAN.MANAGER_ID
-- indirect: HR.EMPLOYEES.MANAGER_ID
INSERT INTO mart.manager_span (manager_id, reports_total)
WITH tree AS (
  SELECT CONNECT_BY_ROOT employee_id AS top_id, employee_id
  FROM hr.employees
  CONNECT BY PRIOR employee_id = manager_id
)
SELECT top_id, COUNT(*) - 1
FROM tree
GROUP BY top_id;
