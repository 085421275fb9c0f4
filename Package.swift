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
        .executable(name: "focusnet", targets: ["focusnet"]),
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

        .target(
            name: "FocusNetGraph",
            dependencies: [
                "CIGraph",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(
            name: "FocusNetScoring",
            dependencies: [
                "FocusNetGraph", "COpenBLAS",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]),
        .target(
            name: "FocusNetEvaluation",
            dependencies: [
                "FocusNetScoring", "FocusNetGraph", "COpenBLAS",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .target(name: "FocusNet", dependencies: ["FocusNetGraph", "FocusNetScoring", "FocusNetEvaluation"]),
        .executableTarget(
            name: "focusnet",
            dependencies: [
                "FocusNet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]),

        .testTarget(name: "FocusNetGraphTests", dependencies: ["FocusNetGraph"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FocusNetScoringTests", dependencies: ["FocusNetScoring"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FocusNetEvaluationTests", dependencies: ["FocusNetEvaluation"]),
        .testTarget(name: "focusnetTests", dependencies: ["focusnet"]),
    ]
)

// One settings loop for every Swift target.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
