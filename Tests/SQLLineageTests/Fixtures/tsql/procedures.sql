-- case: proc_insert_select_bracketed_names
-- sources: stg.Sales
-- targets: dbo.FactSales
-- columns: stg.Sales.SaleID -> dbo.FactSales.SaleID, stg.Sales.StoreID -> dbo.FactSales.StoreID
-- columns: stg.Sales.ProductID -> dbo.FactSales.ProductID, stg.Sales.Qty -> dbo.FactSales.Quantity
-- columns: stg.Sales.Qty -> dbo.FactSales.NetAmount, stg.Sales.UnitPrice -> dbo.FactSales.NetAmount
-- columns: stg.Sales.Discount -> dbo.FactSales.NetAmount
-- columns: stg.Sales.SoldAt -> dbo.FactSales.SaleDate
CREATE PROCEDURE [dbo].[usp_LoadFactSales]
    @LoadDate date
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [dbo].[FactSales] ([SaleID], [StoreID], [ProductID], [Quantity], [NetAmount], [SaleDate])
    SELECT s.[SaleID],
           s.[StoreID],
           s.[ProductID],
           s.[Qty],
           s.[Qty] * s.[UnitPrice] - s.[Discount],
           CAST(s.[SoldAt] AS date)
    FROM [stg].[Sales] AS s
    WHERE CAST(s.[SoldAt] AS date) = @LoadDate;
END
GO

-- case: proc_select_into_temp_composed_through_hop
-- sources: Sales.SalesOrderHeader, Sales.Customer
-- targets: dbo.CustomerRevenue
-- intermediate: #CustRevenue
-- columns: Sales.SalesOrderHeader.CustomerID -> dbo.CustomerRevenue.CustomerID
-- columns: Sales.Customer.CompanyName -> dbo.CustomerRevenue.CustomerName
-- columns: Sales.SalesOrderHeader.TotalDue -> dbo.CustomerRevenue.Revenue
-- effects: truncate dbo.CustomerRevenue
CREATE OR ALTER PROCEDURE dbo.usp_RefreshCustomerRevenue
AS
BEGIN
    SET NOCOUNT ON;

    SELECT o.CustomerID, SUM(o.TotalDue) AS Revenue, COUNT(*) AS OrderCount
    INTO #CustRevenue
    FROM Sales.SalesOrderHeader AS o
    WHERE o.Status = 5
    GROUP BY o.CustomerID;

    TRUNCATE TABLE dbo.CustomerRevenue;

    INSERT INTO dbo.CustomerRevenue (CustomerID, CustomerName, Revenue, OrderCount)
    SELECT r.CustomerID, c.CompanyName, r.Revenue, r.OrderCount
    FROM #CustRevenue AS r
    JOIN Sales.Customer AS c ON c.CustomerID = r.CustomerID;
END
GO

-- case: proc_create_temp_insert_update_join_then_publish
-- sources: dbo.Orders, dbo.Customers
-- targets: rpt.OrderExtract
-- intermediate: #Extract
-- columns: dbo.Orders.OrderID -> rpt.OrderExtract.OrderID
-- columns: dbo.Orders.Amount -> rpt.OrderExtract.Amount
-- columns: dbo.Customers.Region -> rpt.OrderExtract.Region
CREATE PROCEDURE etl.usp_BuildOrderExtract
    @FromDate datetime2,
    @ToDate   datetime2
AS
BEGIN
    SET NOCOUNT ON;

    CREATE TABLE #Extract (
        OrderID    int           NOT NULL PRIMARY KEY,
        CustomerID int           NOT NULL,
        Amount     decimal(18,2) NULL,
        Region     nvarchar(50)  NULL
    );

    INSERT INTO #Extract (OrderID, CustomerID, Amount)
    SELECT o.OrderID, o.CustomerID, o.Amount
    FROM dbo.Orders AS o
    WHERE o.OrderDate >= @FromDate AND o.OrderDate < @ToDate;

    UPDATE e
    SET e.Region = c.Region
    FROM #Extract AS e
    INNER JOIN dbo.Customers AS c ON c.CustomerID = e.CustomerID;

    INSERT INTO rpt.OrderExtract (OrderID, Amount, Region, ExtractedAt)
    SELECT e.OrderID, e.Amount, ISNULL(e.Region, N'Unknown'), SYSDATETIME()
    FROM #Extract AS e;

    DROP TABLE #Extract;
