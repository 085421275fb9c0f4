import Foundation
import Testing
import FocusNetTestSupport
@testable import focusnet
import FocusNet

/// The output folder as one transaction, tried on the real binary: runs killed at every stage of
/// writing, and runs racing into one folder. After each, the folder must be one complete run's
/// output: exactly the files its manifest lists, each with the digest listed, and as many list
/// rows as the manifest says were listed.
@Suite(.serialized) struct OutputTransactionTests {
    static func arguments(top: Int, out: URL) -> [String] {
        ["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31", "--top", String(top), "--quiet",
         "--out", out.path]
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = HelpTests.executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The number listed by the complete run the folder holds; records an issue and returns nil
    /// when the folder is not one complete run's output.
    static func listed(in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        struct Manifest: Decodable {
            let outputs: [OutputDigest]
            let network: [String: Int]
        }
        let manager = FileManager.default
        guard let data = manager.contents(atPath: folder.appendingPathComponent("manifest.json").path),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else {
            Issue.record("no readable manifest in \(folder.lastPathComponent): \(ScratchFolder.entries(folder))",
                         sourceLocation: sourceLocation)
            return nil
        }
        let names = manifest.outputs.map(\.name)
        let entries = ScratchFolder.entries(folder)
        guard entries == (names + ["manifest.json"]).sorted() else {
            Issue.record("files \(entries) are not the manifest's \(names)", sourceLocation: sourceLocation)
            return nil
        }
        for output in manifest.outputs {
            let text = ScratchFolder.text(folder, output.name) ?? ""
            guard OutputDigest.sha256(text) == output.sha256 else {
                Issue.record("\(output.name) is not the file the manifest lists", sourceLocation: sourceLocation)
                return nil
            }
        }
        let rows = (ScratchFolder.text(folder, "call_in_list.csv") ?? "").split(separator: "\n").count - 1
        guard let listed = manifest.network["listed"], rows == listed else {
            Issue.record("\(rows) list rows, manifest says \(manifest.network["listed"] ?? -1)", sourceLocation: sourceLocation)
            return nil
        }
        return listed
    }

    @Test("a rank killed at any point, mid-write included, leaves the previous complete folder or the new complete one")
    func killed() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        let first = try Self.start(Self.arguments(top: 5, out: out))
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        var current = try #require(Self.listed(in: out))
        let clock = ContinuousClock()
        let duration = clock.measure {
            let run = try? Self.start(Self.arguments(top: 5, out: out))
            run?.waitUntilExit()
        }
        var midWrite = 0, kept = 0, replaced = 0
        var random = SplitMix64(seed: 11)
        for round in 0..<20 {
            let top = round % 2 == 0 ? 12 : 7
            let run = try Self.start(Self.arguments(top: top, out: out))
            let staging = parent.appendingPathComponent(".list.partial-\(run.processIdentifier)")
            if round % 5 == 4 {
                // Anywhere in the run: reading, computing or writing.
                Thread.sleep(forTimeInterval: duration.seconds * Double(random.next() % 1000) / 1000)
            } else {
                // Mid-write: once the staging folder holds this many finished files (of 10).
                let files = 1 + round % 9
                while run.isRunning, ScratchFolder.entries(staging).filter({ !$0.hasPrefix(".") }).count < files { usleep(100) }
                if run.isRunning { midWrite += 1 }
            }
            kill(run.processIdentifier, SIGKILL)
            run.waitUntilExit()
            guard let listed = Self.listed(in: out) else { return }
            #expect(listed == current || listed == top, "round \(round)")
            if listed == current && listed != top { kept += 1 } else { replaced += 1 }
            current = listed
        }
        #expect(midWrite >= 8, "\(midWrite) of 20 kills landed while files were being written")
        #expect(kept >= 8, "\(kept) kills left the previous folder; \(replaced) came after the new one was complete")
    }

    @Test("a run into a folder another holds stops at once with exit 75 naming it; with --wait it runs when the other is done")
    func locked() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        let lock = open(parent.appendingPathComponent(".list.lock").path, O_RDWR | O_CREAT, 0o600)
        #expect(flock(lock, LOCK_EX) == 0)
        let busy = try HelpTests.run(Self.arguments(top: 5, out: out))
        #expect(busy.status == 75)
        #expect(busy.stderr.contains(out.path) && busy.stderr.contains("--wait"), "\(busy.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let waiting = try Self.start(Self.arguments(top: 5, out: out) + ["--wait"])
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waiting.isRunning, "--wait waits for the lock")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        close(lock)
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(Self.listed(in: out) == 5)
    }

    @Test("two runs racing into one folder: one writes, the other stops with 75 (or runs after it); never a mix")
    func race() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        var stopped = 0
        for round in 0..<10 {
            let runs = try [7, 12].map { try Self.start(Self.arguments(top: $0, out: out) + (round >= 8 ? ["--wait"] : [])) }
            runs.forEach { $0.waitUntilExit() }
            let statuses = runs.map(\.terminationStatus)
            #expect(statuses.allSatisfy { $0 == 0 || $0 == 75 } && statuses.contains(0), "round \(round): \(statuses)")
            if round >= 8 { #expect(statuses == [0, 0], "with --wait both run") }
            stopped += statuses.filter { $0 == 75 }.count
            let listed = Self.listed(in: out)
            #expect(listed.map { l in zip([7, 12], statuses).contains { $0.0 == l && $0.1 == 0 } } == true, "round \(round)")
        }
        #expect(stopped >= 1, "the lock stopped a concurrent run at least once in 8 races")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
