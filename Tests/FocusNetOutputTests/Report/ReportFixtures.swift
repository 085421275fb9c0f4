import FocusNetGraph
import FocusNetScoring
import Foundation
import FocusNetEvaluation
@testable import FocusNetOutput

/// Output folders for the report tests.
///
/// - ``rankFolder(top:asOf:pseudonymizer:language:)``: `focusnet rank`'s files for the invented example region
///   (Examples/data, `focusnet simulate --scale tiny --seed 42`) as of 2023-12-31, lookback 5y,
///   written by ``RankOutput`` itself so the fixture follows the real format.
/// - ``backtestFolder()``: a hand-written backtest folder in the columns of issue 5
///   (`metrics.csv`, `capture_curve.csv`, `calibration.csv`, `disparity.csv`,
///   `coefficients.csv`, `origins.csv`, `manifest.json`): one origin plus `pooled`, two outcomes,
///   four models, invented numbers chosen so every chart has something to draw.
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let exampleData = packageRoot.appendingPathComponent("Examples/data")

    static func temporaryDirectory(_ name: String = "report") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-\(name)-\(UUID().uuidString)")
    }

    static func rankFolder(top: Int = 12, asOf: CalendarDay = CalendarDay(year: 2023, month: 12, day: 31)!,
                           pseudonymizer: Pseudonymizer? = nil, language: Language = .en) throws -> URL {
        let records = try RecordSet.read(InputSources(directory: exampleData))
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: asOf,
                                  configuration: RankConfiguration(windows: WindowPolicy(lookback: CalendarPeriod("5y")), top: top),
                                  context: context)
        let out = temporaryDirectory("rank")
        let parameters = RankParameters(ranking: ranking)
        try RankOutput(ranking: ranking, records: records, context: context, pseudonymizer: pseudonymizer, language: language)
            .write(command: "rank", parameters: parameters, to: out)
        return out
    }

    /// Replaces the first listed person's id in `call_in_list.csv` with `id` (for escaping tests).
    static func replaceFirstListedID(in folder: URL, with id: String) throws {
        let url = folder.appendingPathComponent("call_in_list.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = id
        lines[1] = fields.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Raw person ids that appear in a rank folder's list and network files.
    static func personIDs(in folder: URL) throws -> Set<String> {
        var ids = Set<String>()
        for (file, columns) in [("call_in_list.csv", ["person_id"]), ("excluded.csv", ["person_id"]),
                                ("network_edges.csv", ["person_a", "person_b"])] {
            let table = try ReportCSV(url: folder.appendingPathComponent(file))
            for c in columns { let i = try table.column(c); for row in table.rows { ids.insert(row[i]) } }
        }
        return ids
    }

    static func key(_ byte: UInt8) throws -> Pseudonymizer { try Pseudonymizer(keyBytes: Data(repeating: byte, count: 32)) }

    static func backtestFolder() throws -> URL {
        let out = temporaryDirectory("backtest")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let models = ["random", "prior_arrests", "composite", "fitted"]
        // capture@1% and @5%, ppv, roc_auc per origin/model/outcome; pooled equals the origin here.
        let capture1: [String: Double] = ["random": 0.01, "prior_arrests": 0.08, "composite": 0.15, "fitted": 0.12]
        let capture5: [String: Double] = ["random": 0.05, "prior_arrests": 0.25, "composite": 0.40, "fitted": 0.35]
        let auc: [String: Double] = ["random": 0.5, "prior_arrests": 0.71, "composite": 0.82, "fitted": 0.80]
        var metrics = "origin,model,outcome,metric,k,value,ci_low,ci_high\n"
        for origin in ["2022-06-30", "pooled"] {
            for outcome in ["shot", "either"] {
                for m in models {
                    metrics += "\(origin),\(m),\(outcome),capture,1%,\(capture1[m]!),\(capture1[m]! * 0.5),\(capture1[m]! * 1.5)\n"
                    metrics += "\(origin),\(m),\(outcome),ppv,1%,\(capture1[m]! * 1.2),,\n"
                    metrics += "\(origin),\(m),\(outcome),capture,5%,\(capture5[m]!),\(capture5[m]! * 0.7),\(capture5[m]! * 1.3)\n"
                    metrics += "\(origin),\(m),\(outcome),ppv,5%,\(capture5[m]! * 0.3),,\n"
                    metrics += "\(origin),\(m),\(outcome),roc_auc,,\(auc[m]!),\(auc[m]! - 0.05),\(auc[m]! + 0.05)\n"
                    metrics += "\(origin),\(m),\(outcome),pr_auc,,\(auc[m]! / 10),,\n"
                }
            }
        }
        metrics += "pooled,composite,,jaccard,1%,0.62,,\n"
        var curve = "origin,model,outcome,share_scored,k,capture\n"
        for outcome in ["shot", "either"] {
            for m in models {
                for share in [0.1, 0.5, 1, 2, 5, 10, 20, 50, 100] {
                    // capture = share^p with p from the AUC: a concave curve for good models.
                    let p = m == "random" ? 1 : 1 - (auc[m]! - 0.5) * 1.6
                    curve += "pooled,\(m),\(outcome),\(share)%,\(Int(share * 6)),\(pow(share / 100, p))\n"
                }
            }
        }
        var calibration = "origin,model,outcome,decile,people,positives,observed_rate,mean_score,min_score,max_score\n"
        for outcome in ["shot", "either"] {
            for m in models where m != "random" {
                for d in 1...10 {
                    let rate = 0.002 * pow(Double(d), m == "prior_arrests" ? 1.2 : 1.8)
                    let mean = m == "fitted" ? rate * 0.9 : Double(d) / 10
                    calibration += "pooled,\(m),\(outcome),\(d),60,\(Int(rate * 60)),\(rate),\(mean),\(mean * 0.8),\(mean * 1.2)\n"
                }
            }
        }
        var disparity = "origin,model,outcome,k,attribute,group,scored,scored_share,outcome_persons,outcome_share,listed,listed_share,ppv,capture\n"
        for (attribute, groups) in [("sex", ["f", "m"]), ("age_band", ["under 18", "18-24", "25+"]), ("race", ["a", "b", "missing"])] {
            for (i, g) in groups.enumerated() {
                let s = Double(i + 1) / Double(groups.count * (groups.count + 1) / 2)
                disparity += "pooled,composite,either,1%,\(attribute),\(g),\(Int(s * 600)),\(s),\(Int(s * 20)),\(s * 0.9),\(Int(s * 6)),\(s * 1.1),0.2,0.1\n"
            }
        }
        let coefficients = """
            origin,model,outcome,feature,coefficient,std_error,z,mean,scale,training_origins,training_rows,training_positives,converged
            current,fitted,shot,(intercept),-4.2,0.3,-14,,,2021-06-30,500,12,yes
            current,fitted,shot,log_gun_arrests,0.81,0.2,4.05,0.3,0.4,2021-06-30,500,12,yes
            current,fitted,shot,victim_exposure,0.55,0.25,2.2,0.1,0.5,2021-06-30,500,12,yes

            """
        let origins = """
            origin,outcome_window_end,complete,network_people,deceased_excluded,scored,in_custody,notified,training_origins,outcome,positives,base_rate
            2022-06-30,2023-12-31,yes,612,3,600,20,0,2021-06-30,shot,14,0.023333
            2022-06-30,2023-12-31,yes,612,3,600,20,0,2021-06-30,either,20,0.033333

            """
        let manifest = """
            {
              "command" : "backtest",
              "focusnet_version" : "0.1.0",
              "igraph_version" : "0.10.2",
              "openblas_version" : "OpenBLAS 0.3.21",
              "inputs" : [ { "kind" : "arrests", "path" : "/data/arrests.csv", "sha256" : "ab12", "rows_read" : 10, "accepted" : 10, "deduplicated" : 0, "rejected" : 0 } ],
              "notes" : [ "hand-written fixture" ],
              "parameters" : { "as_of" : "2022-06-30" },
              "settings" : { "outcome_window" : "18mo", "seed" : 42, "exclude_notified" : false, "k" : [ "1%", "5%" ] }
            }

            """
        for (name, text) in [("metrics.csv", metrics), ("capture_curve.csv", curve), ("calibration.csv", calibration),
                             ("disparity.csv", disparity), ("coefficients.csv", coefficients), ("origins.csv", origins),
                             ("manifest.json", manifest)] {
            try text.write(to: out.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return out
    }
}
