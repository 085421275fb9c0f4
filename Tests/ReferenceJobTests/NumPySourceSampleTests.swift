import Testing
import FocusNetScoring
@testable import FocusNetReferenceJob

/// Values recorded with NumPy 2.4.6 (the peers' virtual environment), e.g.
/// `np.sort(np.random.default_rng(42).choice(1000000, size=8, replace=False)).tolist()`.
@Suite struct NumPySourceSampleTests {
    @Test("PCG64 seeded through SeedSequence: numpy.random.PCG64(42).random_raw(3)")
    func rawOutputs() {
        var rng = PCG64(seedSequence: 42)
        #expect([rng.next64(), rng.next64(), rng.next64()] == [14276969152011380360, 8095878257575067585, 15838336090824644132])
    }

    @Test("Generator.choice without replacement, sorted")
    func choice() {
        #expect(NumPySourceSample.draw(count: 8, from: 1_000_000, seed: 42) == [85945, 89250, 433013, 438876, 654568, 697368, 773951, 858596])
        #expect(NumPySourceSample.draw(count: 5, from: 30, seed: 7) == [16, 17, 19, 24, 26])
        #expect(NumPySourceSample.draw(count: 8, from: 26, seed: 42) == [1, 2, 9, 13, 15, 18, 20, 22])   // the hand-made bench data
    }

    @Test("NumPy's shuffle branch (n > 10,000 and k > n/50) is not claimed")
    func branches() {
        #expect(NumPySourceSample.isReproducible(count: 256, from: 3_000_000))
        #expect(!NumPySourceSample.isReproducible(count: 1_000, from: 20_000))
        #expect(NumPySourceSample.isReproducible(count: 1_000, from: 10_000))
    }
}
