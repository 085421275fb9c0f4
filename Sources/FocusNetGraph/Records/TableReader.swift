import Crypto
import Foundation

/// One data row of an input file, read through the file's mapping.
struct MappedRow {
    let row: CSVRow
    let file: String
    let mapping: InputMapping
    let index: [String: Int]        // canonical column → field position

    var line: Int { row.line }

    /// Whether the file has this canonical column.
    func has(_ column: String) -> Bool { index[column] != nil }

    /// The raw text of a canonical column, or `nil` when the file lacks the column.
    func text(_ column: String) throws(RowRejection) -> String? {
        guard let i = index[column] else { return nil }
        switch row.string(i) {
        case .success(let text): return text
        case .failure(let bad):
            throw RowRejection(column: column, value: "", reason: "not UTF-8 (invalid byte at offset \(bad.byteOffset))")
        }
    }

    /// A required identifier: trimmed, NFC-normalized, non-blank.
    func identifier(_ column: String, changed: inout Bool) throws(RowRejection) -> String {
        let raw = try text(column) ?? ""
        let (value, didChange) = FieldRules.identifier(raw)
        guard !value.isEmpty else { throw RowRejection(column: column, value: raw, reason: "blank \(column)") }
        changed = changed || didChange
        return value
    }

    /// A date in one of the mapping's formats; `nil` when the column is absent or blank and `required` is false.
    func date(_ column: String, required: Bool) throws(RowRejection) -> CalendarDay? {
        let raw = try text(column) ?? ""
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            if required { throw RowRejection(column: column, value: raw, reason: "blank \(column)") }
            return nil
        }
        for format in mapping.dateFormats {
            if let day = format.parse(trimmed[...], twoDigitYearPivot: mapping.twoDigitYearPivot) { return day }
        }
        let formats = mapping.dateFormats.map(\.rawValue).joined(separator: "|")
        throw RowRejection(column: column, value: raw, reason: "unparseable date (expected \(formats))")
    }

    /// A coded value: case-folded, mapped through the mapping's code table, checked against
    /// `allowed` (`nil`: any code is kept).
    /// - Returns: `nil` when the column is absent or blank.
    func code(_ column: String, allowed: Set<String>?, changed: inout Bool) throws(RowRejection) -> String? {
        let raw = try text(column) ?? ""
        var (value, didChange) = FieldRules.code(raw)
        if value.isEmpty { return nil }
        if let mapped = mapping.codes[column]?[value] {
            didChange = didChange || mapped != value
            value = mapped
        }
        if let allowed, !allowed.contains(value) {
            guard mapping.unknownCodes == .other, allowed.contains("other") else {
                throw RowRejection(column: column, value: raw,
                                   reason: "unknown \(column) code (expected \(allowed.sorted().joined(separator: "|")))")
            }
            value = "other"
            didChange = true
        }
        changed = changed || didChange
        return value
    }
}

/// What a per-kind row parser decided about one row.
enum RowOutcome {
    /// Kept. `normalized`: some value was cleaned; `alias`: its person id was an alias;
    /// `day`, `until`: dates that widen the file's date range.
    case accepted(normalized: Bool, alias: Bool = false, day: CalendarDay? = nil, until: CalendarDay? = nil)
    /// Equal to an earlier kept row after cleaning; counted, not kept.
    case duplicate
}

/// Streams one CSV file through its mapping, reporting every row it cannot use.
enum TableReader {
    static let chunkSize = 4 << 20

    /// - Throws: ``RecordError`` when the file cannot be read, is empty, or lacks a required column.
    static func read(
        _ kind: InputKind, at url: URL, mapping: InputMapping, rejects: inout RejectLog,
        row handle: (MappedRow) throws(RowRejection) -> RowOutcome
    ) throws(RecordError) -> FileReport {
        let file = url.path
        var report = FileReport(kind: kind, file: file)
        guard let handle_ = FileHandle(forReadingAtPath: file) else {
            throw .unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
        }
        defer { try? handle_.close() }
        var parser = CSVParser()
        var hasher = SHA256()
        var index: [String: Int]?
        var headerCount = 0
        var headerError: RecordError?
        var firstChunk = true

        func process(_ row: CSVRow) {
            guard headerError == nil else { return }
            guard let columns = index else {
                do { (index, headerCount) = try header(row, kind: kind, mapping: mapping, file: file) } catch {
                    headerError = error
                }
                return
            }
            report.rowsRead += 1
            do throws(RowRejection) {
                if let malformed = row.malformation {
                    throw RowRejection(column: "", value: "", reason: "malformed CSV: \(malformed.rawValue)")
                }
                guard row.count == headerCount else {
                    throw RowRejection(column: "", value: "", reason: "row has \(row.count) fields, header has \(headerCount)")
                }
                switch try handle(MappedRow(row: row, file: file, mapping: mapping, index: columns)) {
                case .accepted(let normalized, let alias, let day, let until):
                    report.accepted += 1
                    if normalized { report.normalized += 1 }
                    if alias { report.aliasesResolved += 1 }
                    report.note(day)
                    report.note(until)
                case .duplicate:
                    report.deduplicated += 1
                }
            } catch {
                rejects.add(Rejection(file: file, line: row.line, column: error.column, value: error.value, reason: error.reason),
                            to: &report)
            }
        }

        while true {
            let chunk: Data
            do { chunk = try handle_.read(upToCount: chunkSize) ?? Data() } catch {
                throw .unreadable(file: file, reason: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            if firstChunk, chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
                throw .notUTF8(file: file, byteOffset: 0)     // a UTF-16 byte-order mark
            }
            firstChunk = false
            hasher.update(data: chunk)
            chunk.withUnsafeBytes { parser.consume($0, emit: process) }
            if let headerError { throw headerError }
        }
        parser.finish(emit: process)
        if let headerError { throw headerError }
        guard index != nil else { throw .emptyFile(file: file) }
        report.blankLines = parser.blankLines
        report.sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        return report
    }

    private static func header(_ row: CSVRow, kind: InputKind, mapping: InputMapping, file: String)
        throws(RecordError) -> ([String: Int], Int)
    {
        var names: [String] = []
        for i in 0..<row.count {
            switch row.string(i) {
            case .success(let name): names.append(FieldRules.identifier(name).value)
            case .failure(let bad): throw .notUTF8(file: file, byteOffset: bad.byteOffset)
            }
        }
        let folded = names.map { $0.lowercased() }
        var index: [String: Int] = [:]
        for column in kind.requiredColumns + kind.optionalColumns {
            let wanted = mapping.header(for: column)
            if let position = folded.firstIndex(of: wanted.lowercased()) {
                index[column] = position
            } else if kind.requiredColumns.contains(column) || mapping.columns[column].map({ $0 != column }) == true {
                // A required column, or an optional one the mapping renames: the mapping expects it.
                throw .missingColumn(file: file, column: column, expectedHeader: wanted, found: names)
            }
        }
        return (index, row.count)
    }
}
