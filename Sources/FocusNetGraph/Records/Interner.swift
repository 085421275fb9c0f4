import Foundation

/// Interns identifiers to dense `Int32` indices while files are read, then renumbers them in
/// identifier order (UTF-8 byte order, which is Unicode code-point order) so that indices —
/// and so every output — never depend on the order of input rows.
///
/// Keyed on the identifier's UTF-8 bytes: an open-addressing table (linear probing, at most half
/// full) whose slots point into one array of records — each name's index, length and bytes —
/// and carry 32 bits of the name's hash, so that a lookup touches one slot and one record. A
/// field of a file is looked up as the bytes the parser holds, before any `String` exists; a
/// `String` is made only for a name new to the interner. This replaces a `[String: Int32]`: on
/// the 10M-row arrests file, that dictionary's lookups and Swift's per-process seeded SipHash
/// were ≈ 30 % of the CPU (perf, docs/performance.md "Records ingest"). The hash is fixed (no
/// per-process seed); it decides only slots: indices follow the order of first use whatever
/// the hash.
/// - Complexity: a lookup or an insertion is O(bytes of the name) expected; memory 16–32 bytes
///   of table per name, plus 8 bytes of record header, the name's bytes and its `String`.
struct Interner {
    /// Per slot: 0 when empty, else the high 32 bits of the name's hash in the high half and the
    /// start of the name's record in ``records`` + 1 in the low half. A power of two, at least
    /// twice ``count``.
    private var slots = [UInt64](repeating: 0, count: 16)
    /// Each name's record, one after the other: its index and its length (`UInt32` each), then
    /// its UTF-8 bytes.
    private var records: [UInt8] = []
    /// Where each name's record starts in ``records``.
    private var starts: [Int] = []
    private(set) var names: [String] = []

    var count: Int { names.count }

    /// The index of `name` if it was interned, without interning it.
    func index(of name: String) -> Int32? { Interner.withUTF8(name) { index(of: $0) } }

    /// The index of the name with these UTF-8 bytes if it was interned, without interning it.
    @inline(__always)
    func index(of name: UnsafeBufferPointer<UInt8>) -> Int32? {
        slot(of: name, hash: Interner.hash(name)).index
    }

    /// Reserves room for `count` names (avoids rehashing while a large file streams in).
    mutating func reserveCapacity(_ count: Int) {
        if count * 2 > slots.count { rehash(capacity: Interner.capacity(for: count)) }
        names.reserveCapacity(count)
        starts.reserveCapacity(count)
        records.reserveCapacity(count * 20)
    }

    mutating func intern(_ name: String) -> Int32 {
        Interner.withUTF8(name) { bytes in intern(bytes, string: name) }
    }

    /// ``intern(_:)`` of the name with these UTF-8 bytes (valid UTF-8): a `String` is made only
    /// when the name is new.
    @inline(__always)
    mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> Int32 { intern(name, string: nil) }

    /// ``intern(_:)`` of the name with these UTF-8 bytes, whose `String` (when the caller holds
    /// it already) is `string`.
    mutating func intern(_ name: UnsafeBufferPointer<UInt8>, string: String?) -> Int32 {
        let hash = Interner.hash(name)
        let found = slot(of: name, hash: hash)
        if let index = found.index { return index }
        return insert(name, string: string, hash: hash, at: found.slot)
    }

    /// Interns a name known to be absent (the caller looked it up already). Reading a state's
    /// 3.4M-row persons file looked every identifier up four times.
    mutating func add(_ name: String) -> Int32 {
        Interner.withUTF8(name) { bytes in
            let hash = Interner.hash(bytes)
            let found = slot(of: bytes, hash: hash)
            precondition(found.index == nil, "add(_:) of a name already interned")
            return insert(bytes, string: name, hash: hash, at: found.slot)
        }
    }

