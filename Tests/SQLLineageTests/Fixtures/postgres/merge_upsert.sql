-- case: merge_pg15_update_insert_delete
-- sources: staging.customer
-- targets: dim.customer
-- columns: staging.customer.name -> dim.customer.name, staging.customer.email -> dim.customer.email
-- columns: staging.customer.customer_id -> dim.customer.customer_id
MERGE INTO dim.customer t
USING staging.customer s
ON t.customer_id = s.customer_id
WHEN MATCHED AND s.deleted THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET name = s.name, email = s.email
WHEN NOT MATCHED THEN
    INSERT (customer_id, name, email) VALUES (s.customer_id, s.name, s.email);

-- case: merge_using_aggregated_subquery
-- sources: wms.movements
-- targets: mart.product_stock
-- columns: wms.movements.qty -> mart.product_stock.qty, wms.movements.sku -> mart.product_stock.sku
MERGE INTO mart.product_stock t
USING (SELECT sku, sum(qty) AS qty FROM wms.movements GROUP BY sku) m
ON t.sku = m.sku
WHEN MATCHED THEN
    UPDATE SET qty = t.qty + m.qty
WHEN NOT MATCHED THEN
    INSERT (sku, qty) VALUES (m.sku, m.qty);

-- case: merge_do_nothing_branch
-- sources: crm.contact_imports
-- targets: crm.contacts
-- columns: crm.contact_imports.email -> crm.contacts.email
-- columns: crm.contact_imports.first_name -> crm.contacts.full_name, crm.contact_imports.last_name -> crm.contacts.full_name
MERGE INTO crm.contacts c
USING crm.contact_imports i
ON c.email = i.email
WHEN MATCHED THEN
    DO NOTHING
WHEN NOT MATCHED THEN
    INSERT (email, full_name) VALUES (i.email, i.first_name || ' ' || i.last_name);

-- case: on_conflict_do_update_excluded
-- sources: inventory.incoming
-- targets: inventory.stock
-- columns: inventory.incoming.sku -> inventory.stock.sku, inventory.incoming.qty -> inventory.stock.qty
INSERT INTO inventory.stock AS s (sku, qty)
SELECT i.sku, i.qty FROM inventory.incoming i
ON CONFLICT (sku) DO UPDATE SET qty = s.qty + EXCLUDED.qty;

-- case: on_conflict_excluded_feeds_other_column
-- sources: web.hit_batches
-- targets: web.page_stats
-- columns: web.hit_batches.page_id -> web.page_stats.page_id, web.hit_batches.hits -> web.page_stats.last_hits
-- columns: web.hit_batches.hits -> web.page_stats.total_hits
INSERT INTO web.page_stats AS ps (page_id, last_hits)
SELECT b.page_id, b.hits FROM web.hit_batches b
ON CONFLICT (page_id) DO UPDATE
SET total_hits = ps.total_hits + EXCLUDED.last_hits,
    last_hits = EXCLUDED.last_hits,
    updated_at = now();

-- case: on_conflict_do_nothing
-- sources: staging.countries
-- targets: ref.countries
-- columns: staging.countries.iso2 -> ref.countries.code, staging.countries.country_name -> ref.countries.name
INSERT INTO ref.countries (code, name)
SELECT iso2, country_name FROM staging.countries
ON CONFLICT DO NOTHING;
