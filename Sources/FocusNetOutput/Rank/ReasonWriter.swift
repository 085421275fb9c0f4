import FocusNetGraph
import FocusNetScoring

/// Writes a listed person's reasons as sentences a call-in team can read aloud, in one
/// ``Language``: "Shot on 11 Nov 2023 (7 weeks before the as-of date)", "Arrested with 3 people
/// who were shot in the last 18 months (2 shared arrests with one of them)".
///
/// No sentence names another person: a list is read aloud, and the report pseudonymizes the
/// columns that hold ids, not free text. The victim a tie leads to is in `call_in_list.json`
/// (`nearest_victim`).
///
/// The sentences come from the same contributions as the score (``FocusNetScoring/Explanation``):
/// each contribution that raises the score (points, a network component, a positive term of the
/// fitted log-odds) names a ``ReasonTopic``, and each topic gives one sentence, in the order of its
/// largest contribution, with the person's own numbers (counts, dates, tie types). Two facts are
/// always stated whatever their weight: being shot in the exposure window (first), and the groups
/// the person is an active member of; an invitee chosen to reach a group
/// (``FocusNetScoring/Ranking/coverage``) says so last. Every sentence about ties says whether the
/// tie is a shared arrest or a shared group label (``FocusNetScoring/ExposureProfile``).
struct ReasonWriter {
    let ranking: Ranking
    let language: Language
    /// Active group ids by node.
    let groupsOf: (Int) -> [String]
    /// Group id by group index.
    let groupIDs: [String]
    /// Each network measure's values in descending order, for the share of people at or above a
    /// person: only the measures some explanation names.
    private let descending: [ReasonTopic: [Double]]

    /// - Parameter explanations: the explanations the writer will be asked about; the measures
    ///   they name are sorted once here.
    /// - Complexity: O(k n log n) for the k ≤ 5 network measures named, O(1) otherwise.
    init(ranking: Ranking, language: Language, explanations: some Sequence<Explanation>,
         groupsOf: @escaping (Int) -> [String], groupIDs: [String]) {
        self.groupIDs = groupIDs
        self.ranking = ranking
        self.language = language
        self.groupsOf = groupsOf
        let named = Set(explanations.flatMap { $0.contributions.compactMap { ReasonTopic(feature: $0.feature) } })
        let m = ranking.measures
        var values: [ReasonTopic: [Double]] = [:]
        for topic in named {
            switch topic {
            case .degree: values[topic] = m.degree.map(Double.init)
            case .strength: values[topic] = m.strength
            case .betweenness: values[topic] = m.betweenness
            case .connected: values[topic] = m.eigenvector
            case .coreness: values[topic] = m.coreness.map(Double.init)
            default: continue
            }
        }
        descending = values.mapValues { $0.sorted(by: >) }
    }

    /// At most this many sentences come from the score's contributions (a team reads them aloud;
    /// the JSON keeps every contribution); the membership and coverage sentences come on top.
    static let maximumFromScore = 4

    /// A network-position sentence ("Tied to people who are themselves well connected (top 3%)")
    /// is said only for people in this top share of the measure: further down, the position is
    /// no reason to be listed, whatever its small part of the composite.
    static let positionShare = 0.2

    /// The sentences for `node`, most important first.
    /// - Complexity: O(c + log n) for c contributions.
    func sentences(node: Int, explanation: Explanation) -> [String] {
        var topics: [ReasonTopic] = []
        if shotDay(node) != nil { topics.append(.shot) }
        for c in explanation.contributions where c.contribution > 0 {
            guard let topic = ReasonTopic(feature: c.feature), !topics.contains(topic) else { continue }
            topics.append(topic)
        }
        var out: [String] = []
        for topic in topics where out.count < ReasonWriter.maximumFromScore {
            out += sentences(topic, node: node, explanation: explanation).prefix(ReasonWriter.maximumFromScore - out.count)
        }
        if !topics.contains(.groupViolence) || ranking.exposureProfile.groupViolence[node] == 0 {
            let groups = groupsOf(node)
            if !groups.isEmpty { out.append(language.text(.reasonMember, ["groups": language.list(groups)])) }
        }
        if let pick = ranking.coverage[node] { out.append(coverage(pick)) }
        return out
    }

    /// "Chosen to reach 5 more members of G004".
    func coverage(_ pick: CallInSelection.CoveragePick) -> String {
        let group = groupIDs[pick.group]
        return pick.newlyReached == 0 ? language.text(.reasonCoverageSelf, ["group": group])
            : language.text(.reasonCoverage, ["n": String(pick.newlyReached), "group": group])
    }

    /// The newest own victimization if it is in the exposure window.
    private func shotDay(_ node: Int) -> CalendarDay? {
        guard let days = ranking.exposureProfile.daysSinceVictimization[node] else { return nil }
        let day = ranking.asOf.adding(days: -Int(days))
        return ranking.windows.exposure.contains(day) ? day : nil
    }

    private var last: String { language.last(ranking.configuration.windows.exposure) }

