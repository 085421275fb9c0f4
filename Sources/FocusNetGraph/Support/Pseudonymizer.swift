import Crypto
import Foundation

/// Keyed pseudonyms for person identifiers, so lists can be shared with partner agencies.
///
/// pseudonym(id) = "P-" + the first 16 bytes of HMAC-SHA-256(key, UTF-8 of id), in lowercase hex
/// (RFC 2104; NIST FIPS 198-1). The same key gives the same pseudonym in every run, so partners
/// can match lists over time; without the key a pseudonym cannot be linked back to the id or
/// recomputed from a guessed id. 128 bits make collisions negligible (≈ n²/2¹²⁹). The key
/// never appears in any output or log.
public struct Pseudonymizer: Sendable {
    /// Raw key bytes (swift-crypto's `SymmetricKey` is not `Sendable`); wrapped per use.
    private let keyBytes: Data

    /// - Parameter keyFile: a file holding at least 32 bytes of secret key material (its raw
    ///   bytes are the key; e.g. `head -c 32 /dev/urandom > list.key`).
    /// - Throws: ``PseudonymizerError`` when the file cannot be read or is too short.
    public init(keyFile: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: keyFile) } catch {
            throw PseudonymizerError.unreadableKey(keyFile.path)
        }
        try self.init(keyBytes: data)
    }

    public init(keyBytes: Data) throws {
        guard keyBytes.count >= 32 else { throw PseudonymizerError.keyTooShort(bytes: keyBytes.count) }
        self.keyBytes = keyBytes
    }

    public func pseudonym(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.utf8), using: SymmetricKey(data: keyBytes))
        return "P-" + mac.prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

public enum PseudonymizerError: Error, Equatable, CustomStringConvertible {
    case unreadableKey(String)
    case keyTooShort(bytes: Int)

    public var description: String {
        switch self {
        case .unreadableKey(let path): "pseudonymization key \(path) cannot be read"
        case .keyTooShort(let n): "the pseudonymization key has \(n) bytes; it needs at least 32 (head -c 32 /dev/urandom > FILE)"
        }
    }
}
