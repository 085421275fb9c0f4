import Foundation

/// Person attributes in columnar form: at most one row per person.
///
/// Shapes: ``person`` and ``birthDate`` have `rowCount` entries; every other column has
/// `rowCount` entries when the file has it and is empty when it does not. ``rowOfPerson`` has
/// one entry per person of the run (`RecordSet.personIDs.count`).
public struct PersonTable: Sendable {
    /// Person index of each row (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var person: [Int32] = []
    /// Birth date of each row, `nil` when unknown.
    public internal(set) var birthDate: [CalendarDay?] = []
    /// Sex as coded in the file (folded, code-mapped).
    public internal(set) var sex = CodeColumn()
    /// Race or ethnicity as coded in the file (folded, code-mapped). Used only for disparity audits.
    public internal(set) var race = CodeColumn()
    /// Area of residence (into ``RecordSet/areaIDs``), -1 when blank.
    public internal(set) var area: [Int32] = []
    public internal(set) var custodyStatus: [CustodyStatus?] = []
    public internal(set) var supervision: [Supervision?] = []
    /// Counts from history held elsewhere (e.g. before the records' start): arrests, convictions
    /// and custodial sentences; each empty when the file lacks the column, `nil` when blank.
    public internal(set) var priorArrests: [Int?] = []
    public internal(set) var priorConvictions: [Int?] = []
    public internal(set) var priorIncarcerations: [Int?] = []
    /// The row of each person index, -1 for persons the file does not list.
    public internal(set) var rowOfPerson: [Int32] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { person.count }

    /// An empty table: the file was not given.
    public init() {}

    /// The row describing person index `person`, or `nil`.
    public func row(of person: Int) -> Int? {
        person < rowOfPerson.count && rowOfPerson[person] >= 0 ? Int(rowOfPerson[person]) : nil
    }
}

