import FocusNetGraph

/// Eigenvector centrality (Bonacich 1972) of one connected component by restarted Lanczos
/// iteration on FocusNet's compressed sparse row ``Adjacency``, parallel over blocks of rows.
///
/// Measured: igraph's ARPACK solver (``Eigenvector``) took 53 s on the 3.0M-node state network
/// in the python-igraph reference pipeline, after an induced-subgraph copy, on one core behind FocusNet's igraph
/// lock. Plain power iteration needs no copy but converges only as (λ₂/λ₁)^k — 450 products on
/// the simulated city network (λ₂/λ₁ ≈ 0.95) — so this kernel restarts a short Lanczos run from
/// its best Ritz vector (explicitly restarted Lanczos; Saad, *Numerical Methods for Large
/// Eigenvalue Problems*, 2nd ed. 2011, §4.3 and §5.3), which contracts the error by about
/// 1/T_m(1 + 2γ) per m products (T_m Chebyshev, γ the relative gap). Each cycle orthogonalizes
/// only against its start vector (selective orthogonalization, Parlett & Scott 1979), and the
/// stopping test uses the exact residual of that start vector, so lost orthogonality can slow
/// convergence but never stop it early.
///
/// Determinism: every row of a product is summed by one thread in neighbour order, and dot
/// products add fixed blocks in block order.
package enum EigenvectorKernel {
    static let blockCount = 16

    /// The result and how it was reached.
    package struct Result: Sendable {
        /// Shape `[n]`: |leading eigenvector| on the component, maximum 1, and 0 elsewhere.
        package var values: [Double]
        /// Matrix–vector products used.
        package var products: Int
        /// ‖A x − λ x‖₂ / λ for the unit Ritz vector x returned (the stopping criterion).
        package var relativeResidual: Double
        /// The leading eigenvalue λ₁.
        package var eigenvalue: Double
    }

    /// The leading eigenvector of the weighted adjacency matrix restricted to `component`
    /// (a connected component, so the vector is positive and unique up to scale).
    ///
    /// - Parameters:
    ///   - component: node indices of one connected component, increasing.
    ///   - weighted: `false` treats every tie as 1.
    ///   - tolerance: stop when ‖A x − λ x‖ ≤ tolerance · λ for unit x; the eigenvector's error
    ///     is then at most about tolerance · λ₁ / (λ₁ − λ₂) (default 1e-11).
    ///   - basisSize: Lanczos vectors per restart (memory: basisSize + 1 vectors of the
    ///     component's size, plus one of n).
    ///   - maxProducts: cap on matrix–vector products; the result's ``Result/relativeResidual``
    ///     says whether the tolerance was reached before it (``Eigenvector`` throws if not).
    /// - Complexity: O(m_c + n_c) per product (one orthogonalization step against the start
    ///   vector) plus O(basisSize · n_c) per restart; memory 8 (basisSize + 2) n_c + 8 n bytes.
    package static func compute(_ graph: CSRGraph, component: [Int], weighted: Bool = true,
                               tolerance: Double = 1e-11, basisSize: Int = 12, maxProducts: Int = 100_000) -> Result {
        compute(operator: CSROperator(graph, weighted: weighted), component: component, tolerance: tolerance,
                basisSize: basisSize, maxProducts: maxProducts)
    }

    /// The same on any ``WeightedOperator`` (e.g. a ``CombinedNetwork``).
    package static func compute<Operator: WeightedOperator>(operator a: Operator, component: [Int], tolerance: Double = 1e-11,
                                                           basisSize: Int = 12, maxProducts: Int = 100_000) -> Result {
        let n = a.nodeCount
        var values = [Double](repeating: 0, count: n)
        // A component of one node has no ties: every value 0, as in ``Eigenvector``.
        guard component.count > 1 else { return Result(values: values, products: 0, relativeResidual: 0, eigenvalue: 0) }
        let size = component.count
        let operation = ComponentOperator(operator: a, rows: component)
        let m = max(2, min(basisSize, size))
        // Start: strength on the component (positive, close to the Perron vector on sparse graphs).
        let strength = a.strengths()
        var x = component.map { strength[$0] }
        operation.scale(&x, by: 1 / operation.norm(x))
        // Each new Lanczos vector is swapped into its basis slot, and w takes over the slot's old
        // buffer: a fresh 8 n_c-byte vector per product (an allocation and page faults each time)
        // cost a measurable share of the stage at 1.4M nodes.
        var basis = [[Double]](repeating: [Double](repeating: 0, count: size), count: m)
        var w = [Double](repeating: 0, count: size)
        var products = 0, theta = 0.0, residual = Double.infinity
        while products < maxProducts {
            basis[0] = x
            var alpha = [Double](), beta = [Double]()
            var steps = 0
            for j in 0..<m {
                operation.multiply(basis[j], into: &w)
                products += 1
                steps = j + 1
                let (a, wNorm) = operation.dotAndNorm(w, basis[j])
                alpha.append(a)
                if j == 0 {
                    // The exact residual of the restart vector x = q₀: ‖A x − (xᵀA x) x‖ / |xᵀA x|.
                    theta = a
                    residual = (max(0, wNorm * wNorm - a * a)).squareRoot() / abs(a)
                    if residual <= tolerance { break }
                }
                // Three-term recurrence, then one Gram–Schmidt step against q₀: in these short
                // cycles orthogonality is lost mainly toward the converging Ritz vector, which
                // q₀ approximates (selective orthogonalization, Parlett & Scott 1979). Full
                // reorthogonalization cost 2j + 5 vector passes per product and dominated the
                // stage at 1.4M nodes; this costs about 6.
                let b = operation.recur(&w, alpha: a, current: basis[j], beta: j > 0 ? beta[j - 1] : 0,
                                        previous: j > 0 ? basis[j - 1] : nil, first: basis[0])
                beta.append(b)
                if j + 1 < m {
                    if b <= 1e-14 * abs(a) { break }   // invariant subspace: the Ritz pair is exact
                    operation.scale(&w, by: 1 / b)
                    swap(&w, &basis[j + 1])
                }
            }
            if residual <= tolerance { break }
            let (value, vector) = largestEigenpair(alpha: Array(alpha.prefix(steps)), beta: Array(beta.prefix(steps - 1)))
            theta = value
            var next = operation.combine(basis.prefix(steps), vector)
            operation.scale(&next, by: 1 / operation.norm(next))
            x = next
            if steps < m { residual = abs(beta[steps - 1] * vector[steps - 1]) / abs(value); break }
        }
        var largest = 0.0
        for k in 0..<size { largest = max(largest, abs(x[k])) }
        for (k, v) in component.enumerated() { values[v] = abs(x[k]) / largest }
        return Result(values: values, products: products, relativeResidual: residual, eigenvalue: theta)
    }

    /// The largest eigenvalue of the symmetric tridiagonal matrix (diagonal `alpha`, off-diagonal
    /// `beta`) and its unit eigenvector, by cyclic Jacobi rotations (the matrix is tiny).
    static func largestEigenpair(alpha: [Double], beta: [Double]) -> (Double, [Double]) {
        let k = alpha.count
        var a = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for i in 0..<k { a[i][i] = alpha[i] }
        for i in 0..<(k - 1) where i < beta.count { a[i][i + 1] = beta[i]; a[i + 1][i] = beta[i] }
        var v = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            var off = 0.0
            for i in 0..<k { for j in 0..<k where i != j { off += a[i][j] * a[i][j] } }
            if off < 1e-30 { break }
            for p in 0..<k {
                for q in (p + 1)..<k where a[p][q] != 0 {
                    let tau = (a[q][q] - a[p][p]) / (2 * a[p][q])
                    let t = (tau >= 0 ? 1 : -1) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for r in 0..<k {
                        let arp = a[r][p], arq = a[r][q]
                        a[r][p] = c * arp - s * arq; a[r][q] = s * arp + c * arq
                    }
                    for r in 0..<k {
                        let apr = a[p][r], aqr = a[q][r]
                        a[p][r] = c * apr - s * aqr; a[q][r] = s * apr + c * aqr
                    }
                    for r in 0..<k {
                        let vrp = v[r][p], vrq = v[r][q]
                        v[r][p] = c * vrp - s * vrq; v[r][q] = s * vrp + c * vrq
                    }
                }
            }
        }
        var best = 0
        for i in 1..<max(1, k) where a[i][i] > a[best][best] { best = i }
        return (a[best][best], (0..<k).map { v[$0][best] })
    }
}

