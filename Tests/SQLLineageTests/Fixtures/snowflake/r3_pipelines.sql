-- case: merge_three_conditional_matched_branches_from_qualify_source
-- sources: RAW.ACCOUNT_FEED
-- targets: CORE.ACCOUNTS
-- columns: RAW.ACCOUNT_FEED.STATUS -> CORE.ACCOUNTS.STATUS
-- columns: RAW.ACCOUNT_FEED.UPDATED_AT -> CORE.ACCOUNTS.FROZEN_AT
-- columns: RAW.ACCOUNT_FEED.BALANCE -> CORE.ACCOUNTS.BALANCE
-- columns: RAW.ACCOUNT_FEED.UPDATED_AT -> CORE.ACCOUNTS.UPDATED_AT
-- columns: RAW.ACCOUNT_FEED.ACCOUNT_ID -> CORE.ACCOUNTS.ACCOUNT_ID
MERGE INTO core.accounts t
USING (
    SELECT account_id, status, balance, updated_at
    FROM raw.account_feed
    QUALIFY ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY updated_at DESC) = 1
) s
ON t.account_id = s.account_id
WHEN MATCHED AND s.status = 'CLOSED' THEN DELETE
WHEN MATCHED AND s.updated_at > t.updated_at AND s.status = 'FROZEN' THEN
    UPDATE SET t.status = s.status, t.frozen_at = s.updated_at
WHEN MATCHED AND s.updated_at > t.updated_at THEN
    UPDATE SET t.balance = s.balance, t.updated_at = s.updated_at
WHEN NOT MATCHED AND s.status <> 'CLOSED' THEN
    INSERT (account_id, status, balance, updated_at)
    VALUES (s.account_id, s.status, s.balance, s.updated_at);

-- case: insert_overwrite_without_column_list_by_schema
-- schema: MART.DAILY_SIGNUPS(SIGNUP_DATE, CHANNEL, SIGNUPS)
-- sources: RAW.USERS
-- targets: MART.DAILY_SIGNUPS
-- columns: RAW.USERS.CREATED_AT -> MART.DAILY_SIGNUPS.SIGNUP_DATE
-- columns: RAW.USERS.UTM_SOURCE -> MART.DAILY_SIGNUPS.CHANNEL
-- columns: RAW.USERS.USER_ID -> MART.DAILY_SIGNUPS.SIGNUPS
INSERT OVERWRITE INTO mart.daily_signups
SELECT created_at::date, COALESCE(utm_source, 'direct'), COUNT(DISTINCT user_id)
FROM raw.users
GROUP BY 1, 2;

-- case: temporary_table_ctas_then_appended_and_read_twice
-- sources: RAW.WEB_EVENTS, RAW.APP_EVENTS
-- targets: MART.DAU, MART.LAST_SEEN
-- intermediate: TMP_EVENTS
-- columns: RAW.WEB_EVENTS.EVENT_TS -> MART.DAU.DAY, RAW.APP_EVENTS.TS -> MART.DAU.DAY
-- columns: RAW.WEB_EVENTS.USER_ID -> MART.DAU.USERS, RAW.APP_EVENTS.DEVICE_USER_ID -> MART.DAU.USERS
-- columns: RAW.WEB_EVENTS.USER_ID -> MART.LAST_SEEN.USER_ID, RAW.APP_EVENTS.DEVICE_USER_ID -> MART.LAST_SEEN.USER_ID
-- columns: RAW.WEB_EVENTS.EVENT_TS -> MART.LAST_SEEN.LAST_SEEN_AT, RAW.APP_EVENTS.TS -> MART.LAST_SEEN.LAST_SEEN_AT
-- columns: RAW.WEB_EVENTS.EVENT_TS -> MART.LAST_SEEN.LAST_SRC, RAW.APP_EVENTS.TS -> MART.LAST_SEEN.LAST_SRC
CREATE OR REPLACE TEMPORARY TABLE tmp_events AS
SELECT user_id, event_ts, 'web' AS src
FROM raw.web_events
WHERE event_ts >= DATEADD(day, -1, CURRENT_DATE());