extension PersonTable {
    /// Reads a persons file (see ``InputKind/persons``) and records the birth dates in `context`.
    ///
    /// Rules: person ids resolved through the aliases; `birth_date` not after the data's end;
    /// codes folded and mapped (`custody_status`, `supervision` from closed lists); when a person
    /// appears again, a row that repeats the earlier one is a duplicate, a row that only adds
    /// values the earlier one left blank is merged (accepted; warning `rows merged into an
    /// earlier row of the same person`), and a row that contradicts it (two birth dates, two
    /// sexes…) is rejected as `conflicting <column> for one person`, keeping the first.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (PersonTable, FileReport)
    {
        var table = PersonTable()
        var sexes = CodeColumnBuilder(), races = CodeColumnBuilder()
        var rowOf: [Int32] = []
        var merged = 0
        let end = context.dataEnd
        // Room for everyone a file of this size likely lists (~40–50 bytes a row): growing the
        // person index rehashes every identifier each time it doubles.
        context.persons.reserveCapacity(context.persons.count + TableReader.expectedRows(url, bytesPerRow: 40))
        var report = try TableReader.read(.persons, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let id = try row.person("person_id", context: context, changed: &changed)
            let birth = try row.date("birth_date", required: false, notAfter: end)
            let sex = try row.code("sex", allowed: nil, changed: &changed)
            let race = try row.code("race", allowed: nil, changed: &changed)
            let areaName = try row.optionalIdentifier("area", changed: &changed)
            let custody = try row.code("custody_status", as: CustodyStatus.self, changed: &changed)
            let supervision = try row.code("supervision", as: Supervision.self, changed: &changed)
            let priors = try ["prior_arrests", "prior_convictions", "prior_incarcerations"].map { c throws(RowRejection) in
                try row.count(c)
            }
            let priorColumns = ["prior_arrests", "prior_convictions", "prior_incarcerations"].map { row.has($0) }
            let hasSex = row.has("sex"), hasRace = row.has("race"), hasArea = row.has("area")
            let hasCustody = row.has("custody_status"), hasSupervision = row.has("supervision")

            if let p = id.index, Int(p) < rowOf.count, rowOf[Int(p)] >= 0 {
                // The person again: duplicate, merge or conflict.
                let r = Int(rowOf[Int(p)])
                var adds = false, same = true
                func compare<T: Equatable>(_ old: T?, _ new: T?, _ column: String) throws(RowRejection) {
                    if let old, let new, old != new {
                        throw row.rejection(column, "conflicting \(column) for one person")
                    }
                    if old == nil && new != nil { adds = true }
                    if old != new { same = false }
                }
                try compare(table.birthDate[r], birth, "birth_date")
                let sexCode = hasSex ? sexes.lookup(sex) ?? UInt32.max : 0
                let raceCode = hasRace ? races.lookup(race) ?? UInt32.max : 0
                if hasSex { try compare(nonZero(sexes.code(at: r)), nonZero(sexCode), "sex") }
                if hasRace { try compare(nonZero(races.code(at: r)), nonZero(raceCode), "race") }
                let areaIndex = areaName.flatMap { context.areas.index(of: $0) } ?? (areaName == nil ? -1 : .max)
                if hasArea { try compare(table.area[r] >= 0 ? table.area[r] : nil, areaIndex >= 0 ? areaIndex : nil, "area") }
                if hasCustody { try compare(table.custodyStatus[r], custody, "custody_status") }
                if hasSupervision { try compare(table.supervision[r], supervision, "supervision") }
                for (k, column) in ["prior_arrests", "prior_convictions", "prior_incarcerations"].enumerated() where priorColumns[k] {
                    try compare(table.prior(k)[r], priors[k], column)
                }
                if same { return .duplicate }
                if adds {
                    if let birth, table.birthDate[r] == nil { table.birthDate[r] = birth; context.setBirth(birth, of: p) }
                    if hasSex, sexes.code(at: r) == 0 { sexes.set(r, code: sexes.intern(sex)) }
                    if hasRace, races.code(at: r) == 0 { races.set(r, code: races.intern(race)) }
                    if hasArea, table.area[r] < 0, let areaName { table.area[r] = context.areas.intern(areaName) }
                    if hasCustody, table.custodyStatus[r] == nil { table.custodyStatus[r] = custody }
                    if hasSupervision, table.supervision[r] == nil { table.supervision[r] = supervision }
                    for k in 0..<3 where priorColumns[k] && table.prior(k)[r] == nil { table.setPrior(k, r, priors[k]) }
                    merged += 1
                }
                return .accepted(alias: id.wasAlias, day: birth)
            }

            // Absent when id.index is nil: an earlier row of the person was interned only if kept,
            // and the file is read in one pass (read in pieces, a piece could not know this).
            let p = id.index ?? context.persons.add(id.value)
            if rowOf.count <= Int(p) { rowOf.append(contentsOf: repeatElement(-1, count: Int(p) + 1 - rowOf.count)) }
            rowOf[Int(p)] = Int32(table.person.count)
            table.person.append(p)
            table.birthDate.append(birth)
            if let birth { context.setBirth(birth, of: p) }
            if hasSex { sexes.append(code: sexes.intern(sex)) }
            if hasRace { races.append(code: races.intern(race)) }
            if hasArea { table.area.append(areaName.map { context.areas.intern($0) } ?? -1) }
            if hasCustody { table.custodyStatus.append(custody) }
            if hasSupervision { table.supervision.append(supervision) }
            if priorColumns[0] { table.priorArrests.append(priors[0]) }
            if priorColumns[1] { table.priorConvictions.append(priors[1]) }
            if priorColumns[2] { table.priorIncarcerations.append(priors[2]) }
            return .accepted(alias: id.wasAlias, day: birth)
        }
        if merged > 0 { report.warnings["rows merged into an earlier row of the same person"] = merged }
        table.sex = sexes.finish()
        table.race = races.finish()
        return (table, report)
    }

    /// Renumbers persons and areas into identifier order and builds ``rowOfPerson``.
    mutating func renumber(persons: [Int32], areas: [Int32], personCount: Int) {
        person.renumber(persons)
        area.renumber(areas)
        rowOfPerson = [Int32](repeating: -1, count: personCount)
        for (row, p) in person.enumerated() { rowOfPerson[Int(p)] = Int32(row) }
    }
}

private func nonZero(_ code: UInt32) -> UInt32? { code == 0 ? nil : code }

extension PersonTable {
    fileprivate func prior(_ k: Int) -> [Int?] { [priorArrests, priorConvictions, priorIncarcerations][k] }

    fileprivate mutating func setPrior(_ k: Int, _ row: Int, _ value: Int?) {
        switch k {
        case 0: priorArrests[row] = value
        case 1: priorConvictions[row] = value
        default: priorIncarcerations[row] = value
        }
    }
}

extension MappedRow {
    /// A count: a whole number ≥ 0 written with digits; `nil` when the column is absent or blank.
    func count(_ column: String) throws(RowRejection) -> Int? {
        let raw = try text(column) ?? ""
        let digits = raw.trimmingCharacters(in: .whitespaces)
        if digits.isEmpty { return nil }
        guard digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(digits) else {
            throw RowRejection(column: column, value: raw, reason: "not a whole number ≥ 0")
        }
        return value
    }
}
