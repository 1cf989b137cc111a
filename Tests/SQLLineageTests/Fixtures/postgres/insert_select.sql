-- case: insert_select_column_list
-- sources: sales.orders
-- targets: mart.order_facts
-- columns: sales.orders.id -> mart.order_facts.order_id, sales.orders.customer_id -> mart.order_facts.customer_id
-- columns: sales.orders.amount -> mart.order_facts.amount
-- indirect: sales.orders.status
-- diagnostics: none
INSERT INTO mart.order_facts (order_id, customer_id, amount)
SELECT o.id, o.customer_id, o.amount
FROM sales.orders o
WHERE o.status = 'shipped';

-- case: insert_join_expression_and_indirect
-- sources: sales.orders, sales.customers
-- targets: mart.customer_orders
-- columns: sales.customers.name -> mart.customer_orders.customer_name
-- columns: sales.orders.amount -> mart.customer_orders.gross, sales.orders.tax -> mart.customer_orders.gross
-- columns: sales.orders.created_at -> mart.customer_orders.order_day
-- indirect: sales.orders.customer_id, sales.customers.id, sales.customers.country
-- diagnostics: none
INSERT INTO mart.customer_orders (customer_name, gross, order_day)
SELECT c.name, o.amount + o.tax, date_trunc('day', o.created_at)
FROM sales.orders o
JOIN sales.customers c ON c.id = o.customer_id
WHERE c.country = 'DE';

-- case: case_conditions_are_sources
-- sources: sales.orders
-- targets: mart.order_flags
-- columns: sales.orders.id -> mart.order_flags.order_id
-- columns: sales.orders.amount -> mart.order_flags.size_band, sales.orders.qty -> mart.order_flags.size_band
-- columns: sales.orders.category -> mart.order_flags.size_band
INSERT INTO mart.order_flags (order_id, size_band)
SELECT o.id,
       CASE WHEN o.amount > 1000 THEN 'large'
            WHEN o.qty > 10 THEN 'bulk'
            ELSE o.category
       END
FROM sales.orders o;

-- case: group_by_having_count_star
-- sources: sales.orders
-- targets: mart.customer_totals
-- columns: sales.orders.customer_id -> mart.customer_totals.customer_id
-- columns: sales.orders.amount -> mart.customer_totals.total_amount
-- indirect: sales.orders.status
INSERT INTO mart.customer_totals (customer_id, order_count, total_amount)
SELECT customer_id, count(*), sum(amount)
FROM sales.orders
WHERE status <> 'cancelled'
GROUP BY customer_id
HAVING sum(amount) > 0;

-- case: union_all_maps_by_position
-- sources: crm.customers, web.signups
-- targets: mart.contacts
-- columns: crm.customers.email -> mart.contacts.email, web.signups.e_mail -> mart.contacts.email
-- columns: web.signups.origin -> mart.contacts.source_system
INSERT INTO mart.contacts (email, source_system)
SELECT email, 'crm' FROM crm.customers
UNION ALL
SELECT e_mail, origin FROM web.signups;

-- case: window_partition_and_order_are_sources
-- sources: sales.orders
-- targets: mart.ranked_orders
-- columns: sales.orders.id -> mart.ranked_orders.order_id
-- columns: sales.orders.customer_id -> mart.ranked_orders.customer_rank, sales.orders.amount -> mart.ranked_orders.customer_rank
-- columns: sales.orders.amount -> mart.ranked_orders.running_total, sales.orders.customer_id -> mart.ranked_orders.running_total
-- columns: sales.orders.created_at -> mart.ranked_orders.running_total
INSERT INTO mart.ranked_orders (order_id, customer_rank, running_total)
SELECT id,
       rank() OVER (PARTITION BY customer_id ORDER BY amount DESC),
       sum(amount) OVER (PARTITION BY customer_id ORDER BY created_at)
FROM sales.orders;

-- case: scalar_subquery_in_select_list
-- sources: sales.customers, sales.orders
-- targets: mart.customer_last_order
-- columns: sales.customers.id -> mart.customer_last_order.customer_id
-- columns: sales.orders.created_at -> mart.customer_last_order.last_order_at
-- indirect: sales.orders.customer_id
INSERT INTO mart.customer_last_order (customer_id, last_order_at)
SELECT c.id,
       (SELECT max(o.created_at) FROM sales.orders o WHERE o.customer_id = c.id)
