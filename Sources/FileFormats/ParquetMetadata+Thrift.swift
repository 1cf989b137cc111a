extension ParquetMetadata {
    /// Decodes FileMetaData from the footer bytes (field ids from parquet.thrift).
    static func decode(_ bytes: [UInt8]) throws -> ParquetMetadata {
        var reader = ThriftCompactReader(bytes, what: "Parquet footer")
        var metadata = ParquetMetadata()
        var sawSchema = false
        try reader.readStruct { reader, field in
            switch (field.id, field.type) {
            case (1, _): metadata.version = try reader.readI32(field)
            case (2, .list):
                sawSchema = true
                try reader.readList { reader, type in
                    guard type == .structure else { throw reader.corrupt("schema elements should be structs") }
                    metadata.schema.append(try ParquetSchemaElement.decode(&reader))
                }
            case (3, _): metadata.numRows = try reader.readI64(field)
            case (4, .list):
                try reader.readList { reader, type in
                    guard type == .structure else { throw reader.corrupt("row groups should be structs") }
                    metadata.rowGroups.append(try ParquetRowGroup.decode(&reader))
                }
            case (6, .binary): metadata.createdBy = try reader.readString(field)
            default: try reader.skip(field)
            }
        }
        guard sawSchema, !metadata.schema.isEmpty else {
            throw FileFormatError("corrupt Parquet footer: it has no schema")
        }
        return metadata
    }
}

extension ParquetSchemaElement {
    static func decode(_ reader: inout ThriftCompactReader) throws -> ParquetSchemaElement {
        var element = ParquetSchemaElement()
        try reader.readStruct { reader, field in
            switch field.id {
            case 1: element.type = try reader.readI32(field)
            case 2: element.typeLength = try reader.readI32(field)
            case 3: element.repetition = try reader.readI32(field)
            case 4: element.name = try reader.readString(field)
            case 5: element.numChildren = try reader.readI32(field)
            case 6: element.convertedType = try reader.readI32(field)
            case 7: element.scale = try reader.readI32(field)
            case 8: element.precision = try reader.readI32(field)
            case 10 where field.type == .structure: element.logicalType = try ParquetLogicalType.decode(&reader)
            default: try reader.skip(field)
            }
        }
        guard element.name != nil else { throw reader.corrupt("a schema element has no name") }
        return element
    }
}

extension ParquetLogicalType {
    /// Decodes the LogicalType union: one field set, its id naming the type.
    static func decode(_ reader: inout ThriftCompactReader) throws -> ParquetLogicalType? {
        var result: ParquetLogicalType?
        try reader.readStruct { reader, field in
            guard field.type == .structure else {
                try reader.skip(field)
                return
            }
            switch field.id {
            case 5: result = try decodeDecimal(&reader)
            case 7, 8:
                let (unit, utc) = try decodeTemporal(&reader)
                result = field.id == 7 ? .time(unit: unit, utc: utc) : .timestamp(unit: unit, utc: utc)
            case 10: result = try decodeInteger(&reader)
            default:
                result = annotation(field.id)
                try reader.skip(field)
            }
        }
        return result
    }

    /// The union members that carry no parameters, by field id.
    private static func annotation(_ id: Int16) -> ParquetLogicalType {
        switch id {
        case 1: .string
        case 2: .map
        case 3: .list
        case 4: .enumeration
        case 6: .date
        case 11: .unknown
        case 12: .json
        case 13: .bson
        case 14: .uuid
        case 15: .float16
        case 16: .variant
        case 17: .geometry
        case 18: .geography
        default: .other(id)
        }
    }

    private static func decodeDecimal(_ reader: inout ThriftCompactReader) throws -> ParquetLogicalType {
        var scale: Int32 = 0
        var precision: Int32 = 0
        try reader.readStruct { reader, field in
            switch field.id {
            case 1: scale = try reader.readI32(field)
            case 2: precision = try reader.readI32(field)
            default: try reader.skip(field)
            }
        }
        return .decimal(scale: scale, precision: precision)
    }

    private static func decodeInteger(_ reader: inout ThriftCompactReader) throws -> ParquetLogicalType {
        var bitWidth: Int32 = 64
        var signed = true
        try reader.readStruct { reader, field in
            switch field.id {
            case 1: bitWidth = try reader.readI32(field)
            case 2: signed = try reader.readBool(field)
            default: try reader.skip(field)
            }
        }
        return .integer(bitWidth: bitWidth, signed: signed)
    }

    /// TimeType and TimestampType: isAdjustedToUTC and the TimeUnit union.
    private static func decodeTemporal(_ reader: inout ThriftCompactReader) throws -> (String, Bool) {
        var unit = "MICROS"
        var utc = false
        try reader.readStruct { reader, field in
            switch field.id {
            case 1: utc = try reader.readBool(field)
            case 2 where field.type == .structure:
                try reader.readStruct { reader, unitField in
                    switch unitField.id {
                    case 1: unit = "MILLIS"
                    case 2: unit = "MICROS"
                    case 3: unit = "NANOS"
                    default: break
                    }
                    try reader.skip(unitField)
                }
            default: try reader.skip(field)
            }
        }
        return (unit, utc)
    }
}

extension ParquetRowGroup {
    static func decode(_ reader: inout ThriftCompactReader) throws -> ParquetRowGroup {
        var group = ParquetRowGroup()
        try reader.readStruct { reader, field in
            switch (field.id, field.type) {
            case (1, .list):
                try reader.readList { reader, type in
                    guard type == .structure else { throw reader.corrupt("column chunks should be structs") }
                    group.columns.append(try ParquetColumnChunk.decode(&reader))
                }
            case (3, _): group.numRows = try reader.readI64(field)
            default: try reader.skip(field)
            }
        }
        return group
    }
}

extension ParquetColumnChunk {
    /// ColumnChunk, reading its ColumnMetaData (field 3) for the path, codec and null count.
    static func decode(_ reader: inout ThriftCompactReader) throws -> ParquetColumnChunk {
        var chunk = ParquetColumnChunk()
        try reader.readStruct { reader, field in
            guard field.id == 3, field.type == .structure else {
                try reader.skip(field)
                return
            }
            try reader.readStruct { reader, field in
                switch (field.id, field.type) {
                case (3, .list):
                    try reader.readList { reader, type in chunk.path.append(try reader.readString(element: type)) }
                case (4, _): chunk.codec = try reader.readI32(field)
                case (12, .structure):
                    try reader.readStruct { reader, field in
                        if field.id == 3 {
                            chunk.nullCount = try reader.readI64(field)
                        } else {
                            try reader.skip(field)
                        }
                    }
                default: try reader.skip(field)
                }
            }
        }
        return chunk
    }
}
