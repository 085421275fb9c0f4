import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

/// Backtests on the public temporal data sets in ../shared/data/real (skipped when absent):
/// solved burglaries in Israel, Jan–Jun 2020 (who offends again in May–June from the network
/// as of 30 April) and the suffragette co-arrests (re-arrest in the next year). Events are read
/// as arrests (`arrest_id=event_id,arrest_date=date`).
@Suite(.enabled(if: BacktestFixtures.hasRealData, "../shared/data/real is not present"))
struct BacktestRealDataTests {
    static func events(_ folder: String) throws -> RecordSet {
        var mapping = MappingSet()
        try mapping.apply(inline: "arrest_id=event_id,arrest_date=date")
        let url = BacktestFixtures.realData.appendingPathComponent("\(folder)/events.csv")
        return try RecordSet.read(InputSources([.arrests: url]), mapping: mapping)
    }

    @Test("Israel burglaries: re-offending in May–June 2020 from the network as of 30 April")
    func israel() throws {
        let records = try Self.events("israel_burglary_2020h1")
        var configuration = BacktestFixtures.configuration(origins: [BacktestFixtures.day("2020-04-30")], outcomes: [.arrest],
                                                           replicates: 20, sizes: [.share(1), .share(5)])
        configuration.outcomeWindow = CalendarPeriod("2mo")!
        let backtest = try Backtest(records: records, configuration: configuration)
        let result = try #require(backtest.origins.first)
        #expect(result.complete, "the window (2020-04-30, 2020-06-30] ends on the last day of the data")
        #expect(result.snapshot.count > 500)
        #expect(result.trainingOrigins.map(\.description) == ["2020-02-29"])
        let composite = try #require(result.evaluations.first { $0.model == .composite })
        #expect(composite.components.positives > 10)
        #expect(composite.components.rocAUC > 0.5)
        #expect(result.evaluations.contains { $0.model == .fitted })
        #expect(!result.evaluations.contains { $0.model == .demographic }, "no birth dates or sex in the data")
    }

    @Test("Suffragettes: re-arrest within a year, origins 1909–1913")
    func suffragettes() throws {
        let records = try Self.events("suffragette_arrests")
        let origins = try OriginSchedule.rolling(from: BacktestFixtures.day("1909-01-01"), to: BacktestFixtures.day("1913-01-01"),
                                                 every: CalendarPeriod("1y")!)
        var configuration = BacktestFixtures.configuration(origins: origins, outcomes: [.arrest], replicates: 20, sizes: [.share(5)])
        configuration.outcomeWindow = CalendarPeriod("1y")!
        configuration.trainingStep = CalendarPeriod("1y")!
        let backtest = try Backtest(records: records, configuration: configuration)
        #expect(backtest.origins.count == 5)
        #expect(backtest.origins.allSatisfy { $0.complete })
        #expect(backtest.pooled.contains { $0.model == .fitted })
        #expect(backtest.stability.contains { $0.model == .composite })
    }
}
