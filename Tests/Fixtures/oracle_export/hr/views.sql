SET DEFINE OFF
SET SQLBLANKLINES ON


  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."EMP_DETAILS_VIEW" ("EMPLOYEE_ID", "JOB_ID", "MANAGER_ID", "DEPARTMENT_ID", "LOCATION_ID", "COUNTRY_ID", "FIRST_NAME", "LAST_NAME", "SALARY", "COMMISSION_PCT", "DEPARTMENT_NAME", "JOB_TITLE", "CITY", "STATE_PROVINCE", "COUNTRY_NAME", "REGION_NAME") AS 
  SELECT e.employee_id, e.job_id, e.manager_id, e.department_id,
       d.location_id, l.country_id,
       e.first_name, e.last_name, e.salary, e.commission_pct,
       d.department_name, j.job_title,
       l.city, l.state_province, c.country_name, r.region_name
  FROM employees e, departments d, jobs j, locations l, countries c, regions r
 WHERE d.department_id = e.department_id
   AND j.job_id = e.job_id
   AND l.location_id = d.location_id
   AND c.country_id = l.country_id
   AND r.region_id = c.region_id
WITH READ ONLY;

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."V_ACTIVE_EMPLOYEES" ("EMPLOYEE_ID", "FIRST_NAME", "LAST_NAME", "EMAIL", "HIRE_DATE", "JOB_ID", "SALARY", "MANAGER_ID", "DEPARTMENT_ID", "STATUS") AS 
  SELECT employee_id, first_name, last_name, email, hire_date,
       job_id, salary, manager_id, department_id, status
  FROM employees
 WHERE status = 'ACTIVE'
WITH CHECK OPTION;

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."V_DEPT_HEADCOUNT" ("DEPARTMENT_ID", "DEPARTMENT_NAME", "HEADCOUNT", "TOTAL_SALARY", "AVG_SALARY") AS 
  SELECT d.department_id,
       d.department_name,
       COUNT(a.employee_id),
       NVL(SUM(a.salary), 0),
       ROUND(AVG(a.salary), 2)
  FROM departments d
  LEFT JOIN v_active_employees a ON a.department_id = d.department_id
 GROUP BY d.department_id, d.department_name;

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."V_EMP_MANAGERS" ("EMPLOYEE_ID", "EMPLOYEE_NAME", "MANAGER_ID", "MANAGER_NAME", "LEVEL_NO", "PATH") AS 
  SELECT e.employee_id,
       e.first_name || ' ' || e.last_name,
       e.manager_id,
       PRIOR e.first_name || ' ' || PRIOR e.last_name,
       LEVEL,
       SYS_CONNECT_BY_PATH(e.last_name, '/')
  FROM employees e
 START WITH e.manager_id IS NULL
CONNECT BY PRIOR e.employee_id = e.manager_id;

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."EmployeeDirectory" ("EmployeeId", "FullName", "Email", "Phone", "Department", "City") AS 
  SELECT v.employee_id,
       v.first_name || ' ' || v.last_name,
       LOWER(e.email) || '@example.com',
       e.phone_number,
       v.department_name,
       v.city
  FROM emp_details_view v
  JOIN employees e ON e.employee_id = v.employee_id
 WHERE e.status <> 'TERMINATED';

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."V_PAYROLL_SUMMARY" ("RUN_ID", "PERIOD_START", "PERIOD_END", "STATUS", "DEPARTMENT_ID", "DEPARTMENT_NAME", "EMPLOYEE_COUNT", "GROSS_PAY", "TAX_AMOUNT", "NET_PAY") AS 
  SELECT r.run_id, r.period_start, r.period_end, r.status,
       l.department_id, d.department_name,
       COUNT(*), SUM(l.gross_pay), SUM(l.tax_amount), SUM(l.net_pay)
  FROM payroll_runs r
  JOIN payroll_lines l ON l.run_id = r.run_id
  LEFT JOIN departments d ON d.department_id = l.department_id
 GROUP BY r.run_id, r.period_start, r.period_end, r.status, l.department_id, d.department_name;

  CREATE OR REPLACE FORCE EDITIONABLE VIEW "HR"."V_DEPT_LOCATIONS" ("DEPARTMENT_ID", "DEPARTMENT_NAME", "MANAGER_ID", "LOCATION_ID", "STREET_ADDRESS", "POSTAL_CODE", "CITY", "STATE_PROVINCE", "COUNTRY_ID") AS 
  SELECT d.department_id, d.department_name, d.manager_id,
       l.location_id, l.street_address, l.postal_code, l.city, l.state_province, l.country_id
  FROM departments d
  JOIN locations l ON l.location_id = d.location_id;
