import Foundation

extension HTMLReport {
    /// The settings, by their manifest keys, that must agree for a backtest to judge a list: the
    /// records lookback, the outcome window W, the exposure window and the rest of the scoring
    /// that changes who is scored how.
    static let comparedSettings = [
        "lookback", "outcome_window", "exposure_window", "exposure_half_life_days", "components", "group_expiry", "retention",
        "group_weight", "mass_event_size", "mass_events", "tie_half_life_days", "betweenness_length", "pagerank_damping",
    ]

    /// The compared settings that differ between the list and the backtest, `(key, list, backtest)`
    /// in ``comparedSettings`` order; a setting either manifest does not record is not compared.
    /// Empty for a report without both a list and a backtest.
    /// - Complexity: O(settings).
    var configurationDifferences: [(key: String, list: String, backtest: String)] {
        guard let rank, let backtest else { return [] }
        var list = rank.parameters.scoring.entries
        list["outcome_window"] = rank.listModel?.outcomeWindow
        let other = backtest.settings.merging(backtest.parameters) { _, parameter in parameter }
        return Self.comparedSettings.compactMap { key in
            guard let a = list[key], let b = other[key], a != b else { return nil }
            return (key, a, b)
        }
    }

    /// A warning that the list and the backtest shown beside it were run with different
    /// settings (``configurationDifferences``), so the backtest's figures need not describe this
    /// list; `nil` when they agree or the report lacks one of them. In the report's language
    /// (English or Spanish). Shown at the top of the backtest section.
    // The two sentences belong in ReportText with the report's other text; kept here until its
    // Spanish edition lands, so that the two changes do not collide.
    var configurationWarning: String? {
        let differences = configurationDifferences
        guard !differences.isEmpty else { return nil }
        let spanish = text.language.hasPrefix("es")
        let items = differences.map { d in
            spanish ? "\(d.key) \(d.list) en la lista, \(d.backtest) en el backtest" : "\(d.key) \(d.list) for the list, \(d.backtest) for the backtest"
        }.joined(separator: "; ")
        return spanish
            ? "La lista y el backtest se calcularon con configuraciones distintas (\(items)): las cifras del backtest pueden no "
                + "describir esta lista. Repita el backtest con la configuración de la lista para juzgarla."
            : "The list and the backtest were run with different settings (\(items)): the backtest's figures may not describe "
                + "this list. Run the backtest with the list's settings to judge it."
    }
}
