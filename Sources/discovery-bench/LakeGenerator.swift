import BlobTestServer
import Foundation

/// Seeds the blob server with a lake of `total` small blobs in nested folders: Hive-partitioned CSV tables,
/// date-foldered Parquet tables, plain folders of NDJSON, and some lone files.
struct LakeGenerator {
    let total: Int
    let parquet: [UInt8]
    static let container = "lake"

    /// Tables of 1,000 files each: 10 months x 25 days x 4 files.
    func seed(into server: BlobTestServer, account: String) throws -> Int {
        let csv = Array("id,amount,day,status\n1,10.50,2024-01-01,open\n2,3.25,2024-01-02,closed\n".utf8)
        let ndjson = Array("{\"user\": \"a\", \"n\": 1, \"tags\": [\"x\"]}\n{\"user\": \"b\", \"n\": 2, \"tags\": []}\n".utf8)
        let modified = Date(timeIntervalSince1970: 1_780_000_000)
        var written = 0
        var table = 0
        while written + 1000 <= total {
            let style = table % 3
            for month in 1...10 {
                for day in 1...25 {
                    for part in 0..<4 {
                        let mm = String(format: "%02d", month), dd = String(format: "%02d", day)
                        let (key, bytes): (String, [UInt8]) = switch style {
                        case 0: ("raw/sales_\(table)/year=2024/month=\(mm)/day=\(dd)/part-\(part).csv", csv)
                        case 1: ("curated/metrics_\(table)/2024/\(mm)/\(dd)/part-\(part).parquet", parquet)
                        default: ("events/stream_\(table)/batch_\(mm)_\(dd)_\(part).ndjson", ndjson)
                        }
                        try server.put(account: account, container: Self.container, key: key, bytes: bytes, lastModified: modified)
                        written += 1
                    }
                }
            }
            table += 1
        }
        while written < total {
            try server.put(account: account, container: Self.container, key: "exports/file_\(written).csv", bytes: csv, lastModified: modified)
            written += 1
        }
        return table
    }
}
