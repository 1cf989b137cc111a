-- case: update_from_other_table
-- sources: staging.status_feed
-- targets: sales.orders
-- columns: staging.status_feed.new_status -> sales.orders.status
-- diagnostics: none
UPDATE sales.orders o
SET status = s.new_status,
    updated_at = now()
FROM staging.status_feed s
WHERE s.order_id = o.id;

-- case: update_own_columns_make_no_pair
-- targets: inventory.stock
UPDATE inventory.stock
SET qty = qty - 1,
    reserved = reserved + 1
WHERE sku = 'A-1';

-- case: update_set_scalar_subquery
-- sources: sales.orders
-- targets: sales.customers
-- columns: sales.orders.amount -> sales.customers.lifetime_value
UPDATE sales.customers c
SET lifetime_value = (
    SELECT coalesce(sum(o.amount), 0)
    FROM sales.orders o
    WHERE o.customer_id = c.id
);

-- case: update_target_named_again_in_subquery_is_source
-- sources: hr.employees
-- targets: hr.employees
UPDATE hr.employees e
SET salary = e.salary * 1.05
WHERE e.salary < (SELECT avg(x.salary) FROM hr.employees x WHERE x.dept_id = e.dept_id);

-- case: update_from_inline_view_and_table
-- sources: billing.invoice_lines, ref.tax_rates
-- targets: billing.invoices
-- columns: billing.invoice_lines.amount -> billing.invoices.total, ref.tax_rates.rate -> billing.invoices.total
-- columns: ref.tax_rates.currency -> billing.invoices.currency
UPDATE billing.invoices i
SET total = l.line_sum * (1 + t.rate),
    currency = t.currency
FROM (SELECT invoice_id, sum(amount) AS line_sum
      FROM billing.invoice_lines
      GROUP BY invoice_id) l,
     ref.tax_rates t
WHERE l.invoice_id = i.id
  AND t.country = i.country;

-- case: delete_using_is_an_effect
-- sources: sales.customers
-- effects: delete sales.orders
DELETE FROM sales.orders o
USING sales.customers c
WHERE o.customer_id = c.id
  AND c.deleted;

-- case: delete_where_in_subquery
-- sources: core.events
-- effects: delete staging.events
DELETE FROM staging.events
WHERE event_id IN (SELECT event_id FROM core.events);

-- case: truncate_then_reload
-- sources: sales.orders
-- targets: mart.daily_kpi
-- columns: sales.orders.created_at -> mart.daily_kpi.day, sales.orders.id -> mart.daily_kpi.orders
-- effects: truncate mart.daily_kpi
TRUNCATE TABLE mart.daily_kpi;
INSERT INTO mart.daily_kpi (day, orders)
SELECT created_at::date, count(id)
FROM sales.orders
GROUP BY 1;
