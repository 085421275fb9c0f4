import ArgumentParser
import FocusNet
import Foundation

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List, show and compare the backtests recorded in a runs store.",
        subcommands: [List.self, Show.self, Diff.self],
        defaultSubcommand: List.self)

    struct StoreOptions: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp(
            "Runs store (SQLite) written by focusnet backtest, or the backtest's --out folder (its store is beside it). "
                + "Default: focusnet-runs.sqlite in this folder, else in the folders directly inside it "
                + "(backtest --out out/bt records in out/focusnet-runs.sqlite).", valueName: "file"))
        var store: String?

        /// The store named by `--store`, else the one found from `directory` (``RunStoreLocation``).
        /// Says on stderr which store it opened when it found one in a folder below `directory`.
        /// - Throws: the usage status with where it looked, when no store or several are found.
        func open(from directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws -> RunStore {
            let how = "Give --store FILE, or --store DIR with the --out folder of the backtest (its store is beside it)."
            if let store {
                let places = RunStoreLocation.places(given: URL(fileURLWithPath: store))
                guard let found = places.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                    let looked = places.count == 1 ? store : places.map(\.path).joined(separator: " and ")
                    throw FocusNetExit.usage("No runs store at \(looked): run focusnet backtest first. \(how)")
                }
                return try RunStore(path: found.path)
            }
            let found = RunStoreLocation.search(from: directory)
            switch found.count {
            case 0:
                throw FocusNetExit.usage(
                    "No runs store found: looked for \(RunStore.defaultFileName) in \(directory.path) and in each folder directly inside it. "
                        + "focusnet backtest --out DIR records its run beside DIR (--out out/bt: out/\(RunStore.defaultFileName)), "
                        + "or in its --store FILE. \(how)")
            case 1:
                if found[0].deletingLastPathComponent().standardizedFileURL != directory.standardizedFileURL {
                    FileHandle.standardError.write(Data("runs store: \(found[0].path)\n".utf8))
                }
                return try RunStore(path: found[0].path)
            default:
                throw FocusNetExit.usage("Several runs stores: \(found.map(\.path).joined(separator: ", ")). Choose one with --store FILE.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per recorded run, with its headline capture.")
        @OptionGroup var options: StoreOptions

        func run() throws {
            let store = try options.open()
            let runs = try store.runs()
            let headlines = try Dictionary(uniqueKeysWithValues: runs.map { ($0.id, RunReport.headline(try store.metrics($0.id))) })
            print(RunReport.list(runs) { headlines[$0] ?? nil }, terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A run's settings and metrics.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "Run id (see focusnet runs list).") var id: Int64
        @Flag(name: .long, help: "Every origin's metrics, not only the pooled ones.") var allOrigins = false

        func run() throws {
            let store = try options.open()
            print(RunReport.show(try store.run(id), metrics: try store.metrics(id), allOrigins: allOrigins), terminator: "")
        }
    }

    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "What differs between two runs: settings, inputs and metrics.")
        @OptionGroup var options: StoreOptions
        @Argument(help: "First run id.") var a: Int64
        @Argument(help: "Second run id.") var b: Int64
        @Flag(name: .long, help: "Compare every origin's metrics, not only the pooled ones.") var allOrigins = false

        func run() throws {
            let store = try options.open()
            let x = try store.run(a), y = try store.run(b)
            let comparison = RunComparison(a: x, b: y, metricsA: try store.metrics(a), metricsB: try store.metrics(b), pooledOnly: !allOrigins)
            print(RunReport.diff(x, y, comparison), terminator: "")
        }
    }
}
