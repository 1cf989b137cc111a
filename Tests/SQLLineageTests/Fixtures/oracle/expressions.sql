-- case: searched_case_conditions_are_sources
-- sources: STG.ORDERS
-- targets: MART.ORDER_SIZE
-- columns: STG.ORDERS.ORDER_ID -> MART.ORDER_SIZE.ORDER_ID
-- columns: STG.ORDERS.TOTAL_AMOUNT -> MART.ORDER_SIZE.SIZE_BAND, STG.ORDERS.ITEM_COUNT -> MART.ORDER_SIZE.SIZE_BAND
-- diagnostics: none
INSERT INTO mart.order_size (order_id, size_band)
SELECT o.order_id,
       CASE WHEN o.total_amount >= 1000 THEN 'L'
            WHEN o.total_amount >= 100 THEN 'M'
            WHEN o.item_count > 10 THEN 'M'
            ELSE 'S'
       END
FROM stg.orders o;

-- case: simple_case_selector_and_results
-- sources: STG.CUSTOMERS
-- targets: DWH.CONTACT_PREF
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CONTACT_PREF.CUSTOMER_ID
-- columns: STG.CUSTOMERS.PREF_CHANNEL -> DWH.CONTACT_PREF.PREFERRED_CONTACT, STG.CUSTOMERS.EMAIL -> DWH.CONTACT_PREF.PREFERRED_CONTACT
-- columns: STG.CUSTOMERS.MOBILE -> DWH.CONTACT_PREF.PREFERRED_CONTACT, STG.CUSTOMERS.PHONE -> DWH.CONTACT_PREF.PREFERRED_CONTACT
INSERT INTO dwh.contact_pref (customer_id, preferred_contact)
SELECT c.customer_id,
       CASE c.pref_channel
         WHEN 'EMAIL' THEN c.email
         WHEN 'SMS' THEN c.mobile
         ELSE c.phone
       END
FROM stg.customers c;

-- case: decode_arguments
-- sources: STG.ORDERS
-- targets: DWH.FACT_ORDERS_STATUS
-- columns: STG.ORDERS.ORDER_ID -> DWH.FACT_ORDERS_STATUS.ORDER_ID
-- columns: STG.ORDERS.STATUS -> DWH.FACT_ORDERS_STATUS.STATUS_DESC, STG.ORDERS.STATUS_TEXT -> DWH.FACT_ORDERS_STATUS.STATUS_DESC
-- columns: STG.ORDERS.CLOSED_DATE -> DWH.FACT_ORDERS_STATUS.IS_OPEN
INSERT INTO dwh.fact_orders_status (order_id, status_desc, is_open)
SELECT order_id,
       DECODE(status, 'N', 'New', 'S', 'Shipped', 'C', 'Closed', status_text),
       DECODE(closed_date, NULL, 1, 0)
FROM stg.orders;

-- case: nvl_nvl2_coalesce
-- sources: STG.CUSTOMERS
-- targets: DWH.CUSTOMER_CONTACT
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMER_CONTACT.CUSTOMER_ID
-- columns: STG.CUSTOMERS.EMAIL -> DWH.CUSTOMER_CONTACT.EMAIL
-- columns: STG.CUSTOMERS.MOBILE -> DWH.CUSTOMER_CONTACT.PHONE, STG.CUSTOMERS.PHONE -> DWH.CUSTOMER_CONTACT.PHONE, STG.CUSTOMERS.OFFICE_PHONE -> DWH.CUSTOMER_CONTACT.PHONE
-- columns: STG.CUSTOMERS.MOBILE -> DWH.CUSTOMER_CONTACT.HAS_MOBILE
INSERT INTO dwh.customer_contact (customer_id, email, phone, has_mobile)
SELECT c.customer_id,
       NVL(c.email, 'unknown@example.com'),
       COALESCE(c.mobile, c.phone, c.office_phone),
       NVL2(c.mobile, 'Y', 'N')
FROM stg.customers c;

