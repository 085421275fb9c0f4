import Dispatch

/// Parallel loops whose results never depend on thread timing.
///
/// Work is cut into a **fixed** number of chunks (independent of the core count), each chunk
/// writes only its own output, and chunk results are combined in chunk order — so the bytes of
/// every result are the same on 1 or 64 cores, loaded or idle. Used by the records reader, the
/// centrality kernels, the output tables and the bootstrap.
package enum DeterministicParallel {
    /// Runs `body(chunk)` for `chunk` in `0..<chunks` on all cores (`DispatchQueue.concurrentPerform`)
    /// and returns when all are done.
    ///
    /// `body` may write through unsafe pointers, which Swift cannot prove race-free: the contract
    /// is that chunk c writes only what belongs to chunk c, and reads nothing another chunk writes.
    package static func forEach(chunks: Int, _ body: (Int) -> Void) {
        if chunks <= 1 {
            if chunks == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: chunks) { work.value($0) }
        }
    }

    /// Runs `body(i)` for every i in `0..<count`, cut into at most 16 fixed blocks of at least
    /// `minimumBlock` indices run in parallel: `body(i)` writes only what belongs to i.
    package static func forEachIndex(_ count: Int, minimumBlock: Int, _ body: (Int) -> Void) {
        let blocks = min(16, max(1, count / max(1, minimumBlock)))
        forEach(chunks: blocks) { block in
            for i in range(of: block, count: count, chunks: blocks) { body(i) }
        }
    }

    /// `[body(0), body(1), …, body(count − 1)]`, computed on all cores, at most `width` at a time
    /// (in batches of `width`, in index order), so that memory does not grow with the cores.
    ///
    /// `body` runs on several threads at once: it must only read what it shares (the compiler
    /// cannot check this here). `batchDone` runs on the calling thread after each batch, in order,
    /// with the batch's results (for progress lines).
    /// - Complexity: the calls to `body`; memory for `count` results.
    package static func map<Output>(count: Int, width: Int = .max, _ body: (Int) -> Output,
                                    batchDone: (_ results: ArraySlice<Output>) -> Void = { _ in }) -> [Output] {
        precondition(width >= 1, "width must be ≥ 1")
        var results: [Output] = []
        results.reserveCapacity(count)
        for first in stride(from: 0, to: count, by: width) {
            var batch = [Output?](repeating: nil, count: min(width, count - first))
            batch.withUnsafeMutableBufferPointer { out in
                forEach(chunks: out.count) { out[$0] = body(first + $0) }
            }
            results += batch.map { $0! }
            batchDone(results[first...])
        }
        return results
    }

    /// Runs `side` on another thread while `main` runs on the calling thread (so callbacks `main`
    /// makes, such as progress lines, stay on it); returns both results when both are done.
    /// `side` must only read what it shares with `main`.
    /// - Throws: what `main` throws (after `side` has finished).
    package static func alongside<Side, Main>(_ side: () -> Side, _ main: () throws -> Main) rethrows -> (side: Side, main: Main) {
        var sideResult: Side?
        let group = DispatchGroup()
        let result = try withoutActuallyEscaping(side) { side in
            let work = UncheckedSendable({ sideResult = side() })
            DispatchQueue.global().async(group: group) { work.value() }
            defer { group.wait() }
            return try main()
        }
        return (sideResult!, result)
    }

    /// Σ over chunks of `body(chunk)` (each of shape `[count]`), the chunks computed in parallel
    /// and added in chunk order — the same bytes however the chunks were scheduled.
    /// - Complexity: memory `chunks` × 8 `count` bytes while the partial sums are alive.
    package static func sum(chunks: Int, count: Int, _ body: (Int) -> [Double]) -> [Double] {
        var partial = [[Double]](repeating: [], count: chunks)
        partial.withUnsafeMutableBufferPointer { partial in
            forEach(chunks: chunks) { chunk in partial[chunk] = body(chunk) }
        }
        var result = [Double](repeating: 0, count: count)
        for chunk in 0..<chunks {
            let part = partial[chunk]
            for v in 0..<count { result[v] += part[v] }
            partial[chunk] = []
        }
        return result
    }

    /// The half-open range of chunk `chunk` when `count` items are cut into `chunks` near-equal parts.
    package static func range(of chunk: Int, count: Int, chunks: Int) -> Range<Int> {
        (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
    }
}

/// Carries a closure over disjoint unsafe buffers into `concurrentPerform` (see
/// ``DeterministicParallel/forEach(chunks:_:)`` for the contract that makes this safe).
private struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
