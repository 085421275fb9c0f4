import FocusNet
import Foundation

/// Re-runs the scoring as of past dates and measures who it would have listed against who was
/// shot in the following months: the files `focusnet backtest` writes, from Swift.
///
/// The same code is compiled into the root package's tests (through a symbolic link).
enum BacktestFromSwift {
    /// - Parameters:
    ///   - data: a records folder with victimizations (and shootings) so outcomes exist.
    ///   - origins: the as-of dates D; outcomes are counted in (D, D + outcomeWindow].
    ///   - out: the folder written: metrics.csv, capture_curve.csv, calibration.csv,
    ///     disparity.csv, coefficients.csv, origins.csv, fitted_model.json, manifest.json.
    ///   - bootstrap: replicates for the 95% intervals (a few hundred is enough to look).
    /// - Returns: the readable summary (Markdown tables) `focusnet backtest` prints.
    /// - Throws: record, backtest and file errors.
    static func run(data: URL, origins: [CalendarDay], outcomeWindow: CalendarPeriod = CalendarPeriod(count: 12, unit: .months),
                    out: URL, bootstrap: Int = 200) throws -> String {
        let records = try RecordSet.read(InputSources(directory: data))
        // Each origin's network is rebuilt from records dated ≤ D within the lookback.
        var scoring = RankConfiguration(windows: WindowPolicy(lookback: CalendarPeriod("5y")))
        scoring.eligibility.useCurrentStatus = false   // custody and deaths as of D, not as of today
        let configuration = BacktestConfiguration(
            scoring: scoring, origins: origins, outcomeWindow: outcomeWindow,
            outcomes: [OutcomeKind.shot, .shooter, .either].filter { $0.isAvailable(in: records) },
            listSizes: [.share(1), .share(5), .count(25)], seed: 42, bootstrapReplicates: bootstrap, trainingOrigins: 2)
        let backtest = try Backtest(records: records, configuration: configuration)
        try BacktestOutput(backtest: backtest, records: records)
            .write(parameters: ["origins": origins.map(\.description).joined(separator: ","), "example": "backtest-from-swift"], to: out)
        return BacktestSummary.text(backtest)
    }
}
