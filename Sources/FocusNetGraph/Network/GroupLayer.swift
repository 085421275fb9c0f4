/// Group (gang, crew) membership as of a date, and the ties it implies.
///
/// A membership is **active** at the as-of date D when it was first seen on or before D and,
/// if an expiry horizon is set, it was last seen (or, lacking that, first seen) within the
/// horizon before D — a label not renewed expires (California State Auditor 2016 on CalGang).
/// Memberships first seen after D are never read.
///
/// Projected co-membership ties are weighted 1/(n_g − 1) for a group of n_g active members
/// (Newman 2001, doi:10.1103/PhysRevE.64.016132), so each member's ties from one group add up to
/// 1 and a large group does not become a giant clique of strong ties.
public struct GroupLayer: Sendable {
    /// Active member person indices of each group (index = group index), increasing.
    public let members: [[Int32]]
    /// Active group indices of each person (index = person index), increasing.
    public let groupsOfPerson: [[Int32]]

    /// The active memberships at `asOf` among the given membership rows.
    ///
    /// A row counts when its first sighting is on or before `asOf` (a blank one counts as known)
    /// and, with `expiry`, its latest sighting known at `asOf` is in `(asOf − expiry, asOf]`
    /// (``ObservationWindow/membershipIsActive(firstSeen:lastSeen:expiry:)``).
    /// - Parameters:
    ///   - person, group, firstSeen, lastSeen: one entry per membership row (same length), e.g.
    ///     the columns of ``MembershipTable``; person indices in `0..<personCount`, group indices
    ///     in `0..<groupCount`.
    ///   - personCount: the number of persons in the person index.
    ///   - groupCount: the number of groups (``MembershipTable/groupIDs``).
    ///   - asOf: D, the as-of date.
    ///   - expiry: horizon after the last sighting; `nil` keeps labels forever.
    /// - Complexity: O(rows + persons + groups + Σ_g n_g log n_g).
    public init(person: [Int32], group: [Int32], firstSeen: [CalendarDay?], lastSeen: [CalendarDay?],
                personCount: Int, groupCount: Int, asOf: CalendarDay, expiry: CalendarPeriod? = nil) {
        var members = [Set<Int32>](repeating: [], count: groupCount)
        let window = ObservationWindow(asOf: asOf)
        for row in person.indices where window.membershipIsActive(firstSeen: firstSeen[row], lastSeen: lastSeen[row], expiry: expiry) {
            members[Int(group[row])].insert(person[row])
        }
        self.members = members.map { $0.sorted() }
        var groupsOfPerson = [[Int32]](repeating: [], count: personCount)
        for (g, list) in self.members.enumerated() { for p in list { groupsOfPerson[Int(p)].append(Int32(g)) } }
        self.groupsOfPerson = groupsOfPerson
    }

    /// Persons with at least one active membership, increasing.
    /// - Complexity: O(persons).
    public var activePersons: [Int32] { groupsOfPerson.indices.filter { !groupsOfPerson[$0].isEmpty }.map(Int32.init) }

    /// The group layer's tie weight between persons `p` and `q`: Σ over the active groups both
    /// belong to of 1/(n_g − 1); 0 when they share none.
    /// - Complexity: O(g_p + g_q) for the groups of each.
    public func tieWeight(_ p: Int32, _ q: Int32) -> Double {
        guard p != q else { return 0 }
        let a = groupsOfPerson[Int(p)], b = groupsOfPerson[Int(q)]
        var weight = 0.0, i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { weight += 1 / Double(members[Int(a[i])].count - 1); i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return weight
    }
}
