/// xoshiro256** seeded through ``SplitMix64``, as Vigna recommends: the simulator's stream, with
/// a longer period and better equidistribution than SplitMix64 for the millions of draws a
/// synthetic region takes. Its draws are those of ``SeededGenerator``.
///
/// Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4) 2021,
/// doi:10.1145/3460772.
package struct Xoshiro256StarStar: SeededGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    package init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next(); s1 = mixer.next(); s2 = mixer.next(); s3 = mixer.next()
    }

    /// The next 64 random bits. - Complexity: O(1).
    package mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
