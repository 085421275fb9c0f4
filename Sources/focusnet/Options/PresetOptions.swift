import ArgumentParser
import FocusNet
import Foundation

/// `--preset bench`: the reference benchmark job (docs/performance.md, "The reference job")
/// instead of FocusNet's own analysis, writing that job's CSV columns.
struct PresetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "bench: reproduce the reference benchmark job of docs/performance.md exactly (records before --as-of, hop-count betweenness, exposure in [as-of − 18mo, as-of), mean percentile-rank score) and write its columns to <out>/bench.csv.",
        valueName: "name"))
    var preset: String?

    @Option(name: .long, help: ArgumentHelp("For --preset bench: rows written, 0 = everyone.", valueName: "k"))
    var benchTop: Int = 0

    @Option(name: .long, help: ArgumentHelp("For --preset bench: networks up to this many people get exact betweenness .", valueName: "n"))
    var bcExactMax: Int = 20_000

    @Option(name: .long, help: ArgumentHelp("For --preset bench: sampled betweenness sources .", valueName: "k"))
    var bcSamples: Int = 256

    @Option(name: .long, help: ArgumentHelp(
        "For --preset bench: numpy (the sources the python-igraph reference draws: numpy default_rng(--seed).choice) or component (exact outside the largest component, sources drawn inside it).",
        valueName: "mode"))
    var bcSampling: String = BenchJob.Sampling.numpy.rawValue

    var isBench: Bool { preset == "bench" }

    func validate() throws {
        if let preset, preset != "bench" { throw ValidationError("--preset must be bench.") }
        guard benchTop >= 0 else { throw ValidationError("--bench-top must be ≥ 0 (0 = everyone).") }
        guard bcExactMax >= 0 else { throw ValidationError("--bc-exact-max must be ≥ 0.") }
        guard bcSamples > 0 else { throw ValidationError("--bc-samples must be at least 1.") }
        guard BenchJob.Sampling(rawValue: bcSampling) != nil else { throw ValidationError("--bc-sampling must be numpy or component.") }
    }

    /// Runs the bench job: reads arrests, memberships and victimizations, ranks, writes
    /// `<out>/bench.csv`; stage lines and a final `TIMING {json}` line go to stderr.
    func runBench(input: InputOptions, window: WindowOptions, seed: UInt64, out: String, quiet: Bool,
                  pseudonymizer: Pseudonymizer?) throws {
        // Wall and CPU seconds (all threads) per stage: on a shared machine the CPU time shows
        // the work done, the wall time what a user waits.
        func cpuSeconds() -> Double {
            var t = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
            return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
        }
        let start = Date(), startCPU = cpuSeconds()
        var last = start, lastCPU = startCPU
        var stages: [(String, Double, Double)] = []
        func stage(_ name: String) {
            let now = Date(), cpu = cpuSeconds()
            stages.append((name, now.timeIntervalSince(last), cpu - lastCPU))
            if !quiet {
                let padded = name.padding(toLength: 14, withPad: " ", startingAt: 0)
                let line = String(format: "%8.2fs wall %8.2fs cpu", now.timeIntervalSince(last), cpu - lastCPU)
                FileHandle.standardError.write(Data("[focusnet] \(padded) \(line)\n".utf8))
            }
            last = now; lastCPU = cpu
        }
        // The job uses no person attribute, so persons.csv is not read (it would only bound
        // event dates by birth dates): 3.4M rows, about a quarter of the ingest at state scale.
        var sources = input.sources()
        sources.files = sources.files.filter { [.arrests, .memberships, .victimizations].contains($0.key) }
        let records = try RecordSet.read(sources, mapping: input.mappingSet(), dataEnd: input.dataEndDay)
        stage("read")
        let job = BenchJob(asOf: DateFormat.iso.parse(window.asOf[...])!, exactBetweennessMax: bcExactMax,
                           betweennessSamples: bcSamples, seed: seed, sampling: BenchJob.Sampling(rawValue: bcSampling)!)
        let ranking = BenchRanking(records: records, job: job, stage: stage)
        let directory = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try ranking.writeCSV(to: directory.appendingPathComponent("bench.csv"), personIDs: records.personIDs, top: benchTop,
                             pseudonymizer: pseudonymizer)
        stage("write")
        let total = Date().timeIntervalSince(start)
        if !quiet {
            let rejected = records.reports.map(\.rejected).reduce(0, +)
            let timing: [String: Any] = [
                "tool": "focusnet", "n_nodes": ranking.persons.count, "n_edges": ranking.tieCount,
                "lcc": ranking.largestComponent, "stored_co_offending_ties": ranking.storedTies.coOffending,
                "stored_group_memberships": ranking.storedTies.memberships, "stored_overlap_entries": ranking.storedTies.overlapEntries, "n_recent_victims": ranking.recentVictims, "ranked": ranking.ranked.count,
                "betweenness": ranking.betweennessMode, "eigenvector_products": ranking.eigenvectorProducts,
                "rejected_rows": rejected, "total": (total * 1000).rounded() / 1000,
                "total_cpu": ((cpuSeconds() - startCPU) * 1000).rounded() / 1000,
                "stages": Dictionary(uniqueKeysWithValues: stages.map { ($0.0, ($0.1 * 1000).rounded() / 1000) }),
                "stages_cpu": Dictionary(uniqueKeysWithValues: stages.map { ($0.0, ($0.2 * 1000).rounded() / 1000) }),
            ]
            let json = try JSONSerialization.data(withJSONObject: timing, options: [.sortedKeys])
            FileHandle.standardError.write(Data("TIMING ".utf8) + json + Data("\n".utf8))
        }
    }
}
