import ArgumentParser
import FocusNet
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check record files against the mapping and account for every row.",
        discussion: """
            Reads every file given (--arrests, --persons, … or --data DIR) through the mapping, with \
            the same reader as rank, and reports per file: rows read = accepted + duplicates + \
            rejected, rows normalized, rejections by reason, warnings, date range and persons; \
            then the distribution of arrests per person. Prints the summary (counts only, no \
            person identifier) and writes into --out:
              validation_report.json  the same account, machine-readable;
              rejects.csv             file,line,column,value,reason for every rejected row \
            (values may identify people: the file is owner-only).

            Exits 65 when the share of rejected rows exceeds --max-reject-rate, or a file does not \
            reconcile (the files are written first); 64 for bad flags or an unusable mapping.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write validation_report.json and rejects.csv into, as a whole (an earlier validation's folder is replaced).",
                                            valueName: "dir"))
    var out: String

    static let fileNames = ["validation_report.json", "rejects.csv"]

    @OptionGroup var folder: FolderLockOptions

    func validate() throws { try OutputFolderCheck.check(out, kind: .validation) }

    func run() throws {
        let transaction = try OutputFolderCheck.open(out, kind: .validation, wait: folder.wait)
        let records = try input.records(gated: false)
        let report = ValidationReport(records: records, maxRejectRate: input.maxRejectRate)
        try transaction.write(Rejection.csv(records.rejects), named: "rejects.csv")
        try transaction.write(try report.json(), named: "validation_report.json")
        try transaction.commit()
        print(report.summary, terminator: "")
        print("wrote \(Self.fileNames.joined(separator: ", ")) to \(out)")
        if !report.passed { throw FocusNetExit.dataGate }
        do { try DataGate(maxRejectRate: input.maxRejectRate).check(records) } catch { throw FocusNetExit.dataGate(error.description) }
    }
}
