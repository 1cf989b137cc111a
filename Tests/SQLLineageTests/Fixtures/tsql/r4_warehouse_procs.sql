-- case: proc_load_fact_sales_try_catch_select_into_temp_merge_output_table_variable_and_run_log
-- sources: stg.SalesOrderLines, stg.Customers, dw.DimCustomer, dw.DimProduct, dw.DimStore, ref.FxRates
-- targets: etl.RunLog, dw.DimCustomer, dw.FactSales, etl.CustomerChanges
-- intermediate: #Sales
-- columns: stg.Customers.CustomerCode -> dw.DimCustomer.CustomerCode
-- columns: stg.Customers.CustomerName -> dw.DimCustomer.CustomerName
-- columns: stg.Customers.Segment -> dw.DimCustomer.Segment
-- columns: stg.Customers.CountryCode -> dw.DimCustomer.CountryCode
-- columns: dw.DimCustomer.CustomerKey -> etl.CustomerChanges.CustomerKey
-- columns: dw.DimCustomer.CustomerCode -> etl.CustomerChanges.CustomerCode
-- columns: stg.SalesOrderLines.OrderDate -> dw.FactSales.DateKey
-- columns: dw.DimCustomer.CustomerKey -> dw.FactSales.CustomerKey
-- columns: dw.DimProduct.ProductKey -> dw.FactSales.ProductKey
-- columns: dw.DimStore.StoreKey -> dw.FactSales.StoreKey
-- columns: stg.SalesOrderLines.SalesOrderID -> dw.FactSales.SalesOrderID
-- columns: stg.SalesOrderLines.Qty -> dw.FactSales.Qty
-- columns: stg.SalesOrderLines.Qty -> dw.FactSales.NetAmount, stg.SalesOrderLines.UnitPrice -> dw.FactSales.NetAmount
-- columns: stg.SalesOrderLines.DiscountAmt -> dw.FactSales.NetAmount
-- columns: stg.SalesOrderLines.Qty -> dw.FactSales.NetAmountEUR, stg.SalesOrderLines.UnitPrice -> dw.FactSales.NetAmountEUR
-- columns: stg.SalesOrderLines.DiscountAmt -> dw.FactSales.NetAmountEUR, ref.FxRates.RateToEUR -> dw.FactSales.NetAmountEUR
-- indirect: stg.SalesOrderLines.IsValid, stg.SalesOrderLines.CustomerCode, dw.DimCustomer.CustomerName, dw.DimCustomer.Segment
-- indirect: dw.DimProduct.ProductCode, dw.DimProduct.IsCurrent, stg.SalesOrderLines.ProductCode
-- indirect: dw.DimStore.StoreCode, stg.SalesOrderLines.StoreCode, ref.FxRates.CurrencyCode, ref.FxRates.RateDate
-- indirect: stg.SalesOrderLines.CurrencyCode, etl.RunLog.RunID
-- diagnostics: none
CREATE PROCEDURE etl.usp_LoadFactSales
    @LoadDate date = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @RunID int, @Rows int = 0;
    DECLARE @Changes TABLE (ActionName nvarchar(10), CustomerKey int, CustomerCode varchar(20));

    IF @LoadDate IS NULL
        SET @LoadDate = CAST(DATEADD(day, -1, GETDATE()) AS date);

    INSERT INTO etl.RunLog (ProcName, StartedAt, Status)
    VALUES (OBJECT_NAME(@@PROCID), SYSDATETIME(), 'RUNNING');
    SET @RunID = SCOPE_IDENTITY();

    BEGIN TRY
        BEGIN TRANSACTION;

        IF OBJECT_ID('tempdb..#Sales') IS NOT NULL
            DROP TABLE #Sales;

        SELECT s.SalesOrderID, s.OrderDate, s.CustomerCode, s.ProductCode, s.StoreCode,
               s.Qty, s.UnitPrice, s.DiscountAmt, s.CurrencyCode
        INTO #Sales
        FROM stg.SalesOrderLines AS s WITH (NOLOCK)
        WHERE s.OrderDate = @LoadDate
          AND s.IsValid = 1;

        /* type 1 customer dimension, remember what changed */
        MERGE dw.DimCustomer AS t
        USING (SELECT DISTINCT c.CustomerCode, c.CustomerName, c.Segment, c.CountryCode
               FROM stg.Customers AS c
               WHERE c.CustomerCode IN (SELECT CustomerCode FROM #Sales)) AS src
           ON t.CustomerCode = src.CustomerCode
        WHEN MATCHED AND (t.CustomerName <> src.CustomerName OR t.Segment <> src.Segment) THEN
            UPDATE SET t.CustomerName = src.CustomerName,
                       t.Segment      = src.Segment,
                       t.CountryCode  = src.CountryCode,
                       t.ModifiedAt   = SYSDATETIME()
        WHEN NOT MATCHED BY TARGET THEN
            INSERT (CustomerCode, CustomerName, Segment, CountryCode, ModifiedAt)
            VALUES (src.CustomerCode, src.CustomerName, src.Segment, src.CountryCode, SYSDATETIME())
        OUTPUT $action, inserted.CustomerKey, inserted.CustomerCode
          INTO @Changes (ActionName, CustomerKey, CustomerCode);

        INSERT INTO dw.FactSales
               (DateKey, CustomerKey, ProductKey, StoreKey, SalesOrderID, Qty, NetAmount, NetAmountEUR, RunID)
        SELECT CONVERT(int, FORMAT(s.OrderDate, 'yyyyMMdd')),
               ISNULL(dc.CustomerKey, -1),
               ISNULL(dp.ProductKey, -1),
               ds.StoreKey,
               s.SalesOrderID,
               s.Qty,
               s.Qty * s.UnitPrice - s.DiscountAmt,
               (s.Qty * s.UnitPrice - s.DiscountAmt) * fx.RateToEUR,
               @RunID
        FROM #Sales AS s
        LEFT JOIN dw.DimCustomer AS dc ON dc.CustomerCode = s.CustomerCode
        LEFT JOIN dw.DimProduct AS dp  ON dp.ProductCode = s.ProductCode AND dp.IsCurrent = 1
        INNER JOIN dw.DimStore AS ds   ON ds.StoreCode = s.StoreCode
        INNER JOIN ref.FxRates AS fx   ON fx.CurrencyCode = s.CurrencyCode AND fx.RateDate = s.OrderDate;

        SET @Rows = @@ROWCOUNT;

        INSERT INTO etl.CustomerChanges (RunID, ActionName, CustomerKey, CustomerCode)
        SELECT @RunID, ActionName, CustomerKey, CustomerCode
        FROM @Changes;

        UPDATE etl.RunLog
        SET Status = 'OK', RowsLoaded = @Rows, FinishedAt = SYSDATETIME()
        WHERE RunID = @RunID;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;

        UPDATE etl.RunLog
        SET Status = 'FAILED', ErrorMessage = ERROR_MESSAGE(), FinishedAt = SYSDATETIME()
        WHERE RunID = @RunID;

        THROW;
    END CATCH;
END;
GO

-- case: scd2_composable_dml_insert_from_merge_output_then_scd1_store_merge_output_into_audit
-- sources: stg.Products, stg.Stores, dw.DimStore
-- targets: dw.DimProduct, dw.DimStore, audit.StoreChanges
-- columns: stg.Products.ProductCode -> dw.DimProduct.ProductCode
-- columns: stg.Products.ProductName -> dw.DimProduct.ProductName
-- columns: stg.Products.Category -> dw.DimProduct.Category
-- columns: stg.Products.ListPrice -> dw.DimProduct.ListPrice
-- columns: stg.Stores.StoreCode -> dw.DimStore.StoreCode
-- columns: stg.Stores.StoreName -> dw.DimStore.StoreName
-- columns: stg.Stores.Region -> dw.DimStore.Region
-- columns: stg.Stores.OpenDate -> dw.DimStore.OpenDate
-- columns: dw.DimStore.StoreCode -> audit.StoreChanges.StoreCode
-- columns: dw.DimStore.Region -> audit.StoreChanges.OldRegion
-- columns: dw.DimStore.Region -> audit.StoreChanges.NewRegion
-- indirect: dw.DimProduct.ProductCode, dw.DimProduct.IsCurrent, dw.DimProduct.ProductName
-- indirect: dw.DimProduct.Category, dw.DimProduct.ListPrice
-- diagnostics: none
-- =============================================
-- SCD2 for products in one statement: the MERGE closes changed rows and
-- inserts new ones; its OUTPUT feeds the insert of the new versions.
-- =============================================
INSERT INTO dw.DimProduct (ProductCode, ProductName, Category, ListPrice, ValidFrom, ValidTo, IsCurrent)
SELECT m.ProductCode, m.ProductName, m.Category, m.ListPrice, GETDATE(), NULL, 1
FROM (
    MERGE dw.DimProduct AS t
    USING stg.Products AS s
       ON t.ProductCode = s.ProductCode AND t.IsCurrent = 1
    WHEN MATCHED AND (t.ProductName <> s.ProductName
                   OR t.Category <> s.Category
                   OR t.ListPrice <> s.ListPrice) THEN
        UPDATE SET t.IsCurrent = 0, t.ValidTo = GETDATE()
    WHEN NOT MATCHED BY TARGET THEN
        INSERT (ProductCode, ProductName, Category, ListPrice, ValidFrom, ValidTo, IsCurrent)
        VALUES (s.ProductCode, s.ProductName, s.Category, s.ListPrice, GETDATE(), NULL, 1)
    OUTPUT $action AS MergeAction, s.ProductCode, s.ProductName, s.Category, s.ListPrice
) AS m
WHERE m.MergeAction = 'UPDATE';
GO

MERGE dw.DimStore AS t
USING (SELECT StoreCode, StoreName, Region, OpenDate
       FROM stg.Stores
       WHERE StoreCode IS NOT NULL) AS s
ON t.StoreCode = s.StoreCode
WHEN MATCHED THEN
    UPDATE SET StoreName = s.StoreName, Region = s.Region, OpenDate = s.OpenDate
WHEN NOT MATCHED BY TARGET THEN
    INSERT (StoreCode, StoreName, Region, OpenDate)
    VALUES (s.StoreCode, s.StoreName, s.Region, s.OpenDate)
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET IsClosed = 1
OUTPUT $action, deleted.StoreCode, deleted.Region, inserted.Region
  INTO audit.StoreChanges (ActionName, StoreCode, OldRegion, NewRegion);
GO

-- case: proc_sp_executesql_literal_delete_and_insert_exec_concatenated_literals_and_quotename_sql
-- sources: sales.Orders, ref.Regions
-- targets: rpt.RegionalSales, rpt.RefreshLog
-- effects: delete rpt.RegionalSales
-- columns: sales.Orders.OrderDate -> rpt.RegionalSales.SalesYear
-- columns: ref.Regions.RegionName -> rpt.RegionalSales.Region
-- columns: sales.Orders.Channel -> rpt.RegionalSales.Channel
-- columns: sales.Orders.TotalDue -> rpt.RegionalSales.Revenue
-- columns: sales.Orders.OrderID -> rpt.RegionalSales.Orders
-- indirect: ref.Regions.CountryCode, sales.Orders.ShipCountry, rpt.RegionalSales.SalesYear, rpt.RegionalSales.Region
-- indirect: rpt.RefreshLog.ReportName
-- diagnostics: none
CREATE OR ALTER PROCEDURE rpt.usp_RefreshRegionalSales
    @Year int,
    @Region nvarchar(50) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql nvarchar(max);
    DECLARE @tbl sysname = N'RegionalSales_' + CAST(@Year AS nvarchar(4));

    EXEC sp_executesql
        N'DELETE FROM rpt.RegionalSales WHERE SalesYear = @y AND (@r IS NULL OR Region = @r);',
        N'@y int, @r nvarchar(50)',
        @y = @Year, @r = @Region;

    EXEC sp_executesql
        N'INSERT INTO rpt.RegionalSales (SalesYear, Region, Channel, Revenue, Orders)
          SELECT YEAR(o.OrderDate), r.RegionName, o.Channel, SUM(o.TotalDue), COUNT(DISTINCT o.OrderID)
          FROM sales.Orders AS o
          JOIN ref.Regions AS r ON r.CountryCode = o.ShipCountry
          WHERE YEAR(o.OrderDate) = @y AND (@r IS NULL OR r.RegionName = @r)
          GROUP BY YEAR(o.OrderDate), r.RegionName, o.Channel;',
        N'@y int, @r nvarchar(50)',
        @y = @Year, @r = @Region;

    -- yearly copy under a generated name: built at run time, not followed
    SET @sql = N'SELECT * INTO rpt.' + QUOTENAME(@tbl) + N' FROM rpt.RegionalSales WHERE SalesYear = '
             + CAST(@Year AS nvarchar(4));
    EXEC (@sql);

    EXEC ('UPDATE rpt.RefreshLog SET LastRefresh = GETDATE() ' + 'WHERE ReportName = ''RegionalSales''');
END
GO

-- case: go_batches_select_into_temp_with_row_number_cte_delete_openjson_cross_apply_update_from
-- sources: iot.RawEvents
-- targets: iot.DeviceReadings, iot.Devices
-- intermediate: #Events
-- effects:
-- columns: iot.RawEvents.DeviceID -> iot.DeviceReadings.DeviceID
-- columns: iot.RawEvents.EventTime -> iot.DeviceReadings.ReadingTime
-- columns: iot.RawEvents.Payload -> iot.DeviceReadings.Metric
-- columns: iot.RawEvents.Payload -> iot.DeviceReadings.Value
-- columns: iot.RawEvents.Payload -> iot.DeviceReadings.Unit
-- columns: iot.RawEvents.EventTime -> iot.Devices.LastSeen
-- diagnostics: none
USE [DWH];
GO
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO
DROP TABLE IF EXISTS #Events;
GO
SELECT e.EventID,
       e.DeviceID,
       e.EventType,
       e.EventTime,
       e.Payload,
       ROW_NUMBER() OVER (PARTITION BY e.DeviceID, e.EventType, e.EventTime ORDER BY e.EventID) AS rn
INTO #Events
FROM iot.RawEvents AS e
WHERE e.EventTime >= DATEADD(hour, -24, SYSUTCDATETIME());
GO
-- drop exact duplicates delivered twice by the gateway
WITH dups AS (
    SELECT * FROM #Events WHERE rn > 1
)
DELETE FROM dups;
GO
INSERT INTO iot.DeviceReadings (DeviceID, ReadingTime, Metric, Value, Unit)
SELECT ev.DeviceID, ev.EventTime, j.Metric, j.Value, j.Unit
FROM #Events AS ev
CROSS APPLY OPENJSON(ev.Payload, '$.readings')
     WITH (Metric varchar(50) '$.name',
           Value  float       '$.value',
           Unit   varchar(10) '$.unit') AS j
WHERE ev.EventType = 'telemetry';
GO
UPDATE d
SET d.LastSeen = x.LastEvent,
    d.EventCount24h = x.Cnt
FROM iot.Devices AS d
JOIN (SELECT DeviceID, MAX(EventTime) AS LastEvent, COUNT(*) AS Cnt
      FROM #Events
      GROUP BY DeviceID) AS x
  ON x.DeviceID = d.DeviceID;
GO
DROP TABLE #Events;
GO

-- case: proc_local_fast_forward_cursor_fetch_into_variables_while_loop_update_else_insert
-- sources: hr.Employees, hr.Contracts
-- targets: hr.LeaveLedger, hr.LeaveBalances
-- columns: hr.Employees.EmployeeID -> hr.LeaveLedger.EmployeeID
-- columns: hr.Employees.HireDate -> hr.LeaveLedger.Days, hr.Contracts.FTE -> hr.LeaveLedger.Days
-- columns: hr.Employees.HireDate -> hr.LeaveBalances.Balance, hr.Contracts.FTE -> hr.LeaveBalances.Balance
-- columns: hr.Employees.EmployeeID -> hr.LeaveBalances.EmployeeID
-- indirect: hr.Contracts.EmployeeID, hr.Contracts.IsActive, hr.Employees.TerminationDate, hr.LeaveBalances.EmployeeID
-- diagnostics: none
CREATE PROCEDURE hr.usp_AccrueLeave
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @EmployeeID int,
            @HireDate date,
            @ContractType varchar(10),
            @FTE decimal(4, 2),
            @Days decimal(6, 2);

    DECLARE emp_cur CURSOR LOCAL FAST_FORWARD FOR
        SELECT e.EmployeeID, e.HireDate, c.ContractType, c.FTE
        FROM hr.Employees AS e
        JOIN hr.Contracts AS c
          ON c.EmployeeID = e.EmployeeID
         AND c.IsActive = 1
        WHERE e.TerminationDate IS NULL;

    OPEN emp_cur;
    FETCH NEXT FROM emp_cur INTO @EmployeeID, @HireDate, @ContractType, @FTE;

    WHILE @@FETCH_STATUS = 0
    BEGIN
        SET @Days = CASE WHEN DATEDIFF(year, @HireDate, GETDATE()) >= 5 THEN 2.5 ELSE 2.0 END * @FTE;
        IF @ContractType = 'HOURLY'
            SET @Days = 0;

        INSERT INTO hr.LeaveLedger (EmployeeID, AccrualDate, Days, Reason)
        VALUES (@EmployeeID, CAST(GETDATE() AS date), @Days, 'MONTHLY_ACCRUAL');

        UPDATE hr.LeaveBalances
        SET Balance = Balance + @Days,
            UpdatedAt = SYSDATETIME()
        WHERE EmployeeID = @EmployeeID;

        IF @@ROWCOUNT = 0
            INSERT INTO hr.LeaveBalances (EmployeeID, Balance, UpdatedAt)
            VALUES (@EmployeeID, @Days, SYSDATETIME());

        FETCH NEXT FROM emp_cur INTO @EmployeeID, @HireDate, @ContractType, @FTE;
    END

    CLOSE emp_cur;
    DEALLOCATE emp_cur;
END
GO

-- case: trigger_after_iud_full_outer_join_inserted_deleted_audit_and_customer_open_totals
-- sources: sales.Orders
-- targets: audit.OrderHistory, sales.Customers
-- columns: sales.Orders.OrderID -> audit.OrderHistory.OrderID
-- columns: sales.Orders.OrderID -> audit.OrderHistory.Operation
-- columns: sales.Orders.Status -> audit.OrderHistory.OldStatus
-- columns: sales.Orders.Status -> audit.OrderHistory.NewStatus
-- columns: sales.Orders.TotalDue -> audit.OrderHistory.OldTotal
-- columns: sales.Orders.TotalDue -> audit.OrderHistory.NewTotal
-- columns: sales.Orders.TotalDue -> sales.Customers.OpenOrderTotal
-- indirect: sales.Orders.CustomerID, sales.Customers.CustomerID
-- diagnostics: none
CREATE TRIGGER sales.trg_Orders_Audit
ON sales.Orders
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;

    IF NOT EXISTS (SELECT 1 FROM inserted) AND NOT EXISTS (SELECT 1 FROM deleted)
        RETURN;

    INSERT INTO audit.OrderHistory
           (OrderID, Operation, OldStatus, NewStatus, OldTotal, NewTotal, ChangedBy, ChangedAt)
    SELECT COALESCE(i.OrderID, d.OrderID),
           CASE WHEN i.OrderID IS NOT NULL AND d.OrderID IS NOT NULL THEN 'U'
                WHEN i.OrderID IS NOT NULL THEN 'I'
                ELSE 'D' END,
           d.Status,
           i.Status,
           d.TotalDue,
           i.TotalDue,
           SUSER_SNAME(),
           SYSUTCDATETIME()
    FROM inserted AS i
    FULL OUTER JOIN deleted AS d
      ON d.OrderID = i.OrderID
    WHERE d.OrderID IS NULL
       OR i.OrderID IS NULL
       OR ISNULL(d.Status, '') <> ISNULL(i.Status, '')
       OR ISNULL(d.TotalDue, 0) <> ISNULL(i.TotalDue, 0);

    UPDATE c
    SET c.OpenOrderTotal = x.OpenTotal
    FROM sales.Customers AS c
    JOIN (SELECT o.CustomerID, SUM(o.TotalDue) AS OpenTotal
          FROM sales.Orders AS o
          WHERE o.Status IN ('OPEN', 'PENDING')
            AND o.CustomerID IN (SELECT CustomerID FROM inserted
                                 UNION
                                 SELECT CustomerID FROM deleted)
          GROUP BY o.CustomerID) AS x
      ON x.CustomerID = c.CustomerID;
END
GO

-- case: schemabound_view_with_cte_row_number_join_filter_then_select_into_snapshot
-- sources: prod.ProductCostHistory, prod.Product, prod.ProductSubcategory, rpt.vw_ProductMargin
-- targets: rpt.vw_ProductMargin, rpt.SubcategoryMarginSnapshot
-- columns: prod.Product.ProductID -> rpt.vw_ProductMargin.ProductID
-- columns: prod.Product.Name -> rpt.vw_ProductMargin.ProductName
-- columns: prod.ProductSubcategory.Name -> rpt.vw_ProductMargin.Subcategory
-- columns: prod.Product.ListPrice -> rpt.vw_ProductMargin.ListPrice
-- columns: prod.ProductCostHistory.StandardCost -> rpt.vw_ProductMargin.StandardCost
-- columns: prod.Product.ListPrice -> rpt.vw_ProductMargin.Margin, prod.ProductCostHistory.StandardCost -> rpt.vw_ProductMargin.Margin
-- columns: prod.Product.ListPrice -> rpt.vw_ProductMargin.MarginPct, prod.ProductCostHistory.StandardCost -> rpt.vw_ProductMargin.MarginPct
-- columns: rpt.vw_ProductMargin.Subcategory -> rpt.SubcategoryMarginSnapshot.Subcategory
-- columns: rpt.vw_ProductMargin.MarginPct -> rpt.SubcategoryMarginSnapshot.AvgMarginPct
-- columns: rpt.vw_ProductMargin.Margin -> rpt.SubcategoryMarginSnapshot.WorstMargin
-- indirect: prod.ProductSubcategory.ProductSubcategoryID, prod.Product.ProductSubcategoryID
-- indirect: prod.ProductCostHistory.ProductID, prod.ProductCostHistory.StartDate
-- diagnostics: none
CREATE VIEW rpt.vw_ProductMargin
WITH SCHEMABINDING
AS
WITH cost AS (
    SELECT pc.ProductID,
           pc.StandardCost,
           ROW_NUMBER() OVER (PARTITION BY pc.ProductID ORDER BY pc.StartDate DESC) AS rn
    FROM prod.ProductCostHistory AS pc
)
SELECT p.ProductID,
       p.Name AS ProductName,
       sc.Name AS Subcategory,
       p.ListPrice,
       c.StandardCost,
       p.ListPrice - c.StandardCost AS Margin,
       CAST(CASE WHEN p.ListPrice = 0 THEN NULL
                 ELSE (p.ListPrice - c.StandardCost) / p.ListPrice END AS decimal(9, 4)) AS MarginPct
FROM prod.Product AS p
JOIN prod.ProductSubcategory AS sc
  ON sc.ProductSubcategoryID = p.ProductSubcategoryID
JOIN cost AS c
  ON c.ProductID = p.ProductID
 AND c.rn = 1;
GO

SELECT v.Subcategory,
       COUNT(*) AS Products,
       AVG(v.MarginPct) AS AvgMarginPct,
       MIN(v.Margin) AS WorstMargin
INTO rpt.SubcategoryMarginSnapshot
FROM rpt.vw_ProductMargin AS v
GROUP BY v.Subcategory
HAVING COUNT(*) >= 3;
GO

-- case: proc_temp_table_insert_alter_add_columns_update_from_join_and_cross_apply_then_select_into
-- sources: crm.Customers, sales.Orders, support.Tickets, web.Sessions
-- targets: ml.ChurnFeatures
-- intermediate: #f
-- effects: drop ml.ChurnFeatures
-- columns: crm.Customers.CustomerID -> ml.ChurnFeatures.CustomerID
-- columns: crm.Customers.SignupDate -> ml.ChurnFeatures.Tenure
-- columns: sales.Orders.OrderID -> ml.ChurnFeatures.Orders90
-- columns: sales.Orders.TotalDue -> ml.ChurnFeatures.Spend90
-- columns: web.Sessions.LoginAt -> ml.ChurnFeatures.DaysSinceLogin
-- indirect: sales.Orders.CustomerID, sales.Orders.OrderDate, support.Tickets.CreatedAt, support.Tickets.CustomerID
-- indirect: web.Sessions.CustomerID
-- diagnostics: none
CREATE PROCEDURE crm.usp_BuildChurnFeatures
AS
BEGIN
    SET NOCOUNT ON;

    CREATE TABLE #f (
        CustomerID int PRIMARY KEY,
        Tenure int,
        Orders90 int,
        Spend90 money
    );

    INSERT INTO #f (CustomerID, Tenure, Orders90, Spend90)
    SELECT c.CustomerID,
           DATEDIFF(day, c.SignupDate, GETDATE()),
           COUNT(o.OrderID),
           ISNULL(SUM(o.TotalDue), 0)
    FROM crm.Customers AS c
    LEFT JOIN sales.Orders AS o
      ON o.CustomerID = c.CustomerID
     AND o.OrderDate >= DATEADD(day, -90, GETDATE())
    GROUP BY c.CustomerID, c.SignupDate;

    ALTER TABLE #f ADD Tickets90 int NULL, LastLogin datetime2 NULL;

    UPDATE f
    SET f.Tickets90 = t.Cnt
    FROM #f AS f
    JOIN (SELECT CustomerID, COUNT(*) AS Cnt
          FROM support.Tickets
          WHERE CreatedAt >= DATEADD(day, -90, GETDATE())
          GROUP BY CustomerID) AS t
      ON t.CustomerID = f.CustomerID;

    UPDATE f
    SET f.LastLogin = l.LastLogin
    FROM #f AS f
    CROSS APPLY (SELECT MAX(s.LoginAt) AS LastLogin
                 FROM web.Sessions AS s
                 WHERE s.CustomerID = f.CustomerID) AS l;

    DROP TABLE IF EXISTS ml.ChurnFeatures;

    SELECT f.CustomerID,
           f.Tenure,
           f.Orders90,
           f.Spend90,
           ISNULL(f.Tickets90, 0) AS Tickets90,
           DATEDIFF(day, f.LastLogin, GETDATE()) AS DaysSinceLogin
    INTO ml.ChurnFeatures
    FROM #f AS f;
END
GO

-- case: static_pivot_bracketed_values_unpivot_back_and_dynamic_pivot_not_followed
-- sources: sales.Orders, rpt.MonthlyChannelRevenue
-- targets: rpt.MonthlyChannelRevenue, rpt.ChannelRevenueLong
-- columns: sales.Orders.OrderDate -> rpt.MonthlyChannelRevenue.SalesYear
-- columns: sales.Orders.TotalDue -> rpt.MonthlyChannelRevenue.ChannelWeb, sales.Orders.Channel -> rpt.MonthlyChannelRevenue.ChannelWeb
-- columns: sales.Orders.TotalDue -> rpt.MonthlyChannelRevenue.ChannelStore, sales.Orders.Channel -> rpt.MonthlyChannelRevenue.ChannelStore
-- columns: sales.Orders.TotalDue -> rpt.MonthlyChannelRevenue.ChannelPartner, sales.Orders.Channel -> rpt.MonthlyChannelRevenue.ChannelPartner
-- columns: rpt.MonthlyChannelRevenue.SalesYear -> rpt.ChannelRevenueLong.SalesYear
-- columns: rpt.MonthlyChannelRevenue.ChannelWeb -> rpt.ChannelRevenueLong.Revenue
-- columns: rpt.MonthlyChannelRevenue.ChannelStore -> rpt.ChannelRevenueLong.Revenue
-- columns: rpt.MonthlyChannelRevenue.ChannelPartner -> rpt.ChannelRevenueLong.Revenue
-- indirect: sales.Orders.Status
-- diagnostics: none
INSERT INTO rpt.MonthlyChannelRevenue (SalesYear, ChannelWeb, ChannelStore, ChannelPartner)
SELECT pvt.SalesYear, pvt.[Web], pvt.[Store], pvt.[Partner]
FROM (SELECT YEAR(o.OrderDate) AS SalesYear, o.Channel, o.TotalDue
      FROM sales.Orders AS o
      WHERE o.Status = 'SHIPPED') AS src
PIVOT (SUM(TotalDue) FOR Channel IN ([Web], [Store], [Partner])) AS pvt;

INSERT INTO rpt.ChannelRevenueLong (SalesYear, Channel, Revenue)
SELECT u.SalesYear, u.Channel, u.Revenue
FROM rpt.MonthlyChannelRevenue AS m
UNPIVOT (Revenue FOR Channel IN (ChannelWeb, ChannelStore, ChannelPartner)) AS u;

-- the full channel list changes every quarter: dynamic version for ad-hoc use
DECLARE @cols nvarchar(max), @q nvarchar(max);
SELECT @cols = STRING_AGG(QUOTENAME(Channel), ',')
FROM (SELECT DISTINCT Channel FROM sales.Orders) AS d;
SET @q = N'SELECT * INTO rpt.ChannelPivotDynamic FROM (SELECT YEAR(OrderDate) AS SalesYear, Channel, TotalDue FROM sales.Orders) s '
       + N'PIVOT (SUM(TotalDue) FOR Channel IN (' + @cols + N')) p';
EXEC sp_executesql @q;

-- case: table_variable_latest_price_row_number_update_from_insert_not_exists_and_history
-- sources: stg.PriceFeed, dbo.CurrentPrices
-- targets: dbo.CurrentPrices, dbo.PriceHistory
-- columns: stg.PriceFeed.Sku -> dbo.CurrentPrices.Sku
-- columns: stg.PriceFeed.Price -> dbo.CurrentPrices.Price
-- columns: stg.PriceFeed.Currency -> dbo.CurrentPrices.Currency
-- columns: stg.PriceFeed.ValidFrom -> dbo.CurrentPrices.ValidFrom
-- columns: stg.PriceFeed.Sku -> dbo.PriceHistory.Sku
-- columns: stg.PriceFeed.Price -> dbo.PriceHistory.Price
-- columns: stg.PriceFeed.Currency -> dbo.PriceHistory.Currency
-- columns: stg.PriceFeed.ValidFrom -> dbo.PriceHistory.ValidFrom
-- indirect: stg.PriceFeed.FileID, dbo.CurrentPrices.Sku, dbo.CurrentPrices.Price, dbo.CurrentPrices.Currency
-- diagnostics: none
SET NOCOUNT ON;
DECLARE @Stage TABLE (
    Sku varchar(30) PRIMARY KEY,
    Price money,
    Currency char(3),
    ValidFrom date
);

INSERT INTO @Stage (Sku, Price, Currency, ValidFrom)
SELECT p.Sku, p.Price, p.Currency, p.ValidFrom
FROM (SELECT f.Sku, f.Price, f.Currency, f.ValidFrom,
             ROW_NUMBER() OVER (PARTITION BY f.Sku ORDER BY f.ValidFrom DESC, f.FileID DESC) AS rn
      FROM stg.PriceFeed AS f
      WHERE f.ValidFrom <= CAST(GETDATE() AS date)) AS p
WHERE p.rn = 1;

UPDATE t
SET t.Price = s.Price,
    t.Currency = s.Currency,
    t.ValidFrom = s.ValidFrom,
    t.UpdatedAt = SYSDATETIME()
FROM dbo.CurrentPrices AS t
JOIN @Stage AS s ON s.Sku = t.Sku
WHERE t.Price <> s.Price OR t.Currency <> s.Currency;

INSERT INTO dbo.CurrentPrices (Sku, Price, Currency, ValidFrom, UpdatedAt)
SELECT s.Sku, s.Price, s.Currency, s.ValidFrom, SYSDATETIME()
FROM @Stage AS s
WHERE NOT EXISTS (SELECT 1 FROM dbo.CurrentPrices AS t WHERE t.Sku = s.Sku);

INSERT INTO dbo.PriceHistory (Sku, Price, Currency, ValidFrom, LoadedAt)
SELECT s.Sku, s.Price, s.Currency, s.ValidFrom, SYSDATETIME()
FROM @Stage AS s;

-- case: insert_output_inserted_into_table_variable_then_events_counts_and_delete_output_archive
-- sources: support.InboundEmails, support.Tickets
-- targets: support.Tickets, support.TicketEvents, crm.Customers, archive.InboundEmails
-- effects: delete support.InboundEmails
-- columns: support.InboundEmails.CustomerID -> support.Tickets.CustomerID
-- columns: support.InboundEmails.Subject -> support.Tickets.Subject
-- columns: support.InboundEmails.Subject -> support.Tickets.Priority
-- columns: support.InboundEmails.ReceivedAt -> support.Tickets.CreatedAt
-- columns: support.Tickets.TicketID -> support.TicketEvents.TicketID
-- columns: support.InboundEmails.EmailID -> archive.InboundEmails.EmailID
-- columns: support.InboundEmails.CustomerID -> archive.InboundEmails.CustomerID
-- columns: support.InboundEmails.Subject -> archive.InboundEmails.Subject
-- columns: support.InboundEmails.Body -> archive.InboundEmails.Body
-- columns: support.InboundEmails.ReceivedAt -> archive.InboundEmails.ReceivedAt
-- indirect: support.InboundEmails.Processed, support.Tickets.CustomerID, crm.Customers.CustomerID
-- diagnostics: none
DECLARE @NewIds TABLE (TicketID int, CustomerID int);

INSERT INTO support.Tickets (CustomerID, Subject, Priority, CreatedAt, Source)
OUTPUT inserted.TicketID, inserted.CustomerID INTO @NewIds (TicketID, CustomerID)
SELECT e.CustomerID,
       LEFT(e.Subject, 200),
       CASE WHEN e.Subject LIKE '%urgent%' THEN 'P1' ELSE 'P3' END,
       e.ReceivedAt,
       'EMAIL'
FROM support.InboundEmails AS e
WHERE e.Processed = 0
  AND e.CustomerID IS NOT NULL;

INSERT INTO support.TicketEvents (TicketID, EventType, EventAt)
SELECT n.TicketID, 'CREATED', SYSDATETIME()
FROM @NewIds AS n;

UPDATE c
SET c.OpenTickets = c.OpenTickets + x.Cnt
FROM crm.Customers AS c
JOIN (SELECT CustomerID, COUNT(*) AS Cnt FROM @NewIds GROUP BY CustomerID) AS x
  ON x.CustomerID = c.CustomerID;

DELETE FROM support.InboundEmails
OUTPUT deleted.EmailID, deleted.CustomerID, deleted.Subject, deleted.Body, deleted.ReceivedAt, SYSDATETIME()
  INTO archive.InboundEmails (EmailID, CustomerID, Subject, Body, ReceivedAt, ArchivedAt)
WHERE Processed = 0
  AND CustomerID IS NOT NULL;

-- case: proc_nested_try_catch_raiserror_select_into_temp_trial_balance_and_exec_other_proc
-- sources: fin.PeriodStatus, fin.JournalLines, fin.JournalHeaders, fin.Accounts
-- targets: fin.TrialBalance, fin.RetainedEarnings, fin.PeriodStatus, fin.ErrorLog
-- intermediate: #tb
-- effects: delete fin.TrialBalance
-- columns: fin.JournalLines.AccountID -> fin.TrialBalance.AccountID
-- columns: fin.JournalLines.CostCenter -> fin.TrialBalance.CostCenter
-- columns: fin.JournalLines.Debit -> fin.TrialBalance.Debit
-- columns: fin.JournalLines.Credit -> fin.TrialBalance.Credit
-- columns: fin.JournalLines.Debit -> fin.TrialBalance.Balance, fin.JournalLines.Credit -> fin.TrialBalance.Balance
-- columns: fin.JournalLines.Debit -> fin.RetainedEarnings.Amount, fin.JournalLines.Credit -> fin.RetainedEarnings.Amount
-- indirect: fin.JournalHeaders.JournalID, fin.JournalLines.JournalID, fin.JournalHeaders.Period, fin.JournalHeaders.Posted
-- indirect: fin.PeriodStatus.Period, fin.PeriodStatus.Status, fin.TrialBalance.Period, fin.Accounts.AccountID, fin.Accounts.AccountType
-- diagnostics: none
CREATE PROCEDURE fin.usp_CloseMonth
    @Period char(6)
AS
BEGIN
    SET NOCOUNT ON;
    BEGIN TRY
        IF EXISTS (SELECT 1 FROM fin.PeriodStatus WHERE Period = @Period AND Status = 'CLOSED')
        BEGIN
            RAISERROR('Period %s already closed', 16, 1, @Period);
            RETURN;
        END

        SELECT j.AccountID,
               j.CostCenter,
               SUM(j.Debit) AS Debit,
               SUM(j.Credit) AS Credit
        INTO #tb
        FROM fin.JournalLines AS j
        JOIN fin.JournalHeaders AS h ON h.JournalID = j.JournalID
        WHERE h.Period = @Period
          AND h.Posted = 1
        GROUP BY j.AccountID, j.CostCenter;

        BEGIN TRY
            INSERT INTO fin.TrialBalance (Period, AccountID, CostCenter, Debit, Credit, Balance)
            SELECT @Period, tb.AccountID, tb.CostCenter, tb.Debit, tb.Credit, tb.Debit - tb.Credit
            FROM #tb AS tb;
        END TRY
        BEGIN CATCH
            IF ERROR_NUMBER() = 2627
                DELETE FROM fin.TrialBalance WHERE Period = @Period;
            ELSE
                THROW;
        END CATCH

        INSERT INTO fin.RetainedEarnings (Period, Amount)
        SELECT @Period, SUM(tb.Credit - tb.Debit)
        FROM #tb AS tb
        JOIN fin.Accounts AS a ON a.AccountID = tb.AccountID
        WHERE a.AccountType IN ('REVENUE', 'EXPENSE');

        UPDATE fin.PeriodStatus
        SET Status = 'CLOSED', ClosedAt = SYSDATETIME(), ClosedBy = SUSER_SNAME()
        WHERE Period = @Period;

        EXEC fin.usp_NotifyClose @Period = @Period;
    END TRY
    BEGIN CATCH
        INSERT INTO fin.ErrorLog (ProcName, Period, ErrorNumber, ErrorMessage, LoggedAt)
        VALUES ('usp_CloseMonth', @Period, ERROR_NUMBER(), ERROR_MESSAGE(), SYSDATETIME());
        THROW;
    END CATCH
END
GO

-- case: string_split_and_openjson_with_cross_apply_then_update_from_own_table_with_json_value
-- sources: stg.CustomerImport
-- targets: crm.CustomerTags, crm.CustomerAddresses, crm.Customers
-- columns: stg.CustomerImport.CustomerID -> crm.CustomerTags.CustomerID
-- columns: stg.CustomerImport.TagList -> crm.CustomerTags.Tag
-- columns: stg.CustomerImport.CustomerID -> crm.CustomerAddresses.CustomerID
-- columns: stg.CustomerImport.AddressesJson -> crm.CustomerAddresses.AddressType
-- columns: stg.CustomerImport.AddressesJson -> crm.CustomerAddresses.Street
-- columns: stg.CustomerImport.AddressesJson -> crm.CustomerAddresses.City
-- columns: stg.CustomerImport.AddressesJson -> crm.CustomerAddresses.PostalCode
-- columns: stg.CustomerImport.AddressesJson -> crm.CustomerAddresses.CountryCode
-- columns: stg.CustomerImport.PreferencesJson -> crm.Customers.PreferredLanguage
-- columns: stg.CustomerImport.PreferencesJson -> crm.Customers.MarketingOptIn
-- indirect: crm.Customers.CustomerID
-- diagnostics: none
INSERT INTO crm.CustomerTags (CustomerID, Tag, TaggedAt)
SELECT c.CustomerID, LTRIM(RTRIM(t.value)), SYSDATETIME()
FROM stg.CustomerImport AS c
CROSS APPLY STRING_SPLIT(c.TagList, ',') AS t
WHERE c.TagList IS NOT NULL
  AND LEN(LTRIM(t.value)) > 0;

INSERT INTO crm.CustomerAddresses (CustomerID, AddressType, Street, City, PostalCode, CountryCode)
SELECT c.CustomerID, a.AddressType, a.Street, a.City, a.PostalCode, UPPER(a.Country)
FROM stg.CustomerImport AS c
CROSS APPLY OPENJSON(c.AddressesJson)
     WITH (AddressType varchar(20)   '$.type',
           Street      nvarchar(200) '$.street',
           City        nvarchar(100) '$.city',
           PostalCode  varchar(20)   '$.zip',
           Country     varchar(2)    '$.country') AS a;

UPDATE crm.Customers
SET PreferredLanguage = JSON_VALUE(i.PreferencesJson, '$.language'),
    MarketingOptIn = CAST(JSON_VALUE(i.PreferencesJson, '$.optIn') AS bit)
FROM crm.Customers
JOIN stg.CustomerImport AS i ON i.CustomerID = crm.Customers.CustomerID;

-- case: temporal_for_system_time_three_part_names_lag_and_as_of_temp_update
-- sources: Sales.dbo.Product
-- targets: ReportingDB.rpt.PriceChangeLog, ReportingDB.rpt.ProductQuarter
-- intermediate: #asof
-- columns: Sales.dbo.Product.ProductID -> ReportingDB.rpt.PriceChangeLog.ProductID
-- columns: Sales.dbo.Product.ValidFrom -> ReportingDB.rpt.PriceChangeLog.ChangedFrom
-- columns: Sales.dbo.Product.ValidTo -> ReportingDB.rpt.PriceChangeLog.ChangedTo
-- columns: Sales.dbo.Product.ListPrice -> ReportingDB.rpt.PriceChangeLog.OldPrice, Sales.dbo.Product.ProductID -> ReportingDB.rpt.PriceChangeLog.OldPrice
-- columns: Sales.dbo.Product.ValidFrom -> ReportingDB.rpt.PriceChangeLog.OldPrice
-- columns: Sales.dbo.Product.ListPrice -> ReportingDB.rpt.PriceChangeLog.NewPrice
-- columns: Sales.dbo.Product.ListPrice -> ReportingDB.rpt.PriceChangeLog.PctChange, Sales.dbo.Product.ProductID -> ReportingDB.rpt.PriceChangeLog.PctChange
-- columns: Sales.dbo.Product.ValidFrom -> ReportingDB.rpt.PriceChangeLog.PctChange
-- columns: Sales.dbo.Product.ListPrice -> ReportingDB.rpt.ProductQuarter.ListPriceAtQuarterEnd
-- indirect: Sales.dbo.Product.Discontinued, ReportingDB.rpt.ProductQuarter.ProductID
-- diagnostics: none
INSERT INTO ReportingDB.rpt.PriceChangeLog (ProductID, ChangedFrom, ChangedTo, OldPrice, NewPrice, PctChange)
SELECT h.ProductID,
       h.ValidFrom,
       h.ValidTo,
       LAG(h.ListPrice) OVER (PARTITION BY h.ProductID ORDER BY h.ValidFrom),
       h.ListPrice,
       (h.ListPrice - LAG(h.ListPrice) OVER (PARTITION BY h.ProductID ORDER BY h.ValidFrom))
         / NULLIF(LAG(h.ListPrice) OVER (PARTITION BY h.ProductID ORDER BY h.ValidFrom), 0)
FROM Sales.dbo.Product FOR SYSTEM_TIME BETWEEN '2024-01-01' AND '2024-07-01' AS h
WHERE h.Discontinued = 0;

SELECT p.ProductID, p.ListPrice
INTO #asof
FROM Sales.dbo.Product FOR SYSTEM_TIME AS OF '2024-06-30T23:59:59' AS p;

UPDATE r
SET r.ListPriceAtQuarterEnd = a.ListPrice
FROM ReportingDB.rpt.ProductQuarter AS r
JOIN #asof AS a ON a.ProductID = r.ProductID;

DROP TABLE #asof;

-- case: contact_dedupe_self_join_merge_map_repoint_children_and_delete_through_cte
-- sources: crm.Contacts, crm.ContactMergeMap
-- targets: crm.Contacts, crm.ContactMergeMap, sales.Opportunities, crm.ContactDedupLog
-- effects: delete crm.Contacts
-- columns: crm.Contacts.ContactID -> crm.ContactMergeMap.DuplicateContactID
-- columns: crm.Contacts.ContactID -> crm.ContactMergeMap.SurvivorContactID
-- columns: crm.ContactMergeMap.SurvivorContactID -> sales.Opportunities.ContactID
-- indirect: crm.Contacts.Email, crm.Contacts.Phone, crm.ContactMergeMap.DuplicateContactID, sales.Opportunities.ContactID
-- diagnostics: none
-- nightly contact hygiene: normalise, map duplicates, repoint, delete
SET NOCOUNT ON;

UPDATE c
SET c.Email = LOWER(LTRIM(RTRIM(c.Email))),
    c.Phone = REPLACE(REPLACE(REPLACE(c.Phone, ' ', ''), '-', ''), '(', '')
FROM crm.Contacts AS c
WHERE c.Email <> LOWER(LTRIM(RTRIM(c.Email)))
   OR c.Phone LIKE '%[ -(]%';

INSERT INTO crm.ContactMergeMap (DuplicateContactID, SurvivorContactID, MatchedOn, MappedAt)
SELECT d.ContactID, s.ContactID, 'EMAIL', SYSDATETIME()
FROM crm.Contacts AS d
JOIN crm.Contacts AS s
  ON s.Email = d.Email
 AND s.ContactID < d.ContactID
WHERE NOT EXISTS (SELECT 1
                  FROM crm.Contacts AS x
                  WHERE x.Email = d.Email
                    AND x.ContactID < s.ContactID);

UPDATE o
SET o.ContactID = m.SurvivorContactID
FROM sales.Opportunities AS o
JOIN crm.ContactMergeMap AS m ON m.DuplicateContactID = o.ContactID;

;WITH dupes AS (
    SELECT ContactID,
           ROW_NUMBER() OVER (PARTITION BY Email ORDER BY ContactID) AS rn
    FROM crm.Contacts
    WHERE Email IS NOT NULL
)
DELETE FROM dupes WHERE rn > 1;

INSERT INTO crm.ContactDedupLog (RunAt, RemainingContacts)
SELECT SYSDATETIME(), COUNT(*)
FROM crm.Contacts;
