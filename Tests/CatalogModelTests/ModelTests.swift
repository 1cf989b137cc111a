import CatalogModel
import Foundation
import Testing

@Suite("Model values")
struct ModelTests {
    @Test("URNs: any urn:<kind>:<name> is accepted as sent, anything else is refused")
    func urns() throws {
        let urn = try URN(parsing: " urn:dataset:oracle:db.example.com:1521/ORCL.SALES.ORDERS ")
        #expect(urn.rawValue == "urn:dataset:oracle:db.example.com:1521/ORCL.SALES.ORDERS")
        #expect(urn.kind == "dataset" && urn.platform == "oracle" && urn.shortName == "ORDERS")
        #expect(try URN(parsing: "urn:process:airflow:daily_etl/load").shortName == "load")
        #expect(try URN(parsing: "urn:dataset:azure:acct/raw/sales/orders").shortName == "orders")
        for bad in ["", "orders", "urn:", "urn:dataset", "urn::x", "urn:dataset:", "http://x"] {
            #expect(throws: CatalogError.self) { try URN(parsing: bad) }
        }
    }

    @Test("JSONWriter writes what JSONSerialization reads back, escapes included")
    func jsonWriter() throws {
        let value: JSONValue = .object([
            "text": .string("quote \" slash \\ newline \n tab \t bell \u{7} é 日本"),
            "n": .number(42), "x": .number(1.5), "ok": .bool(true), "none": .null,
            "list": .array([.number(-3), .string("")]),
        ])
        let text = JSONWriter.text(value)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(decoded == value)
        #expect(text.hasPrefix("{\"list\""))
    }

    @Test("column lists written by JSONWriter read back as the same columns")
    func columnText() throws {
        let columns = [
            Column(name: "ID", type: "NUMBER(10)", nullable: false, position: 1, description: "the \"key\"\n", tags: ["pk"]),
            Column(name: "naïve 列"), Column(name: "x", nullable: true),
        ]
        let text = JSONWriter.text(columns)
        #expect(try JSONDecoder().decode([Column].self, from: Data(text.utf8)) == columns)
        #expect(JSONWriter.text(.array(columns.map(\.jsonValue))) == text)
    }

    @Test("JSONReader reads what Foundation reads, escapes and surrogate pairs included; refuses broken text")
    func jsonReader() throws {
        let documents = [
            #"{"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "x\"y\\z\n\t\u00e9\ud83d\ude00"}, "": "", "d": []}"#,
            #"[{"name":"ID","nullable":false,"position":1},{"name":"naïve 列"}]"#, "  {}  ", #""plain""#, "0",
        ]
        for text in documents {
            let expected = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
            #expect(JSONReader.parse(text) == expected, "\(text)")
        }
        for broken in ["", "{", "[1,]", #"{"a" 1}"#, "tru", #""open"#, "{} x", #""\u12""#] {
            #expect(JSONReader.parse(broken) == nil, "\(broken)")
        }
        let columns = [Column(name: "ID", type: "NUMBER", nullable: false, position: 1, description: "k\"ey", tags: ["pk"])]
        #expect(JSONReader.parse(JSONWriter.text(columns))?.arrayValue?.compactMap(Column.init(json:)) == columns)
        let business = BusinessMetadata(description: "d", owners: ["o"], tags: ["t"], classification: "c", customProperties: ["k": .number(1)])
        #expect(JSONReader.parse(JSONWriter.text(business.jsonValue)).flatMap(BusinessMetadata.init(json:)) == business)
    }

    @Test("schema fingerprints change with names, types, nullability and order only")
    func fingerprint() {
        let columns = [Column(name: "ID", type: "NUMBER", nullable: false, position: 1), Column(name: "NAME", type: "VARCHAR2", position: 2)]
        var described = columns
        described[0].description = "the key"
        #expect(SchemaFingerprint.of(columns) == SchemaFingerprint.of(described))
        var retyped = columns
        retyped[1].type = "CLOB"
        #expect(SchemaFingerprint.of(columns) != SchemaFingerprint.of(retyped))
        #expect(SchemaFingerprint.of(columns) != SchemaFingerprint.of(columns.reversed()))
        #expect(SchemaFingerprint.of([]) == "")
    }

    @Test("timestamps in the forms clients send")
    func timestamps() {
        #expect(Timestamp.parse("2024-05-01T12:00:00Z") == Date(timeIntervalSince1970: 1_714_564_800))
        #expect(Timestamp.parse("2024-05-01T14:00:00.500+02:00") == Date(timeIntervalSince1970: 1_714_564_800.5))
        #expect(Timestamp.parse("2024-05-01") == Date(timeIntervalSince1970: 1_714_521_600))
        #expect(Timestamp.parse("yesterday") == nil)
    }
}
