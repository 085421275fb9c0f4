import FocusNetGraph

/// The job behind `focusnet rank`, `call-in` and `export`: one ranking as of a date and the
/// parameter record its manifest prints, both from the same configuration.
///
/// Programs that write the rank files (FocusNetOutput's `RankOutput`) use the job so that the
/// manifest's parameters are the ones that ran.
public struct RankJob: Sendable {
    /// The ranking as of the date (records read in `(D − lookback, D]`, nothing after D).
    public let ranking: Ranking
    /// What ran, for `manifest.json` (derived from ``ranking``).
    public let parameters: RankParameters

    /// Ranks `records` as of `asOf` (see ``Ranking/init(records:asOf:configuration:context:stage:)``).
    /// - Parameters:
    ///   - scoringFile: where the scoring model was loaded from, if anywhere (provenance only).
    /// - Throws: ``IGraphError`` and ``KernelError`` from the centralities.
    /// - Complexity: that of ``Ranking``.
    public init(records: RecordSet, asOf: CalendarDay, configuration: RankConfiguration, context: ScoringContext? = nil,
                scoringFile: String? = nil, stage: (String) -> Void = { _ in }) throws {
        ranking = try Ranking(records: records, asOf: asOf, configuration: configuration, context: context, stage: stage)
        parameters = RankParameters(ranking: ranking, scoringFile: scoringFile)
    }
}
