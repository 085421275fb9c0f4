import FocusNetGraph
import Testing
@testable import FocusNetSimulation

@Suite struct SyntheticPopulationTests {
    private func population(groups: Int = 200, rows: Int = 20_000) -> SyntheticPopulation {
        var config = SimulationConfig(scale: .tiny, seed: 5)
        config.groupCount = groups
        config.areaCount = 30
        config.targetArrestRows = rows
        var random = Xoshiro256StarStar(seed: 5)
        return SyntheticPopulation(config: config, random: &random)
    }

    @Test func lookupListsHoldExactlyTheirMembers() {
        let people = population()
        for g in 0..<people.groupCount {
            let listed = people.groupMembers[Int(people.groupMemberStart[g])..<Int(people.groupMemberStart[g + 1])]
            #expect(listed.allSatisfy { people.group[Int($0)] == Int32(g) })
        }
        #expect(people.groupMembers.count == (0..<people.poolCount).filter { people.group[$0] >= 0 }.count)
        #expect(people.areaMembers.count == people.poolCount)
        for a in 0..<people.areaCount {
            let listed = people.areaMembers[Int(people.areaMemberStart[a])..<Int(people.areaMemberStart[a + 1])]
            #expect(listed.allSatisfy { people.area[Int($0)] == Int32(a) })
        }
        #expect(people.areaPopulation.reduce(0, +) == 15_000)
    }

    @Test func rivalriesAreSymmetricAndNeverSelf() {
        let people = population()
        var pairs = Set<[Int32]>()
        for g in 0..<people.groupCount {
            for k in Int(people.rivalStart[g])..<Int(people.rivalStart[g + 1]) {
                #expect(people.rivals[k] != Int32(g))
                pairs.insert([Int32(g), people.rivals[k]])
            }
        }
        #expect(!pairs.isEmpty)
        #expect(pairs.allSatisfy { pairs.contains([$0[1], $0[0]]) })
    }

    /// Heavy-tailed group sizes (Pareto weights): the largest group is several times the median.
    @Test func groupSizesAreHeavyTailed() {
        let people = population()
        let sizes = (0..<people.groupCount).map { Int(people.groupMemberStart[$0 + 1] - people.groupMemberStart[$0]) }.sorted()
        #expect(sizes.last! >= 4 * max(1, sizes[sizes.count / 2]))
    }

    @Test func backgroundPersonsStopAtCapacity() {
        var people = population(groups: 0, rows: 100)
        var random = Xoshiro256StarStar(seed: 1)
        var added = 0
        while people.addBackgroundPerson(random: &random, dayNumber: 17_600, startYear: 2018) != nil { added += 1 }
        #expect(added == people.capacity - people.poolCount)
        #expect(people.count == people.capacity)
        #expect(people.groupMemberStart == [0] && people.rivals.isEmpty)
    }
}
