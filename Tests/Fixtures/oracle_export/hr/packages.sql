SET DEFINE OFF
SET SQLBLANKLINES ON


  CREATE OR REPLACE EDITIONABLE PACKAGE "HR"."PKG_EMP_MGMT" AS
  -- Employee lifecycle operations used by the HR portal.
  TYPE t_employee_rec IS RECORD (
    employee_id   employees.employee_id%TYPE,
    full_name     VARCHAR2(60),
    job_id        employees.job_id%TYPE,
    salary        employees.salary%TYPE,
    department_id employees.department_id%TYPE
  );

  g_default_status CONSTANT VARCHAR2(10) := 'ACTIVE';

  FUNCTION hire_employee (
    p_first_name    IN employees.first_name%TYPE,
    p_last_name     IN employees.last_name%TYPE,
    p_email         IN employees.email%TYPE,
    p_job_id        IN employees.job_id%TYPE,
    p_salary        IN employees.salary%TYPE,
    p_manager_id    IN employees.manager_id%TYPE,
    p_department_id IN employees.department_id%TYPE
  ) RETURN employees.employee_id%TYPE;

  PROCEDURE raise_salary (
    p_employee_id IN employees.employee_id%TYPE,
    p_pct         IN NUMBER,
    p_reason      IN VARCHAR2,
    p_approved_by IN employees.employee_id%TYPE DEFAULT NULL
  );

  PROCEDURE transfer_employee (
    p_employee_id   IN employees.employee_id%TYPE,
    p_department_id IN departments.department_id%TYPE,
    p_job_id        IN jobs.job_id%TYPE
  );

  PROCEDURE terminate_employee (
    p_employee_id IN employees.employee_id%TYPE,
    p_end_date    IN DATE DEFAULT TRUNC(SYSDATE)
  );

  FUNCTION get_employee (p_employee_id IN employees.employee_id%TYPE) RETURN t_employee_rec;

  FUNCTION get_headcount (p_department_id IN departments.department_id%TYPE) RETURN PLS_INTEGER;
END pkg_emp_mgmt;
/
CREATE OR REPLACE EDITIONABLE PACKAGE BODY "HR"."PKG_EMP_MGMT" AS
  g_last_employee_id employees.employee_id%TYPE;
  g_call_count       PLS_INTEGER := 0;

  -- private: raises when a salary is outside the band of the job
  PROCEDURE check_salary_band (
    p_job_id IN jobs.job_id%TYPE,
    p_salary IN employees.salary%TYPE
  ) IS
    l_min jobs.min_salary%TYPE;
    l_max jobs.max_salary%TYPE;
  BEGIN
    SELECT min_salary, max_salary
      INTO l_min, l_max
      FROM jobs
     WHERE job_id = p_job_id;
    IF p_salary < l_min OR p_salary > l_max THEN
      RAISE_APPLICATION_ERROR(-20001, 'Salary ' || p_salary || ' outside the band of job ' || p_job_id);
    END IF;
  END check_salary_band;

  FUNCTION hire_employee (
    p_first_name    IN employees.first_name%TYPE,
    p_last_name     IN employees.last_name%TYPE,
    p_email         IN employees.email%TYPE,
    p_job_id        IN employees.job_id%TYPE,
    p_salary        IN employees.salary%TYPE,
    p_manager_id    IN employees.manager_id%TYPE,
    p_department_id IN employees.department_id%TYPE
  ) RETURN employees.employee_id%TYPE IS
    l_id employees.employee_id%TYPE;
  BEGIN
    check_salary_band(p_job_id, p_salary);
    l_id := employees_seq.NEXTVAL;
    INSERT INTO employees (employee_id, first_name, last_name, email, hire_date,
                           job_id, salary, manager_id, department_id, status)
    VALUES (l_id, p_first_name, p_last_name, p_email, TRUNC(SYSDATE),
            p_job_id, p_salary, p_manager_id, p_department_id, g_default_status);
    INSERT INTO salary_history (employee_id, effective_date, salary, previous_salary, reason)
    VALUES (l_id, TRUNC(SYSDATE), p_salary, NULL, 'Hire');
    g_last_employee_id := l_id;
    g_call_count := g_call_count + 1;
    RETURN l_id;
  END hire_employee;

  PROCEDURE raise_salary (
    p_employee_id IN employees.employee_id%TYPE,
    p_pct         IN NUMBER,
    p_reason      IN VARCHAR2,
    p_approved_by IN employees.employee_id%TYPE DEFAULT NULL
  ) IS
    r_emp        employees%ROWTYPE;
    l_new_salary employees.salary%TYPE;
  BEGIN
    SELECT *
      INTO r_emp
      FROM employees
     WHERE employee_id = p_employee_id
       FOR UPDATE OF salary;
    l_new_salary := ROUND(r_emp.salary * (1 + p_pct / 100), 2);
    check_salary_band(r_emp.job_id, l_new_salary);
    UPDATE employees
       SET salary = l_new_salary,
           updated_at = SYSTIMESTAMP
     WHERE employee_id = p_employee_id;
    INSERT INTO salary_history (employee_id, effective_date, salary, previous_salary, reason, approved_by)
    VALUES (p_employee_id, TRUNC(SYSDATE), l_new_salary, r_emp.salary, p_reason, p_approved_by);
    g_call_count := g_call_count + 1;
  END raise_salary;

  PROCEDURE transfer_employee (
    p_employee_id   IN employees.employee_id%TYPE,
    p_department_id IN departments.department_id%TYPE,
    p_job_id        IN jobs.job_id%TYPE
  ) IS
    l_salary employees.salary%TYPE;
  BEGIN
    SELECT salary INTO l_salary FROM employees WHERE employee_id = p_employee_id;
    check_salary_band(p_job_id, l_salary);
    -- the old job is recorded in JOB_HISTORY by trigger TRG_EMP_JOB_HISTORY
    UPDATE employees
       SET department_id = p_department_id,
           job_id = p_job_id,
           updated_at = SYSTIMESTAMP
     WHERE employee_id = p_employee_id;
  END transfer_employee;

  PROCEDURE terminate_employee (
    p_employee_id IN employees.employee_id%TYPE,
    p_end_date    IN DATE DEFAULT TRUNC(SYSDATE)
  ) IS
  BEGIN
    -- direct reports move up to the terminated employee's manager
    UPDATE employees e
       SET e.manager_id = (SELECT m.manager_id FROM employees m WHERE m.employee_id = p_employee_id),
           e.updated_at = SYSTIMESTAMP
     WHERE e.manager_id = p_employee_id;
    UPDATE employees
       SET status = 'TERMINATED',
           termination_date = p_end_date,
           updated_at = SYSTIMESTAMP
     WHERE employee_id = p_employee_id;
    g_call_count := g_call_count + 1;
  END terminate_employee;

  FUNCTION get_employee (p_employee_id IN employees.employee_id%TYPE) RETURN t_employee_rec IS
    l_rec t_employee_rec;
  BEGIN
    SELECT employee_id, first_name || ' ' || last_name, job_id, salary, department_id
      INTO l_rec
      FROM employees
     WHERE employee_id = p_employee_id;
    RETURN l_rec;
  END get_employee;

  FUNCTION get_headcount (p_department_id IN departments.department_id%TYPE) RETURN PLS_INTEGER IS
    l_count PLS_INTEGER;
  BEGIN
    SELECT COUNT(*)
      INTO l_count
      FROM v_active_employees
     WHERE department_id = p_department_id;
    RETURN l_count;
  END get_headcount;
