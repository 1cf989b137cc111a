import Connectors
import Foundation

extension BlobService {
    func accountInfo() -> BlobReply {
        BlobReply(.ok, headers: [("x-ms-sku-name", "Standard_LRS"), ("x-ms-account-kind", "StorageV2"), ("x-ms-is-hns-enabled", "false")])
    }

    func createContainer(_ request: BlobRequest) throws -> BlobReply {
        let name = try Self.containerName(request)
        try Self.validateContainerName(name)
        let properties = try store.createContainer(account: request.account, name: name, metadata: try request.metadata(), now: Date())
        return BlobReply(.created, headers: [("ETag", properties.etag), ("Last-Modified", HTTPDate.format(properties.lastModified))])
    }

    func deleteContainer(_ request: BlobRequest) throws -> BlobReply {
        try store.deleteContainer(account: request.account, name: try Self.containerName(request))
        return BlobReply(.accepted)
    }

    func containerProperties(_ request: BlobRequest) throws -> BlobReply {
        let properties = try store.container(account: request.account, name: try Self.containerName(request))
        var headers = [
            ("ETag", properties.etag), ("Last-Modified", HTTPDate.format(properties.lastModified)),
            ("x-ms-lease-status", "unlocked"), ("x-ms-lease-state", "available"),
            ("x-ms-has-immutability-policy", "false"), ("x-ms-has-legal-hold", "false"),
            ("x-ms-default-encryption-scope", "$account-encryption-key"), ("x-ms-deny-encryption-scope-override", "false"),
        ]
        headers += properties.metadata.map { ("x-ms-meta-\($0.name)", $0.value) }
        return BlobReply(.ok, headers: headers)
    }

    func setContainerMetadata(_ request: BlobRequest) throws -> BlobReply {
        let properties = try store.setContainerMetadata(
            account: request.account, name: try Self.containerName(request), metadata: try request.metadata(), now: Date()
        )
        return BlobReply(.ok, headers: [("ETag", properties.etag), ("Last-Modified", HTTPDate.format(properties.lastModified))])
    }

    func listContainers(_ request: BlobRequest) throws -> BlobReply {
        let prefix = request.query("prefix") ?? ""
        let limit = try Self.pageSize(request)
        let start = try request.query("marker").map(Self.name(fromMarker:))
        let includeMetadata = (request.query("include") ?? "").split(separator: ",").contains("metadata")
        let page = store.listContainers(account: request.account, prefix: prefix, start: start, limit: limit)
        var xml = XMLWriter()
        xml.raw("<EnumerationResults ServiceEndpoint=\"")
        xml.escaped(Self.serviceEndpoint(request))
        xml.raw("\">")
        if let value = request.query("prefix") { xml.element("Prefix", value) }
        if let value = request.query("marker") { xml.element("Marker", value) }
        if let value = request.query("maxresults") { xml.element("MaxResults", value) }
        xml.raw("<Containers>")
        for (name, properties) in page.items {
            xml.raw("<Container>")
            xml.element("Name", name)
            xml.raw("<Properties>")
            xml.element("Last-Modified", HTTPDate.format(properties.lastModified))
            xml.element("Etag", properties.etag)
            xml.raw("<LeaseStatus>unlocked</LeaseStatus><LeaseState>available</LeaseState>")
            xml.raw("<DefaultEncryptionScope>$account-encryption-key</DefaultEncryptionScope><DenyEncryptionScopeOverride>false</DenyEncryptionScopeOverride>")
            xml.raw("<HasImmutabilityPolicy>false</HasImmutabilityPolicy><HasLegalHold>false</HasLegalHold>")
            xml.raw("</Properties>")
            if includeMetadata { Self.writeMetadata(properties.metadata, to: &xml) }
            xml.raw("</Container>")
        }
        xml.raw("</Containers>")
        xml.element("NextMarker", page.next.map(Self.marker(for:)))
        xml.raw("</EnumerationResults>")
        return .xml(xml)
    }

    static func writeMetadata(_ metadata: [(name: String, value: String)], to xml: inout XMLWriter) {
        xml.raw("<Metadata>")
        for (name, value) in metadata { xml.element(name, value) }
        xml.raw("</Metadata>")
    }

    /// 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.
    static func validateContainerName(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, (3...63).contains(name.count), name.first != "-", name.last != "-", !name.contains("--") || name == "$root" else {
            throw BlobError(.badRequest, "InvalidResourceName", "The specified resource name contains invalid characters.",
                            detail: "container names are 3-63 lower-case letters, digits and single hyphens: '\(name)'")
        }
    }
}
