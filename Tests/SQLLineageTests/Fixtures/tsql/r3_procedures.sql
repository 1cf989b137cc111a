-- case: proc_while_delete_top_output_into_table_variable_nested_if
-- sources: dbo.PaymentQueue
-- targets: dbo.Refunds, dbo.Payments
-- columns: dbo.PaymentQueue.CustomerID -> dbo.Refunds.CustomerID
-- columns: dbo.PaymentQueue.Amount -> dbo.Refunds.Amount
-- columns: dbo.PaymentQueue.QueueID -> dbo.Payments.QueueID
-- columns: dbo.PaymentQueue.CustomerID -> dbo.Payments.CustomerID
-- columns: dbo.PaymentQueue.Amount -> dbo.Payments.Amount
-- effects: delete dbo.PaymentQueue
CREATE PROCEDURE etl.usp_ProcessQueue
    @BatchSize int = 500
AS
BEGIN
    SET NOCOUNT ON
    DECLARE @done TABLE (QueueID int, CustomerID int, Amount money)
    DECLARE @rows int = 1
    WHILE @rows > 0
    BEGIN
        DELETE TOP (@BatchSize) FROM dbo.PaymentQueue
        OUTPUT deleted.QueueID, deleted.CustomerID, deleted.Amount INTO @done (QueueID, CustomerID, Amount)
        WHERE Status = 'ready'
        SET @rows = @@ROWCOUNT
        IF @rows > 0
        BEGIN
            IF EXISTS (SELECT 1 FROM @done WHERE Amount < 0)
                INSERT INTO dbo.Refunds (CustomerID, Amount)
                SELECT CustomerID, -Amount FROM @done WHERE Amount < 0
            ELSE
                PRINT 'no refunds'
            INSERT INTO dbo.Payments (QueueID, CustomerID, Amount, PaidAt)
            SELECT QueueID, CustomerID, Amount, GETDATE() FROM @done WHERE Amount >= 0
            DELETE FROM @done
        END
    END
END
GO

-- case: proc_try_catch_logs_variable_carrying_watermark
-- sources: dw.FactInvoice, stg.Invoice, dw.DimCustomer
-- targets: dw.FactInvoice, etl.LoadErrors
-- columns: stg.Invoice.InvoiceID -> dw.FactInvoice.InvoiceKey
-- columns: dw.DimCustomer.CustomerKey -> dw.FactInvoice.CustomerKey
-- columns: stg.Invoice.Amount -> dw.FactInvoice.Amount
-- columns: dw.FactInvoice.InvoiceKey -> etl.LoadErrors.LastKey
-- indirect: dw.DimCustomer.CustomerCode, stg.Invoice.CustomerCode
CREATE PROCEDURE dbo.usp_LoadInvoices @RunID int
AS
BEGIN
    DECLARE @LastKey int
    BEGIN TRY
        SELECT @LastKey = MAX(InvoiceKey) FROM dw.FactInvoice
        INSERT INTO dw.FactInvoice (InvoiceKey, CustomerKey, Amount)
        SELECT s.InvoiceID, c.CustomerKey, s.Amount
        FROM stg.Invoice s
        JOIN dw.DimCustomer c ON c.CustomerCode = s.CustomerCode
        WHERE s.InvoiceID > ISNULL(@LastKey, 0)
    END TRY
    BEGIN CATCH
        INSERT INTO etl.LoadErrors (RunID, LastKey, ErrNo, ErrMsg, ErrLine)
        VALUES (@RunID, @LastKey, ERROR_NUMBER(), ERROR_MESSAGE(), ERROR_LINE())
    END CATCH
END
GO

-- case: merge_matched_delete_and_update_output_into_audit
-- sources: stg.Employee, dw.DimEmployee
-- targets: dw.DimEmployee, etl.EmployeeChanges
-- columns: stg.Employee.Title -> dw.DimEmployee.Title
-- columns: stg.Employee.DeptCode -> dw.DimEmployee.DeptCode
-- columns: stg.Employee.EmployeeCode -> dw.DimEmployee.EmployeeCode
-- columns: stg.Employee.HireDate -> dw.DimEmployee.StartDate
-- columns: dw.DimEmployee.EmployeeCode -> etl.EmployeeChanges.EmployeeCode
-- columns: dw.DimEmployee.Title -> etl.EmployeeChanges.OldTitle
-- columns: dw.DimEmployee.Title -> etl.EmployeeChanges.NewTitle
MERGE dw.DimEmployee AS t
USING stg.Employee AS s
   ON t.EmployeeCode = s.EmployeeCode
