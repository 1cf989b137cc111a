-- case: select_into_alias_equals_and_string_aliases
-- sources: Sales.SalesOrderHeader
-- targets: rpt.CustomerRevenue
-- columns: Sales.SalesOrderHeader.CustomerID -> rpt.CustomerRevenue.CustomerID
-- columns: Sales.SalesOrderHeader.TotalDue -> rpt.CustomerRevenue.Revenue
-- columns: Sales.SalesOrderHeader.OrderDate -> rpt.CustomerRevenue.LastOrder
-- columns: Sales.SalesOrderHeader.TerritoryID -> rpt.CustomerRevenue.Territory
SELECT CustomerID = o.CustomerID,
       [Revenue] = SUM(o.TotalDue),
       'LastOrder' = MAX(o.OrderDate),
       o.TerritoryID 'Territory',
       COUNT(*) AS Orders
INTO rpt.CustomerRevenue
FROM Sales.SalesOrderHeader AS o
GROUP BY o.CustomerID, o.TerritoryID;

-- case: insert_without_into_old_style_nolock_top_percent
-- sources: dbo.Orders
-- targets: dbo.SampleOrders
-- columns: dbo.Orders.OrderID -> dbo.SampleOrders.OrderID, dbo.Orders.Amount -> dbo.SampleOrders.Amount
INSERT dbo.SampleOrders (OrderID, Amount)
SELECT TOP 10 PERCENT OrderID, Amount
FROM dbo.Orders (NOLOCK)
ORDER BY NEWID()

-- case: select_star_into_empty_temp_then_fill_and_publish
-- schema: dbo.Orders(OrderID, CustomerID, OrderDate, Total)
-- sources: dbo.Orders
-- targets: dbo.Orders2024
-- intermediate: #Orders
-- columns: dbo.Orders.OrderID -> dbo.Orders2024.OrderID
-- columns: dbo.Orders.Total -> dbo.Orders2024.Total
SELECT * INTO #Orders FROM dbo.Orders WHERE 1 = 0;

INSERT INTO #Orders
SELECT * FROM dbo.Orders WHERE OrderDate >= '20240101' AND OrderDate < '20250101';

INSERT INTO dbo.Orders2024 (OrderID, Total)
SELECT OrderID, Total FROM #Orders;

DROP TABLE #Orders;

-- case: merge_from_cte_output_into_temp_then_adjustments
-- sources: stg.StockCount, inv.Stock
-- targets: inv.Stock, inv.StockAdjustment
-- intermediate: #Delta
-- columns: stg.StockCount.Sku -> inv.Stock.Sku
-- columns: stg.StockCount.Qty -> inv.Stock.Qty
-- columns: inv.Stock.Sku -> inv.StockAdjustment.Sku
-- columns: inv.Stock.Qty -> inv.StockAdjustment.Diff
CREATE TABLE #Delta (Sku varchar(40), OldQty int NULL, NewQty int NULL);

;WITH src AS (
    SELECT Sku, SUM(Qty) AS Qty
    FROM stg.StockCount
    GROUP BY Sku
)
MERGE inv.Stock AS t
USING src AS s
   ON t.Sku = s.Sku
WHEN MATCHED THEN
    UPDATE SET t.Qty = s.Qty
WHEN NOT MATCHED THEN
    INSERT (Sku, Qty) VALUES (s.Sku, s.Qty)
OUTPUT inserted.Sku, deleted.Qty, inserted.Qty INTO #Delta (Sku, OldQty, NewQty);

INSERT INTO inv.StockAdjustment (Sku, Diff, AdjustedAt)
SELECT d.Sku, d.NewQty - ISNULL(d.OldQty, 0), SYSDATETIME()
FROM #Delta d
WHERE d.NewQty <> ISNULL(d.OldQty, -1);

DROP TABLE #Delta;

