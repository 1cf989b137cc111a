import CatalogModel
import Connectors
import FileFormats
import Foundation
import Testing

@Suite struct DatasetAssemblerTests {
    private let assembler = DatasetAssembler(naming: .azure(account: "acct"), connectionID: 7, runID: 42)
    private let orders = [("id", "integer"), ("amount", "double")]

    /// Plans `listing`, gives each sample the schema `schemaFor` returns for its key, and assembles.
    private func discover(_ listing: [ListedObject], assembler: DatasetAssembler? = nil,
                          failing: [String: String] = [:], schemaFor: (String) -> FileSchema?) -> FileDiscoveryResult {
        let plan = DatasetLayout.plan(listing)
        var schemas: [ObjectKey: FileSchema] = [:]
        var failures: [ObjectKey: String] = [:]
        for key in plan.samples + plan.deltaLogs.map(\.table) {
            if let reason = failing[key.key] { failures[key] = reason } else { schemas[key] = schemaFor(key.key) }
        }
        return (assembler ?? self.assembler).assemble(plan, schemas: schemas, failures: failures)
    }

    private func asset(_ result: FileDiscoveryResult, _ urn: String) -> AssetInput? {
        result.assets.first { $0.urn.rawValue == urn }
    }

    @Test func csvFilesSharingASchemaAreOneDataset() {
        let result = discover(DatasetListing.objects(["exports/customers/a.csv", "exports/customers/b.csv", "exports/customers/c.csv"])) { _ in
            DatasetListing.schema(orders, format: .csv)
        }
        let dataset = asset(result, "urn:dataset:azure:acct/raw/exports/customers")
        #expect(dataset?.type == .dataset)
        #expect(dataset?.name == "customers")
        #expect(dataset?.catalog == "raw")
        #expect(dataset?.schema == "exports")
        #expect(dataset?.platform == "azure")
        #expect(dataset?.connectionID == 7)
        #expect(dataset?.origin == .discovered)
        #expect(dataset?.business == nil)
        #expect(dataset?.columns.map(\.name) == ["id", "amount"])
        #expect(dataset?.columns.map(\.position) == [1, 2])
        #expect(dataset?.technical["format"] == .string("csv"))
        #expect(dataset?.technical["file_count"] == .number(3))
        #expect(dataset?.technical["size_bytes"] == .number(300))
        #expect(dataset?.operational["object_count"] == .number(3))
        #expect(dataset?.operational["discovery_run_id"] == .number(42))
        #expect(dataset?.operational["last_modified"] == .string(DatasetListing.epoch.addingTimeInterval(120).ISO8601Format()))
        #expect(result.assets.filter { $0.type == .file }.isEmpty)
        #expect(result.datasets.map(\.objects.count) == [3])
        #expect(result.warnings.isEmpty)
        // Folders and containers come first, with kinds of their own.
        #expect(result.assets.map(\.urn.rawValue) == [
            "urn:container:azure:acct/raw", "urn:folder:azure:acct/raw/exports",
            "urn:folder:azure:acct/raw/exports/customers", "urn:dataset:azure:acct/raw/exports/customers",
        ])
    }

    @Test func aFolderWithTwoSchemasKeepsTheLargerGroupAsTheDataset() {
        let keys = ["sales/a.csv", "sales/b.csv", "sales/c.csv", "sales/z.csv"]
        let result = discover(DatasetListing.objects(keys)) { key in
            key.hasSuffix("z.csv") ? DatasetListing.schema([("name", "string")], format: .csv) : DatasetListing.schema(orders, format: .csv)
        }
        let dataset = asset(result, "urn:dataset:azure:acct/raw/sales")
        #expect(dataset?.columns.map(\.name) == ["id", "amount"])
        #expect(dataset?.technical["file_count"] == .number(3))
        let odd = asset(result, "urn:dataset:azure:acct/raw/sales/z.csv")
        #expect(odd?.type == .file)
        #expect(odd?.columns.map(\.name) == ["name"])
        #expect(result.datasets.first { $0.type == .dataset }?.objects.map(\.key) == ["sales/a.csv", "sales/b.csv", "sales/c.csv"])
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("z.csv") == true)
    }

    @Test func aFolderWhoseFilesShareNoSchemaIsCataloguedFileByFile() {
        let result = discover(DatasetListing.objects(["dump/customers.csv", "dump/orders.csv", "dump/items.csv"])) { key in
            DatasetListing.schema([(key, "string")], format: .csv)
        }
        #expect(result.assets.filter { $0.type == .dataset }.isEmpty)
        #expect(result.assets.filter { $0.type == .file }.map(\.name).sorted() == ["customers.csv", "items.csv", "orders.csv"])
        #expect(result.warnings.count == 1)
    }

    @Test func driftAcrossPartitionsIsRecordedAndTheColumnsAreTheUnion() throws {
        let listing = DatasetListing.objects([
            "orders/year=2023/month=12/part-0.parquet",
            "orders/year=2024/month=01/part-0.parquet",
            "orders/year=2024/month=02/part-0.parquet",
        ])
        let result = discover(listing) { key in
            if key.contains("2023") { return DatasetListing.schema([("id", "integer"), ("amount", "string")], rows: 10) }
            if key.contains("month=01") { return DatasetListing.schema(orders, rows: 20) }
            return DatasetListing.schema(orders + [("discount", "double")], rows: 30)
        }
        let dataset = try #require(asset(result, "urn:dataset:azure:acct/raw/orders"))
        #expect(dataset.columns.map(\.name) == ["id", "amount", "discount", "year", "month"])
        #expect(dataset.columns.map(\.position) == [1, 2, 3, 4, 5])
        #expect(dataset.columns.first { $0.name == "discount" }?.nullable == true)
        #expect(dataset.columns.first { $0.name == "amount" }?.type == "double")
        #expect(dataset.columns.first { $0.name == "year" }?.type == "integer")
        #expect(dataset.columns.first { $0.name == "month" }?.description == "partition column")
        #expect(dataset.technical["partition_columns"] == .array([.string("year"), .string("month")]))
        #expect(dataset.technical["partition_count"] == .number(3))
        #expect(dataset.technical["row_count"] == .number(60))
        let drift = try #require(dataset.technical["schema_drift"])
        #expect(drift == .array([
            .object(["partition": .string("year=2023/month=12"), "object": .string("orders/year=2023/month=12/part-0.parquet"),
                     "added": .array([.string("discount")]), "removed": .array([]),
                     "changed": .array([.object(["column": .string("amount"), "from": .string("string"), "to": .string("double")])])]),
            .object(["partition": .string("year=2024/month=01"), "object": .string("orders/year=2024/month=01/part-0.parquet"),
                     "added": .array([.string("discount")]), "removed": .array([]), "changed": .array([])]),
        ]))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.contains("2 of 3 sampled partitions") == true)
    }

    @Test func partitionsWithOneSchemaHaveNoDrift() {
        let listing = DatasetListing.objects(["logs/2024/01/15/a.json", "logs/2024/01/16/b.json"])
        let result = discover(listing) { _ in DatasetListing.schema([("level", "string")], format: .json) }
        let dataset = asset(result, "urn:dataset:azure:acct/raw/logs")
        #expect(dataset?.technical["schema_drift"] == nil)
        #expect(dataset?.columns.map(\.name) == ["level", "year", "month", "day"])
        #expect(dataset?.technical["row_count"] == nil)
        #expect(result.warnings.isEmpty)
    }

    @Test func deltaTablesAreDescribedByTheirLog() throws {
        let listing = DatasetListing.objects([
            "lake/customers/_delta_log/00000000000000000000.json",
            "lake/customers/country=NO/part-0.parquet",
            "lake/customers/country=SE/part-1.parquet",
            "lake/customers/country=SE/part-2.parquet",
        ])
        let result = discover(listing) { key in
            #expect(key == "lake/customers/_delta_log")
            return FileSchema(format: .delta, columns: [FileColumn(name: "id", type: "integer"), FileColumn(name: "country", type: "string")],
                              rowCount: 1000, partitionColumns: ["country"], version: 3, fileCount: 2)
        }
        let table = try #require(asset(result, "urn:dataset:azure:acct/raw/lake/customers"))
        #expect(table.columns.map(\.name) == ["id", "country"])
        #expect(table.technical["format"] == .string("delta"))
        #expect(table.technical["delta_version"] == .number(3))
        #expect(table.technical["file_count"] == .number(2))
        #expect(table.technical["row_count"] == .number(1000))
        #expect(table.technical["partition_columns"] == .array([.string("country")]))
        #expect(table.operational["object_count"] == .number(3))
        // Neither its data files, its partition folders nor its log are assets of their own.
        #expect(result.assets.map(\.urn.rawValue) == [
            "urn:container:azure:acct/raw", "urn:folder:azure:acct/raw/lake", "urn:folder:azure:acct/raw/lake/customers",
            "urn:dataset:azure:acct/raw/lake/customers",
        ])
        #expect(result.datasets.first?.objects.count == 3)
        #expect(result.datasets.first?.reads.map(\.key) == ["lake/customers/_delta_log/00000000000000000000.json"])
    }

    @Test func loneFilesAndUnknownFormatsAreFileAssets() {
        let result = discover(DatasetListing.objects(["in/report.parquet", "in/readme.txt"])) { _ in
            DatasetListing.schema(orders, rows: 5, groups: 1)
        }
        let report = asset(result, "urn:dataset:azure:acct/raw/in/report.parquet")
        #expect(report?.type == .file)
        #expect(report?.name == "report.parquet")
        #expect(report?.schema == "in")
        #expect(report?.technical["row_count"] == .number(5))
        #expect(report?.technical["row_groups"] == .number(1))
        #expect(report?.operational["etag"] == .string("\"etag-0\""))
        #expect(report?.columns.count == 2)
        let readme = asset(result, "urn:dataset:azure:acct/raw/in/readme.txt")
        #expect(readme?.technical["format"] == .string("unknown"))
        #expect(readme?.technical["extension"] == .string("txt"))
        #expect(readme?.columns.isEmpty == true)
        #expect(result.datasets.first { $0.urn == readme?.urn }?.reads.isEmpty == true)
    }

    @Test func schemasThatCouldNotBeReadAreWarningsNotLosses() {
        let result = discover(DatasetListing.objects(["a/broken.parquet", "b/x.csv", "b/y.csv"]),
                              failing: ["a/broken.parquet": "not a Parquet file", "b/y.csv": "invalid UTF-8"]) { _ in
            DatasetListing.schema([("v", "string")], format: .csv)
        }
        let broken = asset(result, "urn:dataset:azure:acct/raw/a/broken.parquet")
        #expect(broken?.technical["read_error"] == .string("not a Parquet file"))
        #expect(broken?.columns.isEmpty == true)
        #expect(asset(result, "urn:dataset:azure:acct/raw/b")?.columns.map(\.name) == ["v"])
        #expect(result.warnings.count == 2)
        #expect(result.warnings.contains { $0.contains("1 of 2 sampled files of raw/b") })
    }

    @Test func rowCountsAreExactOnlyWhenEveryMemberWasRead() {
        let keys = (0..<40).map { "big/part-\(1000 + $0).parquet" }
        let result = discover(DatasetListing.objects(keys)) { _ in DatasetListing.schema(orders, rows: 10) }
        let dataset = asset(result, "urn:dataset:azure:acct/raw/big")
        #expect(dataset?.technical["row_count"] == nil)
        #expect(dataset?.technical["row_count_sampled"] == .number(320))
        #expect(dataset?.technical["sampled_files"] == .number(32))
        #expect(dataset?.technical["file_count"] == .number(40))
    }

    @Test func localFilesHaveCleanURNs() {
        let local = DatasetAssembler(naming: .localFiles(root: "/var/data/exports/"), connectionID: 1, runID: nil)
        let listing = DatasetListing.objects(["sales/a.csv", "sales/b.csv", "top.csv", "deep/er/x.json"], container: "")
        let result = discover(listing, assembler: local) { _ in DatasetListing.schema([("v", "string")], format: .csv) }
        #expect(result.assets.map(\.urn.rawValue) == [
            "urn:container:file:/var/data/exports",
            "urn:folder:file:/var/data/exports/deep",
            "urn:folder:file:/var/data/exports/deep/er",
            "urn:folder:file:/var/data/exports/sales",
            "urn:dataset:file:/var/data/exports/sales",
            "urn:dataset:file:/var/data/exports/deep/er/x.json",
            "urn:dataset:file:/var/data/exports/top.csv",
        ])
        #expect(result.assets.allSatisfy { $0.catalog == "exports" && $0.platform == "file" })
        #expect(result.assets.first?.name == "exports")
        #expect(result.assets.first { $0.name == "top.csv" }?.schema == nil)
        #expect(result.assets.allSatisfy { $0.operational["discovery_run_id"] == nil })
    }

    @Test func aDatasetAtTheRootIsNamedAfterTheContainerOrRootFolder() {
        let azure = discover(DatasetListing.objects(["a.csv", "b.csv"])) { _ in DatasetListing.schema([("v", "string")], format: .csv) }
        #expect(asset(azure, "urn:dataset:azure:acct/raw")?.name == "raw")
        let local = DatasetAssembler(naming: .localFiles(root: "/srv/drop"), connectionID: nil, runID: nil)
        let files = discover(DatasetListing.objects(["a.csv", "b.csv"], container: ""), assembler: local) { _ in
            DatasetListing.schema([("v", "string")], format: .csv)
        }
        #expect(files.assets.map(\.urn.rawValue) == ["urn:container:file:/srv/drop", "urn:dataset:file:/srv/drop"])
        #expect(files.assets.last?.name == "drop")
    }

    @Test func urnsNeverHoldDoubleSlashesAndAreUnique() {
        let keys = ["x//y/a.csv", "/lead/b.csv", "x/y/c.csv", "p/year=2024/d.parquet", "q/_delta_log/00000000000000000000.json",
                    "q/e.parquet", "solo.txt", "x/y/"]
        for (naming, container) in [(StorageNaming.azure(account: "acct"), "raw"), (.localFiles(root: "/data/"), "")] {
            let result = discover(DatasetListing.objects(keys, container: container),
                                  assembler: DatasetAssembler(naming: naming, connectionID: nil, runID: nil)) { _ in
                DatasetListing.schema([("v", "string")])
            }
            let urns = result.assets.map(\.urn.rawValue)
            #expect(urns.allSatisfy { !$0.contains("//") && !$0.hasSuffix("/") }, "\(urns)")
            #expect(Set(urns).count == urns.count)
        }
    }
}
