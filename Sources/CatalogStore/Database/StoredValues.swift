import CatalogModel
import Foundation
import SQLKit

/// How values are laid out in columns the same way on both engines: times as microseconds, JSON as text.
enum Stored {
    /// Microseconds since 1970, the portable timestamp of every time column.
    static func micros(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    static func date(_ micros: Int64) -> Date {
        Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }

    /// A JSON text column read back as a value.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(type, from: Data(text.utf8))
    }
}

extension SQLRow {
    /// A time column, stored as microseconds.
    func date(_ column: String) throws -> Date {
        Stored.date(try decode(column: column, as: Int64.self))
    }

    /// A nullable time column.
    func optionalDate(_ column: String) throws -> Date? {
        try decode(column: column, as: Int64?.self).map(Stored.date)
    }

    /// A JSON text column.
    func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        try Stored.decode(type, try decode(column: column, as: String.self))
    }

    /// A JSON text column holding a document, read with the fast reader.
    func document(_ column: String) throws -> JSONValue {
        let text = try decode(column: column, as: String.self)
        guard let value = JSONReader.parse(text) else {
            throw CatalogError(code: .internalError, message: "stored column \(column) does not hold JSON")
        }
        return value
    }

    /// A JSON object column.
    func object(_ column: String) throws -> JSONObject {
        try document(column).objectValue ?? [:]
    }

    /// A column-list column.
    func columns(_ column: String) throws -> [Column] {
        (try document(column).arrayValue ?? []).compactMap(Column.init(json:))
    }

    /// A business-metadata column.
    func business(_ column: String) throws -> BusinessMetadata {
        BusinessMetadata(json: try document(column)) ?? BusinessMetadata()
    }
}

extension Array {
    /// The array cut into consecutive pieces of at most `size` elements.
    func chunked(into size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: Swift.max(size, 1)).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
