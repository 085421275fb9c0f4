import Foundation

/// The report's interactive layer: the data the page's script reads (inline JSON), the search
/// and filter controls, the person card, and the Content-Security-Policy that keeps the page
/// from loading anything.
///
/// Without JavaScript the static tables and pictures are the whole report; the controls are
/// `hidden` until the script shows them. Every string from the data is untrusted: the JSON is
/// escaped for a `<script>` element (``scriptSafeJSON(_:)``) and the script writes it with
/// `textContent` only, never as markup.
extension HTMLReport {
    /// The page's Content-Security-Policy: nothing may be fetched, connected to or framed; only
    /// the page's own inline script and style run, and pictures only from `data:` URLs.
    static let contentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"

    /// What the script knows about one person: listed people and everyone one shared arrest
    /// from them (their one-step neighbourhood), never the whole network.
    struct PagePerson: Encodable, Equatable {
        let id: String
        /// Position on the list; `nil` for a neighbour not listed.
        let listRank: Int?
        /// Position among everyone scored; `nil` when `scores.csv` is missing.
        let rank: Int?
        /// Numbers as the tables show them.
        let score: String
        let points: String?
        let network: String?
        /// As the files write it (the filter's value).
        let eligibility: String
        /// ``eligibility`` in the report's language, for the card.
        let eligibilityText: String
        /// In the report's language; `nil` for a neighbour not listed or a folder without bands.
        let riskBand: String?
        let area: String?
        let groups: [String]
        let reasons: String?
        let victimPath: String?
        let shot: Bool
        /// Listed people only; never with arrest ids (``RankFolder`` drops them).
        let timeline: [PersonTimeline.Event]?
    }

    struct PageData: Encodable {
        let asOf: String
        let people: [PagePerson]
        /// Co-offending ties as `[a, b, shared arrests]` with indices into `people`.
        let ties: [[Double]]
        let text: [String: String]
    }

    /// The page's data: the listed people, their co-offenders, and the ties among them.
    /// - Complexity: O(list + neighbours + ties kept by ``RankFolder``).
    func pageData(_ rank: RankFolder) -> PageData {
        var people: [PagePerson] = []
        var index: [String: Int] = [:]
        for l in rank.list where index[l.id] == nil {
            index[l.id] = people.count
            people.append(PagePerson(
                id: l.id, listRank: l.rank, rank: l.overallRank, score: fixed(l.score), points: fixed(l.points, 0), network: fixed(l.network),
                eligibility: l.eligibility, eligibilityText: eligibilityText(l.eligibility), riskBand: riskBand(l), area: l.area, groups: rank.memberships[l.id] ?? l.groups, reasons: l.reasons,
                victimPath: l.nearestVictim.map(pathText), shot: (rank.persons[l.id]?.priorVictimizations ?? 0) > 0,
                timeline: l.timeline))
        }
        for id in rank.persons.keys.sorted() where index[id] == nil {
            let p = rank.persons[id]!
            index[id] = people.count
            people.append(PagePerson(
                id: id, listRank: nil, rank: p.rank, score: fixed(p.score), points: nil, network: nil, eligibility: p.eligibility, eligibilityText: eligibilityText(p.eligibility), riskBand: nil, area: nil,
                groups: rank.memberships[id] ?? [], reasons: nil, victimPath: nil, shot: p.priorVictimizations > 0, timeline: nil))
        }
        let ties = rank.ties.compactMap { t -> [Double]? in
            guard let a = index[t.a], let b = index[t.b] else { return nil }
            return [Double(a), Double(b), t.weight]
        }
        return PageData(asOf: rank.parameters.asOf, people: people, ties: ties, text: text.scriptStrings)
    }

    /// `json` made safe inside an HTML `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`,
    /// `\u0026` (so no `</script>` or `<!--` can end or change the element), U+2028 and U+2029
    /// as escapes. JSON's syntax has none of these outside strings, so the result parses to the
    /// same value.
    static func scriptSafeJSON(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for c in json.unicodeScalars {
            if let escape = scriptEscapes[c] { out += escape } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    static let scriptEscapes: [Unicode.Scalar: String] = [
        "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u{2028}": "\\u2028", "\u{2029}": "\\u2029",
    ]

    /// The data element and the script, placed at the end of the body.
    func pageScript(_ rank: RankFolder) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, an integer, a Bool or a finite weight: encoding cannot fail.
        let json = (try? encoder.encode(pageData(rank))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "<script type=\"application/json\" id=\"focusnet-data\">\(Self.scriptSafeJSON(json))</script>\n"
            + "<script>\(ReportScript.source)</script>\n"
    }

    /// Search and filter controls above the list, hidden until the script runs.
    func listControls(_ rank: RankFolder) -> String {
        func options(_ values: [String], shown: (String) -> String = { $0 }) -> String {
            "<option value=\"\">\(xmlEscaped(text.all))</option>"
                + values.map { "<option value=\"\(xmlEscaped($0))\">\(xmlEscaped(shown($0)))</option>" }.joined()
        }
        let groups = Array(Set(rank.list.flatMap { rank.memberships[$0.id] ?? $0.groups })).sorted()
        let areas = Array(Set(rank.list.compactMap(\.area))).sorted()
        let eligibility = Array(Set(rank.list.map(\.eligibility))).sorted()
        var html = "<div id=\"controls\" class=\"controls\" hidden>\n"
        html += "<label>\(xmlEscaped(text.search)) <input id=\"f-search\" type=\"search\" autocomplete=\"off\" "
            + "placeholder=\"\(xmlEscaped(text.searchPlaceholder))\"></label>\n"
        if !groups.isEmpty { html += "<label>\(xmlEscaped(text.group)) <select id=\"f-group\">\(options(groups))</select></label>\n" }
        if !areas.isEmpty { html += "<label>\(xmlEscaped(text.area)) <select id=\"f-area\">\(options(areas))</select></label>\n" }
        html += "<label>\(xmlEscaped(text.eligibility)) <select id=\"f-eligibility\">\(options(eligibility, shown: eligibilityText))</select></label>\n"
        html += "<button type=\"button\" id=\"f-clear\">\(xmlEscaped(text.clearFilters))</button>\n"
        html += "<span id=\"f-shown\" class=\"muted\" aria-live=\"polite\"></span>\n"
        html += "<div id=\"f-other\"></div>\n"
        html += "<p class=\"caption\">\(xmlEscaped(text.clickHint))</p>\n</div>\n"
        html += "<noscript><p class=\"caption\">\(xmlEscaped(text.noScript))</p></noscript>\n"
        return html
    }

    /// The person card: an empty panel the script fills.
    var personCard: String {
        "<aside id=\"card\" class=\"person-card\" hidden aria-live=\"polite\"></aside>\n"
    }
}
