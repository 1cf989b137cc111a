/// Which members of a data set to read a schema from: spread over the data set, never more than the cap.
enum SampleSelection {
    /// Indices into `count` members sorted by key: the first and the last; then one member of each partition
    /// (`partitions` holds each partition's member indices, ascending), partitions spread evenly when there
    /// are more of them than the cap allows; then members spread evenly over the data set up to the cap.
    static func choose(count: Int, partitions: [[Int]], cap: Int) -> [Int] {
        guard count > 0 else { return [] }
        let cap = max(1, cap)
        if count <= cap { return Array(0..<count) }
        var chosen: Set<Int> = [count - 1]
        if cap > 1 { chosen.insert(0) }

        let uncovered = partitions.filter { members in !members.isEmpty && !members.contains(where: chosen.contains) }
        for index in spread(uncovered.count, pick: cap - chosen.count) {
            // The last member of a partition: part files are numbered, the last written last.
            if let last = uncovered[index].last { chosen.insert(last) }
        }

        // Evenly spaced over the whole data set, thinned evenly if the partitions took part of the budget.
        let even = cap > 1 ? (0..<cap).map { $0 * (count - 1) / (cap - 1) }.filter { !chosen.contains($0) } : []
        for index in spread(even.count, pick: cap - chosen.count) { chosen.insert(even[index]) }

        let remaining = cap - chosen.count
        if remaining > 0 {
            let rest = (0..<count).filter { !chosen.contains($0) }
            for index in spread(rest.count, pick: remaining) { chosen.insert(rest[index]) }
        }
        return chosen.sorted()
    }

    /// `pick` indices out of `0..<count`, evenly spaced and centred in their strides (all when `pick >= count`).
    static func spread(_ count: Int, pick: Int) -> [Int] {
        guard pick > 0, count > 0 else { return [] }
        guard pick < count else { return Array(0..<count) }
        return (0..<pick).map { ((2 * $0 + 1) * count) / (2 * pick) }
    }
}
