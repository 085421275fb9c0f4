import FocusNetGraph
import FocusNetScoring
import Foundation

/// The reference benchmark job (``BenchJob``) run on FocusNet's records and kernels:
/// records → co-offending projection + group layer (``ProjectionKernel``,
/// ``CombinedNetwork``, renumbered by ``CombinedNetwork/breadthFirstOrder()``) →
/// degree, strength, PageRank, eigenvector (largest component), coreness, betweenness → exposure
/// → violent/gun arrests → percentile-rank score.
///
/// Nodes are the persons with an arrest or a membership seen before D, in person-id order;
/// every per-node array has shape `[n]` in that order. Nothing dated on or after D is read.
public struct BenchRanking: Sendable {
    /// The conventions the job ran with.
    public let job: BenchJob
    /// Person index (into ``RecordSet/personIDs``) of each node, increasing.
    public let persons: [Int32]
    /// m: ties of the combined (simple) network.
    public let tieCount: Int
    /// Distinct neighbours (count).
    public let degree: [Int]
    /// Sum of tie strengths: shared arrests plus 1/(n_g − 1) per shared group.
    public let strength: [Double]
    /// PageRank, tie weights as strengths, d = 0.85; sums to 1.
    public let pageRank: [Double]
    /// Eigenvector centrality of the largest component, max 1; 0 elsewhere.
    public let eigenvector: [Double]
    /// k-core number (units: ties).
    public let coreness: [Int]
    /// Hop-count betweenness, exact or scaled from sampled sources (units: pairs; see ``betweennessMode``).
    public let betweenness: [Double]
    /// Victims within one hop (weight 1) and two hops (0.5).
    public let exposure: [Double]
    /// Distinct violent or gun arrests before D (count).
    public let violentGunArrests: [Int]
    /// Nodes of the ranking population (no fatal shooting before D), increasing.
    public let ranked: [Int]
    /// Percentile ranks over ``ranked``, shape `[ranked.count]` each, and the score.
    public let percentiles: [String: [Double]]
    /// Mean of the five percentile ranks, shape `[ranked.count]`, in (0, 1].
    public let score: [Double]
    /// Positions into ``ranked``, highest score first, ties by person id.
    public let order: [Int]
    /// Size of the largest component, sources used for betweenness ("exact" when all),
    /// eigenvector matrix–vector products, and victims counted for exposure.
    public let largestComponent: Int
    /// How betweenness was computed: `exact`, or the sampling used.
    public let betweennessMode: String
    /// Matrix–vector products the eigenvector kernel took.
    public let eigenvectorProducts: Int
    /// Distinct victims counted for exposure.
    public let recentVictims: Int
    /// Size of the group-compressed network: co-offending ties stored, group memberships (of groups
    /// of two or more), and node pairs joined by more than one route (each listed from both ends).
    public let storedTies: (coOffending: Int, memberships: Int, overlapEntries: Int)

