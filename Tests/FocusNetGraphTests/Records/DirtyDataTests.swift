import Foundation
import Testing
@testable import FocusNetGraph

/// A generated arrests file (BOM, CRLF, quoted commas, quotes and line breaks) with a known
/// number of each defect, rejected rows and blank lines mixed at seeded random places among the
/// clean rows and duplicates after them: every count of the report must come out exactly, and the network must be
/// exactly the network of the clean rows.
@Suite("Dirty data with known defect counts")
struct DirtyDataTests {
    /// Defect → (rows to inject, the reason each is rejected with, or `nil` when not rejected).
    static let rejectedDefects: [(name: String, count: Int, reason: String)] = [
        ("blank person", 7, "blank person_id"),
        ("blank arrest", 5, "blank arrest_id"),
        ("unparseable date", 6, "unparseable date (expected iso)"),
        ("impossible date", 4, "unparseable date (expected iso)"),
        ("future date", 3, "arrest_date after the data's end"),
        ("unknown category", 5, "unknown offense_category code (expected narcotics|other|property|violent|weapons)"),
        ("bad flag", 2, "not a 0/1 flag"),
        ("too few fields", 3, "row has 4 fields, header has 6"),
        ("too many fields", 1, "row has 7 fields, header has 6"),
        ("stray quote", 2, "malformed CSV: quote inside an unquoted field"),
        ("not UTF-8", 3, "not UTF-8"),
        ("age under 10", 2, "age at arrest under 10"),
        ("before birth", 1, "arrest_date before the person's birth_date"),
    ]
    static let exactDuplicates = 23
    static let cleanedDuplicates = 11      // whitespace and case variants of a clean row
    static let cleanedRows = 10            // clean rows written with stray white space
    static let blankLines = 9

    struct Generated {
        var dirty: [UInt8] = [0xEF, 0xBB, 0xBF]
        var clean = ""
        var cleanRows = 0
        /// Clean rows that the reader cleans: the stray white space ones, and those whose quoted
        /// charge holds a line break (codes have inner white space collapsed).
        var normalizedRows = 0
    }

    static func generate(seed: UInt64) -> Generated {
        var random = SplitMix64(seed: seed)
        let header = "arrest_id,person_id,arrest_date,offense_category,gun_involved,charge"
        let categories = ["violent", "weapons", "narcotics", "property", "other"]
        // Clean rows: 150 arrests of 1–4 distinct people out of 80, one date and category per arrest.
        var clean: [[String]] = []
        for a in 0..<150 {
            let date = "202\(1 + random.next() % 3)-0\(1 + random.next() % 9)-1\(random.next() % 10)"
            let category = categories[Int(random.next() % 5)]
            var people = Set<Int>()
            for _ in 0..<(1 + Int(random.next() % 4)) { people.insert(Int(random.next() % 80)) }
            for p in people.sorted() {
                let charge = a % 7 == 0 ? "\"assault, \"\"aggravated\"\"\nsecond count\"" : "charge \(a % 5)"
                clean.append(["A\(a)", "P\(p)", date, category, String(random.next() % 2), charge])
            }
        }
        var out = Generated()
        out.cleanRows = clean.count
        out.normalizedRows = clean.indices.filter { $0 < cleanedRows || clean[$0][5].contains("\n") }.count
        out.clean = header + "\n" + clean.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"

        // The dirty file's lines, as byte arrays; clean rows first, defects then shuffled in.
        var lines: [[UInt8]] = clean.enumerated().map { i, row in
            var row = row
            if i < cleanedRows { row[1] = "  \(row[1]) "; row[0] = "\t" + row[0] }
            return Array(row.joined(separator: ",").utf8)
        }
        func any() -> [String] { clean[Int(random.next() % UInt64(clean.count))] }
        // Duplicates copy rows written plainly, and come after their original (the first copy is kept).
        func plain() -> [String] { clean[cleanedRows + Int(random.next() % UInt64(clean.count - cleanedRows))] }
        var duplicates: [[UInt8]] = []
        for _ in 0..<exactDuplicates { duplicates.append(Array(plain().joined(separator: ",").utf8)) }
        for _ in 0..<cleanedDuplicates {
            var row = plain()
            row[2] = " \(row[2]) "
            row[3] = row[3].uppercased()
            duplicates.append(Array(row.joined(separator: ",").utf8))
        }
        var ghost = 0
        func bad(_ edit: (inout [String]) -> Void) -> [UInt8] {
            var row = any()
            row[1] = "GHOST\(ghost)"          // rejected rows must add no one to the person index
            ghost += 1
            edit(&row)
            return Array(row.joined(separator: ",").utf8)
        }
        for defect in rejectedDefects {
            for _ in 0..<defect.count {
                switch defect.name {
                case "blank person": lines.append(bad { $0[1] = "  " })
                case "blank arrest": lines.append(bad { $0[0] = "" })
                case "unparseable date": lines.append(bad { $0[2] = "yesterday" })
                case "impossible date": lines.append(bad { $0[2] = "2022-02-30" })
                case "future date": lines.append(bad { $0[2] = "2031-01-01" })
                case "unknown category": lines.append(bad { $0[3] = "arson" })
                case "bad flag": lines.append(bad { $0[4] = "maybe" })
                case "too few fields": lines.append(bad { $0.removeLast(2) })
                case "too many fields": lines.append(bad { $0.append("x") })
                case "stray quote": lines.append(bad { $0[5] = "5\" barrel" })
                case "not UTF-8":
                    var row = bad { _ in }
                    row.insert(0xE9, at: row.firstIndex(of: UInt8(ascii: ","))! + 1)   // Latin-1 é in person_id
                    lines.append(row)
                case "age under 10": lines.append(bad { $0[1] = "KID"; $0[2] = "2022-01-01" })
                case "before birth": lines.append(bad { $0[1] = "KID"; $0[2] = "2014-01-01" })
                default: preconditionFailure(defect.name)
                }
            }
        }
        for _ in 0..<blankLines { lines.append([]) }
        lines.shuffle(using: &random)
        duplicates.shuffle(using: &random)
        lines += duplicates
        out.dirty += Array((header + "\r\n").utf8)
        for line in lines { out.dirty += line + [0x0D, 0x0A] }
        return out
    }

