import CatalogModel
import Foundation

/// Small builders for store tests.
enum Fixture {
    static func urn(_ text: String) -> URN {
        URN(trusted: text)
    }

    static func table(_ name: String, schema: String = "SALES", columns: [String] = ["ID", "NAME"],
                      type: String = "NUMBER", connection: Int64? = nil) -> AssetInput {
        AssetInput(
            urn: urn("urn:dataset:oracle:db.example.com:1521/ORCL.\(schema).\(name)"), name: name, type: .table,
            platform: "oracle", catalog: "ORCL", schema: schema, connectionID: connection,
            technical: ["row_count": .number(10)],
            columns: columns.enumerated().map { Column(name: $1, type: type, nullable: true, position: $0 + 1) })
    }
}
