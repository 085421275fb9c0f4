import Testing
@testable import FocusNetGraph

@Suite struct OpenBLASBridgeTests {
    @Test("AᵀA (unit weights) by dsyrk, both triangles filled")
    func gram() {
        // A = [[1, 2], [3, 4], [5, 6]] → AᵀA = [[35, 44], [44, 56]].
        #expect(DenseKernels.weightedGram([1, 2, 3, 4, 5, 6], rows: 3, columns: 2, weights: [1, 1, 1]) == [35, 44, 44, 56])
    }

    @Test("AᵀWA in blocks of 4,096 rows: hand case, and 10,000 rows against the sum of weighted outer products (1e-9 relative); OpenBLAS on one thread")
    func weightedGram() {
        // A = [[1, 2], [3, 4], [5, 6]], w = [1, 0, 2] → 1·[1 2;2 4] + 2·[25 30;30 36] = [[51, 62], [62, 76]].
        // (Rows are scaled by √w, so √2 · √2 leaves the last bit: 1e-12.)
        let small = DenseKernels.weightedGram([1, 2, 3, 4, 5, 6], rows: 3, columns: 2, weights: [1, 0, 2])
        for (x, y) in zip(small, [51.0, 62, 62, 76]) { #expect(abs(x - y) < 1e-12) }
        #expect(DenseKernels.threads == 1, "one thread: the same digits on every core count")
        let rows = 10_000, columns = 3
        let a = (0..<rows * columns).map { Double(($0 * 7919) % 101) / 10 - 5 }
        let w = (0..<rows).map { Double($0 % 13) / 12 }
        var expected = [Double](repeating: 0, count: columns * columns)
        for r in 0..<rows { for i in 0..<columns { for j in 0..<columns { expected[i * columns + j] += w[r] * a[r * columns + i] * a[r * columns + j] } } }
        let got = DenseKernels.weightedGram(a, rows: rows, columns: columns, weights: w)
        for (x, y) in zip(got, expected) { #expect(abs(x - y) <= 1e-9 * abs(y)) }
    }

    @Test("A x and Aᵀ x by dgemv")
    func multiply() {
        let a: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(DenseKernels.multiply(a, rows: 3, columns: 2, [1, 1], transpose: false) == [3, 7, 11])
        #expect(DenseKernels.multiply(a, rows: 3, columns: 2, [1, 0, 1], transpose: true) == [6, 8])
    }

    @Test("dposv solves S X = B with several right-hand sides (row-major in and out)")
    func solve() throws {
        // S = [[4, 2], [2, 3]], X = [[1, 2], [3, 4]] → B = S X = [[10, 16], [11, 16]].
        let x = try DenseKernels.solvePositiveDefinite([4, 2, 2, 3], order: 2, [10, 16, 11, 16], columns: 2)
        for (a, b) in zip(x, [1.0, 2, 3, 4]) { #expect(abs(a - b) < 1e-12) }
    }

    @Test("an indefinite matrix throws with the order of the failing minor and the caller")
    func indefinite() {
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2, routine: "dposv", caller: "test")) {
            try DenseKernels.solvePositiveDefinite([1, 2, 2, 1], order: 2, [1, 1], columns: 1, caller: "test")
        }
    }
}
