/// Parquet's schema as a tree: the footer lists it flattened depth-first, each group giving its child count.
struct ParquetSchemaNode {
    static let maxDepth = 64

    var element: ParquetSchemaElement
    var children: [ParquetSchemaNode]

    var name: String { element.name ?? "" }
    var isGroup: Bool { element.type == nil || element.numChildren != nil }

    /// The root node built from the flattened list; every element must belong to it.
    static func tree(_ elements: [ParquetSchemaElement]) throws -> ParquetSchemaNode {
        var index = 0
        let root = try node(elements, &index, depth: 0)
        guard index == elements.count else {
            throw FileFormatError("corrupt Parquet schema: \(elements.count - index) elements are outside the root's children")
        }
        return root
    }

    private static func node(_ elements: [ParquetSchemaElement], _ index: inout Int, depth: Int) throws -> ParquetSchemaNode {
        guard depth <= maxDepth else {
            throw FileFormatError("corrupt Parquet schema: groups nest deeper than \(maxDepth) levels")
        }
        guard index < elements.count else {
            throw FileFormatError("corrupt Parquet schema: a group claims more children than the schema has elements")
        }
        let element = elements[index]
        index += 1
        let count = Int(element.numChildren ?? 0)
        guard count >= 0, count <= elements.count - index else {
            throw FileFormatError("corrupt Parquet schema: '\(element.name ?? "")' claims \(count) children")
        }
        var children: [ParquetSchemaNode] = []
        for _ in 0..<count {
            children.append(try node(elements, &index, depth: depth + 1))
        }
        return ParquetSchemaNode(element: element, children: children)
    }
}
