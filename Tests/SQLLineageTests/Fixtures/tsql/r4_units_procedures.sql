-- case: proc_output_parameters_assigned_but_never_written_to_a_table
-- diagnostics: none
-- sources: pos.Tickets, sales.DailyClose
-- targets: sales.DailyClose
-- columns: pos.Tickets.StoreID -> sales.DailyClose.StoreID
-- columns: pos.Tickets.Amount -> sales.DailyClose.Amount
-- columns: pos.Tickets.TicketID -> sales.DailyClose.Tickets
-- indirect: pos.Tickets.TicketDate, sales.DailyClose.BusinessDate
CREATE PROCEDURE [sales].[usp_CloseDay]
    @BusinessDate date,
    @RowsLoaded int OUTPUT,
    @TotalAmount money OUTPUT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO [sales].[DailyClose] ([StoreID], [BusinessDate], [Amount], [Tickets])
    SELECT t.StoreID, @BusinessDate, SUM(t.Amount), COUNT(t.TicketID)
    FROM [pos].[Tickets] AS t
    WHERE t.TicketDate = @BusinessDate
    GROUP BY t.StoreID;

    SET @RowsLoaded = @@ROWCOUNT;

    SELECT @TotalAmount = SUM(Amount)
    FROM [sales].[DailyClose]
    WHERE BusinessDate = @BusinessDate;
END
GO

-- case: proc_cursor_over_three_table_join_try_catch_per_row_error_table
-- diagnostics: none
-- sources: gl.Journals, gl.Accounts, gl.Periods
-- targets: gl.Ledger, gl.Journals, gl.PostingErrors
-- columns: gl.Journals.JournalID -> gl.Ledger.JournalID
-- columns: gl.Accounts.AccountCode -> gl.Ledger.AccountCode
-- columns: gl.Periods.PeriodCode -> gl.Ledger.PeriodCode
-- columns: gl.Journals.Amount -> gl.Ledger.Amount
-- columns: gl.Journals.JournalID -> gl.PostingErrors.JournalID
-- indirect: gl.Accounts.AccountID, gl.Journals.AccountID, gl.Journals.PostingDate, gl.Periods.StartDate, gl.Periods.EndDate, gl.Journals.Posted
CREATE PROCEDURE dbo.usp_PostJournals
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @JournalID int, @Account varchar(20), @Amount decimal(18, 2), @Period char(6);

    DECLARE jc CURSOR LOCAL FAST_FORWARD FOR
        SELECT j.JournalID, a.AccountCode, j.Amount, p.PeriodCode
        FROM gl.Journals j
        INNER JOIN gl.Accounts a ON a.AccountID = j.AccountID
        INNER JOIN gl.Periods p ON j.PostingDate BETWEEN p.StartDate AND p.EndDate
        WHERE j.Posted = 0;

    OPEN jc;
    FETCH NEXT FROM jc INTO @JournalID, @Account, @Amount, @Period;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        BEGIN TRY
            INSERT INTO gl.Ledger (JournalID, AccountCode, PeriodCode, Amount)
            VALUES (@JournalID, @Account, @Period, @Amount);

            UPDATE gl.Journals SET Posted = 1 WHERE JournalID = @JournalID;
        END TRY
        BEGIN CATCH
            INSERT INTO gl.PostingErrors (JournalID, ErrorNumber, ErrorMessage)
            VALUES (@JournalID, ERROR_NUMBER(), ERROR_MESSAGE());
        END CATCH;

        FETCH NEXT FROM jc INTO @JournalID, @Account, @Amount, @Period;
    END;
    CLOSE jc;
    DEALLOCATE jc;
END;
GO

