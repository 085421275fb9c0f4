import Foundation

/// The cleaning rules every value goes through (docs/data-formats.md lists them for analysts).
enum FieldRules {
    /// Identifiers: trimmed of white space and Unicode NFC-normalized, so `José` typed two
    /// ways is one person. Returns whether the text changed.
    ///
    /// "Changed" compares bytes: Swift's `==` on strings is canonical equivalence, under which
    /// an NFD `José` already equals its NFC form and a normalization would go uncounted.
    static func identifier(_ raw: String) -> (value: String, changed: Bool) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let value = trimmed.utf8.allSatisfy({ $0 < 0x80 }) ? trimmed : trimmed.precomposedStringWithCanonicalMapping
        return (value, !value.utf8.elementsEqual(raw.utf8))
    }

    /// Codes: trimmed, NFC-normalized, case-folded and inner white space collapsed, so
    /// `Shot_Fatal ` = `shot_fatal` and `Portación  de arma` = `portación de arma`.
    static func code(_ raw: String) -> (value: String, changed: Bool) {
        let value = identifier(raw).value.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (value, !value.utf8.elementsEqual(raw.utf8))
    }

    // MARK: Fast paths on a field's bytes (the common case: clean ASCII)

    /// The identifier when the bytes are already clean — non-empty printable ASCII with no
    /// white space at either end — else `nil` (use ``identifier(_:)``).
    static func cleanIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        isCleanIdentifier(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// Whether the bytes are an identifier already clean (``cleanIdentifier(_:)`` would return
    /// them as they are), so that they can be looked up without making a `String`.
    @inline(__always)
    static func isCleanIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first > 0x20, last > 0x20 else { return false }
        for byte in bytes where byte < 0x20 || byte > 0x7E { return false }
        return true
    }

    /// ``code(_:)`` for ASCII bytes (trim, lower-case, collapse inner white space), else `nil`.
    static func asciiCode(_ bytes: UnsafeBufferPointer<UInt8>) -> (value: String, changed: Bool)? {
        for byte in bytes where byte > 0x7E || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) { return nil }
        var changed = false
        let value = String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if byte != 0x20 || n == 0 || pendingSpace { changed = true }
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                if byte >= 0x41 && byte <= 0x5A { out[n] = byte + 0x20; changed = true } else { out[n] = byte }
                n += 1
            }
            if pendingSpace { changed = true }    // trailing white space dropped
            return n
        }
        return (value, changed)
    }

    /// The bytes without ASCII spaces and tabs at either end.
    static func trimASCIISpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
    }
}
