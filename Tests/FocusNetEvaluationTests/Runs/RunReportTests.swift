import Testing
@testable import FocusNetEvaluation

@Suite struct RunReportTests {
    static let run = RunStore.Run(id: 3, recordedAt: "2026-01-01T00:00:00Z", outDirectory: "/tmp/out", manifestSHA256: "ab",
                                  inputsSHA256: "0123456789abcdef", origins: "2020-06-30", outcomeWindow: "18mo", seed: "42",
                                  manifest: #"{"settings": {"seed": 42}, "inputs": [{"path": "a.csv", "sha256": "ff"}]}"#)
    static let metrics = [
        RunStore.Metric(origin: "2020-06-30", model: "composite", outcome: "shot", metric: "capture", k: "1%", value: 0.125, low: 0.05, high: 0.2),
        RunStore.Metric(origin: "2020-06-30", model: "composite", outcome: "shot", metric: "roc_auc", k: "", value: 0.8, low: nil, high: nil),
    ]

    @Test("list: one row per run with the composite capture as headline")
    func list() {
        let text = RunReport.list([Self.run]) { _ in RunReport.headline(Self.metrics) }
        #expect(text.contains("| 3 | 2026-01-01T00:00:00Z | 2020-06-30 | 18mo | 42 | 0123456789ab | shot @1%: 0.125 [0.05, 0.2] | /tmp/out |"))
        #expect(RunReport.list([]) { _ in nil } == "No runs recorded yet.\n")
    }

    @Test("show: settings, inputs and every metric of a single-origin run")
    func show() {
        let text = RunReport.show(Self.run, metrics: Self.metrics, allOrigins: false)
        #expect(text.contains("- settings.seed: 42"))
        #expect(text.contains("- inputs.0.sha256: ff"))
        #expect(text.contains("| 2020-06-30 | composite | shot | roc_auc |  | 0.8 |  |"))
    }

    @Test("diff: changed settings and metrics with the change")
    func diff() {
        var other = Self.metrics
        other[1] = RunStore.Metric(origin: "2020-06-30", model: "composite", outcome: "shot", metric: "roc_auc", k: "", value: 0.75, low: nil, high: nil)
        let b = RunStore.Run(id: 4, recordedAt: "x", outDirectory: "/tmp/out", manifestSHA256: "cd", inputsSHA256: "0", origins: "2020-06-30",
                             outcomeWindow: "18mo", seed: "7", manifest: #"{"settings": {"seed": 7}}"#)
        let comparison = RunComparison(a: Self.run, b: b, metricsA: Self.metrics, metricsB: other, pooledOnly: true)
        let text = RunReport.diff(Self.run, b, comparison)
        #expect(text.contains("| settings.seed | 42 | 7 |"))
        #expect(text.contains("| 2020-06-30 | composite | shot | roc_auc |  | 0.8 | 0.75 | -0.05 |"))
    }
}
