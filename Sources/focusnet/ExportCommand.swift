import ArgumentParser
import FocusNet
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the network, or the part of it around some people, for Gephi, yEd, NetworkX or i2 Analyst's Notebook.",
        discussion: """
            Builds the network and scores exactly as 'rank' does (same flags), then writes the \
            people within --steps of the chosen people: by default the call-in list; --around ID \
            (repeatable) or --around-file FILE (one id per line, which keeps ids out of shell \
            history) for named people; --whole for everyone. Steps follow co-offending ties unless \
            --via all.

            Formats (--format, repeatable; default all): graphml (network.graphml), gexf \
            (network.gexf), i2 (entities.csv and links.csv for Analyst's Notebook). People carry \
            list rank, scores, measures, eligibility, groups, area and age; ties carry their type \
            (co_offending, group or both), weights, and the dates of the shared arrests. Also \
            writes export_manifest.json. With --pseudonymize every person id is a keyed pseudonym \
            and arrest ids are left out; ids given to --around may then be pseudonyms. See \
            docs/exports.md.
            """)

    @OptionGroup var options: RankingOptions

    @Option(name: .long, help: ArgumentHelp("graphml, gexf or i2 (repeatable). Default: all three.", valueName: "format"))
    var format: [String] = []

    @Option(name: .long, help: ArgumentHelp("Export the people around this person id (repeatable).", valueName: "id"))
    var around: [String] = []

    @Option(name: .long, help: ArgumentHelp("Export the people around the ids in this file (one per line).", valueName: "file"))
    var aroundFile: String?

    @Flag(name: .long, help: "Export the whole network instead of the people around the list.")
    var whole = false

    @Option(name: .long, help: ArgumentHelp("How many steps around the chosen people (0 = only them).", valueName: "k"))
    var steps: Int = 1

    @Option(name: .long, help: ArgumentHelp("Ties the steps follow: co-offending (shared arrests; default) or all (with group co-membership).",
                                            valueName: "ties"))
    var via: String = NetworkSelection.Ties.coOffending.rawValue

    @Option(name: .long, help: ArgumentHelp("Folder to write the files into. It appears whole when the run ends, replacing an earlier export's folder; a folder holding other files is refused.", valueName: "dir"))
    var out: String

    @OptionGroup var folder: FolderLockOptions

    @OptionGroup var progressOptions: ProgressOptions

    @Flag(name: .long, help: "Write an empty export instead of stopping with exit 65 when it would hold nobody (the reason is printed either way).")
    var allowEmpty = false

    func validate() throws {
        try OutputFolderCheck.check(out, kind: .export)
        for name in format where ExportFormat(rawValue: name) == nil {
            throw ValidationError("--format must be graphml, gexf or i2, not '\(name)'.")
        }
        guard steps >= 0 else { throw ValidationError("--steps must be 0 or more.") }
        guard NetworkSelection.Ties(rawValue: via) != nil else { throw ValidationError("--via must be co-offending or all.") }
        if whole, !around.isEmpty || aroundFile != nil {
            throw ValidationError("--whole exports everyone: drop --around and --around-file, or drop --whole.")
        }
    }

    var formats: [ExportFormat] { format.isEmpty ? ExportFormat.allCases : format.compactMap(ExportFormat.init(rawValue:)) }

    /// The ids named on the command line and in --around-file, in that order.
    func seedIDs() throws -> [String] {
        var ids = around
        if let aroundFile {
            let text: String
            do { text = try String(contentsOf: URL(fileURLWithPath: aroundFile), encoding: .utf8) } catch {
                throw ValidationError("--around-file \(aroundFile) cannot be read as UTF-8 text.")
            }
            ids += text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return ids
    }

    func run() throws {
        let progress = progressOptions.reporter()
        let transaction = try OutputFolderCheck.open(out, kind: .export, wait: folder.wait)
        let records = try options.input.records(accounting: progress.accounting)
        let context = ScoringContext(records: records, statusDate: options.input.dataEnd)
        let job = try options.job(records: records, context: context, defaultMode: "top")
        let ranking = job.ranking
        let pseudonymizer = try options.output.pseudonymizer()
        let ids = try seedIDs()
        let aroundList = !whole && ids.isEmpty && aroundFile == nil
        let empty = NetworkExport.emptyReason(ranking: ranking, records: records, context: context, aroundList: aroundList)
        if let empty {
            guard allowEmpty else { throw FocusNetExit.dataGate("the export is empty: \(empty). Nothing was written (--allow-empty writes it).") }
            progress.line("the export is empty: \(empty)")
        }
        let selection: NetworkSelection
        let ties = NetworkSelection.Ties(rawValue: via)!
        do {
            if whole {
                selection = .whole
            } else if empty != nil {
                selection = .nobody
            } else if aroundList {
                selection = try .around(nodes: ranking.invitees, steps: steps, via: ties)
            } else {
                let nodes = try NetworkSelection.nodes(of: ids, records: records, ranking: ranking, pseudonymizer: pseudonymizer)
                selection = try .around(nodes: nodes, steps: steps, via: ties)
            }
        } catch {
            throw ValidationError(error.description)
        }
        let export = NetworkExport(ranking: ranking, records: records, context: context, selection: selection,
                                   pseudonymizer: pseudonymizer)
        let around = whole ? "everyone" : ids.isEmpty ? "call-in list" : "\(ids.count) named people"
        let written = try export.write(formats, manifest: { outputs in
            try export.manifest(ranking: ranking, records: records, parameters: job.parameters, formats: formats,
                                around: around, steps: steps, via: ties, outputs: outputs)
        }, into: transaction)
        let names = written.map(\.name)
        try transaction.commit()
        progress.line("exported \(export.persons.count) people (\(export.persons.filter { $0.listRank != nil }.count) listed), "
            + "\(export.ties.count) ties, \(export.groups.count) groups (\(export.selectionDescription)); "
            + "wrote \((names + [NetworkExport.manifestFileName]).joined(separator: ", ")) to \(out)")
    }
}
