import ArgumentParser
import FocusNet
import Foundation

/// Record files and their mapping: shared by every command that reads records.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Arrest records CSV: one row per person per arrest.", valueName: "file"))
    var arrests: String?

    @Option(name: .long, help: ArgumentHelp("Group (gang, crew) memberships CSV: person_id, group_id.", valueName: "file"))
    var memberships: String?

    @Option(name: .long, help: ArgumentHelp(
        "Gunshot victimizations CSV: incident_id, person_id, date, type (shot_fatal|shot_nonfatal).", valueName: "file"))
    var victimizations: String?

    @Option(name: .long, help: ArgumentHelp("Shootings with identified suspects CSV: incident_id, suspect_person_id, date.",
                                            valueName: "file"))
    var shootings: String?

    @Option(name: .long, help: ArgumentHelp("Person attributes CSV: person_id, birth_date, custody_status, …", valueName: "file"))
    var persons: String?

    @Option(name: .long, help: ArgumentHelp("Custody periods CSV: person_id, start, end.", valueName: "file"))
    var custody: String?

    @Option(name: .long, help: ArgumentHelp(
        "Identity map CSV: alias_id, person_id. Aliases are resolved before anything is counted.", valueName: "file"))
    var aliases: String?

    @Option(name: .long, help: ArgumentHelp("Population per area CSV: area, population.", valueName: "file"))
    var population: String?

    @Option(name: .long, help: ArgumentHelp(
        "A network given directly, CSV: source, target[, weight, date] (e.g. a partner's co-offending ties); usable without arrests.",
        valueName: "file"))
    var ties: String?

    @Option(name: .long, help: ArgumentHelp(
        "Rows of the ties file for the same pair: sum (default: weights add up), max (largest weight) or reject (rows after the one kept are rejected). Overrides the mapping's ties duplicates.",
        valueName: "rule"))
    var tieDuplicates: TieDuplicates?

    @Option(name: .long, help: ArgumentHelp(
        "Folder holding files with the canonical names (arrests.csv, memberships.csv, …); a file flag overrides its file.",
        valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(
        "YAML file mapping your column names, date formats and codes to FocusNet's (see Examples/mappings).",
        valueName: "file.yaml"))
    var mapping: String?

    @Option(name: .long, help: ArgumentHelp(
        "Inline column mapping, e.g. arrest_id=event_id,arrest_date=fecha:dmy (prefix with the input, e.g. persons.person_id=id, for other files; :format declares a date column's format).",
        valueName: "pairs"))
    var map: String?

    @Option(name: .long, help: ArgumentHelp(
        "Character encoding of every file (default utf-8); a mapping's encoding: for one file wins over it.",
        valueName: "name"))
    var encoding: TextEncoding?

    @Option(name: .long, help: ArgumentHelp(
        "Date format of every file (iso, dmy, mdy, ymd, excel-serial, iso-timestamp), or per input, e.g. arrests=dmy,persons=iso. Default: inferred from each date column's values.",
        valueName: "format"))
    var dateFormat: String?

    @Option(name: .long, help: ArgumentHelp(
        "IANA time zone (e.g. America/Mexico_City) that dates with a UTC offset are dated in; required when a file has such dates.",
        valueName: "zone"))
    var timezone: TimeZoneArgument?

    @Option(name: .long, help: ArgumentHelp(
        "The last date the records can carry, e.g. the extraction date (YYYY-MM-DD); later dates are rejected, and the persons file's custody_status and supervision count only for an as-of date on or after it. Default: today (status date: the latest event in the records).",
        valueName: "date"))
    var dataEnd: CalendarDay?

    @Option(name: .long, help: ArgumentHelp(
        "Largest acceptable share of rejected rows over all files, 0–1 (default 0.01 = 1%); above it, or when a file yields no row, the run stops (exit 65).",
        valueName: "share"))
    var maxRejectRate: Double = 0.01

    func validate() throws {
        guard maxRejectRate.isFinite, (0...1).contains(maxRejectRate) else {
            throw ValidationError("--max-reject-rate must be a share between 0 and 1, e.g. 0.01 for 1%.")
        }
        if arrests == nil && data == nil && ties == nil {
            throw ValidationError("Give the arrest records with --arrests FILE or --data DIR (or a network with --ties FILE).")
        }
        var isFolder: ObjCBool = false
        if let data, !(FileManager.default.fileExists(atPath: data, isDirectory: &isFolder) && isFolder.boolValue) {
            let file = FileManager.default.fileExists(atPath: data) ? " It is a file: give it with --arrests FILE." : ""
            throw ValidationError("--data \(data): no such folder (it should hold arrests.csv and the other files by their canonical names).\(file)")
        }
        // A folder without the arrests (or ties) file and no file flag to stand in for it.
        if let data, case let files = sources().files, files[.arrests] == nil, files[.ties] == nil {
            throw ValidationError("--data \(data): the folder has no \(InputKind.arrests.canonicalFileName) (nor "
                + "\(InputKind.ties.canonicalFileName)); name the arrests file \(InputKind.arrests.canonicalFileName) "
                + "or give it with --arrests FILE.")
        }
    }

    /// The files to read: `--data`'s canonical files, overridden by any file flag.
    func sources() -> InputSources {
        var sources = data.map { InputSources(directory: URL(fileURLWithPath: $0)) } ?? InputSources()
        let flags: [(InputKind, String?)] = [
            (.arrests, arrests), (.memberships, memberships), (.victimizations, victimizations), (.shootings, shootings),
            (.persons, persons), (.custody, custody), (.aliases, aliases), (.population, population), (.ties, ties),
        ]
        for case let (kind, path?) in flags { sources.files[kind] = URL(fileURLWithPath: path) }
        return sources
    }

    func mappingSet() throws -> MappingSet {
        var set = try mapping.map { try MappingSet.load(URL(fileURLWithPath: $0)) } ?? MappingSet()
        if let dateFormat { try set.apply(dateFormats: dateFormat) }
        if let map { try set.apply(inline: map) }
        if let tieDuplicates { set[.ties].duplicates = tieDuplicates }
        set.encoding = encoding
        set.timeZone = timezone?.zone
        return set
    }


    /// Reads and validates every file named, the way every command does, then applies the data
    /// gate (``DataGate``) unless `gated` is false (`validate` reports instead of stopping).
    /// - Throws: a usage error (exit 64) for an unusable mapping; the data-gate status (exit 65)
    ///   with the reasons when the gate stops the run; record errors otherwise.
    /// - Parameter accounting: shown the records before the gate, so a stopped run still prints
    ///   each file's row account.
    func records(gated: Bool = true, accounting: (RecordSet) -> Void = { _ in }) throws -> RecordSet {
        let records: RecordSet
        do { records = try RecordSet.read(sources(), mapping: mappingSet(), dataEnd: dataEnd) } catch let error as RecordError {
            switch error {
            case .invalidMapping, .undecidedDates, .missingColumn: throw FocusNetExit.usage(error.description)
            default: break
            }
            throw error
        }
        accounting(records)
        guard gated else { return records }
        do { try DataGate(maxRejectRate: maxRejectRate).check(records) } catch { throw FocusNetExit.dataGate(error.description) }
        return records
    }
}