/// y = A x restricted to the rows of one component, with deterministic parallel vector algebra.
private final class ComponentOperator<Operator: WeightedOperator> {
    let a: Operator
    let rows: [Int]
    /// x scattered onto node indices, and the product (the component is closed under A).
    private var full: [Double], product: [Double]
    private let blocks: Int

    init(operator a: Operator, rows: [Int]) {
        self.a = a
        self.rows = rows
        full = [Double](repeating: 0, count: a.nodeCount)
        product = [Double](repeating: 0, count: a.nodeCount)
        blocks = min(EigenvectorKernel.blockCount, rows.count)
    }

    func multiply(_ x: [Double], into y: inout [Double]) {
        let rows = rows, count = rows.count
        rows.withUnsafeBufferPointer { rows in
            x.withUnsafeBufferPointer { x in
                full.withUnsafeMutableBufferPointer { full in
                    _ = blockSums(count) { range in
                        for k in range { full[rows[k]] = x[k] }
                        return (0, 0)
                    }
                }
            }
        }
        a.multiply(full, into: &product, rows: rows)
        rows.withUnsafeBufferPointer { rows in
            product.withUnsafeBufferPointer { product in
                y.withUnsafeMutableBufferPointer { y in
                    _ = blockSums(count) { range in
                        for k in range { y[k] = product[rows[k]] }
                        return (0, 0)
                    }
                }
            }
        }
    }

