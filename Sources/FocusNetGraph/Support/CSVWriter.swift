import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote, CR or LF; LF line ends.
/// Every text cell is spreadsheet-safe (``cell(_:)``): the one writer of every CSV file FocusNet
/// writes, so no list, table or export can carry a formula into Excel or LibreOffice.
package struct CSVWriter {
    /// The CSV written so far, header first, each row ending in LF.
    package private(set) var text = ""

    /// A writer whose text starts with the `header` row.
    package init(header: [String]) { row(header) }

    /// Appends one record; each field made spreadsheet-safe (``cell(_:)``), then escaped as
    /// RFC 4180 requires.
    /// - Complexity: O(total characters of `fields`).
    package mutating func row(_ fields: [String]) {
        text += fields.map { CSVWriter.escape(CSVWriter.cell($0)) }.joined(separator: ",")
        text += "\n"
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

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
