import Foundation
@testable import FocusNetSimulation

/// A synthetic region generated into a fresh temporary folder, read back into memory (raw
/// bytes and parsed tables), after which the folder is deleted. The generator never quotes (no
/// value holds a comma), so rows are split on commas.
struct GeneratedRegion: Sendable {
    let summary: SimulationSummary
    private let files: [String: Data]
    private let tables: [String: SimulatedTable]

    init(_ config: SimulationConfig) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("focusnet-simulation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        summary = try RegionSimulator.write(config, to: directory)
        var files = [String: Data](), tables = [String: SimulatedTable]()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            files[name] = data
            tables[name] = SimulatedTable(String(decoding: data, as: UTF8.self))
        }
        self.files = files
        self.tables = tables
    }

    /// The mid-size region of ``ContagionProcessTests/midSize(seed:contagion:)``, generated once
    /// per test process and shared by the tests that only read it.
    static let midSize = Result { try GeneratedRegion(ContagionProcessTests.midSize()) }

    func bytes(_ file: String) throws -> Data {
        guard let data = files[file] else { throw MissingFile(name: file) }
        return data
    }

    func table(_ file: String) throws -> SimulatedTable {
        guard let table = tables[file] else { throw MissingFile(name: file) }
        return table
    }

    struct MissingFile: Error { let name: String }
}

struct SimulatedTable: Sendable {
    let header: [String]
    let rows: [[String]]
    let endsWithNewline: Bool

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        header = lines.first.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) } ?? []
        rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        endsWithNewline = text.hasSuffix("\n")
    }

    /// The values of one column, by name. - Precondition: the column exists.
    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { preconditionFailure("no column \(name)") }
        return rows.map { $0[index] }
    }
}

/// Calendar arithmetic on the ISO dates of the files, independent of the generator's own.
enum SimulatedDates {
    /// Month index (0 = January of `startYear`) of an ISO date `yyyy-mm-dd`.
    static func monthIndex(_ iso: String, startYear: Int) -> Int {
        let parts = iso.split(separator: "-")
        return (Int(parts[0])! - startYear) * 12 + Int(parts[1])! - 1
    }

    /// `yyyy-mm-01` of month index `m`.
    static func firstOfMonth(_ m: Int, startYear: Int) -> String {
        let year = startYear + m / 12, month = m % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)-01"
    }

    /// Days from `from` to `to` (ISO dates), by Hinnant's day count re-derived here.
    static func days(from: String, to: String) -> Int { dayNumber(to) - dayNumber(from) }

    private static func dayNumber(_ iso: String) -> Int {
        let p = iso.split(separator: "-").map { Int($0)! }
        let y = p[1] <= 2 ? p[0] - 1 : p[0]
        let era = y / 400, yoe = y - era * 400
        let doy = (153 * (p[1] > 2 ? p[1] - 3 : p[1] + 9) + 2) / 5 + p[2] - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy
    }
}
