import Crypto
import Foundation
import FocusNetGraph

/// Who was notified or called in, and when: an optional CSV `person_id,date[,type]` (ISO dates),
/// e.g. the attendance sheets of past call-ins.
///
/// Person ids are resolved like every other input (trimmed, NFC, aliases to their canonical
/// person). Rows naming nobody in the records are counted, never printed.
///
/// A backtest reads the log at each origin D through ``notified(at:within:persons:)``: only
/// notifications dated in `(D − within, D]` count, none after D.
public struct InterventionLog: Sendable {
    /// One notification.
    public struct Entry: Sendable, Equatable {
        /// Person index of the person notified.
        public let person: Int32
        /// Date of the notification.
        public let day: CalendarDay
        /// As written (e.g. `call-in`, `custom notification`); empty when not given.
        public let type: String
    }

    /// The file read, as given.
    public let path: String
    /// Lowercase hex SHA-256 of the file's bytes.
    public let sha256: String
    /// Data rows read (blank lines not counted).
    public let rows: Int
    /// The rows naming a person in the records, by date, then person index, then type.
    public let entries: [Entry]
    /// Rows whose person is in none of the record files.
    public let unknownPersons: Int

    /// Reads the log.
    /// - Throws: ``BacktestError/interventionLog(file:line:column:value:reason:)`` when the
    ///   file cannot be read, lacks `person_id` or `date`, or a row has a blank person or a date
    ///   that is not `YYYY-MM-DD` (the person id is never quoted in the error).
    /// - Complexity: O(rows + persons).
    public static func read(_ url: URL, records: RecordSet) throws(BacktestError) -> InterventionLog {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .interventionLog(file: url.path, line: 0, column: "", value: "", reason: "cannot be read: \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let headerLine = lines.first else {
            throw .interventionLog(file: url.path, line: 1, column: "", value: "", reason: "empty file: expected a header person_id,date[,type]")
        }
        let header = fields(headerLine).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let personColumn = header.firstIndex(of: "person_id") else {
            throw .interventionLog(file: url.path, line: 1, column: "person_id", value: "", reason: "missing column")
        }
        guard let dateColumn = header.firstIndex(of: "date") else {
            throw .interventionLog(file: url.path, line: 1, column: "date", value: "", reason: "missing column")
        }
        let typeColumn = header.firstIndex(of: "type")
        var personIndex = [String: Int32](minimumCapacity: records.personIDs.count)
        for (i, id) in records.personIDs.enumerated() { personIndex[id] = Int32(i) }
        for row in 0..<records.aliases.rowCount {
            personIndex[records.aliases.aliasIDs[Int(records.aliases.alias[row])]] = records.aliases.person[row]
        }
        var entries: [Entry] = [], unknown = 0, rows = 0
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            rows += 1
            let f = fields(line)
            let id = (personColumn < f.count ? f[personColumn] : "").trimmingCharacters(in: .whitespaces)
                .precomposedStringWithCanonicalMapping
            guard !id.isEmpty else {
                throw .interventionLog(file: url.path, line: offset + 1, column: "person_id", value: "", reason: "blank person id")
            }
            let dateText = (dateColumn < f.count ? f[dateColumn] : "").trimmingCharacters(in: .whitespaces)
            guard let day = DateFormat.iso.parse(dateText[...]) else {
                throw .interventionLog(file: url.path, line: offset + 1, column: "date", value: dateText, reason: "not a date YYYY-MM-DD")
            }
            guard let person = personIndex[id] else { unknown += 1; continue }
            let type = typeColumn.flatMap { $0 < f.count ? f[$0].trimmingCharacters(in: .whitespaces) : nil } ?? ""
            entries.append(Entry(person: person, day: day, type: type))
        }
        entries.sort { ($0.day, $0.person, $0.type) < ($1.day, $1.person, $1.type) }
        let digest = OutputDigest.hex(SHA256.hash(data: data))
        return InterventionLog(path: url.path, sha256: digest, rows: rows, entries: entries, unknownPersons: unknown)
    }

    init(path: String, sha256: String, rows: Int, entries: [Entry], unknownPersons: Int) {
        self.path = path
        self.sha256 = sha256
        self.rows = rows
        self.entries = entries
        self.unknownPersons = unknownPersons
    }

    /// For each of `persons`, whether they were notified in `(origin − within, origin]`.
    /// - Complexity: O(entries + |persons|).
    public func notified(at origin: CalendarDay, within: CalendarPeriod, persons: [Int32]) -> [Bool] {
        let window = ObservationWindow(asOf: origin, lookback: within)
        let marked = Set(entries.filter { window.contains($0.day) }.map(\.person))
        return persons.map { marked.contains($0) }
    }

    /// Splits one CSV record (RFC 4180 quotes; no embedded line breaks).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var chars = line.makeIterator()
        while let c = chars.next() {
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; if next == "," { fields.append(current); current = "" } else { current.append(next) } }
                    } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }
}
