-- case: update_set_correlated_subqueries_with_exists_filter
-- sources: dbo.Orders
-- targets: dbo.Customers
-- columns: dbo.Orders.OrderDate -> dbo.Customers.LastOrderDate
-- columns: dbo.Orders.OrderID -> dbo.Customers.OrderCount
-- indirect: dbo.Orders.CustomerID, dbo.Customers.CustomerID
UPDATE dbo.Customers
SET LastOrderDate = (SELECT MAX(o.OrderDate) FROM dbo.Orders o WHERE o.CustomerID = dbo.Customers.CustomerID),
    OrderCount = (SELECT COUNT(o.OrderID) FROM dbo.Orders o WHERE o.CustomerID = dbo.Customers.CustomerID)
WHERE EXISTS (SELECT 1 FROM dbo.Orders o
              WHERE o.CustomerID = dbo.Customers.CustomerID
                AND o.OrderDate > DATEADD(day, -1, GETDATE()))

-- case: merge_from_cte_window_with_not_matched_by_source_update
-- sources: stg.SupplierQuotes
-- targets: dbo.SupplierPrice
-- columns: stg.SupplierQuotes.Price -> dbo.SupplierPrice.Price
-- columns: stg.SupplierQuotes.SupplierID -> dbo.SupplierPrice.SupplierID
-- columns: stg.SupplierQuotes.Sku -> dbo.SupplierPrice.Sku
WITH latest AS (
    SELECT SupplierID, Sku, Price,
           ROW_NUMBER() OVER (PARTITION BY SupplierID, Sku ORDER BY QuotedAt DESC) AS rn
    FROM stg.SupplierQuotes
)
MERGE dbo.SupplierPrice AS t
USING (SELECT SupplierID, Sku, Price FROM latest WHERE rn = 1) AS s
   ON t.SupplierID = s.SupplierID AND t.Sku = s.Sku
WHEN MATCHED AND t.Price <> s.Price THEN
    UPDATE SET t.Price = s.Price, t.PrevPrice = t.Price
WHEN NOT MATCHED THEN
    INSERT (SupplierID, Sku, Price) VALUES (s.SupplierID, s.Sku, s.Price)
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET t.Active = 0;

-- case: select_into_group_by_rollup_extra_column_indirect
-- sources: dbo.Sales, dbo.Regions, dbo.Products
-- targets: rpt.RegionCategory
-- columns: dbo.Regions.RegionName -> rpt.RegionCategory.RegionName
-- columns: dbo.Products.Category -> rpt.RegionCategory.Category
-- columns: dbo.Sales.Amount -> rpt.RegionCategory.Revenue
-- columns: dbo.Regions.RegionName -> rpt.RegionCategory.IsRegionTotal
-- indirect: dbo.Sales.Channel, dbo.Regions.RegionID, dbo.Sales.RegionID
-- indirect: dbo.Products.ProductID, dbo.Sales.ProductID
SELECT r.RegionName, p.Category, SUM(s.Amount) AS Revenue, GROUPING(r.RegionName) AS IsRegionTotal
INTO rpt.RegionCategory
FROM dbo.Sales s
JOIN dbo.Regions r ON r.RegionID = s.RegionID
JOIN dbo.Products p ON p.ProductID = s.ProductID
GROUP BY ROLLUP (r.RegionName, p.Category, s.Channel)

-- case: stuff_for_xml_path_correlated_concatenation
-- sources: dbo.Orders, dbo.OrderLines
-- targets: rpt.OrderSkuList
-- columns: dbo.Orders.OrderID -> rpt.OrderSkuList.OrderID
-- columns: dbo.OrderLines.Sku -> rpt.OrderSkuList.Skus
INSERT INTO rpt.OrderSkuList (OrderID, Skus)
SELECT o.OrderID,
       STUFF((SELECT ',' + l.Sku
                FROM dbo.OrderLines l
               WHERE l.OrderID = o.OrderID
               ORDER BY l.LineNo
                 FOR XML PATH('')), 1, 1, '')
FROM dbo.Orders o

-- case: select_into_temp_then_self_correlated_update_composes
-- sources: fin.Transactions
-- targets: rpt.AccountBalanceHistory
-- intermediate: #tx
-- columns: fin.Transactions.AccountID -> rpt.AccountBalanceHistory.AccountID
-- columns: fin.Transactions.TxDate -> rpt.AccountBalanceHistory.TxDate
-- columns: fin.Transactions.Amount -> rpt.AccountBalanceHistory.Balance
SELECT ROW_NUMBER() OVER (PARTITION BY AccountID ORDER BY TxDate, TxID) AS Seq,
       AccountID, TxDate, Amount
INTO #tx
FROM fin.Transactions
WHERE TxDate >= '20240101';