WHEN MATCHED AND s.IsTerminated = 1 THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET t.Title = s.Title, t.DeptCode = s.DeptCode, t.UpdatedAt = SYSDATETIME()
WHEN NOT MATCHED BY TARGET AND s.IsTerminated = 0 THEN
    INSERT (EmployeeCode, Title, DeptCode, StartDate)
    VALUES (s.EmployeeCode, s.Title, s.DeptCode, s.HireDate)
OUTPUT $action, ISNULL(inserted.EmployeeCode, deleted.EmployeeCode), deleted.Title, inserted.Title
  INTO etl.EmployeeChanges (ActionName, EmployeeCode, OldTitle, NewTitle);

-- case: update_target_joined_under_two_more_aliases
-- sources: mkt.DailyPrice
-- targets: mkt.DailyPrice
-- columns: mkt.DailyPrice.ClosePrice -> mkt.DailyPrice.PrevClose
-- columns: mkt.DailyPrice.ClosePrice -> mkt.DailyPrice.Change
-- columns: mkt.DailyPrice.ClosePrice -> mkt.DailyPrice.WeekAgoClose
-- indirect: mkt.DailyPrice.Ticker, mkt.DailyPrice.TradeDate
UPDATE cur
SET cur.PrevClose = prev.ClosePrice,
    cur.Change = cur.ClosePrice - prev.ClosePrice,
    cur.WeekAgoClose = wk.ClosePrice
FROM mkt.DailyPrice AS cur
JOIN mkt.DailyPrice AS prev
  ON prev.Ticker = cur.Ticker AND prev.TradeDate = DATEADD(day, -1, cur.TradeDate)
LEFT JOIN mkt.DailyPrice AS wk
  ON wk.Ticker = cur.Ticker AND wk.TradeDate = DATEADD(day, -7, cur.TradeDate)
WHERE cur.TradeDate = '20240628';

-- case: delete_alias_self_join_dedupe
-- sources: dbo.Contacts
-- effects: delete dbo.Contacts
-- indirect: dbo.Contacts.Email, dbo.Contacts.ContactID
DELETE d
FROM dbo.Contacts d
JOIN dbo.Contacts k ON k.Email = d.Email AND k.ContactID < d.ContactID;

-- case: temp_table_filled_three_ways_read_twice
-- sources: web.Orders, pos.Sales, dbo.Refunds
-- targets: rpt.CustomerRevenue, rpt.ChannelRevenue
-- intermediate: #cust
-- columns: web.Orders.CustomerID -> rpt.CustomerRevenue.CustomerID
-- columns: pos.Sales.ClientID -> rpt.CustomerRevenue.CustomerID
-- columns: web.Orders.Total -> rpt.CustomerRevenue.Revenue
-- columns: pos.Sales.Amount -> rpt.CustomerRevenue.Revenue
-- columns: dbo.Refunds.Amount -> rpt.CustomerRevenue.Revenue
-- columns: web.Orders.Total -> rpt.ChannelRevenue.Revenue
-- columns: pos.Sales.Amount -> rpt.ChannelRevenue.Revenue
-- columns: dbo.Refunds.Amount -> rpt.ChannelRevenue.Revenue
CREATE TABLE #cust (CustomerID int, Source varchar(10), Revenue money)
INSERT INTO #cust SELECT CustomerID, 'web', SUM(Total) FROM web.Orders GROUP BY CustomerID
INSERT INTO #cust (CustomerID, Source, Revenue) SELECT ClientID, 'store', SUM(Amount) FROM pos.Sales GROUP BY ClientID
UPDATE c SET c.Revenue = c.Revenue - r.Refunded
FROM #cust c
JOIN (SELECT CustomerID, SUM(Amount) AS Refunded FROM dbo.Refunds GROUP BY CustomerID) r ON r.CustomerID = c.CustomerID
INSERT INTO rpt.CustomerRevenue (CustomerID, Revenue) SELECT CustomerID, SUM(Revenue) FROM #cust GROUP BY CustomerID
INSERT INTO rpt.ChannelRevenue (Channel, Revenue) SELECT Source, SUM(Revenue) FROM #cust GROUP BY Source
DROP TABLE #cust

