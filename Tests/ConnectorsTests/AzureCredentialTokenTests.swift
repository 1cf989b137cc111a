import Foundation
import Testing
@testable import Connectors

@Suite("Access tokens: the cache and the Azure CLI")
struct AzureCredentialTokenTests {
    @Test("a token is reused until 5 minutes before it expires, and concurrent callers share one fetch")
    func cacheSharesOneFetch() async throws {
        let source = CountingTokens(lifetime: 3600)
        let cache = AccessTokenCache(source: source)
        let tokens = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { try await cache.token().token } }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(tokens) == ["token-1"])
        let again = try await cache.token().token
        #expect(again == "token-1")
        let fetches = await source.fetches
        #expect(fetches == 1)
    }

    @Test("a token within 5 minutes of expiry is replaced on the next call")
    func nearExpiryRefreshes() async throws {
        let source = CountingTokens(lifetime: 120)
        let cache = AccessTokenCache(source: source)
        let first = try await cache.token().token
        let second = try await cache.token().token
        #expect(first == "token-1")
        #expect(second == "token-2")
    }

    @Test("an expired token is replaced once the clock passes it")
    func expiryByClock() async throws {
        let clock = TestClock()
        let source = CountingTokens(lifetime: 3600)
        let cache = AccessTokenCache(source: source, now: { clock.now })
        _ = try await cache.token()
        clock.advance(by: 3400)
        let refreshed = try await cache.token().token
        #expect(refreshed == "token-2")
    }

    @Test("the Azure CLI's JSON gives the token and its expiry (expires_on, else the local expiresOn)")
    func fakeAzureCLI() async throws {
        let folder = try TemporaryFolder()
        let expiresOn = Int(Date().timeIntervalSince1970) + 3600
        let az = try folder.script("az", """
            #!/bin/sh
            echo "$@" > "\(folder.path)/args"
            echo '{"accessToken": "cli-token", "expiresOn": "2030-01-01 00:00:00.000000", "expires_on": \(expiresOn), "tokenType": "Bearer"}'
            """)
        let token = try await AzureCLI(executable: az).fetchToken()
        #expect(token.token == "cli-token")
        #expect(Int(token.expiresOn.timeIntervalSince1970) == expiresOn)
        let arguments = try String(contentsOfFile: "\(folder.path)/args", encoding: .utf8)
        #expect(arguments.contains("account get-access-token --resource https://storage.azure.com/ --output json"))

        let older = try folder.script("az-old", """
            #!/bin/sh
            echo '{"accessToken": "old-cli-token", "expiresOn": "2030-01-01 00:00:00.000000"}'
            """)
        let oldToken = try await AzureCLI(executable: older).fetchToken()
        #expect(oldToken.token == "old-cli-token")
        #expect(oldToken.expiresOn > Date(timeIntervalSince1970: 1_893_369_600))
    }

    @Test("az found on the search path")
    func searchPath() throws {
        let folder = try TemporaryFolder()
        let az = try folder.script("az", "#!/bin/sh\nexit 0\n")
        #expect(AzureCLI(searchPath: "/nonexistent:\(folder.path)").locate() == az)
    }

    @Test("no az installed: the message says to install it and run az login, or give a credential")
    func notInstalled() async {
        let error = await #expect(throws: StorageError.self) {
            try await AzureCLI(searchPath: "/nonexistent/bin").fetchToken()
        }
        #expect(error?.kind == .authentication)
        #expect(error?.message.contains("install the Azure CLI and run az login, or give account_key / sas_token / a service principal") == true)
    }

    @Test("az not logged in: the message says so and what to do")
    func notLoggedIn() async throws {
        let folder = try TemporaryFolder()
        let az = try folder.script("az", """
            #!/bin/sh
            echo "ERROR: Please run 'az login' to setup account." >&2
            exit 1
            """)
        let error = await #expect(throws: StorageError.self) { try await AzureCLI(executable: az).fetchToken() }
        #expect(error?.message.contains("not logged in") == true)
        #expect(error?.message.contains("run az login") == true)
    }

    @Test("az that hangs is stopped after its timeout")
    func hangingAzureCLI() async throws {
        let folder = try TemporaryFolder()
        let az = try folder.script("az", "#!/bin/sh\nexec sleep 300\n")
        let started = Date()
        let error = await #expect(throws: StorageError.self) {
            try await AzureCLI(executable: az, timeout: .milliseconds(300)).fetchToken()
        }
        #expect(error?.kind == .transient)
        // Killed long before the script's sleep would end, however loaded the machine is.
        #expect(Date().timeIntervalSince(started) < 150)
    }
}

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date()

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    func advance(by seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}

/// A folder under the temporary directory, removed when the value is released.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "torro-azure-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes an executable script and returns its path.
    func script(_ name: String, _ text: String) throws -> String {
        let file = "\(path)/\(name)"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
        return file
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
