import Testing
@testable import FocusNetGraph

@Suite struct SeededGeneratorTests {
    // Reference values: SplitMix64 seeded with 0 is the first output published with Vigna's
    // splitmix64.c (0xe220a8397b1dcdaf …); xoshiro256** values come from a Python transcription
    // of Vigna's xoshiro256starstar.c (2019), seeded through SplitMix64 as here.
    @Test func splitMixMatchesReference() {
        var mixer = SplitMix64(seed: 0)
        #expect(mixer.next() == 0xE220_A839_7B1D_CDAF)
        #expect(mixer.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(mixer.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func xoshiroMatchesReference() {
        var random = Xoshiro256StarStar(seed: 42)
        #expect(random.next() == 0x1578_0B2E_0C2E_C716)
        #expect(random.next() == 0x6104_D986_6D11_3A7E)
        #expect(random.next() == 0xAE17_5332_39E4_99A1)
        #expect(random.next() == 0xECB8_AD47_03B3_60A1)
    }

    @Test func sameSeedSameStream() {
        var a = Xoshiro256StarStar(seed: 7), b = Xoshiro256StarStar(seed: 7), c = Xoshiro256StarStar(seed: 8)
        let first = (0..<8).map { _ in a.next() }
        #expect(first == (0..<8).map { _ in b.next() })
        #expect(first != (0..<8).map { _ in c.next() })
    }

    @Test func distinctGivesEachIndexOnceAndEverySubsetSize() {
        var random = Xoshiro256StarStar(seed: 3)
        #expect(random.distinct(0, below: 0).isEmpty)
        #expect(random.distinct(10, below: 10).sorted() == Array(0..<10))
        var hits = [Int](repeating: 0, count: 20)
        for _ in 0..<2_000 {
            let sample = random.distinct(5, below: 20)
            #expect(Set(sample).count == 5 && sample.allSatisfy { (0..<20).contains($0) })
            for k in sample { hits[k] += 1 }
        }
        // Each index is drawn with probability 1/4: 500 expected of 2,000, sd ≈ 19.4; ±100 is > 5 sd.
        #expect(hits.allSatisfy { abs($0 - 500) < 100 }, "\(hits)")
        var a = Xoshiro256StarStar(seed: 9), b = Xoshiro256StarStar(seed: 9)
        #expect(a.distinct(50, below: 1_000_000) == b.distinct(50, below: 1_000_000))
    }

    /// Invariant: `sample` takes the same Floyd draws as `distinct` and returns them increasing,
    /// without the shuffle.
    @Test func sampleIsFloydsDrawIncreasing() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        let sample = a.sample(40, from: 1_000)
        #expect(sample == sample.sorted() && Set(sample).count == 40 && sample.allSatisfy { (0..<1_000).contains($0) })
        #expect(b.distinct(40, below: 1_000).sorted() == sample)
        #expect(a.sample(7, from: 7) == Array(0..<7))
    }

    @Test func shuffleIsAPermutation() {
        var random = Xoshiro256StarStar(seed: 4)
        var array = Array(0..<100)
        random.shuffle(&array)
        #expect(array.sorted() == Array(0..<100) && array != Array(0..<100))
    }

    @Test func uniformAndBelowStayInRange() {
        var random = Xoshiro256StarStar(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<10_000 {
            let u = random.uniform()
            #expect(u >= 0 && u < 1)
            let k = random.below(7)
            #expect((0..<7).contains(k))
            seen.insert(k)
        }
        #expect(seen.count == 7)
        #expect(random.below(1) == 0)
    }

    /// Invariant: the sample mean and variance of a Poisson(λ) are both λ. With n draws the
    /// mean's standard error is √(λ/n); the tolerance is 5 of them.
    @Test(arguments: [0.5, 4.0, 29.0, 31.0, 250.0, 40_000.0])
    func poissonMomentsMatchMean(_ mean: Double) {
        var random = Xoshiro256StarStar(seed: 3)
        let n = 20_000
        let draws = (0..<n).map { _ in Double(random.poisson(mean: mean)) }
        let sampleMean = draws.reduce(0, +) / Double(n)
        let variance = draws.map { ($0 - sampleMean) * ($0 - sampleMean) }.reduce(0, +) / Double(n - 1)
        #expect(abs(sampleMean - mean) < 5 * (mean / Double(n)).squareRoot())
        #expect(abs(variance / mean - 1) < 0.1)
        #expect(draws.allSatisfy { $0 >= 0 })
    }

    @Test func poissonOfZeroMeanIsZero() {
        var random = Xoshiro256StarStar(seed: 3)
        #expect(random.poisson(mean: 0) == 0)
    }

    /// Invariant: exponential mean; normal mean 0 and variance 1 (tolerance 5 standard errors).
    @Test func continuousMoments() {
        var random = Xoshiro256StarStar(seed: 5)
        let n = 20_000
        let exponential = (0..<n).map { _ in random.exponential(mean: 3) }.reduce(0, +) / Double(n)
        #expect(abs(exponential - 3) < 5 * 3 / Double(n).squareRoot())
        let normals = (0..<n).map { _ in random.normal() }
        let mean = normals.reduce(0, +) / Double(n)
        let variance = normals.map { $0 * $0 }.reduce(0, +) / Double(n) - mean * mean
        #expect(abs(mean) < 5 / Double(n).squareRoot())
        #expect(abs(variance - 1) < 0.05)
    }
}
