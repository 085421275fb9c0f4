import Testing
@testable import FocusNetSimulation

@Suite struct CoOffendingTiesTests {
    /// Persons 0–1–2 in a path, 3–4 a pair, 5 alone:
    ///
    ///     0 — 1 — 2     3 — 4     5
    private func pathAndPair() -> CoOffendingTies {
        var ties = CoOffendingTies(personCapacity: 6)
        let added = [ties.add(0, 1), ties.add(2, 1), ties.add(3, 4)]
        #expect(added == [true, true, true])
        return ties
    }

    @Test func addsEachTieOnce() {
        var ties = pathAndPair()
        let repeated = [ties.add(1, 0), ties.add(1, 2)]
        #expect(repeated == [false, false])
        #expect(ties.tieCount == 3)
        #expect(ties.degree == [1, 2, 1, 1, 1, 0])
        #expect(ties.contains(0, 1) && ties.contains(1, 0) && ties.contains(2, 1))
        #expect(!ties.contains(0, 2) && !ties.contains(5, 0))
    }

    @Test func neighborsNewestFirst() {
        let ties = pathAndPair()
        #expect(ties.neighbor(of: 1, at: 0) == 2)
        #expect(ties.neighbor(of: 1, at: 1) == 0)
    }

    @Test func componentsOfPathPairAndIsolate() {
        var ties = pathAndPair()
        let roots = (0..<6).map { ties.root($0) }
        #expect(roots[0] == roots[1] && roots[1] == roots[2])
        #expect(roots[3] == roots[4] && roots[3] != roots[0] && roots[5] != roots[0] && roots[5] != roots[3])
        #expect(ties.componentSize(root: roots[0]) == 3)
        #expect(ties.componentSize(root: roots[3]) == 2)
        #expect(ties.componentSize(root: roots[5]) == 1)
        _ = ties.add(2, 3)
        let merged = ties.root(4)
        #expect(ties.componentSize(root: merged) == 5)
    }
}
