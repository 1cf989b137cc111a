import BlobTestServer
import CatalogModel
import Foundation
import Testing
@testable import Connectors

@Suite("Testing an Azure Blob connection")
struct AzureBlobConnectionTests {
    let spec = AzureBlobConnectorSpec(azureCLI: AzureCLI(searchPath: "/nonexistent"), retry: .fast)

    static func seed(_ fixture: AzureBlobFixture) throws {
        let name = fixture.account.name
        try fixture.server.put(account: name, container: "raw", key: "a.csv", bytes: Array(repeating: UInt8(ascii: "x"), count: 5000))
        for index in 0..<11 {
            try fixture.server.put(account: name, container: "raw", key: "b/part-\(index).csv", bytes: [1, 2, 3])
        }
        try fixture.server.createContainer(account: name, name: "curated")
        try fixture.server.createContainer(account: name, name: "logs")
    }

    @Test("ok: containers, the first page of blobs and the first KiB of a blob, in one sentence")
    func connected() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.clearRequests()
            var config = fixture.config
            config["account_key"] = .string(fixture.account.key)
            let result = await spec.test(config)
            #expect(result.status == "ok")
            #expect(result.success)
            #expect(result.message == "Connected to account 'devstoreaccount1' with the account key: 3 containers (curated, logs, raw); "
                + "listed 12 blobs in 'raw' ('curated' and 'logs' are empty); read 1 KiB of raw/a.csv.")
            #expect(result.details["sample_blob"] == .string("raw/a.csv"))
            #expect(result.details["credential"] == .string("account_key"))
            #expect(!result.message.contains(fixture.account.key))
        }
    }

    @Test("ok with configured containers: each is checked, the first is listed and a blob read by range")
    func configuredContainers() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.clearRequests()
            var config = fixture.config
            config["sas_token"] = .string(fixture.accountSAS())
            config["containers"] = .array([.string("raw"), .string("curated")])
            let result = await spec.test(config)
            #expect(result.success)
            #expect(result.message == "Connected to account 'devstoreaccount1' with the SAS token: 2 configured containers found "
                + "(raw, curated); listed 12 blobs in 'raw'; read 1 KiB of raw/a.csv.")
            #expect(result.details["bytes_read"] == .number(1024))
            let read = fixture.server.requests.last
            #expect(read?.range == "bytes=0-1023")
        }
    }

    @Test("failed: a configured container that does not exist is named")
    func missingContainer() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            var config = fixture.config
            config["account_key"] = .string(fixture.account.key)
            config["containers"] = .array([.string("raw"), .string("bronze")])
            let result = await spec.test(config)
            #expect(result.status == "failed")
            #expect(!result.success)
            #expect(result.message.contains("the container 'bronze' does not exist"))
            #expect(result.details["step"] == .string("containers"))
        }
    }

    @Test("failed: a wrong key says which step, which credential and what to check")
    func wrongKey() async throws {
        try await AzureBlobFixture.run { fixture in
            let wrongKey = "d3Jvbmcga2V5IGZvciB0ZXN0cyBvbmx5IHdyb25nIGtleSBmb3IgdGVzdHMgb25seSE="
            var config = fixture.config
            config["account_key"] = .string(wrongKey)
            let result = await spec.test(config)
            #expect(result.status == "failed")
            #expect(result.message.hasPrefix("Could not list the containers of account 'devstoreaccount1': Azure refused the account key"))
            #expect(result.message.contains("check account_key"))
            #expect(!result.message.contains(wrongKey))
            #expect(result.details["step"] == .string("list_containers"))
            #expect(result.details["error_kind"] == .string("authentication"))
        }
    }

    @Test("failed: a SAS that may not read says so at the read step")
    func sasWithoutRead() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            var config = fixture.config
            config["sas_token"] = .string(fixture.accountSAS(permissions: "l"))
            config["containers"] = .string("raw")
            let result = await spec.test(config)
            #expect(result.status == "failed")
            #expect(result.message.contains("could not read raw/a.csv"))
            #expect(result.message.contains("'r' (read)"))
            #expect(result.details["step"] == .string("read"))
        }
    }

    @Test("failed: no credential and no Azure CLI")
    func noCredential() async throws {
        try await AzureBlobFixture.run { fixture in
            let result = await spec.test(fixture.config)
            #expect(result.status == "failed")
            #expect(result.message.contains("the Azure CLI (az) is not installed"))
            #expect(result.message.contains("install the Azure CLI and run az login, or give account_key / sas_token / a service principal"))
            #expect(result.details["credential"] == .string("azure_cli"))
        }
    }

    @Test("failed: nothing listening at the endpoint")
    func unreachable() async throws {
        let result = await spec.test(["account_name": .string("devstoreaccount1"), "account_key": .string(BlobAccount.devstoreaccount1.key),
                                      "endpoint": .string("http://127.0.0.1:9/devstoreaccount1")])
        #expect(result.status == "failed")
        #expect(result.message.contains("could not reach 127.0.0.1"))
        #expect(result.details["error_kind"] == .string("transient"))
    }

    @Test("failed: an invalid config is reported before connecting")
    func invalidConfig() async {
        let result = await spec.test(["account_name": .string("acme"), "account_key": .string("%%%")])
        #expect(result.status == "failed")
        #expect(result.message.contains("config.account_key"))
        #expect(!result.message.contains("%%%"))
    }

    @Test("the spec gives discovery a location: the store, the naming and the filters")
    func location() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            var config = fixture.config
            config["account_key"] = .string(fixture.account.key)
            config["prefixes"] = .string("b/")
            config["include"] = .string("*.csv")
            let location = try spec.location(for: config)
            #expect(location.naming == .azure(account: "devstoreaccount1"))
            #expect(location.prefixes == ["b/"])
            #expect(location.include == ["*.csv"])
            let containers = try await location.store.containers()
            #expect(containers == ["curated", "logs", "raw"])
        }
    }
}
