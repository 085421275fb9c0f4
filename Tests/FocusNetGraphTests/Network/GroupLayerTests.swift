import Testing
@testable import FocusNetGraph

@Suite struct GroupLayerTests {
    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    /// Group 0: persons 0, 1, 2 (seen 2020); group 1: persons 2, 3 (3 seen 2015 only);
    /// group 0 also lists person 4, first seen after the as-of date.
    static func layer(expiry: CalendarPeriod? = nil) -> GroupLayer {
        GroupLayer(person: [0, 1, 2, 2, 3, 4], group: [0, 0, 0, 1, 1, 0],
                   firstSeen: [day(2020, 1, 1), day(2020, 1, 1), day(2020, 1, 1), day(2019, 5, 1), day(2015, 1, 1), day(2021, 7, 1)],
                   lastSeen: [nil, day(2021, 1, 1), nil, day(2021, 3, 1), nil, nil],
                   personCount: 5, groupCount: 2, asOf: asOf, expiry: expiry)
    }

    @Test("members first seen after the as-of date are not read")
    func lookAhead() {
        #expect(Self.layer().members == [[0, 1, 2], [2, 3]])
    }

    @Test("a label not renewed within the horizon expires")
    func expiry() {
        // 3-year horizon: person 3 last seen 2015 expires; person 0 seen 2020 stays.
        #expect(Self.layer(expiry: CalendarPeriod("3y")).members == [[0, 1, 2], [2]])
    }

    @Test("co-membership ties weigh 1/(n−1) per shared group (Newman 2001)")
    func ties() {
        let layer = Self.layer()
        // Group 0 (3 members): 0–1, 0–2, 1–2 at 1/2; group 1 (2 members): 2–3 at 1; 0–3 share none.
        #expect(layer.tieWeight(0, 1) == 0.5 && layer.tieWeight(0, 2) == 0.5 && layer.tieWeight(1, 2) == 0.5)
        #expect(layer.tieWeight(2, 3) == 1 && layer.tieWeight(3, 2) == 1)
        #expect(layer.tieWeight(0, 3) == 0 && layer.tieWeight(4, 0) == 0)
    }

    @Test("combined network: union of nodes, layer weights applied, co-offending layer kept apart")
    func combined() throws {
        // Arrest A {0, 1} only; person 3 has no arrest but an active membership.
        var arrests = ArrestTable()
        arrests.person = [0, 1]; arrests.arrest = [0, 0]; arrests.day = [Self.day(2021, 1, 1), Self.day(2021, 1, 1)]
        arrests.category = [nil, nil]; arrests.gunInvolved = [nil, nil]; arrests.arrestIDs = ["A"]
        let co = CoOffendingNetwork(arrests: arrests, personCount: 5, window: ObservationWindow(asOf: Self.asOf))
        let net = SocialNetwork(coOffending: co, groups: Self.layer(), personCount: 5, layerWeights: (1, 2))
        #expect(net.persons == [0, 1, 2, 3])
        #expect(net.coOffending.tieCount == 1 && net.coOffending.weights == [1])
        // 0–1: 1 × 1 + 2 × 0.5 = 2; 0–2 and 1–2: 2 × 0.5 = 1; 2–3: 2 × 1 = 2 (halves and
        // wholes: exact in binary, so == is the right test).
        let tied = net.combined.materialized()
        #expect(tied.sources == [0, 0, 1, 2] && tied.targets == [1, 2, 2, 3] && tied.weights == [2, 1, 1, 2])
        // Stored as member lists, not pairs: 0–1 is joined by the arrest and group 0.
        #expect(net.combined.groupNodes == [0, 1, 2, 2, 3] && net.combined.groupWeight == [1, 2])
        #expect(net.combined.degree == [2, 2, 3, 1] && net.combined.strength == [3, 3, 4, 2])
        #expect(net.combined.tieCount == 4 && net.combined.groupTieCount == 4)
        #expect(net.combined.neighbors(of: 2) == [0, 1, 3] && net.combined.tieWeight(0, 1) == 2)
    }

    @Test("group–group ties count arrests joining members of two groups")
    func groupGroup() {
        var arrests = ArrestTable()
        // A0: persons 0 (g0) and 3 (g1); A1: persons 1 (g0) and 3 (g1); A2: person 2 (g0 and g1) alone.
        arrests.person = [0, 3, 1, 3, 2]; arrests.arrest = [0, 0, 1, 1, 2]
        arrests.day = Array(repeating: Self.day(2021, 1, 1), count: 5)
        arrests.category = Array(repeating: nil, count: 5); arrests.gunInvolved = Array(repeating: nil, count: 5)
        arrests.arrestIDs = ["A0", "A1", "A2"]
        let net = GroupGroupNetwork(groups: Self.layer(), arrests: arrests, window: ObservationWindow(asOf: Self.asOf))
        #expect(net.graph.tieCount == 1 && net.graph.weights == [3])
    }
}
