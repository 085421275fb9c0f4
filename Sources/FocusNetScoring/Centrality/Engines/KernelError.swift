/// A FocusNet kernel that did not reach its stated accuracy — the kernels' counterpart of
/// igraph's ARPACK and PRPACK errors, so a list is never built on an unconverged measure.
public enum KernelError: Error, Equatable, Sendable {
    /// The iteration stopped at its cap with `residual` still above `tolerance`.
    case notConverged(measure: String, residual: Double, tolerance: Double)
}

extension KernelError: CustomStringConvertible {
    /// One line for the user: the measure, the residual reached and the tolerance asked for.
    public var description: String {
        switch self {
        case .notConverged(let measure, let residual, let tolerance):
            "\(measure) did not converge: residual \(residual) above the tolerance \(tolerance)"
        }
    }
}