END
GO

-- case: proc_set_variable_from_scalar_subquery
-- sources: dbo.Orders
-- targets: dbo.DailyTotals
-- columns: dbo.Orders.Amount -> dbo.DailyTotals.TotalAmount
-- indirect: dbo.Orders.OrderDate
CREATE PROCEDURE dbo.usp_LogDailyTotals
AS
BEGIN
    DECLARE @Total money, @Orders int, @Today date = CAST(GETDATE() AS date);

    SET @Total = (SELECT SUM(o.Amount) FROM dbo.Orders AS o WHERE o.OrderDate >= @Today);
    SET @Orders = (SELECT COUNT(*) FROM dbo.Orders AS o WHERE o.OrderDate >= @Today);

    INSERT INTO dbo.DailyTotals (TotalDate, TotalAmount, OrderCount)
    VALUES (@Today, @Total, @Orders);
END
GO

-- case: proc_select_assigns_variables
-- sources: hr.Department, hr.Employee
-- targets: hr.HeadcountSnapshot
-- columns: hr.Department.Name -> hr.HeadcountSnapshot.DepartmentName
-- columns: hr.Employee.Salary -> hr.HeadcountSnapshot.AvgSalary
-- indirect: hr.Department.DepartmentID, hr.Employee.DepartmentID, hr.Employee.IsActive
CREATE PROCEDURE hr.usp_SnapshotHeadcount
    @DeptID int
AS
BEGIN
    DECLARE @DeptName nvarchar(100), @Headcount int, @AvgSalary decimal(18,2);

    SELECT @DeptName = d.Name
    FROM hr.Department AS d
    WHERE d.DepartmentID = @DeptID;

    SELECT @Headcount = COUNT(*), @AvgSalary = AVG(e.Salary)
    FROM hr.Employee AS e
    WHERE e.DepartmentID = @DeptID AND e.IsActive = 1;

    INSERT INTO hr.HeadcountSnapshot (DepartmentID, DepartmentName, Headcount, AvgSalary, TakenAt)
    VALUES (@DeptID, @DeptName, @Headcount, @AvgSalary, SYSUTCDATETIME());
END
GO

-- case: proc_try_catch_writes_error_log
-- sources: stg.Product
-- targets: dw.DimProduct, etl.ErrorLog
-- columns: stg.Product.Code -> dw.DimProduct.ProductCode
-- columns: stg.Product.Name -> dw.DimProduct.ProductName
-- columns: stg.Product.Category -> dw.DimProduct.Category
-- effects: delete dw.DimProduct
CREATE OR ALTER PROCEDURE etl.usp_LoadProducts
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        DELETE FROM dw.DimProduct WHERE IsCurrent = 0;

        INSERT INTO dw.DimProduct (ProductCode, ProductName, Category, IsCurrent)
        SELECT p.Code, UPPER(p.Name), COALESCE(p.Category, 'Misc'), 1
        FROM stg.Product AS p;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;

        INSERT INTO etl.ErrorLog (ProcName, ErrorNumber, ErrorMessage, LoggedAt)
        VALUES (OBJECT_NAME(@@PROCID), ERROR_NUMBER(), ERROR_MESSAGE(), SYSDATETIME());

        THROW;
    END CATCH
END
GO

