import FocusNetScoring

extension Language {
    /// The display name of a column of `call_in_list.csv` or `services.csv` for people to read
    /// (a report's table header): "Risk band" / "Nivel de riesgo" for `risk_band`. The file keeps
    /// its identifier. `nil` for a column without a display name (a network component: its
    /// identifier is the measure's name).
    /// - Complexity: O(1).
    public func columnName(_ column: String) -> String? {
        let key: MessageKey? = switch column {
        case "rank": .columnRank
        case "overall_rank": .columnOverallRank
        case "person_id": .columnPerson
        case "probability": .columnProbability
        case "score": .columnScore
        case "points": .columnPoints
        case "network": .columnNetwork
        case "groups": .columnGroups
        case "eligibility": .columnEligibility
        case "risk_band": .columnRiskBand
        case "reasons": .columnReasons
        case "age": .columnAge
        case "why_not_invited": .columnWhyNotInvited
        default: nil
        }
        return key.map { text($0) }
    }

    /// An eligibility status for people to read: "excluded: in custody" / "excluido: bajo custodia".
    /// The files write ``FocusNetScoring/Eligibility/Status/label`` (English, stable).
    /// - Complexity: O(1).
    public func label(_ status: Eligibility.Status) -> String {
        switch status {
        case .eligible: text(.statusEligible)
        case .flagged(let why): text(.statusFlagged, ["why": reason(why)])
        case .excluded(let why): text(.statusExcluded, ["why": reason(why)])
        }
    }

    /// Why a person is excluded or flagged, for people to read: "bajo custodia".
    func reason(_ why: Eligibility.Reason) -> String {
        switch why {
        case .deceased: text(.whyDeceased)
        case .inCustody: text(.whyInCustody)
        case .notSupervised: text(.whyNotSupervised)
        case .noRecentViolence(let p): text(.whyNoRecentViolence, ["period": period(p)])
        case .under(let age): text(.whyUnder, ["age": String(age)])
        case .supervisionUnknown: text(.whySupervisionUnknown)
        }
    }
}
