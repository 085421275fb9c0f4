import FocusNetGraph
/// Measures the stylized facts of ``SimulationSummary`` on what was written, and the
/// concentration measures they use.
extension RegionSimulation {
    /// The summary of this run. - Complexity: O(n log n) for n persons (sorting arrest counts).
    mutating func measure(files: RecordFiles, groupSizes: [Int]) -> SimulationSummary {
        var counts = [Int]()
        var tied = 0
        var largestRoot = -1, largestSize = 0
        for i in 0..<people.count where arrestCount[i] > 0 {
            counts.append(Int(arrestCount[i]))
            guard ties.degree[i] > 0 else { continue }
            tied += 1
            let root = ties.root(i)
            let size = ties.componentSize(root: root)
            if size > largestSize { largestSize = size; largestRoot = root }
        }
        counts.sort()
        var distinctVictims = 0, victimsTied = 0, victimsInLargest = 0
        for i in 0..<people.count where lastShotMonth[i] != Self.neverShot {
            distinctVictims += 1
            guard ties.degree[i] > 0 else { continue }
            victimsTied += 1
            if ties.root(i) == largestRoot { victimsInLargest += 1 }
        }
        let groups = groupSizes.filter { $0 > 0 }.sorted()
        let median = groups.isEmpty ? 0
            : groups.count % 2 == 1 ? Double(groups[groups.count / 2])
            : Double(groups[groups.count / 2 - 1] + groups[groups.count / 2]) / 2

        return SimulationSummary(
            scale: config.scale, seed: config.seed,
            firstDay: CivilDate.iso(firstDay), lastDay: CivilDate.iso(lastDay),
            personRows: files.persons.rowCount, arrestRows: files.arrests.rowCount, arrestEvents: arrestEvents,
            membershipRows: files.memberships.rowCount, victimizationRows: files.victimizations.rowCount,
            fatalVictimizations: fatalCount, shootingRows: files.shootings.rowCount,
            custodyRows: files.custody.rowCount, populationRows: files.population.rowCount,
            population: people.areaPopulation.reduce(0, +), groupsWithMembers: groups.count,
            largestGroupSize: groups.last ?? 0, medianGroupSize: median,
            arrestedPersons: counts.count,
            arrestGini: Self.gini(sortedCounts: counts),
            topDecileArrestShare: Self.topShare(sortedCounts: counts, fraction: 0.1),
            arrestAgeShare15to35: SimulationSummary.share(arrestRowsAged15to35, arrestRows),
            coArrestEventShare: SimulationSummary.share(coArrestEvents, arrestEvents),
            massArrestEvents: massArrestEvents,
            tiedArrestedShare: SimulationSummary.share(tied, counts.count),
            networkShareOfPopulation: SimulationSummary.share(tied, people.areaPopulation.reduce(0, +)),
            largestComponentShareOfArrested: SimulationSummary.share(largestSize, counts.count),
            victimsInNetworkShare: SimulationSummary.share(victimsTied, distinctVictims),
            victimsInLargestComponentShare: SimulationSummary.share(victimsInLargest, distinctVictims),
            victimsWithPriorShotCoOffenderShare: SimulationSummary.share(victimizationsWithPriorExposure, victimizationCount),
            fatalShare: SimulationSummary.share(fatalCount, victimizationCount),
            suspectIdentifiedShare: SimulationSummary.share(shootingCount, victimizationCount),
            exposedPersonMonths: exposedPersonMonths, exposedVictimizations: exposedVictimizations,
            unexposedPersonMonths: unexposedPersonMonths, unexposedVictimizations: unexposedVictimizations)
    }

    /// Gini coefficient of non-negative counts sorted ascending:
    /// `G = 2·Σᵢ i·xᵢ / (n·Σ x) − (n + 1)/n` with i = 1…n (0 for an empty or all-zero list).
    /// Equal counts give 0; one non-zero count among n gives `(n − 1)/n`.
    /// - Complexity: O(n).
    static func gini(sortedCounts x: [Int]) -> Double {
        let total = x.reduce(0, +)
        guard !x.isEmpty, total > 0 else { return 0 }
        var weighted = 0.0
        for (i, value) in x.enumerated() { weighted += Double(i + 1) * Double(value) }
        let n = Double(x.count)
        return 2 * weighted / (n * Double(total)) - (n + 1) / n
    }

    /// Share of the total held by the largest `⌈fraction·n⌉` counts (sorted ascending).
    /// - Complexity: O(n).
    static func topShare(sortedCounts x: [Int], fraction: Double) -> Double {
        let total = x.reduce(0, +)
        guard total > 0 else { return 0 }
        let k = Int((fraction * Double(x.count)).rounded(.up))
        return Double(x.suffix(k).reduce(0, +)) / Double(total)
    }
}
