import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// A CSV file of an output folder, read with FocusNet's own parser (``CSVParser``): the header
/// and every record as strings. Columns are looked up by name, so added columns never break
/// the report; a missing one is an error naming the file and column.
struct ReportCSV {
    let file: String
    let header: [String]
    let rows: [[String]]

    /// - Throws: ``ReportError/unreadable(file:)``, ``ReportError/malformedRow(file:line:)``.
    /// - Complexity: O(bytes).
    init(url: URL) throws(ReportError) {
        var header: [String]? = nil
        var rows: [[String]] = []
        try Self.scan(url: url) { fields, _ in
            if header == nil { header = fields } else { rows.append(fields) }
        }
        file = url.lastPathComponent
        self.header = header ?? []
        self.rows = rows
    }

    /// Reads `url` record by record without keeping the records: `body(fields, line)`.
    /// - Throws: ``ReportError/unreadable(file:)`` or ``ReportError/malformedRow(file:line:)``.
    static func scan(url: URL, _ body: ([String], Int) -> Void) throws(ReportError) {
        let name = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw .unreadable(file: name) }
        var parser = CSVParser()
        var failure: ReportError?
        func emit(_ row: CSVRow) {
            guard failure == nil else { return }
            if row.malformation != nil { failure = .malformedRow(file: name, line: row.line); return }
            var fields: [String] = []
            fields.reserveCapacity(row.count)
            for i in 0..<row.count {
                guard case .success(let text) = row.string(i) else { failure = .unreadable(file: name); return }
                fields.append(text)
            }
            body(fields, row.line)
        }
        data.withUnsafeBytes { bytes in
            parser.consume(bytes, emit: emit)
            parser.finish(emit: emit)
        }
        if let failure { throw failure }
    }

    /// Index of a column the report needs.
    /// - Throws: ``ReportError/missingColumn(file:column:)``.
    func column(_ name: String) throws(ReportError) -> Int {
        guard let i = header.firstIndex(of: name) else { throw .missingColumn(file: file, column: name) }
        return i
    }

    /// Index of a column the report needs, by its schema.
    /// - Throws: ``ReportError/missingColumn(file:column:)``.
    func column<Column: TableSchema>(_ column: Column) throws(ReportError) -> Int { try self.column(column.rawValue) }

    /// Index of a column the report shows when present, by its schema.
    func optionalColumn<Column: TableSchema>(_ column: Column) -> Int? { optionalColumn(column.rawValue) }

    /// Index of a column the report shows when present.
    func optionalColumn(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// Rows as dictionaries by column name (short rows give empty strings).
    var records: [[String: String]] {
        rows.map { row in
            Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0 < row.count ? row[$0] : "") })
        }
    }
}

extension Array where Element == String {
    /// Field `i`, or empty when the row is short.
    subscript(safe i: Int) -> String { i < count ? self[i] : "" }
}
