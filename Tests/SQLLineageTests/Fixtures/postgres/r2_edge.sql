-- case: cte_named_like_the_table_it_reads_is_not_recursive
-- default_schema: public
-- sources: public.orders
-- targets: public.order_snapshot
-- columns: public.orders.id -> public.order_snapshot.id, public.orders.amount -> public.order_snapshot.amount
-- indirect: public.orders.status
WITH orders AS (
    SELECT id, amount FROM orders WHERE status = 'paid'
)
INSERT INTO order_snapshot (id, amount)
SELECT id, amount FROM orders;

-- case: cte_column_alias_list_renames
-- sources: sales.orders
-- targets: mart.daily
-- columns: sales.orders.created_at -> mart.daily.day, sales.orders.amount -> mart.daily.total
WITH d (day, total) AS (
    SELECT created_at::date, sum(amount)
    FROM sales.orders
    GROUP BY 1
)
INSERT INTO mart.daily (day, total)
SELECT day, total FROM d;

-- case: derived_table_column_alias_list
-- sources: sales.orders
-- targets: mart.customer_max
-- columns: sales.orders.customer_id -> mart.customer_max.customer_id
-- columns: sales.orders.amount -> mart.customer_max.max_amount
CREATE TABLE mart.customer_max AS
SELECT x.cid AS customer_id, x.m AS max_amount
FROM (SELECT customer_id, max(amount) FROM sales.orders GROUP BY customer_id) AS x (cid, m);

-- case: values_derived_table_joined_to_table
-- sources: sales.orders
-- targets: mart.order_priority
-- columns: sales.orders.id -> mart.order_priority.order_id
-- indirect: sales.orders.channel
INSERT INTO mart.order_priority (order_id, priority)
SELECT o.id, v.prio
FROM sales.orders o
JOIN (VALUES ('web', 1), ('store', 2), ('phone', 3)) AS v (channel, prio)
  ON v.channel = o.channel;

-- case: update_row_value_from_subquery
-- sources: sales.orders
-- targets: crm.customers
-- columns: sales.orders.created_at -> crm.customers.first_order_at
-- columns: sales.orders.amount -> crm.customers.first_order_amount
-- indirect: sales.orders.customer_id, crm.customers.id
UPDATE crm.customers c
SET (first_order_at, first_order_amount) = (
    SELECT o.created_at, o.amount
    FROM sales.orders o
    WHERE o.customer_id = c.id
    ORDER BY o.created_at
    LIMIT 1
);

-- case: update_row_value_from_join
-- sources: staging.addresses
-- targets: crm.customers
-- columns: staging.addresses.street -> crm.customers.street
-- columns: staging.addresses.city -> crm.customers.city
-- columns: staging.addresses.zip -> crm.customers.postal_code
-- indirect: staging.addresses.customer_id, crm.customers.id
UPDATE crm.customers AS c
SET (street, city, postal_code) = (a.street, a.city, a.zip)
FROM staging.addresses AS a
WHERE a.customer_id = c.id;

-- case: correlated_subquery_alias_shadowing
-- sources: sales.orders, sales.refunds
-- targets: mart.net_orders
-- columns: sales.orders.id -> mart.net_orders.order_id
-- columns: sales.orders.amount -> mart.net_orders.net_amount
-- columns: sales.refunds.amount -> mart.net_orders.net_amount
-- indirect: sales.refunds.order_id
INSERT INTO mart.net_orders (order_id, net_amount)
SELECT o.id,
       o.amount - coalesce((SELECT sum(o.amount) FROM sales.refunds o WHERE o.order_id = x.id), 0)
FROM sales.orders o
JOIN sales.orders x ON x.id = o.id;

-- case: sql_standard_string_functions_parse
-- sources: crm.people
-- targets: crm.people_clean
-- columns: crm.people.phone -> crm.people_clean.area_code
-- columns: crm.people.full_name -> crm.people_clean.first_name
-- columns: crm.people.email -> crm.people_clean.domain
-- columns: crm.people.born_at -> crm.people_clean.birth_year
-- columns: crm.people.updated_at -> crm.people_clean.updated_utc
INSERT INTO crm.people_clean (area_code, first_name, domain, birth_year, updated_utc)
SELECT substring(p.phone FROM 1 FOR 3),
       trim(BOTH ' ' FROM split_part(p.full_name, ' ', 1)),
       substring(p.email FROM position('@' IN p.email) + 1),
       EXTRACT(YEAR FROM p.born_at)::int,
       p.updated_at AT TIME ZONE 'UTC'
FROM crm.people p
WHERE p.email IS DISTINCT FROM NULL;

