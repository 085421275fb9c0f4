import Testing
@testable import FocusNetGraph

@Suite struct DenseMatrixTests {
    @Test("DenseMatrix × vector through OpenBLAS dgemv")
    func denseProduct() {
        var m = DenseMatrix(rows: 2, columns: 3)
        m.setColumn(0, [1, 4]); m.setColumn(1, [2, 5]); m.setColumn(2, [3, 6])
        #expect(m.times([1, 0.5, -1]) == [-1, 0.5])
        #expect(LinearAlgebra.openBLASVersion.contains("OpenBLAS"))
    }
}
