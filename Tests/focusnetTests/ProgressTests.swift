import Foundation
import Testing
@testable import focusnet

/// Stage lines reach a log (stderr not a terminal) only with `--progress plain`; `--quiet` silences everything.
@Suite struct ProgressTests {
    static func rank(_ flags: [String]) throws -> HelpTests.Output {
        let out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        return try HelpTests.run(["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31",
                                  "--out", out.path] + flags)
    }

    @Test("auto (the default) keeps stages off a log; plain writes one line per stage; --quiet writes nothing")
    func modes() throws {
        let auto = try Self.rank([]), plain = try Self.rank(["--progress", "plain"]), quiet = try Self.rank(["--quiet"])
        #expect(auto.status == 0 && plain.status == 0 && quiet.status == 0)
        #expect(auto.stderr.contains("read arrests:") && !auto.stderr.contains("network built:"))
        #expect(plain.stderr.contains("network built:") && plain.stderr.contains("] exposure\n"), "\(plain.stderr)")
        #expect(quiet.stderr.isEmpty)
        #expect(try Self.rank(["--progress", "loud"]).status == 64)
    }
}
