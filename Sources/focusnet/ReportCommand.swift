import ArgumentParser
import FocusNet
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Turn a rank, call-in or backtest output folder into one self-contained HTML report.",
        discussion: """
            Reads the folder that 'rank', 'call-in' or 'backtest' wrote and writes one HTML file \
            that opens in any browser and loads nothing (inline style and script only, no external \
            fonts; a Content-Security-Policy forbids every request) and prints readably: the run \
            summary with the governance rules applied, the call-in list with reasons (search it, \
            filter it by group, area and eligibility, click a row for the person's card: scores, \
            groups, ego network and a timeline of what was known at the as-of date), the model's \
            odds ratios and calibration, people excluded above the cut, groups and areas, network \
            pictures, and — for a backtest — capture curves against the baselines, calibration, the \
            disparity audit and the fitted coefficients. Give a list folder and --backtest DIR to \
            see both together. The report is in English or Mexican Spanish: the language the list \
            was written in, unless --language says otherwise. See docs/report.md.

            With --pseudonymize every person id shown is its keyed pseudonym, the same one \
            'rank --pseudonymize' writes; not allowed for a folder whose ids are pseudonyms already. \
            The report is written owner-only and atomically; the same folder always gives the same bytes.
            """)

    @Argument(help: ArgumentHelp("The output folder of focusnet rank, call-in or backtest.", valueName: "folder"))
    var folder: String

    @Option(name: .long, help: ArgumentHelp("A backtest output folder to show beside the list.", valueName: "dir"))
    var backtest: String?

    @Option(name: .long, help: ArgumentHelp("The HTML file to write. Default: report.html in the folder.", valueName: "file"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("How many listed people get their own network picture (the first on the list).", valueName: "n"))
    var pictures: Int = 60

    @Option(name: .long, help: ArgumentHelp("Seed of the network layouts.", valueName: "n"))
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp(
        "Language of the report (default: the language the folder's list was written in, as its manifest records; "
            + "else es when LC_ALL, LC_MESSAGES or LANG starts with es, else en). Reasons stay as the list wrote them.",
        valueName: "lang"))
    var language: Language?

    @OptionGroup var output: OutputOptions

    @OptionGroup var lock: FolderLockOptions

    @Flag(name: .long, help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        guard pictures >= 0 else { throw ValidationError("--pictures must be 0 or more.") }
        if let out, out.hasSuffix("/") { throw ValidationError("--out is the HTML file to write, e.g. \(out)report.html.") }
    }

    /// The language asked for, else the one the list was written in, else the locale's.
    func chosenLanguage(_ source: URL) -> Language {
        language ?? HTMLReport.recordedLanguage(in: source) ?? Language(environment: ProcessInfo.processInfo.environment)
    }

    var outURL: URL { URL(fileURLWithPath: out ?? URL(fileURLWithPath: folder).appendingPathComponent("report.html").path) }

    func run() throws {
        let source = URL(fileURLWithPath: folder)
        let intoFolder = outURL.deletingLastPathComponent().standardizedFileURL.path == source.standardizedFileURL.path
        // The folder's lock, so that a run replacing it cannot change it while it is read: a report
        // written into it is a transaction of its own (the other files kept); one written
        // elsewhere only shares the lock, creating nothing beside a folder it just reads.
        let exists = FileManager.default.fileExists(atPath: source.path)
        let transaction = exists && intoFolder
            ? try OutputFolderCheck.open(folder, kind: nil, keepingCurrentFiles: true, wait: lock.wait) : nil
        let readLock = exists && !intoFolder ? try OutputFolderCheck.read(folder, wait: lock.wait) : nil
        defer { withExtendedLifetime(readLock) {} }
        let report: HTMLReport
        do {
            report = try HTMLReport(folder: source, backtest: backtest.map { URL(fileURLWithPath: $0) },
                                    pseudonymizer: output.pseudonymizer(), options: .init(pictures: pictures, seed: seed),
                                    text: ReportText(chosenLanguage(source)))
        } catch let error as ReportError {
            if case .notAnOutputFolder = error { throw ValidationError(error.description) }
            if case .alreadyPseudonymized = error { throw ValidationError(error.description) }
            throw error
        }
        if intoFolder, let transaction {
            try transaction.write(report.html(), named: outURL.lastPathComponent)
            try transaction.commit()
        } else {
            try report.write(to: outURL)
        }
        if !quiet { Progress(quiet: false).line("report: \(report.summary); wrote \(outURL.path)") }
    }
}
