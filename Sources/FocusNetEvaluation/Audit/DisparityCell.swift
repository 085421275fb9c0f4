/// Who a top-k list holds, compared with who was scored and who had the outcome, by race, sex,
/// age band, area, juvenile status and recent violent or gun arrest.
///
/// For each group G: people scored, outcome persons, expected people on the list
/// (Σ_{i∈G} P(i on the list), ties at the k-th score by the expected-value rule of
/// ``RankedScores/inclusion(_:)``), and expected outcome persons on the list; from these the
/// shares of each population, PPV within G (on-list outcome persons / on-list people) and
/// capture within G (on-list outcome persons / outcome persons). Missing attributes form the
/// group `missing`.
public struct DisparityCell: Sendable, Equatable {
    /// `race`, `sex`, `age_band`, `area`, `juvenile` or `violent_or_gun_arrest_2y`.
    public let attribute: String
    /// The group's label (a code, an age band, `yes`/`no`, or `missing`).
    public let group: String
    /// People of the group scored (count).
    public var scored: Double
    /// People of the group with the outcome (count).
    public var positives: Double
    /// Expected people of the group on the list (Σ of inclusion probabilities).
    public var listed: Double
    /// Expected people of the group on the list with the outcome.
    public var listedPositives: Double

    /// PPV within the group: `listedPositives / listed` (NaN when none listed).
    public var ppv: Double { listed > 0 ? listedPositives / listed : .nan }
    /// Capture within the group: `listedPositives / positives` (NaN without outcome persons).
    public var capture: Double { positives > 0 ? listedPositives / positives : .nan }

    /// Cells for every attribute and group (groups in code order, `missing` last).
    /// - Parameter inclusion: each scored person's probability of being on the list.
    /// - Complexity: O(n × attributes + groups log groups).
    static func cells(_ attributes: AuditAttributes, inclusion: [Double], outcome: [Bool]) -> [DisparityCell] {
        attributes.groupings.flatMap { attribute, labels in
            var sums: [String: DisparityCell] = [:]
            for i in labels.indices {
                var cell = sums[labels[i]] ?? DisparityCell(attribute: attribute, group: labels[i], scored: 0, positives: 0, listed: 0, listedPositives: 0)
                cell.scored += 1
                cell.listed += inclusion[i]
                if outcome[i] {
                    cell.positives += 1
                    cell.listedPositives += inclusion[i]
                }
                sums[labels[i]] = cell
            }
            return sums.keys.sorted(by: groupOrder).map { sums[$0]! }
        }
    }

    /// Adds cells of several origins, matching attribute and group.
    static func pooled(_ tables: [[DisparityCell]]) -> [DisparityCell] {
        var order: [String: [String]] = [:], attributes: [String] = []
        var sums: [String: [String: DisparityCell]] = [:]
        for table in tables {
            for cell in table {
                if sums[cell.attribute] == nil { attributes.append(cell.attribute); sums[cell.attribute] = [:]; order[cell.attribute] = [] }
                if var sum = sums[cell.attribute]![cell.group] {
                    sum.scored += cell.scored
                    sum.positives += cell.positives
                    sum.listed += cell.listed
                    sum.listedPositives += cell.listedPositives
                    sums[cell.attribute]![cell.group] = sum
                } else {
                    sums[cell.attribute]![cell.group] = cell
                    order[cell.attribute]!.append(cell.group)
                }
            }
        }
        return attributes.flatMap { a in order[a]!.sorted(by: groupOrder).map { sums[a]![$0]! } }
    }

    static func groupOrder(_ a: String, _ b: String) -> Bool {
        if (a == "missing") != (b == "missing") { return b == "missing" }
        let bands = ["under 18", "18-24", "25-34", "35-44", "45+"]
        if let x = bands.firstIndex(of: a), let y = bands.firstIndex(of: b) { return x < y }
        return Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }
}
