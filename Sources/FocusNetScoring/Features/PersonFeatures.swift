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
    /// - Complexity: O(r log r_max + victimizations + n) for r arrest rows in the window, r_max
    ///   of them for one person; memory O(r) (an 8-byte entry per row).
    init(persons: [Int32], nodeOfPerson: [Int32], arrests table: ArrestTable, context: ScoringContext,
                window: ObservationWindow) {
        let n = persons.count
        var latest = [CalendarDay?](repeating: nil, count: n)
        let year = CalendarPeriod(count: 1, unit: .years)
        let lastYearWindow = ObservationWindow(asOf: window.asOf, lookback: year)
        let yearBeforeWindow = lastYearWindow.shifted(back: year)
        // Each row in the window becomes `arrest << 8 | flags`, grouped by node (a counting sort);
        // sorting a node's entries puts the rows of one arrest together, so distinct arrests are
        // counted with their flags OR-ed. A set per node and per count cost 10% of a state run.
        let violentFlag: UInt64 = 1, gunFlag: UInt64 = 2, lastYearFlag: UInt64 = 4, yearBeforeFlag: UInt64 = 8
        var start = [Int](repeating: 0, count: n + 1)
        var rowNode = [Int32](repeating: -1, count: table.rowCount)
        for row in 0..<table.rowCount where window.contains(table.day[row]) {
            let v = nodeOfPerson[Int(table.person[row])]
            guard v >= 0 else { continue }
            rowNode[row] = v
            start[Int(v) + 1] += 1
        }
        for v in 0..<n { start[v + 1] += start[v] }
        var fill = start, entries = [UInt64](repeating: 0, count: start[n])
        for row in 0..<table.rowCount where rowNode[row] >= 0 {
            let v = Int(rowNode[row]), day = table.day[row]
            var flags: UInt64 = 0
            if table.category[row] == .violent { flags |= violentFlag }
            if table.category[row] == .weapons || table.gunInvolved[row] == true { flags |= gunFlag }
            if lastYearWindow.contains(day) { flags |= lastYearFlag } else if yearBeforeWindow.contains(day) { flags |= yearBeforeFlag }
            entries[fill[v]] = UInt64(UInt32(bitPattern: table.arrest[row])) << 8 | flags
            fill[v] += 1
            latest[v] = max(latest[v] ?? day, day)
        }
        var arrestCounts = [Int](repeating: 0, count: n), violent = arrestCounts, gun = arrestCounts
        var trends = arrestCounts
        entries.withUnsafeMutableBufferPointer { all in
            for v in 0..<n where start[v + 1] > start[v] {
                var slice = UnsafeMutableBufferPointer(rebasing: all[start[v]..<start[v + 1]])
                slice.sort()
                var k = 0
                while k < slice.count {
                    var flags: UInt64 = 0, end = k
                    while end < slice.count, slice[end] >> 8 == slice[k] >> 8 { flags |= slice[end]; end += 1 }
                    arrestCounts[v] += 1
                    if flags & violentFlag != 0 { violent[v] += 1 }
                    if flags & gunFlag != 0 { gun[v] += 1 }
                    if flags & lastYearFlag != 0 { trends[v] += 1 }
                    if flags & yearBeforeFlag != 0 { trends[v] -= 1 }
                    k = end
                }
            }
        }
        var victimizations = [Int](repeating: 0, count: n)
        for event in context.victimizations where window.contains(event.day) {
            let v = Int(nodeOfPerson[Int(event.person)])
            if v >= 0 { victimizations[v] += 1 }
        }
        arrests = arrestCounts
        violentArrests = violent
        gunArrests = gun
        priorVictimizations = victimizations
        trend = trends
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
