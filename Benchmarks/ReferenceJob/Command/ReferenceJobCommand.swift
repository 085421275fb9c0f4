import ArgumentParser
import FocusNetGraph
import FocusNetReferenceJob
import Foundation

/// `focusnet-reference-job`: the ranking job of the peer pipelines in ../shared/bench (python-igraph,
/// NetworKit, networkx), on FocusNet's records and engines, writing that job's CSV columns — so
/// FocusNet can be timed and checked side by side with them (Benchmarks/compare.sh). It is not
/// an analyst's command: `focusnet rank` is.
@main
struct ReferenceJobCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focusnet-reference-job",
        abstract: "Run the peers' reference ranking job on a folder of records and write <out>/bench.csv.",
        discussion: """
            Records dated before --as-of, hop-count betweenness, exposure in [as-of − 18mo, as-of), \
            mean percentile-rank score (docs/performance.md, "The reference job"). Stage lines and a \
            final `TIMING {json}` line go to stderr.
            """)

    @Option(name: .long, help: ArgumentHelp("Folder with arrests.csv, memberships.csv and victimizations.csv.", valueName: "dir"))
    var data: String

    @Option(name: .long, help: ArgumentHelp("D (YYYY-MM-DD): records dated on or after it are not read.", valueName: "date"))
    var asOf: String

    @Option(name: .long, help: ArgumentHelp("Rows written, 0 = everyone.", valueName: "k"))
    var top: Int = 0

    @Option(name: .long, help: ArgumentHelp("Networks up to this many people get exact betweenness.", valueName: "n"))
    var exactMax: Int = 20_000

    @Option(name: .long, help: ArgumentHelp("Sampled betweenness sources above --exact-max.", valueName: "k"))
    var samples: Int = 256

    @Option(name: .long, help: ArgumentHelp(
        "numpy (the sources python-igraph's job draws: numpy default_rng(--seed).choice) or component (exact outside the largest component, sources drawn inside it).",
        valueName: "mode"))
    var sampling: String = BenchJob.Sampling.numpy.rawValue

    @Option(name: .long, help: ArgumentHelp("Seed of the betweenness sources.", valueName: "n"))
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp("Key file: write keyed pseudonyms instead of person ids.", valueName: "keyfile"))
    var pseudonymize: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write bench.csv into (created if needed).", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Print no stage or TIMING lines.")
    var quiet = false

    func validate() throws {
        guard DateFormat.iso.parse(asOf[...]) != nil else { throw ValidationError("--as-of '\(asOf)' is not a date of the form YYYY-MM-DD.") }
        guard top >= 0 else { throw ValidationError("--top must be ≥ 0 (0 = everyone).") }
        guard exactMax >= 0 else { throw ValidationError("--exact-max must be ≥ 0.") }
        guard samples > 0 else { throw ValidationError("--samples must be at least 1.") }
        guard BenchJob.Sampling(rawValue: sampling) != nil else { throw ValidationError("--sampling must be numpy or component.") }
    }

    func run() throws {
        var timer = StageTimer(quiet: quiet)
        // The job uses no person attribute, so persons.csv is not read (it would only bound
        // event dates by birth dates): 3.4M rows, about a quarter of the ingest at state scale.
        var sources = InputSources(directory: URL(fileURLWithPath: data))
        sources.files = sources.files.filter { [.arrests, .memberships, .victimizations].contains($0.key) }
        let records = try RecordSet.read(sources)
        timer.stage("read")
        let job = BenchJob(asOf: DateFormat.iso.parse(asOf[...])!, exactBetweennessMax: exactMax, betweennessSamples: samples,
                           seed: seed, sampling: BenchJob.Sampling(rawValue: sampling)!)
        let ranking = BenchRanking(records: records, job: job) { timer.stage($0) }
        let directory = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pseudonymizer = try pseudonymize.map { try Pseudonymizer(keyFile: URL(fileURLWithPath: $0)) }
        try ranking.writeCSV(to: directory.appendingPathComponent("bench.csv"), personIDs: records.personIDs, top: top,
                             pseudonymizer: pseudonymizer)
        timer.stage("write")
        guard !quiet else { return }
        let counts: [String: Any] = [
            "n_nodes": ranking.persons.count, "n_edges": ranking.tieCount, "lcc": ranking.largestComponent,
            "stored_co_offending_ties": ranking.storedTies.coOffending, "stored_group_memberships": ranking.storedTies.memberships,
            "stored_overlap_entries": ranking.storedTies.overlapEntries, "n_recent_victims": ranking.recentVictims,
            "ranked": ranking.ranked.count, "betweenness": ranking.betweennessMode,
            "eigenvector_products": ranking.eigenvectorProducts,
            "rejected_rows": records.reports.map(\.rejected).reduce(0, +),
        ]
        try timer.printTiming(counts)
    }
}
