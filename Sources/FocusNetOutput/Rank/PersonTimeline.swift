import FocusNetGraph
import FocusNetScoring

/// What the records say about one person as of the as-of date D, in date order: the arrests and
/// gunshot victimizations that count for the list (dated in the records window
/// `(D − lookback, D]`, narrowed by retention) and the group memberships active at D with
/// their sightings known at D. Written into `call_in_list.json` for each invitee, shown on the
/// report's person card.
///
/// Nothing dated after D is read: every date passes through ``AnalysisWindows`` (a sighting
/// after D is left blank, a membership first seen after D is left out).
struct PersonTimeline {
    /// One dated event. `kind` is `arrest`, `victimization` or `group`.
    struct Event: Encodable, Equatable, Sendable {
        let date: String
        let kind: String
        /// Arrests: the offence category (`violent`, `weapons`, …); victimizations: `shot_fatal` or
        /// `shot_nonfatal`; memberships: the group id.
        let what: String
        /// Arrests: whether a gun was involved, when recorded.
        let gun: Bool?
        /// Arrests: the arrest id; `nil` under pseudonyms (it leads back to the person).
        let arrest_id: String?
        /// Memberships: the latest sighting known at D.
        let last_seen: String?
    }

    /// Events by person index (of ``RecordSet/personIDs``) for `people`, each list by date,
    /// then kind, then detail. A membership's date is its first sighting known at D (blank when
    /// the file gives none; such events sort first).
    /// - Parameter withArrestIDs: `false` under pseudonyms.
    /// - Complexity: O(rows of arrests, victimizations and memberships + e log e) for e events.
    static func events(records: RecordSet, windows: AnalysisWindows, people: Set<Int32>, withArrestIDs: Bool) -> [Int32: [Event]] {
        var result: [Int32: [Event]] = [:]
        let a = records.arrests
        for row in 0..<a.rowCount where people.contains(a.person[row]) && windows.records.contains(a.day[row]) {
            result[a.person[row], default: []].append(Event(
                date: a.day[row].description, kind: "arrest", what: a.category[row]?.description ?? "",
                gun: a.gunInvolved[row], arrest_id: withArrestIDs ? a.arrestIDs[Int(a.arrest[row])] : nil, last_seen: nil))
        }
        let v = records.victimizations
        for row in 0..<v.rowCount where people.contains(v.person[row]) && windows.records.contains(v.day[row]) {
            result[v.person[row], default: []].append(Event(
                date: v.day[row].description, kind: "victimization", what: v.type[row].description, gun: nil, arrest_id: nil, last_seen: nil))
        }
        let m = records.memberships
        for row in 0..<m.rowCount where people.contains(m.person[row]) {
            let first = m.firstSeen[row], last = m.lastSeen[row]
            guard windows.records.membershipIsActive(firstSeen: first, lastSeen: last, expiry: windows.groupExpiry),
                  !windows.membershipIsSetAsideByRetention(firstSeen: first, lastSeen: last) else { continue }
            result[m.person[row], default: []].append(Event(
                date: windows.records.known(first)?.description ?? "", kind: "group", what: m.groupIDs[Int(m.group[row])], gun: nil,
                arrest_id: nil, last_seen: windows.records.latestSighting(firstSeen: first, lastSeen: last)?.description))
        }
        // ISO dates sort as text.
        return result.mapValues { $0.sorted { ($0.date, $0.kind, $0.what) < ($1.date, $1.kind, $1.what) } }
    }
}
