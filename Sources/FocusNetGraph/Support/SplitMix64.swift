/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable generator, so that every
/// sampled quantity in FocusNet repeats exactly for the same seed on every platform. Its draws
/// (bounded integers, samples, uniform doubles) are those of `SeededGenerator`.
///
/// Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
/// doi:10.1145/2660193.2660195.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose stream is fixed by `seed`: the same seed, the same draws on every machine.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SplitMix64: SeededGenerator {}