-- case: update_output_into_temp_without_column_list_read_twice
-- sources: stg.NewPrices, dbo.Product
-- targets: dbo.Product, audit.PriceChange, dbo.PriceAlert
-- intermediate: #changed
-- columns: stg.NewPrices.NewPrice -> dbo.Product.ListPrice
-- columns: dbo.Product.ProductID -> audit.PriceChange.ProductID
-- columns: dbo.Product.ListPrice -> audit.PriceChange.OldPrice
-- columns: dbo.Product.ListPrice -> audit.PriceChange.NewPrice
-- columns: dbo.Product.ProductID -> dbo.PriceAlert.ProductID
-- columns: dbo.Product.ListPrice -> dbo.PriceAlert.PctChange
CREATE TABLE #changed (ProductID int, OldPrice money, NewPrice money)
UPDATE p SET p.ListPrice = n.NewPrice
OUTPUT inserted.ProductID, deleted.ListPrice, inserted.ListPrice INTO #changed
FROM dbo.Product p
JOIN stg.NewPrices n ON n.ProductID = p.ProductID
WHERE n.NewPrice <> p.ListPrice
INSERT INTO audit.PriceChange (ProductID, OldPrice, NewPrice, ChangedAt)
SELECT ProductID, OldPrice, NewPrice, GETDATE() FROM #changed
INSERT INTO dbo.PriceAlert (ProductID, PctChange)
SELECT ProductID, (NewPrice - OldPrice) / NULLIF(OldPrice, 0) FROM #changed
WHERE ABS(NewPrice - OldPrice) > OldPrice * 0.2
DROP TABLE #changed

-- case: cross_apply_inner_query_projects_outer_column
-- sources: dbo.Customers, dbo.Orders
-- targets: rpt.CustomerLastOrders
-- columns: dbo.Customers.CustomerID -> rpt.CustomerLastOrders.CustomerID
-- columns: dbo.Customers.Region -> rpt.CustomerLastOrders.Region
-- columns: dbo.Orders.OrderID -> rpt.CustomerLastOrders.OrderID
-- columns: dbo.Orders.Total -> rpt.CustomerLastOrders.OrderTotal
INSERT INTO rpt.CustomerLastOrders (CustomerID, Region, OrderID, OrderTotal)
SELECT c.CustomerID, x.Region, x.OrderID, x.Total
FROM dbo.Customers c
CROSS APPLY (SELECT TOP (3) c.Region AS Region, o.OrderID, o.Total
             FROM dbo.Orders o
             WHERE o.CustomerID = c.CustomerID
             ORDER BY o.OrderDate DESC) x

-- case: outer_apply_aggregate_combined_with_outer_column
-- sources: fin.Accounts, fin.Transactions
-- targets: rpt.AccountHeadroom
-- columns: fin.Accounts.AccountID -> rpt.AccountHeadroom.AccountID
-- columns: fin.Accounts.CreditLimit -> rpt.AccountHeadroom.Available
-- columns: fin.Transactions.Amount -> rpt.AccountHeadroom.Available
-- indirect: fin.Transactions.AccountID, fin.Transactions.Posted
SELECT a.AccountID, a.CreditLimit - ISNULL(b.Used, 0) AS Available
INTO rpt.AccountHeadroom
FROM fin.Accounts a
OUTER APPLY (SELECT SUM(t.Amount) AS Used
             FROM fin.Transactions t
             WHERE t.AccountID = a.AccountID AND t.Posted = 1) b

-- case: correlated_subqueries_in_select_compare_outer_alias
-- sources: hr.Employee
-- targets: rpt.EmployeeVsDept
-- columns: hr.Employee.EmployeeID -> rpt.EmployeeVsDept.EmployeeID
-- columns: hr.Employee.Salary -> rpt.EmployeeVsDept.Salary
-- columns: hr.Employee.Salary -> rpt.EmployeeVsDept.DeptAvg
-- indirect: hr.Employee.DepartmentID, hr.Employee.IsActive
INSERT INTO rpt.EmployeeVsDept (EmployeeID, Salary, DeptAvg, SalaryRank)
SELECT e.EmployeeID, e.Salary,
       (SELECT AVG(e2.Salary) FROM hr.Employee e2 WHERE e2.DepartmentID = e.DepartmentID),
       (SELECT COUNT(*) + 1 FROM hr.Employee e3
         WHERE e3.DepartmentID = e.DepartmentID AND e3.Salary > e.Salary)
