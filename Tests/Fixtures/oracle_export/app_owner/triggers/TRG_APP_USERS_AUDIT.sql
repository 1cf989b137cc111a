
  CREATE OR REPLACE EDITIONABLE TRIGGER "APP_OWNER"."TRG_APP_USERS_AUDIT" 
  AFTER INSERT OR UPDATE OR DELETE ON app_users
  FOR EACH ROW
DECLARE
  l_action app_user_audit.action%TYPE;
BEGIN
  IF INSERTING THEN
    l_action := 'INSERT';
  ELSIF UPDATING THEN
    l_action := 'UPDATE';
  ELSE
    l_action := 'DELETE';
  END IF;
  INSERT INTO app_user_audit (audit_id, user_id, action, old_is_locked, new_is_locked,
                              old_email, new_email, changed_by, changed_at)
  VALUES (app_user_audit_seq.NEXTVAL, COALESCE(:NEW.user_id, :OLD.user_id), l_action,
          :OLD.is_locked, :NEW.is_locked, :OLD.email, :NEW.email,
          NVL(SYS_CONTEXT('USERENV', 'CLIENT_IDENTIFIER'), USER), SYSTIMESTAMP);
END;
/
ALTER TRIGGER "APP_OWNER"."TRG_APP_USERS_AUDIT" ENABLE;
