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
    ///   - parameters: the command's settings; purpose, list size, the selection and the
    ///     governance rules as applied are added.
    ///   - outputs: the file names written.
    /// - Throws: JSON encoding errors.
    public func manifest(ranking: Ranking, records: RecordSet, parameters: [String: String], outputs: [String]) throws -> String {
        var parameters = parameters
        let c = ranking.configuration
        parameters["purpose"] = c.purpose.rawValue
        parameters["list_size"] = String(c.top)
        parameters["selection"] = selectionDescription
        parameters["pseudonymized"] = pseudonymized ? "yes (HMAC-SHA-256); arrest ids left out" : "no"
        parameters["rule_retention"] = c.windows.retention.map { "\($0): \(ranking.retention.arrestRowsSetAside) arrest rows and "
            + "\(ranking.retention.membershipsSetAside) memberships set aside" } ?? "none"
        parameters["rule_juveniles"] = "under \(c.eligibility.adultAge): \(c.eligibility.juveniles.rawValue)"
        parameters["rule_group_label_expiry"] = ranking.windows.groupExpiry?.description ?? "never"
        parameters["rule_window"] = window.description
        return try RunManifest(
            command: "export", parameters: parameters, reports: records.reports,
            network: [
                "persons_in_network": ranking.persons.count, "persons_exported": persons.count, "ties_exported": ties.count,
                "co_offending_ties_exported": ties.filter { $0.coOffending > 0 }.count,
                "group_ties_exported": ties.filter { $0.group > 0 }.count,
                "listed_exported": persons.filter { $0.listRank != nil }.count, "groups_exported": groups.count,
            ],
            outputs: outputs + [Self.manifestFileName]
        ).json()
    }
}