FROM hr.Employee e
WHERE e.IsActive = 1

-- case: table_variable_filled_twice_read_twice
-- sources: ml.ChurnScores, crm.Customers
-- targets: mkt.Campaign, crm.Customers
-- columns: ml.ChurnScores.CustomerID -> mkt.Campaign.CustomerID
-- columns: crm.Customers.CustomerID -> mkt.Campaign.CustomerID
-- columns: crm.Customers.Segment -> mkt.Campaign.Reason
DECLARE @ids TABLE (CustomerID int, Reason varchar(20))
INSERT INTO @ids SELECT CustomerID, 'churn' FROM ml.ChurnScores WHERE Score > 0.8
INSERT INTO @ids (CustomerID, Reason)
SELECT c.CustomerID, c.Segment FROM crm.Customers c WHERE c.LastLogin < DATEADD(month, -6, GETDATE())
INSERT INTO mkt.Campaign (CustomerID, Reason) SELECT DISTINCT CustomerID, Reason FROM @ids
UPDATE c SET c.InCampaign = 1 FROM crm.Customers c WHERE c.CustomerID IN (SELECT CustomerID FROM @ids)

-- case: proc_while_with_nested_if_else_blocks_without_semicolons
-- sources: dbo.Sales, dbo.Holidays
-- targets: rpt.WeekendSales, rpt.HolidaySales, rpt.WeekdayTotals
-- columns: dbo.Sales.StoreID -> rpt.WeekendSales.StoreID
-- columns: dbo.Sales.Amount -> rpt.WeekendSales.Amount
-- columns: dbo.Sales.StoreID -> rpt.HolidaySales.StoreID
-- columns: dbo.Sales.Amount -> rpt.HolidaySales.Amount
-- columns: dbo.Sales.Amount -> rpt.WeekdayTotals.Amount
-- indirect: dbo.Sales.SaleDate, dbo.Holidays.HolidayDate, rpt.WeekdayTotals.SaleDate
CREATE PROCEDURE rpt.usp_BuildCalendarSales @From date, @To date
AS
BEGIN
    DECLARE @d date = @From
    WHILE @d <= @To
    BEGIN
        IF DATEPART(weekday, @d) IN (1, 7)
        BEGIN
            INSERT INTO rpt.WeekendSales (SaleDate, StoreID, Amount)
            SELECT @d, s.StoreID, SUM(s.Amount) FROM dbo.Sales s WHERE s.SaleDate = @d GROUP BY s.StoreID
        END
        ELSE
        BEGIN
            IF EXISTS (SELECT 1 FROM dbo.Holidays h WHERE h.HolidayDate = @d)
                INSERT INTO rpt.HolidaySales (SaleDate, StoreID, Amount)
                SELECT @d, s.StoreID, SUM(s.Amount) FROM dbo.Sales s WHERE s.SaleDate = @d GROUP BY s.StoreID
            ELSE
                UPDATE rpt.WeekdayTotals
                SET Amount = Amount + (SELECT ISNULL(SUM(s.Amount), 0) FROM dbo.Sales s WHERE s.SaleDate = @d)
                WHERE SaleDate = @d
        END
        SET @d = DATEADD(day, 1, @d)
    END
END
GO

-- case: insert_without_column_list_union_of_stars_by_schema
-- schema: dbo.Archive(ID, Payload, CreatedAt)
-- schema: dbo.Events2023(EventID, Body, Ts)
-- schema: dbo.Events2024(EventID, Body, Ts)
-- sources: dbo.Events2023, dbo.Events2024
-- targets: dbo.Archive
-- columns: dbo.Events2023.EventID -> dbo.Archive.ID, dbo.Events2024.EventID -> dbo.Archive.ID
-- columns: dbo.Events2023.Body -> dbo.Archive.Payload, dbo.Events2024.Body -> dbo.Archive.Payload
-- columns: dbo.Events2023.Ts -> dbo.Archive.CreatedAt, dbo.Events2024.Ts -> dbo.Archive.CreatedAt
INSERT INTO dbo.Archive
SELECT * FROM dbo.Events2023
UNION ALL
SELECT * FROM dbo.Events2024 WHERE Ts < '20240701'

