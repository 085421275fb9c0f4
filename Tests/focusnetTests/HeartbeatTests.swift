import Foundation
import Testing
@testable import focusnet

/// The terminal's "still working" lines, driven by hand-set clocks (no waiting).
@Suite struct HeartbeatTests {
    final class Lines: @unchecked Sendable { var all: [String] = [] }

    @Test("a line after 5 s of silence, counting from the last stage; none before")
    func beatsAfterSilence() {
        let start = Date(timeIntervalSince1970: 1_000), lines = Lines()
        let heartbeat = Heartbeat(beating: false, start: start, output: { lines.all.append($0) }, meter: { nil })
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

    @Test("with a long stage under way, the line names it and its share done, rounded down")
    func namesTheStage() {
        let start = Date(timeIntervalSince1970: 1_000), lines = Lines()
        let heartbeat = Heartbeat(beating: false, start: start, output: { lines.all.append($0) },
                                  meter: { ("reading arrests", 0.456) })
        heartbeat.beat(now: start.addingTimeInterval(7))
        #expect(lines.all == ["[  7.00s] … still working: reading arrests 45% (7 s since the last stage)\n"])
    }
}