END pkg_emp_mgmt;
/

  CREATE OR REPLACE EDITIONABLE PACKAGE "HR"."PKG_PAYROLL" AS
  -- Monthly payroll: open a run, calculate the lines, close it with CLOSE_PAYROLL_RUN.
  c_tax_rate CONSTANT NUMBER := 0.22;

  FUNCTION open_run (p_period_start IN DATE, p_period_end IN DATE) RETURN payroll_runs.run_id%TYPE;

  PROCEDURE calculate_run (p_run_id IN payroll_runs.run_id%TYPE);

  FUNCTION calc_tax (p_gross IN NUMBER) RETURN NUMBER;
END pkg_payroll;
/
CREATE OR REPLACE EDITIONABLE PACKAGE BODY "HR"."PKG_PAYROLL" AS
  FUNCTION calc_tax (p_gross IN NUMBER) RETURN NUMBER IS
  BEGIN
    RETURN ROUND(p_gross * c_tax_rate, 2);
  END calc_tax;

  FUNCTION open_run (p_period_start IN DATE, p_period_end IN DATE) RETURN payroll_runs.run_id%TYPE IS
    l_run_id payroll_runs.run_id%TYPE;
  BEGIN
    INSERT INTO payroll_runs (run_id, period_start, period_end, status)
    VALUES (payroll_runs_seq.NEXTVAL, p_period_start, p_period_end, 'OPEN')
    RETURNING run_id INTO l_run_id;
    RETURN l_run_id;
  END open_run;

  PROCEDURE calculate_run (p_run_id IN payroll_runs.run_id%TYPE) IS
    CURSOR c_emps (cp_period_end DATE) IS
      SELECT e.employee_id,
             e.department_id,
             ROUND(e.salary * (1 + NVL(e.commission_pct, 0)), 2) AS gross_pay
        FROM employees e
       WHERE e.status IN ('ACTIVE', 'ON_LEAVE')
         AND e.hire_date <= cp_period_end
         AND e.salary IS NOT NULL;
    TYPE t_emp_tab IS TABLE OF c_emps%ROWTYPE;
    l_emps       t_emp_tab;
    l_period_end payroll_runs.period_end%TYPE;
  BEGIN
    SELECT period_end
      INTO l_period_end
      FROM payroll_runs
     WHERE run_id = p_run_id
       AND status = 'OPEN';
    DELETE FROM payroll_lines WHERE run_id = p_run_id;
    OPEN c_emps(l_period_end);
    LOOP
      FETCH c_emps BULK COLLECT INTO l_emps LIMIT 500;
      EXIT WHEN l_emps.COUNT = 0;
      FORALL i IN 1 .. l_emps.COUNT
        INSERT INTO payroll_lines (run_id, employee_id, department_id, gross_pay, tax_amount, net_pay)
        VALUES (p_run_id, l_emps(i).employee_id, l_emps(i).department_id, l_emps(i).gross_pay,
                ROUND(l_emps(i).gross_pay * c_tax_rate, 2),
                l_emps(i).gross_pay - ROUND(l_emps(i).gross_pay * c_tax_rate, 2));
    END LOOP;
    CLOSE c_emps;
    UPDATE payroll_runs
       SET status = 'CALCULATED'
     WHERE run_id = p_run_id;
  END calculate_run;
END pkg_payroll;
/
