import FocusNetEvaluation
extension HTMLReport {
    /// Co-offenders drawn around one person at most; the rest are counted in the caption.
    static let egoAlterLimit = 20

    /// Legend of the network pictures, as a small SVG strip.
    var networkLegend: String {
        """
        <svg class="legend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 970 30" role="img" aria-label="\(xmlEscaped(text.legend))">\
        <circle class="listed" cx="12" cy="15" r="9"/><text class="nlabel" x="12" y="18.5" font-size="9">7</text>\
        <text class="ltext" x="26" y="19">\(xmlEscaped(text.legendListed))</text>\
        <circle class="other" cx="168" cy="15" r="5.5"/><text class="ltext" x="178" y="19">\(xmlEscaped(text.legendNotListed))</text>\
        <circle class="excluded" cx="262" cy="15" r="5.5"/><text class="ltext" x="272" y="19">\(xmlEscaped(text.legendNotEligible))</text>\
        <circle class="other victim" cx="478" cy="15" r="5.5"/><text class="ltext" x="490" y="19">\(xmlEscaped(text.legendShot))</text>\
        <circle class="juvenile" cx="618" cy="15" r="3.6"/><text class="ltext" x="627" y="19">\(xmlEscaped(text.legendUnder18))</text>\
        <rect class="group" x="694" y="7" width="16" height="16" rx="3"/><text class="ltext" x="716" y="19">\(xmlEscaped(text.legendGroup))</text>\
        <line class="co" x1="762" y1="15" x2="790" y2="15" stroke-width="2.8"/><text class="ltext" x="795" y="19">\(xmlEscaped(text.legendSharedArrests))</text>\
        <line class="member" x1="888" y1="15" x2="910" y2="15"/><text class="ltext" x="914" y="19">\(xmlEscaped(text.legendMember))</text></svg>
        """
    }

    func personNode(_ id: String, rank: RankFolder, listRank: [String: Int], focus: Bool) -> NetworkPicture.Node {
        let person = rank.persons[id]
        let listed = listRank[id]
        let eligibility = rank.list.first { $0.id == id }?.eligibility ?? person?.eligibility ?? ""
        let role: NetworkPicture.Role = focus ? .focus : listed != nil ? .listed : eligibility.hasPrefix("excluded") ? .excluded : .other
        var title = id
        if let listed { title += text.nodeListed(listed) } else if let person { title += text.nodeRank(person.rank) }
        if let person { title += text.nodeScore(fixed(person.score)) }
        if !eligibility.isEmpty, eligibility != "eligible" { title += ", \(eligibility)" }
        if (person?.priorVictimizations ?? 0) > 0 { title += text.nodeShot }
        return NetworkPicture.Node(id: id, isGroup: false, role: role, label: listed.map(String.init), victim: (person?.priorVictimizations ?? 0) > 0,
                                   juvenile: eligibility.contains("under"), title: title)
    }

    func groupNode(_ group: String, rank: RankFolder) -> NetworkPicture.Node {
        let size = rank.groupSizes[group]
        return NetworkPicture.Node(id: "group " + group, isGroup: true, role: .other, label: group, victim: false, juvenile: false,
                                   title: text.groupNode(group, size))
    }

