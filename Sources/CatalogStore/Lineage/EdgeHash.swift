import CatalogModel

/// The identity of an edge's content: same endpoints, process, kind, method and column mappings, same hash.
enum EdgeHash {
    static func of(_ draft: EdgeDraft) -> String {
        var canonical = [draft.source.rawValue, draft.process?.rawValue ?? "", draft.target.rawValue,
                         draft.relationshipType, draft.extractionMethod.rawValue].joined(separator: "\u{1}")
        let mappings = draft.columns.map { "\($0.sourceColumn)\u{3}\($0.targetColumn)\u{3}\($0.transformation)\u{3}\($0.expression ?? "")" }
        canonical += "\u{2}" + mappings.sorted().joined(separator: "\u{2}")
        return Digest.sha256Hex(canonical)
    }
}
