import CatalogModel
import Crypto
import Foundation

/// Encrypts connection secrets at rest with AES-GCM; values carry the prefix `enc:v1:`.
public struct SecretBox: Sendable {
    static let prefix = "enc:v1:"
    /// The raw key bytes; `SymmetricKey` itself is not `Sendable`.
    private let keyBytes: [UInt8]

    public init(key: SymmetricKey) {
        self.keyBytes = key.withUnsafeBytes { Array($0) }
    }

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// A key from `TORRO_SECRET_KEY` (base64 of 32 bytes, or any passphrase, hashed), else from
    /// `secret.key` in the data directory, created with mode 0600 on first use.
    public static func load(secret: String?, dataDirectory: String) throws -> SecretBox {
        if let secret, !secret.isEmpty {
            if let raw = Data(base64Encoded: secret), raw.count == 32 {
                return SecretBox(key: SymmetricKey(data: raw))
            }
            return SecretBox(key: SymmetricKey(data: SHA256.hash(data: Data(secret.utf8))))
        }
        let url = URL(fileURLWithPath: dataDirectory).appendingPathComponent("secret.key")
        let manager = FileManager.default
        do {
            if let data = manager.contents(atPath: url.path) {
                guard let raw = Data(base64Encoded: String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
                      raw.count == 32 else {
                    throw CatalogError(code: .unavailable, message: "the key file \(url.path) is damaged; restore it from backup or set TORRO_SECRET_KEY")
                }
                return SecretBox(key: SymmetricKey(data: raw))
            }
            try manager.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            let key = SymmetricKey(size: .bits256)
            let text = key.withUnsafeBytes { Data($0).base64EncodedString() }
            guard manager.createFile(atPath: url.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw CatalogError(code: .unavailable, message: "cannot create the key file \(url.path)")
            }
            try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            return SecretBox(key: key)
        } catch let error as CatalogError {
            throw error
        } catch {
            throw CatalogError(code: .unavailable, message: "cannot read or create the key file \(url.path)", cause: error)
        }
    }

    /// Whether a stored value is an encrypted one.
    public static func isSealed(_ value: String) -> Bool { value.hasPrefix(prefix) }

    /// Encrypts a value.
    public func seal(_ plain: String) throws -> String {
        let box = try AES.GCM.seal(Data(plain.utf8), using: key)
        guard let combined = box.combined else {
            throw CatalogError(code: .internalError, message: "encryption produced no output")
        }
        return Self.prefix + combined.base64EncodedString()
    }

    /// Decrypts a value sealed with this key.
    public func open(_ sealed: String) throws -> String {
        guard Self.isSealed(sealed), let data = Data(base64Encoded: String(sealed.dropFirst(Self.prefix.count))) else {
            throw CatalogError(code: .internalError, message: "a stored secret is not in the expected format")
        }
        do {
            let plain = try AES.GCM.open(try AES.GCM.SealedBox(combined: data), using: key)
            return String(decoding: plain, as: UTF8.self)
        } catch {
            throw CatalogError(code: .unavailable,
                               message: "a stored secret cannot be decrypted: TORRO_SECRET_KEY or the key file differs from the one it was saved with",
                               cause: error)
        }
    }
}