ALTER TABLE #tx ADD RunningBalance money NULL;

UPDATE t
SET t.RunningBalance = (SELECT SUM(t2.Amount) FROM #tx t2
                         WHERE t2.AccountID = t.AccountID AND t2.Seq <= t.Seq)
FROM #tx t;

INSERT INTO rpt.AccountBalanceHistory (AccountID, TxDate, Balance)
SELECT AccountID, TxDate, RunningBalance FROM #tx;

DROP TABLE #tx;

-- case: date_dimension_joined_three_times
-- sources: stg.Shipment, dw.DimDate
-- targets: dw.FactShipment
-- columns: dw.DimDate.DateKey -> dw.FactShipment.OrderDateKey
-- columns: dw.DimDate.DateKey -> dw.FactShipment.ShipDateKey
-- columns: dw.DimDate.DateKey -> dw.FactShipment.DeliveryDateKey
-- columns: stg.Shipment.ShipmentID -> dw.FactShipment.ShipmentID
-- indirect: dw.DimDate.FullDate, stg.Shipment.OrderedAt, stg.Shipment.ShippedAt, stg.Shipment.DeliveredAt
INSERT INTO dw.FactShipment (OrderDateKey, ShipDateKey, DeliveryDateKey, ShipmentID)
SELECT od.DateKey, sd.DateKey, dd.DateKey, s.ShipmentID
FROM stg.Shipment s
JOIN dw.DimDate od ON od.FullDate = CAST(s.OrderedAt AS date)
JOIN dw.DimDate sd ON sd.FullDate = CAST(s.ShippedAt AS date)
LEFT JOIN dw.DimDate dd ON dd.FullDate = CAST(s.DeliveredAt AS date)

-- case: cte_named_like_table_joined_with_schema_qualified_table
-- sources: crm.Customers, dbo.Customers
-- targets: rpt.ActiveCustomers
-- columns: crm.Customers.CustomerID -> rpt.ActiveCustomers.CustomerID
-- columns: crm.Customers.Name -> rpt.ActiveCustomers.Name
-- indirect: crm.Customers.IsActive, dbo.Customers.CustomerID, dbo.Customers.Region
WITH Customers AS (
    SELECT CustomerID, Name FROM crm.Customers WHERE IsActive = 1
)
INSERT INTO rpt.ActiveCustomers (CustomerID, Name)
SELECT c.CustomerID, c.Name
FROM Customers c
INNER JOIN dbo.Customers x ON x.CustomerID = c.CustomerID AND x.Region = 'EU'

-- case: select_into_lag_and_framed_avg_window_sources
-- sources: dbo.StoreDaily
-- targets: rpt.StoreDailyTrend
-- columns: dbo.StoreDaily.StoreID -> rpt.StoreDailyTrend.StoreID
-- columns: dbo.StoreDaily.SaleDate -> rpt.StoreDailyTrend.SaleDate
-- columns: dbo.StoreDaily.Amount -> rpt.StoreDailyTrend.Amount
-- columns: dbo.StoreDaily.Amount -> rpt.StoreDailyTrend.AmountLastWeek
-- columns: dbo.StoreDaily.StoreID -> rpt.StoreDailyTrend.AmountLastWeek
-- columns: dbo.StoreDaily.SaleDate -> rpt.StoreDailyTrend.AmountLastWeek
-- columns: dbo.StoreDaily.Amount -> rpt.StoreDailyTrend.Baseline
-- columns: dbo.StoreDaily.StoreID -> rpt.StoreDailyTrend.Baseline
-- columns: dbo.StoreDaily.Weekday -> rpt.StoreDailyTrend.Baseline
-- columns: dbo.StoreDaily.SaleDate -> rpt.StoreDailyTrend.Baseline
SELECT s.StoreID, s.SaleDate, s.Amount,
       LAG(s.Amount, 7) OVER (PARTITION BY s.StoreID ORDER BY s.SaleDate) AS AmountLastWeek,
       AVG(s.Amount) OVER (PARTITION BY s.StoreID, s.Weekday ORDER BY s.SaleDate
                           ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) AS Baseline
INTO rpt.StoreDailyTrend
FROM dbo.StoreDaily s

-- case: update_from_cte_aggregating_target_table
-- sources: dbo.Orders
-- targets: dbo.Orders
-- columns: dbo.Orders.OrderDate -> dbo.Orders.IsLatest
-- indirect: dbo.Orders.CustomerID
;WITH mx AS (
    SELECT CustomerID, MAX(OrderDate) AS LastDate
    FROM dbo.Orders
    GROUP BY CustomerID
)
UPDATE o
SET o.IsLatest = CASE WHEN o.OrderDate = mx.LastDate THEN 1 ELSE 0 END
FROM dbo.Orders o
JOIN mx ON mx.CustomerID = o.CustomerID