INSERT INTO tmp_events
SELECT device_user_id, ts, 'app'
FROM raw.app_events
WHERE ts >= DATEADD(day, -1, CURRENT_DATE());

INSERT INTO mart.dau (day, users)
SELECT event_ts::date, COUNT(DISTINCT user_id) FROM tmp_events GROUP BY 1;

INSERT INTO mart.last_seen (user_id, last_seen_at, last_src)
SELECT user_id, MAX(event_ts), MAX_BY(src, event_ts) FROM tmp_events GROUP BY user_id;

-- case: update_from_target_repeated_twice_as_manager_and_head
-- sources: CORE.EMPLOYEES, CORE.DEPARTMENTS
-- targets: CORE.EMPLOYEES
-- columns: CORE.EMPLOYEES.EMAIL -> CORE.EMPLOYEES.MANAGER_EMAIL
-- columns: CORE.EMPLOYEES.EMAIL -> CORE.EMPLOYEES.DEPT_HEAD_EMAIL
-- indirect: CORE.EMPLOYEES.EMPLOYEE_ID, CORE.EMPLOYEES.MANAGER_ID, CORE.EMPLOYEES.DEPT_ID
-- indirect: CORE.DEPARTMENTS.DEPT_ID, CORE.DEPARTMENTS.HEAD_ID
UPDATE core.employees e
SET manager_email = m.email,
    dept_head_email = h.email
FROM core.employees m, core.employees h, core.departments d
WHERE m.employee_id = e.manager_id
  AND d.dept_id = e.dept_id
  AND h.employee_id = d.head_id;

-- case: delete_using_aggregating_subquery
-- sources: CORE.BOT_SESSIONS
-- effects: delete CORE.PAGE_VIEWS
-- indirect: CORE.BOT_SESSIONS.SESSION_ID, CORE.BOT_SESSIONS.SCORE, CORE.PAGE_VIEWS.SESSION_ID
DELETE FROM core.page_views
USING (SELECT DISTINCT session_id FROM core.bot_sessions WHERE score > 0.9) b
WHERE core.page_views.session_id = b.session_id;

-- case: view_cte_chain_renames_twice_with_ratio_to_report
-- sources: RAW.PAYMENTS, RAW.CUSTOMERS
-- targets: MART.V_CUSTOMER_HEALTH
-- columns: RAW.CUSTOMERS.NAME -> MART.V_CUSTOMER_HEALTH.NAME
-- columns: RAW.PAYMENTS.AMT -> MART.V_CUSTOMER_HEALTH.LTV
-- columns: RAW.PAYMENTS.AMT -> MART.V_CUSTOMER_HEALTH.SHARE
-- indirect: RAW.CUSTOMERS.ID, RAW.PAYMENTS.CUST_ID
CREATE OR REPLACE VIEW mart.v_customer_health AS
WITH t1 AS (
    SELECT cust_id AS customer_id, SUM(amt) AS spend FROM raw.payments GROUP BY cust_id
),
t2 AS (
    SELECT customer_id AS cid, spend AS lifetime_spend, RATIO_TO_REPORT(spend) OVER () AS share FROM t1
)
SELECT c.name, t2.lifetime_spend AS ltv, t2.share
FROM t2
JOIN raw.customers c ON c.id = t2.cid;

-- case: truncate_reload_then_update_other_table_from_it
-- sources: RAW.FX_RATES, MART.FX_LATEST
-- targets: MART.FX_LATEST, MART.INVOICES
-- columns: RAW.FX_RATES.CURRENCY -> MART.FX_LATEST.CCY
-- columns: RAW.FX_RATES.RATE -> MART.FX_LATEST.RATE
-- columns: RAW.FX_RATES.RATE_DATE -> MART.FX_LATEST.AS_OF
-- columns: MART.FX_LATEST.RATE -> MART.INVOICES.AMOUNT_EUR
-- indirect: MART.FX_LATEST.CCY, MART.INVOICES.CURRENCY, MART.INVOICES.AMOUNT_EUR
-- effects: truncate MART.FX_LATEST
TRUNCATE TABLE IF EXISTS mart.fx_latest;

