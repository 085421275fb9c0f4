import Foundation

/// What differs between two recorded runs: settings and inputs (from their manifests) and
/// metric values (matched on origin, model, outcome, metric and k).
public struct RunComparison: Sendable {
    /// One manifest entry that differs.
    public struct Change: Sendable, Equatable {
        /// The flattened JSON path, e.g. `settings.seed`.
        public let key: String
        /// The value in the first run; `—` when absent.
        public let a: String
        /// The value in the second run; `—` when absent.
        public let b: String
    }

    /// One metric value that differs.
    public struct MetricChange: Sendable, Equatable {
        /// `origin|model|outcome|metric|k` (``RunStore/Metric/key``).
        public let key: String
        /// The value in the first run; `nil` when absent or empty.
        public let a: Double?
        /// The value in the second run; `nil` when absent or empty.
        public let b: Double?
        /// b − a; `nil` when either run lacks the value.
        public var delta: Double? { a.flatMap { a in b.map { $0 - a } } }
    }

    /// Manifest entries (flattened JSON paths such as `settings.seed`, `inputs.0.sha256`) that
    /// differ, outputs' hashes left out.
    public let settings: [Change]
    /// Every metric present in either run whose value differs (or is in one run only).
    public let metrics: [MetricChange]

    /// Compares run `a` with run `b`.
    /// - Parameter pooledOnly: compare only the pooled rows (or every row of single-origin runs).
    /// - Complexity: O(manifest entries + metric rows), after sorting the entry keys.
    public init(a: RunStore.Run, b: RunStore.Run, metricsA: [RunStore.Metric], metricsB: [RunStore.Metric], pooledOnly: Bool) {
        let x = RunComparison.flatten(a.manifest), y = RunComparison.flatten(b.manifest)
        let keys = Set(x.keys).union(y.keys).filter { !$0.hasPrefix("outputs.") }.sorted()
        settings = keys.compactMap { key in
            let u = x[key] ?? "—", v = y[key] ?? "—"
            return u == v ? nil : Change(key: key, a: u, b: v)
        }
        func selected(_ rows: [RunStore.Metric]) -> [RunStore.Metric] {
            guard pooledOnly, rows.contains(where: { $0.origin == "pooled" }) else { return rows }
            return rows.filter { $0.origin == "pooled" }
        }
        let ma = selected(metricsA), mb = selected(metricsB)
        let valuesB = Dictionary(mb.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let keysA = Set(ma.map(\.key))
        var changes: [MetricChange] = []
        for m in ma {
            let other = valuesB[m.key] ?? nil
            if valuesB[m.key] == nil || !RunComparison.same(m.value, other) { changes.append(MetricChange(key: m.key, a: m.value, b: other)) }
        }
        for m in mb where !keysA.contains(m.key) { changes.append(MetricChange(key: m.key, a: nil, b: m.value)) }
        metrics = changes
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): abs(x - y) <= 1e-12
        default: false
        }
    }

    /// `path = value` for every leaf of a JSON document (arrays by index).
    static func flatten(_ json: String) -> [String: String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) else { return [:] }
        var out: [String: String] = [:]
        func walk(_ value: Any, _ path: String) {
            switch value {
            case let dictionary as [String: Any]:
                for (k, v) in dictionary { walk(v, path.isEmpty ? k : "\(path).\(k)") }
            case let array as [Any]:
                for (i, v) in array.enumerated() { walk(v, "\(path).\(i)") }
            case let number as NSNumber:
                out[path] = number.stringValue
            default:
                out[path] = "\(value)"
            }
        }
        walk(object, "")
        return out
    }
}
