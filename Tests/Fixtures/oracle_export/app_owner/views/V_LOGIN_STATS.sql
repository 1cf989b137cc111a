-- V_LOGIN_STATS: text from USER_VIEWS
CREATE OR REPLACE FORCE VIEW app_owner.v_login_stats AS
select le.user_id,
       trunc(cast(le.event_ts as date)) as login_day,
       count(case when le.success = 'Y' then 1 end) as success_count,
       count(case when le.success = 'N' then 1 end) as failure_count,
       max(le.event_ts) as last_attempt
  from login_events le
 group by le.user_id, trunc(cast(le.event_ts as date));
