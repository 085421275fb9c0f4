import Testing
@testable import FocusNetGraph

@Suite struct StageMeterTests {
    @Test("share done of the running stage: advances from many threads add up, capped at 99%, nothing between stages")
    func shares() {
        let meter = StageMeter()
        #expect(meter.now == nil)
        meter.begin("reading arrests", total: 1_000)
        DeterministicParallel.forEach(chunks: 8) { _ in for _ in 0..<50 { meter.advance(1) } }
        #expect(meter.now?.stage == "reading arrests" && meter.now?.done == 0.4)
        meter.advance(900)   // read past the total (a piece read again)
        #expect(meter.now?.done == 0.99)
        meter.begin("writing scores.csv", total: 16)
        #expect(meter.now?.stage == "writing scores.csv" && meter.now?.done == 0)
        meter.end()
        #expect(meter.now == nil)
        meter.begin("empty file", total: 0)
        #expect(meter.now == nil)
    }
}