    /// Calls `body` with the UTF-8 bytes of name `i` (valid only during the call).
    @inline(__always)
    func withName<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        records.withUnsafeBufferPointer { records in
            let start = starts[i]
            let length = Int(UnsafeRawPointer(records.baseAddress! + start).loadUnaligned(fromByteOffset: 4, as: UInt32.self))
            return body(UnsafeBufferPointer(start: records.baseAddress! + start + 8, count: length))
        }
    }

    /// Whether name `i` has exactly these UTF-8 bytes.
    @inline(__always)
    func name(_ i: Int, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withName(i) { $0.count == bytes.count && Interner.equal(UnsafeRawPointer($0.baseAddress!), UnsafeRawPointer(bytes.baseAddress), bytes.count) }
    }

    /// Forgets the names interned after the first `count` (undoing a pass over a file).
    /// - Complexity: O(names kept): the table is rebuilt.
    mutating func truncate(to count: Int) {
        guard count < names.count else { return }
        records.removeSubrange(starts[count]...)
        starts.removeSubrange(count...)
        names.removeSubrange(count...)
        rehash(capacity: slots.count)
    }

    /// The slot holding the name with these bytes, or the empty slot where it would go.
    @inline(__always)
    private func slot(of name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, index: Int32?) {
        let tag = hash & 0xFFFF_FFFF_0000_0000
        return slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBytes { records in
                let mask = slots.count - 1
                var s = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[s]
                    if entry == 0 { return (s, nil) }
                    if entry & 0xFFFF_FFFF_0000_0000 == tag {
                        let record = records.baseAddress! + Int(entry & 0xFFFF_FFFF) - 1
                        if Int(record.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == name.count,
                           Interner.equal(record + 8, UnsafeRawPointer(name.baseAddress), name.count) {
                            return (s, Int32(bitPattern: record.loadUnaligned(as: UInt32.self)))
                        }
                    }
                    s = (s + 1) & mask
                }
            }
        }
    }

    /// Whether the `count` bytes at `a` and `b` are equal (8 at a time: the identifiers are
    /// short, and a call to `memcmp` per compare was 10 % of the read).
    @inline(__always)
    private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer?, _ count: Int) -> Bool {
        guard let b else { return count == 0 }
        var i = 0
        while i + 8 <= count {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < count {
            if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
            i += 1
        }
        return true
    }

    /// Adds a name absent from the table at its empty `slot` (growing the table when half full).
    private mutating func insert(_ name: UnsafeBufferPointer<UInt8>, string: String?, hash: UInt64, at slot: Int) -> Int32 {
        let i = names.count
        precondition(i < Int(Int32.max) && records.count + 8 + name.count < Int(UInt32.max), "interner full")
        names.append(string ?? String(decoding: name, as: UTF8.self))
        let start = records.count
        starts.append(start)
        withUnsafeBytes(of: UInt32(i).littleEndian) { records.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(name.count).littleEndian) { records.append(contentsOf: $0) }
        records.append(contentsOf: name)
        if (i + 1) * 2 > slots.count {
            rehash(capacity: slots.count * 2)
        } else {
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(start + 1)
        }
        return Int32(i)
    }

    /// Rebuilds the table with `capacity` slots (a power of two) from the names.
    private mutating func rehash(capacity: Int) {
        var table = [UInt64](repeating: 0, count: max(capacity, Interner.capacity(for: names.count)))
        let mask = table.count - 1
        for i in names.indices {
            let hash = withName(i, Interner.hash)
            var s = Int(truncatingIfNeeded: hash) & mask
            while table[s] != 0 { s = (s + 1) & mask }
            table[s] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(starts[i] + 1)
        }
        slots = table
    }

    /// The smallest power of two of at least 16 slots that keeps `count` names at most half full.
    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }

    /// A 64-bit hash of a name's bytes: 8 bytes at a time, multiplied and shifted, with
    /// SplitMix64's finalizer (Steele, Lea & Flood 2014) so that ids differing only in their last
    /// digits spread over the table.
    @inline(__always)
    static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(name)
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 29
            i += 8
        }
        if i < raw.count {
            var tail: UInt64 = 0
            for j in i..<raw.count { tail |= UInt64(raw[j]) << (8 * UInt64(j - i)) }
            h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        }
        h = (h ^ h >> 30) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ h >> 27) &* 0x94D0_49BB_1331_11EB
        return h ^ h >> 31
    }

    /// Calls `body` with the UTF-8 bytes of `name`.
    @inline(__always)
    static func withUTF8<R>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = name.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = name
        return copy.withUTF8(body)
    }

    /// Ends interning: returns the names sorted and the map old index → new index.
    /// The table is dropped (no index of the names is kept after interning).
    ///
    /// Names are NFC (every identifier and code is normalized on reading), and for NFC text
    /// UTF-8 byte order is Swift's `<` (code-point order of the NFC form): ``NameOrder`` sorts
    /// by bytes.
    /// - Complexity: see ``NameOrder``.
    consuming func finish() -> (names: [String], renumber: [Int32]) { Interner.order(names) }

    /// `names` (distinct) sorted as ``finish()`` sorts them, and the map old index → new index.
    /// - Complexity: see ``NameOrder``.
    static func order(_ names: [String]) -> (names: [String], renumber: [Int32]) {
        let order = NameOrder.order(names)
        var renumber = [Int32](repeating: 0, count: names.count)
        for (new, old) in order.enumerated() { renumber[Int(old)] = Int32(new) }
        return (order.map { names[Int($0)] }, renumber)
    }
}

