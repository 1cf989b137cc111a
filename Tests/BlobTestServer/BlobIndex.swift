/// The blobs of one container, kept sorted by name so a listing page costs a binary search plus the page itself.
///
/// New names are appended when they sort last (the usual case when seeding) and otherwise make the order dirty;
/// the next listing sorts once. A scan per page would make listing 100,000 blobs quadratic.
struct BlobIndex<Value: Sendable>: Sendable {
    private(set) var values: [BlobKey: Value] = [:]
    private var sortedKeys: [BlobKey] = []
    private var sorted = true

    var count: Int { values.count }

    subscript(key: BlobKey) -> Value? {
        get { values[key] }
        set {
            guard let newValue else {
                remove(key)
                return
            }
            if values.updateValue(newValue, forKey: key) == nil {
                if sorted, let last = sortedKeys.last, key < last {
                    sorted = false
                }
                sortedKeys.append(key)
            }
        }
    }

    private mutating func remove(_ key: BlobKey) {
        guard values.removeValue(forKey: key) != nil else { return }
        sortEnsured()
        sortedKeys.remove(at: lowerBound(key))
    }

    /// Up to `limit` items from `start` on (names at or after it), under `prefix`, with names containing `delimiter`
    /// after the prefix rolled up into one prefix item; and the name to continue from, if any remain.
    mutating func page(prefix: String, delimiter: String?, start: BlobKey?, limit: Int) -> (items: [ListingItem], next: BlobKey?) {
        sortEnsured()
        let prefixKey = BlobKey(prefix)
        var index = lowerBound(start.map { Swift.max($0, prefixKey) } ?? prefixKey)
        var items: [ListingItem] = []
        while index < sortedKeys.count, sortedKeys[index].hasPrefix(prefix) {
            if items.count == limit { return (items, sortedKeys[index]) }
            let key = sortedKeys[index]
            if let rollUp = Self.rollUp(key.name, prefix: prefix, delimiter: delimiter) {
                items.append(.prefix(rollUp))
                index = firstIndex(notPrefixedBy: rollUp, from: index)
            } else {
                items.append(.blob(key))
                index += 1
            }
        }
        return (items, nil)
    }

    /// `prefix` + the rest of `name` up to and including the first `delimiter`, when there is one.
    private static func rollUp(_ name: String, prefix: String, delimiter: String?) -> String? {
        guard let delimiter, !delimiter.isEmpty else { return nil }
        let rest = name.utf8.dropFirst(prefix.utf8.count)
        let delimiterBytes = Array(delimiter.utf8)
        var position = rest.startIndex
        while position < rest.endIndex {
            if rest[position...].starts(with: delimiterBytes) {
                let end = name.utf8.index(position, offsetBy: delimiterBytes.count)
                return String(decoding: name.utf8[..<end], as: UTF8.self)
            }
            position = rest.index(after: position)
        }
        return nil
    }

    private mutating func sortEnsured() {
        if !sorted {
            sortedKeys.sort()
            sorted = true
        }
    }

    /// The first position whose key is not below `key`.
    private func lowerBound(_ key: BlobKey) -> Int {
        var low = 0, high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first position at or after `from` whose key does not start with `prefix` (such keys are contiguous).
    private func firstIndex(notPrefixedBy prefix: String, from: Int) -> Int {
        var low = from, high = sortedKeys.count
        while low < high {
            let middle = (low + high) / 2
            if sortedKeys[middle].hasPrefix(prefix) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
