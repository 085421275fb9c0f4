import ArgumentParser
import Foundation
import Testing
@testable import focusnet
import FocusNet

/// Problems a run can know before reading anything are reported before reading anything, in a
/// sentence; messages never echo a megabyte of input.
@Suite struct OutputCheckTests {
    @Test("--out that is a file, or under a file, is a usage error (64) naming the path, in every command that writes a folder",
          arguments: [["rank"], ["call-in"], ["export"], ["validate"], ["backtest", "--as-of", "2023-12-31"]])
    func outIsAFile(command: [String]) throws {
        let dir = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("list.csv")
        try "x\n".write(to: file, atomically: true, encoding: .utf8)
        let args = command + ["--data", RankCommandTests.exampleData.path, "--quiet"]
            + (command[0] == "backtest" || command[0] == "validate" ? [] : ["--as-of", "2023-12-31"])
        for out in [file.path, file.appendingPathComponent("inside").path] {
            do {
                var parsed = try FocusNetCommand.parseAsRoot(args + ["--out", out])
                try parsed.run()
                Issue.record("\(command) --out \(out) ran")
            } catch {
                #expect(FocusNetCommand.exitCode(for: error).rawValue == 64)
                #expect(FocusNetCommand.message(for: error).contains(file.path), "\(FocusNetCommand.message(for: error))")
            }
        }
    }

    @Test("a file added to an earlier run's folder is never deleted: the next run into it is refused (64), naming the file")
    func addedFile() throws {
        let out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let args = ["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31", "--quiet", "--out", out.path]
        var first = try FocusNetCommand.parseAsRoot(args)
        try first.run()
        try "mis notas".write(to: out.appendingPathComponent("notas.txt"), atomically: true, encoding: .utf8)
        do {
            var again = try FocusNetCommand.parseAsRoot(args)
            try again.run()
            Issue.record("the run replaced a folder holding notas.txt")
        } catch {
            #expect(FocusNetCommand.exitCode(for: error).rawValue == 64)
            #expect(FocusNetCommand.message(for: error).contains("notas.txt"), "\(FocusNetCommand.message(for: error))")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notas.txt").path))
    }

    @Test("a missing column names at most 200 characters of a huge header")
    func longHeader() throws {
        let header = (0..<20_000).map { "column_\($0)" }.joined(separator: ",")
        let dir = try ValidateCommandTests.dir(["arrests.csv": header + "\n1,2,3\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: RecordError.self) { try RecordSet.read(InputSources(directory: dir)) }
        do { _ = try RecordSet.read(InputSources(directory: dir)) } catch {
            let text = String(describing: error)
            #expect(text.count < 600, "\(text.count) characters")
            #expect(text.contains("characters)"))
        }
    }
}
