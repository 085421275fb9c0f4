import ArgumentParser
import FocusNet
import Foundation

/// How the network is built and people are scored.
struct ScoringOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "YAML file with points weights, network components and composite weights (see docs/measures/risk-score.md).",
        valueName: "file.yaml"))
    var scoring: String?

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Network-score components, repeated or comma-separated (any of: \(ScoreComponent.allCases.map(\.rawValue).joined(separator: ", "))); overrides the scoring file. Default: \(ScoringModel.Network().components.map(\.rawValue).joined(separator: ", ")).",
        valueName: "component"))
    var components: [String] = []

    /// `--components` values, each split at commas (`strength,eigenvector` as `strength eigenvector`).
    var componentNames: [String] { components.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } } }

    @Option(name: .long, help: ArgumentHelp("Arrests with more persons than this are mass events (protests, sweeps).", valueName: "n"))
    var massEventSize: Int = 10

    @Option(name: .long, help: ArgumentHelp(
        "What mass events add to tie strength: downweight (1/(k−1) per tie, Newman 2001), exclude, or keep.", valueName: "policy"))
    var massEvents: String = ProjectionOptions.MassEventPolicy.downweight.rawValue

    @Option(name: .long, help: ArgumentHelp("Half-life in days of a shared arrest's weight; off by default.", valueName: "days"))
    var tieHalfLife: Double?

    @Option(name: .long, help: ArgumentHelp(
        "Group labels not seen again within this period expire (e.g. 3y); by default they never do.", valueName: "period"))
    var groupExpiry: CalendarPeriod?

    @Option(name: .long, help: ArgumentHelp("Weight of group co-membership ties in the combined network (0 = co-offending only).", valueName: "w"))
    var groupWeight: Double = 1

    @Option(name: .long, help: ArgumentHelp("Victimizations and shootings in this period before the as-of date count toward exposure.", valueName: "period"))
    var exposureWindow = CalendarPeriod(count: 18, unit: .months)

    @Option(name: .long, help: ArgumentHelp("Half-life in days of a victimization's weight in exposure; off by default.", valueName: "days"))
    var exposureHalfLife: Double?

    @Flag(name: .long, help: "Also compute betweenness (no default score uses it): for scores.csv and exports, and in backtest as a feature of the fitted model; slow on large networks (see docs/measures/betweenness.md). The next two options apply only when betweenness is computed.")
    var betweenness = false

    @Option(name: .long, help: ArgumentHelp("Networks up to this many people get exact betweenness; larger ones a sampled estimate.", valueName: "n"))
    var exactBetweennessMax: Int = 20_000

    @Option(name: .long, help: ArgumentHelp("Sampled source people for estimated betweenness.", valueName: "n"))
    var betweennessSamples: Int = 1024

    @Option(name: .long, help: ArgumentHelp("Seed for every sampled or stochastic step (same seed, same output).", valueName: "n"))
    var seed: UInt64 = 42

    func validate() throws {
        guard massEventSize >= 2 else { throw ValidationError("--mass-event-size must be at least 2.") }
        guard ProjectionOptions.MassEventPolicy(rawValue: massEvents) != nil else {
            throw ValidationError("--mass-events must be downweight, exclude or keep.")
        }
        if let tieHalfLife, !(tieHalfLife > 0) { throw ValidationError("--tie-half-life must be a positive number of days.") }
        if let exposureHalfLife, !(exposureHalfLife > 0) { throw ValidationError("--exposure-half-life must be a positive number of days.") }
        guard groupWeight >= 0 else { throw ValidationError("--group-weight must be ≥ 0.") }
        guard betweennessSamples > 0 else { throw ValidationError("--betweenness-samples must be at least 1.") }
        for name in componentNames where ScoreComponent(rawValue: name) == nil {
            throw ValidationError("--components: unknown component '\(name)'.")
        }
    }

    /// The configuration of a ranking from these flags and the window, list and governance flags.
    func configuration(window: WindowOptions, list: CallInOptions, governance: GovernanceOptions,
                       defaultMode: String) throws -> RankConfiguration {
        var configuration = try configuration(lookback: window.lookback.period, retention: governance.retention)
        list.apply(to: &configuration, defaultMode: defaultMode)
        return configuration
    }

    /// The configuration these flags describe, with the records' `lookback` and `retention`.
    func configuration(lookback: CalendarPeriod?, retention: CalendarPeriod? = nil) throws -> RankConfiguration {
        var model = try scoring.map { try ScoringModel.load(URL(fileURLWithPath: $0)) } ?? ScoringModel()
        if !components.isEmpty { model.network.components = componentNames.compactMap(ScoreComponent.init(rawValue:)) }
        var configuration = RankConfiguration(
            windows: WindowPolicy(lookback: lookback, retention: retention, exposure: exposureWindow, groupExpiry: groupExpiry),
            projection: ProjectionOptions(massEventSize: massEventSize, massEventPolicy: .init(rawValue: massEvents)!,
                                          tieHalfLifeDays: tieHalfLife),
            groupLayerWeight: groupWeight, exposureHalfLifeDays: exposureHalfLife, model: model,
            betweenness: Betweenness.Options(exactMaxNodes: exactBetweennessMax, samples: betweennessSamples, seed: seed))
        configuration.reportsBetweenness = betweenness
        return configuration
    }
}
