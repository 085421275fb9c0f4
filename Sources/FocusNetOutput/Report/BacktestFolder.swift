import FocusNetEvaluation
import Foundation

/// What a `focusnet backtest` output folder holds, read for the report.
///
/// Needs `metrics.csv` (`origin,model,outcome,metric,k,value,ci_low,ci_high`); shows
/// `capture_curve.csv`, `calibration.csv`, `disparity.csv`, `coefficients.csv`, `origins.csv`
/// and `manifest.json` when present. None of these files holds a person identifier.
struct BacktestFolder: Sendable {
    struct Metric: Sendable, Equatable {
        let origin: String
        let model: String
        let outcome: String
        let metric: String
        /// `100`, `1%`, or empty.
        let k: String
        let value: Double?
        let low: Double?
        let high: Double?
    }

    struct CurvePoint: Sendable, Equatable {
        let origin: String
        let model: String
        let outcome: String
        /// Percent of the scored people on the list (0.1 … 100).
        let share: Double
        let capture: Double?
    }

    struct CalibrationBin: Sendable, Equatable {
        let origin: String
        let model: String
        let outcome: String
        let decile: Int
        let people: Int
        let positives: Int
        let observedRate: Double?
        let meanScore: Double?
    }

    struct DisparityCell: Sendable, Equatable {
        let origin: String
        let model: String
        let outcome: String
        let k: String
        let attribute: String
        let group: String
        let scoredShare: Double?
        let outcomeShare: Double?
        let listedShare: Double?
        let ppv: Double?
        let capture: Double?
    }

    let folderName: String
    let parameters: [String: String]
    /// `settings` of the manifest as text (lookback, outcome window, seeds, …).
    let settings: [String: String]
    let versions: [(name: String, version: String)]
    let inputs: [RankFolder.Input]
    let notes: [String]
    let metrics: [Metric]
    let curve: [CurvePoint]
    let calibration: [CalibrationBin]
    let disparity: [DisparityCell]
    let coefficients: ReportCSV?
    let origins: ReportCSV?

    /// - Throws: ``ReportError`` for a folder without `metrics.csv`, a missing column or a
    ///   malformed record.
    init(folder: URL) throws(ReportError) {
        folderName = folder.lastPathComponent
        func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
        func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: url(file).path) }
        guard exists("metrics.csv") else { throw .notAnOutputFolder(path: folder.path) }

        if exists("manifest.json") {
            let manifest = try Manifest(url: url("manifest.json"))
            parameters = manifest.strings("parameters")
            settings = manifest.strings("settings")
            versions = [("FocusNet", manifest.string("focusnet_version") ?? "?"), ("igraph", manifest.string("igraph_version") ?? "?"),
                        ("OpenBLAS", manifest.string("openblas_version") ?? "?")]
            inputs = manifest.objects("inputs").map { o in
                RankFolder.Input(kind: o["kind"] as? String ?? "", file: URL(fileURLWithPath: o["path"] as? String ?? "").lastPathComponent,
                                 sha256: o["sha256"] as? String ?? "", rowsRead: Manifest.int(o["rows_read"]),
                                 accepted: Manifest.int(o["accepted"]), deduplicated: Manifest.int(o["deduplicated"]),
                                 rejected: Manifest.int(o["rejected"]))
            }
            notes = (manifest.object["notes"] as? [Any] ?? []).map(Manifest.text)
        } else {
            parameters = [:]
            settings = [:]
            versions = []
            inputs = []
            notes = []
        }

        let m = try ReportCSV(url: url(MetricsColumn.fileName))
        let columns = try MetricsColumn.allCases.map { name throws(ReportError) in try m.column(name) }
        metrics = m.rows.map { r in
            Metric(origin: r[safe: columns[0]], model: r[safe: columns[1]], outcome: r[safe: columns[2]], metric: r[safe: columns[3]],
                   k: r[safe: columns[4]], value: Double(r[safe: columns[5]]), low: Double(r[safe: columns[6]]),
                   high: Double(r[safe: columns[7]]))
        }

        if exists(CaptureCurveColumn.fileName) {
            let t = try ReportCSV(url: url(CaptureCurveColumn.fileName))
            let c = try [CaptureCurveColumn.origin, .model, .outcome, .shareScored, .capture].map { name throws(ReportError) in
                try t.column(name)
            }
            curve = t.rows.compactMap { r in
                guard let share = Double(r[safe: c[3]].replacingOccurrences(of: "%", with: "")) else { return nil }
                return CurvePoint(origin: r[safe: c[0]], model: r[safe: c[1]], outcome: r[safe: c[2]], share: share,
                                  capture: Double(r[safe: c[4]]))
            }
        } else {
            curve = []
        }

        if exists(CalibrationColumn.fileName) {
            let t = try ReportCSV(url: url(CalibrationColumn.fileName))
            let c = try [CalibrationColumn.origin, .model, .outcome, .decile, .people, .positives, .observedRate, .meanScore].map {
                name throws(ReportError) in try t.column(name)
            }
            calibration = t.rows.map { r in
                CalibrationBin(origin: r[safe: c[0]], model: r[safe: c[1]], outcome: r[safe: c[2]], decile: Int(r[safe: c[3]]) ?? 0,
                               people: Int(r[safe: c[4]]) ?? 0, positives: Int(r[safe: c[5]]) ?? 0,
                               observedRate: Double(r[safe: c[6]]), meanScore: Double(r[safe: c[7]]))
            }
        } else {
            calibration = []
        }

        if exists(DisparityColumn.fileName) {
            let t = try ReportCSV(url: url(DisparityColumn.fileName))
            let c = try [DisparityColumn.origin, .model, .outcome, .k, .attribute, .group, .scoredShare, .outcomeShare, .listedShare,
                         .ppv, .capture].map { name throws(ReportError) in try t.column(name) }
            disparity = t.rows.map { r in
                DisparityCell(origin: r[safe: c[0]], model: r[safe: c[1]], outcome: r[safe: c[2]], k: r[safe: c[3]],
                              attribute: r[safe: c[4]], group: r[safe: c[5]], scoredShare: Double(r[safe: c[6]]),
                              outcomeShare: Double(r[safe: c[7]]), listedShare: Double(r[safe: c[8]]), ppv: Double(r[safe: c[9]]),
                              capture: Double(r[safe: c[10]]))
            }
        } else {
            disparity = []
        }
        coefficients = exists(CoefficientsColumn.fileName) ? try ReportCSV(url: url(CoefficientsColumn.fileName)) : nil
        origins = exists(OriginsColumn.fileName) ? try ReportCSV(url: url(OriginsColumn.fileName)) : nil
    }

    /// The origin the report shows: `pooled` when present, else the latest origin.
    var shownOrigin: String {
        let all = Array(Set(metrics.map(\.origin)))
        return all.contains("pooled") ? "pooled" : all.sorted().last ?? ""
    }

    /// Outcomes in the order of the file.
    var outcomes: [String] { ordered(metrics.map(\.outcome).filter { !$0.isEmpty }) }

    /// Models in the order of the file.
    var models: [String] { ordered(metrics.map(\.model)) }

    /// List sizes k in the order of the file.
    var sizes: [String] { ordered(metrics.filter { $0.metric == "capture" }.map(\.k).filter { !$0.isEmpty }) }

    private func ordered(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }
}
