import Foundation
import Testing
@testable import focusnet

/// `focusnet backtest --save-model FILE` through the command parser, as the shell would.
@Suite struct BacktestCommandTests {
    static func arguments(out: URL) -> [String] {
        ["backtest", "--data", RankCommandTests.exampleData.path, "--as-of", "2021-06-30", "--bootstrap", "0", "--no-store",
         "--quiet", "--out", out.path]
    }

    @Test("--save-model writes the current models, byte for byte fitted_model.json, owner-only")
    func saveModel() throws {
        let dir = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("bt"), model = dir.appendingPathComponent("model.json")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "stale\n".write(to: model, atomically: true, encoding: .utf8)
        #expect(RankCommandTests.run(Self.arguments(out: out) + ["--save-model", model.path]) == 0)
        let saved = try Data(contentsOf: model)
        #expect(saved == (try Data(contentsOf: out.appendingPathComponent("fitted_model.json"))))
        #expect(String(decoding: saved, as: UTF8.self).contains("\"model\" : \"fitted\""))
        let mode = try FileManager.default.attributesOfItem(atPath: model.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left.contains("model.json") && !left.contains { $0.hasSuffix(".tmp") }, "no temporary file left: \(left)")
    }

    @Test("--save-model inside --out is a usage error (the folder is replaced whole)")
    func saveModelInsideOut() {
        let out = RankCommandTests.temporaryDirectory()
        #expect(RankCommandTests.run(Self.arguments(out: out) + ["--save-model", out.appendingPathComponent("m.json").path]) == 64)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
