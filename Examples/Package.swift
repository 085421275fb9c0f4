// swift-tools-version: 6.1
// Small programs that embed FocusNet as a library. Run from this folder, e.g.
//   swift run RankFromSwift data
// Each program's work lives in a file beside its main.swift; the root package's tests compile
// that same file (a symbolic link under Tests/ExampleTests/Examples/), so the
// examples cannot drift from the library.
import PackageDescription

let package = Package(
    name: "FocusNetExamples",
    platforms: [.macOS(.v14)],
    dependencies: [
        // Named so that `package: "FocusNet"` resolves whatever the checkout folder is called.
        .package(name: "FocusNet", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "RankFromSwift",
            dependencies: [.product(name: "FocusNet", package: "FocusNet")],
            path: "rank-from-swift"),
        .executableTarget(
            name: "BacktestFromSwift",
            dependencies: [.product(name: "FocusNet", package: "FocusNet")],
            path: "backtest-from-swift"),
        .executableTarget(
            name: "ExportSubnetwork",
            dependencies: [.product(name: "FocusNet", package: "FocusNet")],
            path: "export-subnetwork"),
        .executableTarget(
            name: "ReportFromSwift",
            dependencies: [.product(name: "FocusNet", package: "FocusNet")],
            path: "report-from-swift"),
    ]
)
