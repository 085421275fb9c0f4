/// The order of a list of identifiers in UTF-8 byte order, by a radix sort on each name's first
/// 16 bytes and a comparison sort only among names that share them.
///
/// Written in place of `sorted { names[$0] < names[$1] }` (Swift's merge sort comparing
/// `String`s) because that sort was the largest serial step of the 10M-row ingest: ≈ 1.0 s for
/// 3.0M person ids and 3.3M arrest ids, each sort on its own core (docs/performance.md, "Records
/// ingest"). Here each name's first 16 bytes, zero-padded, form a 128-bit key (big-endian, so
/// that key order is byte order); a least-significant-digit radix sort by bytes orders the keys
/// (a byte position every key shares is skipped: ids such as `P04640760` share their letter
/// and padding); names whose keys are equal — both longer than 16 bytes, or differing only by
/// trailing NUL bytes — are then ordered by `<`.
///
/// For NFC text, as every interned name is, `<` on `String` is UTF-8 byte order (code-point
/// order), so the result is the permutation the comparison sort gave.
/// - Complexity: O(n · d) for the d byte positions that vary among the n names, plus
///   O(k log k) comparisons in each run of k names sharing a key; memory ≈ 48 bytes per name.
enum NameOrder {
    /// A name's first 16 bytes (big-endian, zero-padded) and its index.
    private struct Key {
        var high: UInt64, low: UInt64
        var index: Int32
    }

    /// The indices of `names` (distinct) in UTF-8 byte order: `names[order[0]]` is the first.
    static func order(_ names: [String]) -> [Int32] {
        var keys = names.indices.map { i in
            let (high, low) = prefix(names[i])
            return Key(high: high, low: low, index: Int32(i))
        }
        radixSort(&keys)
        // Runs of equal keys: ordered by the whole name.
        var start = 0
        while start < keys.count {
            var end = start + 1
            while end < keys.count, keys[end].high == keys[start].high, keys[end].low == keys[start].low { end += 1 }
            if end - start > 1 { keys[start..<end].sort { names[Int($0.index)] < names[Int($1.index)] } }
            start = end
        }
        return keys.map(\.index)
    }

    /// The first 16 UTF-8 bytes of `name`, big-endian in two words, zero-padded.
    private static func prefix(_ name: String) -> (UInt64, UInt64) {
        Interner.withUTF8(name) { bytes in
            var words: (UInt64, UInt64) = (0, 0)
            for (i, byte) in bytes.prefix(16).enumerated() {
                if i < 8 { words.0 |= UInt64(byte) << (8 * UInt64(7 - i)) } else { words.1 |= UInt64(byte) << (8 * UInt64(15 - i)) }
            }
            return words
        }
    }

    /// Sorts `keys` by (high, low), stable, one pass per byte position that varies.
    private static func radixSort(_ keys: inout [Key]) {
        guard keys.count > 1 else { return }
        // counts[digit * 256 + byte]: digit 0 is the least significant byte of `low`.
        var counts = [Int](repeating: 0, count: 16 * 256)
        for key in keys {
            for digit in 0..<16 { counts[digit * 256 + Int(byte(of: key, digit))] += 1 }
        }
        var buffer = keys
        for digit in 0..<16 {
            let histogram = counts[(digit * 256)..<(digit * 256 + 256)]
            if histogram.contains(keys.count) { continue }   // every key has the same byte here
            var next = [Int](repeating: 0, count: 256)
            var sum = 0
            for b in 0..<256 {
                next[b] = sum
                sum += histogram[digit * 256 + b]
            }
            keys.withUnsafeBufferPointer { from in
                buffer.withUnsafeMutableBufferPointer { to in
                    for key in from {
                        let b = Int(byte(of: key, digit))
                        to[next[b]] = key
                        next[b] += 1
                    }
                }
            }
            swap(&keys, &buffer)
        }
    }

    /// Byte `digit` of the key, counted from the least significant byte of `low`.
    @inline(__always)
    private static func byte(of key: Key, _ digit: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: digit < 8 ? key.low >> (8 * UInt64(digit)) : key.high >> (8 * UInt64(digit - 8)))
    }
}
