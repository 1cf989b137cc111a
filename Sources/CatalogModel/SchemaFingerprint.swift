/// A stable fingerprint of a column set: equal for the same names, types, nullability and order.
public enum SchemaFingerprint {
    /// A hash of the columns' names, types, nullability and positions ("" for no columns).
    public static func of(_ columns: [Column]) -> String {
        guard !columns.isEmpty else { return "" }
        var canonical = ""
        for column in columns {
            canonical += "\(column.name)\u{1}\(column.type ?? "")\u{1}\(column.nullable.map(String.init) ?? "")\u{1}\(column.position.map(String.init) ?? "")\u{2}"
        }
        return StableHash.fnv1a(canonical)
    }
}
