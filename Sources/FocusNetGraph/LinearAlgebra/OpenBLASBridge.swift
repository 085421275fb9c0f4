internal import COpenBLAS

/// A LAPACK routine that could not finish on the data (not a bug in the call).
///
/// Thrown by the logistic-regression fits of FocusNetEvaluation (Cholesky solve of the
/// normal equations by LAPACK `dposv`); a malformed call traps instead.
public enum LinearAlgebraError: Error, Equatable, CustomStringConvertible {
    /// `dposv` INFO > 0: the leading minor of this order is not positive definite, so the
    /// Cholesky factorization failed (e.g. a constant or duplicated column without a ridge).
    case notPositiveDefinite(order: Int, routine: String, caller: String)

    /// One line naming the routine, its caller and a remedy (a ridge penalty > 0).
    public var description: String {
        switch self {
        case .notPositiveDefinite(let order, let routine, let caller):
            "\(routine) (from \(caller)): the leading minor of order \(order) is not positive definite; "
                + "a feature may be constant or a linear combination of others — use a ridge penalty > 0"
        }
    }
}

/// The only file of FocusNet that calls OpenBLAS and LAPACK. Matrices are dense,
/// row-major `[Double]`; every call states where it came from so a failure names its caller.
///
/// OpenBLAS runs on one thread. Its own threads split a product differently on 2 and on 64
/// cores, which changed the last digits of fitted coefficients with the machine; and on the
/// fits' narrow matrices (≤ 20 columns) they spun in `sched_yield` for 23 of a city backtest's
/// 52 CPU seconds. FocusNet runs independent fits side by side instead. igraph's ARPACK calls
/// the same library (Debian's `libblas.so.3` is OpenBLAS), so ``IGraphRuntime`` sets it too.
package enum DenseKernels {
    /// Set before the first BLAS call of these kernels or of igraph (a `static let` runs once,
    /// thread-safely).
    private static let oneThread: Void = openblas_set_num_threads(1)

    /// Puts OpenBLAS on one thread (once per process; later calls do nothing).
    package static func useOneThread() { oneThread }

    /// The threads OpenBLAS uses (1 once any kernel here has run).
    package static var threads: Int { Int(openblas_get_num_threads()) }

    /// AᵀWA for A of shape rows × columns and W = diag(`weights`) (each ≥ 0), by `cblas_dsyrk`
    /// on blocks of 4,096 rows scaled by √w, so no scaled copy of A is made. Shape columns ×
    /// columns, full (both triangles), row-major.
    /// - Complexity: O(rows × columns²); memory O(4,096 × columns).
    package static func weightedGram(_ a: [Double], rows: Int, columns: Int, weights: [Double]) -> [Double] {
        precondition(a.count == rows * columns && weights.count == rows, "matrix of \(a.count) values and \(weights.count) weights is not \(rows) × \(columns)")
        precondition(weights.allSatisfy { $0 >= 0 }, "weights must be ≥ 0")
        var c = [Double](repeating: 0, count: columns * columns)
        guard rows > 0, columns > 0 else { return c }
        _ = oneThread
        let block = 4096
        var scaled = [Double](repeating: 0, count: min(block, rows) * columns)
        var start = 0
        while start < rows {
            let count = min(block, rows - start)
            for r in 0..<count {
                let root = weights[start + r].squareRoot()
                for j in 0..<columns { scaled[r * columns + j] = a[(start + r) * columns + j] * root }
            }
            scaled.withUnsafeBufferPointer { ps in
                c.withUnsafeMutableBufferPointer { pc in
                    cblas_dsyrk(CblasRowMajor, CblasUpper, CblasTrans, Int32(columns), Int32(count), 1.0,
                                ps.baseAddress, Int32(columns), 1.0, pc.baseAddress, Int32(columns))
                }
            }
            start += count
        }
        for i in 0..<columns { for j in 0..<i { c[i * columns + j] = c[j * columns + i] } }
        return c
    }

    /// A x (`transpose: false`, shape `[rows]`) or Aᵀ x (`transpose: true`, shape `[columns]`), by `cblas_dgemv`.
    /// - Complexity: O(rows × columns).
    package static func multiply(_ a: [Double], rows: Int, columns: Int, _ x: [Double], transpose: Bool) -> [Double] {
        precondition(a.count == rows * columns, "matrix of \(a.count) values is not \(rows) × \(columns)")
        precondition(x.count == (transpose ? rows : columns), "vector length \(x.count) does not fit")
        var y = [Double](repeating: 0, count: transpose ? columns : rows)
        guard rows > 0, columns > 0 else { return y }
        _ = oneThread
        a.withUnsafeBufferPointer { pa in
            x.withUnsafeBufferPointer { px in
                y.withUnsafeMutableBufferPointer { py in
                    cblas_dgemv(CblasRowMajor, transpose ? CblasTrans : CblasNoTrans, Int32(rows), Int32(columns), 1.0,
                                pa.baseAddress, Int32(columns), px.baseAddress, 1, 0.0, py.baseAddress, 1)
                }
            }
        }
        return y
    }

    /// Solves S X = B for a symmetric positive definite S (order n) and B of shape n × nrhs
    /// (row-major), by LAPACK `dposv` (Cholesky). Returns X, shape n × nrhs, row-major.
    /// - Throws: ``LinearAlgebraError/notPositiveDefinite(order:routine:caller:)``.
    /// - Complexity: O(n³ / 3 + n² × nrhs).
    package static func solvePositiveDefinite(_ s: [Double], order n: Int, _ b: [Double], columns nrhs: Int,
                                      caller: String = #function) throws(LinearAlgebraError) -> [Double] {
        precondition(s.count == n * n && b.count == n * nrhs, "dposv: shapes do not fit")
        guard n > 0, nrhs > 0 else { return b }
        _ = oneThread
        var a = s   // symmetric: row-major = column-major
        var x = [Double](repeating: 0, count: n * nrhs)   // column-major for Fortran
        for i in 0..<n { for j in 0..<nrhs { x[j * n + i] = b[i * nrhs + j] } }
        var order = Int32(n), right = Int32(nrhs), lda = Int32(n), ldb = Int32(n), info: Int32 = 0
        a.withUnsafeMutableBufferPointer { pa in
            x.withUnsafeMutableBufferPointer { px in
                dposv_("U", &order, &right, pa.baseAddress, &lda, px.baseAddress, &ldb, &info, 1)
            }
        }
        precondition(info >= 0, "dposv: argument \(-info) is invalid (called from \(caller))")
        if info > 0 { throw .notPositiveDefinite(order: Int(info), routine: "dposv", caller: caller) }
        var result = [Double](repeating: 0, count: n * nrhs)
        for i in 0..<n { for j in 0..<nrhs { result[i * nrhs + j] = x[j * n + i] } }
        return result
    }
}

/// Versions of the linear-algebra library, for run manifests.
public enum LinearAlgebra {
    /// OpenBLAS's configuration string as the linked library reports it (`openblas_get_config`),
    /// e.g. "OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY …"; `"unknown"` when it reports none.
    /// - Complexity: O(1); reads a static string from the library.
    public static var openBLASVersion: String {
        guard let text = openblas_get_config() else { return "unknown" }
        return String(cString: text)
    }
}