-- case: proc_merge_upsert_dimension
-- sources: stg.Customer
-- targets: dw.DimCustomer
-- columns: stg.Customer.CustomerCode -> dw.DimCustomer.CustomerCode
-- columns: stg.Customer.FirstName -> dw.DimCustomer.FullName, stg.Customer.LastName -> dw.DimCustomer.FullName
-- columns: stg.Customer.Email -> dw.DimCustomer.Email
-- indirect: stg.Customer.IsDeleted, dw.DimCustomer.CustomerCode
CREATE PROCEDURE dw.usp_MergeDimCustomer
AS
BEGIN
    SET NOCOUNT ON;

    MERGE dw.DimCustomer AS tgt
    USING (
        SELECT c.CustomerCode, c.FirstName + N' ' + c.LastName AS FullName, c.Email
        FROM stg.Customer AS c
        WHERE c.IsDeleted = 0
    ) AS src
    ON tgt.CustomerCode = src.CustomerCode
    WHEN MATCHED THEN
        UPDATE SET tgt.FullName = src.FullName, tgt.Email = src.Email, tgt.UpdatedAt = SYSDATETIME()
    WHEN NOT MATCHED BY TARGET THEN
        INSERT (CustomerCode, FullName, Email, CreatedAt)
        VALUES (src.CustomerCode, src.FullName, src.Email, SYSDATETIME());
END
GO

-- case: proc_two_batches_separated_by_go
-- sources: ref.Currency, ref.Country
-- targets: stg.Currency, stg.Country
-- columns: ref.Currency.Code -> stg.Currency.CurrencyCode, ref.Currency.Name -> stg.Currency.CurrencyName
-- columns: ref.Country.Iso2 -> stg.Country.CountryCode, ref.Country.Name -> stg.Country.CountryName
-- columns: ref.Country.CurrencyCode -> stg.Country.CurrencyCode
-- indirect: ref.Currency.Active
-- effects: truncate stg.Currency, truncate stg.Country
CREATE OR ALTER PROCEDURE stg.usp_ReloadCurrency
AS
BEGIN
    TRUNCATE TABLE stg.Currency;
    INSERT INTO stg.Currency (CurrencyCode, CurrencyName)
    SELECT r.Code, r.Name FROM ref.Currency AS r WHERE r.Active = 1;
END
GO

CREATE OR ALTER PROCEDURE stg.usp_ReloadCountry
AS
BEGIN
    TRUNCATE TABLE stg.Country;
    INSERT INTO stg.Country (CountryCode, CountryName, CurrencyCode)
    SELECT r.Iso2, r.Name, r.CurrencyCode FROM ref.Country AS r;
END
GO

-- case: proc_three_part_names_keep_database
-- sources: ERP.dbo.Invoice
-- targets: Reporting.dbo.Invoices
-- columns: ERP.dbo.Invoice.InvoiceNo -> Reporting.dbo.Invoices.InvoiceNo
-- columns: ERP.dbo.Invoice.Total -> Reporting.dbo.Invoices.InvoiceTotal
CREATE PROCEDURE dbo.usp_CopyInvoices
AS
BEGIN
    INSERT INTO Reporting.dbo.Invoices (InvoiceNo, InvoiceTotal)
    SELECT i.InvoiceNo, i.Total
    FROM ERP.dbo.Invoice AS i;
END

-- case: proc_cte_with_window_rank
-- sources: dbo.FactSales, dbo.DimProduct
-- targets: rpt.TopProducts
-- columns: dbo.FactSales.ProductID -> rpt.TopProducts.ProductID
-- columns: dbo.DimProduct.Name -> rpt.TopProducts.ProductName
-- columns: dbo.FactSales.Amount -> rpt.TopProducts.Revenue
-- columns: dbo.FactSales.Amount -> rpt.TopProducts.RankNo
-- effects: delete rpt.TopProducts
CREATE PROCEDURE rpt.usp_TopProducts
    @Year int
AS
BEGIN
    SET NOCOUNT ON;

    DELETE FROM rpt.TopProducts WHERE SalesYear = @Year;

    WITH ranked AS (
        SELECT s.ProductID,
               SUM(s.Amount) AS Revenue,
               ROW_NUMBER() OVER (ORDER BY SUM(s.Amount) DESC) AS rn
        FROM dbo.FactSales AS s
        WHERE YEAR(s.SaleDate) = @Year
        GROUP BY s.ProductID
    )
    INSERT INTO rpt.TopProducts (SalesYear, ProductID, ProductName, Revenue, RankNo)
    SELECT @Year, r.ProductID, p.Name, r.Revenue, r.rn
    FROM ranked AS r
    JOIN dbo.DimProduct AS p ON p.ProductID = r.ProductID
    WHERE r.rn <= 10;
