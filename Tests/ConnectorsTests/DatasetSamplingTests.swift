import Connectors
import Testing

@Suite struct DatasetSamplingTests {
    private func partitioned(partitions: Int, filesEach: Int) -> [ListedObject] {
        var keys: [String] = []
        for partition in 0..<partitions {
            for file in 0..<filesEach { keys.append("t/id=\(1000 + partition)/part-\(file).parquet") }
        }
        return DatasetListing.objects(keys)
    }

    @Test func morePartitionsThanTheCapAreSpreadOneFileEach() {
        let plan = DatasetLayout.plan(partitioned(partitions: 100, filesEach: 3), policy: SamplingPolicy(maxSamplesPerDataset: 32))
        let table = plan.datasets[0]
        #expect(table.sampleIndices.count == 32)
        #expect(table.sampleIndices.first == 0)
        #expect(table.sampleIndices.last == table.members.count - 1)
        let partitions = table.sampleIndices.compactMap { table.members[$0].partition }
        #expect(Set(partitions).count == 32)
        // Spread: no stretch of more than a few partitions without a sample.
        let sorted = Set(partitions).sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1 - $0 }
        #expect(gaps.max() ?? 0 <= 4)
    }

    @Test func everyPartitionIsSampledWhenTheCapAllowsAndTheRestFillsTheCap() {
        let plan = DatasetLayout.plan(partitioned(partitions: 10, filesEach: 10))
        let table = plan.datasets[0]
        #expect(table.sampleIndices.count == 32)
        #expect(Set(table.sampleIndices.compactMap { table.members[$0].partition }).count == 10)
        #expect(table.sampleIndices.contains(0))
        #expect(table.sampleIndices.contains(99))
        #expect(Set(table.sampleIndices).count == table.sampleIndices.count)
    }

    @Test func folderSamplesAreSpreadEvenlyIncludingFirstAndLast() {
        let keys = (0..<100).map { "f/part-\(1000 + $0).csv" }
        let plan = DatasetLayout.plan(DatasetListing.objects(keys), policy: SamplingPolicy(maxSamplesPerDataset: 8))
        let samples = plan.datasets[0].sampleIndices
        #expect(samples.count == 8)
        #expect(samples.first == 0)
        #expect(samples.last == 99)
        let gaps = zip(samples, samples.dropFirst()).map { $1 - $0 }
        #expect(gaps.min() ?? 0 >= 13)
        #expect(gaps.max() ?? 0 <= 15)
    }

    @Test func smallDatasetsAreReadWholeAndLoneFilesAlways() {
        let plan = DatasetLayout.plan(DatasetListing.objects(["f/a.csv", "f/b.csv", "f/c.csv", "g/lone.avro"]),
                                      policy: SamplingPolicy(maxSamplesPerDataset: 2))
        #expect(plan.datasets[0].sampleIndices == [0, 2])
        #expect(plan.samples.map(\.key) == ["f/a.csv", "f/c.csv", "g/lone.avro"])
    }

    @Test func aCapOfOneReadsTheLastFile() {
        let plan = DatasetLayout.plan(partitioned(partitions: 4, filesEach: 2), policy: SamplingPolicy(maxSamplesPerDataset: 0))
        #expect(plan.datasets[0].sampleIndices == [7])
    }
}
