import CatalogModel
import Foundation

/// The query parameters of an asset list, parsed once with errors that name the parameter.
public struct AssetListRequest: Sendable {
    public var query: AssetQuery

    /// Parses `q`, `type`, `platform`, `catalog`, `schema`, `connection_id`, `review_status`, `lifecycle`, `tag`,
    /// `sort`, `limit` (1-500, default 50) and `cursor`.
    public init(parameters: [String: String]) throws(CatalogError) {
        var query = AssetQuery()
        func enumValue<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws(CatalogError) -> T? where T.RawValue == String {
            guard let text = parameters[name], !text.isEmpty else { return nil }
            guard let value = T(rawValue: text) else {
                throw CatalogError.invalid(name, "'\(text)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        func text(_ name: String) -> String? {
            guard let value = parameters[name], !value.isEmpty else { return nil }
            return value
        }
        query.text = text("q")
        query.type = try enumValue("type", AssetType.self)
        query.platform = text("platform")
        query.catalog = text("catalog")
        query.schema = text("schema")
        if let connection = text("connection_id") {
            guard let id = Int64(connection) else { throw CatalogError.invalid("connection_id", "must be a whole number") }
            query.connectionID = id
        }
        query.reviewStatus = try enumValue("review_status", ReviewStatus.self)
        query.lifecycle = try enumValue("lifecycle", Lifecycle.self)
        query.tag = text("tag")
        query.sort = try enumValue("sort", AssetQuery.Sort.self)
        if let limit = text("limit") {
            guard let value = Int(limit), Paging.limitRange.contains(value) else {
                throw CatalogError.invalid("limit", "must be a whole number from \(Paging.limitRange.lowerBound) to \(Paging.limitRange.upperBound)")
            }
            query.limit = value
        }
        if let cursor = text("cursor") {
            query.offset = try Cursor.offset(from: cursor)
        }
        self.query = query
    }
}

/// Opaque page cursors: the position of the next page, base64url-encoded.
public enum Cursor {
    /// The cursor of the page that starts at `offset`.
    public static func make(offset: Int) -> String {
        Data("o:\(offset)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The offset a cursor stands for; anything else is an `invalidInput` error naming `cursor`.
    public static func offset(from cursor: String) throws(CatalogError) -> Int {
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8),
              text.hasPrefix("o:"), let offset = Int(text.dropFirst(2)), offset >= 0, offset <= 10_000_000 else {
            throw CatalogError.invalid("cursor", "is not a cursor this server issued")
        }
        return offset
    }

    /// The cursor after a page, or nil on the last page.
    public static func next(offset: Int, count: Int, limit: Int, total: Int) -> String? {
        offset + count < total && count == limit ? make(offset: offset + limit) : nil
    }
}
