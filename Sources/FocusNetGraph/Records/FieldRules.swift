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
}
