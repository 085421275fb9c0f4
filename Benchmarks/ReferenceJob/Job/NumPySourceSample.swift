/// The sample `numpy.random.default_rng(seed).choice(n, size: k, replace: False)` draws, sorted —
/// the betweenness sources of the python-igraph reference pipeline — reproduced bit for bit,
/// so `focusnet-reference-job` estimates betweenness from the very same source persons.
///
/// NumPy ≥ 1.17 seeds its default generator, PCG64 (O'Neill 2014, XSL-RR 128/64), through
/// `SeedSequence` (the hash of Melissa O'Neill's `seed_seq` redesign); `Generator.choice`
/// without replacement draws with Floyd's algorithm when `n ≤ 10,000` or `k ≤ n / 50`, each draw
/// `random_bounded_uint64(0, j)` by Lemire's (2019) multiply-and-reject on buffered 32-bit
/// outputs. Checked against NumPy 2.x in `NumPySourceSampleTests` (values recorded there).
public enum NumPySourceSample {
    /// Whether ``draw(count:from:seed:)`` can reproduce NumPy for these sizes (Floyd's branch,
    /// 32-bit bounds). NumPy shuffles a full index array otherwise.
    public static func isReproducible(count k: Int, from n: Int) -> Bool {
        k >= 0 && k <= n && n <= Int(UInt32.max) && !(n > 10_000 && k > n / 50)
    }

    /// The `k` distinct values of `0..<n` NumPy's `default_rng(seed).choice(n, k, replace=False)`
    /// returns, in increasing order.
    /// - Precondition: ``isReproducible(count:from:)``.
    /// - Complexity: O(k log k) time, O(k) memory.
    public static func draw(count k: Int, from n: Int, seed: UInt64) -> [Int] {
        precondition(isReproducible(count: k, from: n), "NumPy draws \(k) of \(n) by shuffling; not reproduced")
        var rng = PCG64(seedSequence: seed)
        // Floyd: for j in n−k ..< n, take a uniform v in [0, j]; if already taken, take j.
        var taken = Set<Int>(minimumCapacity: k)
        var result = [Int]()
        result.reserveCapacity(k)
        for j in (n - k)..<n {
            let v = Int(rng.bounded(UInt32(j)))
            if taken.insert(v).inserted { result.append(v) } else { taken.insert(j); result.append(j) }
        }
        return result.sorted()
    }
}

/// NumPy's PCG64 bit generator seeded through `SeedSequence(entropy)`.
struct PCG64 {
    private var stateHigh: UInt64, stateLow: UInt64
    private let incrementHigh: UInt64, incrementLow: UInt64
    private var buffered: UInt32? = nil

    private static let multiplierHigh: UInt64 = 0x2360_ED05_1FC6_5DA4
    private static let multiplierLow: UInt64 = 0x4385_DF64_9FCC_F645

    /// `numpy.random.PCG64(seed)` for a non-negative integer seed below 2^32 words: the entropy
    /// is hashed into a 4-word pool, which generates the 128-bit state and increment.
    init(seedSequence entropy: UInt64) {
        let words = SeedSequence(entropy: entropy).generateState(words32: 8)
        func word64(_ i: Int) -> UInt64 { UInt64(words[2 * i]) | UInt64(words[2 * i + 1]) << 32 }
        let seed = (word64(0), word64(1)), inc = (word64(2), word64(3))
        // pcg_setseq_128_srandom_r: state = 0; inc = (initseq << 1) | 1; step; state += initstate; step.
        incrementHigh = inc.0 << 1 | inc.1 >> 63
        incrementLow = inc.1 << 1 | 1
        stateHigh = 0; stateLow = 0
        step()
        let (low, carry) = stateLow.addingReportingOverflow(seed.1)
        stateLow = low
        stateHigh = stateHigh &+ seed.0 &+ (carry ? 1 : 0)
        step()
    }

    /// state ← state × multiplier + increment (mod 2^128).
    private mutating func step() {
        let product = stateLow.multipliedFullWidth(by: Self.multiplierLow)
        var high = product.high &+ stateHigh &* Self.multiplierLow &+ stateLow &* Self.multiplierHigh
        let (low, carry) = product.low.addingReportingOverflow(incrementLow)
        high = high &+ incrementHigh &+ (carry ? 1 : 0)
        stateHigh = high; stateLow = low
    }

    /// XSL-RR output of the stepped state.
    mutating func next64() -> UInt64 {
        step()
        let rotation = stateHigh >> 58
        let folded = stateHigh ^ stateLow
        return folded >> rotation | folded << ((64 &- rotation) & 63)
    }

    /// NumPy's `pcg64_next32`: the low half of a 64-bit output, then its high half.
    mutating func next32() -> UInt32 {
        if let high = buffered { buffered = nil; return high }
        let value = next64()
        buffered = UInt32(truncatingIfNeeded: value >> 32)
        return UInt32(truncatingIfNeeded: value)
    }

    /// A uniform integer in `0...bound` (`buffered_bounded_lemire_uint32`).
    mutating func bounded(_ bound: UInt32) -> UInt32 {
        if bound == 0 { return 0 }
        if bound == .max { return next32() }
        let range = UInt64(bound) + 1
        var m = UInt64(next32()) * range
        var leftover = m & 0xFFFF_FFFF
        if leftover < range {
            let threshold = (UInt64(UInt32.max) - UInt64(bound)) % range
            while leftover < threshold {
                m = UInt64(next32()) * range
                leftover = m & 0xFFFF_FFFF
            }
        }
        return UInt32(truncatingIfNeeded: m >> 32)
    }
}

/// NumPy's `SeedSequence` for an integer entropy (no spawn key, pool of 4 words).
struct SeedSequence {
    private var pool = [UInt32](repeating: 0, count: 4)

    init(entropy: UInt64) {
        var entropyWords = [UInt32(truncatingIfNeeded: entropy)]
        if entropy >> 32 != 0 { entropyWords.append(UInt32(truncatingIfNeeded: entropy >> 32)) }
        var hashConstant: UInt32 = 0x43B0_D7E5
        func hashmix(_ value: UInt32) -> UInt32 {
            var value = value ^ hashConstant
            hashConstant = hashConstant &* 0x931E_8875
            value = value &* hashConstant
            return value ^ (value >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let result = 0xCA01_F9DD &* x &- 0x4973_F715 &* y
            return result ^ (result >> 16)
        }
        for i in 0..<4 { pool[i] = hashmix(i < entropyWords.count ? entropyWords[i] : 0) }
        for source in 0..<4 {
            for destination in 0..<4 where source != destination {
                pool[destination] = mix(pool[destination], hashmix(pool[source]))
            }
        }
        for source in 4..<max(4, entropyWords.count) {
            for destination in 0..<4 { pool[destination] = mix(pool[destination], hashmix(entropyWords[source])) }
        }
    }

    func generateState(words32 count: Int) -> [UInt32] {
        var hashConstant: UInt32 = 0x8B51_F9DD
        return (0..<count).map { i in
            var value = pool[i % 4] ^ hashConstant
            hashConstant = hashConstant &* 0x58F3_8DED
            value = value &* hashConstant
            return value ^ (value >> 16)
        }
    }
}
