-- case: cross_apply_aggregate
-- sources: dbo.Customers, dbo.Orders
-- targets: rpt.CustomerSpend
-- columns: dbo.Customers.CustomerId -> rpt.CustomerSpend.CustomerId, dbo.Orders.Amount -> rpt.CustomerSpend.TotalSpend
-- indirect: dbo.Orders.CustomerId
INSERT INTO rpt.CustomerSpend (CustomerId, TotalSpend)
SELECT c.CustomerId, x.Total
FROM dbo.Customers c
CROSS APPLY (SELECT SUM(o.Amount) AS Total
             FROM dbo.Orders o
             WHERE o.CustomerId = c.CustomerId) x;

-- case: outer_apply_top_one_into_table
-- sources: dbo.Customers, dbo.Orders
-- targets: rpt.LastOrders
-- columns: dbo.Customers.CustomerId -> rpt.LastOrders.CustomerId, dbo.Orders.OrderDate -> rpt.LastOrders.LastOrderDate
-- columns: dbo.Orders.Amount -> rpt.LastOrders.LastAmount
SELECT c.CustomerId, lo.OrderDate AS LastOrderDate, lo.Amount AS LastAmount
INTO rpt.LastOrders
FROM dbo.Customers c
OUTER APPLY (SELECT TOP 1 o.OrderDate, o.Amount
             FROM dbo.Orders o
             WHERE o.CustomerId = c.CustomerId
             ORDER BY o.OrderDate DESC) lo;

-- case: bracket_quoted_names
-- sources: stg.Lines
-- targets: dbo.OrderLines
-- columns: stg.Lines.Id -> dbo.OrderLines.LineId, stg.Lines.Quantity -> dbo.OrderLines.Qty
-- columns: stg.Lines.Price -> dbo.OrderLines.UnitPrice
-- diagnostics: none
INSERT INTO [dbo].[OrderLines] ([LineId], [Qty], [UnitPrice])
SELECT [l].[Id], [l].[Quantity], [l].[Price]
FROM [stg].[Lines] AS [l];

-- case: three_part_names_keep_database
-- sources: Sales.dbo.Sales
-- targets: Warehouse.dbo.FactSales
-- columns: Sales.dbo.Sales.Id -> Warehouse.dbo.FactSales.SaleId, Sales.dbo.Sales.Amount -> Warehouse.dbo.FactSales.Amount
INSERT INTO Warehouse.dbo.FactSales (SaleId, Amount)
SELECT s.Id, s.Amount FROM Sales.dbo.Sales s;

-- case: top_with_group_by
-- sources: dbo.Orders
-- targets: rpt.TopCustomers
-- columns: dbo.Orders.CustomerId -> rpt.TopCustomers.CustomerId, dbo.Orders.Amount -> rpt.TopCustomers.Revenue
INSERT INTO rpt.TopCustomers (CustomerId, Revenue)
SELECT TOP (10) o.CustomerId, SUM(o.Amount)
FROM dbo.Orders o
GROUP BY o.CustomerId
ORDER BY SUM(o.Amount) DESC;

-- case: iif_and_isnull_are_conditional
-- sources: dbo.Orders, dbo.Customers
-- targets: rpt.OrderFlags
-- columns: dbo.Orders.OrderId -> rpt.OrderFlags.OrderId, dbo.Orders.Amount -> rpt.OrderFlags.IsLarge
-- columns: dbo.Orders.ShipCountry -> rpt.OrderFlags.ShipCountry, dbo.Customers.Country -> rpt.OrderFlags.ShipCountry
-- indirect: dbo.Customers.CustomerId, dbo.Orders.CustomerId
INSERT INTO rpt.OrderFlags (OrderId, IsLarge, ShipCountry)
SELECT o.OrderId, IIF(o.Amount > 1000, 1, 0), ISNULL(o.ShipCountry, c.Country)
FROM dbo.Orders o
JOIN dbo.Customers c ON c.CustomerId = o.CustomerId;

-- case: cte_with_row_number_filter
-- sources: dbo.Orders
-- targets: rpt.FirstOrders
-- columns: dbo.Orders.CustomerId -> rpt.FirstOrders.CustomerId, dbo.Orders.OrderId -> rpt.FirstOrders.OrderId
WITH Ranked AS (
    SELECT CustomerId, OrderId,
           ROW_NUMBER() OVER (PARTITION BY CustomerId ORDER BY OrderDate DESC) AS rn
    FROM dbo.Orders
)
INSERT INTO rpt.FirstOrders (CustomerId, OrderId)
SELECT CustomerId, OrderId FROM Ranked WHERE rn = 1;

-- case: create_view_left_join_count
-- sources: dbo.Customers, dbo.Orders
-- targets: rpt.vCustomerOrders
-- columns: dbo.Customers.CustomerId -> rpt.vCustomerOrders.CustomerId, dbo.Customers.Name -> rpt.vCustomerOrders.Name
-- columns: dbo.Orders.OrderId -> rpt.vCustomerOrders.OrderCount
-- indirect: dbo.Orders.CustomerId
CREATE VIEW rpt.vCustomerOrders AS
SELECT c.CustomerId, c.Name, COUNT(o.OrderId) AS OrderCount
FROM dbo.Customers c
LEFT JOIN dbo.Orders o ON o.CustomerId = c.CustomerId
GROUP BY c.CustomerId, c.Name;

-- case: union_into_schema_positions
-- schema: dbo.AllContacts(Email, Source)
-- sources: crm.Contacts, web.Leads
-- targets: dbo.AllContacts
-- columns: crm.Contacts.Email -> dbo.AllContacts.Email, web.Leads.EmailAddress -> dbo.AllContacts.Email
-- columns: web.Leads.SourceSystem -> dbo.AllContacts.Source
INSERT INTO dbo.AllContacts
SELECT Email, 'crm' FROM crm.Contacts
UNION
SELECT EmailAddress, SourceSystem FROM web.Leads;

-- case: table_hint_nolock
-- sources: dbo.Orders
-- targets: rpt.OpenOrders
-- columns: dbo.Orders.OrderId -> rpt.OpenOrders.OrderId
-- indirect: dbo.Orders.Status
INSERT INTO rpt.OpenOrders (OrderId)
SELECT o.OrderId
FROM dbo.Orders o WITH (NOLOCK)
WHERE o.Status = N'open';
