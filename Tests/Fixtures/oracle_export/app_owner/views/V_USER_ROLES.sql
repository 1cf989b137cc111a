-- V_USER_ROLES: text from USER_VIEWS
CREATE OR REPLACE FORCE VIEW app_owner.v_user_roles AS
select u.user_id,
       u.username,
       r.role_code,
       r.description as role_description,
       ur.granted_at
  from app_users u
  join user_roles ur on ur.user_id = u.user_id
  join app_roles r on r.role_id = ur.role_id;