/// The identifiers of a shared index (``ReadContext``'s persons or areas) that one piece of a
/// file meets, numbered within the piece, so that pieces read at the same time never write the
/// shared index; ``ArrestTable`` joins them into it in file order afterwards.
struct PieceNames {
    /// The names met, in order of first use.
    private(set) var local = Interner()
    /// For each local name: its index in the shared interner when it was there before the file
    /// was read, else -1.
    private(set) var shared: [Int32] = []

    /// The local index of `name` (`nil` when new to the piece) and, when the shared interner
    /// held it before the file, its shared index (looked up only for names new to the piece).
    @inline(__always)
    func find(_ name: String, in sharedNames: Interner) -> (local: Int32?, shared: Int32?) {
        if let i = local.index(of: name) { return (i, sharedNames.count == 0 || shared[Int(i)] < 0 ? nil : shared[Int(i)]) }
        return (nil, sharedNames.count == 0 ? nil : sharedNames.index(of: name))
    }

    /// ``find(_:in:)`` of the name with these UTF-8 bytes.
    @inline(__always)
    func find(_ name: UnsafeBufferPointer<UInt8>, in sharedNames: Interner) -> (local: Int32?, shared: Int32?) {
        if let i = local.index(of: name) { return (i, sharedNames.count == 0 || shared[Int(i)] < 0 ? nil : shared[Int(i)]) }
        return (nil, sharedNames.count == 0 ? nil : sharedNames.index(of: name))
    }

    /// Reserves room for `count` names new to the piece.
    mutating func reserveCapacity(_ count: Int) {
        local.reserveCapacity(count)
        shared.reserveCapacity(count)
    }

    /// Adds a name new to the piece; returns its local index.
    mutating func add(_ name: String, shared index: Int32?) -> Int32 {
        shared.append(index ?? -1)
        return local.intern(name)
    }

    /// ``add(_:shared:)`` of the name with these UTF-8 bytes.
    mutating func add(_ name: UnsafeBufferPointer<UInt8>, shared index: Int32?) -> Int32 {
        shared.append(index ?? -1)
        return local.intern(name)
    }

    /// Joins the names of `pieces`, in file order, into the shared interner: those new to it in
    /// each piece's order of first use, as one pass interns them. Returns each piece's map local
    /// index → shared index (`nil`: the same). When the shared interner is empty, it takes the
    /// first piece's interner as it is instead of hashing every name again; the other pieces'
    /// names are looked up on all cores, and only those new to the index are added one by one.
    /// `pieces` is left empty (so that the shared interner holds the only reference to its table).
    /// - Complexity: O(names of all pieces) lookups, in parallel; one insertion per new name.
    static func join(_ pieces: inout [PieceNames], into sharedNames: inout Interner) -> [[Int32]?] {
        var maps: [[Int32]?] = []
        for k in pieces.indices {
            var piece = PieceNames()
            swap(&piece, &pieces[k])
            if sharedNames.count == 0 {
                swap(&sharedNames, &piece.local)
                maps.append(nil)
                continue
            }
            var map = piece.lookUp(in: sharedNames)
            for i in map.indices where map[i] < 0 {
                map[i] = piece.local.withName(i) { sharedNames.intern($0, string: piece.local.names[i]) }
            }
            maps.append(map)
        }
        return maps
    }

    /// Each local name's index in `sharedNames`, -1 when absent; on all cores.
    private func lookUp(in sharedNames: Interner) -> [Int32] {
        var map = shared
        let local = local
        map.withUnsafeMutableBufferPointer { map in
            DeterministicParallel.forEachIndex(map.count, minimumBlock: 4096) { i in
                if map[i] < 0 { map[i] = local.withName(i) { sharedNames.index(of: $0) } ?? -1 }
            }
        }
        return map
    }
}
