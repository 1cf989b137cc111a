import FileFormats

extension FileSchema {
    /// Column name to type, for compact expectations.
    var types: [String: String] {
        Dictionary(columns.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    func column(_ name: String) -> FileColumn? {
        columns.first { $0.name == name }
    }
}
