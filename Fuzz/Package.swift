// swift-tools-version: 6.1
// libFuzzer target over the CSV parser and the records reader. Build and run: see README.md.
import PackageDescription

let package = Package(
    name: "FocusNetFuzz",
    dependencies: [
        // Named so that `package: "FocusNet"` resolves whatever the checkout folder is called.
        .package(name: "FocusNet", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's driver; the library itself comes with `-sanitize=fuzzer`.
        .systemLibrary(name: "CLibFuzzer"),
        .executableTarget(
            name: "RecordReaderFuzzer",
            dependencies: ["CLibFuzzer", .product(name: "FocusNetGraph", package: "FocusNet")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
    ]
)
