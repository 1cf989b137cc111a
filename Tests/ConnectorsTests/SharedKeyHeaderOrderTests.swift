import Testing

@testable import Connectors

/// The service's order of `x-ms-` header names, as the official Python SDK (12.31.1) sorts them.
@Suite struct SharedKeyHeaderOrderTests {
    @Test func namesSortAsTheServiceSortsThem() {
        let expected = [
            "x-ms-blob-content-type", "x-ms-blob-type", "x-ms-client-request-id", "x-ms-date", "x-ms-meta-9",
            "x-ms-metaa", "x-ms-meta-a", "x-ms-meta-a.b", "x-ms-meta-a_b", "x-ms-meta-a~", "x-ms-meta-a1",
            "x-ms-meta-ab", "x-ms-meta-ab-", "x-ms-meta-a-b", "x-ms-meta-b", "x-ms-meta-z", "x-ms-range", "x-ms-version",
        ]
        let shuffled = expected.reversed() + []
        #expect(shuffled.sorted(by: SharedKeyHeaderOrder.areInIncreasingOrder) == expected)
        // Plain byte order would differ, which is why the collation exists.
        #expect(expected.sorted() != expected)
    }
}
