import FocusNetGraph
import FocusNetScoring

/// The attributes a disparity audit groups people by, for the scored people of one origin.
/// Shapes `[n]`. A value the records do not give is `nil` and is reported as `missing`: nothing
/// is imputed.
public struct AuditAttributes: Sendable, Equatable {
    /// As coded in the persons file. Used only here, never by a model.
    public private(set) var race: [String?]
    /// As coded in the persons file.
    public private(set) var sex: [String?]
    /// Age band at D (``ageBand(_:)``).
    public private(set) var ageBand: [String?]
    /// Area of residence as in the persons file (its value at extraction: residence is not dated).
    public private(set) var area: [String?]
    /// Under 18 at D; `nil` without a birth date.
    public private(set) var juvenile: [Bool?]
    /// A violent, weapons or gun-involved arrest in the two years up to D.
    public private(set) var recentViolence: [Bool]

    /// - Parameter known: whether a record dated on a day is visible at D (the window's
    ///   as-of-day convention).
    /// - Complexity: O(n + arrest rows).
    init(persons: [Int32], inputs: ModelInputs, records: RecordSet, context: ScoringContext, asOf: CalendarDay,
         known: (CalendarDay) -> Bool) {
        race = persons.map { context.race[Int($0)] }
        sex = persons.map { context.sex[Int($0)] }
        area = persons.map { context.area[Int($0)] }
        ageBand = inputs.age.map { $0.map(AuditAttributes.ageBand) }
        juvenile = inputs.age.map { $0.map { $0 < 18 } }
        var index = [Int32](repeating: -1, count: context.personCount)
        for (i, p) in persons.enumerated() { index[Int(p)] = Int32(i) }
        let lastTwoYears = ObservationWindow(asOf: asOf, lookback: CalendarPeriod(count: 2, unit: .years))
        var violence = [Bool](repeating: false, count: persons.count)
        let a = records.arrests
        for row in 0..<a.rowCount where lastTwoYears.contains(a.day[row]) && known(a.day[row]) {
            let i = index[Int(a.person[row])]
            guard i >= 0 else { continue }
            if a.category[row] == .violent || a.category[row] == .weapons || a.gunInvolved[row] == true { violence[Int(i)] = true }
        }
        recentViolence = violence
    }

    /// `under 18`, `18-24`, `25-34`, `35-44`, `45+` for an age in whole years at D.
    static func ageBand(_ age: Int) -> String {
        switch age {
        case ..<18: "under 18"
        case 18...24: "18-24"
        case 25...34: "25-34"
        case 35...44: "35-44"
        default: "45+"
        }
    }

    /// The audited attributes, as (name, group label of each person), in report order.
    var groupings: [(attribute: String, groups: [String])] {
        func label(_ v: String?) -> String { v ?? "missing" }
        func flag(_ v: Bool?) -> String { v.map { $0 ? "yes" : "no" } ?? "missing" }
        return [
            ("race", race.map(label)), ("sex", sex.map(label)), ("age_band", ageBand.map(label)), ("area", area.map(label)),
            ("juvenile", juvenile.map(flag)), ("violent_or_gun_arrest_2y", recentViolence.map(flag)),
        ]
    }

    func subset(_ indices: [Int]) -> AuditAttributes {
        var x = self
        x.race = indices.map { race[$0] }
        x.sex = indices.map { sex[$0] }
        x.ageBand = indices.map { ageBand[$0] }
        x.area = indices.map { area[$0] }
        x.juvenile = indices.map { juvenile[$0] }
        x.recentViolence = indices.map { recentViolence[$0] }
        return x
    }
}
