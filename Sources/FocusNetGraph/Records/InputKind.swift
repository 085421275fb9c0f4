/// The kinds of record file FocusNet reads, with their canonical column names.
///
/// The raw value is the kind's name in mapping files and in `--map kind.column=…` pairs.
public enum InputKind: String, Sendable, CaseIterable, Codable {
    /// Arrests: one row per person on an arrest (the co-offending network is built from these).
    case arrests
    /// Group (gang, crew) memberships with their sightings.
    case memberships
    /// Persons who were victims of violence, by incident.
    case victimizations
    /// Shootings with their suspects, by incident.
    case shootings
    /// Person attributes: birth date, sex, race, area, custody and supervision status, priors.
    case persons
    /// Custody periods `[start, end]`.
    case custody
    /// Other identifiers of a person, resolved to the canonical person before anything is read.
    case aliases
    /// Resident population by area.
    case population
    /// A one-mode network given directly (`source, target[, weight, date]`): co-offending ties
    /// from another system, or a published network with no arrest records behind it.
    case ties

    /// The file name `--data DIR` looks for, e.g. `arrests.csv`.
    public var canonicalFileName: String { rawValue + ".csv" }

    /// Columns a file of this kind must have (after mapping).
    public var requiredColumns: [String] {
        switch self {
        case .arrests: ["arrest_id", "person_id", "arrest_date"]
        case .memberships: ["person_id", "group_id"]
        case .victimizations: ["incident_id", "person_id", "date", "type"]
        case .shootings: ["incident_id", "suspect_person_id", "date"]
        case .persons: ["person_id"]
        case .custody: ["person_id", "start", "end"]
        case .aliases: ["alias_id", "person_id"]
        case .population: ["area", "population"]
        case .ties: ["source", "target"]
        }
    }

    /// Columns read when present.
    public var optionalColumns: [String] {
        switch self {
        case .arrests: ["offense_category", "gun_involved", "charge", "area"]
        case .memberships: ["first_seen", "last_seen", "source"]
        case .victimizations: ["area"]
        case .shootings: ["area"]
        case .persons: ["birth_date", "sex", "race", "area", "custody_status", "supervision",
                        "prior_arrests", "prior_convictions", "prior_incarcerations"]
        case .custody: ["type"]
        case .aliases: ["source"]
        case .population: []
        case .ties: ["weight", "date"]
        }
    }

    /// Columns holding dates (read in the file's date format; see ``DateFormat``).
    public var dateColumns: [String] {
        switch self {
        case .arrests: ["arrest_date"]
        case .memberships: ["first_seen", "last_seen"]
        case .victimizations, .shootings: ["date"]
        case .persons: ["birth_date"]
        case .custody: ["start", "end"]
        case .aliases, .population: []
        case .ties: ["date"]
        }
    }

    /// Columns holding codes: case-folded and passed through the mapping's code table.
    public var codedColumns: [String] {
        switch self {
        case .arrests: ["offense_category", "gun_involved", "charge"]
        case .memberships: ["source"]
        case .victimizations: ["type"]
        case .shootings, .population, .ties: []
        case .persons: ["sex", "race", "custody_status", "supervision"]
        case .custody: ["type"]
        case .aliases: ["source"]
        }
    }

    /// The codes a coded column may hold after mapping, or `nil` when any code is kept as given
    /// (folded). Unknown codes in a closed column are rejected, or become `other` when the
    /// mapping says `unknown_codes: other` and the column has an `other` code.
    public func allowedCodes(_ column: String) -> Set<String>? {
        switch (self, column) {
        case (.arrests, "offense_category"): OffenseCategory.names
        case (.arrests, "gun_involved"): ["0", "1"]
        case (.victimizations, "type"): VictimizationType.names
        case (.persons, "custody_status"): CustodyStatus.names
        case (.persons, "supervision"): Supervision.names
        default: nil
        }
    }
}