-- case: temp_table_name_folding_in_composition
-- sources: raw.devices
-- targets: mart.device_models
-- intermediate: tmp_devices
-- columns: raw.devices.model -> mart.device_models.model
-- columns: raw.devices.id -> mart.device_models.device_count
CREATE TEMP TABLE Tmp_Devices AS
SELECT d.id, upper(d.model) AS model FROM raw.devices d;

INSERT INTO mart.device_models (model, device_count)
SELECT model, count(id) FROM TMP_DEVICES GROUP BY model;

-- case: parenthesized_union_with_order_by_and_limit
-- sources: sales.web_orders, sales.store_orders
-- targets: mart.biggest_orders
-- columns: sales.web_orders.id -> mart.biggest_orders.order_id, sales.store_orders.ticket_id -> mart.biggest_orders.order_id
-- columns: sales.web_orders.total -> mart.biggest_orders.amount, sales.store_orders.amount -> mart.biggest_orders.amount
INSERT INTO mart.biggest_orders (order_id, amount)
(SELECT w.id, w.total FROM sales.web_orders w ORDER BY w.total DESC LIMIT 10)
UNION
(SELECT s.ticket_id, s.amount FROM sales.store_orders s ORDER BY s.amount DESC LIMIT 10)
ORDER BY 2 DESC
LIMIT 10;

-- case: cte_referenced_twice_self_join
-- sources: sales.orders
-- targets: mart.repeat_gaps
-- columns: sales.orders.customer_id -> mart.repeat_gaps.customer_id
-- columns: sales.orders.created_at -> mart.repeat_gaps.days_between
INSERT INTO mart.repeat_gaps (customer_id, days_between)
WITH numbered AS (
    SELECT id, customer_id, created_at,
           row_number() OVER (PARTITION BY customer_id ORDER BY created_at) AS n
    FROM sales.orders
)
SELECT a.customer_id, b.created_at::date - a.created_at::date
FROM numbered a
JOIN numbered b ON b.customer_id = a.customer_id AND b.n = a.n + 1;

-- case: plpgsql_parameter_named_like_column_resolves_to_column_with_schema
-- schema: hr.employees(employee_id, dept_id, salary)
-- sources: hr.employees
-- targets: hr.dept_payroll
-- columns: hr.employees.dept_id -> hr.dept_payroll.dept_id
-- columns: hr.employees.salary -> hr.dept_payroll.total_salary
CREATE OR REPLACE FUNCTION hr.snapshot_payroll(dept_id int)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO hr.dept_payroll (dept_id, total_salary, taken_on)
    SELECT e.dept_id, sum(e.salary), current_date
      FROM hr.employees e
     GROUP BY e.dept_id;
END;
$$;

-- case: temp_table_recreated_with_other_content
-- sources: src.a, src.b
-- targets: mart.x, mart.y
-- intermediate: tmp_k
-- columns: src.a.k -> mart.x.k, src.b.k -> mart.y.k
CREATE TEMP TABLE tmp_k AS SELECT k FROM src.a;
INSERT INTO mart.x (k) SELECT k FROM tmp_k;
DROP TABLE tmp_k;

CREATE TEMP TABLE tmp_k AS SELECT k FROM src.b;
INSERT INTO mart.y (k) SELECT k FROM tmp_k;
DROP TABLE tmp_k;

-- case: insert_values_with_scalar_subqueries_and_row_constructor
-- sources: ops.jobs, ops.job_runs
-- targets: ops.job_health
-- columns: ops.jobs.name -> ops.job_health.job_name
-- columns: ops.job_runs.finished_at -> ops.job_health.last_success
-- indirect: ops.jobs.id, ops.job_runs.job_id, ops.job_runs.status
INSERT INTO ops.job_health (job_name, last_success, checked_at)
VALUES (
    (SELECT j.name FROM ops.jobs j WHERE j.id = 42),
    (SELECT max(r.finished_at) FROM ops.job_runs r WHERE r.job_id = 42 AND r.status = 'ok'),
    now()
);

-- case: ctas_as_table_shorthand_and_with_no_data
-- schema: ref.countries(code, name, region)
-- sources: ref.countries
-- targets: scratch.countries_copy, scratch.countries_empty
-- columns: ref.countries.code -> scratch.countries_copy.code
-- columns: ref.countries.name -> scratch.countries_copy.name
-- columns: ref.countries.region -> scratch.countries_copy.region
-- columns: ref.countries.code -> scratch.countries_empty.code
-- columns: ref.countries.name -> scratch.countries_empty.name
CREATE TABLE scratch.countries_copy AS TABLE ref.countries;
CREATE TABLE scratch.countries_empty AS SELECT code, name FROM ref.countries WITH NO DATA;