    /// Σ over fixed blocks, each block summed by one thread in index order, blocks added in order.
    private func blockSums(_ count: Int, _ body: (Range<Int>) -> (Double, Double)) -> (Double, Double) {
        var partial = [(Double, Double)](repeating: (0, 0), count: blocks)
        let blocks = blocks
        partial.withUnsafeMutableBufferPointer { partial in
            DeterministicParallel.forEach(chunks: blocks) { block in
                partial[block] = body(DeterministicParallel.range(of: block, count: count, chunks: blocks))
            }
        }
        return partial.reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
    }

    /// (aᵀb, ‖a‖) in one pass.
    func dotAndNorm(_ a: [Double], _ b: [Double]) -> (Double, Double) {
        let sums = a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                blockSums(a.count) { range in
                    var ab = 0.0, aa = 0.0
                    for k in range { ab += a[k] * b[k]; aa += a[k] * a[k] }
                    return (ab, aa)
                }
            }
        }
        return (sums.0, sums.1.squareRoot())
    }

    func norm(_ a: [Double]) -> Double { dotAndNorm(a, a).1 }

    /// One Lanczos step on w = A q_j: w ← w − α q_j − β q_{j−1}, then w ← w − (wᵀq₀) q₀ (when
    /// j > 0); returns ‖w‖. Two parallel passes.
    func recur(_ w: inout [Double], alpha: Double, current: [Double], beta: Double, previous: [Double]?,
               first: [Double]) -> Double {
        let hasPrevious = previous != nil
        let previous = previous ?? current
        let c = w.withUnsafeMutableBufferPointer { w in
            current.withUnsafeBufferPointer { q in
                previous.withUnsafeBufferPointer { p in
                    first.withUnsafeBufferPointer { f in
                        blockSums(w.count) { range in
                            var c = 0.0
                            for k in range {
                                let v = w[k] - alpha * q[k] - (hasPrevious ? beta * p[k] : 0)
                                w[k] = v
                                c += v * f[k]
                            }
                            return (c, 0)
                        }
                    }
                }
            }
        }.0
        let correction = hasPrevious ? c : 0
        let squares = w.withUnsafeMutableBufferPointer { w in
            first.withUnsafeBufferPointer { f in
                blockSums(w.count) { range in
                    var s = 0.0
                    for k in range {
                        let v = w[k] - correction * f[k]
                        w[k] = v
                        s += v * v
                    }
                    return (s, 0)
                }
            }
        }.0
        return squares.squareRoot()
    }

    /// Σ_i y_i q_i, parallel over blocks of entries.
    func combine(_ basis: ArraySlice<[Double]>, _ y: [Double]) -> [Double] {
        let count = basis.first?.count ?? 0
        var result = [Double](repeating: 0, count: count)
        let vectors = Array(basis)
        result.withUnsafeMutableBufferPointer { out in
            _ = blockSums(count) { range in
                for (i, q) in vectors.enumerated() {
                    let c = y[i]
                    q.withUnsafeBufferPointer { q in for k in range { out[k] += c * q[k] } }
                }
                return (0, 0)
            }
        }
        return result
    }

    func scale(_ x: inout [Double], by c: Double) {
        x.withUnsafeMutableBufferPointer { x in
            _ = blockSums(x.count) { range in
                for k in range { x[k] *= c }
                return (0, 0)
            }
        }
    }
}