    /// Co-offending neighbours by person, each list by shared arrests (most first) then id.
    func neighbours(_ rank: RankFolder) -> [String: [(id: String, weight: Double)]] {
        var result: [String: [(id: String, weight: Double)]] = [:]
        for t in rank.ties {
            result[t.a, default: []].append((t.b, t.weight))
            result[t.b, default: []].append((t.a, t.weight))
        }
        return result.mapValues { $0.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id } }
    }

    func overviewSection(_ rank: RankFolder) -> String {
        var html = "<section id=\"network\">\n<h2>\(xmlEscaped(text.networkHeading))</h2>\n"
        let listRank = Dictionary(rank.list.map { ($0.id, $0.rank) }, uniquingKeysWith: min)
        let near = neighbours(rank)
        // Connectors: people not listed who share arrests with two or more listed people, through
        // ties of weight ≥ 0.5 (a mass event's ties count 1/(k − 1) and would flood the picture).
        var touching: [String: Int] = [:]
        for l in rank.list { for (w, weight) in near[l.id] ?? [] where listRank[w] == nil && weight >= 0.5 { touching[w, default: 0] += 1 } }
        let connectors = touching.filter { $0.value >= 2 }.keys.sorted()
        let people = rank.list.map(\.id) + connectors
        let groups = Array(Set(rank.list.flatMap { rank.memberships[$0.id] ?? $0.groups })).sorted()
        var index: [String: Int] = [:]
        var nodes: [NetworkPicture.Node] = []
        for id in people where index[id] == nil { index[id] = nodes.count; nodes.append(personNode(id, rank: rank, listRank: listRank, focus: false)) }
        for g in groups { index["group " + g] = nodes.count; nodes.append(groupNode(g, rank: rank)) }
        var edges: [NetworkPicture.Edge] = []
        for t in rank.ties { if let a = index[t.a], let b = index[t.b] { edges.append(.init(a: a, b: b, weight: t.weight, membership: false)) } }
        for id in people {
            for g in rank.memberships[id] ?? [] { if let a = index[id], let b = index["group " + g] { edges.append(.init(a: a, b: b, weight: 1, membership: true)) } }
        }
        let isolated = rank.list.filter { l in !edges.contains { nodes[$0.a].id == l.id || nodes[$0.b].id == l.id } }.count
        html += "<p class=\"caption\">\(xmlEscaped(text.overviewCaption(rank.list.count, groups.count, connectors.count, isolated)))</p>\n"
        html += networkLegend + "\n"
        html += "<figure class=\"overview\">" + NetworkPicture(nodes: nodes, edges: edges).svg(
            width: 1000, description: text.overviewDescription(rank.list.count), seed: options.seed) + "</figure>\n"
        return html + "</section>\n"
    }

    func egoSection(_ rank: RankFolder) -> String {
        let listRank = Dictionary(rank.list.map { ($0.id, $0.rank) }, uniquingKeysWith: min)
        let near = neighbours(rank)
        let shown = rank.list.prefix(max(0, options.pictures))
        var html = "<section id=\"people\">\n<h2>\(xmlEscaped(text.peopleHeading))</h2>\n"
        html += "<p class=\"caption\">\(xmlEscaped(text.egoSectionCaption(Self.egoAlterLimit)))</p>\n"
        if !rank.ties.isEmpty || rank.list.isEmpty {
            html += networkLegend + "\n"
        } else {
            html += "<p class=\"caption\">\(xmlEscaped(text.noEdgesFile))</p>\n"
        }
        html += "<div class=\"ego-grid\">\n"
        for l in shown {
            let alters = near[l.id] ?? []
            let drawn = Array(alters.prefix(Self.egoAlterLimit))
            let groups = rank.memberships[l.id] ?? l.groups
            var index: [String: Int] = [l.id: 0]
            var nodes = [personNode(l.id, rank: rank, listRank: listRank, focus: true)]
            for (id, _) in drawn where index[id] == nil { index[id] = nodes.count; nodes.append(personNode(id, rank: rank, listRank: listRank, focus: false)) }
            for g in groups { index["group " + g] = nodes.count; nodes.append(groupNode(g, rank: rank)) }
            var edges: [NetworkPicture.Edge] = []
            let drawnIDs = Set(drawn.map(\.id) + [l.id])
            for t in rank.ties where drawnIDs.contains(t.a) && drawnIDs.contains(t.b) {
                edges.append(.init(a: index[t.a]!, b: index[t.b]!, weight: t.weight, membership: false))
            }
            for id in drawnIDs.sorted() {
                for g in rank.memberships[id] ?? [] where groups.contains(g) {
                    edges.append(.init(a: index[id]!, b: index["group " + g]!, weight: 1, membership: true))
                }
            }
            let listedAlters = alters.filter { listRank[$0.id] != nil }.count
            let victims = alters.filter { (rank.persons[$0.id]?.priorVictimizations ?? 0) > 0 }.count
            html += "<div class=\"ego\" data-person=\"\(xmlEscaped(l.id))\">\n<div class=\"ego-head\"><span class=\"rankno\">#\(l.rank)</span> <span class=\"id\">\(xmlEscaped(l.id))</span>"
                + " <span class=\"muted\">\(xmlEscaped(text.egoScore(fixed(l.score))))</span>"
                + (l.eligibility == "eligible" ? "" : " " + eligibilityBadge(l.eligibility)) + "</div>\n"
            html += NetworkPicture(nodes: nodes, edges: edges).svg(
                width: 340, height: 250, description: text.egoDescription(l.rank), seed: options.seed) + "\n"
            var facts: [String] = []
            facts.append(text.egoCoOffenders(alters.count, listedAlters, victims, drawn.count))
            if !groups.isEmpty { facts.append(text.egoGroups(groups.map { (group: $0, members: rank.groupSizes[$0]) })) }
            html += "<div class=\"ego-facts\">\(xmlEscaped(facts.joined(separator: "; ")))</div>\n"
            if let path = l.nearestVictim {
                html += "<div class=\"ego-path\">\(xmlEscaped(pathText(path)))</div>\n"
            }
            if !alters.isEmpty {
                let named = alters.prefix(8).map { a in
                    a.id + (listRank[a.id].map { " #\($0)" } ?? "") + " ×\(fixed(a.weight, 0))"
                }
                html += "<div class=\"ego-alters\">\(text.egoArrestedWith(xmlEscaped(named.joined(separator: ", ")), max(0, alters.count - 8)))</div>\n"
            }
            html += "</div>\n"
        }
        html += "</div>\n"
        if rank.list.count > shown.count {
            html += "<p class=\"caption\">\(xmlEscaped(text.egoNotDrawn(rank.list.count - shown.count, rank.list.count)))</p>\n"
        }
        return html + "</section>\n"
    }

    /// "1 step from a gunshot victim (shot 2023-08-09): arrested with them on 2023-02-01".
    func pathText(_ path: RankFolder.VictimPath) -> String {
        var sentence = text.pathHead(path.hops, path.victim, path.victimDate)
        let links = path.steps.map { s -> String in
            var how: [String] = []
            if !s.arrestDates.isEmpty { how.append(text.pathArrestedTogether(s.arrestDates.joined(separator: ", "))) }
            if !s.groups.isEmpty { how.append(text.pathBothIn(s.groups.joined(separator: " "))) }
            return "\(s.from) → \(s.to)" + (how.isEmpty ? "" : " (\(how.joined(separator: "; ")))")
        }
        if !links.isEmpty { sentence += ": " + links.joined(separator: "; ") }
        return sentence
    }
}