-- case: cast_extract_to_char
-- sources: STG.ORDERS_RAW
-- targets: DWH.ORDER_DATES
-- columns: STG.ORDERS_RAW.ORDER_ID -> DWH.ORDER_DATES.ORDER_ID
-- columns: STG.ORDERS_RAW.ORDER_TS -> DWH.ORDER_DATES.ORDER_YEAR
-- columns: STG.ORDERS_RAW.ORDER_TS -> DWH.ORDER_DATES.ORDER_MONTH
-- columns: STG.ORDERS_RAW.ORDER_TS -> DWH.ORDER_DATES.ORDER_DAY_NAME
-- columns: STG.ORDERS_RAW.AMOUNT_TEXT -> DWH.ORDER_DATES.AMOUNT_NUM
-- diagnostics: none
INSERT INTO dwh.order_dates (order_id, order_year, order_month, order_day_name, amount_num)
SELECT o.order_id,
       EXTRACT(YEAR FROM o.order_ts),
       EXTRACT(MONTH FROM CAST(o.order_ts AS DATE)),
       TO_CHAR(o.order_ts, 'Day', 'NLS_DATE_LANGUAGE=AMERICAN'),
       CAST(o.amount_text AS NUMBER(12, 2))
FROM stg.orders_raw o;

-- case: arithmetic_and_concatenation
-- sources: STG.ORDER_LINES, REF.TAX_RATES
-- targets: DWH.ORDER_LINES_CALC
-- columns: STG.ORDER_LINES.ORDER_ID -> DWH.ORDER_LINES_CALC.ORDER_ID
-- columns: STG.ORDER_LINES.LINE_NO -> DWH.ORDER_LINES_CALC.LINE_NO
-- columns: STG.ORDER_LINES.ORDER_ID -> DWH.ORDER_LINES_CALC.LINE_LABEL, STG.ORDER_LINES.LINE_NO -> DWH.ORDER_LINES_CALC.LINE_LABEL
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.ORDER_LINES_CALC.GROSS, STG.ORDER_LINES.UNIT_PRICE -> DWH.ORDER_LINES_CALC.GROSS
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.ORDER_LINES_CALC.NET, STG.ORDER_LINES.UNIT_PRICE -> DWH.ORDER_LINES_CALC.NET, STG.ORDER_LINES.DISCOUNT_PCT -> DWH.ORDER_LINES_CALC.NET
-- columns: STG.ORDER_LINES.QUANTITY -> DWH.ORDER_LINES_CALC.TAX, STG.ORDER_LINES.UNIT_PRICE -> DWH.ORDER_LINES_CALC.TAX, REF.TAX_RATES.RATE -> DWH.ORDER_LINES_CALC.TAX
-- indirect: REF.TAX_RATES.TAX_CODE, STG.ORDER_LINES.TAX_CODE
INSERT INTO dwh.order_lines_calc (order_id, line_no, line_label, gross, net, tax)
SELECT l.order_id,
       l.line_no,
       l.order_id || '-' || LPAD(l.line_no, 3, '0'),
       l.quantity * l.unit_price,
       l.quantity * l.unit_price * (1 - NVL(l.discount_pct, 0) / 100),
       ROUND(l.quantity * l.unit_price * t.rate, 2)
FROM stg.order_lines l
JOIN ref.tax_rates t ON t.tax_code = l.tax_code;

