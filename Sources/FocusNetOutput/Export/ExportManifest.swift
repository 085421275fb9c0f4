import FocusNetGraph
import FocusNetScoring

extension NetworkExport {
    /// The file an export writes beside its network files, so an export can be audited like a
    /// list: inputs with SHA-256, parameters with the purpose and governance rules applied,
    /// network counts, versions. Named `export_manifest.json` so an export into a rank folder
    /// does not replace the list's `manifest.json`.
    public static let manifestFileName = "export_manifest.json"

    /// `export_manifest.json` text (stable bytes: no wall-clock time).
    /// - Parameters:
    ///   - ranking: the ranking exported (its configuration gives the purpose and rules).
    ///   - records: the records read (their reports give the inputs' SHA-256 and counts).
    ///   - parameters: the ranking's parameters as they ran (``RankJob/parameters``).
    ///   - formats, around, steps, via: what the command was asked to export.
    ///   - outputs: the files written before the manifest, with their digests.
    /// - Throws: JSON encoding errors.
    public func manifest(ranking: Ranking, records: RecordSet, parameters: RankParameters, formats: [ExportFormat],
                         around: String, steps: Int, via: NetworkSelection.Ties, outputs: [OutputDigest]) throws -> String {
        let export = ExportParameters(formats: formats.map(\.rawValue), around: around, steps: steps, via: via.rawValue,
                                      selection: selectionDescription, pseudonymized: pseudonymized)
        return try RunManifest(
            command: "export", parameters: parameters.pseudonymized(pseudonymized), export: export, reports: records.reports,
            network: [
                "persons_in_network": ranking.persons.count, "persons_exported": persons.count, "ties_exported": ties.count,
                "co_offending_ties_exported": ties.filter { $0.coOffending > 0 }.count,
                "group_ties_exported": ties.filter { $0.group > 0 }.count,
                "listed_exported": persons.filter { $0.listRank != nil }.count, "groups_exported": groups.count,
            ],
            outputs: outputs
        ).json()
    }
}
