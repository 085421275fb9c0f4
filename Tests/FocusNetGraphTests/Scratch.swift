import Foundation
@testable import FocusNetGraph

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
        _ = FileManager.default.createFile(atPath: target.path, contents: Data(bytes))
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

/// Writes each text as the canonical file of its kind and reads them all as one run.
/// - Returns: the records and the path of each file (the files are removed afterwards).
func readRecords(_ files: [InputKind: String], mapping: MappingSet = MappingSet(), dataEnd: String = "2024-12-31")
    throws -> (records: RecordSet, paths: [InputKind: String])
{
    let scratch = Scratch()
    defer { scratch.remove() }
    var sources = InputSources()
    for (kind, text) in files { sources.files[kind] = scratch.file(kind.canonicalFileName, text) }
    let records = try RecordSet.read(sources, mapping: mapping, dataEnd: day(dataEnd))
    return (records, sources.files.mapValues(\.path))
}

extension RecordSet {
    /// The person identifier of a person index.
    func id(_ person: Int32) -> String { personIDs[Int(person)] }

    /// The report of one kind of file.
    func report(_ kind: InputKind) -> FileReport? { reports.first { $0.kind == kind } }

    /// The co-offending ties over all time, by identifier.
    func ties() -> [String: Double] {
        let net = CoOffendingNetwork(arrests: arrests, personCount: personIDs.count, window: ObservationWindow(asOf: .latest))
        return namedTies(net, self)
    }
}

/// `(rowsRead, accepted, deduplicated, rejected)` of a report, for one-line checks.
func counts(_ report: FileReport?) -> [Int] {
    guard let r = report else { return [] }
    return [r.rowsRead, r.accepted, r.deduplicated, r.rejected]
}

/// The package's folder, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
