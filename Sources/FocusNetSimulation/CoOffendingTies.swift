/// The co-offending network as it grows during the simulation: distinct ties between persons
/// arrested together, in flat arrays, plus the connected components (union–find).
///
/// Each tie is stored twice (once per end) in an append-only arena of singly linked lists:
/// `head[p]` is p's newest entry, `next[e]` the one before, `target[e]` the other person.
/// Memory: 8 bytes per tie end plus 16 bytes per person; no per-tie objects.
/// Components use union by size with path halving (Tarjan & van Leeuwen 1984, doi:10.1145/62.2160).
struct CoOffendingTies {
    private(set) var head: [Int32]
    private(set) var next: [Int32] = []
    private(set) var target: [Int32] = []
    private(set) var degree: [Int32]
    private var parent: [Int32]
    private var size: [Int32]

    /// Distinct ties so far.
    var tieCount: Int { target.count / 2 }

    init(personCapacity: Int) {
        head = .init(repeating: -1, count: personCapacity)
        degree = .init(repeating: 0, count: personCapacity)
        parent = (0..<Int32(personCapacity)).map { $0 }
        size = .init(repeating: 1, count: personCapacity)
    }

    /// Whether `a` and `b` are tied. - Complexity: O(min(deg a, deg b)).
    func contains(_ a: Int, _ b: Int) -> Bool {
        let (from, to) = degree[a] <= degree[b] ? (a, b) : (b, a)
        var e = head[from]
        while e >= 0 {
            if Int(target[Int(e)]) == to { return true }
            e = next[Int(e)]
        }
        return false
    }

    /// Ties `a` and `b` unless they already are; returns whether the tie is new.
    /// - Precondition: `a != b`. - Complexity: O(min(deg a, deg b)) amortized.
    mutating func add(_ a: Int, _ b: Int) -> Bool {
        precondition(a != b, "no self-ties")
        guard !contains(a, b) else { return false }
        append(from: a, to: b)
        append(from: b, to: a)
        let (ra, rb) = (root(a), root(b))
        if ra != rb {
            let (big, small) = size[ra] >= size[rb] ? (ra, rb) : (rb, ra)
            parent[small] = Int32(big)
            size[big] += size[small]
        }
        return true
    }

    private mutating func append(from: Int, to: Int) {
        next.append(head[from])
        target.append(Int32(to))
        head[from] = Int32(target.count - 1)
        degree[from] += 1
    }

    /// The `k`-th newest neighbor of `a`. - Precondition: `k < degree[a]`. - Complexity: O(k).
    func neighbor(of a: Int, at k: Int) -> Int {
        var e = head[a]
        for _ in 0..<k { e = next[Int(e)] }
        return Int(target[Int(e)])
    }

    /// Representative of `a`'s component. - Complexity: O(α(n)) amortized.
    mutating func root(_ a: Int) -> Int {
        var x = a
        while Int(parent[x]) != x {
            parent[x] = parent[Int(parent[x])]
            x = Int(parent[x])
        }
        return x
    }

    /// Size of the component whose representative is `root`.
    func componentSize(root: Int) -> Int { Int(size[root]) }
}
