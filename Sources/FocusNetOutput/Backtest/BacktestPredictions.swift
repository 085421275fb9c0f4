import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring

extension BacktestOutput {
    /// Significant digits of the scores and probabilities in `predictions.csv`. A city backtest
    /// (8 origins, 683,176 person-origins) writes about 170 MB at 6 digits; no rank or metric is
    /// computed from the file, and 6 digits tell apart any two probabilities that differ by more
    /// than a millionth of their size.
    static let predictionDigits = 6

    /// `predictions.csv`: every scored person at every origin, one row each (wide), handed to
    /// `append` in pieces as they are built on all cores (``CSVTable``).
    ///
    /// Columns (``PredictionsColumn/header(outcomes:)``): the origin D; the person id (its keyed
    /// pseudonym when the output is pseudonymized); for each model but random, its score and rank
    /// (a fitted model: its probability of each outcome in `(D, D + W]` and the rank by it); then
    /// for each outcome 1 when it happened in `(D, D + W]`, else 0. Ranks are 1 for the highest
    /// score, ties broken by person id — the list as `focusnet rank` would draw it up (the metrics
    /// instead average over tied orderings). A fitted model missing at an origin (no training
    /// origin, no outcome person in training) leaves its cells empty. Rows run by origin, then by
    /// composite rank. Scores have ``predictionDigits`` significant digits.
    /// - Complexity: O(Σ n log n) for the ranks, O(Σ n × columns) to format; memory one rank
    ///   array (`Int32`) per model column per origin, and a quarter of the text at a time.
    func predictions(to append: (String) throws -> Void) rethrows {
        let outcomes = backtest.configuration.outcomes
        struct Column { let scores: [Double]?; let ranks: [Int32]? }
        struct Origin { let label: String; let persons: [Int32]; let rows: [Int]; let columns: [Column]; let happened: [[Bool]] }
        let origins: [Origin] = backtest.origins.map { result in
            let n = result.snapshot.count
            func ranks(_ ranked: RankedScores) -> [Int32] {
                var rank = [Int32](repeating: 0, count: n)
                for (position, i) in ranked.order.enumerated() { rank[i] = Int32(position + 1) }
                return rank
            }
            var columns: [Column] = [], composite: RankedScores?
            for model in PredictionsColumn.models {
                // A model that needs no fitting ranks once for every outcome: one score and rank column.
                for outcome in model.isFitted ? model.outcomes(of: outcomes).map(Optional.some) : [nil] {
                    guard let entry = result.entries.first(where: { $0.model == model && (outcome == nil || $0.outcome == outcome) }) else {
                        columns.append(Column(scores: nil, ranks: nil))
                        continue
                    }
                    if model == .composite { composite = entry.ranked }
                    columns.append(Column(scores: entry.ranked.scores, ranks: ranks(entry.ranked)))
                }
            }
            return Origin(label: result.snapshot.origin.description, persons: result.snapshot.persons,
                          rows: composite?.order ?? Array(0..<n), columns: columns,
                          happened: outcomes.map { result.snapshot.outcomes[$0]! })
        }
        var starts: [Int] = [0]
        for origin in origins { starts.append(starts.last! + origin.rows.count) }
        let ids = personLabels(origins.map(\.persons))
        let digits = BacktestOutput.predictionDigits
        try CSVTable.write(PredictionsColumn.fileName, header: PredictionsColumn.header(outcomes: outcomes), count: starts.last!,
                           row: { row in
            var r = 0
            while starts[r + 1] <= row { r += 1 }
            let origin = origins[r], i = origin.rows[row - starts[r]]
            var fields = [origin.label, ids[Int(origin.persons[i])] ?? ""]
            fields.reserveCapacity(2 + 2 * origin.columns.count + outcomes.count)
            for column in origin.columns {
                fields.append(column.scores.map { significant($0[i], digits) } ?? "")
                fields.append(column.ranks.map { String($0[i]) } ?? "")
            }
            for happened in origin.happened { fields.append(happened[i] ? "1" : "0") }
            return fields
        }, to: append)
    }

    /// The id (or pseudonym) of every person scored at some origin, by person index; `nil` for the others.
    /// - Complexity: O(Σ n) plus one HMAC per distinct person when pseudonymized.
    func personLabels(_ persons: [[Int32]]) -> [String?] {
        var labels = [String?](repeating: nil, count: records.personIDs.count)
        for list in persons {
            for p in list where labels[Int(p)] == nil {
                let id = records.personIDs[Int(p)]
                labels[Int(p)] = pseudonymizer.map { $0.pseudonym(id) } ?? id
            }
        }
        return labels
    }
}

/// `x` rounded to `digits` significant digits, in its shortest round-trip text; integers without
/// a fraction; empty for NaN or infinity.
func significant(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "" }
    let x = PercentileRank.round(x, digits)
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
}
