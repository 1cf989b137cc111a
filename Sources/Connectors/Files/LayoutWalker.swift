import FileFormats

/// Walks one container's folder tree once, top down, and decides what each folder holds.
struct LayoutWalker {
    /// The files of one format competing for a folder: directly in it, and in partition folders below it.
    private struct FormatGroup {
        var kind: FileKind
        var direct: [Int] = []
        var partitioned: [(object: Int, partition: Int)] = []

        var count: Int { direct.count + partitioned.count }
        /// `csv`, `csv.gz`: how warnings name the format.
        var name: String { kind.format.rawValue + (kind.gzip ? ".gz" : "") }
        /// Whether the group is a data set if it wins its folder: any partition folders, or two files or more.
        var isDataset: Bool { !partitioned.isEmpty || direct.count >= 2 }
    }

    /// Partition folder chains found below one folder.
    private struct Chains {
        var paths: [String] = []
        var values: [[(column: String, value: String)]] = []
        var indexByPath: [String: Int] = [:]
        var members: [(object: Int, partition: Int)] = []

        mutating func partition(path: String, values chain: [(column: String, value: String)]) -> Int {
            if let index = indexByPath[path] { return index }
            paths.append(path)
            values.append(chain)
            indexByPath[path] = paths.count - 1
            return paths.count - 1
        }
    }

    let tree: FolderTree
    let policy: SamplingPolicy
    private(set) var plan = LayoutPlan()
    private var kinds = KindGuesser()

    init(tree: FolderTree, policy: SamplingPolicy) {
        self.tree = tree
        self.policy = policy
        plan.ignoredCount = tree.ignored
    }

    mutating func walk() {
        visit(0)
    }

    // MARK: folders

    /// A browsable folder: itself, a Delta table in it, its subfolders, then what its files and partition folders make.
    private mutating func visit(_ node: Int) {
        let folder = tree.nodes[node]
        plan.folders.append(PlannedFolder(container: tree.container, path: folder.path, stats: folder.stats))
        if folder.hasDeltaLog {
            delta(node)
            return
        }
        var chains = Chains()
        for child in folder.sortedChildren {
            let sub = tree.nodes[child]
            if !sub.hasDeltaLog, let segment = PartitionSegment.parse(sub.name[...], in: .start),
               isPartitionChain(child, segment: segment) {
                collect(child, segment: segment, parentPath: "", parentValues: [], into: &chains)
            } else {
                visit(child)
            }
        }
        decide(node, chains: chains)
    }

    /// Whether every folder below a partition folder is a partition folder too; one that is not (`2024/99/`,
    /// `year=2024/extra/`) makes the whole chain ordinary folders, visited as such.
    private func isPartitionChain(_ node: Int, segment: PartitionSegment) -> Bool {
        tree.nodes[node].children.values.allSatisfy { child in
            let sub = tree.nodes[child]
            guard !sub.hasDeltaLog, let next = PartitionSegment.parse(sub.name[...], in: segment.next) else { return false }
            return isPartitionChain(child, segment: next)
        }
    }

    /// Gathers the files of a partition folder and of the partition folders below it.
    private func collect(_ node: Int, segment: PartitionSegment, parentPath: String,
                         parentValues: [(column: String, value: String)], into chains: inout Chains) {
        let folder = tree.nodes[node]
        let path = parentPath.isEmpty ? folder.name : parentPath + "/" + folder.name
        let values = parentValues + segment.values
        let files = folder.files.filter { !tree.isDirectoryBlob($0, in: node) }
        if !files.isEmpty {
            let partition = chains.partition(path: path, values: values)
            chains.members += files.map { ($0, partition) }
        }
        for child in folder.sortedChildren {
            if let next = PartitionSegment.parse(tree.nodes[child].name[...], in: segment.next) {
                collect(child, segment: next, parentPath: path, parentValues: values, into: &chains)
            }
        }
    }

    // MARK: what a folder's files make