-- case: trigger_instead_of_insert_on_view_splits_into_parent_and_child
-- diagnostics: none
-- sources: dbo.vCustomerContact, dbo.Customer
-- targets: dbo.Customer, dbo.Contact
-- columns: dbo.vCustomerContact.CustomerCode -> dbo.Customer.CustomerCode
-- columns: dbo.vCustomerContact.CustomerName -> dbo.Customer.CustomerName
-- columns: dbo.Customer.CustomerID -> dbo.Contact.CustomerID
-- columns: dbo.vCustomerContact.Email -> dbo.Contact.Email
-- columns: dbo.vCustomerContact.Phone -> dbo.Contact.Phone
-- indirect: dbo.Customer.CustomerCode
CREATE TRIGGER [dbo].[trg_vCustomerContact_IOI] ON [dbo].[vCustomerContact]
INSTEAD OF INSERT
AS
BEGIN
    SET NOCOUNT ON;

    INSERT INTO dbo.Customer (CustomerCode, CustomerName)
    SELECT i.CustomerCode, i.CustomerName
    FROM inserted i
    WHERE NOT EXISTS (SELECT 1 FROM dbo.Customer c WHERE c.CustomerCode = i.CustomerCode);

    INSERT INTO dbo.Contact (CustomerID, Email, Phone)
    SELECT c.CustomerID, i.Email, i.Phone
    FROM inserted i
    JOIN dbo.Customer c ON c.CustomerCode = i.CustomerCode;
END
GO

-- case: trigger_after_iud_cte_union_of_inserted_deleted_updates_parent_via_cross_apply
-- diagnostics: none
-- sources: sales.OrderLine
-- targets: sales.Order
-- columns: sales.OrderLine.Qty -> sales.Order.OrderTotal, sales.OrderLine.UnitPrice -> sales.Order.OrderTotal
-- indirect: sales.OrderLine.OrderID, sales.Order.OrderID
CREATE TRIGGER sales.trg_OrderLine_AIUD ON sales.OrderLine
AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF @@ROWCOUNT = 0 RETURN;

    ;WITH touched AS (
        SELECT OrderID FROM inserted
        UNION
        SELECT OrderID FROM deleted
    )
    UPDATE o
       SET o.LineCount = x.Cnt,
           o.OrderTotal = x.Total
      FROM sales.[Order] o
      JOIN touched t ON t.OrderID = o.OrderID
     CROSS APPLY (SELECT COUNT(*) AS Cnt, ISNULL(SUM(l.Qty * l.UnitPrice), 0) AS Total
                    FROM sales.OrderLine l
                   WHERE l.OrderID = o.OrderID) x;
END
GO

-- case: proc_temp_table_filled_by_self_join_enriched_by_update_then_merged
-- diagnostics: none
-- sources: hr.Employee, hr.Department
-- targets: dw.DimEmployee
-- intermediate: #emp
-- columns: hr.Employee.EmpNo -> dw.DimEmployee.EmployeeCode
-- columns: hr.Employee.FirstName -> dw.DimEmployee.FullName, hr.Employee.LastName -> dw.DimEmployee.FullName
-- columns: hr.Department.Name -> dw.DimEmployee.DeptName
-- columns: hr.Employee.EmpNo -> dw.DimEmployee.ManagerCode
CREATE PROCEDURE dw.usp_LoadDimEmployee
AS
BEGIN
    SET NOCOUNT ON;
    CREATE TABLE #emp (
        EmployeeCode varchar(20) PRIMARY KEY,
        FullName nvarchar(200),
        DeptName nvarchar(100),
        ManagerCode varchar(20)
    );

    INSERT INTO #emp (EmployeeCode, FullName, ManagerCode)
    SELECT e.EmpNo, CONCAT(e.FirstName, N' ', e.LastName), m.EmpNo
    FROM hr.Employee e
    LEFT JOIN hr.Employee m ON m.EmployeeID = e.ManagerID;

    UPDATE t
       SET t.DeptName = d.Name
      FROM #emp t
      JOIN hr.Employee e ON e.EmpNo = t.EmployeeCode
      JOIN hr.Department d ON d.DepartmentID = e.DepartmentID;

    MERGE dw.DimEmployee AS tgt
    USING #emp AS src
       ON tgt.EmployeeCode = src.EmployeeCode
    WHEN MATCHED THEN
        UPDATE SET tgt.FullName = src.FullName, tgt.DeptName = src.DeptName, tgt.ManagerCode = src.ManagerCode
    WHEN NOT MATCHED THEN
        INSERT (EmployeeCode, FullName, DeptName, ManagerCode)
        VALUES (src.EmployeeCode, src.FullName, src.DeptName, src.ManagerCode);

    DROP TABLE #emp;
END
GO