-- case: temp_table_refilled_after_its_last_read
-- sources: src.a, src.b
-- targets: mart.x
-- intermediate: tmp_q
-- columns: src.a.k -> mart.x.k
CREATE TEMP TABLE tmp_q (k int);
INSERT INTO tmp_q (k) SELECT k FROM src.a;
INSERT INTO mart.x (k) SELECT k FROM tmp_q;
TRUNCATE tmp_q;
-- refill for the next step that was removed from this job; the data goes nowhere
INSERT INTO tmp_q (k) SELECT k FROM src.b;

-- case: jsonb_containment_array_overlap_and_regex_filters
-- sources: crm.customers
-- targets: marketing.segment_members
-- columns: crm.customers.id -> marketing.segment_members.customer_id
-- indirect: crm.customers.attributes, crm.customers.tags, crm.customers.email
INSERT INTO marketing.segment_members (segment_id, customer_id, added_at)
SELECT 17, c.id, now()
FROM crm.customers c
WHERE c.attributes @> '{"newsletter": true}'::jsonb
  AND c.tags && ARRAY['vip', 'beta']::text[]
  AND c.email !~* '@(example|test)\.com$';

-- case: regex_match_operators_in_case
-- sources: web.sessions
-- targets: web.v_referrers
-- columns: web.sessions.session_id -> web.v_referrers.session_id
-- columns: web.sessions.referrer -> web.v_referrers.source
CREATE VIEW web.v_referrers AS
SELECT s.session_id,
       CASE WHEN s.referrer ~* 'google\.' THEN 'google'
            WHEN s.referrer ~ '^https?://(www\.)?bing\.' THEN 'bing'
            ELSE coalesce(substring(s.referrer FROM '^https?://([^/]+)'), 'direct')
       END AS source
FROM web.sessions s;

-- case: array_slice_of_ordered_array_agg
-- sources: sales.order_lines
-- targets: mart.top3_products
-- columns: sales.order_lines.customer_id -> mart.top3_products.customer_id
-- columns: sales.order_lines.product_id -> mart.top3_products.product_ids
-- columns: sales.order_lines.qty -> mart.top3_products.product_ids
INSERT INTO mart.top3_products (customer_id, product_ids)
SELECT ol.customer_id, (array_agg(ol.product_id ORDER BY ol.qty DESC))[1:3]
FROM sales.order_lines ol
GROUP BY ol.customer_id;

-- case: from_only_parent_table
-- sources: app.events
-- targets: archive.events_legacy
-- columns: app.events.id -> archive.events_legacy.id, app.events.payload -> archive.events_legacy.payload
-- indirect: app.events.created_at
INSERT INTO archive.events_legacy (id, payload)
SELECT e.id, e.payload
FROM ONLY app.events e
WHERE e.created_at < '2020-01-01';

-- case: tablesample_bernoulli_repeatable
-- schema: sales.orders(id, customer_id, amount)
-- sources: sales.orders
-- targets: scratch.orders_sample
-- columns: sales.orders.id -> scratch.orders_sample.id
-- columns: sales.orders.customer_id -> scratch.orders_sample.customer_id
-- columns: sales.orders.amount -> scratch.orders_sample.amount
CREATE TABLE scratch.orders_sample AS
SELECT * FROM sales.orders TABLESAMPLE BERNOULLI (1) REPEATABLE (42);

-- case: overlaps_predicate_in_self_join
-- sources: hr.bookings
-- targets: hr.booking_conflicts
-- columns: hr.bookings.id -> hr.booking_conflicts.booking_a, hr.bookings.id -> hr.booking_conflicts.booking_b
-- columns: hr.bookings.room_id -> hr.booking_conflicts.room_id
-- indirect: hr.bookings.starts_at, hr.bookings.ends_at
INSERT INTO hr.booking_conflicts (booking_a, booking_b, room_id)
SELECT a.id, b.id, a.room_id
FROM hr.bookings a
JOIN hr.bookings b
  ON a.room_id = b.room_id
 AND a.id < b.id
 AND (a.starts_at, a.ends_at) OVERLAPS (b.starts_at, b.ends_at);

-- case: update_from_self_join_manager_name
-- sources: hr.employees
-- targets: hr.employees
-- columns: hr.employees.full_name -> hr.employees.manager_name
-- indirect: hr.employees.id, hr.employees.manager_id
UPDATE hr.employees e
SET manager_name = m.full_name
FROM hr.employees m
WHERE m.id = e.manager_id;

-- case: delete_using_self_dedupe
-- sources: crm.contacts
-- effects: delete crm.contacts
DELETE FROM crm.contacts a
USING crm.contacts b
WHERE a.email = b.email
  AND a.id < b.id;
