-- case: proc_try_catch_select_into_temp_then_merge
-- sources: stg.Product, stg.Category
-- targets: dw.DimProduct, etl.ErrorLog
-- intermediate: #src
-- columns: stg.Product.ProductCode -> dw.DimProduct.ProductCode
-- columns: stg.Product.ProductName -> dw.DimProduct.ProductName
-- columns: stg.Category.CategoryName -> dw.DimProduct.CategoryName
-- columns: stg.Product.ListPrice -> dw.DimProduct.ListPrice
CREATE PROCEDURE [etl].[usp_MergeDimProduct]
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRAN;

        IF OBJECT_ID('tempdb..#src') IS NOT NULL DROP TABLE #src;

        SELECT p.ProductCode, p.ProductName, c.CategoryName, p.ListPrice
        INTO #src
        FROM stg.Product p
        LEFT JOIN stg.Category c ON c.CategoryID = p.CategoryID
        WHERE p.IsDeleted = 0;

        MERGE dw.DimProduct AS tgt
        USING #src AS src
           ON tgt.ProductCode = src.ProductCode
        WHEN MATCHED AND (tgt.ProductName <> src.ProductName OR tgt.ListPrice <> src.ListPrice) THEN
            UPDATE SET tgt.ProductName  = src.ProductName,
                       tgt.CategoryName = src.CategoryName,
                       tgt.ListPrice    = src.ListPrice
        WHEN NOT MATCHED BY TARGET THEN
            INSERT (ProductCode, ProductName, CategoryName, ListPrice)
            VALUES (src.ProductCode, src.ProductName, src.CategoryName, src.ListPrice);

        COMMIT TRAN;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRAN;
        INSERT INTO etl.ErrorLog (ProcName, ErrorNumber, ErrorMessage)
        VALUES (N'usp_MergeDimProduct', ERROR_NUMBER(), ERROR_MESSAGE());
        THROW;
    END CATCH
END
GO

-- case: merge_output_deleted_and_identity_into_audit_table
-- sources: stg.Customer, dw.DimCustomer
-- targets: dw.DimCustomer, audit.CustomerChanges
-- columns: stg.Customer.CustomerCode -> dw.DimCustomer.CustomerCode
-- columns: stg.Customer.Email -> dw.DimCustomer.Email
-- columns: dw.DimCustomer.CustomerKey -> audit.CustomerChanges.CustomerKey
-- columns: dw.DimCustomer.Email -> audit.CustomerChanges.OldEmail
MERGE INTO dw.DimCustomer WITH (HOLDLOCK) AS t
USING stg.Customer AS s
   ON t.CustomerCode = s.CustomerCode
WHEN MATCHED AND t.Email <> s.Email THEN
    UPDATE SET t.Email = s.Email, t.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (CustomerCode, Email, ModifiedAt) VALUES (s.CustomerCode, s.Email, SYSUTCDATETIME())
OUTPUT $action, inserted.CustomerKey, deleted.Email
  INTO audit.CustomerChanges (ActionName, CustomerKey, OldEmail);

-- case: table_variable_batch_then_flag_source_rows
-- sources: dbo.Orders
-- targets: export.OrderQueue, dbo.Orders
-- columns: dbo.Orders.OrderID -> export.OrderQueue.OrderID
-- columns: dbo.Orders.CustomerID -> export.OrderQueue.CustomerID
DECLARE @ids TABLE (OrderID int PRIMARY KEY, CustomerID int NOT NULL);

INSERT INTO @ids (OrderID, CustomerID)
SELECT TOP (1000) o.OrderID, o.CustomerID
FROM dbo.Orders o
WHERE o.Exported = 0
ORDER BY o.OrderID;

INSERT INTO export.OrderQueue (OrderID, CustomerID, QueuedAt)
SELECT i.OrderID, i.CustomerID, GETUTCDATE() FROM @ids i;

UPDATE o SET o.Exported = 1
FROM dbo.Orders o
JOIN @ids i ON i.OrderID = o.OrderID;

