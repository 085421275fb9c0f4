import Foundation

/// The account `focusnet validate` gives of a run's record files: for every file the
/// reconciliation `rows read = accepted + deduplicated + rejected`, rejections by reason,
/// warnings, date range and persons; for the run the reject rate against the allowed maximum and
/// the distribution of arrests per person.
///
/// Used by `focusnet validate`; the file it writes, `validation_report.json`, is described in docs/data-formats.md.
///
/// Holds counts, dates, file paths and reasons only: no person identifier, so its text may go to
/// a terminal or a log. Holds no wall-clock time, so identical inputs give identical bytes.
package struct ValidationReport: Codable, Sendable, Equatable {
    /// One input file's account.
    package struct File: Codable, Sendable, Equatable {
        package let kind: String
        package let path: String
        package let sha256: String
        package let rowsRead: Int
        package let accepted: Int
        package let normalized: Int
        package let deduplicated: Int
        package let rejected: Int
        package let rejectedByReason: [String: Int]
        package let blankLines: Int
        package let aliasesResolved: Int
        package let warnings: [String: Int]
        /// ISO dates; `nil` when the file has no dated accepted row.
        package let firstDate: String?
        package let lastDate: String?
        package let persons: Int
        /// Whether `rowsRead == accepted + deduplicated + rejected`.
        package let reconciles: Bool
        /// The encoding the file was read in (`utf-8`, `windows-1252`, `iso-8859-1`).
        package let encoding: String
        /// ``FileReport/encodingHint``: which encoding the failing bytes suggest; absent when none.
        package let encodingHint: String?

        /// How each date column was read (format, declared or inferred, time zone).
        package let dates: [DateColumnReport]

        enum CodingKeys: String, CodingKey {
            case kind, path, sha256, accepted, normalized, deduplicated, rejected, warnings, persons, reconciles, encoding, dates
            case encodingHint = "encoding_hint"
            case rowsRead = "rows_read", rejectedByReason = "rejected_by_reason", blankLines = "blank_lines"
            case aliasesResolved = "aliases_resolved", firstDate = "first_date", lastDate = "last_date"
        }
    }

    /// How many distinct arrests each arrested person has.
    package struct Distribution: Codable, Sendable, Equatable {
        /// Persons with at least one accepted arrest.
        package let persons: Int
        /// Distinct (person, arrest) pairs.
        package let personArrests: Int
        package let mean: Double
        package let median: Double
        package let max: Int
        /// Persons per bucket, buckets `1`, `2`, `3-4`, `5-9`, `10-19`, `20+` in that order.
        package let buckets: [Bucket]

        package struct Bucket: Codable, Sendable, Equatable {
            package let arrests: String
            package let persons: Int
        }

        enum CodingKeys: String, CodingKey {
            case persons, mean, median, max, buckets
            case personArrests = "person_arrests"
        }
    }

    package let focusnetVersion: String
    /// The last date a record could carry (ISO).
    package let dataEnd: String
    package let files: [File]
    /// Persons in the run's one person index (all files, aliases resolved).
    package let persons: Int
    package let rowsRead: Int
    package let rejected: Int
    /// `rejected / rowsRead` over all files (0 when nothing was read).
    package let rejectRate: Double
    package let maxRejectRate: Double
    /// Whether every file reconciles and the reject rate is at most the maximum.
    package let passed: Bool
    package let arrestsPerPerson: Distribution

    enum CodingKeys: String, CodingKey {
        case files, persons, rejected, passed
        case focusnetVersion = "focusnet_version", dataEnd = "data_end", rowsRead = "rows_read"
        case rejectRate = "reject_rate", maxRejectRate = "max_reject_rate", arrestsPerPerson = "arrests_per_person"
    }

    /// The warning counted for arrest rows that list a person again on the same arrest.
    package static let repeatedPersonWarning = "rows listing a person again on the same arrest (counted once)"

    /// - Complexity: O(r log r) for r arrest rows (distinct person–arrest pairs are found by sorting).
    package init(records: RecordSet, maxRejectRate: Double) {
        // Distinct (person, arrest) pairs, sorted by person.
        var pairs = [UInt64](unsafeUninitializedCapacity: records.arrests.rowCount) { buffer, count in
            for i in 0..<records.arrests.rowCount {
                buffer[i] = UInt64(UInt32(records.arrests.person[i])) << 32 | UInt64(UInt32(records.arrests.arrest[i]))
            }
            count = records.arrests.rowCount
        }
        pairs.sort()
        var kept = 0
        for i in pairs.indices where i == 0 || pairs[i] != pairs[kept - 1] {
            pairs[kept] = pairs[i]
            kept += 1
        }
        let repeated = pairs.count - kept
        pairs.removeLast(repeated)
        var perPerson: [Int] = []
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count, pairs[end] >> 32 == pairs[start] >> 32 { end += 1 }
            perPerson.append(end - start)
            start = end
        }
        arrestsPerPerson = Distribution(perPerson)

        files = records.reports.map { r in
            var warnings = r.warnings
            if r.kind == .arrests, repeated > 0 { warnings[ValidationReport.repeatedPersonWarning] = repeated }
            return File(kind: r.kind.rawValue, path: r.file, sha256: r.sha256, rowsRead: r.rowsRead, accepted: r.accepted,
                        normalized: r.normalized, deduplicated: r.deduplicated, rejected: r.rejected,
                        rejectedByReason: r.rejectedByReason, blankLines: r.blankLines, aliasesResolved: r.aliasesResolved,
                        warnings: warnings, firstDate: r.firstDate?.description, lastDate: r.lastDate?.description,
                        persons: r.persons, reconciles: r.reconciles, encoding: r.encoding.rawValue, encodingHint: r.encodingHint,
                        dates: r.dateColumns)
        }
        focusnetVersion = Versions.focusNet
        dataEnd = records.dataEnd.description
        persons = records.personIDs.count
        rowsRead = files.reduce(0) { $0 + $1.rowsRead }
        rejected = files.reduce(0) { $0 + $1.rejected }
        rejectRate = rowsRead == 0 ? 0 : Double(rejected) / Double(rowsRead)
        self.maxRejectRate = maxRejectRate
        passed = files.allSatisfy(\.reconciles) && rejectRate <= maxRejectRate
    }

    /// `validation_report.json`: pretty JSON with sorted keys (stable bytes).
    package func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The readable summary `focusnet validate` prints.
    package var summary: String {
        var out = "FocusNet \(focusnetVersion) · validation · records dated after \(dataEnd) are rejected\n"
        for f in files {
            out += "\n\(f.kind): \(f.path)\n"
            out += "  rows read \(n(f.rowsRead)) = accepted \(n(f.accepted)) + duplicates \(n(f.deduplicated))"
                + " + rejected \(n(f.rejected))" + (f.reconciles ? "  (reconciles)" : "  (DOES NOT RECONCILE)") + "\n"
            var details = ["encoding \(f.encoding)", "normalized \(n(f.normalized))"]
            if f.aliasesResolved > 0 { details.append("aliases resolved \(n(f.aliasesResolved))") }
            if f.blankLines > 0 { details.append("blank lines \(n(f.blankLines))") }
            if f.kind != InputKind.population.rawValue { details.append("persons \(n(f.persons))") }
            if let first = f.firstDate, let last = f.lastDate { details.append("dates \(first) to \(last)") }
            out += "  " + details.joined(separator: " · ") + "\n"
            let name = (f.path as NSString).lastPathComponent
            for date in f.dates { out += "  dates: \(name) \(date.summary)\n" }
            if !f.rejectedByReason.isEmpty {
                out += "  rejected by reason:\n"
                for (reason, count) in f.rejectedByReason.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                    out += "    \(pad(n(count), 9))  \(reason)\n"
                }
            }
            if let hint = f.encodingHint { out += "  encoding: \(hint)\n" }
            if !f.warnings.isEmpty {
                out += "  warnings (rows kept):\n"
                for (warning, count) in f.warnings.sorted(by: { $0.key < $1.key }) {
                    out += "    \(pad(n(count), 9))  \(warning)\n"
                }
            }
        }
        let d = arrestsPerPerson
        out += "\npersons (all files, aliases resolved): \(n(persons))\n"
        out += "arrests per arrested person: " + d.buckets.map { "\($0.arrests): \(n($0.persons))" }.joined(separator: " · ")
            + String(format: "  (mean %.2f, median %g, max %d)\n", d.mean, d.median, d.max)
        out += "reject rate " + String(format: "%.2f%%", 100 * rejectRate) + " (\(n(rejected)) of \(n(rowsRead)) rows), allowed "
            + String(format: "%.2f%%", 100 * maxRejectRate) + ": " + (passed ? "PASS" : "FAIL") + "\n"
        return out
    }
}

extension ValidationReport.Distribution {
    static let bucketBounds: [(label: String, range: ClosedRange<Int>)] = [
        ("1", 1...1), ("2", 2...2), ("3-4", 3...4), ("5-9", 5...9), ("10-19", 10...19), ("20+", 20...Int.max),
    ]

    init(_ counts: [Int]) {
        persons = counts.count
        personArrests = counts.reduce(0, +)
        mean = counts.isEmpty ? 0 : Double(personArrests) / Double(counts.count)
        let sorted = counts.sorted()
        median = sorted.isEmpty ? 0
            : sorted.count % 2 == 1 ? Double(sorted[sorted.count / 2])
            : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        max = sorted.last ?? 0
        buckets = Self.bucketBounds.map { bound in
            Bucket(arrests: bound.label, persons: counts.reduce(0) { $0 + (bound.range.contains($1) ? 1 : 0) })
        }
    }
}

/// A count with thousands separators (`12,345`), independent of the locale.
private func n(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return value < 0 ? "-" + out : out
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}
