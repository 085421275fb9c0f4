import ArgumentParser
import FocusNet
import Foundation

/// Record files and their mapping: shared by every command that reads records.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Arrest records CSV: one row per person per arrest.", valueName: "file"))
    var arrests: String?

    @Option(name: .long, help: ArgumentHelp(
        "Folder holding files with the canonical names (arrests.csv, memberships.csv, …).", valueName: "dir"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(
        "YAML file mapping your column names, date formats and codes to FocusNet's (see Examples/mappings).",
        valueName: "file.yaml"))
    var mapping: String?

    @Option(name: .long, help: ArgumentHelp(
        "Inline column mapping, e.g. arrest_id=event_id,arrest_date=date (prefix with the input, e.g. persons.person_id=id, for other files).",
        valueName: "pairs"))
    var map: String?

    func validate() throws {
        if arrests == nil && data == nil { throw ValidationError("Give the arrest records with --arrests FILE or --data DIR.") }
    }

    func sources() -> InputSources {
        var sources = data.map { InputSources(directory: URL(fileURLWithPath: $0)) } ?? InputSources()
        if let arrests { sources.files[.arrests] = URL(fileURLWithPath: arrests) }
        return sources
    }

    func mappingSet() throws -> MappingSet {
        var set = try mapping.map { try MappingSet.load(URL(fileURLWithPath: $0)) } ?? MappingSet()
        if let map { try set.apply(inline: map) }
        return set
    }
}
