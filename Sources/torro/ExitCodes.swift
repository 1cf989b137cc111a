import ArgumentParser
import CatalogModel
import Foundation

/// The exit codes of `torro`, after sysexits(3).
enum ExitCodes {
    static let usage = ExitCode(64)
    static let unavailable = ExitCode(69)
    static let software = ExitCode(70)

    /// Runs a command body; a domain error is printed as its message and exits with its named code.
    static func reporting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as CatalogError {
            FileHandle.standardError.write(Data("torro: \(error.message)\n".utf8))
            switch error.code {
            case .invalidInput, .badRequest, .notFound, .conflict: throw usage
            case .unavailable: throw unavailable
            default: throw software
            }
        }
    }
}
