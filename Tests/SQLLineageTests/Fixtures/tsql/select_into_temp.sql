-- case: select_into_new_table
-- sources: dbo.Customers
-- targets: dbo.CustomerBackup
-- columns: dbo.Customers.CustomerId -> dbo.CustomerBackup.CustomerId, dbo.Customers.Name -> dbo.CustomerBackup.Name
-- columns: dbo.Customers.Email -> dbo.CustomerBackup.Email
-- indirect: dbo.Customers.IsActive
-- diagnostics: none
SELECT c.CustomerId, c.Name, c.Email
INTO dbo.CustomerBackup
FROM dbo.Customers c
WHERE c.IsActive = 1;

-- case: select_into_temp_then_insert
-- sources: dbo.Orders
-- targets: dbo.CustomerTotals
-- intermediate: #Totals
-- columns: dbo.Orders.CustomerId -> dbo.CustomerTotals.CustomerId, dbo.Orders.Amount -> dbo.CustomerTotals.Total
SELECT o.CustomerId, SUM(o.Amount) AS Total
INTO #Totals
FROM dbo.Orders o
GROUP BY o.CustomerId;

INSERT INTO dbo.CustomerTotals (CustomerId, Total)
SELECT t.CustomerId, t.Total FROM #Totals t;

DROP TABLE #Totals;

-- case: create_temp_fill_then_update_from_join
-- sources: stg.OrderFeed
-- targets: dbo.Orders
-- intermediate: #Stage
-- columns: stg.OrderFeed.Status -> dbo.Orders.Status
CREATE TABLE #Stage (OrderId INT, Status NVARCHAR(20));

INSERT INTO #Stage (OrderId, Status)
SELECT OrderId, Status FROM stg.OrderFeed;

UPDATE o
SET o.Status = s.Status
FROM dbo.Orders o
JOIN #Stage s ON s.OrderId = o.OrderId;

-- case: global_temp_table_is_intermediate
-- sources: inv.Movements
-- targets: inv.StockHistory
-- intermediate: ##StockSnapshot
-- columns: inv.Movements.ProductId -> inv.StockHistory.ProductId, inv.Movements.Qty -> inv.StockHistory.Qty
SELECT ProductId, SUM(Qty) AS Qty
INTO ##StockSnapshot
FROM inv.Movements
GROUP BY ProductId;

INSERT INTO inv.StockHistory (ProductId, Qty, SnapshotAt)
SELECT ProductId, Qty, GETDATE() FROM ##StockSnapshot;

-- case: select_into_unqualified_columns_owned_per_schema
-- schema: dbo.Orders(OrderId, CustomerId, Amount); dbo.Customers(CustomerId, Segment)
-- sources: dbo.Orders, dbo.Customers
-- targets: rpt.OrderSegments
-- columns: dbo.Orders.OrderId -> rpt.OrderSegments.OrderId, dbo.Customers.Segment -> rpt.OrderSegments.Segment
-- columns: dbo.Orders.Amount -> rpt.OrderSegments.Amount
SELECT OrderId, Segment, Amount
INTO rpt.OrderSegments
FROM dbo.Orders o
JOIN dbo.Customers c ON c.CustomerId = o.CustomerId;

-- case: truncate_then_insert_with_cast
-- sources: dbo.Orders
-- targets: rpt.DailySales
-- columns: dbo.Orders.OrderDate -> rpt.DailySales.SaleDate, dbo.Orders.Amount -> rpt.DailySales.Amount
-- effects: truncate rpt.DailySales
TRUNCATE TABLE rpt.DailySales;

INSERT INTO rpt.DailySales (SaleDate, Amount)
SELECT CAST(o.OrderDate AS date), SUM(o.Amount)
FROM dbo.Orders o
GROUP BY CAST(o.OrderDate AS date);

-- case: unparsable_statement_is_skipped
-- sources: dbo.A, dbo.B
-- targets: rpt.A, rpt.B
-- columns: dbo.A.X -> rpt.A.X, dbo.B.Y -> rpt.B.Y
-- diagnostics: some
INSERT INTO rpt.A (X) SELECT X FROM dbo.A;
SELECT FROM WHERE ((;
INSERT INTO rpt.B (Y) SELECT Y FROM dbo.B;
