import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetScoring

/// The CSR projection against FocusNet's own building blocks (CoOffendingNetwork + GroupLayer +
/// SocialNetwork + Adjacency) on a seeded record set, and the exposure kernel against
/// ``NetworkExposure``.
@Suite struct ProjectionKernelTests {
    /// Seeded arrests (1–3 persons, one in ten a mass event of 11–15) and group memberships
    /// (one group of a single member, one with repeated rows) over persons P000–P379, as files.
    static func records() throws -> RecordSet {
        var rng = SplitMix64(seed: 11)
        var arrests = "arrest_id,person_id,arrest_date\n", memberships = "person_id,group_id,first_seen\n"
        func id(_ p: Int) -> String { "P" + String(1000 + p).dropFirst() }
        for a in 0..<600 {
            let size = rng.below(10) == 0 ? 11 + rng.below(5) : 1 + rng.below(3)
            for _ in 0..<size { arrests += "A\(1000 + a),\(id(rng.below(380))),2020-01-01\n" }
        }
        for g in 0..<6 {
            for _ in 0..<(5 + rng.below(20)) { memberships += "\(id(rng.below(380))),G\(g),2020-01-01\n" }
        }
        memberships += "P005,G6,2020-01-01\nP001,G0,2020-01-01\nP001,G0,2020-01-01\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-projection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try arrests.write(to: dir.appendingPathComponent("arrests.csv"), atomically: true, encoding: .utf8)
        try memberships.write(to: dir.appendingPathComponent("memberships.csv"), atomically: true, encoding: .utf8)
        return try RecordSet.read(InputSources(directory: dir), dataEnd: CalendarDay(year: 2024, month: 1, day: 1))
    }

    @Test("same nodes, ties and weights as SocialNetwork's combined graph (weights within 1e-12)")
    func sameAsSocialNetwork() throws {
        let records = try Self.records()
        let a = records.arrests, m = records.memberships
        let personCount = records.personIDs.count
        var groups = [[Int32]](repeating: [], count: m.groupIDs.count)
        for row in 0..<m.rowCount { groups[Int(m.group[row])].append(m.person[row]) }
        let built = ProjectionKernel.build(personCount: personCount, rowPerson: a.person, rowArrest: a.arrest,
                                           arrestCount: a.arrestCount, groupMembers: groups)
        let asOf = CalendarDay(year: 2024, month: 1, day: 1)!
        // The reference job reads records dated before D: the window as of the day before.
        let dayBefore = asOf.adding(days: -1)
        let window = ObservationWindow(asOf: dayBefore)
        let co = CoOffendingNetwork(arrests: a, personCount: personCount, window: window, options: .counts)
        let layer = GroupLayer(person: m.person, group: m.group, firstSeen: m.firstSeen, lastSeen: m.lastSeen,
                               personCount: personCount, groupCount: m.groupIDs.count, asOf: dayBefore)
        let social = SocialNetwork(coOffending: co, groups: layer, personCount: personCount)
        let reference = Adjacency(social.combined.materialized())
        #expect(co.massEvents > 0)
        #expect(built.persons == social.persons)
        #expect(built.nodeOfPerson == social.nodeOfPerson)
        #expect(built.graph.offsets == reference.offsets)
        #expect(built.graph.neighbors == reference.neighbors)
        for e in reference.weights.indices { #expect(abs(built.graph.weights[e] - reference.weights[e]) < 1e-12) }
        #expect(built.coOffendingTies > 0 && built.coOffendingTies <= social.coOffending.tieCount)
    }

    @Test("exposure kernel equals NetworkExposure (decay 1, 0.5; no recency)")
    func exposure() {
        let graph = KernelGraphs.medium()
        let victims = Array(stride(from: 3, to: graph.nodeCount, by: 37))
        let kernel = ExposureKernel.compute(KernelGraphs.csr(graph), victims: victims)
        let reference = NetworkExposure(adjacency: Adjacency(graph), events: victims.map { ($0, 0) }).exposure
        #expect(kernel == reference)
    }
}


/// The group-compressed network (cliques implicit) against the same network with every group tie
/// stored, on the seeded record set above: pairs joined by an arrest and a group, or by two
/// groups, are where a naive clique expansion would count a tie twice.
@Suite struct CombinedNetworkTests {
    static func both() throws -> (compressed: CombinedNetwork, expanded: CSRGraph) {
        let records = try ProjectionKernelTests.records()
        let a = records.arrests, m = records.memberships
        var groups = [[Int32]](repeating: [], count: m.groupIDs.count)
        for row in 0..<m.rowCount { groups[Int(m.group[row])].append(m.person[row]) }
        func build(_ groupTies: Bool) -> ProjectionKernel.Result {
            ProjectionKernel.build(personCount: records.personIDs.count, rowPerson: a.person, rowArrest: a.arrest,
                                   arrestCount: a.arrestCount, groupMembers: groups, groupTies: groupTies)
        }
        return (CombinedNetwork(build(false)), build(true).graph)
    }

