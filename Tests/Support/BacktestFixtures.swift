import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetEvaluation

/// Record files for backtest tests: hand-written CSVs in a fresh temporary folder, the bundled
/// example region (Examples/data, `focusnet simulate --scale tiny --seed 42`) and the public
/// real data sets in ../shared/data/real (tests using them are skipped when absent).
package enum BacktestFixtures {
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    package static let exampleData = packageRoot.appendingPathComponent("Examples/data")
    package static let realData = packageRoot.appendingPathComponent("../shared/data/real").standardizedFileURL
    package static var hasRealData: Bool {
        FileManager.default.fileExists(atPath: realData.appendingPathComponent("israel_burglary_2020h1/events.csv").path)
    }

    package static func temporaryDirectory(_ label: String = "backtest") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-\(label)-\(UUID().uuidString)")
    }

    /// Writes `files` (canonical name → CSV text) into a new folder.
    package static func directory(_ files: [String: String]) throws -> URL {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    package static func records(_ files: [String: String]) throws -> RecordSet {
        try RecordSet.read(InputSources(directory: directory(files)))
    }

    /// The example region, read once per test process.
    package static let example = Result { try RecordSet.read(InputSources(directory: exampleData)) }

    /// A configuration for tests: all history, default scores, exact betweenness.
    package static func configuration(origins: [CalendarDay], outcomes: [OutcomeKind] = [.shot, .shooter, .either],
                              replicates: Int = 40, sizes: [ListSize] = [.share(1), .share(5), .count(20)]) -> BacktestConfiguration {
        BacktestConfiguration(scoring: RankConfiguration(), origins: origins,
                              outcomes: outcomes, listSizes: sizes, seed: 7, bootstrapReplicates: replicates)
    }

    package static func day(_ text: String) -> CalendarDay { DateFormat.iso.parse(text[...])! }

    /// The two origins of ``exampleBacktest``.
    package static let origins = ["2020-06-30", "2021-06-30"].map(day)

    /// Two origins of the example region, 40 replicates, shared by the tests that only read it.
    package static let exampleBacktest = Result {
        try Backtest(records: example.get(), configuration: configuration(origins: origins))
    }
}
