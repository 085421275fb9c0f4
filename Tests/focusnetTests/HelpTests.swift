// The help text of the built `focusnet` binary, pinned.
//
// Each test runs the real executable (the `focusnet` product that `swift build` and `swift test`
// link beside the test bundle) as a child process with COLUMNS=100, so ArgumentParser wraps the
// same way on every terminal, and compares its stdout byte for byte with
// Tests/focusnetTests/Help/<command>.txt: `focusnet.txt` for `focusnet --help`, `rank.txt` for
// `focusnet rank --help`, `runs-list.txt` for `focusnet runs list --help`. The commands come from
// `FocusNetCommand.configuration`, so a new subcommand without a pinned file fails here.
//
// When help text changes on purpose, regenerate the files and review the diff:
//
//     FOCUSNET_UPDATE_HELP=1 swift test --filter HelpTests
//     git diff Tests/focusnetTests/Help/
//
// With FOCUSNET_UPDATE_HELP=1 the tests write the files instead of comparing (exit statuses are
// still checked). The files are read by path, not as a bundle resource.
import ArgumentParser
import Foundation
import Testing
@testable import focusnet

@Suite struct HelpTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let helpFolder = testsFolder.appendingPathComponent("Help")
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let updating = ProcessInfo.processInfo.environment["FOCUSNET_UPDATE_HELP"] == "1"

    /// Every command path below `focusnet`, depth first in declaration order: `[]`, `["validate"]`,
    /// …, `["runs"]`, `["runs", "list"]`, …
    static let commandPaths: [[String]] = {
        func walk(_ command: any ParsableCommand.Type, _ path: [String]) -> [[String]] {
            [path] + command.configuration.subcommands.flatMap { walk($0, path + [$0._commandName]) }
        }
        return walk(FocusNetCommand.self, [])
    }()

    static func pinName(_ path: [String]) -> String {
        (path.isEmpty ? "focusnet" : path.joined(separator: "-")) + ".txt"
    }

    /// The `focusnet` executable of this build: beside the test bundle, else in `.build/debug`.
    static let executable: URL = {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL {
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("focusnet"))
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("focusnet"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/focusnet"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    /// Bytes handed from the reading thread to the caller; the semaphore orders the two accesses.
    final class Box: @unchecked Sendable {
        var data = Data()
    }

    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary with `arguments` and COLUMNS=100, LINES=40, in `directory` (the tests'
    /// working folder when `nil`); waits for it to exit.
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        environment["LINES"] = "40"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read stderr on another thread so that neither pipe can fill up and stall the child.
        let errorData = Box()
        let errorRead = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorData.data = err.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        let outputData = out.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
                      stderr: String(decoding: errorData.data, as: UTF8.self))
    }

    @Test("the focusnet binary was built beside the tests")
    func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path), "\(Self.executable.path)")
    }

    @Test("the command tree is the one the pins cover")
    func commandTree() {
        #expect(Self.commandPaths.map { $0.joined(separator: " ") } == [
            "", "validate", "rank", "call-in", "report", "export", "backtest",
            "runs", "runs list", "runs show", "runs diff", "simulate",
        ])
    }

    @Test("--help prints the pinned text and exits 0", arguments: HelpTests.commandPaths)
    func help(path: [String]) throws {
        let result = try Self.run(path + ["--help"])
        #expect(result.status == 0, "focusnet \(path.joined(separator: " ")) --help: \(result.stderr)")
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("USAGE: focusnet \(path.map { $0 + " " }.joined())"))
        #expect(result.stderr.isEmpty)
        let pin = Self.helpFolder.appendingPathComponent(Self.pinName(path))
        if Self.updating {
            try FileManager.default.createDirectory(at: Self.helpFolder, withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: pin)
            return
        }
        let pinned = try String(contentsOf: pin, encoding: .utf8)
        #expect(result.stdout == pinned,
                "help of 'focusnet \(path.joined(separator: " "))' differs from \(pin.lastPathComponent); if intended, regenerate with FOCUSNET_UPDATE_HELP=1")
        // COLUMNS reached the child: every line is wrapped to 100 columns (ArgumentParser never
        // wraps the usage line, which lists every option when there are few).
        for line in result.stdout.split(separator: "\n") where !line.hasPrefix("USAGE: ") {
            #expect(line.count <= 100, "not wrapped at COLUMNS=100: \(line)")
        }
    }

    @Test("the analysts' commands name no benchmark option: the reference job is focusnet-reference-job's",
          arguments: [["rank"], ["call-in"], ["export"], ["backtest"]])
    func noBenchmarkOption(path: [String]) throws {
        let help = try Self.run(path + ["--help"]).stdout.lowercased()
        for word in ["preset", "bench", "numpy", "--bc-"] { #expect(!help.contains(word), "\(path) --help mentions \(word)") }
    }

    @Test("every pinned file belongs to a command")
    func noStalePins() throws {
        let expected = Set(Self.commandPaths.map(Self.pinName))
        // While updating, the folder may not exist yet (the help tests create it in parallel).
        let listed = Self.updating ? (try? FileManager.default.contentsOfDirectory(atPath: Self.helpFolder.path)) ?? []
            : try FileManager.default.contentsOfDirectory(atPath: Self.helpFolder.path)
        let present = Set(listed)
        #expect(present.subtracting(expected).isEmpty, "no command for \(present.subtracting(expected).sorted())")
        if !Self.updating {
            #expect(expected.subtracting(present).isEmpty, "not pinned: \(expected.subtracting(present).sorted())")
        }
    }

    @Test("focusnet rank --bogus exits 64 (EX_USAGE) with the usage on stderr")
    func bogusFlag() throws {
        let result = try Self.run(["rank", "--bogus"])
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: "))
        #expect(result.stderr.contains("Usage: focusnet rank [<options>] --as-of <date> --out <dir>"))
    }

    @Test("an unknown flag beside complete options is named in the error")
    func unknownFlagNamed() throws {
        let result = try Self.run(["rank", "--arrests", "arrests.csv", "--as-of", "2021-01-01", "--out",
                                   FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-help-\(UUID().uuidString)").path,
                                   "--bogus"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--bogus'"))
    }

    @Test("an unknown subcommand exits 64")
    func unknownSubcommand() throws {
        let result = try Self.run(["rnak", "--as-of", "2023-12-31"])
        #expect(result.status == 64)
    }
}
