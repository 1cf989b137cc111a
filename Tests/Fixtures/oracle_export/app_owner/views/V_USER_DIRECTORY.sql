-- V_USER_DIRECTORY: text from USER_VIEWS
CREATE OR REPLACE FORCE VIEW app_owner.v_user_directory AS
select u.user_id,
       u.username,
       u.display_name,
       e.first_name || ' ' || e.last_name as employee_name,
       e.department_id,
       (select listagg(vr.role_code, ',') within group (order by vr.role_code)
          from v_user_roles vr
         where vr.user_id = u.user_id) as roles,
       u.is_locked
  from app_users u
  left join employees e on e.employee_id = u.employee_id;
