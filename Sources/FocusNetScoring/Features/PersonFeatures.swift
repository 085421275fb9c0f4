import FocusNetGraph

/// Individual history features of each node at the as-of date D, from records in the window only.
///
/// Shapes `[n]` in node order (the n people of ``Ranking/persons``). Counts are of distinct
/// arrests (not rows). The window is the ranking's records window `(D − lookback, D]` (narrowed
/// by retention); nothing dated after D is read. Built by ``Ranking``.
public struct PersonFeatures: Sendable {
    /// Distinct arrests in the window.
    public let arrests: [Int]
    /// Distinct arrests with `offense_category = violent`.
    public let violentArrests: [Int]
    /// Distinct arrests with `offense_category = weapons` or `gun_involved = 1`.
    public let gunArrests: [Int]
    /// Gunshot victimizations of the person dated in the window (own victimization is never
    /// part of network exposure).
    public let priorVictimizations: [Int]
    /// Whole years at D, `nil` without a birth date.
    public let age: [Int?]
    /// Whole years at the latest arrest in the window.
    public let ageAtLatestArrest: [Int?]
    /// Arrests in (D − 1y, D] minus arrests in (D − 2y, D − 1y]: positive when rising.
    public let trend: [Int]
    /// Date of the latest arrest in the window.
    public let latestArrest: [CalendarDay?]
    /// History counted elsewhere, from the persons file (0 when unknown): arrests, convictions,
    /// custodial sentences. Not windowed: the source dates them before the records. This one:
    /// prior arrests (a count).
    public let priorArrests: [Int]
    /// Prior convictions from the persons file (a count; 0 when unknown). Not windowed.
    public let priorConvictions: [Int]
    /// Prior custodial sentences from the persons file (a count; 0 when unknown). Not windowed.
    public let priorIncarcerations: [Int]

    /// - Parameters:
    ///   - persons: person index of each node.
    /// - Complexity: O(rows + victimizations + n).
    init(persons: [Int32], nodeOfPerson: [Int32], arrests table: ArrestTable, context: ScoringContext,
                window: ObservationWindow) {
        let n = persons.count
        var arrestSets = [Set<Int32>](repeating: [], count: n)
        var violent = [Set<Int32>](repeating: [], count: n), gun = [Set<Int32>](repeating: [], count: n)
        var lastYear = [Set<Int32>](repeating: [], count: n), yearBefore = [Set<Int32>](repeating: [], count: n)
        var latest = [CalendarDay?](repeating: nil, count: n)
        let year = CalendarPeriod(count: 1, unit: .years)
        let lastYearWindow = ObservationWindow(asOf: window.asOf, lookback: year)
        let yearBeforeWindow = lastYearWindow.shifted(back: year)
        for row in 0..<table.rowCount where window.contains(table.day[row]) {
            let v = Int(nodeOfPerson[Int(table.person[row])])
            guard v >= 0 else { continue }
            let a = table.arrest[row], day = table.day[row]
            arrestSets[v].insert(a)
            if table.category[row] == .violent { violent[v].insert(a) }
            if table.category[row] == .weapons || table.gunInvolved[row] == true { gun[v].insert(a) }
            if lastYearWindow.contains(day) { lastYear[v].insert(a) } else if yearBeforeWindow.contains(day) { yearBefore[v].insert(a) }
            latest[v] = max(latest[v] ?? day, day)
        }
        var victimizations = [Int](repeating: 0, count: n)
        for event in context.victimizations where window.contains(event.day) {
            let v = Int(nodeOfPerson[Int(event.person)])
            if v >= 0 { victimizations[v] += 1 }
        }
        arrests = arrestSets.map(\.count)
        violentArrests = violent.map(\.count)
        gunArrests = gun.map(\.count)
        priorVictimizations = victimizations
        trend = (0..<n).map { lastYear[$0].count - yearBefore[$0].count }
        latestArrest = latest
        priorArrests = persons.map { context.priorArrests[Int($0)] ?? 0 }
        priorConvictions = persons.map { context.priorConvictions[Int($0)] ?? 0 }
        priorIncarcerations = persons.map { context.priorIncarcerations[Int($0)] ?? 0 }
        age = persons.map { p in context.birthDate[Int(p)].map { PersonFeatures.years(from: $0, to: window.asOf) } }
        ageAtLatestArrest = (0..<n).map { v in
            guard let birth = context.birthDate[Int(persons[v])], let last = latest[v] else { return nil }
            return PersonFeatures.years(from: birth, to: last)
        }
    }

    /// Whole years from `birth` to `day` (birthdays counted on the day).
    static func years(from birth: CalendarDay, to day: CalendarDay) -> Int {
        let b = birth.components, d = day.components
        return d.year - b.year - ((d.month, d.day) < (b.month, b.day) ? 1 : 0)
    }
}