-- case: cte_update_through_join_no_semicolon
-- sources: Sales.SalesOrderHeader
-- targets: Sales.Customer
-- columns: Sales.SalesOrderHeader.OrderDate -> Sales.Customer.LastOrderDate
-- columns: Sales.SalesOrderHeader.TotalDue -> Sales.Customer.LifetimeValue
-- indirect: Sales.SalesOrderHeader.CustomerID, Sales.Customer.CustomerID
;WITH LastOrder AS (
    SELECT o.CustomerID, MAX(o.OrderDate) AS LastOrderDate, SUM(o.TotalDue) AS Lifetime
    FROM Sales.SalesOrderHeader o
    GROUP BY o.CustomerID
)
UPDATE c
SET c.LastOrderDate = lo.LastOrderDate,
    c.LifetimeValue = lo.Lifetime,
    c.ModifiedDate = GETDATE()
FROM Sales.Customer c
INNER JOIN LastOrder lo ON lo.CustomerID = c.CustomerID

-- case: proc_cursor_without_semicolons
-- sources: dbo.Regions, dbo.Sales
-- targets: dbo.RegionSnapshot
-- columns: dbo.Regions.RegionName -> dbo.RegionSnapshot.RegionName
-- columns: dbo.Sales.Amount -> dbo.RegionSnapshot.TotalSales
-- indirect: dbo.Regions.IsActive, dbo.Sales.Region
CREATE PROCEDURE dbo.usp_RefreshRegionSnapshots
AS
BEGIN
    DECLARE @Region nvarchar(50), @Total money
    DECLARE region_cursor CURSOR LOCAL STATIC FOR
        SELECT r.RegionName FROM dbo.Regions r WHERE r.IsActive = 1
    OPEN region_cursor
    FETCH NEXT FROM region_cursor INTO @Region
    WHILE @@FETCH_STATUS = 0
    BEGIN
        SELECT @Total = SUM(s.Amount) FROM dbo.Sales s WHERE s.Region = @Region
        INSERT INTO dbo.RegionSnapshot (RegionName, TotalSales, SnapshotDate)
        VALUES (@Region, @Total, GETDATE())
        FETCH NEXT FROM region_cursor INTO @Region
    END
    CLOSE region_cursor
    DEALLOCATE region_cursor
END
GO

-- case: go_batches_bracketed_names_with_spaces_and_temp
-- sources: Northwind.dbo.Orders, Northwind.dbo.Order Details
-- targets: DW.dbo.FactOrder
-- intermediate: #Stage
-- columns: Northwind.dbo.Orders.OrderID -> DW.dbo.FactOrder.OrderID
-- columns: Northwind.dbo.Orders.CustomerID -> DW.dbo.FactOrder.CustomerID
-- columns: Northwind.dbo.Orders.OrderDate -> DW.dbo.FactOrder.OrderDateKey
-- columns: Northwind.dbo.Order Details.Quantity -> DW.dbo.FactOrder.GrossAmount
-- columns: Northwind.dbo.Order Details.UnitPrice -> DW.dbo.FactOrder.GrossAmount
IF OBJECT_ID('tempdb..#Stage') IS NOT NULL
    DROP TABLE #Stage
GO
SELECT [o].[OrderID], [o].[CustomerID], [o].[OrderDate],
       SUM([d].[Quantity] * [d].[UnitPrice]) AS [Gross]
