// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "FocusNet",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "FocusNet", targets: ["FocusNet"]),
        .library(name: "FocusNetGraph", targets: ["FocusNetGraph"]),
        .library(name: "FocusNetScoring", targets: ["FocusNetScoring"]),
        .library(name: "FocusNetEvaluation", targets: ["FocusNetEvaluation"]),
        .library(name: "FocusNetOutput", targets: ["FocusNetOutput"]),
        .library(name: "FocusNetSimulation", targets: ["FocusNetSimulation"]),
        .executable(name: "focusnet", targets: ["focusnet"]),
        // For Benchmarks/ only (PipelineBenchmarks): the peers' reference ranking job on
        // FocusNet's engines. Not used by the focusnet command or the FocusNet umbrella.
        .library(name: "FocusNetReferenceJob", targets: ["FocusNetReferenceJob"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // C engines, found through pkg-config; Makefile installs the Debian packages.
        .systemLibrary(
            name: "CIGraph", pkgConfig: "igraph",
            providers: [.apt(["libigraph-dev"])]),
        .systemLibrary(
            name: "COpenBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]),

        // Records, time, networks and the bridges: the only importer of the C modules.
        .target(
            name: "FocusNetGraph",
            dependencies: [
                "CIGraph", "COpenBLAS",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // Measures, exposure, features, scores, call-in selection, explanations: the ranking.
        .target(
            name: "FocusNetScoring",
            dependencies: [
                "FocusNetGraph",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Backtests, metrics, fitted models, audits and the runs store.
        .target(
            name: "FocusNetEvaluation",
            dependencies: [
                "FocusNetScoring", "FocusNetGraph",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Every file FocusNet writes or reads back: lists, exports, backtest tables, the HTML report.
        .target(
            name: "FocusNetOutput",
            dependencies: ["FocusNetEvaluation", "FocusNetScoring", "FocusNetGraph"]),
        // Synthetic regions with known truth, and dirty data with known defects.
        .target(name: "FocusNetSimulation", dependencies: ["FocusNetGraph"]),
        .target(name: "FocusNet", dependencies: [
            "FocusNetGraph", "FocusNetScoring", "FocusNetEvaluation", "FocusNetOutput", "FocusNetSimulation",
        ]),
        .executableTarget(
            name: "focusnet",
            dependencies: [
                "FocusNet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The reference ranking job of the peer pipelines (../shared/bench), kept out of the
        // product: timed beside them by Benchmarks/compare.sh.
        .target(name: "FocusNetReferenceJob", dependencies: ["FocusNetScoring", "FocusNetGraph"],
                path: "Benchmarks/ReferenceJob/Job"),
        .executableTarget(
            name: "focusnet-reference-job",
            dependencies: ["FocusNetReferenceJob", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Benchmarks/ReferenceJob/Command"),

        .testTarget(name: "FocusNetGraphTests", dependencies: ["FocusNetGraph", "FocusNetTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FocusNetScoringTests", dependencies: ["FocusNetScoring", "FocusNetTestSupport"], resources: [.copy("Fixtures")]),
        // Fixtures shared by the test targets: the example region, its backtest, scratch folders, a seeded combined network.
        .target(name: "FocusNetTestSupport", dependencies: ["FocusNetEvaluation"], path: "Tests/Support"),
        .testTarget(name: "FocusNetEvaluationTests", dependencies: ["FocusNetEvaluation", "FocusNetTestSupport"]),
        .testTarget(name: "FocusNetOutputTests", dependencies: ["FocusNetOutput", "FocusNetTestSupport"]),
        .testTarget(name: "FocusNetSimulationTests", dependencies: ["FocusNetSimulation"]),
        .testTarget(name: "ExampleTests", dependencies: ["FocusNet"]),
        // Help/ holds the pinned `--help` texts, read by path (HelpTests.swift).
        .testTarget(name: "focusnetTests", dependencies: ["focusnet", "FocusNetTestSupport"], exclude: ["Help"]),
        .testTarget(name: "ReferenceJobTests", dependencies: ["FocusNetReferenceJob", "focusnet-reference-job"]),
    ]
)

// One settings loop for every Swift target.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
