import Foundation
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation
import FocusNetOutput

@Suite struct RunStoreTests {
    @Test("record, list, show and diff runs; the store file is owner-only")
    func roundTrip() throws {
        let directory = BacktestFixtures.temporaryDirectory("store")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(RunStore.defaultFileName).path
        let store = try RunStore(path: path)
        let out = directory.appendingPathComponent("out")
        let manifest = try BacktestOutputTests.write(to: out)
        let json = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        let metrics = try String(contentsOf: out.appendingPathComponent("metrics.csv"), encoding: .utf8)
        let a = try store.record(manifest: manifest, manifestJSON: json, metricsCSV: metrics, outDirectory: out.path, recordedAt: "2026-01-01T00:00:00Z")
        let edited = metrics.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("pooled,composite,either,roc_auc,,") else { return String(line) }
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[5] = "0.1"
            return fields.joined(separator: ",")
        }.joined(separator: "\n")
        let b = try RunStore(path: path).record(manifest: manifest, manifestJSON: json.replacingOccurrences(of: "\"seed\" : 7", with: "\"seed\" : 8"),
                                                metricsCSV: edited, outDirectory: out.path, recordedAt: "2026-01-02T00:00:00Z")
        let runs = try store.runs()
        #expect(runs.map(\.id) == [a, b])
        #expect(runs[0].origins == "2020-06-30…2021-06-30 (2)")
        #expect(runs[0].inputsSHA256 == runs[1].inputsSHA256)
        let rows = try store.metrics(a)
        #expect(rows.count == metrics.split(separator: "\n").count - 1)
        #expect(rows.contains { $0.origin == "pooled" && $0.model == "fitted" && $0.metric == "brier" })
        let diff = RunComparison(a: runs[0], b: runs[1], metricsA: rows, metricsB: try store.metrics(b), pooledOnly: true)
        #expect(diff.settings.contains { $0.key == "settings.seed" && $0.a == "7" && $0.b == "8" })
        #expect(diff.metrics.count == 1 && diff.metrics[0].key == "pooled|composite|either|roc_auc|")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(throws: BacktestError.unknownRun(id: 99, store: path)) { try store.run(99) }
    }

    @Test("a store that cannot be created is an error naming the path")
    func unwritable() {
        #expect { try RunStore(path: "/nonexistent-dir/runs.sqlite") } throws: { error in
            if case .store(let path, _) = error as? BacktestError { path == "/nonexistent-dir/runs.sqlite" } else { false }
        }
    }
}
