import FocusNetGraph

extension DeterministicParallel {
    /// Runs `body(i)` for every row `i` of `rows` (every row of `0..<count` when `nil`), the rows
    /// cut into at most 16 fixed blocks run in parallel (see ``forEach(chunks:_:)``): `body(i)`
    /// may write row `i`'s output and nothing another row writes.
    @inline(__always)
    static func forEachRow(_ rows: [Int]?, count: Int, _ body: (Int) -> Void) {
        let count = rows?.count ?? count
        let blocks = max(1, min(16, count))
        forEach(chunks: blocks) { block in
            for k in range(of: block, count: count, chunks: blocks) { body(rows?[k] ?? k) }
        }
    }
}
