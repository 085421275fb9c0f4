import Crypto
import Foundation

/// What every row of one file shares, resolved once from its header and mapping: held by
/// reference so that handing a row to its parser copies one pointer, not the mapping's tables.
final class FileSchema {
    let file: String
    /// The file's own header names, by field position (for rejections in columns FocusNet does not read).
    let headers: [String]
    /// Canonical columns the file has and their field positions (a short list: a linear scan of
    /// a few small strings is cheaper per row than hashing the column name).
    private let names: [String]
    private let positions: [Int]
    /// The mapping's parts, stored apart: reading one field of a struct held by a class copies
    /// the whole struct (retaining each of its tables) on every row.
    let codes: [String: [String: String]]
    let unknownCodes: InputMapping.UnknownCodePolicy
    /// Blank optional codes of the accepted rows, by column.
    let blankCodes: BlankCodes
    /// The reading of each date column the file has, in the order of ``names``.
    let dates: [DateColumnReading?]

    init(file: String, kind: InputKind, mapping: InputMapping, index: [String: Int], headers: [String]) {
        self.file = file
        self.headers = headers
        blankCodes = BlankCodes(kind: kind)
        codes = mapping.codes
        unknownCodes = mapping.unknownCodes
        let sorted = index.sorted { $0.value < $1.value }
        names = sorted.map(\.key)
        positions = sorted.map(\.value)
        dates = names.map { column in
            guard kind.dateColumns.contains(column) else { return nil }
            return DateColumnReading(column: column, candidates: mapping.dateCandidates(for: column),
                                     zone: mapping.timeZone, pivot: mapping.twoDigitYearPivot)
        }
    }

    @inline(__always)
    func position(_ column: String) -> Int? {
        for i in names.indices where names[i] == column { return positions[i] }
        return nil
    }

    /// The name a rejection gives field `position`: its canonical column when FocusNet reads
    /// it, else the file's own header (empty beyond the header's fields).
    func column(at position: Int) -> String {
        if let i = positions.firstIndex(of: position) { return names[i] }
        return position < headers.count ? headers[position] : ""
    }

    /// The same schema for another piece of the file: no blank codes counted yet, and each date
    /// column continuing from this one's reading (``DateColumnReading/init(continuing:)``).
    func piece() -> FileSchema { FileSchema(piece: self) }

    private init(piece other: FileSchema) {
        file = other.file
        headers = other.headers
        names = other.names
        positions = other.positions
        codes = other.codes
        unknownCodes = other.unknownCodes
        blankCodes = BlankCodes(sameColumnsAs: other.blankCodes)
        dates = other.dates.map { $0.map(DateColumnReading.init(continuing:)) }
    }

    /// The format each date column is read with now (`nil`: none yet), in the order of ``dates``.
    var dateFormats: [DateFormat?] { dates.map { $0?.format } }

    /// The field position and reading of a date column the file has.
    @inline(__always)
    func date(_ column: String) -> (position: Int, reading: DateColumnReading)? {
        for i in names.indices where names[i] == column { return dates[i].map { (positions[i], $0) } }
        return nil
    }
}

/// One data row of an input file, read through the file's mapping.
///
/// Every accessor has a fast path on the field's bytes for the common case (ASCII text that
/// needs no cleaning), so a clean row creates no string but the identifiers it keeps; anything
/// else goes through the general Unicode rules of ``FieldRules``.
///
/// Measured (release build, 2-core VM, 1,000,001 arrest rows = 41 MB, 5 columns, 289,413
/// persons, 500,432 arrests): 15.7 s with Foundation trimming every field and the row closure
/// capturing value types; 1.35 s CPU and 118 MB peak memory with the fast paths, the
/// ``FileReading`` class and pair-keyed duplicate detection; 10,000,001 rows (422 MB) in 13.3 s
/// CPU and 782 MB peak. What is left is hashing (interning two identifiers and one duplicate
/// check per row, ~55%) and the CSV scan (~10%).
struct MappedRow {
    let row: CSVRow
    let schema: FileSchema

    var line: Int { row.line }
    var file: String { schema.file }

    /// Whether the file has this canonical column.
    func has(_ column: String) -> Bool { schema.position(column) != nil }

    /// The raw text of a canonical column, or `nil` when the file lacks the column.
    func text(_ column: String) throws(RowRejection) -> String? {
        guard let i = schema.position(column) else { return nil }
        switch row.string(i) {
        case .success(let text): return text
        case .failure(let bad):
            throw RowRejection(column: column, value: "", reason: "not UTF-8 (invalid byte at offset \(bad.byteOffset))")
        }
    }

