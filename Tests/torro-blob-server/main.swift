import BlobTestServer
import Foundation
import Hummingbird

// An Azure Blob compatible server for CI checks with Microsoft's SDKs; runs until killed.
do {
    let configuration = try BlobServerConfiguration(arguments: Array(CommandLine.arguments.dropFirst()))
    let app = try BlobTestServer.buildApplication(configuration: configuration) { port in
        FileHandle.standardOutput.write(Data("listening on http://\(configuration.host):\(port)\n".utf8))
    }
    try await app.runService()
} catch {
    FileHandle.standardError.write(Data("torro-blob-server: \(error)\n".utf8))
    exit(2)
}
