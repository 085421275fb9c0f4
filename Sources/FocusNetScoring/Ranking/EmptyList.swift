import FocusNetGraph

/// Why a ranking's call-in list came out empty, in words an analyst can act on.
public enum EmptyListReason: Equatable, Sendable, CustomStringConvertible {
    /// Nobody has a record in the window: the as-of date is before the first arrest, or the
    /// lookback is too short. `firstArrest` is the earliest accepted arrest date, if any.
    case nobodyInWindow(window: String, firstArrest: String?)
    /// `--area` names no area of the records; the areas they do name, sorted.
    case unknownArea(String, known: [String])
    /// The area exists, but nobody in the network lives there.
    case nobodyInArea(String)
    /// Only people on probation or parole may be listed, and no one's supervision status is
    /// known (no persons file, or one without a `supervision` column).
    case supervisionUnknown
    /// Everyone in the list's reach was excluded: the count of people by reason, most first.
    case nobodyEligible(reasons: [String])
    /// Everyone left is a person from the persons file with no tie in the window (scored, never
    /// listed): their count and the window.
    case nobodyTied(people: Int, window: String)

    /// A sentence for the command line; never a person id.
    public var description: String {
        switch self {
        case .nobodyInWindow(let window, let first):
            "nobody has a record in \(window)" + (first.map { "; the first arrest in the records is dated \($0)" } ?? "")
        case .unknownArea(let area, let known):
            "no record names the area '\(area)'; the areas in the records are: "
                + (known.isEmpty ? "none (no persons file with an area column)" : known.joined(separator: ", "))
        case .nobodyInArea(let area):
            "nobody in the network lives in the area '\(area)'"
        case .nobodyTied(let people, let window):
            "the \(people) people who could be listed come from the persons file and have no tie in \(window); "
                + "people with no tie are scored but not listed"
        case .supervisionUnknown:
            "--require-supervision lists only people on probation or parole, and no one's supervision status is known: "
                + "give a persons file with a supervision column, or drop --require-supervision"
        case .nobodyEligible(let reasons):
            "everyone who could be listed was excluded (" + reasons.joined(separator: ", ") + ")"
        }
    }
}

extension Ranking {
    /// Why ``invitees`` is empty, or `nil` when it is not.
    /// - Parameters:
    ///   - records: the records ranked (for the first arrest date and the areas they name).
    ///   - context: their context (persons' areas).
    /// - Complexity: O(n).
    public func emptyListReason(records: RecordSet, context: ScoringContext) -> EmptyListReason? {
        guard invitees.isEmpty else { return nil }
        if persons.isEmpty {
            let first = records.reports.first { $0.kind == .arrests }?.firstDate
            return .nobodyInWindow(window: windows.records.description, firstArrest: first?.description)
        }
        if let area = configuration.area {
            let known = Set(persons.compactMap { context.area[Int($0)] }).union(records.areaIDs)
            guard known.contains(area) else { return .unknownArea(area, known: known.sorted()) }
            if !persons.contains(where: { context.area[Int($0)] == area }) { return .nobodyInArea(area) }
        }
        if configuration.eligibility.requireSupervision, !persons.contains(where: { context.supervision[Int($0)] != nil }) {
            return .supervisionUnknown
        }
        var counts: [String: Int] = [:]
        for status in eligibility.status { if case .excluded(let reason) = status { counts[reason.description, default: 0] += 1 } }
        let untied = Ranking.untiedRoster(records.roster(in: windows.records), persons: persons, degree: measures.degree)
        let inReach = persons.indices.filter { v in
            eligibility.status[v].isEligible && configuration.area.map { context.area[Int(persons[v])] == $0 } ?? true
        }
        if !inReach.isEmpty, inReach.allSatisfy({ untied[$0] }) {
            return .nobodyTied(people: inReach.count, window: windows.records.description)
        }
        return .nobodyEligible(reasons: counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.value) \($0.key)" })
    }
}
