public import Foundation

/// Generates a synthetic region — people, arrests, groups, gunshot victimizations, shootings,
/// custody and population — whose records carry the stylized facts of the co-offending and
/// gun-violence literature, for testing and evaluating FocusNet where no real data may be used.
/// Every person is invented; no record describes a real person.
///
/// The files (canonical CSV: header row, comma separated, LF, UTF-8, ISO dates `yyyy-mm-dd`,
/// quoting only when needed), all dated within `[startYear-01-01, (startYear+years−1)-12-31]`
/// except a custody `end` still to come on the last day (a scheduled release):
/// - `persons.csv` — `person_id,birth_date,sex,race,area,custody_status,supervision`, everyone
///   who appears in another file, status on the last day;
/// - `arrests.csv` — `arrest_id,person_id,arrest_date,offense_category,gun_involved`, one row
///   per person per arrest, in date order (co-arrestees share the `arrest_id`);
/// - `memberships.csv` — `person_id,group_id,first_seen,last_seen,source`;
/// - `victimizations.csv` — `incident_id,person_id,date,type` (`shot_fatal`, `shot_nonfatal`);
/// - `shootings.csv` — `incident_id,suspect_person_id,date,area`, shootings with an identified
///   suspect only; `S000123` is the shooting in which `V000123` was shot;
/// - `custody.csv` — `person_id,start,end,type` (`jail`, `prison`);
/// - `population.csv` — `area,population`.
///
/// Identifiers are a letter and a zero-padded number of fixed width within a data set, so that
/// string order is numeric order: persons `P000001`, arrests `A0000001`, groups `G001`, areas
/// `A01`, victimizations `V000001`, shootings `S000001` (wider when a scale needs it).
///
/// The processes and the facts they target are documented on ``SyntheticPopulation``,
/// ``RegionSimulation`` (arrests, contagion, suspects) and ``SimulationSummary``.
public enum RegionSimulator {
    /// The names of the files ``write(_:to:)`` creates.
    public static let fileNames = RecordFiles.names

    /// Generates the region described by `config` into `directory` (created if needed; files
    /// of the same names are replaced) and returns what was written.
    ///
    /// Deterministic: the same configuration gives byte-identical files on the same platform.
    /// - Throws: ``SimulationError/invalidConfiguration(field:value:allowed:)`` for a setting
    ///   out of range; ``SimulationError/cannotCreateDirectory(path:reason:)`` and
    ///   ``SimulationError/cannotWriteFile(path:reason:)`` when the output cannot be written.
    /// - Complexity: O(M·n + r) time for M months, n persons and r arrest rows; memory O(n + t)
    ///   for t co-offending ties, independent of r (rows are streamed through 1 MiB buffers).
    public static func write(_ config: SimulationConfig, to directory: URL) throws(SimulationError) -> SimulationSummary {
        try config.validate()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotCreateDirectory(path: directory.path, reason: "a file of that name exists")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreateDirectory(path: directory.path, reason: error.localizedDescription)
            }
        }
        var simulation = RegionSimulation(config: config)
        return try simulation.run(into: directory)
    }
}
