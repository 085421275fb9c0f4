import ArgumentParser
import Foundation
import Testing
@testable import focusnet
import FocusNet

/// End-to-end runs of `focusnet report` through its parser, after a real `focusnet rank`.
@Suite struct ReportCommandTests {
    static func run(_ arguments: [String]) -> (code: Int32, message: String) {
        do {
            var command = try ReportCommand.parseAsRoot(arguments)
            try command.run()
            return (0, "")
        } catch {
            return (ReportCommand.exitCode(for: error).rawValue, ReportCommand.fullMessage(for: error))
        }
    }

    static func rankFolder(_ extra: [String] = []) throws -> URL {
        let out = RankCommandTests.temporaryDirectory()
        let code = RankCommandTests.run(["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31", "--lookback", "5y",
                                         "--top", "15", "--out", out.path, "--quiet"] + extra)
        #expect(code == 0)
        return out
    }

    @Test("rank, then report: report.html in the folder, owner-only, with the list and the pictures")
    func rankThenReport() throws {
        let folder = try Self.rankFolder()
        #expect(Self.run([folder.path, "--quiet"]).code == 0)
        let html = folder.appendingPathComponent("report.html")
        let attributes = try FileManager.default.attributesOfItem(atPath: html.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let text = try String(contentsOf: html, encoding: .utf8)
        #expect(text.contains("Call-in list as of 2023-12-31") && text.contains("P000021"))
        #expect(text.components(separatedBy: "<div class=\"ego\" data-person=").count - 1 == 15)
    }

    @Test("the report is in the language the list was written in; --language overrides it; the page's lang follows")
    func language() throws {
        let folder = try Self.rankFolder(["--language", "es"])
        let spanish = folder.appendingPathComponent("es.html"), english = folder.appendingPathComponent("en.html")
        #expect(Self.run([folder.path, "--out", spanish.path, "--quiet"]).code == 0)
        #expect(Self.run([folder.path, "--out", english.path, "--language", "en", "--quiet"]).code == 0)
        let es = try String(contentsOf: spanish, encoding: .utf8), en = try String(contentsOf: english, encoding: .utf8)
        #expect(es.contains("<html lang=\"es\">") && es.contains("Lista de convocatoria con fecha de corte 2023-12-31"))
        #expect(en.contains("<html lang=\"en\">") && en.contains("Call-in list as of 2023-12-31"))
        // The reasons are data: written in Spanish by rank, shown as written in both.
        #expect(es.contains("detenciones en total") && en.contains("detenciones en total"))
        #expect(Self.run([folder.path, "--language", "fr"]).code == 64)
    }

    @Test("--out, --pictures and --pseudonymize: no raw id, the same pseudonyms as rank --pseudonymize writes")
    func pseudonymized() throws {
        let folder = try Self.rankFolder()
        let key = try ExportCommandTests.keyFile(4)
        let out = RankCommandTests.temporaryDirectory().appendingPathComponent("shared.html")
        #expect(Self.run([folder.path, "--out", out.path, "--pictures", "3", "--pseudonymize", key.path, "--quiet"]).code == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(!text.contains("P000021"))
        #expect(text.components(separatedBy: "<div class=\"ego\" data-person=").count - 1 == 3)
        let pseudonymizedFolder = try Self.rankFolder(["--pseudonymize", key.path])
        let list = try String(contentsOf: pseudonymizedFolder.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        let first = list.split(separator: "\n")[1].split(separator: ",")[2]
        #expect(first.hasPrefix("P-") && text.contains(String(first)))
        // A pseudonymized folder cannot be pseudonymized again.
        #expect(Self.run([pseudonymizedFolder.path, "--pseudonymize", key.path, "--quiet"]).code == 64)
        #expect(Self.run([pseudonymizedFolder.path, "--quiet"]).code == 0)
    }

    @Test("a backtest folder beside the list")
    func withBacktest() throws {
        let folder = try Self.rankFolder()
        let backtest = RankCommandTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: backtest, withIntermediateDirectories: true)
        try """
            origin,model,outcome,metric,k,value,ci_low,ci_high
            2022-12-31,random,shot,capture,1%,0.01,0.01,0.01
            2022-12-31,composite,shot,capture,1%,0.2,0.1,0.3

            """.write(to: backtest.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        let out = RankCommandTests.temporaryDirectory().appendingPathComponent("r.html")
        #expect(Self.run([folder.path, "--backtest", backtest.path, "--out", out.path, "--quiet"]).code == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(text.contains("<section id=\"backtest\">") && text.contains("20.0%"))
    }

    @Test("bad input exits 64 (EX_USAGE)", arguments: [["/nonexistent/folder"], ["--pictures", "-1"], ["--out", "dir/"]])
    func badFlags(arguments: [String]) throws {
        let args = arguments.first == "/nonexistent/folder" ? arguments : [try Self.rankFolder().path] + arguments
        #expect(Self.run(args + ["--quiet"]).code == 64)
    }
}
