import CatalogModel
import Connectors
import Testing

@Suite("Dataset addresses of connections")
struct DatasetAddressTests {
    static func oracle(_ config: [String: String]) -> DatasetAddress? {
        OracleConnectorSpec().datasetAddress(for: Self.config(config))
    }

    static func config(_ fields: [String: String]) -> JSONObject {
        fields.mapValues(JSONValue.string)
    }

    @Test("Oracle: JDBC URLs in every form and host/port/service fields give host:port and the service in upper case")
    func oracleForms() throws {
        let cases: [([String: String], String?, String?)] = [
            (["jdbc_url": "jdbc:oracle:thin:@//DB.Example.com:1521/orcl", "username": "etl"], "db.example.com:1521", "ORCL"),
            (["jdbc_url": "jdbc:oracle:thin:@db.example.com:1522/orclpdb?connect_timeout=5"], "db.example.com:1522", "ORCLPDB"),
            (["jdbc_url": "jdbc:oracle:thin:@db.example.com:1521:ORCL"], "db.example.com:1521", "ORCL"),
            (["jdbc_url": "jdbc:oracle:thin:@db.example.com/sales"], "db.example.com:1521", "SALES"),
            (["jdbc_url": "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=Db1.example.com)(PORT=1600))(CONNECT_DATA=(SERVICE_NAME=orcl)))"],
             "db1.example.com:1600", "ORCL"),
            (["jdbc_url": "jdbc:oracle:thin:@PRODDB"], "proddb", "PRODDB"),
            (["host": "db.example.com", "port": "1530", "sid": "xe"], "db.example.com:1530", "XE"),
            (["host": "db.example.com", "service_name": "orcl", "sid": "ignored"], "db.example.com:1521", "ORCL"),
            (["username": "etl"], nil, nil),
        ]
        for (config, authority, catalog) in cases {
            let address = Self.oracle(config)
            #expect(address?.authority == authority, "\(config)")
            #expect(address?.catalog == catalog, "\(config)")
        }
        let address = try #require(Self.oracle(["jdbc_url": "jdbc:oracle:thin:@//DB.Example.com:1521/orcl", "username": "etl"]))
        #expect(address.dialect == "oracle" && address.defaultSchema == "ETL")
        #expect(try address.urn(schema: "SALES", name: "ORDERS").rawValue == "urn:dataset:oracle:db.example.com:1521/ORCL.SALES.ORDERS")
        #expect(try address.urn(schema: nil, name: "T").rawValue == "urn:dataset:oracle:db.example.com:1521/ORCL.ETL.T")
    }

    @Test("PostgreSQL: a URL or fields give host:port and the database; storage connectors have no address")
    func postgresAndOthers() throws {
        let spec = PostgresConnectorSpec()
        let url = try #require(spec.datasetAddress(for: Self.config(["url": "postgres://etl:secret@PG.example.com/shop?sslmode=require"])))
        #expect(url.authority == "pg.example.com:5432" && url.catalog == "shop" && url.defaultSchema == "public")
        #expect(try url.urn(schema: "public", name: "orders").rawValue == "urn:dataset:postgres:pg.example.com:5432/shop.public.orders")
        #expect(!url.authority.contains("secret"))
        let fields = try #require(spec.datasetAddress(for: ["host": .string("localhost"), "port": .number(5433), "database": .string("dw"), "username": .string("u")]))
        #expect(fields.authority == "localhost:5433" && fields.catalog == "dw" && fields.dialect == "postgres")
        #expect(spec.datasetAddress(for: Self.config(["host": "localhost", "username": "u"]))?.catalog == "u", "PostgreSQL's default database is the user's")
        #expect(AzureBlobConnectorSpec().datasetAddress(for: Self.config(["account_name": "acct"])) == nil)
        #expect(LocalFilesConnectorSpec().datasetAddress(for: Self.config(["path": "/tmp"])) == nil)
    }
}
