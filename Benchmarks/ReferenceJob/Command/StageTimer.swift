import Foundation

/// Wall and CPU seconds (all threads) per stage: on a shared machine the CPU time shows the work
/// done, the wall time what a user waits. Lines go to stderr, never person identifiers.
struct StageTimer {
    let quiet: Bool
    private let start = Date(), startCPU = StageTimer.cpuSeconds()
    private var last = Date(), lastCPU = StageTimer.cpuSeconds()
    private var stages: [(name: String, wall: Double, cpu: Double)] = []

    init(quiet: Bool) { self.quiet = quiet }

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    mutating func stage(_ name: String) {
        let now = Date(), cpu = Self.cpuSeconds()
        stages.append((name, now.timeIntervalSince(last), cpu - lastCPU))
        if !quiet {
            let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
            let line = String(format: "%8.2fs wall %8.2fs cpu", now.timeIntervalSince(last), cpu - lastCPU)
            FileHandle.standardError.write(Data("[focusnet] \(padded) \(line)\n".utf8))
        }
        last = now; lastCPU = cpu
    }

    /// The final `TIMING {json}` line that Benchmarks/compare.sh reads: `counts`, the totals and
    /// each stage's seconds, keys sorted.
    func printTiming(_ counts: [String: Any]) throws {
        func ms(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        var timing = counts
        timing["tool"] = "focusnet"
        timing["total"] = ms(Date().timeIntervalSince(start))
        timing["total_cpu"] = ms(Self.cpuSeconds() - startCPU)
        timing["stages"] = Dictionary(uniqueKeysWithValues: stages.map { ($0.name, ms($0.wall)) })
        timing["stages_cpu"] = Dictionary(uniqueKeysWithValues: stages.map { ($0.name, ms($0.cpu)) })
        let json = try JSONSerialization.data(withJSONObject: timing, options: [.sortedKeys])
        FileHandle.standardError.write(Data("TIMING ".utf8) + json + Data("\n".utf8))
    }
}
