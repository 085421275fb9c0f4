/// Interns identifiers to dense `Int32` indices while files are read, then renumbers them in
/// identifier order (UTF-8 byte order, which is Unicode code-point order) so that indices —
/// and so every output — never depend on the order of input rows.
struct Interner {
    private var index: [String: Int32] = [:]
    private(set) var names: [String] = []

    var count: Int { names.count }

    /// The index of `name` if it was interned, without interning it.
    func index(of name: String) -> Int32? { index[name] }

    /// Reserves room for `count` names (avoids rehashing while a large file streams in).
    mutating func reserveCapacity(_ count: Int) {
        index.reserveCapacity(count)
        names.reserveCapacity(count)
    }

    mutating func intern(_ name: String) -> Int32 {
        if let i = index[name] { return i }
        let i = Int32(names.count)
        index[name] = i
        names.append(name)
        return i
    }

    /// Interns a name known to be absent (the caller looked it up already): one hash instead of
    /// ``intern(_:)``'s two. Reading a state's 3.4M-row persons file looked every identifier up
    /// four times.
    mutating func add(_ name: String) -> Int32 {
        let i = Int32(names.count)
        let old = index.updateValue(i, forKey: name)
        precondition(old == nil, "add(_:) of a name already interned")
        names.append(name)
        return i
    }

    /// Forgets the names interned after the first `count` (undoing a pass over a file).
    /// - Complexity: O(names forgotten).
    mutating func truncate(to count: Int) {
        for name in names[count...] { index[name] = nil }
        names.removeSubrange(count...)
    }

    /// Ends interning: returns the names sorted and the map old index → new index.
    /// The dictionary is dropped (no string dictionary is kept after interning).
    ///
    /// Names are NFC (every identifier and code is normalized on reading), and for NFC text
    /// Swift's `<` — code-point order of the NFC form, with a byte-compare fast path for ASCII —
    /// is UTF-8 byte order; comparing `utf8` views element by element took about 3× longer.
    /// - Complexity: O(n log n) comparisons.
    consuming func finish() -> (names: [String], renumber: [Int32]) { Interner.order(names) }

    /// `names` (distinct) sorted as ``finish()`` sorts them, and the map old index → new index.
    /// - Complexity: O(n log n) comparisons.
    static func order(_ names: [String]) -> (names: [String], renumber: [Int32]) {
        let order = names.withUnsafeBufferPointer { names in
            Array(0..<Int32(names.count)).sorted { names[Int($0)] < names[Int($1)] }
        }
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
        if let i = local.index(of: name) { return (i, shared[Int(i)] < 0 ? nil : shared[Int(i)]) }
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
            for i in map.indices where map[i] < 0 { map[i] = sharedNames.intern(piece.local.names[i]) }
            maps.append(map)
        }
        return maps
    }

    /// Each local name's index in `sharedNames`, -1 when absent; on all cores.
    private func lookUp(in sharedNames: Interner) -> [Int32] {
        var map = shared
        let names = local.names
        map.withUnsafeMutableBufferPointer { map in
            DeterministicParallel.forEachIndex(map.count, minimumBlock: 4096) { i in
                if map[i] < 0 { map[i] = sharedNames.index(of: names[i]) ?? -1 }
            }
        }
        return map
    }
}