-- case: proc_body_without_begin_end_if_else_goto_label
-- sources: stg.Visit
-- targets: dw.FactVisit, etl.RunLog
-- columns: stg.Visit.StartedAt -> dw.FactVisit.VisitDate
-- columns: stg.Visit.SiteID -> dw.FactVisit.SiteID
-- columns: stg.Visit.PageCount -> dw.FactVisit.Bounces
-- effects: delete dw.FactVisit
CREATE PROCEDURE etl.usp_LoadVisitDay @Day date, @Mode varchar(10) = 'append'
AS
SET NOCOUNT ON
IF @Day IS NULL
BEGIN
    RAISERROR('day required; aborting', 16, 1)
    RETURN -1
END
IF @Mode = 'replace'
BEGIN
    DELETE FROM dw.FactVisit WHERE VisitDate = @Day
END
ELSE IF @Mode = 'append'
    PRINT 'append mode -- nothing to delete; insert only'
ELSE
    GOTO Finish

INSERT INTO dw.FactVisit (VisitDate, SiteID, Visits, Bounces)
SELECT CAST(v.StartedAt AS date), v.SiteID, COUNT(*),
       SUM(CASE WHEN v.PageCount = 1 THEN 1 ELSE 0 END)
FROM stg.Visit v
WHERE CAST(v.StartedAt AS date) = @Day
GROUP BY CAST(v.StartedAt AS date), v.SiteID

Finish:
INSERT INTO etl.RunLog (ProcName, RunAt) VALUES (OBJECT_NAME(@@PROCID), GETDATE())
GO

-- case: schemabound_view_with_cte_and_ntile
-- sources: Sales.SalesOrderHeader, Sales.Customer
-- targets: rpt.vw_CustomerLTV
-- columns: Sales.Customer.CustomerID -> rpt.vw_CustomerLTV.CustomerID
-- columns: Sales.Customer.AccountNumber -> rpt.vw_CustomerLTV.AccountNumber
-- columns: Sales.SalesOrderHeader.TotalDue -> rpt.vw_CustomerLTV.Revenue
-- columns: Sales.SalesOrderHeader.TotalDue -> rpt.vw_CustomerLTV.Decile
-- indirect: Sales.SalesOrderHeader.CustomerID
CREATE VIEW [rpt].[vw_CustomerLTV]
WITH SCHEMABINDING
AS
WITH o AS (
    SELECT CustomerID, SUM(TotalDue) AS Revenue, COUNT_BIG(*) AS Orders
    FROM Sales.SalesOrderHeader
    GROUP BY CustomerID
)
SELECT c.CustomerID, c.AccountNumber, o.Revenue, o.Orders,
       NTILE(10) OVER (ORDER BY o.Revenue DESC) AS Decile
FROM Sales.Customer c
JOIN o ON o.CustomerID = c.CustomerID
GO

-- case: create_or_alter_view_string_agg_within_group
-- sources: dbo.Orders, dbo.OrderLines
-- targets: rpt.vw_OrderSkus
-- columns: dbo.Orders.OrderID -> rpt.vw_OrderSkus.OrderID
-- columns: dbo.OrderLines.Sku -> rpt.vw_OrderSkus.Skus, dbo.OrderLines.LineNo -> rpt.vw_OrderSkus.Skus
-- indirect: dbo.OrderLines.OrderID
CREATE OR ALTER VIEW rpt.vw_OrderSkus
AS
SELECT o.OrderID,
       STRING_AGG(CAST(l.Sku AS nvarchar(max)), N';') WITHIN GROUP (ORDER BY l.LineNo) AS Skus,
       COUNT(*) AS Lines
FROM dbo.Orders o
JOIN dbo.OrderLines l ON l.OrderID = o.OrderID
GROUP BY o.OrderID
GO

-- case: select_into_temp_from_union_all
-- sources: web.Orders, pos.Tickets
-- targets: dw.ChannelOrders
-- intermediate: #AllOrders
-- columns: web.Orders.OrderID -> dw.ChannelOrders.OrderRef, pos.Tickets.TicketID -> dw.ChannelOrders.OrderRef
-- columns: web.Orders.Total -> dw.ChannelOrders.Amount, pos.Tickets.Amount -> dw.ChannelOrders.Amount
SELECT 'web' AS Channel, w.OrderID, w.Total
INTO #AllOrders
FROM web.Orders w
UNION ALL
SELECT 'pos', p.TicketID, p.Amount
FROM pos.Tickets p;

