import FocusNetGraph
import Foundation

/// Rewrites one clean file of the simulator with ``DefectKind``s at their rates, and predicts
/// exactly the account `focusnet validate` will give of the result.
///
/// The plan is drawn from the row count before the file is read: distinct rows for the
/// accepted defects (at most one per row), and a source row for every inserted copy. The file is
/// then streamed: each clean row is written (as it was, or with its accepted defect), followed by
/// its copies — a byte-for-byte duplicate, or the row as written with exactly one rejecting
/// defect. So every clean row is kept with its clean values, and every inserted row is either a
/// duplicate or rejected for the reason its defect names.
///
/// Relies on what the simulator guarantees of a clean file: ASCII, no quoted field, no blank
/// field, no two equal rows, and no row the reader rejects up to the data's last day.
struct DefectInjector {
    let layout: DirtyFileLayout
    /// Data rows of the clean file.
    let rows: Int
    let byteOrderMark: Bool
    let crlf: Bool
    /// Row → its accepted defect.
    private var rewritten: [Int: DefectKind] = [:]
    /// Row → the defects of the copies inserted after it, in order.
    private var copies: [Int: [DefectKind]] = [:]
    /// How many of each defect the plan holds (every kind present, 0 when none).
    private(set) var counts: [DefectKind: Int]

    /// Draws the plan for a clean file of `rows` data rows.
    /// - Complexity: O(d) time and memory for d defects (about 4% of `rows`).
    init(layout: DirtyFileLayout, rows: Int, byteOrderMark: Bool, crlf: Bool, random: inout Xoshiro256StarStar) {
        self.layout = layout
        self.rows = rows
        self.byteOrderMark = byteOrderMark
        self.crlf = crlf
        counts = Dictionary(uniqueKeysWithValues: DefectKind.allCases.map { ($0, 0) })
        counts[.byteOrderMark] = byteOrderMark ? 1 : 0
        counts[.crlfLineEnds] = crlf ? 1 : 0
        let applicable = DefectKind.allCases.filter { layout.applies($0) && $0.effect != .file }

        var accepted: [DefectKind] = []
        for defect in applicable where defect.effect == .accepted {
            let n = min(defect.count(of: rows), rows - accepted.count)
            accepted += repeatElement(defect, count: n)
            counts[defect] = n
        }
        for (row, defect) in zip(random.distinct(accepted.count, below: rows), accepted) { rewritten[row] = defect }

        for defect in applicable where defect.effect == .duplicate || defect.effect == .rejected {
            let n = defect.count(of: rows)
            for _ in 0..<n { copies[random.below(rows), default: []].append(defect) }
            counts[defect] = n
        }
    }