-- case: views_over_views_in_go_batches_then_select_into
-- sources: dbo.Orders, dbo.vOpenOrders, dbo.vOpenByCustomer, dbo.Customers
-- targets: dbo.vOpenOrders, dbo.vOpenByCustomer, rpt.OpenExposure
-- columns: dbo.Orders.OrderID -> dbo.vOpenOrders.OrderID
-- columns: dbo.Orders.CustomerID -> dbo.vOpenOrders.CustomerID
-- columns: dbo.Orders.Total -> dbo.vOpenOrders.Total
-- columns: dbo.vOpenOrders.CustomerID -> dbo.vOpenByCustomer.CustomerID
-- columns: dbo.vOpenOrders.Total -> dbo.vOpenByCustomer.OpenTotal
-- columns: dbo.vOpenOrders.OrderID -> dbo.vOpenByCustomer.OpenCount
-- columns: dbo.vOpenByCustomer.CustomerID -> rpt.OpenExposure.CustomerID
-- columns: dbo.Customers.Name -> rpt.OpenExposure.Name
-- columns: dbo.vOpenByCustomer.OpenTotal -> rpt.OpenExposure.OpenTotal
-- indirect: dbo.Orders.Status, dbo.Customers.CustomerID
CREATE VIEW dbo.vOpenOrders AS
SELECT OrderID, CustomerID, Total FROM dbo.Orders WHERE Status = 'open'
GO
CREATE VIEW dbo.vOpenByCustomer AS
SELECT CustomerID, SUM(Total) AS OpenTotal, COUNT(OrderID) AS OpenCount
FROM dbo.vOpenOrders
GROUP BY CustomerID
GO
SELECT v.CustomerID, c.Name, v.OpenTotal
INTO rpt.OpenExposure
FROM dbo.vOpenByCustomer v
JOIN dbo.Customers c ON c.CustomerID = v.CustomerID
GO

-- case: truncate_identity_insert_reload
-- sources: ref.Dates
-- targets: dw.DimDate
-- columns: ref.Dates.Dt -> dw.DimDate.DateKey
-- columns: ref.Dates.Dt -> dw.DimDate.FullDate
-- columns: ref.Dates.Dt -> dw.DimDate.MonthName
-- effects: truncate dw.DimDate
TRUNCATE TABLE dw.DimDate
SET IDENTITY_INSERT dw.DimDate ON
INSERT INTO dw.DimDate (DateKey, FullDate, MonthName)
SELECT CONVERT(int, FORMAT(d.Dt, 'yyyyMMdd')), d.Dt, DATENAME(month, d.Dt) FROM ref.Dates d
SET IDENTITY_INSERT dw.DimDate OFF
UPDATE STATISTICS dw.DimDate

-- case: proc_insert_output_identities_into_table_variable_try_catch
-- sources: stg.ImportOrders, sales.Customers, sales.Orders, stg.ImportLines
-- targets: sales.Orders, sales.OrderLines, etl.ErrorLog
-- columns: stg.ImportOrders.ExternalRef -> sales.Orders.ExternalRef
-- columns: sales.Customers.CustomerID -> sales.Orders.CustomerID
-- columns: stg.ImportOrders.OrderDate -> sales.Orders.OrderDate
-- columns: sales.Orders.OrderID -> sales.OrderLines.OrderID
-- columns: stg.ImportLines.Sku -> sales.OrderLines.Sku
-- columns: stg.ImportLines.Qty -> sales.OrderLines.Qty
CREATE PROCEDURE sales.usp_ImportOrders
AS
BEGIN
    SET NOCOUNT ON
    DECLARE @map TABLE (OrderID int, ExternalRef varchar(40))
    BEGIN TRY
        BEGIN TRAN
        INSERT INTO sales.Orders (ExternalRef, CustomerID, OrderDate)
        OUTPUT inserted.OrderID, inserted.ExternalRef INTO @map (OrderID, ExternalRef)
        SELECT i.ExternalRef, c.CustomerID, i.OrderDate
        FROM stg.ImportOrders i
        JOIN sales.Customers c ON c.ExternalCode = i.CustomerCode
        INSERT INTO sales.OrderLines (OrderID, Sku, Qty)
        SELECT m.OrderID, l.Sku, l.Qty
        FROM @map m
        JOIN stg.ImportLines l ON l.ExternalRef = m.ExternalRef
        COMMIT TRAN
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRAN
        INSERT INTO etl.ErrorLog (ProcName, Msg) VALUES (OBJECT_NAME(@@PROCID), ERROR_MESSAGE())
    END CATCH
END
GO
