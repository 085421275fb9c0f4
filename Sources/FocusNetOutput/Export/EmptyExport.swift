import FocusNetGraph
import FocusNetScoring

/// Why an export would hold nobody, in words an analyst can act on (`focusnet export` stops with
/// exit 65 on it unless `--allow-empty`).
public enum EmptyExportReason: Equatable, Sendable, CustomStringConvertible {
    /// The network has nobody in it (for `--whole` and every other selection): why, as for an
    /// empty call-in list (nobody in the window, as-of before the first record).
    case emptyNetwork(EmptyListReason)
    /// The export is drawn around the call-in list (no `--around`, no `--whole`), which is empty.
    case emptyList(EmptyListReason)

    /// A sentence for the command line; never a person id.
    public var description: String {
        switch self {
        case .emptyNetwork(let reason): "the network is empty: \(reason)"
        case .emptyList(let reason): "the call-in list the export is drawn around is empty: \(reason)"
        }
    }
}

extension NetworkExport {
    /// Why an export of `ranking` would be empty, or `nil` when it would not.
    /// - Parameters:
    ///   - aroundList: whether the export is drawn around the call-in list (the default selection).
    ///   - records, context: what the ranking was built from (see ``Ranking/emptyListReason(records:context:)``).
    /// - Complexity: O(n).
    public static func emptyReason(ranking: Ranking, records: RecordSet, context: ScoringContext,
                                   aroundList: Bool) -> EmptyExportReason? {
        guard let reason = ranking.emptyListReason(records: records, context: context) else { return nil }
        if ranking.persons.isEmpty { return .emptyNetwork(reason) }
        return aroundList ? .emptyList(reason) : nil
    }
}

extension NetworkSelection {
    /// Nobody: the selection an export around an empty call-in list writes under `--allow-empty`.
    public static let nobody = NetworkSelection(seeds: [], steps: 0, via: .coOffending)
}
