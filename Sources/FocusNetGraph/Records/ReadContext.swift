/// What every table reader shares while one run's files are read: one person index for all
/// files, one area index, one incident index (victimizations and shootings describe the same
/// incidents), the alias map, the birth dates known so far and the data's end.
///
/// Files are read in the order aliases → persons → the rest, so that an alias is resolved to
/// its canonical person before anything is interned (two ids of one person never count twice)
/// and a birth date is known before the events it bounds.
///
/// A class, so that row parsers share it by reference: a struct captured by the per-row closure
/// would be copied, tables and all, each time it is passed on.
final class ReadContext {
    var persons = Interner()
    var areas = Interner()
    var incidents = Interner()
    /// Alias identifier → canonical person identifier, fully resolved (no chains).
    var aliases: [String: String] = [:]
    /// Birth date (days since epoch) by person index, `Int32.min` when unknown; may be shorter
    /// than the person count (missing entries are unknown).
    var births: [Int32] = []
    /// The last date a record may carry; later dates are rejected.
    let dataEnd: CalendarDay

    init(dataEnd: CalendarDay) { self.dataEnd = dataEnd }

    /// What reading one file may add to the context, to undo it (``rollback(to:)``).
    struct Mark {
        let persons: Int, areas: Int, incidents: Int
        let births: [Int32]
    }

    /// The state before a file is read. O(1): the birth dates are shared until changed.
    func mark() -> Mark {
        Mark(persons: persons.count, areas: areas.count, incidents: incidents.count, births: births)
    }

    /// Undoes what was read since `mark` (persons, areas and incidents interned, birth dates set).
    /// - Complexity: O(entries added since the mark) plus a copy of the birth dates.
    func rollback(to mark: Mark) {
        persons.truncate(to: mark.persons)
        areas.truncate(to: mark.areas)
        incidents.truncate(to: mark.incidents)
        births = mark.births
    }

    /// The canonical identifier for `id` (itself when it is no alias).
    func canonical(_ id: String) -> String { aliases.isEmpty ? id : aliases[id] ?? id }

    /// The known birth date of the person with index `person`.
    func birth(of person: Int32?) -> CalendarDay? {
        guard let p = person, Int(p) < births.count, births[Int(p)] != .min else { return nil }
        return CalendarDay(daysSinceEpoch: births[Int(p)])
    }

    /// The person's index, interning them when new (call once the row is kept).
    func intern(_ person: PersonID) -> Int32 { person.index ?? persons.intern(person.value) }

    func setBirth(_ day: CalendarDay, of person: Int32) {
        if births.count <= Int(person) { births.append(contentsOf: repeatElement(.min, count: Int(person) + 1 - births.count)) }
        births[Int(person)] = day.daysSinceEpoch
    }
}

/// A person identifier read from a row, already resolved through the alias map; intern it only
/// once the row is known to be kept, so rejected rows add no one to the person index.
struct PersonID {
    let value: String
    /// Whether the file's identifier was an alias of another person.
    let wasAlias: Bool
    /// The person's index when already interned (looked up once per row: the birth-date check
    /// and interning share it — a second string lookup per row was measurable on 10M rows).
    let index: Int32?
}

extension MappedRow {
    /// A required person identifier (see ``identifier(_:changed:)``), resolved through the aliases.
    func person(_ column: String, context: ReadContext, changed: inout Bool) throws(RowRejection) -> PersonID {
        let id = try identifier(column, changed: &changed)
        let canonical = context.canonical(id)
        return PersonID(value: canonical, wasAlias: canonical != id, index: context.persons.index(of: canonical))
    }

    /// ``person(_:context:changed:)`` for one piece of a file: the identifier's index among the
    /// piece's persons when it met them already (`nil`: new to the piece), and in the PersonID
    /// the context's index when the person was interned before the file (for the birth date).
    func person(_ column: String, context: ReadContext, names: PieceNames, changed: inout Bool)
        throws(RowRejection) -> (PersonID, local: Int32?)
    {
        let id = try identifier(column, changed: &changed)
        let canonical = context.canonical(id)
        let (local, shared) = names.find(canonical, in: context.persons)
        return (PersonID(value: canonical, wasAlias: canonical != id, index: shared), local)
    }

    /// An optional identifier such as an area: trimmed and NFC-normalized; `nil` when absent or blank.
    func optionalIdentifier(_ column: String, changed: inout Bool) throws(RowRejection) -> String? {
        guard let i = schema.position(column) else { return nil }
        if let clean = row.withField(i, FieldRules.cleanIdentifier) { return clean }
        let raw = try text(column) ?? ""
        let (value, didChange) = FieldRules.identifier(raw)
        if value.isEmpty { return nil }
        changed = changed || didChange
        return value
    }

    /// A date that must not lie after the data's end.
    func date(_ column: String, required: Bool, notAfter end: CalendarDay) throws(RowRejection) -> CalendarDay? {
        guard let day = try date(column, required: required) else { return nil }
        if !ObservationWindow(asOf: end).isKnown(day) { throw rejection(column, "\(column) after the data's end") }
        return day
    }

    /// A date that must be given and must not lie after the data's end.
    func requiredDate(_ column: String, notAfter end: CalendarDay) throws(RowRejection) -> CalendarDay {
        guard let day = try date(column, required: true, notAfter: end) else { preconditionFailure("a required date is never nil") }
        return day
    }

    /// Checks an event of a person against their birth date: not before birth and, when `ages`
    /// is given, an age in whole years inside it.
    func check(_ day: CalendarDay, column: String, of person: PersonID, context: ReadContext,
               ages: ClosedRange<Int>? = nil, event: String = "") throws(RowRejection) {
        try check(day, column: column, ofPerson: person.index, context: context, ages: ages, event: event)
    }

    /// ``check(_:column:of:context:ages:event:)`` for the person with this index in the
    /// context (`nil`: not interned before, so no birth date known).
    func check(_ day: CalendarDay, column: String, ofPerson index: Int32?, context: ReadContext,
               ages: ClosedRange<Int>? = nil, event: String = "") throws(RowRejection) {
        guard let born = context.birth(of: index) else { return }
        let raw = (try? text(column)) ?? ""
        if !CalendarInterval(start: born, end: nil).contains(day) { throw RowRejection(column: column, value: raw, reason: "\(column) before the person's birth_date") }
        guard let ages else { return }
        let age = day.wholeYears(since: born)
        if age < ages.lowerBound {
            throw RowRejection(column: column, value: raw, reason: "age at \(event) under \(ages.lowerBound)")
        }
        if age > ages.upperBound {
            throw RowRejection(column: column, value: raw, reason: "age at \(event) over \(ages.upperBound)")
        }
    }
}