INSERT INTO dw.ChannelOrders (Channel, OrderRef, Amount)
SELECT Channel, OrderID, Total FROM #AllOrders;

-- case: case_when_exists_and_coalesce_scalar_subquery
-- sources: crm.Customer, support.Ticket, billing.Payment
-- targets: crm.CustomerFlags
-- columns: crm.Customer.CustomerID -> crm.CustomerFlags.CustomerID
-- columns: billing.Payment.PaidAt -> crm.CustomerFlags.LastPayment
-- indirect: support.Ticket.CustomerID, support.Ticket.ClosedAt, billing.Payment.CustomerID
INSERT INTO crm.CustomerFlags (CustomerID, HasOpenTicket, LastPayment)
SELECT c.CustomerID,
       CASE WHEN EXISTS (SELECT 1 FROM support.Ticket t
                         WHERE t.CustomerID = c.CustomerID AND t.ClosedAt IS NULL)
            THEN 1 ELSE 0 END,
       COALESCE((SELECT MAX(p.PaidAt) FROM billing.Payment p WHERE p.CustomerID = c.CustomerID), '19000101')
FROM crm.Customer c

-- case: variable_string_concatenation_across_rows
-- sources: crm.Recipients
-- targets: mail.Outbox
-- columns: crm.Recipients.Email -> mail.Outbox.ToList
-- indirect: crm.Recipients.ListID
DECLARE @list nvarchar(max) = N'';
SELECT @list = @list + r.Email + N';' FROM crm.Recipients r WHERE r.ListID = 7;
INSERT INTO mail.Outbox (ToList, Subject, QueuedAt) VALUES (@list, N'Weekly digest', GETDATE());

-- case: persistent_work_table_drop_if_exists_then_dropped_again
-- sources: dbo.Invoices, dbo.Customers
-- targets: rpt.CustomerBalance
-- intermediate: dbo.Work_Balance
-- columns: dbo.Invoices.CustomerID -> rpt.CustomerBalance.CustomerID
-- columns: dbo.Customers.Name -> rpt.CustomerBalance.CustomerName
-- columns: dbo.Invoices.Amount -> rpt.CustomerBalance.Balance, dbo.Invoices.PaidAmount -> rpt.CustomerBalance.Balance
DROP TABLE IF EXISTS dbo.Work_Balance;

SELECT i.CustomerID, SUM(i.Amount - i.PaidAmount) AS Balance
INTO dbo.Work_Balance
FROM dbo.Invoices i
WHERE i.Status <> 'VOID'
GROUP BY i.CustomerID;

INSERT INTO rpt.CustomerBalance (CustomerID, CustomerName, Balance)
SELECT w.CustomerID, c.Name, w.Balance
FROM dbo.Work_Balance w
JOIN dbo.Customers c ON c.CustomerID = w.CustomerID;

DROP TABLE dbo.Work_Balance;

-- case: top_with_ties_order_by_window_over_derived_table
-- sources: dbo.Sales, dbo.Product
-- targets: rpt.TopProductsPerCategory
-- columns: dbo.Product.CategoryID -> rpt.TopProductsPerCategory.CategoryID
-- columns: dbo.Sales.ProductID -> rpt.TopProductsPerCategory.ProductID
-- columns: dbo.Sales.Qty -> rpt.TopProductsPerCategory.Revenue, dbo.Sales.Price -> rpt.TopProductsPerCategory.Revenue
-- indirect: dbo.Product.ProductID
INSERT INTO rpt.TopProductsPerCategory (CategoryID, ProductID, Revenue)
SELECT TOP (1) WITH TIES x.CategoryID, x.ProductID, x.Revenue
FROM (SELECT p.CategoryID, s.ProductID, SUM(s.Qty * s.Price) AS Revenue
      FROM dbo.Sales s
      JOIN dbo.Product p ON p.ProductID = s.ProductID
      GROUP BY p.CategoryID, s.ProductID) x
