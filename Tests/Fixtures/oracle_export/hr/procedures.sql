SET DEFINE OFF
SET SQLBLANKLINES ON


  CREATE OR REPLACE EDITIONABLE PROCEDURE "HR"."ADD_JOB_HISTORY" (
  p_employee_id   IN job_history.employee_id%TYPE,
  p_start_date    IN job_history.start_date%TYPE,
  p_end_date      IN job_history.end_date%TYPE,
  p_job_id        IN job_history.job_id%TYPE,
  p_department_id IN job_history.department_id%TYPE
)
IS
BEGIN
  -- used by the HR portal to back-fill the history of transferred staff
  INSERT INTO job_history (employee_id, start_date, end_date, job_id, department_id)
  VALUES (p_employee_id, p_start_date, p_end_date, p_job_id, p_department_id);
END add_job_history;
/

  CREATE OR REPLACE EDITIONABLE FUNCTION "HR"."GET_EMPLOYEE_NAME" (p_employee_id IN employees.employee_id%TYPE)
  RETURN VARCHAR2
IS
  l_name VARCHAR2(100);
BEGIN
  SELECT first_name || ' ' || last_name
    INTO l_name
    FROM employees
   WHERE employee_id = p_employee_id;
  RETURN l_name;
EXCEPTION
  WHEN NO_DATA_FOUND THEN
    RETURN NULL;
END get_employee_name;
/

  CREATE OR REPLACE EDITIONABLE PROCEDURE "HR"."CLOSE_PAYROLL_RUN" (p_run_id IN payroll_runs.run_id%TYPE)
IS
BEGIN
  -- Freeze the totals of a calculated run and close it.
  UPDATE payroll_runs r
     SET (r.employee_count, r.total_gross, r.total_tax, r.total_net) =
         (SELECT COUNT(*), SUM(l.gross_pay), SUM(l.tax_amount), SUM(l.net_pay)
            FROM payroll_lines l
           WHERE l.run_id = r.run_id),
         r.status = 'CLOSED',
         r.closed_at = SYSTIMESTAMP
   WHERE r.run_id = p_run_id
     AND r.status = 'CALCULATED';
  IF SQL%ROWCOUNT = 0 THEN
    RAISE_APPLICATION_ERROR(-20010, 'Payroll run ' || p_run_id || ' is not in CALCULATED status');
  END IF;
END close_payroll_run;
/
