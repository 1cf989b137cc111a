// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "torro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "torro", targets: ["torro"]),
        .executable(name: "torro-bench", targets: ["torro-bench"]),
        .executable(name: "sql-bench", targets: ["sql-bench"]),
        .executable(name: "torro-blob-server", targets: ["torro-blob-server"]),
        .executable(name: "discovery-bench", targets: ["discovery-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/async-kit.git", from: "1.22.0"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
    ],
    targets: [
        .target(name: "CatalogModel"),
        .target(name: "SQLSyntax"),
        .target(name: "SQLLineage", dependencies: ["SQLSyntax", "CatalogModel"], exclude: ["README.md"]),
        .target(
            name: "CatalogStore",
            dependencies: [
                "CatalogModel",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "AsyncKit", package: "async-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "FileFormats",
            dependencies: [
                "CatalogModel",
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "Connectors",
            dependencies: [
                "CatalogModel", "FileFormats",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
            ]
        ),
        .target(
            name: "CatalogServices",
            dependencies: [
                "CatalogModel", "CatalogStore", "Connectors", "SQLLineage", "SQLSyntax",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "CatalogServer",
            dependencies: [
                "CatalogServices", "CatalogModel", "CatalogStore", "Connectors",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "torro",
            dependencies: [
                "CatalogServer", "CatalogServices", "CatalogStore", "CatalogModel", "SQLLineage", "SQLSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "torro-bench",
            dependencies: ["CatalogStore", "CatalogModel", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(name: "sql-bench", dependencies: ["SQLLineage", "SQLSyntax", "CatalogModel"]),
        .target(
            name: "TestSupport",
            dependencies: ["CatalogStore", "CatalogModel", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestSupport"
        ),
        .target(
            name: "BlobTestServer",
            dependencies: [
                "Connectors",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/BlobTestServer"
        ),
        .executableTarget(
            name: "torro-blob-server",
            dependencies: ["BlobTestServer", .product(name: "Hummingbird", package: "hummingbird")],
            path: "Tests/torro-blob-server"
        ),
        .executableTarget(
            name: "discovery-bench",
            dependencies: ["CatalogServices", "CatalogStore", "CatalogModel", "Connectors", "BlobTestServer",
                           .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(name: "CatalogModelTests", dependencies: ["CatalogModel"]),
        .testTarget(name: "FileFormatsTests", dependencies: ["FileFormats"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ConnectorsTests",
            dependencies: ["Connectors", "FileFormats", "BlobTestServer", "CatalogModel",
                           .product(name: "Hummingbird", package: "hummingbird")]
        ),
        .testTarget(name: "SQLSyntaxTests", dependencies: ["SQLSyntax"]),
        .testTarget(name: "SQLLineageTests", dependencies: ["SQLLineage", "SQLSyntax"], exclude: ["KnownGaps"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "CatalogStoreTests",
            dependencies: ["CatalogStore", "CatalogModel", "TestSupport"]
        ),
        .testTarget(
            name: "CatalogServerTests",
            dependencies: [
                "CatalogServer", "CatalogServices", "CatalogStore", "CatalogModel", "Connectors", "TestSupport", "BlobTestServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
    ]
)
