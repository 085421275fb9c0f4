import Foundation

/// Where each input file is. Only arrests are required.
public struct InputSources: Sendable, Equatable {
    public var files: [InputKind: URL]

    public init(_ files: [InputKind: URL] = [:]) { self.files = files }

    /// The canonical file names (`arrests.csv`, `memberships.csv`, …) found in `directory`.
    public init(directory: URL) {
        var files: [InputKind: URL] = [:]
        for kind in InputKind.allCases {
            let url = directory.appendingPathComponent(kind.canonicalFileName)
            if FileManager.default.fileExists(atPath: url.path) { files[kind] = url }
        }
        self.init(files)
    }
}

/// Every record of a run, validated and interned, with the account of each file.
///
/// Person indices `0..<personIDs.count` are in identifier order (UTF-8 byte order).
public struct RecordSet: Sendable {
    /// Person identifiers by person index. Sensitive: never log them.
    public let personIDs: [String]
    public let arrests: ArrestTable
    /// One report per file read, in ``InputKind`` order.
    public let reports: [FileReport]
    /// Every rejected row, in file then line order.
    public let rejects: [Rejection]

    /// Reads and validates all inputs.
    /// - Throws: ``RecordError`` when arrests are missing, a file cannot be read, or a
    ///   required column is absent. Bad rows do not throw: they are in ``rejects``.
    /// - Complexity: O(rows) time; memory linear in the rows kept.
    public static func read(_ sources: InputSources, mapping: MappingSet = MappingSet()) throws -> RecordSet {
        guard let arrestsURL = sources.files[.arrests] else {
            throw RecordError.unreadable(file: "arrests", reason: "no arrests file given (use --arrests FILE or --data DIR)")
        }
        var persons = Interner()
        var log = RejectLog()
        var (arrests, report, arrestIDs) = try ArrestTable.read(arrestsURL, mapping: mapping[.arrests], persons: &persons, rejects: &log)
        let finished = persons.finish()
        arrests.renumber(persons: finished.renumber, arrests: arrestIDs.finish())
        return RecordSet(personIDs: finished.names, arrests: arrests, reports: [report], rejects: log.rejections)
    }
}
