import CatalogModel

/// Generates the catalog: asset `i` is always the same Oracle table, PostgreSQL table or Azure Parquet file,
/// with 5-20 typed columns and the technical metadata its connector would report.
struct AssetGenerator: Sendable {
    let seed: UInt64

    /// The URN of dataset `i`; the lineage graph uses the same numbering, so its nodes are catalog assets.
    func urn(_ index: Int) -> URN {
        describe(index).urn
    }

    /// The first `count` assets.
    func assets(count: Int) -> [AssetInput] {
        (0..<count).map(asset)
    }

    /// Asset `index`, with columns and metadata.
    func asset(_ index: Int) -> AssetInput {
        var random = generator(index, salt: 1)
        var place = describe(index)
        let picked = pickColumns(count: 5 + random.index(16), random: &random)
        let columns = picked.enumerated().map { position, word in
            Column(name: place.columnName(word.name), type: place.columnType(word), nullable: position > 0,
                   position: position + 1, description: random.unit() < 0.3 ? word.comment : nil)
        }
        let rows = Double(random.index(50_000_000))
        place.technical["row_count"] = .number(rows)
        place.technical["size_bytes"] = .number(rows * Double(40 + columns.count * 12))
        let operational: JSONObject = [
            "last_modified": .string("2025-\(two(1 + random.index(12)))-\(two(1 + random.index(28)))T02:00:00Z"),
            "freshness_hours": .number(Double(1 + random.index(72))),
        ]
        return AssetInput(urn: place.urn, name: place.name, type: place.type, platform: place.platform,
                          catalog: place.catalog, schema: place.schema, technical: place.technical,
                          operational: operational, columns: columns)
    }

    /// Where asset `index` lives: platform, names, URN and platform-specific technical metadata.
    private func describe(_ index: Int) -> Place {
        var random = generator(index, salt: 2)
        let stem = random.pick(Vocabulary.tableStems)
        switch index % 10 {
        case 0..<5:
            let host = "db\(1 + index % 40).example.com:1521"
            let service = random.pick(Vocabulary.oracleServices)
            let schema = random.pick(Vocabulary.oracleSchemas)
            let name = "\(stem)_\(index)".uppercased()
            let isView = random.unit() < 0.15
            return Place(urn: URN(trusted: "urn:dataset:oracle:\(host)/\(service).\(schema).\(name)"), name: name,
                         type: isView ? .view : .table, platform: "oracle", catalog: service, schema: schema,
                         technical: ["tablespace": .string(random.pick(["USERS", "DATA01", "DWH_TS"])),
                                     "partitioned": .bool(random.unit() < 0.1),
                                     "last_analyzed": .string("2025-05-\(two(1 + random.index(28)))")])
        case 5..<8:
            let host = "pg\(1 + index % 12).example.com:5432"
            let database = random.pick(Vocabulary.postgresDatabases)
            let schema = random.pick(Vocabulary.postgresSchemas)
            let name = "\(stem)_\(index)"
            let type: AssetType = random.unit() < 0.8 ? .table : random.unit() < 0.5 ? .view : .materializedView
            return Place(urn: URN(trusted: "urn:dataset:postgres:\(host)/\(database).\(schema).\(name)"), name: name,
                         type: type, platform: "postgres", catalog: database, schema: schema,
                         technical: ["owner": .string(random.pick(["app", "etl", "reporting"])),
                                     "persistence": .string("permanent")])
        default:
            let account = "st\(random.pick(["sales", "fin", "lake"]))\(1 + index % 6)"
            let container = random.pick(Vocabulary.azureContainers)
            let name = "\(stem)_\(index).parquet"
            let path = "\(container)/\(random.pick(Vocabulary.azureFolders))/\(name)"
            return Place(urn: URN(trusted: "urn:dataset:azure:\(account)/\(path)"), name: name, type: .file,
                         platform: "azure", catalog: account, schema: container,
                         technical: ["format": .string("parquet"), "compression": .string("snappy"),
                                     "blob_count": .number(Double(1 + random.index(40)))])
        }
    }

    private func pickColumns(count: Int, random: inout SeededGenerator) -> [Vocabulary.ColumnWord] {
        var chosen = [Vocabulary.columns[0]]
        var taken: Set<String> = ["id"]
        while chosen.count < count {
            let word = random.pick(Vocabulary.columns)
            if taken.insert(word.name).inserted { chosen.append(word) }
        }
        return chosen
    }

    private func generator(_ index: Int, salt: UInt64) -> SeededGenerator {
        SeededGenerator(seed: seed ^ (UInt64(index) &* 0x2545_F491_4F6C_DD1D) ^ (salt << 56))
    }

    private func two(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }
}

/// The platform-dependent part of a generated asset.
private struct Place {
    let urn: URN
    let name: String
    let type: AssetType
    let platform: String
    let catalog: String
    let schema: String
    var technical: JSONObject

    /// Oracle folds unquoted names to upper case; PostgreSQL and Parquet keep them lower case.
    func columnName(_ name: String) -> String {
        platform == "oracle" ? name.uppercased() : name
    }

    func columnType(_ word: Vocabulary.ColumnWord) -> String {
        switch platform {
        case "oracle": word.oracle
        case "postgres": word.postgres
        default: word.parquet
        }
    }
}
