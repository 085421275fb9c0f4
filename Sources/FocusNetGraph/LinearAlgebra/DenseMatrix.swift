/// A dense row-major matrix of `Double`, for feature matrices (people × components).
package struct DenseMatrix: Equatable {
    package let rows: Int
    package let columns: Int
    package private(set) var storage: [Double]

    package init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        storage = [Double](repeating: value, count: rows * columns)
    }

    package subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// Sets column `j` from `values` (shape `[rows]`).
    package mutating func setColumn(_ j: Int, _ values: [Double]) {
        precondition(values.count == rows, "column length \(values.count) ≠ rows \(rows)")
        for i in 0..<rows { storage[i * columns + j] = values[i] }
    }

    /// `self × vector` by OpenBLAS `dgemv` (``DenseKernels/multiply(_:rows:columns:_:transpose:)``). Shape `[rows]`.
    /// - Complexity: O(rows × columns).
    package func times(_ vector: [Double]) -> [Double] {
        DenseKernels.multiply(storage, rows: rows, columns: columns, vector, transpose: false)
    }
}

