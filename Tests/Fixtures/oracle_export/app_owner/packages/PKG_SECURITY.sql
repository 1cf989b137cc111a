
  CREATE OR REPLACE EDITIONABLE PACKAGE "APP_OWNER"."PKG_SECURITY" AS
  -- Account and role administration for the portal.
  FUNCTION create_user (
    p_username    IN app_users.username%TYPE,
    p_email       IN app_users.email%TYPE,
    p_employee_id IN app_users.employee_id%TYPE
  ) RETURN app_users.user_id%TYPE;

  PROCEDURE grant_role (p_user_id IN app_users.user_id%TYPE, p_role_code IN app_roles.role_code%TYPE);

  PROCEDURE revoke_role (p_user_id IN app_users.user_id%TYPE, p_role_code IN app_roles.role_code%TYPE);

  PROCEDURE record_login (
    p_username   IN app_users.username%TYPE,
    p_ip_address IN login_events.ip_address%TYPE,
    p_user_agent IN login_events.user_agent%TYPE,
    p_success    IN BOOLEAN
  );

  PROCEDURE lock_inactive_users (p_days IN PLS_INTEGER DEFAULT 90);
END pkg_security;
/
CREATE OR REPLACE EDITIONABLE PACKAGE BODY "APP_OWNER"."PKG_SECURITY" AS
  g_session_user VARCHAR2(128) := NVL(SYS_CONTEXT('USERENV', 'CLIENT_IDENTIFIER'), USER);

  FUNCTION get_role_id (p_role_code IN app_roles.role_code%TYPE) RETURN app_roles.role_id%TYPE IS
    l_role_id app_roles.role_id%TYPE;
  BEGIN
    SELECT role_id INTO l_role_id FROM app_roles WHERE role_code = UPPER(p_role_code);
    RETURN l_role_id;
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RAISE_APPLICATION_ERROR(-20101, 'Unknown role ' || p_role_code);
  END get_role_id;

  FUNCTION create_user (
    p_username    IN app_users.username%TYPE,
    p_email       IN app_users.email%TYPE,
    p_employee_id IN app_users.employee_id%TYPE
  ) RETURN app_users.user_id%TYPE IS
    l_user_id app_users.user_id%TYPE := app_users_seq.NEXTVAL;
  BEGIN
    INSERT INTO app_users (user_id, username, email, display_name, employee_id)
    SELECT l_user_id, LOWER(p_username), LOWER(p_email), e.first_name || ' ' || e.last_name, e.employee_id
      FROM employees e
     WHERE e.employee_id = p_employee_id;
    IF SQL%ROWCOUNT = 0 THEN
      RAISE_APPLICATION_ERROR(-20100, 'Unknown employee ' || p_employee_id);
    END IF;
    RETURN l_user_id;
  END create_user;

  PROCEDURE grant_role (p_user_id IN app_users.user_id%TYPE, p_role_code IN app_roles.role_code%TYPE) IS
    l_role_id app_roles.role_id%TYPE;
  BEGIN
    l_role_id := get_role_id(p_role_code);
    MERGE INTO user_roles ur
    USING (SELECT p_user_id AS user_id, l_role_id AS role_id FROM dual) src
       ON (ur.user_id = src.user_id AND ur.role_id = src.role_id)
     WHEN NOT MATCHED THEN
       INSERT (user_id, role_id, granted_at, granted_by)
       VALUES (src.user_id, src.role_id, SYSDATE, g_session_user);
  END grant_role;

  PROCEDURE revoke_role (p_user_id IN app_users.user_id%TYPE, p_role_code IN app_roles.role_code%TYPE) IS
    l_role_id app_roles.role_id%TYPE;
  BEGIN
    l_role_id := get_role_id(p_role_code);
    DELETE FROM user_roles
     WHERE user_id = p_user_id
       AND role_id = l_role_id;
  END revoke_role;

  PROCEDURE record_login (
    p_username   IN app_users.username%TYPE,
    p_ip_address IN login_events.ip_address%TYPE,
    p_user_agent IN login_events.user_agent%TYPE,
    p_success    IN BOOLEAN
  ) IS
    l_user_id app_users.user_id%TYPE;
    l_success login_events.success%TYPE := CASE WHEN p_success THEN 'Y' ELSE 'N' END;
  BEGIN
    SELECT user_id INTO l_user_id FROM app_users WHERE username = LOWER(p_username);
    INSERT INTO login_events (event_id, user_id, event_ts, ip_address, user_agent, success)
    VALUES (login_events_seq.NEXTVAL, l_user_id, SYSTIMESTAMP, p_ip_address, p_user_agent, l_success);
    IF p_success THEN
      UPDATE app_users
         SET last_login_at = SYSTIMESTAMP,
             failed_logins = 0
       WHERE user_id = l_user_id;
    END IF;
    -- failed attempts are counted by trigger TRG_LOGIN_EVENTS_FAILED
  END record_login;

  PROCEDURE lock_inactive_users (p_days IN PLS_INTEGER DEFAULT 90) IS
  BEGIN
    UPDATE app_users u
       SET u.is_locked = 'Y'
     WHERE u.is_locked = 'N'
       AND (NOT EXISTS (SELECT 1
                          FROM login_events le
                         WHERE le.user_id = u.user_id
                           AND le.success = 'Y'
                           AND le.event_ts > SYSTIMESTAMP - NUMTODSINTERVAL(p_days, 'DAY'))
            OR u.employee_id IN (SELECT e.employee_id FROM employees e WHERE e.status = 'TERMINATED'));
  END lock_inactive_users;
END pkg_security;
/
