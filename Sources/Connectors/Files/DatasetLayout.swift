/// The first step of storage discovery: from a listing alone, which folders, data sets and files there are,
/// and which objects to read schemas from. Pure: the engine lists and reads, this decides.
///
/// The rules, without any path patterns to write:
/// - A folder holding `_delta_log/` is one Delta table; everything below it is its data.
/// - Hive (`name=value`) and date (`2024/`, `2024/01/`, `2024/01/15/`, `2024-01-15/`, an hour under a day)
///   partition folders fold into one data set rooted at the folder above the first of them.
/// - Two or more files of one format (and compression) directly in a folder are a data set named after
///   the folder; a lone file, or one whose format no reader knows, is a file asset.
/// - Hidden objects (a leading `.` or `_`, `.crc`, `_SUCCESS`, `_temporary/`) are left out.
/// - Every container and folder outside data sets' partition folders and Delta tables is browsable.
public enum DatasetLayout {
    /// Plans the objects of a listing; `containers` adds containers that may be empty (they get an asset too).
    public static func plan(_ objects: [ListedObject], containers: [String] = [],
                            policy: SamplingPolicy = SamplingPolicy()) -> LayoutPlan {
        var trees: [String: FolderTree] = [:]
        for container in containers { trees[container] = FolderTree(container: container) }
        for listed in objects {
            trees[listed.container, default: FolderTree(container: listed.container)].insert(listed.object)
        }
        var plan = LayoutPlan()
        for container in trees.keys.sorted() {
            guard let tree = trees[container] else { continue }
            var walker = LayoutWalker(tree: tree, policy: policy)
            walker.walk()
            plan.folders += walker.plan.folders
            plan.datasets += walker.plan.datasets
            plan.files += walker.plan.files
            plan.ignoredCount += walker.plan.ignoredCount
            plan.warnings += walker.plan.warnings
        }
        return plan
    }
}
