import Foundation
import FocusNetGraph
import FocusNetScoring
@testable import FocusNetEvaluation

/// Record files for backtest tests: hand-written CSVs in a fresh temporary folder, the bundled
/// example region (Examples/data, `focusnet simulate --scale tiny --seed 42`) and the public
/// real data sets in ../shared/data/real (tests using them are skipped when absent).
enum BacktestFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let exampleData = packageRoot.appendingPathComponent("Examples/data")
    static let realData = packageRoot.appendingPathComponent("../shared/data/real").standardizedFileURL
    static var hasRealData: Bool {
        FileManager.default.fileExists(atPath: realData.appendingPathComponent("israel_burglary_2020h1/events.csv").path)
    }

    static func temporaryDirectory(_ label: String = "backtest") -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-\(label)-\(UUID().uuidString)")
    }

    /// Writes `files` (canonical name → CSV text) into a new folder.
    static func directory(_ files: [String: String]) throws -> URL {
        let directory = temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    static func records(_ files: [String: String]) throws -> RecordSet {
        try RecordSet.read(InputSources(directory: directory(files)))
    }

    /// The example region, read once per test process.
    static let example = Result { try RecordSet.read(InputSources(directory: exampleData)) }

    /// A configuration for tests: all history, default scores, exact betweenness.
    static func configuration(origins: [CalendarDay], outcomes: [OutcomeKind] = [.shot, .shooter, .either],
                              replicates: Int = 40, sizes: [ListSize] = [.share(1), .share(5), .count(20)]) -> BacktestConfiguration {
        BacktestConfiguration(scoring: RankConfiguration(window: ObservationWindow(asOf: origins[0])), origins: origins,
                              outcomes: outcomes, listSizes: sizes, seed: 7, bootstrapReplicates: replicates)
    }

    static func day(_ text: String) -> CalendarDay { DateFormat.iso.parse(text[...])! }
}
