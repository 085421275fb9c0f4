import FocusNet
import Foundation

/// Builds the co-offending network of a records folder as of a date, ranks everyone in it and
/// returns the call-in list as text: list rank, person, composite score, eligibility and the
/// reasons as sentences. Nothing dated after `asOf` is read.
///
/// The same code is compiled into the root package's tests (through a symbolic link), so this
/// example is checked on every `swift test`.
enum RankFromSwift {
    struct Listed: Equatable {
        let rank: Int
        let person: String
        let score: Double
        let eligibility: String
        let reasons: [String]
    }

    /// - Parameters:
    ///   - data: a folder holding `arrests.csv` and, optionally, the other canonical files.
    ///   - asOf: the date the list is drawn up for.
    ///   - top: the list length.
    /// - Throws: record errors (missing file or column), igraph errors.
    static func run(data: URL, asOf: CalendarDay, lookback: CalendarPeriod? = CalendarPeriod("5y"),
                    top: Int = 10) throws -> [Listed] {
        // 1. Read and validate every file in the folder; rejected rows are kept in `records.rejects`.
        let records = try RecordSet.read(InputSources(directory: data))
        // 2. What scoring needs besides arrests: birth dates, custody, victimizations, groups, …
        let context = ScoringContext(records: records)
        // 3. Network, measures, exposure, scores, eligibility and the list, as of the date.
        let configuration = RankConfiguration(windows: WindowPolicy(lookback: lookback), top: top, purpose: .callIn)
        let ranking = try Ranking(records: records, asOf: asOf, configuration: configuration, context: context)
        // 4. Reasons: the largest contributions to each listed person's score, as sentences to read
        //    aloud (Language.es for Spanish); Explainer gives the contributions as numbers.
        let output = RankOutput(ranking: ranking, records: records, context: context, language: .en)
        return ranking.invitees.enumerated().map { i, node in
            Listed(rank: i + 1, person: records.personIDs[Int(ranking.persons[node])], score: ranking.scores.composite[node],
                   eligibility: ranking.eligibility.status[node].label, reasons: output.sentences(of: node))
        }
    }

    /// The list as printed by the program.
    static func text(_ list: [Listed]) -> String {
        list.map { "\($0.rank)\t\($0.person)\t\(String(format: "%.4f", $0.score))\t\($0.eligibility)\t\($0.reasons.joined(separator: "; "))" }
            .joined(separator: "\n") + "\n"
    }
}