    @Test("every count of the report is exact, and the network is exactly the clean rows' network", arguments: [7, 99])
    func knownDefects(seed: UInt64) throws {
        let generated = Self.generate(seed: seed)
        let scratch = Scratch()
        defer { scratch.remove() }
        let persons = scratch.file("persons.csv", "person_id,birth_date\nKID,2014-06-01\n")
        let dirtyURL = scratch.file("dirty.csv", bytes: generated.dirty)
        let cleanURL = scratch.file("clean.csv", generated.clean)
        let dirty = try RecordSet.read(InputSources([.arrests: dirtyURL, .persons: persons]), dataEnd: day("2024-12-31"))
        let clean = try RecordSet.read(InputSources([.arrests: cleanURL]), dataEnd: day("2024-12-31"))

        let rejected = Self.rejectedDefects.reduce(0) { $0 + $1.count }
        let duplicates = Self.exactDuplicates + Self.cleanedDuplicates
        let report = try #require(dirty.report(.arrests))
        #expect(report.rowsRead == generated.cleanRows + duplicates + rejected)
        #expect(report.accepted == generated.cleanRows)
        #expect(report.deduplicated == duplicates)
        #expect(report.rejected == rejected)
        #expect(report.reconciles)
        #expect(report.normalized == generated.normalizedRows)
        #expect(generated.normalizedRows > Self.cleanedRows)
        #expect(report.blankLines == Self.blankLines)
        var expected: [String: Int] = [:]
        for d in Self.rejectedDefects { expected[d.reason, default: 0] += d.count }
        var byReason: [String: Int] = [:]
        for (reason, count) in report.rejectedByReason {
            byReason[reason.hasPrefix("not UTF-8") ? "not UTF-8" : reason, default: 0] += count
        }
        #expect(byReason == expected)
        #expect(dirty.rejects.count == rejected)
        #expect(dirty.rejects.allSatisfy { $0.file == dirtyURL.path && $0.line >= 2 })

        // The network of the dirty file is the clean rows' network, person for person.
        #expect(!dirty.personIDs.contains { $0.hasPrefix("GHOST") })
        #expect(dirty.personIDs.filter { $0 != "KID" } == clean.personIDs)
        #expect(dirty.ties() == clean.ties())
        #expect(dirty.arrests.arrestIDs == clean.arrests.arrestIDs)
        #expect(clean.rejects.isEmpty)
        #expect(clean.report(.arrests)?.accepted == generated.cleanRows)
    }
}
