/// The `Key=Value;Key=Value` settings of an Azure Storage connection string, keys matched without regard to case.
struct AzureConnectionString: Sendable {
    /// The well-known key of the storage emulator's `devstoreaccount1`; public, documented by Microsoft.
    static let developmentAccount = "devstoreaccount1"
    static let developmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

    private let settings: [String: String]

    /// Splits on `;` and on the first `=` of each part, since keys and SAS tokens contain `=` themselves.
    init(_ text: String) {
        var settings: [String: String] = [:]
        for part in text.split(separator: ";") {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let key = part[..<equals].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let value = part[part.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines)
            if !key.isEmpty { settings[key] = value }
        }
        self.settings = settings
    }

    /// The value of a setting, or nil when it is absent or empty.
    subscript(_ key: String) -> String? {
        guard let value = settings[key.lowercased()], !value.isEmpty else { return nil }
        return value
    }

    /// Whether the string asks for the local storage emulator.
    var usesDevelopmentStorage: Bool {
        self["UseDevelopmentStorage"]?.lowercased() == "true"
    }
}
