extension BlobServerConfiguration {
    /// Reads `--port N [--host H] [--account NAME --key BASE64]... [--bearer-token T]...`; without `--account`, serves
    /// `devstoreaccount1` with its well-known key.
    public init(arguments: [String]) throws {
        self.init()
        var accounts: [BlobAccount] = []
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            guard let value = rest.popFirst() else { throw Self.usage("\(flag) needs a value") }
            switch flag {
            case "--port":
                guard let port = Int(value), (0...65535).contains(port) else { throw Self.usage("--port must be 0 to 65535, not '\(value)'") }
                self.port = port
            case "--host":
                host = value
            case "--account":
                guard rest.popFirst() == "--key", let key = rest.popFirst() else { throw Self.usage("--account \(value) must be followed by --key BASE64") }
                accounts.append(BlobAccount(name: value, key: key))
            case "--bearer-token":
                bearerTokens.insert(value)
            default:
                throw Self.usage("unknown option \(flag)")
            }
        }
        if !accounts.isEmpty { self.accounts = accounts }
    }

    private static func usage(_ problem: String) -> BlobTestServerError {
        BlobTestServerError(message: "\(problem)\nusage: torro-blob-server --port N [--host 127.0.0.1] [--account NAME --key BASE64]... [--bearer-token TOKEN]...")
    }
}
