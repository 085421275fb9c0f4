import Foundation
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

/// Where backtest records a run and where `focusnet runs` looks: one rule for both.
@Suite struct RunStoreLocationTests {
    /// A new empty folder holding a store (an empty file) at each of `stores`, relative paths.
    static func folder(stores: [String], folders: [String] = []) throws -> URL {
        let root = try ScratchFolder.make("store-location")
        for path in folders { try FileManager.default.createDirectory(at: root.appendingPathComponent(path), withIntermediateDirectories: true) }
        for path in stores {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data().write(to: url)
        }
        return root
    }

    @Test("backtest --out out/bt records in out/focusnet-runs.sqlite")
    func beside() {
        #expect(RunStoreLocation.beside(output: URL(fileURLWithPath: "/data/out/bt")).path == "/data/out/focusnet-runs.sqlite")
        #expect(RunStoreLocation.beside(output: URL(fileURLWithPath: "/data/out/bt/")).path == "/data/out/focusnet-runs.sqlite")
        #expect(RunStoreLocation.beside(output: URL(fileURLWithPath: "/data/out/./bt")).path == "/data/out/focusnet-runs.sqlite")
    }

    @Test("the search finds the store in the folder first, else each one a folder down, hidden folders skipped")
    func search() throws {
        let both = try Self.folder(stores: ["focusnet-runs.sqlite", "out/focusnet-runs.sqlite"])
        #expect(RunStoreLocation.search(from: both).map(\.lastPathComponent) == ["focusnet-runs.sqlite"])
        #expect(RunStoreLocation.search(from: both).first?.deletingLastPathComponent().lastPathComponent == both.lastPathComponent)

        let below = try Self.folder(stores: ["b/focusnet-runs.sqlite", "a/focusnet-runs.sqlite", ".hidden/focusnet-runs.sqlite",
                                             "a/deeper/focusnet-runs.sqlite"], folders: ["c"])
        #expect(RunStoreLocation.search(from: below).map { $0.deletingLastPathComponent().lastPathComponent } == ["a", "b"])

        let none = try Self.folder(stores: ["a/deeper/focusnet-runs.sqlite"], folders: ["focusnet-runs.sqlite"])
        #expect(RunStoreLocation.search(from: none).isEmpty, "two folders down, or a folder of the store's name, is not a store")
    }

    @Test("--store names the store, or a folder: its store, then the store beside it")
    func places() throws {
        let root = try Self.folder(stores: [], folders: ["out/bt"])
        let file = root.appendingPathComponent("x.sqlite")
        #expect(RunStoreLocation.places(given: file) == [file])
        let bt = root.appendingPathComponent("out/bt")
        #expect(RunStoreLocation.places(given: bt).map(\.path) == [
            bt.appendingPathComponent("focusnet-runs.sqlite").path, root.appendingPathComponent("out/focusnet-runs.sqlite").path,
        ])
    }
}
