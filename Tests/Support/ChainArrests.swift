/// The arrests of the hand-built chain drawn in `CallInScenarioTests` and `ReasonScenario`, as of
/// 2021-06-30 (header and rows of `arrests.csv`):
///
///     p6 — p1 — p2 — p3 — p4        p5 (alone)
///     A5    A1    A2    A3          A4
///
/// A1 is violent with a gun, A4 a weapons arrest, A5 violent; each scenario adds its own rows.
package enum ChainArrests {
    package static let header = "arrest_id,person_id,arrest_date,offense_category,gun_involved"
    package static let rows = [
        "A1,p1,2021-01-10,violent,1", "A1,p2,2021-01-10,violent,1", "A2,p2,2021-02-01,narcotics,0", "A2,p3,2021-02-01,narcotics,0",
        "A3,p3,2021-03-01,other,0", "A3,p4,2021-03-01,other,0", "A4,p5,2021-04-01,weapons,0", "A5,p6,2021-05-01,violent,0",
        "A5,p1,2021-05-01,violent,0",
    ]

    /// The file's text with `extra` rows after the chain's.
    package static func csv(adding extra: [String]) -> String { ([header] + rows + extra).joined(separator: "\n") + "\n" }
}
