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
    /// Capture within the group among the scored: `listedPositives / positives` (NaN without
    /// outcome persons) — the audit compares groups of the scored people, so this is the group's
    /// ``MetricComponents/scoredCapture(_:)``, not capture of all outcome persons.
    public var capture: Double { positives > 0 ? listedPositives / positives : .nan }

    /// Cells for every attribute and group (groups in code order, `missing` last).
    /// - Parameter inclusion: each scored person's probability of being on the list.
    /// - Complexity: O(n × attributes + groups log groups).
    static func cells(_ attributes: AuditAttributes, inclusion: [Double], outcome: [Bool]) -> [DisparityCell] {
        cells(Grouping.all(attributes), inclusion: inclusion, outcome: outcome)
    }

    /// One attribute's groups encoded once for a population, so that the cells of each model,
    /// outcome and list size are sums by an integer index (a dictionary of labels per person
    /// and per list was a quarter of a city backtest's time).
    struct Grouping: Sendable {
        /// The attribute's name.
        let attribute: String
        /// The groups' labels, in table order (``groupOrder``).
        let groups: [String]
        /// Each person's group (an index into ``groups``), shape `[n]`.
        let groupOf: [Int]

        /// The groupings of every attribute of `attributes`.
        /// - Complexity: O(n × attributes + groups log groups).
        static func all(_ attributes: AuditAttributes) -> [Grouping] {
            attributes.groupings.map { attribute, labels in
                let groups = Set(labels).sorted(by: groupOrder)
                let index = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
                return Grouping(attribute: attribute, groups: groups, groupOf: labels.map { index[$0]! })
            }
        }
    }

    /// ``cells(_:inclusion:outcome:)`` on groupings encoded once (``Grouping/all(_:)``).
    /// - Complexity: O(n × attributes).
    static func cells(_ groupings: [Grouping], inclusion: [Double], outcome: [Bool]) -> [DisparityCell] {
        groupings.flatMap { grouping in
            var scored = [Double](repeating: 0, count: grouping.groups.count), positives = scored, listed = scored
            var listedPositives = scored
            for (i, g) in grouping.groupOf.enumerated() {
                scored[g] += 1
                listed[g] += inclusion[i]
                if outcome[i] {
                    positives[g] += 1
                    listedPositives[g] += inclusion[i]
                }
            }
            return grouping.groups.indices.map { g in
                DisparityCell(attribute: grouping.attribute, group: grouping.groups[g], scored: scored[g], positives: positives[g],
                              listed: listed[g], listedPositives: listedPositives[g])
            }
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
