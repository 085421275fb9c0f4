import Foundation
import Testing
@testable import FocusNetSimulation

@Suite struct DirtyManifestTests {
    static let sample: DirtyManifest = {
        var expected = DirtyManifest.Expected()
        expected.rowsRead = 12
        expected.accepted = 10
        expected.deduplicated = 1
        expected.rejected = 1
        expected.rejectedByReason = ["blank person_id": 1]
        let defects = Dictionary(uniqueKeysWithValues: DefectKind.allCases.map { ($0.rawValue, $0 == .duplicateRow ? 1 : 0) })
        return DirtyManifest(scale: .tiny, seed: 7, dataEnd: "2023-12-31",
                             files: ["b.csv": .init(cleanRows: 10, defects: defects, expected: expected),
                                     "a.csv": .init(cleanRows: 0, defects: defects, expected: .init())])
    }()

    @Test func jsonHasSortedSnakeCaseKeysAndRoundTrips() throws {
        let json = try Self.sample.json()
        #expect(json.hasSuffix("}\n"))
        for key in ["\"data_end\"", "\"rates\"", "\"clean_rows\"", "\"rows_read\"", "\"rejected_by_reason\"", "\"duplicate_row\""] {
            #expect(json.contains(key), "\(key)")
        }
        let a = try #require(json.range(of: "\"a.csv\"")), b = try #require(json.range(of: "\"b.csv\""))
        #expect(a.lowerBound < b.lowerBound)
        #expect(try JSONDecoder().decode(DirtyManifest.self, from: Data(json.utf8)) == Self.sample)
        #expect(try Self.sample.json() == json)
    }

    @Test func defectCountAddsEveryKind() {
        #expect(Self.sample.files["b.csv"]?.defectCount == 1)
        #expect(Self.sample.rates["impossible_date"] == DefectKind.impossibleDate.rate)
    }
}