    /// A required identifier: trimmed, NFC-normalized, non-blank.
    func identifier(_ column: String, changed: inout Bool) throws(RowRejection) -> String {
        if let i = schema.position(column), let clean = row.withField(i, FieldRules.cleanIdentifier) { return clean }
        let raw = try text(column) ?? ""
        let (value, didChange) = FieldRules.identifier(raw)
        guard !value.isEmpty else { throw RowRejection(column: column, value: raw, reason: "blank \(column)") }
        changed = changed || didChange
        return value
    }

    /// A date in the column's format (declared, or being inferred: see ``DateColumnReading``);
    /// `nil` when the column is absent or blank and `required` is false.
    func date(_ column: String, required: Bool) throws(RowRejection) -> CalendarDay? {
        guard let (i, reading) = schema.date(column) else {
            if required { throw RowRejection(column: column, value: "", reason: "blank \(column)") }
            return nil
        }
        let line = row.line
        // `nil`: blank; `.unreadable` without reading: non-ASCII bytes at an end, to be trimmed as Unicode.
        let outcome: DateColumnReading.Outcome?? = row.withField(i) { bytes in
            let trimmed = FieldRules.trimASCIISpaces(bytes)
            guard let first = trimmed.first, let last = trimmed.last else { return .some(nil) }
            if first >= 0x80 || last >= 0x80 { return nil }
            return .some(reading.read(trimmed, line: line))
        }
        let result: DateColumnReading.Outcome
        switch outcome {
        case .some(.some(let read)): result = read
        case .some(.none):
            if required { throw RowRejection(column: column, value: try text(column) ?? "", reason: "blank \(column)") }
            return nil
        case .none:
            // White space outside ASCII at an end (e.g. a no-break space): trimmed as Unicode.
            var trimmed = (try text(column) ?? "").trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if required { throw RowRejection(column: column, value: try text(column) ?? "", reason: "blank \(column)") }
                return nil
            }
            result = trimmed.withUTF8 { reading.read($0, line: line) }
        }
        switch result {
        case .day(let day): return day
        case .unreadable: throw rejection(column, reading.unreadableReason)
        case .fictitiousLeapDay: throw rejection(column, "excel-serial 60 is Excel's fictitious 1900-02-29, a day that never was")
        case .needsZone: throw rejection(column, "date with a UTC offset and no --timezone")
        }
    }

    /// The column's text under ``FieldRules/code(_:)``; `nil` when the file lacks the column.
    func folded(_ column: String) throws(RowRejection) -> (value: String, changed: Bool)? {
        guard let i = schema.position(column) else { return nil }
        if let fast = row.withField(i, FieldRules.asciiCode) { return fast }
        return FieldRules.code(try text(column) ?? "")
    }

    /// A value of a closed set of codes, read as ``code(_:allowed:changed:)`` reads it against
    /// the set's names; `nil` when the column is absent or blank.
    func code<Value: CodedValue>(_ column: String, as _: Value.Type, changed: inout Bool) throws(RowRejection) -> Value? {
        try code(column, allowed: Value.names, changed: &changed).flatMap(Value.init(name:))
    }

    /// The rejection of this row for `column`, quoting the column's text as read.
    func rejection(_ column: String, _ reason: String) -> RowRejection {
        RowRejection(column: column, value: (try? text(column)) ?? "", reason: reason)
    }

    /// A coded value: case-folded, mapped through the mapping's code table, checked against
    /// `allowed` (`nil`: any code is kept).
    /// - Returns: `nil` when the column is absent or blank.
    func code(_ column: String, allowed: Set<String>?, changed: inout Bool) throws(RowRejection) -> String? {
        guard var (value, didChange) = try folded(column) else { return nil }
        guard !value.isEmpty else {
            schema.blankCodes.note(column)
            return nil
        }
        if let mapped = schema.codes[column]?[value] {
            didChange = didChange || mapped != value
            value = mapped
        }
        if let allowed, !allowed.contains(value) {
            guard schema.unknownCodes == .other, allowed.contains("other") else {
                throw RowRejection(column: column, value: try text(column) ?? "",
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
    /// Kept. `alias`: its person id was an alias; `day`, `until`: dates that widen the file's
    /// date range. (Whether some value was cleaned is the `changed` flag the parser was handed.)
    case accepted(alias: Bool = false, day: CalendarDay? = nil, until: CalendarDay? = nil)
    /// Equal to an earlier kept row after cleaning; counted, not kept.
    case duplicate
}

/// Streams one CSV file through its mapping, reporting every row it cannot use.
enum TableReader {
    static let chunkSize = 4 << 20

    /// The state of one file's reading. A class, and the only thing the per-row closure
    /// captures: the parser's per-byte loop is specialized with that closure, and every value it
    /// captured (the mapping's tables, the file name…) was retained and released per *byte*,
    /// which made reading 1 million rows take 15 s instead of the 1–2 s measured after.
    final class FileReading {
        let kind: InputKind
        let file: String
        let mapping: InputMapping
        // Per-row state: one thread reads a file or a piece, so the dynamic access checks of
        // class properties are left out (`@exclusivity(unchecked)`; they cost ≈ 3 % of a row).
        @exclusivity(unchecked) var report: FileReport
        var schema: FileSchema?
        var headerCount = 0
        var headerError: RecordError?
        @exclusivity(unchecked) var evidence: EncodingEvidence
        @exclusivity(unchecked) var rowsRead = 0, accepted = 0, deduplicated = 0, normalized = 0, aliasesResolved = 0
        @exclusivity(unchecked) var first = Int32.max, last = Int32.min
        /// When reading in pieces: per accepted row, bit 0 `changed`, bit 1 alias, bits 2… its
        /// blank codes (``BlankCodes/pendingMask``), so that a row found to be a duplicate of an
        /// earlier piece's row can be taken back out of the counts (``demote(_:)``).
        @exclusivity(unchecked) var rowFlags: [UInt8]?

        init(kind: InputKind, file: String, mapping: InputMapping) {
            self.kind = kind
            self.file = file
            self.mapping = mapping
            report = FileReport(kind: kind, file: file)
            evidence = EncodingEvidence(encoding: mapping.encoding ?? .utf8)
        }

        /// The reading of the piece after `previous`'s (which read the header): same schema,
        /// dates continuing from `previous`'s state now, nothing counted yet.
        init(piece previous: FileReading) {
            kind = previous.kind
            file = previous.file
            mapping = previous.mapping
            report = FileReport(kind: kind, file: file)
            evidence = EncodingEvidence(encoding: previous.evidence.encoding)
            schema = previous.schema?.piece()
            headerCount = previous.headerCount
            rowFlags = previous.rowFlags.map { _ in [] }
        }

        /// Adds what the next piece of the file counted (its reading started where this one ends).
        func absorb(_ later: FileReading) {
            rowsRead += later.rowsRead
            accepted += later.accepted
            deduplicated += later.deduplicated
            normalized += later.normalized
            aliasesResolved += later.aliasesResolved
            first = min(first, later.first)
            last = max(last, later.last)
            report.absorbRejections(of: later.report)
            evidence.absorb(later.evidence)
            if let schema, let other = later.schema {
                schema.blankCodes.absorb(other.blankCodes)
                for case let (date?, next?) in zip(schema.dates, other.dates) { date.absorb(next) }
            }
        }

        /// Turns an accepted row (with `flags` from ``rowFlags``) into a duplicate.
        func demote(_ flags: UInt8) {
            accepted -= 1
            deduplicated += 1
            if flags & 1 != 0 { normalized -= 1 }
            if flags & 2 != 0 { aliasesResolved -= 1 }
            if flags >> 2 != 0 { schema?.blankCodes.remove(flags >> 2) }
        }

        func process(_ row: CSVRow, rejects: inout RejectLog, handle: (MappedRow, inout Bool) throws(RowRejection) -> RowOutcome) {
            guard headerError == nil else { return }
            guard let schema else {
                do {
                    let (index, headers) = try TableReader.header(row, kind: kind, mapping: mapping, file: file)
                    schema = FileSchema(file: file, kind: kind, mapping: mapping, index: index, headers: headers)
                    headerCount = headers.count
                } catch {
                    headerError = error
                }
                return
            }
            rowsRead += 1
            do throws(RowRejection) {
                try checkText(row, schema: schema)
                if let malformed = row.malformation {
                    throw RowRejection(column: "", value: "", reason: "malformed CSV: \(malformed.rawValue)")
                }
                guard row.count == headerCount else {
                    throw RowRejection(column: "", value: "", reason: "row has \(row.count) fields, header has \(headerCount)")
                }
                var changed = false
                switch try handle(MappedRow(row: row, schema: schema), &changed) {
                case .accepted(let alias, let day, let until):
                    if rowFlags != nil {
                        rowFlags!.append((changed ? 1 : 0) | (alias ? 2 : 0) | schema.blankCodes.pendingMask << 2)
                    }
                    if schema.blankCodes.hasPending { schema.blankCodes.commit() }
                    accepted += 1
                    if changed { normalized += 1 }
                    if alias { aliasesResolved += 1 }
                    note(day)
                    note(until)
                case .duplicate:
                    if schema.blankCodes.hasPending { schema.blankCodes.discard() }
                    deduplicated += 1
                }
            } catch {
                if schema.blankCodes.hasPending { schema.blankCodes.discard() }
                rejects.add(Rejection(file: file, line: row.line, column: error.column, value: error.value, reason: error.reason,
                                      detail: error.detail),
                            to: &report)
            }
        }

        /// Rejects a row any of whose fields, read or not, is not text in the file's encoding:
        /// invalid UTF-8, or (Windows-1252) a byte the code page leaves undefined, which the
        /// transcoder passed through (``SingleByteTranscoder``). The offset is counted in the
        /// file's own bytes, from the start of the value (quotes removed).
        @inline(__always)
        private func checkText(_ row: CSVRow, schema: FileSchema) throws(RowRejection) {
            switch row.checkUTF8() {
            case .ascii: return
            case .utf8: evidence.noteValidNonASCII()
            case .invalid(let field, var offset, let byte):
                let encoding = evidence.encoding
                if encoding != .utf8 {
                    // Transcoded: one source byte per character before the first invalid byte.
                    offset = row.withField(field) { bytes in bytes.prefix(offset).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
                }
                evidence.noteInvalid(row, headers: schema.headers)
                let value = row.withField(field) { String(decoding: $0, as: UTF8.self) }
                throw encoding == .utf8
                    ? RowRejection(column: schema.column(at: field), value: value, reason: "not UTF-8",
                                   detail: "invalid byte \(hex(byte)) at byte \(offset) of the value")
                    : RowRejection(column: schema.column(at: field), value: value, reason: "not \(encoding.title)",
                                   detail: "undefined byte \(hex(byte)) at byte \(offset) of the value")
            }
        }

        private func note(_ day: CalendarDay?) {
            guard let day else { return }
            first = min(first, day.daysSinceEpoch)
            last = max(last, day.daysSinceEpoch)
        }

        func finish(blankLines: Int, sha256: String) -> FileReport {
            report.rowsRead = rowsRead
            report.accepted = accepted
            report.deduplicated = deduplicated
            report.normalized = normalized
            report.aliasesResolved = aliasesResolved
            if first <= last {
                report.firstDate = CalendarDay(daysSinceEpoch: first)
                report.lastDate = CalendarDay(daysSinceEpoch: last)
            }
            report.blankLines = blankLines
            report.sha256 = sha256
            if let schema { report.warnings.merge(schema.blankCodes.warnings(kind: kind)) { $1 } }
            report.encoding = evidence.encoding
            report.encodingHint = evidence.hint(file: file, rowsRead: rowsRead)
            return report
        }
    }

    /// A guess at the data rows of `url` from its size, for reserving capacity (0 when unknown).
    static func expectedRows(_ url: URL, bytesPerRow: Int) -> Int {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return min(size / bytesPerRow, Int(Int32.max))
    }

    /// Reads every data row of `url` through `handle`, which parses one row, sets its `changed`
    /// flag (handed in `false`) when it cleaned some value, and says whether the row is kept or a
    /// duplicate, or throws the row's rejection. The reader does the rest for every kind: header
    /// and required columns, malformed rows and field counts, the reject log, the file's counts
    /// (read, accepted, deduplicated, normalized, aliases resolved), its date range and SHA-256.
    ///
    /// The file is decoded once, chunk by chunk, in the mapping's encoding: UTF-8 goes to the CSV
    /// parser as it is; Windows-1252 and ISO-8859-1 are transcoded to UTF-8 first
    /// (``SingleByteTranscoder``; the SHA-256 is of the file's own bytes). Line numbers count the
    /// file's lines either way; the parser's byte offsets count the UTF-8 it was given.
    /// - Throws: ``RecordError`` when the file cannot be read, is empty, starts with a UTF-16
    ///   byte-order mark (or a UTF-8 one under a single-byte encoding), or its header lacks a
    ///   required column or is not text in the encoding.
    static func read(
        _ kind: InputKind, at url: URL, mapping: InputMapping, rejects: inout RejectLog,
        row handle: (_ row: MappedRow, _ changed: inout Bool) throws(RowRejection) -> RowOutcome
    ) throws(RecordError) -> FileReport {
        let file = url.path
        guard let fileHandle = FileHandle(forReadingAtPath: file) else {
            throw .unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
        }
        defer { try? fileHandle.close() }
        var parser = CSVParser()
        var hasher: SHA256? = SHA256()
        let reading = FileReading(kind: kind, file: file, mapping: mapping)
        func process(_ row: CSVRow) { reading.process(row, rejects: &rejects, handle: handle) }
        try forEachChunk(of: fileHandle, file: file, from: 0, to: nil, encoding: mapping.encoding ?? .utf8,
                         hasher: &hasher) { (utf8: UnsafeRawBufferPointer) throws(RecordError) in
            parser.consume(utf8, emit: process)
            if let error = reading.headerError { throw error }
        }
        parser.finish(emit: process)
        if let error = reading.headerError { throw error }
        return try finish(reading, blankLines: parser.blankLines, sha256: OutputDigest.hex(hasher!.finalize()), rejects: &rejects)
    }

    /// Reads the bytes `start..<end` of `fileHandle` (`end` `nil`: to the end of the file) in
    /// chunks of ``chunkSize``, handing each to `body` as UTF-8 (transcoded from `encoding`), and
    /// each as read to `hasher` when given. From byte 0, the first chunk is checked for a
    /// byte-order mark that contradicts `encoding`.
    /// - Throws: ``RecordError`` when the file cannot be read or starts with a UTF-16
    ///   byte-order mark (or a UTF-8 one under a single-byte encoding); what `body` throws.
    /// Bytes read count on ``StageMeter/shared`` unless `metered` is false (a second pass that only hashes).
    static func forEachChunk(of fileHandle: FileHandle, file: String, from start: Int, to end: Int?, encoding: TextEncoding,
                             hasher: inout SHA256?, metered: Bool = true,
                             _ body: (UnsafeRawBufferPointer) throws(RecordError) -> Void)
        throws(RecordError)
    {
        var position = start
        do { if start > 0 { try fileHandle.seek(toOffset: UInt64(start)) } } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        while end.map({ position < $0 }) ?? true {
            let chunk: Data
            do { chunk = try fileHandle.read(upToCount: min(chunkSize, (end ?? .max) - position)) ?? Data() } catch {
                throw .unreadable(file: file, reason: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            if position == 0 {
                if chunk.starts(with: [0xFF, 0xFE]) { throw .utf16(file: file, byteOrder: "UTF-16LE") }
                if chunk.starts(with: [0xFE, 0xFF]) { throw .utf16(file: file, byteOrder: "UTF-16BE") }
                if encoding != .utf8, chunk.starts(with: [0xEF, 0xBB, 0xBF]) { throw .encodingConflict(file: file, declared: encoding) }
            }
            position += chunk.count
            if metered { StageMeter.shared.advance(chunk.count) }
            hasher?.update(data: chunk)
            var failure: RecordError?
            func hand(_ bytes: UnsafeRawBufferPointer) {
                do throws(RecordError) { try body(bytes) } catch { failure = error }
            }
            if encoding == .utf8 {
                chunk.withUnsafeBytes(hand)
            } else {
                let utf8 = chunk.withUnsafeBytes { SingleByteTranscoder.utf8($0, from: encoding) }
                utf8.withUnsafeBytes(hand)
            }
            if let failure { throw failure }
        }
    }

    /// The file's report once every row was read: counts, SHA-256, and each date column's
    /// decision (rejections given the pending reason renamed to the decided format's).
    /// - Throws: ``RecordError/emptyFile(file:)`` without a header;
    ///   ``RecordError/undecidedDates(file:reason:)`` when a date column's format cannot be decided.
    static func finish(_ reading: FileReading, blankLines: Int, sha256: String, rejects: inout RejectLog)
        throws(RecordError) -> FileReport
    {
        let kind = reading.kind, file = reading.file
        guard let schema = reading.schema else { throw .emptyFile(file: file) }
        var report = reading.finish(blankLines: blankLines, sha256: sha256)
        for case let date? in schema.dates {
            switch date.decision(kind: kind) {
            case .stop(let reason): throw .undecidedDates(file: file, reason: reason)
            case .reread(let format, let column):
                report.reread[date.column] = format
                report.dateColumns.append(column)
            case .keep(let column):
                report.dateColumns.append(column)
                if date.usedPendingReason {
                    rejects.replaceReason(date.pendingReason, with: DateColumnReading.unparseable(column.format),
                                          in: &report)
                }
            }
        }
        return report
    }

    fileprivate static func header(_ row: CSVRow, kind: InputKind, mapping: InputMapping, file: String)
        throws(RecordError) -> ([String: Int], [String])
    {
        let encoding = mapping.encoding ?? .utf8
        if encoding != .utf8, case .invalid(_, _, let byte) = row.checkUTF8() {
            throw .undefinedByte(file: file, byte: byte, encoding: encoding)
        }
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
                throw .missingColumn(file: file, kind: kind, column: column, expectedHeader: wanted, found: names)
            }
        }
        return (index, names)
    }
}