-- case: scalar_function_reading_calendar_used_in_select_and_group_by
-- diagnostics: none
-- sources: dbo.FiscalCalendar, dbo.Sales
-- targets: rpt.SalesByPeriod
-- columns: dbo.Sales.SaleDate -> rpt.SalesByPeriod.PeriodCode
-- columns: dbo.Sales.StoreID -> rpt.SalesByPeriod.StoreID
-- columns: dbo.Sales.Amount -> rpt.SalesByPeriod.Amount
-- indirect: dbo.FiscalCalendar.StartDate, dbo.FiscalCalendar.EndDate
CREATE FUNCTION dbo.fn_FiscalPeriod (@d date)
RETURNS char(6)
WITH SCHEMABINDING
AS
BEGIN
    DECLARE @p char(6);
    SELECT @p = f.PeriodCode
    FROM dbo.FiscalCalendar f
    WHERE @d BETWEEN f.StartDate AND f.EndDate;
    RETURN @p;
END
GO
INSERT INTO rpt.SalesByPeriod (PeriodCode, StoreID, Amount)
SELECT dbo.fn_FiscalPeriod(s.SaleDate), s.StoreID, SUM(s.Amount)
FROM dbo.Sales s
GROUP BY dbo.fn_FiscalPeriod(s.SaleDate), s.StoreID;
GO

-- case: multi_statement_tvf_called_with_parameter_result_columns_are_not_table_columns
-- diagnostics: none
-- sources: ar.Invoice
-- targets: rpt.OpenItems
-- indirect: ar.Invoice.CustomerID, ar.Invoice.Status, rpt.OpenItems.CustomerID
CREATE FUNCTION dbo.tvf_CustomerOpenItems (@CustomerID int)
RETURNS @items TABLE (InvoiceID int, OpenAmount money)
AS
BEGIN
    INSERT INTO @items (InvoiceID, OpenAmount)
    SELECT i.InvoiceID, i.Amount - i.PaidAmount
    FROM ar.Invoice i
    WHERE i.CustomerID = @CustomerID
      AND i.Status = 'OPEN';
    RETURN;
END
GO
CREATE PROCEDURE rpt.usp_LoadOpenItems
    @CustomerID int
AS
BEGIN
    DELETE FROM rpt.OpenItems WHERE CustomerID = @CustomerID;
    INSERT INTO rpt.OpenItems (CustomerID, InvoiceID, OpenAmount)
    SELECT @CustomerID, oi.InvoiceID, oi.OpenAmount
    FROM dbo.tvf_CustomerOpenItems(@CustomerID) AS oi;
END
GO

-- case: proc_sp_executesql_of_variable_that_only_held_literal_text
-- diagnostics: none
-- sources: stg.Click, dw.DimPage
-- targets: dw.FactClick
-- columns: stg.Click.ClickID -> dw.FactClick.ClickID
-- columns: dw.DimPage.PageID -> dw.FactClick.PageID
-- columns: stg.Click.ClickedAt -> dw.FactClick.ClickedAt
-- indirect: dw.DimPage.Url, stg.Click.Url
CREATE PROCEDURE etl.usp_LoadClicks
    @Day date
AS
BEGIN
    DECLARE @sql nvarchar(max);
    SET @sql = N'INSERT INTO dw.FactClick (ClickID, PageID, ClickedAt) '
             + N'SELECT c.ClickID, p.PageID, c.ClickedAt FROM stg.Click c '
             + N'JOIN dw.DimPage p ON p.Url = c.Url WHERE CAST(c.ClickedAt AS date) = @d';
    EXEC sp_executesql @sql, N'@d date', @d = @Day;
END
GO

-- case: proc_merge_output_into_table_variable_then_history_insert
-- diagnostics: none
-- sources: stg.ProductPrice, dbo.Product
-- targets: dbo.Product, audit.PriceHistory
-- columns: stg.ProductPrice.Price -> dbo.Product.ListPrice
-- columns: stg.ProductPrice.ProductID -> dbo.Product.ProductID
-- columns: dbo.Product.ProductID -> audit.PriceHistory.ProductID
-- columns: dbo.Product.ListPrice -> audit.PriceHistory.OldPrice
-- columns: dbo.Product.ListPrice -> audit.PriceHistory.NewPrice
CREATE PROCEDURE dbo.usp_ApplyPrices
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @changes TABLE (Action nvarchar(10), ProductID int, OldPrice money, NewPrice money);

    MERGE dbo.Product AS t
    USING stg.ProductPrice AS s
       ON t.ProductID = s.ProductID
    WHEN MATCHED AND t.ListPrice <> s.Price THEN
        UPDATE SET t.ListPrice = s.Price
    WHEN NOT MATCHED BY TARGET THEN
        INSERT (ProductID, ListPrice) VALUES (s.ProductID, s.Price)
    OUTPUT $action, inserted.ProductID, deleted.ListPrice, inserted.ListPrice
      INTO @changes (Action, ProductID, OldPrice, NewPrice);

    INSERT INTO audit.PriceHistory (ProductID, OldPrice, NewPrice, ChangedAt)
    SELECT ProductID, OldPrice, NewPrice, SYSUTCDATETIME()
    FROM @changes
    WHERE Action = N'UPDATE';
