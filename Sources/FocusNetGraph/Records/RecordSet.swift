import Foundation

/// Where each input file is. An arrests file (or, without arrest records, a ties file) is
/// required; the others are optional.
public struct InputSources: Sendable, Equatable {
    /// The file of each input kind given.
    public var files: [InputKind: URL]

    /// The given files.
    public init(_ files: [InputKind: URL] = [:]) { self.files = files }

    /// The canonical file names (`arrests.csv`, `memberships.csv`, …) found in `directory`.
    /// - Complexity: one file-existence check per ``InputKind``.
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
/// All files share one person index: person indices `0..<personIDs.count` are in identifier
/// order (UTF-8 byte order), and an alias is replaced by its canonical person before anything is
/// interned. Areas (arrests, persons, victimizations, shootings, population) share ``areaIDs``;
/// victimizations and shootings share ``incidentIDs``. Tables of files not given are empty.
public struct RecordSet: Sendable {
    /// Person identifiers by person index. Sensitive: never log them.
    public let personIDs: [String]
    /// Accepted arrest rows (``InputKind/arrests``).
    public let arrests: ArrestTable
    /// Accepted alias rows (``InputKind/aliases``).
    public let aliases: AliasTable
    /// Accepted person rows (``InputKind/persons``).
    public let persons: PersonTable
    /// Accepted group-membership rows (``InputKind/memberships``).
    public let memberships: MembershipTable
    /// Accepted victimization rows (``InputKind/victimizations``).
    public let victimizations: VictimizationTable
    /// Accepted shooting rows (``InputKind/shootings``).
    public let shootings: ShootingTable
    /// Accepted custody rows (``InputKind/custody``).
    public let custody: CustodyTable
    /// Accepted population rows (``InputKind/population``).
    public let population: PopulationTable
    /// Ties given directly (``InputKind/ties``); empty without a ties file.
    public let ties: TieTable
    /// Area identifiers by area index, in UTF-8 order.
    public let areaIDs: [String]
    /// Incident identifiers (victimizations and shootings) by incident index, in UTF-8 order.
    public let incidentIDs: [String]
    /// The last date a record could carry; later dates were rejected.
    public let dataEnd: CalendarDay
    /// One report per file read, in ``InputKind`` order.
    public let reports: [FileReport]
    /// Every rejected row, in file then line order.
    public let rejects: [Rejection]

    /// The latest date on which a record says something happened: the latest accepted date of
    /// the dated files (arrests, ties, victimizations, shootings, custody starts — a custody end
    /// may be a scheduled release, later than the export — and membership sightings); birth
    /// dates, population and aliases do not count. The day the export was made, as near as the
    /// records tell; `nil` when no file has a dated row.
    /// - Complexity: O(files): each file's ``FileReport/lastDate``.
    public var lastEventDate: CalendarDay? {
        reports.filter { $0.kind != .persons && $0.kind != .population && $0.kind != .aliases }.compactMap(\.lastDate).max()
    }

    /// Reads and validates all inputs named in `sources`.
    ///
    /// Files are read aliases first (so every other file's person ids resolve to canonical
    /// persons before interning), then persons (so birth dates bound the events), then the rest.
    /// Nothing is filtered by an as-of date here: records dated up to `dataEnd` are kept, and
    /// each analysis limits what it reads to its own window `(D − lookback, D]`.
    /// - Parameters:
    ///   - sources: the files to read; an arrests or a ties file is required.
    ///   - mapping: how each file's columns, dates and codes map onto the canonical form.
    ///   - dataEnd: the last date a record may carry (the extraction date); `nil` means
    ///     today. Later dates are rejected.
    /// - Throws: ``RecordError`` when arrests are missing, a file cannot be read, or a
    ///   required column is absent. Bad rows do not throw: they are in ``rejects``.
    /// - Complexity: O(rows) time plus O(k log k) to order the k distinct identifiers; memory
    ///   linear in the rows kept. An arrests file of 8 MiB or more is read in pieces on all
    ///   cores, with the same result byte for byte (``PiecePlan``; docs/performance.md).
    public static func read(_ sources: InputSources, mapping: MappingSet = MappingSet(),
                            dataEnd: CalendarDay? = nil) throws -> RecordSet {
        try read(sources, mapping: mapping, dataEnd: dataEnd, arrestPieces: .automatic)
    }

