import Crypto
import Foundation

/// Keyed pseudonyms for person identifiers, so lists can be shared with partner agencies.
///
/// pseudonym(id) = "P-" + the first 16 bytes of HMAC-SHA-256(key, UTF-8 of id), in lowercase hex
/// (HMAC: Krawczyk, Bellare & Canetti, RFC 2104, 1997; NIST FIPS 198-1). The same key gives the same pseudonym in every run, so partners
/// can match lists over time; without the key a pseudonym cannot be linked back to the id or
/// recomputed from a guessed id. 128 bits make collisions negligible (≈ n²/2¹²⁹). The key
/// never appears in any output or log.
public struct Pseudonymizer: Sendable {
    /// Raw key bytes (swift-crypto's `SymmetricKey` is not `Sendable`); wrapped per use.
    private let keyBytes: Data

    /// - Parameter keyFile: a file holding at least 32 bytes of secret key material (its raw
    ///   bytes are the key; e.g. `head -c 32 /dev/urandom > list.key`).
    /// - Throws: ``PseudonymizerError/unreadableKey(_:)`` when the file cannot be read,
    ///   ``PseudonymizerError/keyTooShort(bytes:)`` when it holds fewer than 32 bytes.
    public init(keyFile: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: keyFile) } catch {
            throw PseudonymizerError.unreadableKey(keyFile.path)
        }
        try self.init(keyBytes: data)
    }

    /// A pseudonymizer keyed by `keyBytes` (used as given, all of them).
    /// - Throws: ``PseudonymizerError/keyTooShort(bytes:)`` when there are fewer than 32 bytes.
    public init(keyBytes: Data) throws {
        guard keyBytes.count >= 32 else { throw PseudonymizerError.keyTooShort(bytes: keyBytes.count) }
        self.keyBytes = keyBytes
    }

    /// The pseudonym of `id`: `"P-"` followed by 32 lowercase hex digits. The same key and `id`
    /// give the same pseudonym in every run.
    /// - Complexity: O(UTF-8 length of `id`).
    public func pseudonym(_ id: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(id.utf8), using: SymmetricKey(data: keyBytes))
        return "P-" + OutputDigest.hex(mac.prefix(16))
    }
}

/// A pseudonymization key that cannot be used.
public enum PseudonymizerError: Error, Equatable, CustomStringConvertible {
    /// The key file at this path cannot be read.
    case unreadableKey(String)
    /// The key has this many bytes, fewer than the 32 required.
    case keyTooShort(bytes: Int)

    /// One line naming the problem and how to make a key.
    public var description: String {
        switch self {
        case .unreadableKey(let path): "pseudonymization key \(path) cannot be read"
        case .keyTooShort(let n): "the pseudonymization key has \(n) bytes; it needs at least 32 (head -c 32 /dev/urandom > FILE)"
        }
    }
}
