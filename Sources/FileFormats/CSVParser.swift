/// Splits delimited text into records after RFC 4180: fields in double quotes may hold delimiters, line breaks
/// and doubled quotes (`""` for `"`); lines end with LF, CRLF or CR. It is lenient where files in the wild are
/// not strict: a quote inside an unquoted field is kept as text, and text after a closing quote joins the field.
/// Blank lines are skipped.
struct CSVParser {
    /// The records found, and whether the last one was ended by a line break (false when the text stops inside
    /// it, a quoted field included).
    struct Result {
        var records: [[String]]
        var lastIsTerminated: Bool
    }

    let delimiter: UInt8

    /// At most `maxRecords` records from `bytes`.
    func records(_ bytes: [UInt8], maxRecords: Int = .max) -> Result {
        var records: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var inQuotes = false
        var fieldWasQuoted = false
        let quote = UInt8(ascii: "\"")

        func endRecord() {
            fields.append(ByteText.string(field))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
            fields = []
        }

        while index < bytes.count {
            if records.count >= maxRecords { return Result(records: records, lastIsTerminated: true) }
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count, bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
            case delimiter:
                fields.append(ByteText.string(field))
                field.removeAll(keepingCapacity: true)
                fieldWasQuoted = false
            case 0x0A:
                endRecord()
            case 0x0D:
                endRecord()
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            default:
                field.append(byte)
            }
            index += 1
        }
        let pending = inQuotes || !field.isEmpty || !fields.isEmpty || fieldWasQuoted
        if pending, records.count < maxRecords {
            fields.append(ByteText.string(field))
            records.append(fields)
            return Result(records: records, lastIsTerminated: false)
        }
        return Result(records: records, lastIsTerminated: true)
    }
}