    /// ``read(_:mapping:dataEnd:)`` with the arrests file cut as `plan` says (tests force pieces).
    static func read(_ sources: InputSources, mapping: MappingSet = MappingSet(), dataEnd: CalendarDay? = nil,
                     arrestPieces plan: PiecePlan) throws -> RecordSet {
        guard sources.files[.arrests] != nil || sources.files[.ties] != nil else {
            throw RecordError.unreadable(file: "arrests",
                                         reason: "no arrests file given (use --arrests FILE, --ties FILE or --data DIR)")
        }
        let context = ReadContext(dataEnd: dataEnd ?? .today)
        var logs: [InputKind: [Rejection]] = [:]
        var reports: [FileReport] = []
        func read<T>(_ kind: InputKind,
                     _ reader: (URL, InputMapping, ReadContext, inout RejectLog) throws(RecordError) -> (T, FileReport),
                     empty: T) throws(RecordError) -> T {
            guard let url = sources.files[kind] else { return empty }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            StageMeter.shared.begin("reading \(kind.rawValue)", total: bytes)
            defer { StageMeter.shared.end() }
            var fileMapping = mapping[kind]
            let mark = context.mark()
            var log = RejectLog()
            var (table, report) = try reader(url, fileMapping, context, &log)
            if !report.reread.isEmpty {
                // A date column's inferred format is not the one its rows were read with (see
                // DateColumnReading): undo the pass and read the file again with every inferred
                // column declared as decided, so that no column decides again on other rows.
                context.rollback(to: mark)
                StageMeter.shared.begin("reading \(kind.rawValue) again", total: bytes)
                for column in report.dateColumns where column.inferred { fileMapping.columnDateFormats[column.column] = column.format }
                for (column, format) in report.reread { fileMapping.columnDateFormats[column] = format }
                let inferred = report.dateColumns
                log = RejectLog()
                (table, report) = try reader(url, fileMapping, context, &log)
                report.dateColumns = report.dateColumns.map { again in
                    guard let first = inferred.first(where: { $0.column == again.column && $0.inferred }) else { return again }
                    return DateColumnReport(column: again.column, format: again.format, inferred: true, values: first.values,
                                            timeZone: again.timeZone, converted: again.converted)
                }
            }
            reports.append(report)
            logs[kind] = log.rejections
            return table
        }
        var aliases = try read(.aliases, AliasTable.read, empty: AliasTable())
        var persons = try read(.persons, PersonTable.read, empty: PersonTable())
        var (arrests, arrestIDs) = try read(.arrests, { url, mapping, context, log throws(RecordError) in
            let (table, report, ids) = try ArrestTable.read(url, mapping: mapping, context: context, rejects: &log, plan: plan)
            return ((table, ids), report)
        }, empty: (ArrestTable(), [String]()))
        var ties = try read(.ties, TieTable.read, empty: TieTable())
        var memberships = try read(.memberships, MembershipTable.read, empty: MembershipTable())
        var victimizations = try read(.victimizations, VictimizationTable.read, empty: VictimizationTable())
        var shootings = try read(.shootings, ShootingTable.read, empty: ShootingTable())
        var custody = try read(.custody, CustodyTable.read, empty: CustodyTable())
        var population = try read(.population, PopulationTable.read, empty: PopulationTable())

        // The two large sorts (persons, arrests: millions of identifiers at state scale) run at
        // the same time; each is the same sort as on one thread.
        var personOrder: (names: [String], renumber: [Int32]) = ([], []), arrestOrder = personOrder
        let personNames = context.persons.names
        context.persons = Interner()   // its dictionary is not needed any more
        DeterministicParallel.forEach(chunks: 2) { i in
            if i == 0 { personOrder = Interner.order(personNames) } else { arrestOrder = Interner.order(arrestIDs) }
        }
        arrestIDs = []
        let areaOrder = context.areas.finish()
        let incidentOrder = context.incidents.finish()
        let p = personOrder.renumber, a = areaOrder.renumber
        aliases.renumber(persons: p)
        persons.renumber(persons: p, areas: a, personCount: personOrder.names.count)
        arrests.renumber(persons: p, areas: a, arrests: arrestOrder)
        memberships.renumber(persons: p)
        victimizations.renumber(persons: p, areas: a, incidents: incidentOrder.renumber)
        shootings.renumber(persons: p, areas: a, incidents: incidentOrder.renumber)
        custody.renumber(persons: p)
        population.renumber(areas: a)
        ties.renumber(persons: p)

        // Distinct persons per file.
        let count = personOrder.names.count
        let personColumns: [InputKind: [Int32]] = [
            .aliases: aliases.person, .persons: persons.person, .arrests: arrests.person,
            .memberships: memberships.person, .victimizations: victimizations.person,
            .shootings: shootings.suspect, .custody: custody.person, .ties: ties.source + ties.target,
        ]
        let order = InputKind.allCases
        reports.sort { order.firstIndex(of: $0.kind)! < order.firstIndex(of: $1.kind)! }
        for i in reports.indices {
            reports[i].persons = personColumns[reports[i].kind].map { distinct($0, in: count) } ?? 0
        }
        if sources.files[.arrests] == nil, let i = reports.firstIndex(where: { $0.kind == .persons }) {
            var tied = [Bool](repeating: false, count: count)
            for p in ties.source { tied[Int(p)] = true }
            for p in ties.target { tied[Int(p)] = true }
            let untied = persons.person.reduce(0) { $0 + (tied[Int($1)] ? 0 : 1) }
            if untied > 0 { reports[i].warnings[RecordSet.untiedPersonsWarning] = untied }
        }
        let rejects = order.flatMap { logs[$0] ?? [] }
        return RecordSet(
            personIDs: personOrder.names, arrests: arrests, aliases: aliases, persons: persons, memberships: memberships,
            victimizations: victimizations, shootings: shootings, custody: custody, population: population, ties: ties,
            areaIDs: areaOrder.names, incidentIDs: incidentOrder.names, dataEnd: context.dataEnd,
            reports: reports, rejects: rejects)
    }
}

extension RecordSet {
    /// People the persons file adds to the network as of `window`: when the network is given as
    /// ties (no arrests file), everyone listed in the persons file and born by the as-of date (or
    /// of unknown birth date) is a node — an isolate unless tied — so a roster's members with no
    /// tie are scored (degree 0) and counted; nobody born after the as-of date is. With an
    /// arrests file the network's people are those with a record in the window, and a person
    /// listed only in the persons file is not in it. Person indices, increasing; may be empty.
    /// The persons file carries no date of listing: a backtest assumes the roster at each origin.
    /// - Complexity: O(p log p) for p persons rows.
    public func roster(in window: ObservationWindow) -> [Int32] {
        guard !reports.contains(where: { $0.kind == .arrests }) else { return [] }
        return persons.person.indices.filter { persons.birthDate[$0].map(window.isKnown) ?? true }.map { persons.person[$0] }.sorted()
    }

    /// The persons-file warning counting, for a network given as ties, the people listed with
    /// no tie in the ties file (the isolates ``roster(in:)`` adds).
    static let untiedPersonsWarning = "people from the persons file have no tie (isolates in the network)"
}

/// The number of distinct values in `indices`, all in `0..<count`.
private func distinct(_ indices: [Int32], in count: Int) -> Int {
    var seen = [Bool](repeating: false, count: count)
    var n = 0
    for i in indices where !seen[Int(i)] {
        seen[Int(i)] = true
        n += 1
    }
    return n
}
