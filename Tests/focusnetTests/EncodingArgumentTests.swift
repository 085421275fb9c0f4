import Foundation
import Testing
@testable import focusnet
import FocusNet

/// `--encoding` and a mapping's `encoding:` through the command line: exit codes and what is recorded.
@Suite struct EncodingArgumentTests {
    /// A folder with `arrests.csv` in Windows-1252: five arrests of `José`, `Muñoz`, `O’Brien`,
    /// `Peña`, `Núñez`, each with a co-offender, so that a ranking has a network.
    static func folder() throws -> URL {
        let dir = RankCommandTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var bytes = Array("arrest_id,person_id,arrest_date\n".utf8)
        let names: [[UInt8]] = [Array("Jos".utf8) + [0xE9], Array("Mu".utf8) + [0xF1] + Array("oz".utf8),
                                Array("O".utf8) + [0x92] + Array("Brien".utf8), Array("Pe".utf8) + [0xF1, 0x61],
                                Array("N".utf8) + [0xFA, 0xF1] + Array("ez".utf8)]
        for (i, name) in names.enumerated() {
            bytes += Array("A\(i),".utf8) + name + Array(",2020-0\(i + 1)-01\nA\(i),P\(i),2020-0\(i + 1)-01\n".utf8)
        }
        try Data(bytes).write(to: dir.appendingPathComponent("arrests.csv"))
        return dir
    }

    @Test("an unknown --encoding, or encoding: in a mapping, is a usage error (64)")
    func unknownName() throws {
        let data = try Self.folder(), out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        #expect(RankCommandTests.run(["validate", "--data", data.path, "--encoding", "latin9", "--out", out.path]) == 64)
        let mapping = data.appendingPathComponent("m.yaml")
        try "arrests:\n  encoding: latin9\n".write(to: mapping, atomically: true, encoding: .utf8)
        #expect(RankCommandTests.run(["rank", "--data", data.path, "--mapping", mapping.path, "--as-of", "2020-12-31",
                                      "--quiet", "--out", out.path]) == 64)
    }

    @Test("undeclared, the Windows-1252 file fails the gate (65); declared by flag or mapping it validates, and the encoding is recorded")
    func declared() throws {
        let data = try Self.folder(), out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        let base = ["validate", "--data", data.path, "--data-end", "2021-01-01", "--out", out.path]
        #expect(RankCommandTests.run(base) == 65)
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects.contains(",2,person_id,Jos\u{FFFD},not UTF-8 (invalid byte 0xE9 at byte 3 of the value)\n"))
        #expect(RankCommandTests.run(base + ["--encoding", "windows-1252"]) == 0)
        let report = try String(contentsOf: out.appendingPathComponent("validation_report.json"), encoding: .utf8)
        #expect(report.contains("\"encoding\" : \"windows-1252\""))
        let mapping = data.appendingPathComponent("m.yaml")
        try "arrests:\n  encoding: cp1252\n".write(to: mapping, atomically: true, encoding: .utf8)
        #expect(RankCommandTests.run(base + ["--mapping", mapping.path, "--encoding", "utf-8"]) == 0, "the mapping's encoding wins")
    }

    @Test("rank records the encoding of each file in manifest.json")
    func manifest() throws {
        let data = try Self.folder(), out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        #expect(RankCommandTests.run(["rank", "--data", data.path, "--encoding", "windows-1252", "--as-of", "2020-12-31",
                                      "--data-end", "2021-01-01", "--quiet", "--out", out.path]) == 0)
        let manifest = try JSONDecoder().decode(RunManifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        #expect(manifest.inputs.map(\.encoding) == ["windows-1252"])
    }
}
