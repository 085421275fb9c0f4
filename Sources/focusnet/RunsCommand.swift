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
        @Option(name: .long, help: ArgumentHelp("Runs store (SQLite) written by focusnet backtest.", valueName: "file"))
        var store: String = RunStore.defaultFileName

        func open() throws -> RunStore {
            guard FileManager.default.fileExists(atPath: store) else {
                throw ValidationError("No runs store at \(store): run focusnet backtest first, or give --store FILE.")
            }
            return try RunStore(path: store)
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