END
GO

-- case: trigger_after_delete_archives_deleted_rows_and_deletes_children
-- diagnostics: none
-- sources: hr.Employee
-- targets: hr.EmployeeArchive
-- columns: hr.Employee.EmployeeID -> hr.EmployeeArchive.EmployeeID
-- columns: hr.Employee.FirstName -> hr.EmployeeArchive.FullName, hr.Employee.LastName -> hr.EmployeeArchive.FullName
-- indirect: hr.EmployeeAssignment.EmployeeID
-- effects: delete hr.EmployeeAssignment
CREATE TRIGGER hr.trg_Employee_AD ON hr.Employee
AFTER DELETE
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO hr.EmployeeArchive (EmployeeID, FullName, DeletedAt, DeletedBy)
    SELECT d.EmployeeID, d.FirstName + ' ' + d.LastName, SYSUTCDATETIME(), ORIGINAL_LOGIN()
    FROM deleted d;

    DELETE ea
    FROM hr.EmployeeAssignment ea
    JOIN deleted d ON d.EmployeeID = ea.EmployeeID;
END
GO

-- case: proc_select_into_temp_from_pivot_then_update_from_join
-- diagnostics: none
-- sources: dbo.Sales
-- targets: dbo.Store
-- intermediate: #q
-- columns: dbo.Sales.Amount -> dbo.Store.H1Sales, dbo.Sales.SaleDate -> dbo.Store.H1Sales
CREATE PROCEDURE dbo.usp_UpdateHalfYearSales
    @Year int
AS
BEGIN
    SELECT StoreID, [1] AS Q1, [2] AS Q2
    INTO #q
    FROM (SELECT StoreID, DATEPART(QUARTER, SaleDate) AS Qtr, Amount
          FROM dbo.Sales
          WHERE YEAR(SaleDate) = @Year) s
    PIVOT (SUM(Amount) FOR Qtr IN ([1], [2])) p;

    UPDATE st
       SET st.H1Sales = ISNULL(q.Q1, 0) + ISNULL(q.Q2, 0)
      FROM dbo.Store st
      JOIN #q q ON q.StoreID = st.StoreID;
END
GO

-- case: proc_recursive_cte_insert_with_maxrecursion_option
-- diagnostics: none
-- sources: hr.Employee
-- targets: rpt.OrgPath
-- columns: hr.Employee.EmployeeID -> rpt.OrgPath.EmployeeID
-- columns: hr.Employee.ManagerID -> rpt.OrgPath.ManagerID
-- columns: hr.Employee.Name -> rpt.OrgPath.Path
-- indirect:
CREATE PROCEDURE rpt.usp_BuildOrgPath
AS
BEGIN
    SET NOCOUNT ON;
    TRUNCATE TABLE rpt.OrgPath;

    ;WITH org AS (
        SELECT EmployeeID, ManagerID, CAST(Name AS nvarchar(4000)) AS Path, 0 AS Lvl
        FROM hr.Employee
        WHERE ManagerID IS NULL
        UNION ALL
        SELECT e.EmployeeID, e.ManagerID, CAST(o.Path + N'/' + e.Name AS nvarchar(4000)), o.Lvl + 1
        FROM hr.Employee e
        JOIN org o ON o.EmployeeID = e.ManagerID
    )
    INSERT INTO rpt.OrgPath (EmployeeID, ManagerID, Path, Lvl)
    SELECT EmployeeID, ManagerID, Path, Lvl
    FROM org
    OPTION (MAXRECURSION 100);
END
GO

