import FocusNetGraph

/// Which columns of one of the simulator's files take which ``DefectKind``, and how FocusNet's
/// reader treats each column — what ``DefectInjector`` needs to write a defect and to predict
/// the validation outcome exactly.
struct DirtyFileLayout: Sendable {
    /// The input kind the file is read as.
    let kind: InputKind
    /// The column blanked by ``DefectKind/blankPersonID``, `nil` when the file has no person.
    let personColumn: String?
    /// The identifier padded by ``DefectKind/whitespacePadding``.
    let paddedColumn: String
    /// The date the date defects rewrite, `nil` when the file has none.
    let dateColumn: String?
    /// Closed-list code columns and codes that are not on their list, for ``DefectKind/unknownCode``.
    let unknownCodes: [(column: String, codes: [String])]
    /// Columns whose clean codes are lower case, for ``DefectKind/caseNoise``.
    let caseNoiseColumns: [String]

    /// Whether the defect can be written into this file.
    func applies(_ defect: DefectKind) -> Bool {
        switch defect {
        case .duplicateRow, .whitespacePadding, .byteOrderMark, .crlfLineEnds: true
        case .blankPersonID: personColumn != nil
        case .unparseableDate, .impossibleDate, .otherDateFormat, .quotedComma: dateColumn != nil
        case .unknownCode: !unknownCodes.isEmpty
        case .caseNoise: !caseNoiseColumns.isEmpty
        }
    }

    /// The reason `validate` gives for a copy rejected by `defect` in `column` (see
    /// `MappedRow` in FocusNetGraph's `TableReader.swift`), under the default mapping.
    func rejectionReason(_ defect: DefectKind, column: String) -> String {
        switch defect {
        case .blankPersonID: "blank \(column)"
        case .unparseableDate, .impossibleDate: "unparseable date (expected \(DateFormat.iso.rawValue))"
        case .unknownCode:
            "unknown \(column) code (expected \((kind.allowedCodes(column) ?? []).sorted().joined(separator: "|")))"
        default: preconditionFailure("\(defect) rejects no row")
        }
    }

    /// Date columns: the reader trims and parses them but never counts them as normalized.
    static let dateColumns: Set<String> = ["arrest_date", "birth_date", "first_seen", "last_seen", "date", "start", "end"]

    /// The layout of one of ``RegionSimulator/fileNames``.
    static func canonical(_ fileName: String) -> DirtyFileLayout {
        switch fileName {
        case "persons.csv":
            DirtyFileLayout(kind: .persons, personColumn: "person_id", paddedColumn: "person_id", dateColumn: "birth_date",
                            unknownCodes: [("custody_status", ["escaped", "hospitalized", "unknown"]),
                                           ("supervision", ["house_arrest", "pretrial", "unknown"])],
                            caseNoiseColumns: ["race", "custody_status", "supervision"])
        case "arrests.csv":
            DirtyFileLayout(kind: .arrests, personColumn: "person_id", paddedColumn: "person_id", dateColumn: "arrest_date",
                            unknownCodes: [("offense_category", ["arson", "traffic", "fraud", "trespass", "unknown"])],
                            caseNoiseColumns: ["offense_category"])
        case "memberships.csv":
            DirtyFileLayout(kind: .memberships, personColumn: "person_id", paddedColumn: "person_id", dateColumn: "first_seen",
                            unknownCodes: [], caseNoiseColumns: ["source"])
        case "victimizations.csv":
            DirtyFileLayout(kind: .victimizations, personColumn: "person_id", paddedColumn: "person_id", dateColumn: "date",
                            unknownCodes: [("type", ["stabbing", "shot_unknown", "graze", "unknown"])],
                            caseNoiseColumns: ["type"])
        case "shootings.csv":
            DirtyFileLayout(kind: .shootings, personColumn: "suspect_person_id", paddedColumn: "suspect_person_id",
                            dateColumn: "date", unknownCodes: [], caseNoiseColumns: [])
        case "custody.csv":
            DirtyFileLayout(kind: .custody, personColumn: "person_id", paddedColumn: "person_id", dateColumn: "start",
                            unknownCodes: [], caseNoiseColumns: ["type"])
        case "population.csv":
            DirtyFileLayout(kind: .population, personColumn: nil, paddedColumn: "area", dateColumn: nil,
                            unknownCodes: [], caseNoiseColumns: [])
        default:
            preconditionFailure("\(fileName) is not a file of the simulator")
        }
    }
}
