import Foundation
import Testing
import FocusNetTestSupport
@testable import FocusNetGraph

/// The output folder as one transaction: hand-made folders, each state checked file by file.
@Suite struct OutputFolderTests {
    static let manifest = "{\"command\": \"rank\", \"outputs\": [{\"name\": \"list.csv\", \"sha256\": \"\"}]}\n"

    /// Writes a complete rank-like folder: `list.csv` then the marker, and commits.
    static func complete(_ url: URL, list: String, wait: Bool = false) throws {
        let folder = try OutputFolder(url, kind: .rankList, wait: wait)
        try folder.write(list, named: "list.csv")
        try folder.write(Self.manifest, named: "manifest.json")
        try folder.commit()
    }

    @Test("a new folder appears whole after commit, owner-only, with nothing left beside it but the lock file")
    func newFolder() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        let folder = try OutputFolder(out, kind: .rankList)
        try folder.write("a\n", named: "list.csv")
        #expect(!FileManager.default.fileExists(atPath: out.path), "nothing visible before commit")
        try folder.write("{\"command\": \"rank\"}\n", named: "manifest.json")
        try folder.commit()
        #expect(ScratchFolder.entries(out) == ["list.csv", "manifest.json"])
        #expect(ScratchFolder.entries(parent) == [".list.lock", "list"])
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        #expect(folder.written.map(\.name) == ["list.csv", "manifest.json"])
        // sha256("a\n"), from `printf 'a\n' | sha256sum` (GNU coreutils 9.1).
        #expect(folder.written[0].sha256 == "87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7")
    }

    @Test("a second run replaces the folder whole: files of the first that the second does not write are gone")
    func replaces() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        try Self.complete(out, list: "old\n")
        try "stale report".write(to: out.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
        try Self.complete(out, list: "new\n")
        #expect(ScratchFolder.entries(out) == ["list.csv", "manifest.json"])
        #expect(ScratchFolder.text(out, "list.csv") == "new\n")
        #expect(ScratchFolder.entries(parent) == [".list.lock", "list"], "the previous folder is removed")
    }

    @Test("a transaction dropped without commit leaves the previous folder as it was and removes its staging folder")
    func abandoned() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        try Self.complete(out, list: "old\n")
        do {
            let folder = try OutputFolder(out, kind: .rankList)
            try folder.write("new\n", named: "list.csv")
            #expect(ScratchFolder.entries(parent).contains(folder.staging.lastPathComponent))
        }
        #expect(ScratchFolder.text(out, "list.csv") == "old\n")
        #expect(ScratchFolder.entries(parent) == [".list.lock", "list"])
    }

    @Test("while one transaction holds the folder, a second fails at once with busy naming the folder")
    func busy() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        let first = try OutputFolder(out, kind: .rankList)
        #expect(throws: OutputFolderError.busy(out.path)) { try OutputFolder(out, kind: .rankList) }
        #expect(OutputFolderError.busy(out.path).description.contains("--wait"))
        try first.write("{\"command\": \"rank\"}\n", named: "manifest.json")
        try first.commit()
        _ = try OutputFolder(out, kind: .rankList)   // the lock was released by the commit
    }

    @Test("a reader shares the lock: readers do not exclude each other, a writer excludes them; a folder never locked gets no lock file")
    func readLock() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        _ = try OutputFolderReadLock(out, wait: false)
        #expect(ScratchFolder.entries(parent).isEmpty, "reading creates nothing")
        try Self.complete(out, list: "a\n")
        do {
            let first = try OutputFolderReadLock(out, wait: false), second = try OutputFolderReadLock(out, wait: false)
            #expect(throws: OutputFolderError.busy(out.path)) { try OutputFolder(out, kind: .rankList) }
            withExtendedLifetime((first, second)) {}
        }
        do {
            let writer = try OutputFolder(out, kind: .rankList)
            #expect(throws: OutputFolderError.busy(out.path)) { try OutputFolderReadLock(out, wait: false) }
            withExtendedLifetime(writer) {}
        }
    }

    @Test("with wait, a second transaction blocks until the first commits, then replaces its folder")
    func waits() async throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        let first = try OutputFolder(out, kind: .rankList)
        let second = Task.detached { try Self.complete(out, list: "second\n", wait: true) }
        try await Task.sleep(for: .milliseconds(200))
        try first.write("first\n", named: "list.csv")
        try first.write(Self.manifest, named: "manifest.json")
        try first.commit()
        try await second.value
        #expect(ScratchFolder.text(out, "list.csv") == "second\n")
    }

    @Test("an existing folder is refused unless it is empty or holds the same command's output",
          arguments: [
              (["notes.txt": "mine"], OutputFolderKind.rankList, "foreign"),
              (["manifest.json": "{\"command\": \"backtest\"}"], .rankList, "other:backtest"),
              (["manifest.json": "{\"command\": \"rank\"}"], .export, "other:rank"),
              (["manifest.json": "{\"command\": \"call-in\"}"], .rankList, "ok"),
              (["export_manifest.json": "{\"command\": \"export\", \"outputs\": [{\"name\": \"network.gexf\", \"sha256\": \"\"}]}",
                "network.gexf": ""], .export, "ok"),
              (["manifest.json": "{\"command\": \"rank\", \"outputs\": [\"list.csv\", \"manifest.json\"]}", "list.csv": "",
                "report.html": ""], .rankList, "ok"),
              (["manifest.json": "{\"command\": \"rank\", \"outputs\": [{\"name\": \"list.csv\", \"sha256\": \"\"}]}", "list.csv": "",
                "notes.txt": "mine"], .rankList, "foreign"),
              (["validation_report.json": "{}"], .validation, "ok"),
              (["manifest.json": "{\"tool\": \"other\"}"], .backtest, "foreign"),
              ([:], .backtest, "ok"),
          ])
    func replaceable(files: [String: String], kind: OutputFolderKind, expected: String) throws {
        let out = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: out) }
        for (name, text) in files { try text.write(to: out.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        do {
            try OutputFolder.check(out, kind: kind)
            #expect(expected == "ok")
        } catch .foreignFiles(let path, let example) {
            #expect(expected == "foreign")
            #expect(path == out.path && files[example] != nil)
            if files["notes.txt"] != nil { #expect(example == "notes.txt", "the added file is named") }
        } catch .otherCommand(_, let command) {
            #expect(expected == "other:\(command)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a path that is a file is refused")
    func notAFolder() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let file = parent.appendingPathComponent("list")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: OutputFolderError.notAFolder(file.path)) { try OutputFolder(file, kind: .rankList) }
        #expect(ScratchFolder.entries(parent) == [".list.lock", "list"], "no staging folder left behind")
    }

    @Test("keeping the current files: the new folder holds the old files and the added one; the old folder is unchanged until commit")
    func keepingCurrentFiles() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        try Self.complete(out, list: "kept\n")
        let folder = try OutputFolder(out, kind: nil, keepingCurrentFiles: true)
        try folder.write("<html>", named: "report.html")
        #expect(ScratchFolder.entries(out) == ["list.csv", "manifest.json"])
        try folder.commit()
        #expect(ScratchFolder.entries(out) == ["list.csv", "manifest.json", "report.html"])
        #expect(ScratchFolder.text(out, "list.csv") == "kept\n")
    }

    @Test("what a killed run leaves is cleaned by the next: a staging folder is removed, a folder moved aside is put back")
    func recovery() throws {
        let parent = try ScratchFolder.make()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("list")
        try Self.complete(out, list: "old\n")
        // A run died between the two renames of the fallback path: the old folder is aside, none in place.
        try FileManager.default.moveItem(at: out, to: parent.appendingPathComponent(".list.previous-99999"))
        try FileManager.default.createDirectory(at: parent.appendingPathComponent(".list.partial-99999"), withIntermediateDirectories: false)
        let folder = try OutputFolder(out, kind: .rankList)
        #expect(ScratchFolder.text(out, "list.csv") == "old\n", "put back before anything else")
        #expect(ScratchFolder.entries(parent) == [".list.lock", folder.staging.lastPathComponent, "list"])
    }
}
