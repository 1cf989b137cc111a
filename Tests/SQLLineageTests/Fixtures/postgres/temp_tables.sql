-- case: temp_table_ctas_is_intermediate
-- sources: sales.orders
-- targets: mart.customer_totals
-- intermediate: tmp_totals
-- columns: sales.orders.customer_id -> mart.customer_totals.customer_id, sales.orders.amount -> mart.customer_totals.total
CREATE TEMP TABLE tmp_totals AS
SELECT customer_id, sum(amount) AS total
FROM sales.orders
GROUP BY customer_id;

INSERT INTO mart.customer_totals (customer_id, total)
SELECT customer_id, total FROM tmp_totals;

-- case: temp_table_create_fill_update_use_drop
-- sources: sales.orders
-- targets: mart.today_gross
-- intermediate: tmp_orders
-- columns: sales.orders.id -> mart.today_gross.order_id, sales.orders.amount -> mart.today_gross.gross
CREATE TEMP TABLE tmp_orders (id bigint, amount numeric);

INSERT INTO tmp_orders (id, amount)
SELECT id, amount FROM sales.orders WHERE created_at >= current_date;

UPDATE tmp_orders SET amount = amount * 1.19;

INSERT INTO mart.today_gross (order_id, gross)
SELECT id, amount FROM tmp_orders;

DROP TABLE tmp_orders;

-- case: created_then_dropped_table_is_intermediate
-- sources: crm.customers
-- targets: mart.customer_emails
-- intermediate: work.stage_customers
-- columns: crm.customers.id -> mart.customer_emails.customer_id, crm.customers.email -> mart.customer_emails.email
CREATE TABLE work.stage_customers AS
SELECT id, lower(email) AS email FROM crm.customers;

INSERT INTO mart.customer_emails (customer_id, email)
SELECT id, email FROM work.stage_customers;

DROP TABLE work.stage_customers;

-- case: select_into_temp_then_update_from
-- sources: sales.orders
-- targets: sales.customers
-- intermediate: tmp_spend
-- columns: sales.orders.amount -> sales.customers.total_spent
SELECT customer_id, sum(amount) AS total
INTO TEMP tmp_spend
FROM sales.orders
GROUP BY customer_id;

UPDATE sales.customers c
SET total_spent = t.total
FROM tmp_spend t
WHERE t.customer_id = c.id;

-- case: temporary_table_on_commit_drop
-- sources: sales.orders
-- targets: mart.big_spenders
-- intermediate: tmp_ids
-- columns: sales.orders.customer_id -> mart.big_spenders.customer_id
CREATE TEMPORARY TABLE tmp_ids ON COMMIT DROP AS
SELECT DISTINCT customer_id FROM sales.orders WHERE amount > 500;

INSERT INTO mart.big_spenders (customer_id)
SELECT customer_id FROM tmp_ids;

-- case: persistent_table_in_the_middle_keeps_both_hops
-- sources: sales.orders, stage.daily
-- targets: stage.daily, mart.revenue_history
-- columns: sales.orders.created_at -> stage.daily.day, sales.orders.amount -> stage.daily.revenue
-- columns: stage.daily.day -> mart.revenue_history.day, stage.daily.revenue -> mart.revenue_history.revenue
CREATE TABLE stage.daily AS
SELECT created_at::date AS day, sum(amount) AS revenue
FROM sales.orders
GROUP BY 1;

INSERT INTO mart.revenue_history (day, revenue)
SELECT day, revenue FROM stage.daily;
