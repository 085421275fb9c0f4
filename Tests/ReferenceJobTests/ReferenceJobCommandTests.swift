import FocusNetGraph
import FocusNetReferenceJob
import Foundation
import Testing
@testable import focusnet_reference_job

/// `focusnet-reference-job` as the comparison script runs it, on the example region.
@Suite struct ReferenceJobCommandTests {
    static let exampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/data")

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-reference-job-\(UUID().uuidString)")
    }

    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try ReferenceJobCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return ReferenceJobCommand.exitCode(for: error).rawValue
        }
    }

    @Test("bad flags exit 64 (EX_USAGE)", arguments: [
        ["--data", "d", "--as-of", "2021-01-01", "--samples", "0", "--out", "/tmp/x"],
        ["--data", "d", "--as-of", "2021-01-01", "--sampling", "half", "--out", "/tmp/x"],
        ["--data", "d", "--as-of", "01/02/2021", "--out", "/tmp/x"],
        ["--data", "d", "--as-of", "2021-01-01", "--top", "-1", "--out", "/tmp/x"],
    ])
    func badFlags(arguments: [String]) {
        #expect(Self.run(arguments) == 64)
    }

    @Test("writes the reference columns; --pseudonymize replaces every person id in them")
    func pseudonymized() throws {
        let plain = Self.temporaryDirectory(), hidden = Self.temporaryDirectory(), keys = Self.temporaryDirectory()
        defer { for url in [plain, hidden, keys] { try? FileManager.default.removeItem(at: url) } }
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        let key = keys.appendingPathComponent("list.key")
        try Data(repeating: 11, count: 32).write(to: key)
        let base = ["--data", Self.exampleData.path, "--as-of", "2023-12-31", "--quiet"]
        #expect(Self.run(base + ["--out", plain.path]) == 0)
        #expect(Self.run(base + ["--out", hidden.path, "--pseudonymize", key.path]) == 0)
        func rows(_ url: URL) throws -> [[Substring]] {
            try String(contentsOf: url.appendingPathComponent("bench.csv"), encoding: .utf8)
                .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        }
        let a = try rows(plain), b = try rows(hidden)
        #expect(a.first?.joined(separator: ",") == BenchJob.columns.joined(separator: ","))
        #expect(a.count == b.count && a.count > 100)
        let pseudonymizer = try Pseudonymizer(keyFile: key)
        for (x, y) in zip(a.dropFirst(), b.dropFirst()) {
            #expect(y[1] == Substring(pseudonymizer.pseudonym(String(x[1]))) && y[1] != x[1])
            #expect(Array(x.dropFirst(2)) == Array(y.dropFirst(2)), "same values, only the id differs")
        }
    }
}