-- case: proc_exec_with_output_parameter_carries_nothing_into_caller
-- diagnostics: none
-- sources: stg.Customer
-- targets: etl.Batch, dw.Customer
-- columns: stg.Customer.Code -> dw.Customer.CustomerCode
-- columns: stg.Customer.Name -> dw.Customer.Name
CREATE PROCEDURE dbo.usp_NextBatch
    @BatchID int OUTPUT
AS
BEGIN
    INSERT INTO etl.Batch (StartedAt) VALUES (SYSUTCDATETIME());
    SET @BatchID = SCOPE_IDENTITY();
END
GO
CREATE PROCEDURE dbo.usp_LoadCustomers
AS
BEGIN
    DECLARE @b int;
    EXEC dbo.usp_NextBatch @BatchID = @b OUTPUT;
    INSERT INTO dw.Customer (CustomerCode, Name, BatchID)
    SELECT c.Code, c.Name, @b
    FROM stg.Customer c;
END
GO

-- case: trigger_instead_of_update_on_view_writes_two_base_tables
-- diagnostics: none
-- sources: dbo.vEmployeeDetail
-- targets: hr.Employee, hr.Address
-- columns: dbo.vEmployeeDetail.Title -> hr.Employee.Title
-- columns: dbo.vEmployeeDetail.Salary -> hr.Employee.Salary
-- columns: dbo.vEmployeeDetail.City -> hr.Address.City
-- indirect: hr.Employee.EmployeeID, hr.Address.EmployeeID, dbo.vEmployeeDetail.EmployeeID
CREATE TRIGGER dbo.trg_vEmployeeDetail_IOU ON dbo.vEmployeeDetail
INSTEAD OF UPDATE
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE e
       SET e.Title = i.Title,
           e.Salary = i.Salary
      FROM hr.Employee e
      JOIN inserted i ON i.EmployeeID = e.EmployeeID;

    IF UPDATE(City)
        UPDATE a
           SET a.City = i.City
          FROM hr.Address a
          JOIN inserted i ON i.EmployeeID = a.EmployeeID
          JOIN deleted d ON d.EmployeeID = i.EmployeeID
         WHERE ISNULL(d.City, '') <> ISNULL(i.City, '');
END
GO

-- case: proc_cursor_builds_dynamic_delete_from_variables_plus_static_log
-- diagnostics: none
-- sources: etl.PurgeConfig
-- targets: etl.PurgeLog
-- columns: etl.PurgeConfig.TableName -> etl.PurgeLog.TableName
-- indirect: etl.PurgeConfig.Enabled
CREATE PROCEDURE etl.usp_PurgeOldRows
AS
BEGIN
    DECLARE @t sysname, @sql nvarchar(max);
    DECLARE c CURSOR LOCAL FOR
        SELECT TableName FROM etl.PurgeConfig WHERE Enabled = 1;
    OPEN c;
    FETCH NEXT FROM c INTO @t;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        SET @sql = N'DELETE FROM ' + QUOTENAME(@t) + N' WHERE CreatedAt < DATEADD(day, -90, GETDATE())';
        EXEC sp_executesql @sql;
        INSERT INTO etl.PurgeLog (TableName, PurgedAt) VALUES (@t, GETDATE());
        FETCH NEXT FROM c INTO @t;
    END
    CLOSE c;
    DEALLOCATE c;
END
GO

-- case: trigger_update_from_aggregated_inserted_with_output_into_audit
-- diagnostics: none
-- sources: inv.StockMove, inv.Stock
-- targets: inv.Stock, inv.StockAudit
-- columns: inv.StockMove.Qty -> inv.Stock.OnHand
-- columns: inv.Stock.Sku -> inv.StockAudit.Sku
-- columns: inv.Stock.OnHand -> inv.StockAudit.OldOnHand
-- columns: inv.Stock.OnHand -> inv.StockAudit.NewOnHand
-- indirect: inv.StockMove.Sku
CREATE TRIGGER inv.trg_StockMove_AI ON inv.StockMove
AFTER INSERT
AS
BEGIN
    SET NOCOUNT ON;
    UPDATE s
       SET s.OnHand = s.OnHand + i.Qty
    OUTPUT inserted.Sku, deleted.OnHand, inserted.OnHand
      INTO inv.StockAudit (Sku, OldOnHand, NewOnHand)
      FROM inv.Stock s
      JOIN (SELECT Sku, SUM(Qty) AS Qty FROM inserted GROUP BY Sku) i ON i.Sku = s.Sku;