-- case: create_temp_table_then_select_into_without_semicolons
-- sources: dbo.Leads
-- targets: crm.LeadScores
-- intermediate: #ids, #scored
-- columns: dbo.Leads.LeadID -> crm.LeadScores.LeadID
-- columns: dbo.Leads.Score -> crm.LeadScores.Score
CREATE TABLE #ids (LeadID int PRIMARY KEY)
SELECT l.LeadID, l.Score INTO #scored FROM dbo.Leads l WHERE l.Score > 0
INSERT INTO #ids (LeadID) SELECT LeadID FROM #scored
INSERT INTO crm.LeadScores (LeadID, Score)
SELECT i.LeadID, s.Score FROM #ids i JOIN #scored s ON s.LeadID = i.LeadID
DROP TABLE #ids
DROP TABLE #scored

-- case: create_temp_table_then_update_from_without_semicolons
-- sources: dbo.Stock, dbo.Warehouses
-- targets: dbo.Stock, rpt.LowStock
-- intermediate: #low
-- columns: dbo.Warehouses.Region -> dbo.Stock.Region
-- columns: dbo.Stock.Sku -> rpt.LowStock.Sku
-- columns: dbo.Stock.Qty -> rpt.LowStock.Qty
CREATE TABLE #low (Sku varchar(20), Qty int)
UPDATE s SET s.Region = w.Region FROM dbo.Stock s JOIN dbo.Warehouses w ON w.WarehouseID = s.WarehouseID
INSERT INTO #low (Sku, Qty) SELECT Sku, Qty FROM dbo.Stock WHERE Qty < 10
INSERT INTO rpt.LowStock (Sku, Qty) SELECT Sku, Qty FROM #low
DROP TABLE #low

-- case: insert_exec_literal_into_temp_then_publish
-- sources: dbo.Accounts
-- targets: rpt.AccountList
-- intermediate: #acc
-- columns: dbo.Accounts.AccountID -> rpt.AccountList.AccountID
-- columns: dbo.Accounts.Name -> rpt.AccountList.Name
CREATE TABLE #acc (AccountID int, Name nvarchar(100));
INSERT INTO #acc (AccountID, Name)
EXEC ('SELECT a.AccountID, a.Name FROM dbo.Accounts a WHERE a.Closed = 0');
INSERT INTO rpt.AccountList (AccountID, Name)
SELECT AccountID, Name FROM #acc;
DROP TABLE #acc;

-- case: sp_executesql_named_stmt_parameter_literal
-- sources: dbo.Orders
-- targets: rpt.BigOrders
-- columns: dbo.Orders.OrderID -> rpt.BigOrders.OrderID
-- columns: dbo.Orders.Total -> rpt.BigOrders.Total
EXEC sp_executesql
    @stmt = N'INSERT INTO rpt.BigOrders (OrderID, Total) SELECT o.OrderID, o.Total FROM dbo.Orders o WHERE o.Total > @min',
    @params = N'@min money',
    @min = 10000;

-- case: proc_with_execute_as_owner_option
-- sources: dbo.Invoices
-- targets: rpt.OpenInvoices
-- columns: dbo.Invoices.InvoiceID -> rpt.OpenInvoices.InvoiceID
-- columns: dbo.Invoices.Amount -> rpt.OpenInvoices.Amount
-- indirect: dbo.Invoices.PaidAt
CREATE OR ALTER PROCEDURE rpt.usp_OpenInvoices
WITH EXECUTE AS OWNER
AS
BEGIN
    SET NOCOUNT ON
    DELETE FROM rpt.OpenInvoices
    INSERT INTO rpt.OpenInvoices (InvoiceID, Amount)
    SELECT i.InvoiceID, i.Amount FROM dbo.Invoices i WHERE i.PaidAt IS NULL
END
GO

-- case: inline_table_valued_function_reads_table
-- sources: dbo.Orders
-- indirect: dbo.Orders.CustomerID, dbo.Orders.Status
CREATE FUNCTION dbo.fn_OpenOrders (@CustomerID int)
RETURNS TABLE
AS
RETURN (
    SELECT o.OrderID, o.Total
    FROM dbo.Orders o
    WHERE o.CustomerID = @CustomerID AND o.Status = 'open'
)
GO

-- case: update_named_target_with_single_aliased_from_reference
-- sources: stg.Price
-- targets: dbo.Product
-- columns: stg.Price.Price -> dbo.Product.Price
-- indirect: dbo.Product.Sku, stg.Price.Sku
UPDATE dbo.Product
SET Price = n.Price
FROM dbo.Product p
INNER JOIN stg.Price n ON n.Sku = p.Sku;
