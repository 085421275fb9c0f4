import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetSimulation

@Suite struct DefectInjectorTests {
    /// A clean arrests file of `rows` rows in the simulator's format, one person per arrest.
    static func cleanArrests(rows: Int) -> String {
        func padded(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: width - String(n).count) + String(n) }
        let categories = ["violent", "weapons", "narcotics", "property", "other"]
        return "arrest_id,person_id,arrest_date,offense_category,gun_involved\n" + (0..<rows).map { k in
            "A\(padded(k + 1, 7)),P\(padded(k % 97 + 1, 6)),2021-\(padded(k % 12 + 1, 2))-\(padded(k % 28 + 1, 2)),"
                + "\(categories[k % 5]),\(k % 3 == 0 ? 1 : 0)\n"
        }.joined()
    }

    @Test func rewrittenFileReadsAsPlannedAndKeepsEveryCleanRow() throws {
        let directory = DirtyRegionWriterTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("arrests.csv"), cleanURL = directory.appendingPathComponent("clean.csv")
        try Data(Self.cleanArrests(rows: 500).utf8).write(to: url)
        try Data(Self.cleanArrests(rows: 500).utf8).write(to: cleanURL)
        var random = Xoshiro256StarStar(seed: 1)
        let injector = DefectInjector(layout: .canonical("arrests.csv"), rows: 500, byteOrderMark: true, crlf: false,
                                      random: &random)
        let file = try injector.rewrite(url, random: &random)

        // 500 rows: 1% → 5, 0.5% → 3 (2.5 rounded away from zero), 0.2% → 1, 0.1% → 1 (at least one).
        #expect(file.defects == ["duplicate_row": 5, "blank_person_id": 1, "unparseable_date": 1, "impossible_date": 1,
                                 "unknown_code": 1, "whitespace_padding": 5, "case_noise": 5, "other_date_format": 3,
                                 "quoted_comma": 1, "byte_order_mark": 1, "crlf_line_ends": 0])
        var expected = DirtyManifest.Expected()
        expected.rowsRead = 509
        expected.accepted = 500
        expected.normalized = 10            // the padded and the upper-case rows; dates never count
        expected.deduplicated = 5
        expected.rejected = 4
        expected.rejectedByReason = [
            "blank person_id": 1, "unparseable date (expected iso)": 2,
            "unknown offense_category code (expected narcotics|other|property|violent|weapons)": 1,
        ]
        #expect(file.expected == expected)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".arrests.csv.dirty").path))

        let dataEnd = DateFormat.iso.parse("2021-12-31")
        let dirty = try RecordSet.read(InputSources([.arrests: url]), dataEnd: dataEnd)
        let clean = try RecordSet.read(InputSources([.arrests: cleanURL]), dataEnd: dataEnd)
        let report = try #require(dirty.reports.first)
        #expect(report.rowsRead == 509 && report.accepted == 500 && report.normalized == 10)
        #expect(report.deduplicated == 5 && report.rejected == 4 && report.rejectedByReason == expected.rejectedByReason)
        #expect(dirty.personIDs == clean.personIDs && dirty.arrests.arrestIDs == clean.arrests.arrestIDs)
        #expect(dirty.arrests.day == clean.arrests.day && dirty.arrests.category == clean.arrests.category)
        #expect(dirty.arrests.gunInvolved == clean.arrests.gunInvolved)
    }

    @Test func aRowTakesAtMostOneAcceptedDefect() {
        var random = Xoshiro256StarStar(seed: 2)
        let injector = DefectInjector(layout: .canonical("arrests.csv"), rows: 2, byteOrderMark: false, crlf: true,
                                      random: &random)
        let accepted = DefectKind.allCases.filter { $0.effect == .accepted }
        #expect(accepted.reduce(0) { $0 + injector.counts[$1, default: 0] } == 2)
        #expect(injector.counts[.whitespacePadding] == 1 && injector.counts[.caseNoise] == 1)
        #expect(injector.counts[.duplicateRow] == 1 && injector.counts[.crlfLineEnds] == 1 && injector.counts[.byteOrderMark] == 0)
    }

    @Test func defectsGoOnlyWhereTheFileHasTheColumn() {
        var random = Xoshiro256StarStar(seed: 3)
        let population = DefectInjector(layout: .canonical("population.csv"), rows: 6, byteOrderMark: false, crlf: false,
                                        random: &random)
        #expect(population.counts.filter { $0.value > 0 }.keys.sorted { $0.rawValue < $1.rawValue }
                    == [.duplicateRow, .whitespacePadding])
        let shootings = DefectInjector(layout: .canonical("shootings.csv"), rows: 17, byteOrderMark: false, crlf: false,
                                       random: &random)
        #expect(shootings.counts[.unknownCode] == 0 && shootings.counts[.caseNoise] == 0 && shootings.counts[.blankPersonID] == 1)
    }
}
