import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote, CR or LF; LF line ends.
/// Every text cell is spreadsheet-safe (``cell(_:)``): the one writer of every CSV file FocusNet
/// writes, so no list, table or export can carry a formula into Excel or LibreOffice.
package struct CSVWriter {
    /// The CSV written so far, header first, each row ending in LF.
    package private(set) var text = ""

    /// A writer whose text starts with the `header` row.
    package init(header: [String]) { row(header) }

    /// A writer without a header: a later piece of a table written in pieces.
    package init() {}

    /// Appends one record; each field made spreadsheet-safe (``cell(_:)``), then escaped as
    /// RFC 4180 requires.
    /// - Complexity: O(total characters of `fields`).
    package mutating func row(_ fields: [String]) {
        // Appended field by field: joining mapped copies cost a third of writing a city's ties.
        for (i, field) in fields.enumerated() {
            if i > 0 { text.append(",") }
            text.append(CSVWriter.escape(CSVWriter.cell(field)))
        }
        text.append("\n")
    }

    /// A field as written: a number (`-0.5`, `+3`, `1e-9`) exactly as given; text that starts
    /// like a formula defused by ``spreadsheetSafe(_:)``; anything else as given.
    package static func cell(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
              Double(field) == nil else { return field }
        return spreadsheetSafe(field)
    }

    /// `value` with a leading apostrophe when it starts like a spreadsheet formula (`=`, `+`,
    /// `-`, `@`, tab, CR), so opening untrusted text in Excel or LibreOffice never runs it
    /// (OWASP, "CSV Injection").
    package static func spreadsheetSafe(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// `field` quoted when it holds a comma, quote, CR or LF (looked for in its UTF-8 bytes, so a
    /// CR LF pair, one `Character`, is found too).
    static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
