import Testing
@testable import FocusNetGraph

@Suite struct OpenBLASBridgeTests {
    @Test("AᵀA by dsyrk, both triangles filled")
    func gram() {
        // A = [[1, 2], [3, 4], [5, 6]] → AᵀA = [[35, 44], [44, 56]].
        #expect(DenseKernels.gram([1, 2, 3, 4, 5, 6], rows: 3, columns: 2) == [35, 44, 44, 56])
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
