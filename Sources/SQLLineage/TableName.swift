/// A table as lineage reports it: name parts as the dialect folds them, and the database link if any.
public struct TableName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var parts: [String] { didSet { (description, key) = Self.text(parts, link) } }
    public var link: String? { didSet { (description, key) = Self.text(parts, link) } }
    /// `SCHEMA.TABLE` or `SCHEMA.TABLE@LINK`; kept, since names are hashed and compared far more often than built.
    public private(set) var description: String
    /// The description lower-cased, for lookups in schema providers and scopes.
    private(set) var key: String

    public init(_ parts: [String], link: String? = nil) {
        self.parts = parts
        self.link = link
        (description, key) = Self.text(parts, link)
    }

    private static func text(_ parts: [String], _ link: String?) -> (String, String) {
        let text = parts.joined(separator: ".") + (link.map { "@" + $0 } ?? "")
        return (text, text.lowercased())
    }

    public static func == (lhs: TableName, rhs: TableName) -> Bool { lhs.description == rhs.description }

    public func hash(into hasher: inout Hasher) { hasher.combine(description) }

    /// The last name part (the table itself).
    public var name: String { parts.last ?? "" }

    /// The last name part lower-cased: the name a table is referred to by when it has no alias.
    var nameKey: String { parts.last?.lowercased() ?? "" }


    public static func < (lhs: TableName, rhs: TableName) -> Bool { lhs.description < rhs.description }
}

/// A column of a table.
public struct ColumnName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var table: TableName
    public var column: String
    /// Read through the written table's own row in its UPDATE, MERGE or DELETE: such reads make no pairs.
    var viaTarget = false

    public init(table: TableName, column: String) {
        self.table = table
        self.column = column
    }

    /// The same column without the own-row mark.
    var plain: ColumnName { ColumnName(table: table, column: column) }

    public var description: String { "\(table).\(column)" }

    public static func < (lhs: ColumnName, rhs: ColumnName) -> Bool { lhs.description < rhs.description }
}

/// How a written value is made from a source column; when several apply, the one listed first wins.
public enum Transformation: String, Sendable, Comparable, CaseIterable {
    case aggregation, window, conditional, expression, identity

    var rank: Int {
        switch self {
        case .identity: 0
        case .expression: 1
        case .conditional: 2
        case .window: 3
        case .aggregation: 4
        }
    }

    public static func < (lhs: Transformation, rhs: Transformation) -> Bool { lhs.rank < rhs.rank }
}

/// Where a value comes from: each source column with how the value is made from it.
typealias Flow = [ColumnName: Transformation]

extension Dictionary where Key == ColumnName, Value == Transformation {
    /// Adds `other`, keeping the stronger transformation for a column in both.
    mutating func merge(_ other: Flow) {
        for (column, transformation) in other { self[column] = Swift.max(self[column] ?? transformation, transformation) }
    }

    /// The column this value is an unchanged copy of, when it is one (a view's column written through).
    var identitySource: ColumnName? {
        first(where: { $0.value == .identity })?.key
    }

    /// The same flow with every transformation at least `floor`.
    func raised(to floor: Transformation) -> Flow {
        mapValues { Swift.max($0, floor) }
    }
}
