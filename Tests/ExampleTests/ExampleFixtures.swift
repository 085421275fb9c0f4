import FocusNet
import Foundation

/// The example region and scratch folders for the example programs' tests.
enum ExampleFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let exampleData = packageRoot.appendingPathComponent("Examples/data")

    static func temporaryDirectory(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-\(name)-\(UUID().uuidString)")
    }

    /// `focusnet rank`'s files for the example region as of 2023-12-31, lookback 5y, written by
    /// ``RankOutput`` itself.
    static func rankFolder(top: Int) throws -> URL {
        let records = try RecordSet.read(InputSources(directory: exampleData))
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: CalendarDay(year: 2023, month: 12, day: 31)!,
                                  configuration: RankConfiguration(windows: WindowPolicy(lookback: CalendarPeriod("5y")), top: top),
                                  context: context)
        let out = temporaryDirectory("example-rank")
        try RankOutput(ranking: ranking, records: records, context: context, pseudonymizer: nil)
            .write(command: "rank", parameters: RankParameters(ranking: ranking), to: out)
        return out
    }
}