    @Test("degree, strength, overlaps: the expanded graph's (strength within 1e-12)")
    func counts() throws {
        let (compressed, expanded) = try Self.both()
        #expect(compressed.overlapNodes.count > 0)
        #expect(compressed.degree == expanded.degrees())
        for (x, y) in zip(compressed.strength, expanded.strengths()) { #expect(abs(x - y) < 1e-12) }
        #expect(compressed.tieCount == expanded.tieCount)
    }

    @Test("exact betweenness, PageRank, eigenvector, coreness, components, exposure equal the CSR kernels")
    func kernels() throws {
        let (compressed, expanded) = try Self.both()
        let exact = BrandesKernel.betweenness(expanded)
        for (x, y) in zip(GroupBrandesKernel.betweenness(compressed), exact) { #expect(abs(x - y) <= 1e-9 * max(1, y)) }
        let sources = Array(stride(from: 0, to: expanded.nodeCount, by: 5))
        for (x, y) in zip(GroupBrandesKernel.betweenness(compressed, sources: sources, linearScaling: true),
                          BrandesKernel.betweenness(expanded, sources: sources, linearScaling: true)) {
            #expect(abs(x - y) <= 1e-9 * max(1, y))
        }
        for (x, y) in zip(PageRankKernel.compute(operator: compressed), PageRankKernel.compute(expanded)) { #expect(abs(x - y) < 1e-12) }
        let largest = ComponentsKernel.largest(expanded)
        #expect(ComponentsKernel.largest(compressed) == largest)
        #expect(ComponentsKernel.labels(compressed) == ComponentsKernel.labels(expanded))
        let e1 = EigenvectorKernel.compute(operator: compressed, component: largest).values
        let e2 = EigenvectorKernel.compute(expanded, component: largest).values
        for (x, y) in zip(e1, e2) { #expect(abs(x - y) < 1e-9) }
        #expect(CorenessKernel.compute(compressed) == CorenessKernel.compute(expanded))
        let victims = Array(stride(from: 1, to: compressed.nodeCount, by: 13))
        #expect(ExposureKernel.compute(compressed, victims: victims) == ExposureKernel.compute(expanded, victims: victims))
    }

    @Test("breadth-first renumbering changes no value")
    func renumbering() throws {
        let records = try ProjectionKernelTests.records()
        let a = records.arrests, m = records.memberships
        var groups = [[Int32]](repeating: [], count: m.groupIDs.count)
        for row in 0..<m.rowCount { groups[Int(m.group[row])].append(m.person[row]) }
        let projection = ProjectionKernel.build(personCount: records.personIDs.count, rowPerson: a.person, rowArrest: a.arrest,
                                                arrestCount: a.arrestCount, groupMembers: groups, groupTies: false)
        let plain = CombinedNetwork(projection)
        let order = plain.breadthFirstOrder()
        #expect(Set(order).count == order.count && order.count == projection.graph.nodeCount)
        let renumbered = plain.relabeled(order: order)
        let b1 = GroupBrandesKernel.betweenness(plain), b2 = GroupBrandesKernel.betweenness(renumbered)
        for (k, v) in order.enumerated() { #expect(abs(b2[k] - b1[Int(v)]) <= 1e-9 * max(1, b1[Int(v)])) }
        // The moved overlap lists equal those searched again on the renumbered network.
        let searched = CombinedNetwork(coOffending: renumbered.coOffending, groupStart: renumbered.groupStart,
                                       groupNodes: renumbered.groupNodes, groupWeight: renumbered.groupWeight)
        #expect(searched.overlapStart == renumbered.overlapStart && searched.overlapNodes == renumbered.overlapNodes
                && searched.overlapExtra == renumbered.overlapExtra && searched.nodeGroups == renumbered.nodeGroups)
        #expect(searched.degree == renumbered.degree && searched.groupTieCount == renumbered.groupTieCount)
        #expect(!plain.overlapNodes.isEmpty)
        #expect(order.enumerated().allSatisfy { renumbered.degree[$0.offset] == plain.degree[Int($0.element)] })
    }
}
