import FocusNetGraph
import Foundation

/// Ridge-penalized logistic regression fitted by Newton–Raphson (iteratively reweighted least
/// squares; McCullagh & Nelder 1989, *Generalized Linear Models*, §4.4; ridge: le Cessie & van
/// Houwelingen 1992, doi:10.2307/2347628).
///
/// Model: P(y = 1 | x) = σ(β₀ + xᵀβ), σ(t) = 1 / (1 + e^(−t)). The fit maximizes
/// ℓ(β) − (λ/2) Σ_{j≥1} β_j² (the intercept is not penalized). Each step solves
/// (ZᵀWZ + λD) δ = Zᵀ(y − μ) − λDβ with LAPACK `dposv` (Cholesky, OpenBLAS), Z = [1 | X],
/// W = diag(μ(1 − μ)), D = diag(0, 1, …, 1); a step that lowers the penalized likelihood is
/// halved. Standard errors are √diag((ZᵀWZ + λD)⁻¹) at the optimum: the usual maximum-likelihood
/// standard errors when λ = 0, the penalized (posterior) ones otherwise.
public struct LogisticRegression: Sendable, Equatable {
    /// β₀ (intercept) first, then one per column of X.
    public let coefficients: [Double]
    /// Standard error of each coefficient, same order.
    public let standardErrors: [Double]
    /// Unpenalized log-likelihood at the optimum.
    public let logLikelihood: Double
    /// λ as given.
    public let ridge: Double
    /// Newton–Raphson steps taken.
    public let iterations: Int
    /// Whether the step fell below the tolerance before `maxIterations`.
    public let converged: Bool

    /// Fits the model.
    /// - Parameters:
    ///   - x: design matrix without the intercept column, row-major, shape rows × columns.
    ///   - y: outcome of each row.
    ///   - ridge: λ ≥ 0 (0 = plain maximum likelihood, which diverges under separation).
    ///   - tolerance: convergence when every step component is below tolerance × (1 + max |β|).
    ///   - maxIterations: cap on Newton–Raphson steps.
    /// - Throws: ``LinearAlgebraError`` when ZᵀWZ + λD is singular (λ = 0 with a constant or
    ///   collinear column).
    /// - Complexity: O(iterations × rows × (columns + 1)²); memory O(rows × columns).
    public init(x: [Double], rows: Int, columns: Int, y: [Bool], ridge: Double, maxIterations: Int = 100,
                tolerance: Double = 1e-10) throws(LinearAlgebraError) {
        precondition(x.count == rows * columns && y.count == rows, "design and outcome do not fit")
        let q = columns + 1
        var z = [Double](repeating: 1, count: rows * q)
        for i in 0..<rows { for j in 0..<columns { z[i * q + j + 1] = x[i * columns + j] } }
        try self.init(design: z, rows: rows, columnsWithIntercept: q, y: y, ridge: ridge, maxIterations: maxIterations,
                      tolerance: tolerance)
    }

    /// Fits the model on a design that already holds the intercept column: Z = [1 | X], row-major,
    /// shape rows × `columnsWithIntercept`. Shared by fits that differ
    /// only in y. Same throws and complexity as ``init(x:rows:columns:y:ridge:maxIterations:tolerance:)``.
    ///
    /// `start`, when given (shape `[q]`), is where Newton–Raphson begins instead of the
    /// intercept-only model: the fit of a neighbouring λ on the same design (a warm start along
    /// the penalty path) reaches the same optimum in fewer steps.
    init(design z: [Double], rows: Int, columnsWithIntercept q: Int, y: [Bool], ridge: Double, start: [Double]? = nil,
         maxIterations: Int = 100, tolerance: Double = 1e-10) throws(LinearAlgebraError) {
        precondition(z.count == rows * q && y.count == rows && q >= 1, "design and outcome do not fit")
        precondition(ridge >= 0, "ridge must be ≥ 0")
        precondition(start.map { $0.count == q } ?? true, "one starting value per column")
        let target = y.map { $0 ? 1.0 : 0.0 }
        let mean = target.reduce(0, +) / Double(max(rows, 1))
        var beta = [Double](repeating: 0, count: q)
        beta[0] = log(max(mean, 1e-6) / max(1 - mean, 1e-6))
        if let start, start.allSatisfy(\.isFinite) { beta = start }

        // The linear predictor of the latest point evaluated: the accepted step's is the next
        // Hessian's (computing it twice was a fifth of a fit).
        var lastEta: (beta: [Double], eta: [Double])?
        func linear(_ b: [Double]) -> [Double] {
            if let lastEta, lastEta.beta == b { return lastEta.eta }
            let eta = DenseKernels.multiply(z, rows: rows, columns: q, b, transpose: false)
            lastEta = (b, eta)
            return eta
        }
        func penalizedLikelihood(_ b: [Double]) -> (Double, Double) {
            let eta = linear(b)
            var ll = 0.0
            for i in 0..<rows { ll += target[i] * eta[i] - LogisticRegression.softplus(eta[i]) }
            let penalty = 0.5 * ridge * b.dropFirst().reduce(0) { $0 + $1 * $1 }
            return (ll - penalty, ll)
        }
        func hessian(_ b: [Double]) -> (matrix: [Double], gradient: [Double]) {
            let eta = linear(b)
            var residual = [Double](repeating: 0, count: rows)
            var weight = [Double](repeating: 0, count: rows)
            for i in 0..<rows {
                let mu = LogisticRegression.sigmoid(eta[i])
                residual[i] = target[i] - mu
                weight[i] = mu * (1 - mu)
            }
            var h = DenseKernels.weightedGram(z, rows: rows, columns: q, weights: weight)
            var g = DenseKernels.multiply(z, rows: rows, columns: q, residual, transpose: true)
            for j in 1..<q {
                h[j * q + j] += ridge
                g[j] -= ridge * b[j]
            }
            return (h, g)
        }

        var (objective, _) = penalizedLikelihood(beta)
        var iterations = 0, converged = false
        while iterations < maxIterations {
            iterations += 1
            let (h, g) = hessian(beta)
            let delta = try DenseKernels.solvePositiveDefinite(h, order: q, g, columns: 1, caller: "LogisticRegression.init")
            var step = 1.0, candidate = beta, value = objective
            while true {
                candidate = zip(beta, delta).map { $0 + step * $1 }
                value = penalizedLikelihood(candidate).0
                if value >= objective - 1e-12 * abs(objective) || step < 1e-8 { break }
                step /= 2
            }
            let largest = delta.map { abs($0 * step) }.max() ?? 0
            beta = candidate
            objective = value
            if largest <= tolerance * (1 + (beta.map(abs).max() ?? 0)) { converged = true; break }
        }
        let (h, _) = hessian(beta)
        var identity = [Double](repeating: 0, count: q * q)
        for j in 0..<q { identity[j * q + j] = 1 }
        let inverse = try DenseKernels.solvePositiveDefinite(h, order: q, identity, columns: q, caller: "LogisticRegression.init")
        coefficients = beta
        standardErrors = (0..<q).map { inverse[$0 * q + $0].squareRoot() }
        logLikelihood = penalizedLikelihood(beta).1
        self.ridge = ridge
        self.iterations = iterations
        self.converged = converged
    }

    /// σ(t) = 1 / (1 + e^(−t)), without overflow.
    static func sigmoid(_ t: Double) -> Double {
        t >= 0 ? 1 / (1 + exp(-t)) : exp(t) / (1 + exp(t))
    }

    /// log(1 + e^t), without overflow.
    static func softplus(_ t: Double) -> Double { t > 0 ? t + log1p(exp(-t)) : log1p(exp(t)) }
}