    /// One data set per folder: of the formats that could make one here, the one with the most files wins;
    /// the files of the other formats are catalogued one by one (with a warning when they were a data set's worth).
    private mutating func decide(_ node: Int, chains: Chains) {
        var groups: [FileKind: FormatGroup] = [:]
        var unknown: [Int] = []
        for object in tree.nodes[node].files where !tree.isDirectoryBlob(object, in: node) {
            if let kind = kinds.guess(tree.objects[object].key) {
                groups[kind, default: FormatGroup(kind: kind)].direct.append(object)
            } else {
                unknown.append(object)
            }
        }
        for member in chains.members {
            if let kind = kinds.guess(tree.objects[member.object].key) {
                groups[kind, default: FormatGroup(kind: kind)].partitioned.append(member)
            } else {
                unknown.append(member.object)
            }
        }

        let ranked = groups.values.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs.name < rhs.name
        }
        let winner = ranked.first { $0.isDataset }?.name
        for group in ranked {
            if group.name == winner {
                dataset(node, group: group, chains: chains)
                continue
            }
            if group.isDataset, let winner {
                let place = display(tree.nodes[node].path)
                plan.warnings.append("\(place) holds \(group.count) \(group.name) files besides its \(winner) data set; "
                    + "they are catalogued as single files. Keep one format per folder to make them a data set of their own.")
            }
            for object in group.direct + group.partitioned.map(\.object) {
                plan.files.append(PlannedFile(container: tree.container, object: tree.objects[object], kind: group.kind))
            }
        }
        for object in unknown {
            plan.files.append(PlannedFile(container: tree.container, object: tree.objects[object], kind: nil))
        }
    }

    /// The data set a folder's winning format makes; files directly in the folder join a partitioned one
    /// as its unpartitioned part (partition path "").
    private mutating func dataset(_ node: Int, group: FormatGroup, chains: Chains) {
        let folder = tree.nodes[node]
        if group.partitioned.isEmpty {
            let members = group.direct.map { DatasetMember(object: tree.objects[$0]) }.sorted { $0.object.key < $1.object.key }
            let samples = SampleSelection.choose(count: members.count, partitions: [], cap: policy.maxSamplesPerDataset)
            plan.datasets.append(PlannedDataset(container: tree.container, path: folder.path, layout: .folder,
                                                format: group.kind.format, gzip: group.kind.gzip,
                                                members: members, sampleIndices: samples))
            return
        }

        // Renumber the partitions this format uses; the folder's own files form the partition "".
        var partitions: [DatasetPartition] = []
        var columns: [String] = []
        var renumbered: [Int: Int] = [:]
        func use(path: String, values: [(column: String, value: String)]) -> Int {
            for (column, _) in values where !columns.contains(column) { columns.append(column) }
            var dictionary: [String: String] = [:]
            for (column, value) in values { dictionary[column] = value }
            partitions.append(DatasetPartition(path: path, values: dictionary))
            return partitions.count - 1
        }
        var members: [DatasetMember] = []
        members.reserveCapacity(group.count)
        for (object, partition) in group.partitioned {
            let index: Int
            if let known = renumbered[partition] {
                index = known
            } else {
                index = use(path: chains.paths[partition], values: chains.values[partition])
                renumbered[partition] = index
            }
            members.append(DatasetMember(object: tree.objects[object], partition: index))
        }
        if !group.direct.isEmpty {
            let root = use(path: "", values: [])
            members += group.direct.map { DatasetMember(object: tree.objects[$0], partition: root) }
        }
        members.sort { $0.object.key < $1.object.key }

        var byPartition = [[Int]](repeating: [], count: partitions.count)
        for (index, member) in members.enumerated() {
            if let partition = member.partition { byPartition[partition].append(index) }
        }
        let samples = SampleSelection.choose(count: members.count, partitions: byPartition, cap: policy.maxSamplesPerDataset)
        plan.datasets.append(PlannedDataset(container: tree.container, path: folder.path, layout: .partitioned,
                                            format: group.kind.format, gzip: group.kind.gzip, members: members,
                                            partitionColumns: columns, partitions: partitions, sampleIndices: samples))
    }

    // MARK: Delta

    /// A Delta table: every visible file below the folder is a member (the log decides which are live),
    /// its partitions read from `name=value` folders, and nothing below it is browsable.
    private mutating func delta(_ node: Int) {
        var members: [DatasetMember] = []
        var partitions: [DatasetPartition] = []
        var columns: [String] = []
        var partitionByPath: [String: Int] = [:]
        var pending: [(node: Int, path: String, values: [String: String])] = [(node, "", [:])]
        while let (current, path, values) = pending.popLast() {
            let folder = tree.nodes[current]
            let files = folder.files.filter { !tree.isDirectoryBlob($0, in: current) }
            if !files.isEmpty {
                let partition: Int
                if let known = partitionByPath[path] {
                    partition = known
                } else {
                    partitions.append(DatasetPartition(path: path, values: values))
                    partition = partitions.count - 1
                    partitionByPath[path] = partition
                }
                members += files.map { DatasetMember(object: tree.objects[$0], partition: partition) }
            }
            for child in folder.sortedChildren.reversed() {
                let name = tree.nodes[child].name
                var childValues = values
                if let segment = PartitionSegment.parse(name[...], in: .start), segment.next == .start {
                    for (column, value) in segment.values {
                        childValues[column] = value
                        if !columns.contains(column) { columns.append(column) }
                    }
                }
                pending.append((child, path.isEmpty ? name : path + "/" + name, childValues))
            }
        }
        members.sort { $0.object.key < $1.object.key }
        let log = tree.nodes[node].deltaLog.map { tree.objects[$0] }
        let logFiles = DeltaLogSelection.choose(log).map { ObjectKey(container: tree.container, key: log[$0].key) }
        if logFiles.isEmpty {
            plan.warnings.append("\(display(tree.nodes[node].path)) has a _delta_log folder without commits or checkpoints; "
                + "it is catalogued as a Delta table without a schema.")
        }
        plan.datasets.append(PlannedDataset(container: tree.container, path: tree.nodes[node].path, layout: .delta,
                                            format: .delta, gzip: false, members: members, partitionColumns: columns,
                                            partitions: partitions, deltaLogFiles: logFiles))
    }

    private func display(_ path: String) -> String {
        let shown = StoragePath.join([tree.container, path])
        return shown.isEmpty ? "The root folder" : shown
    }
}
