import Foundation
import Testing
@testable import focusnet

/// `focusnet runs` finds the store that `focusnet backtest` wrote beside `--out`, run as the
/// shell would: the backtest through the command parser, `runs` as the built binary started in
/// the folder an analyst would be in.
@Suite struct RunsCommandTests {
    /// A backtest of Examples/data as of 2021-06-30 into `root/out/bt`, recorded in the default
    /// store (`root/out/focusnet-runs.sqlite`).
    static func backtest(into root: URL) throws -> URL {
        let out = root.appendingPathComponent("out/bt")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        let code = RankCommandTests.run(["backtest", "--data", RankCommandTests.exampleData.path, "--as-of", "2021-06-30",
                                         "--bootstrap", "0", "--quiet", "--out", out.path])
        #expect(code == 0)
        return out
    }

    @Test("runs list, started where backtest --out out/bt was given, finds out/focusnet-runs.sqlite and says so")
    func findsTheStoreBesideOut() throws {
        let root = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = try Self.backtest(into: root)
        let store = root.appendingPathComponent("out/focusnet-runs.sqlite")
        #expect(FileManager.default.fileExists(atPath: store.path))

        let list = try HelpTests.run(["runs", "list"], in: root)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains(out.lastPathComponent), "\(list.stdout)")
        #expect(list.stderr.contains("runs store: ") && list.stderr.contains("out/focusnet-runs.sqlite"), "\(list.stderr)")

        // From the folder holding the store, and with --store naming the backtest's --out folder.
        let here = try HelpTests.run(["runs", "show", "1"], in: root.appendingPathComponent("out"))
        #expect(here.status == 0 && here.stderr.isEmpty, "\(here.stderr)")
        let byFolder = try HelpTests.run(["runs", "list", "--store", out.path])
        #expect(byFolder.status == 0 && byFolder.stdout == list.stdout, "\(byFolder.stderr)")
    }

    @Test("no store: exit 64, saying where it looked and how to point at one")
    func saysWhereItLooked() throws {
        let empty = RankCommandTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try HelpTests.run(["runs", "list"], in: empty)
        #expect(result.status == 64)
        #expect(result.stderr.contains("looked for focusnet-runs.sqlite in \(empty.path) and in each folder directly inside it"),
                "\(result.stderr)")
        #expect(result.stderr.contains("--store FILE") && result.stderr.contains("--out folder of the backtest"))

        let missing = empty.appendingPathComponent("elsewhere")
        let given = try HelpTests.run(["runs", "list", "--store", missing.path], in: empty)
        #expect(given.status == 64)
        #expect(given.stderr.contains("No runs store at \(missing.path)/focusnet-runs.sqlite and \(empty.path)/focusnet-runs.sqlite"),
                "\(given.stderr)")
    }

    @Test("two stores one folder down: exit 64, naming both")
    func severalStores() throws {
        let root = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a", "b"] {
            let folder = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data().write(to: folder.appendingPathComponent("focusnet-runs.sqlite"))
        }
        let result = try HelpTests.run(["runs", "list"], in: root)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Several runs stores: \(root.path)/a/focusnet-runs.sqlite, \(root.path)/b/focusnet-runs.sqlite"),
                "\(result.stderr)")
    }
}
