/// A shell-style pattern over `/`-separated blob paths: `*` and `?` stay inside one path segment,
/// `**` crosses segments, and `**/` also matches no folder at all (`raw/**/*.csv` matches `raw/a.csv`).
///
/// A pattern without `/` is matched against the last segment only, so `*.parquet` or `_SUCCESS`
/// match at any depth; a pattern with `/` is matched against the whole path.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal(Character)
        /// `?`: one character other than `/`.
        case one
        /// `*`: any run of characters other than `/`.
        case segment
        /// `**` not followed by `/`: any run of characters.
        case anything
        /// `**/`: nothing, or any run of characters that ends with `/`.
        case folders
    }

    /// The pattern as written.
    public let pattern: String
    let tokens: [Token]
    /// Whether the pattern is matched against the last path segment only.
    let matchesName: Bool

    public init(_ pattern: String) {
        self.pattern = pattern
        self.matchesName = !pattern.contains("/")
        let characters = Array(pattern)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "?":
                tokens.append(.one)
                index += 1
            case "*":
                var end = index
                while end < characters.count, characters[end] == "*" { end += 1 }
                if end - index >= 2 {
                    if end < characters.count, characters[end] == "/" {
                        tokens.append(.folders)
                        end += 1
                    } else {
                        tokens.append(.anything)
                    }
                } else {
                    tokens.append(.segment)
                }
                index = end
            default:
                tokens.append(.literal(character))
                index += 1
            }
        }
        self.tokens = tokens
    }

    public var description: String { pattern }

    /// Whether `path` (a blob name, without a leading `/`) matches.
    public func matches(_ path: String) -> Bool {
        let subject: Substring
        if matchesName, let slash = path.lastIndex(of: "/") {
            subject = path[path.index(after: slash)...]
        } else {
            subject = path[...]
        }
        return Self.match(tokens, Array(subject))
    }

    /// Dynamic programming over (token, character) from the ends, so patterns with many stars stay linear per row.
    private static func match(_ tokens: [Token], _ text: [Character]) -> Bool {
        let count = text.count
        // `next[j]`: whether tokens[i+1...] match text[j...]; starts as "the empty pattern matches only the empty rest".
        var next = [Bool](repeating: false, count: count + 1)
        next[count] = true
        var current = next
        for token in tokens.reversed() {
            for j in stride(from: count, through: 0, by: -1) {
                switch token {
                case .literal(let character):
                    current[j] = j < count && text[j] == character && next[j + 1]
                case .one:
                    current[j] = j < count && text[j] != "/" && next[j + 1]
                case .segment:
                    current[j] = next[j] || (j < count && text[j] != "/" && current[j + 1])
                case .anything:
                    current[j] = next[j] || (j < count && current[j + 1])
                case .folders:
                    var matched = next[j]
                    var k = j
                    while !matched, k < count {
                        if text[k] == "/" && next[k + 1] { matched = true }
                        k += 1
                    }
                    current[j] = matched
                }
            }
            swap(&current, &next)
        }
        return next[0]
    }
}
