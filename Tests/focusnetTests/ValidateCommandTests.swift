import Foundation
import Testing
@testable import focusnet

@Suite struct ValidateCommandTests {
    static func dir(_ files: [String: String]) throws -> URL {
        let dir = RankCommandTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test("clean example data: exit 0, both files written owner-only")
    func clean() throws {
        let out = RankCommandTests.temporaryDirectory()
        #expect(RankCommandTests.run(["validate", "--data", RankCommandTests.exampleData.path, "--data-end", "2023-12-31",
                                      "--out", out.path]) == 0)
        for name in ["validation_report.json", "rejects.csv"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
        }
    }

    @Test("rejects above --max-reject-rate exit 65 (EX_DATAERR) and are listed with file, line and reason")
    func tooManyRejects() throws {
        let data = try Self.dir(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-01-01\nA2,,2020-01-02\nA3,p3,2020-02-30\n"])
        let out = RankCommandTests.temporaryDirectory()
        #expect(RankCommandTests.run(["validate", "--data", data.path, "--data-end", "2021-01-01", "--out", out.path]) == 65)
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rejects.map { Int($0[1])! } == [3, 4])
        #expect(rejects[0][2] == "person_id" && rejects[1][2] == "arrest_date")
        #expect(RankCommandTests.run(["validate", "--data", data.path, "--data-end", "2021-01-01", "--max-reject-rate", "0.9",
                                      "--out", out.path]) == 0)
    }

    @Test("bad flags and an unusable mapping exit 64")
    func usage() throws {
        #expect(RankCommandTests.run(["validate", "--out", "/tmp/x"]) == 64)
        let data = try Self.dir(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-01-01\n"])
        #expect(RankCommandTests.run(["validate", "--data", data.path, "--map", "nonsense", "--out", "/tmp/x"]) == 64)
    }
}