-- case: keep_dense_rank_first_last
-- sources: STG.CUSTOMER_STATUS_HISTORY
-- targets: DWH.CUSTOMER_LAST_STATUS
-- columns: STG.CUSTOMER_STATUS_HISTORY.CUSTOMER_ID -> DWH.CUSTOMER_LAST_STATUS.CUSTOMER_ID
-- columns: STG.CUSTOMER_STATUS_HISTORY.STATUS -> DWH.CUSTOMER_LAST_STATUS.LAST_STATUS, STG.CUSTOMER_STATUS_HISTORY.CHANGED_AT -> DWH.CUSTOMER_LAST_STATUS.LAST_STATUS
-- columns: STG.CUSTOMER_STATUS_HISTORY.CHANNEL -> DWH.CUSTOMER_LAST_STATUS.FIRST_CHANNEL, STG.CUSTOMER_STATUS_HISTORY.CHANGED_AT -> DWH.CUSTOMER_LAST_STATUS.FIRST_CHANNEL
-- columns: STG.CUSTOMER_STATUS_HISTORY.SEQ_NO -> DWH.CUSTOMER_LAST_STATUS.FIRST_CHANNEL
INSERT INTO dwh.customer_last_status (customer_id, last_status, first_channel)
SELECT h.customer_id,
       MAX(h.status) KEEP (DENSE_RANK LAST ORDER BY h.changed_at),
       MIN(h.channel) KEEP (DENSE_RANK FIRST ORDER BY h.changed_at, h.seq_no)
FROM stg.customer_status_history h
GROUP BY h.customer_id;

-- case: listagg_within_group_order_column
-- sources: STG.ORDER_LINES, DWH.DIM_PRODUCT
-- targets: MART.ORDER_PRODUCT_LIST
-- columns: STG.ORDER_LINES.ORDER_ID -> MART.ORDER_PRODUCT_LIST.ORDER_ID
-- columns: DWH.DIM_PRODUCT.PRODUCT_NAME -> MART.ORDER_PRODUCT_LIST.PRODUCT_LIST, STG.ORDER_LINES.LINE_NO -> MART.ORDER_PRODUCT_LIST.PRODUCT_LIST
-- columns: STG.ORDER_LINES.PRODUCT_ID -> MART.ORDER_PRODUCT_LIST.PRODUCT_COUNT
-- indirect: DWH.DIM_PRODUCT.PRODUCT_ID
INSERT INTO mart.order_product_list (order_id, product_list, product_count)
SELECT l.order_id,
       LISTAGG(p.product_name, ', ') WITHIN GROUP (ORDER BY l.line_no),
       COUNT(DISTINCT l.product_id)
FROM stg.order_lines l
JOIN dwh.dim_product p ON p.product_id = l.product_id
GROUP BY l.order_id;

-- case: listagg_distinct_on_overflow_truncate
-- sources: CRM.CUSTOMER_TAGS
-- targets: MART.CUSTOMER_TAGS
-- columns: CRM.CUSTOMER_TAGS.CUSTOMER_ID -> MART.CUSTOMER_TAGS.CUSTOMER_ID
-- columns: CRM.CUSTOMER_TAGS.TAG -> MART.CUSTOMER_TAGS.TAGS
INSERT INTO mart.customer_tags (customer_id, tags)
SELECT t.customer_id,
       LISTAGG(DISTINCT t.tag, ';' ON OVERFLOW TRUNCATE '...' WITH COUNT) WITHIN GROUP (ORDER BY t.tag)
FROM crm.customer_tags t
GROUP BY t.customer_id;

-- case: greatest_least_nullif
-- sources: STG.ACCOUNTS
-- targets: DWH.ACCOUNT_LIMITS
-- columns: STG.ACCOUNTS.ACCOUNT_ID -> DWH.ACCOUNT_LIMITS.ACCOUNT_ID
-- columns: STG.ACCOUNTS.CREDIT_LIMIT -> DWH.ACCOUNT_LIMITS.EFFECTIVE_LIMIT, STG.ACCOUNTS.OVERRIDE_LIMIT -> DWH.ACCOUNT_LIMITS.EFFECTIVE_LIMIT
-- columns: STG.ACCOUNTS.BALANCE -> DWH.ACCOUNT_LIMITS.UTILISATION, STG.ACCOUNTS.CREDIT_LIMIT -> DWH.ACCOUNT_LIMITS.UTILISATION
INSERT INTO dwh.account_limits (account_id, effective_limit, utilisation)
SELECT a.account_id,
       LEAST(a.credit_limit, NVL(a.override_limit, a.credit_limit), 100000),
       NULLIF(a.balance, 0) / GREATEST(a.credit_limit, 1)