END
GO

-- case: proc_persistent_work_table_created_and_dropped
-- sources: dbo.FactSales
-- targets: dbo.StoreKPI
-- intermediate: etl.WorkAgg
-- columns: dbo.FactSales.StoreID -> dbo.StoreKPI.StoreID
-- columns: dbo.FactSales.NetAmount -> dbo.StoreKPI.NetAmount
CREATE PROCEDURE etl.usp_RebuildStoreKPI
AS
BEGIN
    SELECT f.StoreID, SUM(f.NetAmount) AS NetAmount
    INTO etl.WorkAgg
    FROM dbo.FactSales AS f
    GROUP BY f.StoreID;

    INSERT INTO dbo.StoreKPI (StoreID, NetAmount, ComputedAt)
    SELECT w.StoreID, w.NetAmount, GETDATE()
    FROM etl.WorkAgg AS w;

    DROP TABLE etl.WorkAgg;
END
GO

-- case: proc_update_alias_from_join_target_not_source
-- sources: dbo.PriceListItem
-- targets: dbo.Product
-- columns: dbo.PriceListItem.Price -> dbo.Product.ListPrice
CREATE PROCEDURE dbo.usp_ApplyPriceList
    @PriceListID int
AS
BEGIN
    UPDATE p
    SET p.ListPrice = pl.Price,
        p.ModifiedDate = GETDATE()
    FROM dbo.Product AS p
    INNER JOIN dbo.PriceListItem AS pl ON pl.ProductID = p.ProductID
    WHERE pl.PriceListID = @PriceListID;
END
GO

-- case: proc_select_max_into_variable_then_update
-- sources: stg.Orders
-- targets: etl.Watermark
-- columns: stg.Orders.ModifiedAt -> etl.Watermark.LastValue
-- indirect: etl.Watermark.TableName
CREATE PROCEDURE dbo.usp_StampWatermark
AS
BEGIN
    DECLARE @MaxModified datetime2;

    SELECT @MaxModified = MAX(s.ModifiedAt) FROM stg.Orders AS s;

    UPDATE etl.Watermark
    SET LastValue = @MaxModified,
        UpdatedAt = SYSDATETIME()
    WHERE TableName = N'stg.Orders';
END
GO

-- case: proc_while_loop_batched_delete
-- targets: ops.MaintenanceLog
-- effects: delete ops.AuditTrail
CREATE PROCEDURE ops.usp_PurgeAudit
    @Days int = 90
AS
BEGIN
    DECLARE @Cutoff datetime2 = DATEADD(DAY, -@Days, SYSDATETIME());
    DECLARE @Deleted int = 1;

    WHILE @Deleted > 0
    BEGIN
        DELETE TOP (5000) FROM ops.AuditTrail WHERE EventTime < @Cutoff;
        SET @Deleted = @@ROWCOUNT;
    END

    INSERT INTO ops.MaintenanceLog (TaskName, RunAt)
    VALUES (N'PurgeAudit', SYSDATETIME());
END
GO

-- case: proc_output_parameter_and_result_set_only
-- sources: sales.Orders
-- indirect: sales.Orders.CustomerID
CREATE PROCEDURE sales.usp_GetCustomerOrders
    @CustomerID int,
    @OrderCount int OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    SELECT @OrderCount = COUNT(*)
    FROM sales.Orders
    WHERE CustomerID = @CustomerID;

    SELECT o.OrderID, o.OrderDate, o.Total
    FROM sales.Orders AS o
    WHERE o.CustomerID = @CustomerID;
END
GO