ORDER BY ROW_NUMBER() OVER (PARTITION BY x.CategoryID ORDER BY x.Revenue DESC);

-- case: exec_literal_and_sp_executesql_literal
-- sources: dbo.Y, dbo.W
-- targets: rpt.X, dbo.Z
-- columns: dbo.Y.a -> rpt.X.a, dbo.W.b -> dbo.Z.b
EXEC ('INSERT INTO rpt.X (a) SELECT a FROM dbo.Y WHERE a <> ''n/a''');
EXEC sp_executesql N'UPDATE dbo.Z SET b = (SELECT MAX(b) FROM dbo.W)';

-- case: four_part_linked_server_name
-- sources: LNK01.ERP.dbo.Invoice
-- targets: stage.dbo.Invoice
-- columns: LNK01.ERP.dbo.Invoice.InvoiceNo -> stage.dbo.Invoice.InvoiceNo
-- columns: LNK01.ERP.dbo.Invoice.Total -> stage.dbo.Invoice.Total
INSERT INTO stage.dbo.Invoice (InvoiceNo, Total)
SELECT i.InvoiceNo, i.Total
FROM [LNK01].[ERP].[dbo].[Invoice] AS i
WHERE i.InvoiceDate >= DATEADD(day, -1, CAST(GETDATE() AS date));

-- case: insert_into_created_temp_without_column_list_uses_its_ddl
-- sources: dbo.Invoices
-- targets: rpt.TopDebtors
-- intermediate: #c
-- columns: dbo.Invoices.CustomerID -> rpt.TopDebtors.CustomerID
-- columns: dbo.Invoices.Amount -> rpt.TopDebtors.Outstanding
CREATE TABLE #c (CustomerID int NOT NULL, Revenue money NULL);

INSERT INTO #c
SELECT CustomerID, SUM(Amount)
FROM dbo.Invoices
GROUP BY CustomerID;

INSERT INTO rpt.TopDebtors (CustomerID, Outstanding)
SELECT TOP (50) CustomerID, Revenue FROM #c ORDER BY Revenue DESC;

-- case: proc_table_variable_staging_with_join_hint
-- sources: dbo.Orders, dbo.Customers
-- targets: rpt.OrderRegion
-- columns: dbo.Orders.OrderID -> rpt.OrderRegion.OrderID
-- columns: dbo.Customers.Region -> rpt.OrderRegion.Region
CREATE PROCEDURE rpt.usp_OrderRegion
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @o TABLE (OrderID int PRIMARY KEY, CustomerID int);

    INSERT INTO @o (OrderID, CustomerID)
    SELECT OrderID, CustomerID FROM dbo.Orders WHERE OrderDate >= DATEADD(day, -1, GETDATE());

    INSERT INTO rpt.OrderRegion (OrderID, Region)
    SELECT o.OrderID, c.Region
    FROM @o AS o
    INNER HASH JOIN dbo.Customers AS c ON c.CustomerID = o.CustomerID;
END
GO

-- case: temporal_table_for_system_time_as_of
-- sources: hr.Employee, hr.Department
-- targets: audit.EmployeeAsOfYearEnd
-- columns: hr.Employee.EmployeeID -> audit.EmployeeAsOfYearEnd.EmployeeID
-- columns: hr.Employee.Salary -> audit.EmployeeAsOfYearEnd.Salary
-- indirect: hr.Employee.DepartmentID, hr.Department.DepartmentID, hr.Department.IsActive
INSERT INTO audit.EmployeeAsOfYearEnd (EmployeeID, Salary)
SELECT e.EmployeeID, e.Salary
FROM hr.Employee FOR SYSTEM_TIME AS OF '2023-12-31T23:59:59' AS e
JOIN hr.Department AS d ON d.DepartmentID = e.DepartmentID
WHERE d.IsActive = 1;
