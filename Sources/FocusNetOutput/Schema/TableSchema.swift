import FocusNetScoring

/// The columns of one CSV file FocusNet writes, defined once: the writer takes its header from
/// here and the report looks its columns up here, so a renamed column cannot go unnoticed by
/// one side. Column names are stable identifiers (docs/outputs.md); cases are in header order.
protocol TableSchema: CaseIterable, RawRepresentable where RawValue == String, AllCases == [Self] {
    /// The file's name in an output folder.
    static var fileName: String { get }
}

extension TableSchema {
    /// The header row, in order.
    static var header: [String] { allCases.map(\.rawValue) }
}

/// `call_in_list.csv`: the fixed columns; the network score's components (``ScoreComponent``)
/// stand between `network` and `groups`.
enum CallInListColumn: String, TableSchema {
    case rank, overallRank = "overall_rank", personID = "person_id", probability, score, points, network
    case groups, eligibility, riskBand = "risk_band", reasons
    static let fileName = "call_in_list.csv"

    /// The header for a list scored on `components`.
    static func header(components: [ScoreComponent]) -> [String] {
        [rank, overallRank, personID, probability, score, points, network].map(\.rawValue) + components.map(\.rawValue)
            + [groups, eligibility, riskBand, reasons].map(\.rawValue)
    }
}

/// `services.csv`: people under 18 whom the list would have invited, offered services instead.
enum ServicesColumn: String, TableSchema {
    case rank = "overall_rank", personID = "person_id", age, reasons, whyNotInvited = "why_not_invited"
    static let fileName = "services.csv"
}

/// `scores.csv`: everyone in the network.
enum ScoresColumn: String, TableSchema {
    case rank, personID = "person_id", degree, strength, betweenness, eigenvector, pagerank, coreness
    case victimExposure = "victim_exposure", victimsWithin1 = "victims_within_1", victimsWithin2 = "victims_within_2"
    case shooterExposure = "shooter_exposure", arrests, violentArrests = "violent_arrests", gunArrests = "gun_arrests"
    case priorVictimizations = "prior_victimizations", age, ageAtLatestArrest = "age_at_latest_arrest", trend
    case latestArrest = "latest_arrest", points, network, composite, probability, eligibility
    static let fileName = "scores.csv"
}

/// `groups.csv`: active groups in order of risk.
enum GroupsColumn: String, TableSchema {
    case groupID = "group_id", groupRank = "group_rank", members, activeMembers = "active_members"
    case recentVictimizations = "recent_victimizations", recentShootings = "recent_shootings"
    case victimExposure = "victim_exposure", tiesToGroups = "ties_to_groups", maxScore = "max_score", invitees
    case reachedByCoOffending = "reached_by_co_offending", reachShare = "reach_share"
    static let fileName = "groups.csv"
}

/// `excluded.csv`: people ranked above the last invitee who are not eligible.
enum ExcludedColumn: String, TableSchema {
    case personID = "person_id", wouldBeRank = "would_be_rank", reason
    static let fileName = "excluded.csv"
}

/// `network_edges.csv`: every co-offending tie with its combined weight and each layer's weight.
enum NetworkEdgesColumn: String, TableSchema {
    case personA = "person_a", personB = "person_b", weight, coOffending = "co_offending", group
    static let fileName = "network_edges.csv"
}

/// `areas.csv`: per area, residents, people scored and listed, victimizations and their rate.
enum AreasColumn: String, TableSchema {
    case area, population, peopleScored = "people_scored", peopleListed = "people_listed", victimizations
    case victimizationsPer100k = "victimizations_per_100k"
    static let fileName = "areas.csv"
}
