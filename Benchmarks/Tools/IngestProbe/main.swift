// One measured RecordSet.read per process, for /usr/bin/time -v and profilers.
//   IngestProbe generate ROWS [FILE]   write (or reuse) the synthetic arrests file; prints its path
//   IngestProbe read FILE              read it through RecordSet.read; prints rows/s and counts
// See Benchmarks/ingest-10m.sh and docs/performance.md.
import FocusNetGraph
import Foundation
import IngestSupport

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("IngestProbe: \(message)\n".utf8))
    exit(2)
}

/// Peak resident set of this process so far (VmHWM), in MiB.
func peakRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kib = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return .nan }
    return kib / 1024
}

let arguments = CommandLine.arguments.dropFirst()
switch (arguments.first, arguments.count) {
case ("generate", 2), ("generate", 3):
    guard let rows = Int(arguments[arguments.startIndex + 1]), rows > 0 else { fail("ROWS must be a positive integer") }
    let generator = SyntheticArrests(rows: rows)
    let start = ContinuousClock.now
    if arguments.count == 3 {
        let url = URL(fileURLWithPath: arguments[arguments.startIndex + 2])
        let summary = try generator.write(to: url)
        FileHandle.standardError.write(Data("generated \(summary) in \(ContinuousClock.now - start)\n".utf8))
        print(url.path)
    } else {
        let url = try generator.cachedFile()
        FileHandle.standardError.write(Data("file ready in \(ContinuousClock.now - start)\n".utf8))
        print(url.path)
    }

case ("read", 2):
    let url = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
    let clock = ContinuousClock()
    let start = clock.now
    let set = try RecordSet.read(InputSources([.arrests: url]))
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let report = set.reports[0]
    print("""
        file              \(url.lastPathComponent)
        rows read         \(report.rowsRead)
        accepted          \(report.accepted)
        duplicates        \(report.deduplicated)
        rejected          \(report.rejected)
        normalized        \(report.normalized)
        persons           \(set.personIDs.count)
        arrests           \(set.arrests.arrestCount)
        RecordSet.read    \(String(format: "%.2f", seconds)) s
        rows/s            \(String(format: "%.0f", Double(report.rowsRead) / seconds))
        peak RSS (VmHWM)  \(String(format: "%.0f", peakRSSMiB())) MiB
        """)
    guard report.reconciles else { fail("report does not reconcile") }

default:
    fail("usage: IngestProbe generate ROWS [FILE] | IngestProbe read FILE")
}
