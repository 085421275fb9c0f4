// swift-tools-version: 6.1
// FocusNet benchmarks (ordo-one/benchmark) and ingest probes. Run: see docs/performance.md.
import PackageDescription

let package = Package(
    name: "FocusNetBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        // Named so that `package: "FocusNet"` resolves whatever the checkout folder is called.
        .package(name: "FocusNet", path: ".."),
        // Only for Tools/CSVLibraryComparison: the numbers behind keeping FocusNet's own parser.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
    ],
    targets: [
        // Deterministic synthetic arrests files, and a bare CSVParser pass, shared by all three executables.
        .target(
            name: "IngestSupport",
            dependencies: [.product(name: "FocusNetGraph", package: "FocusNet")],
            path: "Support/IngestSupport"),

        // `swift package benchmark` runs every target whose folder is directly in Benchmarks/.
        .executableTarget(
            name: "IngestBenchmarks",
            dependencies: [
                "IngestSupport",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FocusNetGraph", package: "FocusNet"),
            ],
            path: "IngestBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),

        // One `RecordSet.read` per process, for /usr/bin/time -v and profilers (ingest-10m.sh).
        .executableTarget(
            name: "IngestProbe",
            dependencies: ["IngestSupport", .product(name: "FocusNetGraph", package: "FocusNet")],
            path: "Tools/IngestProbe"),

        // FocusNet's CSVParser against CSV.swift and SwiftCSV on the same file.
        .executableTarget(
            name: "CSVLibraryComparison",
            dependencies: [
                "IngestSupport",
                .product(name: "FocusNetGraph", package: "FocusNet"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ],
            path: "Tools/CSVLibraryComparison"),

        // The bench pipeline stage by stage on city data, after checking the kernels against igraph.
        .executableTarget(
            name: "PipelineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "FocusNetGraph", package: "FocusNet"),
                .product(name: "FocusNetScoring", package: "FocusNet"),
                .product(name: "FocusNetReferenceJob", package: "FocusNet"),
            ],
            path: "PipelineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ]
)

for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
