SET DEFINE OFF
SET SQLBLANKLINES ON


  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_EMPLOYEES_BIU" 
  BEFORE INSERT OR UPDATE ON employees
  FOR EACH ROW
BEGIN
  IF INSERTING THEN
    IF :NEW.employee_id IS NULL THEN
      :NEW.employee_id := employees_seq.NEXTVAL;
    END IF;
    :NEW.created_at := SYSTIMESTAMP;
  END IF;
  :NEW.email := UPPER(:NEW.email);
  :NEW.updated_at := SYSTIMESTAMP;
END;
/
ALTER TRIGGER "HR"."TRG_EMPLOYEES_BIU" ENABLE;

  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_EMPLOYEES_AUDIT" 
  AFTER INSERT OR UPDATE OR DELETE ON employees
  FOR EACH ROW
DECLARE
  l_action employee_audit.action%TYPE;
BEGIN
  l_action := CASE WHEN INSERTING THEN 'I' WHEN UPDATING THEN 'U' ELSE 'D' END;
  INSERT INTO employee_audit (audit_id, employee_id, action, changed_by, changed_at,
                              old_salary, new_salary, old_job_id, new_job_id,
                              old_department_id, new_department_id)
  VALUES (employee_audit_seq.NEXTVAL, NVL(:NEW.employee_id, :OLD.employee_id), l_action,
          NVL(SYS_CONTEXT('USERENV', 'CLIENT_IDENTIFIER'), USER), SYSTIMESTAMP,
          :OLD.salary, :NEW.salary, :OLD.job_id, :NEW.job_id,
          :OLD.department_id, :NEW.department_id);
END;
/
ALTER TRIGGER "HR"."TRG_EMPLOYEES_AUDIT" ENABLE;

  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_EMP_JOB_HISTORY" 
  AFTER UPDATE OF job_id, department_id ON employees
  FOR EACH ROW
  WHEN (NEW.job_id <> OLD.job_id OR NVL(NEW.department_id, -1) <> NVL(OLD.department_id, -1))
DECLARE
  l_start_date DATE;
BEGIN
  SELECT NVL(MAX(end_date) + 1, :OLD.hire_date)
    INTO l_start_date
    FROM job_history
   WHERE employee_id = :OLD.employee_id;
  INSERT INTO job_history (employee_id, start_date, end_date, job_id, department_id)
  VALUES (:OLD.employee_id, l_start_date, TRUNC(SYSDATE), :OLD.job_id, :OLD.department_id);
END;
/
ALTER TRIGGER "HR"."TRG_EMP_JOB_HISTORY" ENABLE;

  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_PAYROLL_LINES_TOTALS" 
  FOR INSERT OR UPDATE OR DELETE ON payroll_lines
COMPOUND TRIGGER
  TYPE t_run_ids IS TABLE OF payroll_runs.run_id%TYPE INDEX BY VARCHAR2(20);
  g_run_ids t_run_ids;
  l_idx     VARCHAR2(20);

  AFTER EACH ROW IS
  BEGIN
    g_run_ids(TO_CHAR(NVL(:NEW.run_id, :OLD.run_id))) := NVL(:NEW.run_id, :OLD.run_id);
  END AFTER EACH ROW;

  AFTER STATEMENT IS
  BEGIN
    l_idx := g_run_ids.FIRST;
    WHILE l_idx IS NOT NULL LOOP
      UPDATE payroll_runs r
         SET (r.employee_count, r.total_gross, r.total_tax, r.total_net) =
             (SELECT COUNT(*), SUM(l.gross_pay), SUM(l.tax_amount), SUM(l.net_pay)
                FROM payroll_lines l
               WHERE l.run_id = r.run_id)
       WHERE r.run_id = g_run_ids(l_idx);
      l_idx := g_run_ids.NEXT(l_idx);
    END LOOP;
    g_run_ids.DELETE;
  END AFTER STATEMENT;
END trg_payroll_lines_totals;
/
ALTER TRIGGER "HR"."TRG_PAYROLL_LINES_TOTALS" ENABLE;

  CREATE OR REPLACE EDITIONABLE TRIGGER "HR"."TRG_DEPT_LOCATIONS_IOI" 
  INSTEAD OF INSERT ON v_dept_locations
  FOR EACH ROW
DECLARE
  l_location_id locations.location_id%TYPE;
BEGIN
  l_location_id := :NEW.location_id;
  IF l_location_id IS NULL THEN
    INSERT INTO locations (location_id, street_address, postal_code, city, state_province, country_id)
    VALUES (locations_seq.NEXTVAL, :NEW.street_address, :NEW.postal_code, :NEW.city,
            :NEW.state_province, :NEW.country_id)
    RETURNING location_id INTO l_location_id;
  END IF;
  INSERT INTO departments (department_id, department_name, manager_id, location_id)
  VALUES (NVL(:NEW.department_id, departments_seq.NEXTVAL), :NEW.department_name, :NEW.manager_id, l_location_id);
END;
/
ALTER TRIGGER "HR"."TRG_DEPT_LOCATIONS_IOI" ENABLE;