FROM sales.customers c;

-- case: no_column_list_uses_target_schema_position
-- schema: mart.daily_sales(sale_day, revenue)
-- sources: sales.orders
-- targets: mart.daily_sales
-- columns: sales.orders.created_at -> mart.daily_sales.sale_day, sales.orders.amount -> mart.daily_sales.revenue
INSERT INTO mart.daily_sales
SELECT created_at::date AS d, sum(amount) AS total
FROM sales.orders
GROUP BY created_at::date;

-- case: star_expanded_from_schema_by_position
-- schema: staging.customers(id, name, email)
-- schema: core.customers(customer_id, full_name, email_address)
-- sources: staging.customers
-- targets: core.customers
-- columns: staging.customers.id -> core.customers.customer_id, staging.customers.name -> core.customers.full_name
-- columns: staging.customers.email -> core.customers.email_address
INSERT INTO core.customers SELECT * FROM staging.customers;

-- case: star_without_schema_gives_star_pair
-- sources: staging.customers
-- targets: core.customers_copy
-- columns: staging.customers.* -> core.customers_copy.*
INSERT INTO core.customers_copy SELECT * FROM staging.customers;

-- case: unqualified_columns_owned_per_schema
-- schema: sales.orders(id, customer_id, amount); sales.customers(cust_id, region)
-- sources: sales.orders, sales.customers
-- targets: mart.region_sales
-- columns: sales.customers.region -> mart.region_sales.region, sales.orders.amount -> mart.region_sales.amount
-- indirect: sales.orders.customer_id, sales.customers.cust_id
INSERT INTO mart.region_sales (region, amount)
SELECT region, amount
FROM sales.orders
JOIN sales.customers ON customer_id = cust_id;

-- case: default_schema_qualifies_unqualified_tables
-- default_schema: public
-- sources: public.accounts
-- targets: public.audit_log
-- columns: public.accounts.id -> public.audit_log.entity_id, public.accounts.name -> public.audit_log.note
INSERT INTO audit_log (entity_id, note)
SELECT id, 'renamed: ' || name FROM accounts;

-- case: insert_values_has_no_sources
-- targets: ref.currencies
-- diagnostics: none
INSERT INTO ref.currencies (code, name) VALUES ('EUR', 'Euro'), ('USD', 'US Dollar');

-- case: quoted_identifiers_keep_case
-- sources: sales.Orders
-- targets: Mart.DailyKPI
-- columns: sales.Orders.OrderDate -> Mart.DailyKPI.Day, sales.Orders.Amount -> Mart.DailyKPI.Revenue
INSERT INTO "Mart"."DailyKPI" ("Day", "Revenue")
SELECT "OrderDate", sum("Amount")
FROM Sales."Orders"
GROUP BY "OrderDate";

-- case: unquoted_names_fold_to_lower
-- sources: sales.orders
-- targets: mart.order_ids
-- columns: sales.orders.id -> mart.order_ids.order_id
INSERT INTO MART.Order_Ids (ORDER_ID)
SELECT O.Id FROM SALES.ORDERS O;

-- case: nextval_is_not_a_source
-- sources: sales.customers
-- targets: sales.orders
-- columns: sales.customers.id -> sales.orders.customer_id
INSERT INTO sales.orders (id, customer_id, created_at)
SELECT nextval('sales.orders_id_seq'), c.id, now()
FROM sales.customers c;

-- case: in_subquery_in_where_is_indirect
-- sources: sales.orders, crm.vips
-- targets: mart.vip_orders
-- columns: sales.orders.id -> mart.vip_orders.order_id
-- indirect: sales.orders.customer_id, crm.vips.customer_id, crm.vips.tier
INSERT INTO mart.vip_orders (order_id)
SELECT o.id
FROM sales.orders o
WHERE o.customer_id IN (SELECT v.customer_id FROM crm.vips v WHERE v.tier = 'gold');

-- case: plain_select_reads_only
-- sources: sales.customers, sales.orders
-- diagnostics: none
SELECT c.name, o.amount
FROM sales.customers c
JOIN sales.orders o ON o.customer_id = c.id;