    private func sentences(_ topic: ReasonTopic, node n: Int, explanation: Explanation) -> [String] {
        let f = ranking.features, p = ranking.exposureProfile
        switch topic {
        case .shot:
            if let day = shotDay(n) {
                return [language.text(.reasonShotRecent, ["date": language.date(day), "ago": language.elapsed(days: ranking.asOf.days(since: day))])]
            }
            guard let days = p.daysSinceVictimization[n], f.priorVictimizations[n] > 0 else { return [] }
            return [language.text(.reasonShotEarlier, ["n": String(f.priorVictimizations[n]),
                                                       "date": language.date(ranking.asOf.adding(days: -Int(days)))])]
        case .arrests:
            guard f.arrests[n] > 0, let latest = f.latestArrest[n] else { return [] }
            let values = ["gun": String(f.gunArrests[n]), "violent": String(f.violentArrests[n]), "all": String(f.arrests[n]),
                          "date": language.date(latest)]
            let key: MessageKey = f.gunArrests[n] > 0 ? .reasonGunArrests : f.violentArrests[n] > 0 ? .reasonViolentArrests : .reasonArrests
            return [language.text(key, values)]
        case .priorRecord:
            return [language.text(.reasonPriorRecord, ["arrests": String(f.priorArrests[n]), "convictions": String(f.priorConvictions[n]),
                                                       "prison": String(f.priorIncarcerations[n])])]
        case .trend:
            return f.trend[n] > 0 ? [language.text(.reasonTrend, ["n": String(f.trend[n])])] : []
        case .age:
            return f.age[n].map { [language.text(.reasonAge, ["age": String($0)])] } ?? []
        case .victimTies:
            return [.coArrestVictims, .groupOnlyVictims, .twoStepVictims].flatMap { sentences($0, node: n, explanation: explanation) }
        case .coArrestVictims:
            let count = Int(p.victimsCoArrest1Step[n])
            guard count > 0 else { return [] }
            var values = ["n": String(count), "last": last]
            if let path = explanation.nearestVictim, path.hops == 1, let step = path.steps.first, !step.arrests.isEmpty {
                values["k"] = String(step.arrests.count)
                return [language.text(.reasonCoArrestVictimsNearest, values)]
            }
            return [language.text(.reasonCoArrestVictims, values)]
        case .groupOnlyVictims:
            let count = Int(p.victimsGroup1Step[n])
            guard count > 0 else { return [] }
            var groups = groupsOf(n)
            if let path = explanation.nearestVictim, path.hops == 1, let step = path.steps.first, step.arrests.isEmpty, !step.groups.isEmpty {
                groups = step.groups
            }
            return [language.text(.reasonGroupOnlyVictims, ["n": String(count), "last": last, "groups": language.list(groups)])]
        case .twoStepVictims:
            let count = Int(p.victims2Step[n])
            guard count > 0 else { return [] }
            guard let path = explanation.nearestVictim, path.hops == 2 else {
                return [language.text(.reasonTwoStepVictimsPlain, ["n": String(count), "last": last])]
            }
            let ties = path.steps.map { language.text($0.arrests.isEmpty ? .tieGroup : .tieArrest) }.joined(separator: language.text(.then))
            return [language.text(.reasonTwoStepVictims, ["n": String(count), "last": last, "path": ties])]
        case .groupViolence:
            let count = Int(p.groupViolence[n]), groups = groupsOf(n)
            guard count > 0, !groups.isEmpty else { return [] }
            return [language.text(.reasonGroupViolence, ["groups": language.list(groups), "n": String(count), "last": last])]
        case .shooters:
            let count = ranking.shooterExposure.within2[n]
            return count > 0 ? [language.text(.reasonShooters, ["n": String(count), "last": last])] : []
        case .degree:
            let degree = ranking.measures.degree[n]
            let key: MessageKey = ranking.groups == nil ? .reasonDegreeArrests : .reasonDegree
            return share(.degree, Double(degree)).map { [language.text(key, ["n": String(degree), "share": $0])] } ?? []
        case .strength:
            let key: MessageKey = ranking.groups == nil ? .reasonStrengthArrests : .reasonStrength
            return share(.strength, ranking.measures.strength[n]).map { [language.text(key, ["share": $0])] } ?? []
        case .betweenness:
            guard let b = ranking.measures.betweenness else { return [] }
            return share(.betweenness, b[n]).map { [language.text(.reasonBetweenness, ["share": $0])] } ?? []
        case .connected:
            return share(.connected, ranking.measures.eigenvector[n]).map { [language.text(.reasonConnected, ["share": $0])] } ?? []
        case .coreness:
            return share(.coreness, Double(ranking.measures.coreness[n])).map { [language.text(.reasonCoreness, ["share": $0])] } ?? []
        }
    }

    /// "top 4%": the share of people scored at or above `value` on the measure (people tied with
    /// the person count: three tied at the top of six are the top 50%, not 17%); `nil` for a value
    /// of 0 or outside the top ``positionShare``.
    /// - Complexity: O(log n).
    private func share(_ topic: ReasonTopic, _ value: Double) -> String? {
        guard value > 0 else { return nil }
        let sorted = descending[topic] ?? []
        var low = 0, high = sorted.count   // first index whose value is below `value`
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] >= value { low = mid + 1 } else { high = mid }
        }
        let fraction = Double(max(low, 1)) / Double(max(sorted.count, 1))
        guard fraction <= ReasonWriter.positionShare else { return nil }
        return language.text(.topShare, ["p": ReasonWriter.percent(100 * fraction)])
    }

    /// A percentage with the digits a listener can use: one decimal under 10 (0.3, 4.2), whole above.
    static func percent(_ x: Double) -> String {
        let shown = x < 10 ? (x * 10).rounded() / 10 : x.rounded()
        return shown == shown.rounded() ? String(Int(shown)) : String(shown)
    }
}
