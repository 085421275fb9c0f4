/// Interns identifiers to dense `Int32` indices while files are read, then renumbers them in
/// identifier order (UTF-8 byte order, which is Unicode code-point order) so that indices —
/// and so every output — never depend on the order of input rows.
struct Interner {
    private var index: [String: Int32] = [:]
    private(set) var names: [String] = []

    var count: Int { names.count }

    /// The index of `name` if it was interned, without interning it.
    func index(of name: String) -> Int32? { index[name] }

    mutating func intern(_ name: String) -> Int32 {
        if let i = index[name] { return i }
        let i = Int32(names.count)
        index[name] = i
        names.append(name)
        return i
    }

    /// Ends interning: returns the names sorted and the map old index → new index.
    /// The dictionary is dropped (no string dictionary is kept after interning).
    consuming func finish() -> (names: [String], renumber: [Int32]) {
        let order = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
        var renumber = [Int32](repeating: 0, count: names.count)
        for (new, old) in order.enumerated() { renumber[old] = Int32(new) }
        return (order.map { names[$0] }, renumber)
    }
}
