/// Text for `focusnet runs list|show|diff`: Markdown tables of recorded runs. Metrics and
/// settings only (the store holds no person identifier).
public enum RunReport {
    /// One line per run with its headline: the composite model's capture at the first list size
    /// for the first outcome, pooled when the run has several origins.
    /// - Complexity: O(runs), one `headline` call per run.
    public static func list(_ runs: [RunStore.Run], headline: (Int64) -> RunStore.Metric?) -> String {
        guard !runs.isEmpty else { return "No runs recorded yet.\n" }
        var out = "| run | recorded | origins | outcome window | seed | inputs | composite capture (95% CI) | output |\n"
        out += "|---:|---|---|---|---:|---|---|---|\n"
        for run in runs {
            let h = headline(run.id).map { m in
                "\(m.outcome) @\(m.k): \(value(m.value))" + (m.low.flatMap { l in m.high.map { " [\(value(l)), \(value($0))]" } } ?? "")
            } ?? "–"
            out += "| \(run.id) | \(run.recordedAt) | \(run.origins) | \(run.outcomeWindow) | \(run.seed) | \(run.inputsSHA256.prefix(12)) | \(h) | \(run.outDirectory) |\n"
        }
        return out
    }

    /// The headline metric of a run's metric rows (see ``list(_:headline:)``).
    /// - Complexity: O(metric rows).
    public static func headline(_ metrics: [RunStore.Metric]) -> RunStore.Metric? {
        let capture = metrics.filter { $0.model == "composite" && $0.metric == "capture" }
        let pooled = capture.filter { $0.origin == "pooled" }
        return (pooled.isEmpty ? capture : pooled).first
    }

    /// A run's settings digest and its metrics (pooled rows, or every row with `allOrigins`).
    /// - Complexity: O(manifest entries × log + metric rows).
    public static func show(_ run: RunStore.Run, metrics: [RunStore.Metric], allOrigins: Bool) -> String {
        var out = "# Run \(run.id), recorded \(run.recordedAt)\n\n"
        out += "- output: \(run.outDirectory)\n- origins: \(run.origins)\n- outcome window: \(run.outcomeWindow)\n- seed: \(run.seed)\n"
        out += "- inputs fingerprint: \(run.inputsSHA256)\n- manifest SHA-256: \(run.manifestSHA256)\n"
        let flat = RunComparison.flatten(run.manifest)
        for key in flat.keys.sorted() where key.hasPrefix("settings.") || key.hasPrefix("inputs.") && (key.hasSuffix(".path") || key.hasSuffix(".sha256")) {
            out += "- \(key): \(flat[key]!)\n"
        }
        let pooled = metrics.contains { $0.origin == "pooled" }
        let rows = allOrigins || !pooled ? metrics : metrics.filter { $0.origin == "pooled" }
        out += "\n| origin | model | outcome | metric | k | value | 95% CI |\n|---|---|---|---|---|---:|---|\n"
        for m in rows {
            let ci = m.low.flatMap { l in m.high.map { "[\(value(l)), \(value($0))]" } } ?? ""
            out += "| \(m.origin) | \(m.model) | \(m.outcome) | \(m.metric) | \(m.k) | \(value(m.value)) | \(ci) |\n"
        }
        return out
    }

    /// What differs between two runs.
    /// - Complexity: O(changed settings + changed metrics).
    public static func diff(_ a: RunStore.Run, _ b: RunStore.Run, _ comparison: RunComparison) -> String {
        var out = "# Run \(a.id) → run \(b.id)\n\n"
        if comparison.settings.isEmpty {
            out += "Same settings and inputs.\n"
        } else {
            out += "| setting | run \(a.id) | run \(b.id) |\n|---|---|---|\n"
            for c in comparison.settings { out += "| \(c.key) | \(c.a) | \(c.b) |\n" }
        }
        if comparison.metrics.isEmpty {
            out += "\nSame metric values.\n"
        } else {
            out += "\n| origin | model | outcome | metric | k | run \(a.id) | run \(b.id) | change |\n|---|---|---|---|---|---:|---:|---:|\n"
            for m in comparison.metrics {
                let parts = m.key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                out += "| " + parts.joined(separator: " | ") + " | \(value(m.a)) | \(value(m.b)) | \(m.delta.map { MetricFormat.value($0) } ?? "–") |\n"
            }
        }
        return out
    }

    static func value(_ x: Double?) -> String { x.map(MetricFormat.value) ?? "–" }
}