FROM stg.accounts a;

-- case: date_arithmetic_interval_months_between
-- sources: STG.SUBSCRIPTIONS
-- targets: DWH.SUBSCRIPTIONS_CALC
-- columns: STG.SUBSCRIPTIONS.SUBSCRIPTION_ID -> DWH.SUBSCRIPTIONS_CALC.SUBSCRIPTION_ID
-- columns: STG.SUBSCRIPTIONS.START_DATE -> DWH.SUBSCRIPTIONS_CALC.RENEWAL_DATE, STG.SUBSCRIPTIONS.TERM_MONTHS -> DWH.SUBSCRIPTIONS_CALC.RENEWAL_DATE
-- columns: STG.SUBSCRIPTIONS.END_DATE -> DWH.SUBSCRIPTIONS_CALC.GRACE_END
-- columns: STG.SUBSCRIPTIONS.CANCELLED_AT -> DWH.SUBSCRIPTIONS_CALC.MONTHS_ACTIVE, STG.SUBSCRIPTIONS.START_DATE -> DWH.SUBSCRIPTIONS_CALC.MONTHS_ACTIVE
INSERT INTO dwh.subscriptions_calc (subscription_id, renewal_date, grace_end, months_active)
SELECT s.subscription_id,
       ADD_MONTHS(s.start_date, s.term_months),
       s.end_date + INTERVAL '14' DAY,
       TRUNC(MONTHS_BETWEEN(NVL(s.cancelled_at, SYSDATE), s.start_date))
FROM stg.subscriptions s;

-- case: regexp_and_string_functions
-- sources: STG.CUSTOMERS
-- targets: DWH.CLEAN_PHONES
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CLEAN_PHONES.CUSTOMER_ID
-- columns: STG.CUSTOMERS.PHONE -> DWH.CLEAN_PHONES.PHONE_DIGITS
-- columns: STG.CUSTOMERS.PHONE -> DWH.CLEAN_PHONES.COUNTRY_PREFIX
-- columns: STG.CUSTOMERS.EMAIL -> DWH.CLEAN_PHONES.EMAIL_DOMAIN
INSERT INTO dwh.clean_phones (customer_id, phone_digits, country_prefix, email_domain)
SELECT c.customer_id,
       REGEXP_REPLACE(c.phone, '[^0-9]', ''),
       SUBSTR(c.phone, 1, INSTR(c.phone, ' ') - 1),
       LOWER(SUBSTR(c.email, INSTR(c.email, '@') + 1))
FROM stg.customers c
WHERE REGEXP_LIKE(c.email, '^[^@]+@[^@]+$');

-- case: case_inside_aggregates
-- sources: STG.ORDERS
-- targets: MART.CHANNEL_MIX
-- columns: STG.ORDERS.ORDER_DATE -> MART.CHANNEL_MIX.ORDER_MONTH
-- columns: STG.ORDERS.CHANNEL -> MART.CHANNEL_MIX.WEB_REVENUE, STG.ORDERS.TOTAL_AMOUNT -> MART.CHANNEL_MIX.WEB_REVENUE
-- columns: STG.ORDERS.CHANNEL -> MART.CHANNEL_MIX.STORE_REVENUE, STG.ORDERS.TOTAL_AMOUNT -> MART.CHANNEL_MIX.STORE_REVENUE
-- columns: STG.ORDERS.CHANNEL -> MART.CHANNEL_MIX.WEB_SHARE, STG.ORDERS.TOTAL_AMOUNT -> MART.CHANNEL_MIX.WEB_SHARE
-- indirect: STG.ORDERS.STATUS
INSERT INTO mart.channel_mix (order_month, web_revenue, store_revenue, web_share)
SELECT TRUNC(o.order_date, 'MM'),
       SUM(CASE WHEN o.channel = 'WEB' THEN o.total_amount ELSE 0 END),
       SUM(CASE WHEN o.channel = 'STORE' THEN o.total_amount ELSE 0 END),
       ROUND(SUM(CASE WHEN o.channel = 'WEB' THEN o.total_amount END)
             / NULLIF(SUM(o.total_amount), 0), 4)
