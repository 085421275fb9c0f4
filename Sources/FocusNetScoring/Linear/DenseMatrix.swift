internal import COpenBLAS

/// A dense row-major matrix of `Double`, for feature matrices (people × components).
struct DenseMatrix: Equatable {
    let rows: Int
    let columns: Int
    private(set) var storage: [Double]

    init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        storage = [Double](repeating: value, count: rows * columns)
    }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// Sets column `j` from `values` (shape `[rows]`).
    mutating func setColumn(_ j: Int, _ values: [Double]) {
        precondition(values.count == rows, "column length \(values.count) ≠ rows \(rows)")
        for i in 0..<rows { storage[i * columns + j] = values[i] }
    }

    /// `self × vector` by OpenBLAS `dgemv`. Shape `[rows]`.
    /// - Complexity: O(rows × columns).
    func times(_ vector: [Double]) -> [Double] {
        precondition(vector.count == columns, "vector length \(vector.count) ≠ columns \(columns)")
        var result = [Double](repeating: 0, count: rows)
        guard rows > 0, columns > 0 else { return result }
        storage.withUnsafeBufferPointer { a in
            vector.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_dgemv(CblasRowMajor, CblasNoTrans, Int32(rows), Int32(columns), 1.0,
                                a.baseAddress, Int32(columns), x.baseAddress, 1, 0.0, y.baseAddress, 1)
                }
            }
        }
        return result
    }
}

/// Versions of the linear-algebra library, for run manifests.
public enum LinearAlgebra {
    /// OpenBLAS's configuration string, e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY …".
    public static var openBLASVersion: String {
        guard let text = openblas_get_config() else { return "unknown" }
        return String(cString: text)
    }
}