INSERT INTO mart.fx_latest (ccy, rate, as_of)
SELECT currency, rate, rate_date
FROM raw.fx_rates
QUALIFY ROW_NUMBER() OVER (PARTITION BY currency ORDER BY rate_date DESC) = 1;

UPDATE mart.invoices i
SET amount_eur = i.amount / f.rate
FROM mart.fx_latest f
WHERE f.ccy = i.currency
  AND i.amount_eur IS NULL;

-- case: correlated_scalar_subquery_over_flatten_value
-- sources: RAW.ORDERS, RAW.TAG_STATS
-- targets: MART.ORDER_TAGS
-- columns: RAW.ORDERS.ORDER_ID -> MART.ORDER_TAGS.ORDER_ID
-- columns: RAW.ORDERS.TAGS -> MART.ORDER_TAGS.TAG
-- columns: RAW.TAG_STATS.USES -> MART.ORDER_TAGS.TAG_POPULARITY
-- indirect: RAW.TAG_STATS.TAG
INSERT INTO mart.order_tags (order_id, tag, tag_popularity)
SELECT o.order_id,
       f.value::string,
       (SELECT MAX(ts.uses) FROM raw.tag_stats ts WHERE ts.tag = f.value::string)
FROM raw.orders o,
     LATERAL FLATTEN(input => o.tags) f;

-- case: ctas_window_streak_key_and_count_if_over_partition
-- sources: RAW.DAILY_ACTIVITY
-- targets: MART.USER_STREAKS
-- columns: RAW.DAILY_ACTIVITY.USER_ID -> MART.USER_STREAKS.USER_ID
-- columns: RAW.DAILY_ACTIVITY.ACTIVITY_DATE -> MART.USER_STREAKS.ACTIVITY_DATE
-- columns: RAW.DAILY_ACTIVITY.ACTIVITY_DATE -> MART.USER_STREAKS.STREAK_KEY
-- columns: RAW.DAILY_ACTIVITY.USER_ID -> MART.USER_STREAKS.STREAK_KEY
-- columns: RAW.DAILY_ACTIVITY.IS_PAID -> MART.USER_STREAKS.PAID_DAYS
-- columns: RAW.DAILY_ACTIVITY.USER_ID -> MART.USER_STREAKS.PAID_DAYS
CREATE OR REPLACE TABLE mart.user_streaks AS
SELECT user_id,
       activity_date,
       DATEADD(day, -ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY activity_date), activity_date) AS streak_key,
       COUNT_IF(is_paid) OVER (PARTITION BY user_id) AS paid_days
FROM raw.daily_activity
WHERE activity_date >= '2024-01-01';

-- case: insert_select_exists_and_not_in_with_three_part_names
-- sources: PROD.CRM.CONTACTS, PROD.SALES.OPPORTUNITIES, PROD.CRM.DO_NOT_CALL
-- targets: PROD.MKT.CALL_LIST
-- columns: PROD.CRM.CONTACTS.CONTACT_ID -> PROD.MKT.CALL_LIST.CONTACT_ID
-- columns: PROD.CRM.CONTACTS.PHONE -> PROD.MKT.CALL_LIST.PHONE
-- indirect: PROD.SALES.OPPORTUNITIES.CONTACT_ID, PROD.SALES.OPPORTUNITIES.STAGE
-- indirect: PROD.CRM.DO_NOT_CALL.PHONE
INSERT INTO prod.mkt.call_list (contact_id, phone)
SELECT c.contact_id, c.phone
FROM prod.crm.contacts c
WHERE EXISTS (SELECT 1 FROM prod.sales.opportunities o
               WHERE o.contact_id = c.contact_id AND o.stage = 'OPEN')
  AND c.phone NOT IN (SELECT d.phone FROM prod.crm.do_not_call d);
