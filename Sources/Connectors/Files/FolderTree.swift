/// The folders of one container built from its listing in one pass, so the plan never rescans keys.
struct FolderTree {
    struct Node {
        /// The last path segment ("" for the container).
        var name: String
        var path: String
        var children: [String: Int] = [:]
        /// Indices into `objects` of the visible files directly in this folder.
        var files: [Int] = []
        /// Indices into `objects` of everything under this folder's `_delta_log/`.
        var deltaLog: [Int] = []
        var hasDeltaLog = false
        var stats = ObjectStats()

        /// Children sorted by name, for a deterministic plan.
        var sortedChildren: [Int] { children.sorted { $0.key < $1.key }.map(\.value) }
    }

    /// Where a folder path leads: a visible folder, the Delta log of one, or somewhere hidden.
    private enum Place {
        case folder(Int)
        case deltaLog(Int)
        case hidden
    }

    var container: String
    var objects: [StoredObject] = []
    var nodes: [Node] = [Node(name: "", path: "")]
    /// Hidden objects and folder placeholders.
    var ignored = 0
    /// The last folder path resolved, with its place and the folders on the way: listings come in key
    /// order, so most keys share the previous key's folder and skip the walk.
    private var lastFolder: Substring?
    private var lastPlace = Place.folder(0)
    private var lastPath = [0]

    init(container: String) {
        self.container = container
    }

    /// Files a key into its folder, creating the folders on its way and counting it in each.
    mutating func insert(_ object: StoredObject) {
        let key = object.key
        let slash = key.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { key[..<$0] } ?? ""
        let name = slash.map { key[key.index(after: $0)...] } ?? key[...]
        if folder != lastFolder {
            var path = [0]
            lastPlace = resolve(folder, path: &path)
            lastPath = path
            lastFolder = folder
        }
        let index = objects.count
        objects.append(object)
        switch lastPlace {
        case .hidden:
            ignored += 1
        case .deltaLog(let node):
            if name.isEmpty { ignored += 1; return }
            nodes[node].deltaLog.append(index)
            count(object)
        case .folder(let node):
            if name.isEmpty || StoragePath.isHidden(name) {
                ignored += 1
            } else if name == "_delta_log" {
                // A folder placeholder without the slash (a Data Lake directory blob).
                nodes[node].hasDeltaLog = true
                ignored += 1
            } else {
                nodes[node].files.append(index)
                count(object)
            }
        }
    }

    /// Whether file `index` in folder `node` is a Data Lake directory blob: empty and named like a subfolder.
    func isDirectoryBlob(_ index: Int, in node: Int) -> Bool {
        let object = objects[index]
        return object.size == 0 && nodes[node].children[StoragePath.name(object.key)] != nil
    }

    /// Walks `folder` from the top, creating folders, and collects the nodes on the way in `path`.
    private mutating func resolve(_ folder: Substring, path: inout [Int]) -> Place {
        var node = 0
        for segment in folder.utf8.split(separator: UInt8(ascii: "/")) {
            let name = Substring(segment)
            if name == "_delta_log" {
                nodes[node].hasDeltaLog = true
                return .deltaLog(node)
            }
            if StoragePath.isHidden(name) { return .hidden }
            node = child(named: name, of: node)
            path.append(node)
        }
        return .folder(node)
    }

    private mutating func child(named name: Substring, of parent: Int) -> Int {
        let key = String(name)
        if let existing = nodes[parent].children[key] { return existing }
        let path = nodes[parent].path.isEmpty ? key : nodes[parent].path + "/" + key
        nodes.append(Node(name: key, path: path))
        nodes[parent].children[key] = nodes.count - 1
        return nodes.count - 1
    }

    private mutating func count(_ object: StoredObject) {
        for node in lastPath { nodes[node].stats.add(object) }
    }
}