    /// Runs the job. `stage` is called after each stage with its name (for timing lines).
    /// - Complexity: with group cliques kept implicit (``CombinedNetwork``): O(r + P + m_co +
    ///   Σ_g n_g) to build for r rows, P persons, m_co co-offending ties and n_g members per group;
    ///   O(n + m_co + Σ_g n_g) per PageRank/eigenvector product; O(s (n + m_co + Σ_g n_g)) for s
    ///   betweenness sources (all n when exact); O(N log N) to score N ranked persons. Memory
    ///   O(n + m_co + Σ_g n_g), never O(Σ_g n_g²).
    public init(records: RecordSet, job: BenchJob, stage: (String) -> Void = { _ in }) {
        self.job = job
        let asOf = job.asOf

        // Filter + network: co-offending counts (mass events kept) and group ties 1/(n_g − 1),
        // projected straight into CSR (ProjectionKernel; the same network as SocialNetwork's
        // combined graph with window (−∞, D), ProjectionOptions.counts and no group expiry),
        // with group cliques kept implicit (CombinedNetwork).
        let arrests = records.arrests
        let projection = Self.projection(records, asOf: asOf)
        let nodeOfPerson = projection.nodeOfPerson
        persons = projection.persons
        let n = persons.count
        // Kernels run on the network renumbered in breadth-first order (LocalityOrder); results
        // come back to node (= person-id) order through `position`. Components stay in order of their
        // smallest original node, so "largest, ties to the smallest person id" is unchanged.
        let compressed = CombinedNetwork(projection)   // group cliques kept implicit
        let locality = compressed.breadthFirstOrder()
        var position = [Int](repeating: 0, count: n)
        for (k, v) in locality.enumerated() { position[Int(v)] = k }
        func back<T>(_ values: [T]) -> [T] { (0..<n).map { values[position[$0]] } }
        let graph = compressed.relabeled(order: locality)
        tieCount = graph.tieCount
        storedTies = (graph.coOffending.tieCount, graph.groupNodes.count, graph.overlapNodes.count)
        stage("build_graph")

        degree = back(graph.degree)
        let strength = back(graph.strength)
        self.strength = strength
        stage("degree")
        let pageRank = back(PageRankKernel.compute(operator: graph, damping: 0.85))
        self.pageRank = pageRank
        stage("pagerank")
        let largest = ComponentsKernel.largest(graph)
        largestComponent = largest.count
        let eigen = EigenvectorKernel.compute(operator: graph, component: largest)
        eigenvector = back(eigen.values)
        eigenvectorProducts = eigen.products
        stage("eigenvector")
        coreness = back(CorenessKernel.compute(graph))
        stage("coreness")
        let betweenness: [Double]
        if n <= job.exactBetweennessMax {
            betweenness = back(GroupBrandesKernel.betweenness(graph))
            betweennessMode = "exact"
        } else {
            let k = min(job.betweennessSamples, n)
            switch job.sampling {
            case .numpy where NumPySourceSample.isReproducible(count: k, from: n):
                let scale = Double(n) / Double(k)
                let sources = NumPySourceSample.draw(count: k, from: n, seed: job.seed).map { position[$0] }
                betweenness = back(GroupBrandesKernel.betweenness(graph, sources: sources)).map { $0 * scale }
                betweennessMode = "sampled_sources_k=\(k) (numpy-compatible, seed \(job.seed))"
            case .numpy, .component:
                let result = ComponentSampledBetweenness.compute(graph, samples: job.betweennessSamples, seed: job.seed)
                betweenness = back(result.values)
                betweennessMode = "component: exact on \(result.exactNodes) nodes outside the largest component, "
                    + "\(result.sampledSources) sources sampled in it (\(result.largestComponentSize) nodes), seed \(job.seed)"
            }
        }
        self.betweenness = betweenness
        stage("betweenness")

        // Exposure: distinct victims that are nodes, shot in [D − 18 months, D).
        let start = job.exposureWindow.before(asOf)
        let v = records.victimizations
        var isRecentVictim = [Bool](repeating: false, count: n)
        var isDead = [Bool](repeating: false, count: n)
        for row in 0..<v.rowCount where v.day[row] < asOf {
            let node = Int(nodeOfPerson[Int(v.person[row])])
            guard node >= 0 else { continue }
            if v.day[row] >= start { isRecentVictim[node] = true }
            if v.type[row] == .shotFatal { isDead[node] = true }
        }
        let victims = (0..<n).filter { isRecentVictim[$0] }
        recentVictims = victims.count
        let exposure = back(ExposureKernel.compute(graph, victims: victims.map { position[$0] }))
        self.exposure = exposure
        stage("exposure")

        // Distinct arrests before D that are violent or involve a gun, per node.
        let a = arrests
        var keys = [UInt64]()
        for row in 0..<a.rowCount where a.day[row] < asOf && (a.category[row] == .violent || a.gunInvolved[row] == true) {
            keys.append(UInt64(UInt32(a.person[row])) << 32 | UInt64(UInt32(a.arrest[row])))
        }
        keys.sort()
        var counts = [Int](repeating: 0, count: n)
        var last = UInt64.max
        for key in keys where key != last {
            last = key
            let node = Int(nodeOfPerson[Int(key >> 32)])
            if node >= 0 { counts[node] += 1 }
        }
        violentGunArrests = counts

        // Score over the ranking population.
        let ranked = (0..<n).filter { !isDead[$0] }
        self.ranked = ranked
        // The five percentile ranks are independent: one task each (each is sorted on its own).
        let names = ["pct_strength", "pct_pagerank", "pct_betweenness", "pct_exposure", "pct_violent_gun"]
        var ranks = [[Double]](repeating: [], count: names.count)
        ranks.withUnsafeMutableBufferPointer { ranks in
            DeterministicParallel.forEach(chunks: names.count) { c in
                let values: [Double] = switch c {
                case 0: ranked.map { BenchJob.significant(strength[$0]) }
                case 1: ranked.map { BenchJob.significant(pageRank[$0]) }
                case 2: ranked.map { BenchJob.significant(betweenness[$0]) }
                case 3: ranked.map { BenchJob.significant(exposure[$0]) }
                default: ranked.map { Double(counts[$0]) }
                }
                ranks[c] = BenchJob.percentileRanks(values)
            }
        }
        let percentiles = Dictionary(uniqueKeysWithValues: zip(names, ranks))
        self.percentiles = percentiles
        let s = percentiles["pct_strength"]!, p = percentiles["pct_pagerank"]!, b = percentiles["pct_betweenness"]!
        let e = percentiles["pct_exposure"]!, g = percentiles["pct_violent_gun"]!
        let score = ranked.indices.map { (s[$0] + p[$0] + b[$0] + e[$0] + g[$0]) / 5.0 }
        self.score = score
        order = ranked.indices.sorted { score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1) }
        stage("score")
    }

    /// The job's network before compression: arrests dated before `asOf` (mass events kept) and
    /// memberships first seen before it (blank `first_seen` not read), projected with group
    /// cliques left implicit (`groupTies: false`).
    /// - Complexity: O(r + P + m_co + Σ_g n_g) for r arrest rows and P persons.
    package static func projection(_ records: RecordSet, asOf: CalendarDay) -> ProjectionKernel.Result {
        let arrests = records.arrests
        var rowPerson = [Int32](), rowArrest = [Int32]()
        rowPerson.reserveCapacity(arrests.rowCount); rowArrest.reserveCapacity(arrests.rowCount)
        for row in 0..<arrests.rowCount where arrests.day[row] < asOf {
            rowPerson.append(arrests.person[row]); rowArrest.append(arrests.arrest[row])
        }
        let m = records.memberships
        var groupMembers = [[Int32]](repeating: [], count: m.groupIDs.count)
        for row in 0..<m.rowCount {
            guard let first = m.firstSeen[row], first < asOf else { continue }   // blank first_seen: not read
            groupMembers[Int(m.group[row])].append(m.person[row])
        }
        return ProjectionKernel.build(personCount: records.personIDs.count, rowPerson: rowPerson, rowArrest: rowArrest,
                                      arrestCount: arrests.arrestCount, groupMembers: groupMembers, groupTies: false)
    }

    /// Writes the reference job's CSV (header ``BenchJob/columns``), the first `top` rows (all
    /// when 0), owner-only (0600) like every FocusNet list; person ids through `pseudonymizer`
    /// when one is given (`--pseudonymize`), as in every other output.
    /// - Throws: what writing the file throws.
    public func writeCSV(to url: URL, personIDs: [String], top: Int, pseudonymizer: Pseudonymizer? = nil) throws {
        let count = top > 0 ? min(top, order.count) : order.count
        var text = BenchJob.columns.joined(separator: ",") + "\n"
        text.reserveCapacity(160 * (count + 1))
        let s = percentiles["pct_strength"]!, p = percentiles["pct_pagerank"]!, b = percentiles["pct_betweenness"]!
        let e = percentiles["pct_exposure"]!, g = percentiles["pct_violent_gun"]!
        for position in 0..<count {
            let i = order[position], v = ranked[i]
            let fields: [String] = [
                String(position + 1), csvField(pseudonymizer?.pseudonym(personIDs[Int(persons[v])]) ?? personIDs[Int(persons[v])]),
                "\(score[i])", "\(strength[v])", "\(pageRank[v])",
                "\(betweenness[v])", "\(exposure[v])", String(violentGunArrests[v]), String(degree[v]), "\(eigenvector[v])",
                String(coreness[v]), "\(s[i])", "\(p[i])", "\(b[i])", "\(e[i])", "\(g[i])",
            ]
            text += fields.joined(separator: ",")
            text += "\n"
        }
        try OutputFile.write(text, to: url)   // owner-only, atomic: it is a list of people
    }
}

/// RFC 4180 quoting for an identifier that holds a comma, quote or line break.
private func csvField(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
