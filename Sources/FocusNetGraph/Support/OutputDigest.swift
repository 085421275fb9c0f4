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

    /// Reads `{"name": …, "sha256": …}`, or a bare name as manifests listed files before digests
    /// were recorded (its `sha256` is then empty).
    /// - Throws: `DecodingError` for anything else.
    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            self.init(name: name, sha256: "")
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), sha256: try c.decode(String.self, forKey: .sha256))
    }

    enum CodingKeys: String, CodingKey { case name, sha256 }

    /// The digest of `text`'s UTF-8 bytes as the file `name`.
    /// - Complexity: O(length of the text).
    package init(name: String, text: String) {
        var hasher = IncrementalDigest()
        hasher.update(text)
        self = hasher.finish(name: name)
    }

    /// The SHA-256 of a file written piece by piece.
    package struct IncrementalDigest {
        private var sha = SHA256()
        /// A hasher of nothing yet.
        package init() {}
        /// Adds the UTF-8 bytes of `piece`, hashed in place: a copy (`Data(text.utf8)`) doubled
        /// the peak memory of a state-scale scores.csv (434 MB).
        package mutating func update(_ piece: String) {
            var piece = piece
            piece.withUTF8 { sha.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        /// The digest of everything added, as the file `name`.
        package func finish(name: String) -> OutputDigest { OutputDigest(name: name, sha256: OutputDigest.hex(sha.finalize())) }
    }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    /// - Complexity: O(length of the text).
    package static func sha256(_ text: String) -> String { OutputDigest(name: "", text: text).sha256 }

    /// Lowercase hex of `bytes`, two digits a byte (digests, pseudonyms).
    /// - Complexity: O(bytes).
    package static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
