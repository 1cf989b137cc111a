import CatalogModel
import Connectors
import FileFormats
import Foundation
import Testing

/// A lake of about 100,000 objects: Hive-partitioned tables, hourly date folders, plain folders and Delta tables.
@Suite struct DatasetLayoutScaleTests {
    static func lake() -> [ListedObject] {
        var keys: [String] = []
        keys.reserveCapacity(101_000)
        for table in 0..<40 {
            for year in 2023...2024 {
                for month in 1...12 {
                    for day in 1...10 {
                        for part in 0..<5 {
                            keys.append("domain\(table % 4)/table\(table)/year=\(year)/month=\(month < 10 ? "0" : "")\(month)"
                                + "/day=\(day < 10 ? "0" : "")\(day)/part-\(part).snappy.parquet")
                        }
                    }
                    keys.append("domain\(table % 4)/table\(table)/year=\(year)/month=\(month < 10 ? "0" : "")\(month)/_SUCCESS")
                }
            }
        }
        for app in 0..<20 {
            for day in 1...30 {
                for hour in 0..<24 {
                    for part in 0..<2 {
                        keys.append("logs/app\(app)/2024/03/\(day < 10 ? "0" : "")\(day)/\(hour < 10 ? "0" : "")\(hour)/events-\(part).json.gz")
                    }
                }
            }
        }
        for folder in 0..<200 {
            for file in 0..<100 { keys.append("exports/batch\(folder / 20)/export\(folder)/file-\(file).csv") }
        }
        for table in 0..<5 {
            for commit in 0..<40 { keys.append("delta/t\(table)/_delta_log/\(String(repeating: "0", count: 18))\(commit < 10 ? "0" : "")\(commit).json") }
            keys.append("delta/t\(table)/_delta_log/00000000000000000030.checkpoint.parquet")
            keys.append("delta/t\(table)/_delta_log/_last_checkpoint")
            for part in 0..<600 { keys.append("delta/t\(table)/region=r\(part % 6)/part-\(part).parquet") }
        }
        return keys.enumerated().map { index, key in
            ListedObject(container: "lake", object: StoredObject(key: key, size: 1_000, etag: "e\(index)",
                                                                 lastModified: DatasetListing.epoch.addingTimeInterval(Double(index))))
        }
    }

    @Test func planningAHundredThousandObjectsIsLinear() {
        let listing = Self.lake()
        #expect(listing.count > 100_000)
        let clock = ContinuousClock()
        var plan = LayoutPlan()
        let planning = clock.measure { plan = DatasetLayout.plan(listing) }

        var schemas: [ObjectKey: FileSchema] = [:]
        let columns = [FileColumn(name: "id", type: "integer"), FileColumn(name: "value", type: "string")]
        for key in plan.samples + plan.deltaLogs.map(\.table) {
            schemas[key] = FileSchema(format: .parquet, columns: columns, rowCount: 10)
        }
        var result = FileDiscoveryResult()
        let assembling = clock.measure {
            result = DatasetAssembler(naming: .azure(account: "acct"), connectionID: 1, runID: 1).assemble(plan, schemas: schemas)
        }
        print("planned \(listing.count) objects in \(planning), assembled \(result.assets.count) assets in \(assembling)")

        #expect(plan.datasets.count == 40 + 20 + 200 + 5)
        #expect(plan.files.isEmpty)
        #expect(plan.ignoredCount == 40 * 24)
        #expect(plan.datasets.filter { $0.layout == .partitioned }.count == 60)
        #expect(plan.datasets.filter { $0.layout == .delta }.allSatisfy { $0.deltaLogFiles.count == 42 && $0.members.count == 600 })
        #expect(plan.datasets.allSatisfy { $0.sampleIndices.count <= 32 })
        #expect(plan.datasets.first { $0.path == "logs/app0" }?.partitionColumns == ["year", "month", "day", "hour"])
        #expect(plan.datasets.first { $0.path == "domain0/table0" }?.partitions.count == 240)
        // Containers, domains, tables, logs, apps, exports, batches, export folders, delta, Delta tables.
        #expect(plan.folders.count == 1 + 4 + 40 + 1 + 20 + 1 + 10 + 200 + 1 + 5)
        #expect(result.assets.count == plan.folders.count + plan.datasets.count)
        #expect(result.datasets.reduce(0) { $0 + $1.objects.count } == listing.count - 40 * 24 - 5 * 42)
    }
}