-- case: proc_chained_temp_tables_with_datediff
-- sources: app.Accounts
-- targets: ml.ChurnScores
-- intermediate: #Idle, #Scored
-- columns: app.Accounts.AccountID -> ml.ChurnScores.AccountID
-- columns: app.Accounts.PlanCode -> ml.ChurnScores.PlanCode
-- columns: app.Accounts.LastLoginAt -> ml.ChurnScores.Score
CREATE PROCEDURE etl.usp_LoadChurnScores
AS
BEGIN
    SET NOCOUNT ON;

    SELECT a.AccountID, a.PlanCode, DATEDIFF(DAY, a.LastLoginAt, GETDATE()) AS DaysIdle
    INTO #Idle
    FROM app.Accounts AS a
    WHERE a.Status = 'Active';

    SELECT i.AccountID,
           i.PlanCode,
           CASE WHEN i.DaysIdle > 60 THEN 0.9
                WHEN i.DaysIdle > 30 THEN 0.5
                ELSE 0.1
           END AS ChurnScore
    INTO #Scored
    FROM #Idle AS i;

    INSERT INTO ml.ChurnScores (AccountID, PlanCode, Score, ScoredAt)
    SELECT s.AccountID, s.PlanCode, s.ChurnScore, GETDATE()
    FROM #Scored AS s;

    DROP TABLE #Scored;
    DROP TABLE #Idle;
END
GO

-- case: proc_default_schema_for_unqualified_names
-- default_schema: dbo
-- sources: dbo.Orders
-- targets: dbo.OrdersArchive
-- columns: dbo.Orders.OrderID -> dbo.OrdersArchive.OrderID
-- columns: dbo.Orders.CustomerID -> dbo.OrdersArchive.CustomerID
-- columns: dbo.Orders.OrderDate -> dbo.OrdersArchive.OrderDate
-- columns: dbo.Orders.Total -> dbo.OrdersArchive.Total
-- effects: delete dbo.Orders
CREATE PROCEDURE usp_ArchiveOrders
    @Before date
AS
BEGIN
    INSERT INTO OrdersArchive (OrderID, CustomerID, OrderDate, Total)
    SELECT OrderID, CustomerID, OrderDate, Total
    FROM Orders
    WHERE OrderDate < @Before;

    DELETE FROM Orders WHERE OrderDate < @Before;
END
GO

-- case: proc_cursor_fetch_next_into_variables
-- sources: inv.Stock
-- targets: inv.LowStockAlert
-- columns: inv.Stock.Sku -> inv.LowStockAlert.Sku
-- columns: inv.Stock.QtyOnHand -> inv.LowStockAlert.QtyOnHand
-- indirect: inv.Stock.ReorderPoint
CREATE PROCEDURE dbo.usp_NotifyLowStock
AS
BEGIN
    DECLARE @Sku nvarchar(30), @Qty int;

    DECLARE low_cur CURSOR LOCAL FAST_FORWARD FOR
        SELECT s.Sku, s.QtyOnHand
        FROM inv.Stock AS s
        WHERE s.QtyOnHand < s.ReorderPoint;

    OPEN low_cur;
    FETCH NEXT FROM low_cur INTO @Sku, @Qty;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        INSERT INTO inv.LowStockAlert (Sku, QtyOnHand, RaisedAt)
        VALUES (@Sku, @Qty, SYSDATETIME());
        FETCH NEXT FROM low_cur INTO @Sku, @Qty;
    END
    CLOSE low_cur;
    DEALLOCATE low_cur;
END
GO

-- case: proc_if_exists_update_else_insert_parameters_only
-- sources: crm.Contact
-- targets: crm.Contact
CREATE PROCEDURE crm.usp_UpsertContact
    @Email nvarchar(200),
    @Name  nvarchar(200)
AS
BEGIN
    SET NOCOUNT ON;

    IF EXISTS (SELECT 1 FROM crm.Contact WHERE Email = @Email)
        UPDATE crm.Contact
        SET Name = @Name, UpdatedAt = SYSDATETIME()
        WHERE Email = @Email;
    ELSE
        INSERT INTO crm.Contact (Email, Name, CreatedAt)
        VALUES (@Email, @Name, SYSDATETIME());
END
GO