END
GO

-- case: proc_next_value_for_sequence_and_load_control_update
-- diagnostics: none
-- sources: stg.Shipment
-- targets: dw.FactShipment, etl.LoadControl
-- columns: stg.Shipment.OrderID -> dw.FactShipment.OrderID
-- columns: stg.Shipment.ShippedAt -> dw.FactShipment.ShippedAt
-- indirect: stg.Shipment.LoadID, etl.LoadControl.Job
CREATE PROCEDURE dw.usp_LoadShipments
    @LoadID int
AS
BEGIN
    SET NOCOUNT ON;
    INSERT INTO dw.FactShipment (ShipmentKey, OrderID, ShippedAt)
    SELECT NEXT VALUE FOR dw.seq_Shipment, s.OrderID, s.ShippedAt
    FROM stg.Shipment s
    WHERE s.LoadID = @LoadID;

    UPDATE etl.LoadControl
       SET LastLoadID = @LoadID,
           RowsLoaded = @@ROWCOUNT
     WHERE Job = 'SHIPMENT';
END
GO

-- case: scalar_udf_concatenating_rows_used_on_own_column_in_update
-- diagnostics: none
-- sources: dbo.ProductTag
-- targets: dbo.Product
-- indirect: dbo.ProductTag.ProductID, dbo.Product.TagCache
CREATE FUNCTION dbo.fn_TagList (@ProductID int)
RETURNS nvarchar(max)
AS
BEGIN
    DECLARE @r nvarchar(max) = N'';
    SELECT @r = @r + t.Tag + N';'
    FROM dbo.ProductTag t
    WHERE t.ProductID = @ProductID;
    RETURN @r;
END
GO
UPDATE p
   SET p.TagCache = dbo.fn_TagList(p.ProductID)
  FROM dbo.Product p
 WHERE p.TagCache IS NULL;
GO

-- case: proc_delete_output_into_temp_archive_and_adjust_counts
-- diagnostics: none
-- sources: sales.OpenOrder
-- targets: archive.ClosedOrder, sales.Customer
-- intermediate: #gone
-- columns: sales.OpenOrder.OrderID -> archive.ClosedOrder.OrderID
-- columns: sales.OpenOrder.CustomerID -> archive.ClosedOrder.CustomerID
-- effects: delete sales.OpenOrder
CREATE PROCEDURE sales.usp_ArchiveClosedOrders
AS
BEGIN
    SET NOCOUNT ON;
    CREATE TABLE #gone (OrderID int, CustomerID int, ClosedAt datetime2);

    DELETE FROM sales.OpenOrder
    OUTPUT deleted.OrderID, deleted.CustomerID, SYSUTCDATETIME()
      INTO #gone (OrderID, CustomerID, ClosedAt)
    WHERE Status = 'closed';

    INSERT INTO archive.ClosedOrder (OrderID, CustomerID, ClosedAt)
    SELECT OrderID, CustomerID, ClosedAt FROM #gone;

    UPDATE c
       SET c.OpenOrders = c.OpenOrders - g.Cnt
      FROM sales.Customer c
      JOIN (SELECT CustomerID, COUNT(*) AS Cnt FROM #gone GROUP BY CustomerID) g
        ON g.CustomerID = c.CustomerID;

    DROP TABLE #gone;
END
GO

-- case: database_ddl_trigger_eventdata_xml_methods_into_audit
-- diagnostics: none
-- targets: dbo.DdlAudit
CREATE TRIGGER trg_DDL_Audit ON DATABASE
FOR CREATE_TABLE, ALTER_TABLE, DROP_TABLE
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @e xml = EVENTDATA();
    INSERT INTO dbo.DdlAudit (EventType, ObjectName, CommandText, LoginName, EventAt)
    VALUES (@e.value('(/EVENT_INSTANCE/EventType)[1]', 'nvarchar(100)'),
            @e.value('(/EVENT_INSTANCE/ObjectName)[1]', 'nvarchar(256)'),
            @e.value('(/EVENT_INSTANCE/TSQLCommand/CommandText)[1]', 'nvarchar(max)'),
            ORIGINAL_LOGIN(),
            SYSUTCDATETIME());
END
GO
