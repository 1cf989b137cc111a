import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Oracle's client library (Instant Client, `libclntsh`), found and loaded at run time as Oracle drivers for other
/// languages do, so that Torro builds and runs without it.
///
/// It is looked for in `instant_client_dir` from the connection's config, then `$ORACLE_HOME/lib` and `$ORACLE_HOME`,
/// then each folder of `LD_LIBRARY_PATH` (`DYLD_LIBRARY_PATH` on macOS), then the system's library search path.
public struct OracleClientLibrary: @unchecked Sendable {
    /// The file that was loaded, or the name the system loader resolved.
    public let path: String
    /// The `dlopen` handle; the library stays loaded for the life of the process.
    let handle: UnsafeMutableRawPointer

    #if os(macOS)
    static let fileNames = ["libclntsh.dylib"]
    static let pathVariable = "DYLD_LIBRARY_PATH"
    #else
    static let fileNames = ["libclntsh.so", "libclntsh.so.23.1", "libclntsh.so.21.1", "libclntsh.so.19.1", "libclntsh.so.18.1"]
    static let pathVariable = "LD_LIBRARY_PATH"
    #endif

    /// The folders searched, in order, for a config's `instant_client_dir` and an environment.
    static func folders(instantClientDir: String?, environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let dir = instantClientDir, !dir.isEmpty { folders.append(dir) }
        if let home = environment["ORACLE_HOME"], !home.isEmpty { folders += [home + "/lib", home] }
        if let paths = environment[pathVariable] {
            folders += paths.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        var seen = Set<String>()
        return folders.filter { seen.insert($0).inserted }
    }

    /// Loads the library; when it is missing or cannot be loaded the error says what to install and where Torro looked.
    public static func load(instantClientDir: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> OracleClientLibrary {
        let folders = folders(instantClientDir: instantClientDir, environment: environment)
        var failures: [String] = []
        for folder in folders {
            for name in fileNames {
                let path = folder + "/" + name
                guard FileManager.default.fileExists(atPath: path) else { continue }
                if let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) { return OracleClientLibrary(path: path, handle: handle) }
                failures.append("\(path) exists but could not be loaded (\(lastError()))")
            }
        }
        for name in fileNames {
            if let handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL) { return OracleClientLibrary(path: name, handle: handle) }
        }
        var message = "Oracle Instant Client (libclntsh) is needed to connect to Oracle and was not found. Install Oracle "
            + "Instant Client Basic or Basic Light (19c or later) and set the connection's instant_client_dir to its folder, "
            + "or set ORACLE_HOME or \(pathVariable). Torro looked in: "
            + (folders.isEmpty ? "(no instant_client_dir, ORACLE_HOME or \(pathVariable) given)" : folders.joined(separator: ", "))
            + ", and the system library path."
        if !failures.isEmpty { message += " " + failures.joined(separator: "; ") + "." }
        message += " Without it, Oracle DDL exports can still be catalogued with the oracle_ddl connector."
        throw StorageError(.other, message)
    }

    private static func lastError() -> String {
        dlerror().map { String(cString: $0) } ?? "unknown loader error"
    }
}