FROM stg.orders o
WHERE o.status = 'COMPLETE'
GROUP BY TRUNC(o.order_date, 'MM');

-- case: case_with_in_between_like_is_null
-- sources: STG.CUSTOMERS
-- targets: DWH.CUSTOMER_CLASS
-- columns: STG.CUSTOMERS.CUSTOMER_ID -> DWH.CUSTOMER_CLASS.CUSTOMER_ID
-- columns: STG.CUSTOMERS.COUNTRY_CODE -> DWH.CUSTOMER_CLASS.CLASS_CODE, STG.CUSTOMERS.REVENUE -> DWH.CUSTOMER_CLASS.CLASS_CODE
-- columns: STG.CUSTOMERS.EMAIL -> DWH.CUSTOMER_CLASS.CLASS_CODE, STG.CUSTOMERS.VAT_ID -> DWH.CUSTOMER_CLASS.CLASS_CODE
INSERT INTO dwh.customer_class (customer_id, class_code)
SELECT c.customer_id,
       CASE
         WHEN c.country_code IN ('DE', 'AT', 'CH') AND c.revenue BETWEEN 0 AND 10000 THEN 'DACH_SMALL'
         WHEN c.email LIKE '%@gov.%' THEN 'PUBLIC'
         WHEN c.vat_id IS NOT NULL THEN 'BUSINESS'
         ELSE 'CONSUMER'
       END
FROM stg.customers c;

-- case: conversion_functions_with_nls_arguments
-- sources: STG.BANK_FILE_RAW
-- targets: DWH.FACT_BANK_TXN
-- columns: STG.BANK_FILE_RAW.COL1 -> DWH.FACT_BANK_TXN.TXN_ID
-- columns: STG.BANK_FILE_RAW.COL2 -> DWH.FACT_BANK_TXN.TXN_DATE
-- columns: STG.BANK_FILE_RAW.COL3 -> DWH.FACT_BANK_TXN.AMOUNT
-- columns: STG.BANK_FILE_RAW.COL4 -> DWH.FACT_BANK_TXN.DESCRIPTION
-- indirect: STG.BANK_FILE_RAW.RECORD_TYPE
INSERT INTO dwh.fact_bank_txn (txn_id, txn_date, amount, description)
SELECT TO_NUMBER(TRIM(r.col1)),
       TO_DATE(r.col2, 'DD.MM.YYYY'),
       TO_NUMBER(REPLACE(r.col3, ',', '.'), '999999999D99', 'NLS_NUMERIC_CHARACTERS=''.,'''),
       TRIM(BOTH ' ' FROM r.col4)
FROM stg.bank_file_raw r
WHERE r.record_type = 'D';

-- case: select_only_expressions
-- sources: STG.ORDERS
-- indirect: STG.ORDERS.ORDER_DATE
SELECT o.order_id, NVL(o.discount, 0) * o.total_amount AS discount_value
FROM stg.orders o
WHERE EXTRACT(YEAR FROM o.order_date) = 2024;

-- case: json_value_and_is_json
-- sources: STG.EVENTS_RAW
-- targets: STG.EVENTS_PARSED
-- columns: STG.EVENTS_RAW.EVENT_ID -> STG.EVENTS_PARSED.EVENT_ID
-- columns: STG.EVENTS_RAW.PAYLOAD -> STG.EVENTS_PARSED.CUSTOMER_ID
-- columns: STG.EVENTS_RAW.PAYLOAD -> STG.EVENTS_PARSED.EVENT_TYPE
INSERT INTO stg.events_parsed (event_id, customer_id, event_type)
SELECT e.event_id,
       JSON_VALUE(e.payload, '$.customer.id' RETURNING NUMBER),
       JSON_VALUE(e.payload, '$.type')
FROM stg.events_raw e
WHERE e.payload IS JSON;
