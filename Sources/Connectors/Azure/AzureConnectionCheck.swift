import CatalogModel

/// What "test connection" does for Azure Blob Storage: list (or check) the containers, list the first page of
/// blobs in the first one, read the first KiB of its first blob, and say in one sentence what worked or failed.
struct AzureConnectionCheck: Sendable {
    let config: AzureBlobConfig
    let client: AzureBlobClient
    /// Bytes read from the sample blob.
    var sampleBytes: Int64 = 1024
    /// Containers listed, at most, to find a blob to read.
    static let containersTried = 5

    func run() async -> ConnectionTestResult {
        var details: JSONObject = [
            "account": .string(config.accountName),
            "endpoint": .string(config.endpoint.description),
            "credential": .string(config.auth.kind),
        ]
        let account = "account '\(config.accountName)'"
        let connected = "Connected to \(account) with \(client.credential.name)"

        // 1. The containers: the configured ones must exist, or the account's are listed.
        let containers: [String]
        var parts: [String] = []
        do {
            if config.containers.isEmpty {
                containers = try await client.allContainers()
                parts.append(containers.isEmpty ? "the account has no containers yet"
                                                : "\(Self.count(containers.count, "container")) (\(Self.names(containers)))")
            } else {
                var missing: [String] = []
                for name in config.containers {
                    if try await !client.containerExists(name) { missing.append(name) }
                }
                guard missing.isEmpty else {
                    details["step"] = .string("containers")
                    details["missing_containers"] = .array(missing.map(JSONValue.string))
                    let list = missing.map { "'\($0)'" }.joined(separator: ", ")
                    return failed("\(connected), but \(missing.count == 1 ? "the container \(list) does" : "the containers \(list) do") "
                        + "not exist; check containers (names are lower-case and must match exactly).", details)
                }
                containers = config.containers
                parts.append("\(Self.count(containers.count, "configured container")) found (\(Self.names(containers)))")
            }
        } catch {
            let what = config.containers.isEmpty ? "list the containers of \(account)" : "check the containers of \(account)"
            return failed("Could not \(what): \(Self.message(error))", with(details, step: "list_containers", error))
        }
        details["containers"] = .array(containers.map(JSONValue.string))
        guard !containers.isEmpty else {
            return ok("\(connected): \(parts.joined(separator: "; ")).", details)
        }

        // 2. The first page of blobs in the first container that has any (of the first few), under the first prefix.
        let prefix = config.filter.listingPrefixes(within: "").first ?? ""
        let under = prefix.isEmpty ? "" : " under '\(prefix)'"
        var container = containers[0]
        var page = AzureBlobPage()
        var empty: [String] = []
        for candidate in containers.prefix(Self.containersTried) {
            container = candidate
            do {
                page = try await client.listBlobs(container: candidate, prefix: prefix)
            } catch {
                return failed("\(connected), but could not list the blobs in '\(candidate)'\(under): \(Self.message(error))",
                              with(details, step: "list_blobs", error))
            }
            if !page.blobs.isEmpty { break }
            empty.append(candidate)
        }
        details["blobs_listed"] = .number(Double(page.blobs.count))
        guard let sample = page.blobs.first(where: { config.filter.matches($0.key) }) ?? page.blobs.first else {
            let quoted = empty.map { "'\($0)'" }
            parts.append(quoted.count == 1 ? "listed 0 blobs in \(quoted[0])\(under)"
                                           : "\(Self.list(quoted)) hold no blobs\(under)")
            return ok("\(connected): \(parts.joined(separator: "; ")).", details)
        }
        let more = page.nextMarker == nil ? "" : " (the first page; there are more)"
        let skipped = empty.isEmpty ? "" : " (\(Self.list(empty.map { "'\($0)'" })) \(empty.count == 1 ? "is" : "are") empty)"
        parts.append("listed \(Self.count(page.blobs.count, "blob")) in '\(container)'\(under)\(more)\(skipped)")

        // 3. The first bytes of the first blob: proves read access, with only a range requested.
        let bytes: [UInt8]
        do {
            bytes = try await client.read(container: container, key: sample.key, range: 0..<sampleBytes)
        } catch {
            return failed("\(connected) and listed '\(container)', but could not read \(container)/\(sample.key): "
                + Self.message(error), with(details, step: "read", error))
        }
        details["sample_blob"] = .string("\(container)/\(sample.key)")
        details["bytes_read"] = .number(Double(bytes.count))
        parts.append("read \(Self.size(bytes.count)) of \(container)/\(sample.key)")
        return ok("\(connected): \(parts.joined(separator: "; ")).", details)
    }

    private func ok(_ message: String, _ details: JSONObject) -> ConnectionTestResult {
        ConnectionTestResult(status: "ok", success: true, message: message, details: details)
    }

    private func failed(_ message: String, _ details: JSONObject) -> ConnectionTestResult {
        ConnectionTestResult(status: "failed", success: false, message: message, details: details)
    }

    private func with(_ details: JSONObject, step: String, _ error: any Error) -> JSONObject {
        var details = details
        details["step"] = .string(step)
        if let error = error as? StorageError {
            details["error_kind"] = .string(error.kind.rawValue)
            if let status = error.status { details["status"] = .number(Double(status)) }
        }
        return details
    }

    /// A storage error's message as is; anything else (a bug) without internals.
    static func message(_ error: any Error) -> String {
        (error as? StorageError)?.message ?? "an unexpected error (\(type(of: error))); the server log has the details."
    }

    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// Up to five names, then "...".
    static func names(_ names: [String]) -> String {
        names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", ..." : "")
    }

    /// "1 KiB", "300 bytes".
    static func size(_ bytes: Int) -> String {
        bytes >= 1024 && bytes % 1024 == 0 ? "\(bytes / 1024) KiB" : count(bytes, "byte")
    }
}
