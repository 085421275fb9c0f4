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

/// The terminal's "still working" lines, driven by hand-set clocks (no waiting).
@Suite struct HeartbeatTests {
    final class Lines: @unchecked Sendable { var all: [String] = [] }

    @Test("a line after 5 s of silence, counting from the last stage; none before")
    func beatsAfterSilence() {
        let start = Date(timeIntervalSince1970: 1_000), lines = Lines()
        let heartbeat = Heartbeat(beating: false, start: start) { lines.all.append($0) }
        heartbeat.write("read arrests: 10 rows", now: start.addingTimeInterval(1))
        heartbeat.beat(now: start.addingTimeInterval(5.9))    // 4.9 s of silence: nothing
        heartbeat.beat(now: start.addingTimeInterval(6))      // 5 s
        heartbeat.beat(now: start.addingTimeInterval(8))      // 2 s after the heartbeat: nothing
        heartbeat.beat(now: start.addingTimeInterval(11))     // 5 s after the heartbeat, 10 s after the stage
        #expect(lines.all == [
            "[  1.00s] read arrests: 10 rows\n",
            "[  6.00s] … still working (5 s since the last stage)\n",
            "[ 11.00s] … still working (10 s since the last stage)\n",
        ])
    }
}
