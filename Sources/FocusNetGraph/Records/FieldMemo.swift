/// What the exact bytes of a field were read as, remembered so that a value seen before is found
/// by a hash and a byte compare of the raw field, before any `String` exists: the codes, flags and
/// areas of an arrests file repeat a few hundred distinct values over millions of rows.
///
/// A direct-mapped cache: ``slotCount`` slots, each holding one key of at most ``maximumKeyBytes``
/// bytes (longer fields are never remembered) and its value; a new key evicts the one in its slot.
/// Only the caller decides what is remembered: a value must depend on the bytes alone (the file's
/// mapping being fixed) and be remembered only once the row that produced it was kept, so that a
/// hit gives exactly what the full reading of those bytes gives.
///
/// - Complexity: a lookup or a remember is O(bytes of the field); memory ≈ 40 KiB plus
///   ``slotCount`` values.
struct FieldMemo<Value> {
    /// Slots (a power of two).
    static var slotCount: Int { 1024 }
    /// The longest field remembered, in bytes.
    static var maximumKeyBytes: Int { 31 }
    private static var stride: Int { maximumKeyBytes + 1 }

    /// Per slot: byte 0 = key length + 1 (0: empty), then the key's bytes.
    private var keys = [UInt8](repeating: 0, count: FieldMemo.slotCount * FieldMemo.stride)
    private var values = [Value?](repeating: nil, count: FieldMemo.slotCount)

    /// The slot of `bytes` (FNV-1a), `nil` when the field is too long to remember.
    @inline(__always)
    private static func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count <= maximumKeyBytes else { return nil }
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return Int((hash ^ hash >> 16) & UInt32(slotCount - 1))
    }

    /// The value remembered for exactly these bytes, if any.
    @inline(__always)
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let slot = FieldMemo.slot(bytes) else { return nil }
        return keys.withUnsafeBufferPointer { keys -> Value? in
            let start = slot * FieldMemo.stride
            guard Int(keys[start]) == bytes.count + 1 else { return nil }
            for i in 0..<bytes.count where keys[start + 1 + i] != bytes[i] { return nil }
            return values[slot]
        }
    }

    /// Remembers `value` for these bytes (replacing what their slot held); does nothing for a
    /// field longer than ``maximumKeyBytes``.
    mutating func remember(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        guard let slot = FieldMemo.slot(bytes) else { return }
        let start = slot * FieldMemo.stride
        keys[start] = UInt8(bytes.count + 1)
        for i in 0..<bytes.count { keys[start + 1 + i] = bytes[i] }
        values[slot] = value
    }
}
