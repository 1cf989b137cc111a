import CatalogModel
import Testing
@testable import Connectors

@Suite("Azure Blob connection configs")
struct AzureBlobConfigTests {
    static let key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

    @Test("a connection string with an account key gives the public-cloud endpoint")
    func connectionStringWithKey() throws {
        let config = try AzureBlobConfig([
            "connection_string": .string("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=\(Self.key);EndpointSuffix=core.windows.net"),
        ])
        #expect(config.accountName == "acme")
        #expect(config.endpoint.description == "https://acme.blob.core.windows.net")
        #expect(config.auth == .accountKey(Self.key, field: "connection_string"))
    }

    @Test("another cloud's endpoint suffix and protocol are used")
    func endpointSuffix() throws {
        let config = try AzureBlobConfig([
            "connection_string": .string("DefaultEndpointsProtocol=http;AccountName=acme;AccountKey=\(Self.key);EndpointSuffix=core.chinacloudapi.cn"),
        ])
        #expect(config.endpoint.description == "http://acme.blob.core.chinacloudapi.cn")
    }

    @Test("a connection string with a SAS and a path-style BlobEndpoint names its account from the path")
    func connectionStringWithSAS() throws {
        let config = try AzureBlobConfig([
            "connection_string": .string("BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1/;SharedAccessSignature=sv=2025-01-05&sp=rl&sig=abc%2B="),
        ])
        #expect(config.accountName == "devstoreaccount1")
        #expect(config.endpoint.origin == "http://127.0.0.1:10000")
        #expect(config.endpoint.basePath == "/devstoreaccount1")
        #expect(config.auth == .sasToken("sv=2025-01-05&sp=rl&sig=abc%2B=", field: "connection_string"))
    }

    @Test("UseDevelopmentStorage=true is the emulator's account and key")
    func developmentStorage() throws {
        let config = try AzureBlobConfig(["connection_string": .string("UseDevelopmentStorage=true")])
        #expect(config.accountName == "devstoreaccount1")
        #expect(config.endpoint.description == "http://127.0.0.1:10000/devstoreaccount1")
        #expect(config.auth == .accountKey(Self.key, field: "connection_string"))
    }

    @Test("account_name with each kind of credential, and none for the Azure CLI")
    func credentials() throws {
        let key = try AzureBlobConfig(["account_name": .string("acme"), "account_key": .string(Self.key)])
        #expect(key.auth == .accountKey(Self.key, field: "account_key"))
        let sas = try AzureBlobConfig(["account_name": .string("acme"), "sas_token": .string("?sv=1&sig=x")])
        #expect(sas.auth == .sasToken("sv=1&sig=x", field: "sas_token"))
        let principal = try AzureBlobConfig([
            "account_name": .string("acme"), "tenant_id": .string("t1"), "client_id": .string("c1"),
            "client_secret": .string("s1"), "authority_host": .string("https://login.example.com/"),
        ])
        #expect(principal.auth == .servicePrincipal(AzureServicePrincipal(
            tenantID: "t1", clientID: "c1", clientSecret: "s1", authorityHost: "https://login.example.com")))
        let defaultAuthority = try AzureBlobConfig([
            "account_name": .string("acme"), "tenant_id": .string("t1"), "client_id": .string("c1"), "client_secret": .string("s1"),
        ])
        guard case .servicePrincipal(let defaultPrincipal) = defaultAuthority.auth else {
            Issue.record("expected a service principal")
            return
        }
        #expect(defaultPrincipal.authorityHost == "https://login.microsoftonline.com")
        let cli = try AzureBlobConfig(["account_name": .string("acme")])
        #expect(cli.auth == .azureCLI)
    }

    @Test("endpoint overrides the default, and containers, prefixes and globs are read")
    func endpointAndScope() throws {
        let config = try AzureBlobConfig([
            "account_name": .string("devstoreaccount1"), "account_key": .string(Self.key),
            "endpoint": .string("http://127.0.0.1:10000/devstoreaccount1/"),
            "containers": .array([.string("raw"), .string("curated"), .string("raw")]),
            "prefixes": .string("/sales/, hr/"),
            "include": .array([.string("*.csv")]), "exclude": .string("**/tmp/**"),
        ])
        #expect(config.endpoint.basePath == "/devstoreaccount1")
        #expect(config.containers == ["raw", "curated"])
        #expect(config.filter.prefixes == ["sales/", "hr/"])
        #expect(config.filter.include == [Glob("*.csv")])
        #expect(config.filter.exclude == [Glob("**/tmp/**")])
        #expect(try AzureBlobConfig(["account_name": .string("acme")]).endpoint.description == "https://acme.blob.core.windows.net")
    }

    @Test("validate names the field: a bad endpoint, a key that is not base64, a bad container name, a nameless connection string")
    func validation() {
        let spec = AzureBlobConnectorSpec()
        func problem(_ config: JSONObject) -> String? {
            do {
                try spec.validate(config)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(problem(["account_name": .string("acme"), "endpoint": .string("ftp://x")])?.contains("config.endpoint") == true)
        let badKey = problem(["account_name": .string("acme"), "account_key": .string("not base64!")])
        #expect(badKey?.contains("config.account_key") == true)
        #expect(badKey?.contains("not base64!") == false)
        #expect(problem(["account_name": .string("acme"), "containers": .array([.string("Raw_Data")])])?.contains("config.containers") == true)
        #expect(problem(["connection_string": .string("AccountKey=\(Self.key)")])?.contains("config.connection_string") == true)
        #expect(problem(["account_name": .string("acme"), "tenant_id": .string("t")])?.contains("config.client_id") == true)
        #expect(problem(["account_name": .string("acme"), "containers": .array([.string("raw"), .string("$logs")])]) == nil)
    }
}
