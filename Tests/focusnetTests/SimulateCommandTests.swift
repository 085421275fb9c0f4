import FocusNet
import Foundation
import Testing
@testable import focusnet

@Suite struct SimulateCommandTests {
    @Test("simulate --dirty, then validate --data: every count of validation_report.json is in dirty_manifest.json")
    func dirtyThenValidate() throws {
        let data = RankCommandTests.temporaryDirectory(), out = RankCommandTests.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: data)
            try? FileManager.default.removeItem(at: out)
        }
        #expect(RankCommandTests.run(["simulate", "--scale", "tiny", "--seed", "7", "--out", data.path, "--dirty"]) == 0)
        let manifest = try JSONDecoder().decode(
            DirtyManifest.self, from: Data(contentsOf: data.appendingPathComponent(DirtyManifest.fileName)))
        // Seed 7 rejects 29 of 3,207 rows (0.90%): under the default --max-reject-rate, so validate passes.
        #expect(RankCommandTests.run(["validate", "--data", data.path, "--out", out.path]) == 0)
        let report = try JSONDecoder().decode(
            ValidationReport.self, from: Data(contentsOf: out.appendingPathComponent("validation_report.json")))
        #expect(report.files.count == 7)
        for file in report.files {
            let expected = try #require(manifest.files[URL(fileURLWithPath: file.path).lastPathComponent]?.expected)
            #expect(file.rowsRead == expected.rowsRead && file.accepted == expected.accepted, "\(file.path)")
            #expect(file.deduplicated == expected.deduplicated && file.normalized == expected.normalized, "\(file.path)")
            #expect(file.rejected == expected.rejected && file.rejectedByReason == expected.rejectedByReason, "\(file.path)")
        }

        let printed = SimulateCommand.defectReport(manifest, manifestPath: "DIR/dirty_manifest.json")
        let lines = printed.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.last == "Manifest (every count, rejections by reason): DIR/dirty_manifest.json")
        // Seed 7's arrests.csv: 87 defects; 1,959 clean rows, 20 duplicates, 12 rejected copies; a byte-order mark.
        #expect(lines.contains { $0.hasPrefix("  arrests.csv ") && $0.hasSuffix("87  defects  [1,991 = 1,959 + 20 + 12]  BOM") })
    }
}
