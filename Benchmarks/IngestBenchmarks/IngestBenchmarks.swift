// Records ingest: RecordSet.read (parse + validate + intern) and CSVParser alone, on one
// synthetic 1M-row arrests file generated once (see IngestSupport/SyntheticArrests.swift).
//   cd Benchmarks && swift package --allow-writing-to-directory "${TMPDIR:-/tmp}" benchmark --target IngestBenchmarks
// Results and how they compare with the ≤ 15 s / 10M-row target: docs/performance.md.
import Benchmark
import FocusNetGraph
import Foundation
import IngestSupport

let benchmarks: @Sendable () -> Void = {
    let rows = 1_000_000
    let file: URL
    do { file = try SyntheticArrests(rows: rows).cachedFile() } catch {
        fatalError("cannot generate the \(rows)-row arrests file: \(error)")
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(60),
        maxIterations: 5)

    Benchmark("RecordSet.read, 1M arrest rows", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let set = try RecordSet.read(InputSources([.arrests: file]))
            guard set.reports[0].rowsRead == rows else { fatalError("read \(set.reports[0].rowsRead) rows, expected \(rows)") }
            blackHole(set)
        }
    }

    Benchmark("CSVParser alone, 1M arrest rows", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let scan = try ParserScan.scan(file)
            guard scan.records == rows + 1 else { fatalError("parsed \(scan.records) records, expected \(rows + 1)") }
            blackHole(scan)
        }
    }
}
