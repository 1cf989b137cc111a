import CatalogModel
import Connectors
import FileFormats
import Foundation
import Testing

/// Listings built by hand: keys in, objects with sizes and times that grow with their position.
enum DatasetListing {
    static let epoch = Date(timeIntervalSince1970: 1_700_000_000)

    /// Objects for `keys` in `container`, each modified a minute after the one before.
    static func objects(_ keys: [String], container: String = "raw", size: Int64 = 100) -> [ListedObject] {
        keys.enumerated().map { index, key in
            ListedObject(container: container, object: StoredObject(
                key: key, size: size, etag: "\"etag-\(index)\"", lastModified: epoch.addingTimeInterval(Double(index) * 60)))
        }
    }

    /// The last segment of a key, for readable expectations.
    static func name(_ key: String) -> String { key.split(separator: "/").last.map(String.init) ?? key }

    /// A schema of `columns` (name, type), all nullable.
    static func schema(_ columns: [(String, String)], format: FileFormat = .parquet, rows: Int64? = nil,
                       groups: Int? = nil) -> FileSchema {
        FileSchema(format: format, columns: columns.map { FileColumn(name: $0.0, type: $0.1) }, rowCount: rows,
                   rowGroups: groups)
    }
}

@Suite struct DatasetLayoutTests {
    @Test func hivePartitionFoldersAreOneDatasetWithPartitionColumns() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "sales/orders/year=2023/month=12/part-0000.parquet",
            "sales/orders/year=2024/month=01/part-0000.parquet",
            "sales/orders/year=2024/month=01/part-0001.parquet",
            "sales/orders/year=2024/month=01/_SUCCESS",
            "sales/orders/year=2024/month=02/part-0000.parquet",
        ]))
        #expect(plan.datasets.count == 1)
        #expect(plan.files.isEmpty)
        let orders = plan.datasets[0]
        #expect(orders.path == "sales/orders")
        #expect(orders.layout == .partitioned)
        #expect(orders.format == .parquet)
        #expect(orders.partitionColumns == ["year", "month"])
        #expect(orders.members.count == 4)
        let values = orders.members.map { orders.partitions[$0.partition ?? -1].values }
        #expect(values == [["year": "2023", "month": "12"], ["year": "2024", "month": "01"],
                           ["year": "2024", "month": "01"], ["year": "2024", "month": "02"]])
        #expect(orders.partitions.map(\.path) == ["year=2023/month=12", "year=2024/month=01", "year=2024/month=02"])
        // Partition folders are part of the data set, not folders to browse.
        #expect(plan.folders.map(\.path) == ["", "sales", "sales/orders"])
        #expect(plan.ignoredCount == 1)
    }

    @Test func dateFoldersBecomeYearMonthDayAndHourPartitions() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "events/2024/01/15/a.json",
            "events/2024/01/16/b.json",
            "events/2024/02/01/c.json",
            "clicks/2024-01-15/03/a.csv",
            "clicks/2024-01-15/04/b.csv",
        ]))
        let events = plan.datasets.first { $0.path == "events" }
        #expect(events?.layout == .partitioned)
        #expect(events?.partitionColumns == ["year", "month", "day"])
        #expect(events?.partitions.map(\.values) == [["year": "2024", "month": "01", "day": "15"],
                                                     ["year": "2024", "month": "01", "day": "16"],
                                                     ["year": "2024", "month": "02", "day": "01"]])
        let clicks = plan.datasets.first { $0.path == "clicks" }
        #expect(clicks?.format == .csv)
        #expect(clicks?.partitionColumns == ["year", "month", "day", "hour"])
        #expect(clicks?.partitions.map { $0.values["hour"] } == ["03", "04"])
        #expect(plan.folders.map(\.path) == ["", "clicks", "events"])
    }

    @Test func numbersThatAreNotDatesStayFolders() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "reports/12/a.csv", "reports/12/b.csv",
            "archive/2024/99/c.csv", "archive/2024/99/d.csv",
        ]))
        #expect(plan.datasets.map(\.path) == ["archive/2024/99", "reports/12"])
        #expect(plan.datasets.allSatisfy { $0.layout == .folder && $0.partitionColumns.isEmpty })
        #expect(plan.folders.map(\.path) == ["", "archive", "archive/2024", "archive/2024/99", "reports", "reports/12"])
    }

    @Test func anOrdinaryFolderBelowAPartitionFolderMakesTheChainOrdinary() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "t/year=2024/month=01/a.parquet", "t/year=2024/extra/b.parquet", "t/year=2024/extra/c.parquet",
        ]))
        #expect(plan.folders.map(\.path) == ["", "t", "t/year=2024", "t/year=2024/extra"])
        #expect(plan.datasets.map { "\($0.path) \($0.layout) \($0.partitionColumns)" }
                == ["t/year=2024/extra folder []", "t/year=2024 partitioned [\"month\"]"])
    }

    @Test func deltaTableIsOneDatasetAndItsLogIsWhatToRead() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "tables/customers/_delta_log/00000000000000000000.json",
            "tables/customers/_delta_log/00000000000000000001.json",
            "tables/customers/_delta_log/00000000000000000002.checkpoint.parquet",
            "tables/customers/_delta_log/00000000000000000002.crc",
            "tables/customers/_delta_log/00000000000000000002.json",
            "tables/customers/_delta_log/00000000000000000003.json",
            "tables/customers/_delta_log/_last_checkpoint",
            "tables/customers/country=NO/part-00000.snappy.parquet",
            "tables/customers/country=SE/part-00001.snappy.parquet",
            "tables/customers/country=SE/.part-00001.snappy.parquet.crc",
        ]))
        #expect(plan.datasets.count == 1)
        let table = plan.datasets[0]
        #expect(table.layout == .delta)
        #expect(table.path == "tables/customers")
        #expect(table.members.map(\.object.key) == ["tables/customers/country=NO/part-00000.snappy.parquet",
                                                    "tables/customers/country=SE/part-00001.snappy.parquet"])
        #expect(table.partitionColumns == ["country"])
        #expect(table.deltaLogKey == ObjectKey(container: "raw", key: "tables/customers/_delta_log"))
        // Every commit (DeltaLog replays them), the newest checkpoint and the pointer to it; no checksums.
        #expect(table.deltaLogFiles.map { DatasetListing.name($0.key) } == [
            "00000000000000000000.json", "00000000000000000001.json", "00000000000000000002.checkpoint.parquet",
            "00000000000000000002.json", "00000000000000000003.json", "_last_checkpoint",
        ])
        #expect(table.samples.isEmpty)
        #expect(plan.samples.isEmpty)
        #expect(plan.deltaLogs.map(\.table) == [ObjectKey(container: "raw", key: "tables/customers/_delta_log")])
        #expect(plan.files.isEmpty)
        #expect(plan.folders.map(\.path) == ["", "tables", "tables/customers"])
    }

    @Test func onlyTheNewestCompleteCheckpointIsHandedToTheReader() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "t/_delta_log/00000000000000000000.json",
            "t/_delta_log/00000000000000000001.checkpoint.parquet",
            "t/_delta_log/00000000000000000001.json",
            "t/_delta_log/00000000000000000002.checkpoint.0000000001.0000000002.parquet",
            "t/_delta_log/00000000000000000002.checkpoint.0000000002.0000000002.parquet",
            "t/_delta_log/00000000000000000002.json",
            "t/_delta_log/00000000000000000004.checkpoint.0000000001.0000000002.parquet",
            "t/_delta_log/00000000000000000004.json",
            "t/_delta_log/00000000000000000004.json.tmp",
            "t/part-0.parquet",
        ]))
        // The version 4 checkpoint lacks its second part, so version 2's two parts are the newest usable.
        #expect(plan.datasets.first?.deltaLogFiles.map { DatasetListing.name($0.key) } == [
            "00000000000000000000.json", "00000000000000000001.json",
            "00000000000000000002.checkpoint.0000000001.0000000002.parquet",
            "00000000000000000002.checkpoint.0000000002.0000000002.parquet",
            "00000000000000000002.json", "00000000000000000004.json",
        ])
    }

    @Test func filesOfOneFormatInAFolderAreACandidateDataset() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "exports/customers/2024-01.csv", "exports/customers/2024-02.csv", "exports/customers/2024-03.csv",
        ]))
        #expect(plan.datasets.count == 1)
        #expect(plan.datasets[0].layout == .folder)
        #expect(plan.datasets[0].path == "exports/customers")
        #expect(plan.datasets[0].members.count == 3)
        #expect(plan.samples.count == 3)
        #expect(plan.files.isEmpty)
    }

    @Test func loneFilesAndUnknownFormatsAreFileAssets() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "docs/readme.txt", "docs/report.csv", "docs/notes/a.txt", "docs/notes/b.txt", "docs/blob",
            "data.parquet",
        ]))
        #expect(plan.datasets.isEmpty)
        #expect(plan.files.map(\.object.key).sorted()
                == ["data.parquet", "docs/blob", "docs/notes/a.txt", "docs/notes/b.txt", "docs/readme.txt", "docs/report.csv"])
        #expect(plan.files.filter { $0.kind == nil }.count == 4)
        #expect(plan.samples.map(\.key).sorted() == ["data.parquet", "docs/report.csv"])
    }

    @Test func hiddenFilesAndMarkersAreIgnoredWithoutBreakingDetection() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "out/_SUCCESS", "out/.part-0.parquet.crc", "out/part-0.parquet", "out/part-1.parquet",
            "out/_temporary/0/part-2.parquet", "out/.spark-staging/x.parquet", "out/", "out/_committed_123",
        ]))
        #expect(plan.datasets.map(\.path) == ["out"])
        #expect(plan.datasets.first?.members.map(\.object.key) == ["out/part-0.parquet", "out/part-1.parquet"])
        #expect(plan.files.isEmpty)
        #expect(plan.ignoredCount == 6)
        #expect(plan.folders.map(\.path) == ["", "out"])
        #expect(plan.folders.first { $0.path == "out" }?.stats.objectCount == 2)
    }

    @Test func everyContainerAndFolderLevelIsBrowsable() {
        let listing = DatasetListing.objects(["a/b/c/x.csv", "a/b/y.csv", "a/z/"], container: "one")
            + DatasetListing.objects(["top.json"], container: "two")
        let plan = DatasetLayout.plan(listing, containers: ["empty", "one", "two"])
        #expect(plan.folders.map { "\($0.container):\($0.path)" }
                == ["empty:", "one:", "one:a", "one:a/b", "one:a/b/c", "one:a/z", "two:"])
        #expect(plan.folders.filter(\.isContainer).map(\.container) == ["empty", "one", "two"])
        #expect(plan.folders.first { $0.container == "one" && $0.path == "a" }?.stats.objectCount == 2)
    }

    @Test func twoFormatsInOneFolderLeaveTheSmallerAsFiles() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "mixed/a.csv", "mixed/b.csv", "mixed/c.csv", "mixed/d.json", "mixed/e.json", "mixed/f.csv.gz",
        ]))
        #expect(plan.datasets.map(\.path) == ["mixed"])
        #expect(plan.datasets.first?.format == .csv)
        #expect(plan.datasets.first?.gzip == false)
        #expect(plan.files.map(\.object.key) == ["mixed/d.json", "mixed/e.json", "mixed/f.csv.gz"])
        #expect(plan.warnings.count == 1)
        #expect(plan.warnings.first?.contains("2 json files") == true)
    }

    @Test func filesBesidePartitionFoldersJoinThePartitionedDataset() {
        let plan = DatasetLayout.plan(DatasetListing.objects([
            "t/old-0.parquet", "t/old-1.parquet", "t/dt=2024-05-01/part-0.parquet",
        ]))
        #expect(plan.datasets.count == 1)
        let table = plan.datasets[0]
        #expect(table.layout == .partitioned)
        #expect(table.partitionColumns == ["dt"])
        #expect(table.members.count == 3)
        #expect(table.partitions.map(\.path).sorted() == ["", "dt=2024-05-01"])
    }

    @Test func dataLakeDirectoryBlobsAreFoldersNotFiles() {
        let listing = [ListedObject(container: "raw", object: StoredObject(key: "dir", size: 0))]
            + DatasetListing.objects(["dir/a.csv", "dir/b.csv"])
        let plan = DatasetLayout.plan(listing)
        #expect(plan.files.isEmpty)
        #expect(plan.datasets.first?.members.count == 2)
    }
}
