-- case: select_into_temp_then_insert_and_drop
-- sources: dbo.Orders
-- targets: rpt.DailyTotals
-- intermediate: #Daily
-- columns: dbo.Orders.OrderDate -> rpt.DailyTotals.SaleDate, dbo.Orders.Amount -> rpt.DailyTotals.Total
SELECT CAST(o.OrderDate AS date) AS SaleDate, SUM(o.Amount) AS Total
INTO #Daily
FROM dbo.Orders o
GROUP BY CAST(o.OrderDate AS date);
INSERT INTO rpt.DailyTotals (SaleDate, Total)
SELECT SaleDate, Total FROM #Daily;
DROP TABLE #Daily;

-- case: update_alias_from_join
-- sources: stg.Prices
-- targets: dbo.Products
-- columns: stg.Prices.NewPrice -> dbo.Products.Price
-- indirect: stg.Prices.ProductId, dbo.Products.ProductId
UPDATE p
   SET p.Price = s.NewPrice
  FROM dbo.Products p
  JOIN stg.Prices s ON s.ProductId = p.ProductId;

-- case: merge_not_matched_by_source_delete
-- indirect: dbo.Customers.CustomerId, dbo.Customers.Name
-- sources: stg.Customers
-- targets: dbo.Customers
-- columns: stg.Customers.Name -> dbo.Customers.Name, stg.Customers.CustomerId -> dbo.Customers.CustomerId
MERGE dbo.Customers AS t
USING stg.Customers AS s
   ON t.CustomerId = s.CustomerId
 WHEN MATCHED AND t.Name <> s.Name THEN UPDATE SET t.Name = s.Name
 WHEN NOT MATCHED BY TARGET THEN INSERT (CustomerId, Name) VALUES (s.CustomerId, s.Name)
 WHEN NOT MATCHED BY SOURCE THEN DELETE;

-- case: iif_isnull_concat
-- sources: hr.Employees
-- targets: rpt.EmpList
-- columns: hr.Employees.EmpId -> rpt.EmpList.EmpId, hr.Employees.FirstName -> rpt.EmpList.FullName
-- columns: hr.Employees.LastName -> rpt.EmpList.FullName, hr.Employees.TermDate -> rpt.EmpList.Status
INSERT INTO rpt.EmpList (EmpId, FullName, Status)
SELECT EmpId,
       ISNULL(FirstName, '') + ' ' + LastName,
       IIF(TermDate IS NULL, 'Active', 'Left')
  FROM hr.Employees;

-- case: cte_top_with_ties
-- sources: dbo.Sales
-- targets: rpt.TopSellers
-- columns: dbo.Sales.SellerId -> rpt.TopSellers.SellerId, dbo.Sales.Amount -> rpt.TopSellers.Revenue
;WITH totals AS (
    SELECT SellerId, SUM(Amount) AS Revenue FROM dbo.Sales GROUP BY SellerId
)
INSERT INTO rpt.TopSellers (SellerId, Revenue)
SELECT TOP (5) WITH TIES SellerId, Revenue FROM totals ORDER BY Revenue DESC;

-- case: dateadd_datediff_convert
-- sources: dbo.Subscriptions
-- targets: rpt.Renewals
-- columns: dbo.Subscriptions.SubId -> rpt.Renewals.SubId
-- columns: dbo.Subscriptions.StartDate -> rpt.Renewals.RenewOn, dbo.Subscriptions.TermMonths -> rpt.Renewals.RenewOn
-- columns: dbo.Subscriptions.StartDate -> rpt.Renewals.AgeDays
-- columns: dbo.Subscriptions.StartDate -> rpt.Renewals.StartText
INSERT INTO rpt.Renewals (SubId, RenewOn, AgeDays, StartText)
SELECT SubId,
       DATEADD(month, TermMonths, StartDate),
       DATEDIFF(day, StartDate, GETDATE()),
       CONVERT(varchar(10), StartDate, 120)
  FROM dbo.Subscriptions;

-- case: output_inserted_into_audit
-- diagnostics: none
-- sources: stg.Orders, dbo.Orders
-- targets: dbo.Orders, audit.OrderLoads
-- columns: stg.Orders.OrderId -> dbo.Orders.OrderId, stg.Orders.Amount -> dbo.Orders.Amount
-- columns: dbo.Orders.OrderId -> audit.OrderLoads.OrderId
INSERT INTO dbo.Orders (OrderId, Amount)
OUTPUT inserted.OrderId, SYSDATETIME() INTO audit.OrderLoads (OrderId, LoadedAt)
SELECT OrderId, Amount FROM stg.Orders;

-- case: table_variable_composes
-- sources: dbo.Invoices
-- targets: rpt.OpenInvoices
-- columns: dbo.Invoices.InvoiceId -> rpt.OpenInvoices.InvoiceId, dbo.Invoices.Balance -> rpt.OpenInvoices.Balance
DECLARE @open TABLE (InvoiceId int, Balance money);
INSERT INTO @open (InvoiceId, Balance)
SELECT InvoiceId, Balance FROM dbo.Invoices WHERE Balance > 0;
INSERT INTO rpt.OpenInvoices (InvoiceId, Balance)
SELECT InvoiceId, Balance FROM @open;

-- case: bracketed_names_with_spaces
-- sources: dbo.Order Details
-- targets: rpt.Line Totals
-- columns: dbo.Order Details.Order ID -> rpt.Line Totals.Order ID
-- columns: dbo.Order Details.Unit Price -> rpt.Line Totals.Line Total, dbo.Order Details.Quantity -> rpt.Line Totals.Line Total
INSERT INTO [rpt].[Line Totals] ([Order ID], [Line Total])
SELECT od.[Order ID], od.[Unit Price] * od.[Quantity]
  FROM [dbo].[Order Details] od;

-- case: procedure_with_parameter_filter
-- indirect: rpt.ShipmentsByDay.ShipDate
-- sources: dbo.Shipments
-- targets: rpt.ShipmentsByDay
-- columns: dbo.Shipments.ShipDate -> rpt.ShipmentsByDay.ShipDate, dbo.Shipments.ShipmentId -> rpt.ShipmentsByDay.Cnt
-- effects: delete rpt.ShipmentsByDay
CREATE PROCEDURE rpt.usp_LoadShipments @FromDate date
AS
BEGIN
    SET NOCOUNT ON;
    DELETE FROM rpt.ShipmentsByDay WHERE ShipDate >= @FromDate;
    INSERT INTO rpt.ShipmentsByDay (ShipDate, Cnt)
    SELECT ShipDate, COUNT(ShipmentId)
      FROM dbo.Shipments
     WHERE ShipDate >= @FromDate
     GROUP BY ShipDate;
END;

-- case: view_with_schemabinding_and_window
-- sources: dbo.Payments
-- targets: rpt.vPaymentRank
-- columns: dbo.Payments.PaymentId -> rpt.vPaymentRank.PaymentId
-- columns: dbo.Payments.CustomerId -> rpt.vPaymentRank.Rnk, dbo.Payments.Amount -> rpt.vPaymentRank.Rnk
CREATE VIEW rpt.vPaymentRank WITH SCHEMABINDING
AS
SELECT PaymentId, RANK() OVER (PARTITION BY CustomerId ORDER BY Amount DESC) AS Rnk
  FROM dbo.Payments;

-- case: delete_from_join
-- sources: stg.Cancelled
-- effects: delete dbo.Orders
-- indirect: stg.Cancelled.OrderId, dbo.Orders.OrderId
DELETE o
  FROM dbo.Orders o
  JOIN stg.Cancelled c ON c.OrderId = o.OrderId;
