
  CREATE OR REPLACE EDITIONABLE TRIGGER "APP_OWNER"."TRG_LOGIN_EVENTS_FAILED" 
  AFTER INSERT ON login_events
  FOR EACH ROW
  WHEN (NEW.success = 'N')
BEGIN
  UPDATE app_users
     SET failed_logins = failed_logins + 1,
         is_locked = CASE WHEN failed_logins + 1 >= 5 THEN 'Y' ELSE is_locked END
   WHERE user_id = :NEW.user_id;
END;
/
ALTER TRIGGER "APP_OWNER"."TRG_LOGIN_EVENTS_FAILED" ENABLE;
