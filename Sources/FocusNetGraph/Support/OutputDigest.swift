import Crypto
import Foundation

/// One file of an output folder and its SHA-256, as a manifest lists it: the manifest, written
/// last, thereby records that every file before it was written whole, and lets anyone check
/// later that none was changed.
public struct OutputDigest: Codable, Sendable, Equatable {
    /// File name within the output folder.
    public let name: String
    /// Lowercase hex SHA-256 of its bytes.
    public let sha256: String

    package init(name: String, sha256: String) { self.name = name; self.sha256 = sha256 }

    /// The digest of `text`'s UTF-8 bytes as the file `name`.
    /// - Complexity: O(length of the text).
    package init(name: String, text: String) { self.init(name: name, sha256: Self.sha256(text)) }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    /// - Complexity: O(length of the text).
    package static func sha256(_ text: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var digits = [UInt8]()
        digits.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(text.utf8)) {
            digits.append(hex[Int(byte >> 4)])
            digits.append(hex[Int(byte & 15)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
