-- case: update_alias_from_joins
-- sources: logistics.Shipments, dbo.Carriers
-- targets: dbo.Orders
-- columns: logistics.Shipments.ShippedAt -> dbo.Orders.ShippedAt, logistics.Shipments.Carrier -> dbo.Orders.Carrier
UPDATE o
SET o.ShippedAt = s.ShippedAt,
    o.Carrier = UPPER(s.Carrier)
FROM dbo.Orders AS o
INNER JOIN logistics.Shipments AS s ON s.OrderId = o.OrderId
LEFT JOIN dbo.Carriers AS c ON c.Code = s.Carrier
WHERE c.Active = 1;

-- case: update_named_target_from_other_table
-- sources: staging.PriceList
-- targets: dbo.Products
-- columns: staging.PriceList.NewPrice -> dbo.Products.Price
UPDATE dbo.Products
SET Price = p.NewPrice
FROM staging.PriceList p
WHERE dbo.Products.Sku = p.Sku;

-- case: merge_with_not_matched_by_source_delete
-- sources: stg.Customers
-- targets: dbo.DimCustomer
-- columns: stg.Customers.CustomerId -> dbo.DimCustomer.CustomerId, stg.Customers.Name -> dbo.DimCustomer.Name
-- columns: stg.Customers.City -> dbo.DimCustomer.City
MERGE dbo.DimCustomer AS tgt
USING (SELECT CustomerId, Name, City FROM stg.Customers) AS src
ON tgt.CustomerId = src.CustomerId
WHEN MATCHED AND tgt.City <> src.City THEN
    UPDATE SET tgt.City = src.City, tgt.Name = src.Name
WHEN NOT MATCHED BY TARGET THEN
    INSERT (CustomerId, Name, City) VALUES (src.CustomerId, src.Name, src.City)
WHEN NOT MATCHED BY SOURCE THEN
    DELETE;

-- case: delete_with_join
-- sources: dbo.CancelledOrders
-- effects: delete dbo.Orders
DELETE o
FROM dbo.Orders o
INNER JOIN dbo.CancelledOrders c ON c.OrderId = o.OrderId;
