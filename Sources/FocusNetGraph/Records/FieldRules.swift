import Foundation

/// The cleaning rules every value goes through (docs/data-formats.md lists them for analysts).
enum FieldRules {
    /// Identifiers: trimmed of white space and Unicode NFC-normalized, so `José` typed two
    /// ways is one person. Returns whether the text changed.
    static func identifier(_ raw: String) -> (value: String, changed: Bool) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let value = trimmed.utf8.allSatisfy({ $0 < 0x80 }) ? trimmed : trimmed.precomposedStringWithCanonicalMapping
        return (value, value != raw)
    }

    /// Codes: trimmed, case-folded and inner white space collapsed, so `Shot_Fatal ` = `shot_fatal`.
    static func code(_ raw: String) -> (value: String, changed: Bool) {
        let value = identifier(raw).value.lowercased()
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (value, value != raw)
    }
}
