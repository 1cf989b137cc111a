
  CREATE OR REPLACE EDITIONABLE PROCEDURE "APP_OWNER"."PURGE_LOGIN_EVENTS" (p_keep_days IN PLS_INTEGER DEFAULT 400)
IS
BEGIN
  -- old partitions are dropped by the DBA job; this removes stragglers of the current year
  EXECUTE IMMEDIATE 'DELETE FROM app_owner.login_events WHERE event_ts < SYSTIMESTAMP - NUMTODSINTERVAL(:days, ''DAY'')'
    USING p_keep_days;
  COMMIT;
END purge_login_events;
/
