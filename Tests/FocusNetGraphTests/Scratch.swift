import Foundation

/// A fresh directory for one test's input files. Call ``remove()`` in a `defer`.
struct Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` as UTF-8 into `name` and returns its URL.
    func file(_ name: String, _ text: String) -> URL { file(name, bytes: Array(text.utf8)) }

    /// Writes raw bytes into `name` and returns its URL.
    func file(_ name: String, bytes: [UInt8]) -> URL {
        let target = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: target.path, contents: Data(bytes))
        return target
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Where the shared real data sets are: `../../../shared/data/real` from this file's folder
/// (`shared/` beside the package's folder). They are never copied into the project.
enum RealData {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()                 // Tests/FocusNetGraphTests
        .appendingPathComponent("../../../shared/data/real").standardizedFileURL

    /// The data set folder, or `nil` when the shared data are not on this machine.
    static func folder(_ name: String) -> URL? {
        let url = root.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