    /// Replaces the clean file at `url` by its dirty version and returns the manifest entry.
    /// - Throws: ``SimulationError/cannotWriteFile(path:reason:)`` when the clean file cannot be
    ///   read back or the dirty file cannot be written in its place.
    /// - Complexity: O(bytes) time; memory the plan plus two 1 MiB buffers.
    func rewrite(_ url: URL, random: inout Xoshiro256StarStar) throws(SimulationError) -> DirtyManifest.File {
        let dirtyURL = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).dirty")
        guard let input = FileHandle(forReadingAtPath: url.path) else {
            throw .cannotWriteFile(path: url.path, reason: "the clean file cannot be read back")
        }
        defer { try? input.close() }
        let rewriting = Rewriting(plan: self, output: dirtyURL, random: random)
        do throws(SimulationError) {
            var parser = CSVParser()
            while rewriting.failure == nil {
                let chunk: Data
                do { chunk = try input.read(upToCount: 1 << 20) ?? Data() } catch {
                    throw .cannotWriteFile(path: url.path, reason: "reading the clean file back: \(error)")
                }
                if chunk.isEmpty { break }
                chunk.withUnsafeBytes { parser.consume($0) { rewriting.take($0) } }
            }
            parser.finish { rewriting.take($0) }
            if let failure = rewriting.failure { throw failure }
            try rewriting.close()
        } catch {
            try? FileManager.default.removeItem(at: dirtyURL)
            throw error
        }
        precondition(rewriting.cleanRows == rows, "\(url.lastPathComponent): \(rewriting.cleanRows) rows, planned for \(rows)")
        random = rewriting.random
        do {
            try FileManager.default.removeItem(at: url)
            try FileManager.default.moveItem(at: dirtyURL, to: url)
        } catch {
            throw .cannotWriteFile(path: url.path, reason: "replacing the clean file: \(error.localizedDescription)")
        }
        return DirtyManifest.File(cleanRows: rows,
                                  defects: Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) }),
                                  expected: rewriting.expected)
    }

    /// The streaming state of one rewrite: a class, so the parser's per-byte loop captures one
    /// reference (see `TableReader.FileReading` in FocusNetGraph for why).
    private final class Rewriting {
        let plan: DefectInjector
        let outputURL: URL
        var random: Xoshiro256StarStar
        var writer: CSVStreamWriter?
        var failure: SimulationError?
        var cleanRows = 0
        var expected = DirtyManifest.Expected()
        // Column positions, from the header.
        var header: [String] = []
        var isDate: [Bool] = [], isCoded: [Bool] = []

        init(plan: DefectInjector, output: URL, random: Xoshiro256StarStar) {
            self.plan = plan
            outputURL = output
            self.random = random
        }

        func take(_ row: CSVRow) {
            guard failure == nil else { return }
            do throws(SimulationError) {
                guard let writer else { return try start(row) }
                let index = cleanRows
                cleanRows += 1
                expected.rowsRead += 1
                expected.accepted += 1
                let inserted = plan.copies[index] ?? []
                if plan.rewritten[index] == nil && inserted.isEmpty {
                    var normalizes = false
                    for i in 0..<row.count {
                        row.withField(i) { bytes in
                            writer.field(bytes)
                            normalizes = normalizes || self.normalizes(bytes, column: i)
                        }
                    }
                    if normalizes { expected.normalized += 1 }
                    return try writer.endRow()
                }
                var fields = (0..<row.count).map { i in row.withField(i) { String(decoding: $0, as: UTF8.self) } }
                if let defect = plan.rewritten[index] { _ = apply(defect, to: &fields) }
                try write(fields, to: writer)
                if fields.indices.contains(where: { normalizes(Array(fields[$0].utf8), column: $0) }) { expected.normalized += 1 }
                for defect in inserted {
                    var copy = fields
                    let column = apply(defect, to: &copy)
                    try write(copy, to: writer)
                    expected.rowsRead += 1
                    if defect.effect == .duplicate {
                        expected.deduplicated += 1
                    } else {
                        expected.rejected += 1
                        expected.rejectedByReason[plan.layout.rejectionReason(defect, column: column), default: 0] += 1
                    }
                }
            } catch {
                failure = error
            }
        }

        func close() throws(SimulationError) { try writer?.close() }

        private func start(_ row: CSVRow) throws(SimulationError) {
            header = (0..<row.count).map { i in row.withField(i) { String(decoding: $0, as: UTF8.self) } }
            isDate = header.map { DirtyFileLayout.dateColumns.contains($0) }
            isCoded = header.map { plan.layout.kind.codedColumns.contains($0) }
            writer = try CSVStreamWriter(url: outputURL, header: header, byteOrderMark: plan.byteOrderMark, crlf: plan.crlf)
        }

        private func write(_ fields: [String], to writer: CSVStreamWriter) throws(SimulationError) {
            for field in fields { writer.text(field) }
            try writer.endRow()
        }

        /// Whether the reader cleans this field of an accepted row (and so counts the row as
        /// normalized): white space at either end of a non-date value, or an upper-case letter
        /// in a code. Exact for the ASCII values the simulator and the defects write (see
        /// `FieldRules` in FocusNetGraph; dates are trimmed but never counted).
        private func normalizes(_ bytes: some BidirectionalCollection<UInt8>, column: Int) -> Bool {
            if isDate[column] { return false }
            func isSpace(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }
            if isSpace(bytes.first) || isSpace(bytes.last) { return true }
            return isCoded[column] && bytes.contains { $0 >= 0x41 && $0 <= 0x5A }
        }

        private func position(_ column: String?) -> Int {
            guard let column, let i = header.firstIndex(of: column) else {
                preconditionFailure("\(plan.layout.kind) has no column \(column ?? "nil") in \(header)")
            }
            return i
        }

        /// Writes `defect` into `fields`; returns the column it changed ("" for a duplicate).
        private func apply(_ defect: DefectKind, to fields: inout [String]) -> String {
            let layout = plan.layout
            switch defect {
            case .duplicateRow, .byteOrderMark, .crlfLineEnds:
                return ""
            case .blankPersonID:
                fields[position(layout.personColumn)] = random.bernoulli(0.5) ? "" : "  "
                return layout.personColumn ?? ""
            case .unparseableDate:
                let i = position(layout.dateColumn), (y, m, d) = Self.parts(fields[i])
                fields[i] = ["unknown", "N/A", "00/00/0000", "\(y)/\(m)/\(d)", "\(d).\(m).\(y)"][random.below(5)]
                return layout.dateColumn ?? ""
            case .impossibleDate:
                let i = position(layout.dateColumn)
                fields[i] = Self.parts(fields[i]).year + "-" + Self.impossibleMonthDays[random.below(Self.impossibleMonthDays.count)]
                return layout.dateColumn ?? ""
            case .unknownCode:
                let (column, codes) = layout.unknownCodes[random.below(layout.unknownCodes.count)]
                fields[position(column)] = codes[random.below(codes.count)]
                return column
            case .whitespacePadding:
                let i = position(layout.paddedColumn), value = fields[i]
                fields[i] = [" \(value)", "\(value)  ", "  \(value) "][random.below(3)]
                return layout.paddedColumn
            case .caseNoise:
                let column = layout.caseNoiseColumns[random.below(layout.caseNoiseColumns.count)]
                let i = position(column), value = fields[i]
                fields[i] = random.bernoulli(0.5) ? value.uppercased() : value.prefix(1).uppercased() + value.dropFirst()
                return column
            case .otherDateFormat:
                let i = position(layout.dateColumn), iso = fields[i], (y, m, d) = Self.parts(iso)
                var forms = [iso + "T00:00:00", iso + " 00:00"]
                if m.hasPrefix("0") || d.hasPrefix("0") { forms.append("\(y)-\(Int(m) ?? 0)-\(Int(d) ?? 0)") }
                fields[i] = forms[random.below(forms.count)]
                return layout.dateColumn ?? ""
            case .quotedComma:
                let i = position(layout.dateColumn)
                func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
                let millis = random.below(1000)
                fields[i] += "T\(two(random.below(24))):\(two(random.below(60))):\(two(random.below(60))),"
                    + (millis < 10 ? "00" : millis < 100 ? "0" : "") + "\(millis)"
                return layout.dateColumn ?? ""
            }
        }

        /// Month-day pairs that are no calendar date in any year.
        static let impossibleMonthDays = ["02-30", "02-31", "04-31", "06-31", "09-31", "11-31", "13-01", "00-10"]

        /// Year, month and day of a date as the simulator or ``DefectKind/otherDateFormat`` writes
        /// it (`yyyy-mm-dd`, `yyyy-m-d`, with or without a time part after `T` or a space).
        static func parts(_ date: String) -> (year: String, month: String, day: String) {
            let day = date.prefix { $0 != "T" && $0 != " " }.split(separator: "-").map(String.init)
            precondition(day.count == 3, "not a simulator date: \(date)")
            return (day[0], day[1], day[2])
        }
    }
}