INTO #Stage
FROM [Northwind].[dbo].[Orders] [o]
JOIN [Northwind].[dbo].[Order Details] [d] ON [d].[OrderID] = [o].[OrderID]
GROUP BY [o].[OrderID], [o].[CustomerID], [o].[OrderDate]
GO
IF EXISTS (SELECT 1 FROM #Stage)
BEGIN
    INSERT INTO [DW].[dbo].[FactOrder] ([OrderID], [CustomerID], [OrderDateKey], [GrossAmount])
    SELECT s.OrderID, s.CustomerID, CONVERT(int, FORMAT(s.OrderDate, 'yyyyMMdd')), s.Gross
    FROM #Stage s
END
GO
DROP TABLE #Stage
GO

-- case: update_top_output_inserted_into_work_table
-- sources: dbo.MessageQueue
-- targets: dbo.MessageQueue, dbo.WorkInProgress
-- columns: dbo.MessageQueue.MessageID -> dbo.WorkInProgress.MessageID
-- columns: dbo.MessageQueue.Payload -> dbo.WorkInProgress.Payload
UPDATE TOP (100) q
SET q.Status = 'processing',
    q.ClaimedBy = @@SPID,
    q.ClaimedAt = SYSUTCDATETIME()
OUTPUT inserted.MessageID, inserted.Payload INTO dbo.WorkInProgress (MessageID, Payload)
FROM dbo.MessageQueue q WITH (ROWLOCK, READPAST, UPDLOCK)
WHERE q.Status = 'new';

-- case: select_into_identity_isnull_case_bracket_spaces
-- sources: HR Source.dbo.Employee Master
-- targets: hr.EmployeeExport
-- columns: HR Source.dbo.Employee Master.Employee ID -> hr.EmployeeExport.EmployeeID
-- columns: HR Source.dbo.Employee Master.Preferred Name -> hr.EmployeeExport.Display Name
-- columns: HR Source.dbo.Employee Master.First Name -> hr.EmployeeExport.Display Name
-- columns: HR Source.dbo.Employee Master.Last Name -> hr.EmployeeExport.Display Name
-- columns: HR Source.dbo.Employee Master.Hire Date -> hr.EmployeeExport.HireDate
-- columns: HR Source.dbo.Employee Master.Status -> hr.EmployeeExport.StatusText
-- indirect: HR Source.dbo.Employee Master.Company Code
SELECT IDENTITY(int, 1, 1) AS [RowID],
       e.[Employee ID] AS EmployeeID,
       ISNULL(e.[Preferred Name], e.[First Name]) + N' ' + e.[Last Name] AS [Display Name],
       CONVERT(varchar(10), e.[Hire Date], 120) AS HireDate,
       CASE e.[Status] WHEN 'A' THEN 'Active' WHEN 'L' THEN 'Leave' ELSE 'Other' END AS StatusText
INTO hr.EmployeeExport
FROM [HR Source].[dbo].[Employee Master] AS e
WHERE e.[Company Code] = '001'

-- case: proc_table_valued_parameter_is_not_a_source
-- sources: catalog.Products
-- targets: sales.Orders, sales.OrderLines
-- columns: catalog.Products.ListPrice -> sales.OrderLines.UnitPrice
-- indirect: catalog.Products.ProductID
CREATE PROCEDURE sales.usp_CreateOrder
    @CustomerID int,
    @Items sales.OrderItemList READONLY,
    @OrderID int OUTPUT
AS
BEGIN
    SET NOCOUNT ON
    INSERT INTO sales.Orders (CustomerID, OrderDate, Status)
    VALUES (@CustomerID, SYSDATETIME(), N'new')
    SET @OrderID = SCOPE_IDENTITY()
    INSERT INTO sales.OrderLines (OrderID, ProductID, Quantity, UnitPrice)
    SELECT @OrderID, i.ProductID, i.Quantity, p.ListPrice
    FROM @Items AS i
    JOIN catalog.Products AS p ON p.ProductID = i.ProductID
END
GO

-- case: pivot_quarters_from_derived_table
-- sources: dbo.Sales
-- targets: rpt.QuarterlySales
-- columns: dbo.Sales.ProductID -> rpt.QuarterlySales.ProductID
-- columns: dbo.Sales.Amount -> rpt.QuarterlySales.Q1, dbo.Sales.SaleDate -> rpt.QuarterlySales.Q1
-- columns: dbo.Sales.Amount -> rpt.QuarterlySales.Q2, dbo.Sales.SaleDate -> rpt.QuarterlySales.Q2
-- columns: dbo.Sales.Amount -> rpt.QuarterlySales.Q3, dbo.Sales.SaleDate -> rpt.QuarterlySales.Q3
-- columns: dbo.Sales.Amount -> rpt.QuarterlySales.Q4, dbo.Sales.SaleDate -> rpt.QuarterlySales.Q4
INSERT INTO rpt.QuarterlySales (ProductID, Q1, Q2, Q3, Q4)
SELECT ProductID, [1], [2], [3], [4]
FROM (
    SELECT s.ProductID, DATEPART(QUARTER, s.SaleDate) AS Qtr, s.Amount
    FROM dbo.Sales s
    WHERE YEAR(s.SaleDate) = 2024
) AS src
PIVOT (SUM(Amount) FOR Qtr IN ([1], [2], [3], [4])) AS pvt;

-- case: statements_without_semicolons_mixed_case
-- sources: dbo.B, dbo.D, dbo.F
-- targets: dbo.A, dbo.C
-- columns: dbo.B.y -> dbo.A.x, dbo.D.w -> dbo.C.z
-- effects: delete dbo.E
insert into dbo.A(x) select y from dbo.B where y is not null
Update dbo.C Set z = (Select Max(w) From dbo.D)
DELETE dbo.E where q IN (select q from dbo.F)

-- case: cross_apply_string_split_and_openjson_with
-- sources: dbo.Products, app.OrderDoc
-- targets: dbo.ProductTags, app.OrderLine
-- columns: dbo.Products.ProductID -> dbo.ProductTags.ProductID
-- columns: dbo.Products.TagList -> dbo.ProductTags.Tag
-- columns: app.OrderDoc.OrderID -> app.OrderLine.OrderID
-- columns: app.OrderDoc.Body -> app.OrderLine.Sku, app.OrderDoc.Body -> app.OrderLine.Qty
INSERT INTO dbo.ProductTags (ProductID, Tag)
SELECT p.ProductID, LTRIM(RTRIM(t.value))
FROM dbo.Products p
CROSS APPLY STRING_SPLIT(p.TagList, ',') AS t
WHERE p.TagList IS NOT NULL AND p.TagList <> '';

INSERT INTO app.OrderLine (OrderID, Sku, Qty)
SELECT o.OrderID, j.Sku, j.Qty
FROM app.OrderDoc o
CROSS APPLY OPENJSON(o.Body, '$.lines')
     WITH (Sku nvarchar(40) '$.sku', Qty int '$.qty') AS j;

-- case: trigger_inserted_deleted_are_trigger_table
-- sources: dbo.Product
-- targets: audit.ProductPriceHistory
-- columns: dbo.Product.ProductID -> audit.ProductPriceHistory.ProductID
-- columns: dbo.Product.ListPrice -> audit.ProductPriceHistory.OldPrice
-- columns: dbo.Product.ListPrice -> audit.ProductPriceHistory.NewPrice
CREATE TRIGGER dbo.trg_Product_PriceAudit ON dbo.Product
AFTER UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    IF UPDATE(ListPrice)
    INSERT INTO audit.ProductPriceHistory (ProductID, OldPrice, NewPrice, ChangedAt, ChangedBy)
    SELECT i.ProductID, d.ListPrice, i.ListPrice, SYSUTCDATETIME(), SUSER_SNAME()
    FROM inserted i
    JOIN deleted d ON d.ProductID = i.ProductID
    WHERE ISNULL(i.ListPrice, -1) <> ISNULL(d.ListPrice, -1);
END
GO

-- case: delete_output_deleted_into_archive
-- sources: dbo.Sessions
-- targets: archive.Sessions
-- columns: dbo.Sessions.SessionID -> archive.Sessions.SessionID
-- columns: dbo.Sessions.UserID -> archive.Sessions.UserID
-- columns: dbo.Sessions.StartedAt -> archive.Sessions.StartedAt
-- effects: delete dbo.Sessions
DELETE FROM dbo.Sessions
OUTPUT deleted.SessionID, deleted.UserID, deleted.StartedAt
  INTO archive.Sessions (SessionID, UserID, StartedAt)
WHERE StartedAt < DATEADD(day, -30, GETDATE());

-- case: self_join_update_reads_target_elsewhere
-- sources: hr.Employee
-- targets: hr.Employee
-- columns: hr.Employee.FullName -> hr.Employee.ManagerName
-- indirect: hr.Employee.EmployeeID, hr.Employee.ManagerID
UPDATE e
SET e.ManagerName = m.FullName
FROM hr.Employee AS e
JOIN hr.Employee AS m ON m.EmployeeID = e.ManagerID;
