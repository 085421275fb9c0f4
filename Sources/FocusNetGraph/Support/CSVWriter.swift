import Foundation

/// Writes RFC 4180 CSV: fields quoted only when they hold a comma, quote, CR or LF; LF line ends.
public struct CSVWriter {
    public private(set) var text = ""

    public init(header: [String]) { row(header) }

    public mutating func row(_ fields: [String]) {
        text += fields.map(CSVWriter.escape).joined(separator: ",")
        text += "\n"
    }

    /// `value` with a leading apostrophe when it starts like a spreadsheet formula (`=`, `+`,
    /// `-`, `@`, tab, CR), so opening untrusted text in Excel or LibreOffice never runs it
    /// (OWASP, "CSV Injection").
    public static func spreadsheetSafe(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
