/// An error reported by the igraph C library, with igraph's own reason text.
///
/// Codes are named after igraph's C constants (`IGRAPH_ENOMEM` → ``Code/outOfMemory``),
/// so a message can be matched against igraph's documentation (igraph C library 0.10, the
/// version FocusNet links; Csárdi & Nepusz 2006, "The igraph software package for complex
/// network research", InterJournal Complex Systems 1695).
///
/// Thrown by the network measures that run on igraph (betweenness, PageRank, eigenvector
/// centrality, coreness, components); FocusNet's own errors are separate types.
public struct IGraphError: Error, Equatable, CustomStringConvertible {
    /// igraph's error code (`igraph_error_t`), named after its C constant.: Error, Equatable, CustomStringConvertible {
    public enum Code: Equatable, Sendable {
        /// `IGRAPH_FAILURE`: unspecified failure.
        case failure
        /// `IGRAPH_ENOMEM`: igraph could not allocate memory.
        case outOfMemory
        /// `IGRAPH_PARSEERROR`: a file igraph read could not be parsed.
        case parseError
        /// `IGRAPH_EINVAL`: an argument had an invalid value (e.g. a negative weight where igraph forbids one).
        case invalidValue
        /// `IGRAPH_EXISTS`: the object already exists.
        case exists
        /// `IGRAPH_EINVEVECTOR`: a vertex vector (e.g. sampled sources) was invalid.
        case invalidVertexVector
        /// `IGRAPH_EINVVID`: a vertex index was outside `0..<n`.
        case invalidVertexID
        /// `IGRAPH_NONSQUARE`: a matrix was not square.
        case nonSquare
        /// `IGRAPH_EINVMODE`: an invalid mode argument was passed.
        case invalidMode
        /// `IGRAPH_EFILE`: a file operation failed.
        case fileError
        /// `IGRAPH_UNIMPLEMENTED`: the requested function is not implemented in this igraph build.
        case unimplemented
        /// `IGRAPH_INTERRUPTED`: the computation was interrupted.
        case interrupted
        /// `IGRAPH_DIVERGED`: an iterative method did not converge.
        case diverged
        /// `IGRAPH_ARPACK_*`: ARPACK (used for eigenvector centrality) failed; the value is igraph's raw
        /// ARPACK error code, which names the failure kind.
        case arpack(Int32)
        /// `IGRAPH_ENEGLOOP`: a negative cycle was found in a shortest-path computation.
        case negativeLoop
        /// `IGRAPH_EINTERNAL`: an internal igraph error (a bug in igraph).
        case internalError
        /// `IGRAPH_EDIVZERO`: division by zero.
        case divisionByZero
        /// `IGRAPH_ELAPACK`: a LAPACK call inside igraph failed.
        case lapack
        /// `IGRAPH_EOVERFLOW`: an arithmetic overflow.
        case overflow
        /// `IGRAPH_EUNDERFLOW`: an arithmetic underflow.
        case underflow
        /// `IGRAPH_CPUTIME`: a CPU time limit was exceeded.
        case cpuTime
        /// `IGRAPH_ERWSTUCK`: a random walk got stuck.
        case randomWalkStuck
        /// `IGRAPH_ERANGE`: a value was out of the range igraph can represent.
        case outOfRange
        /// `IGRAPH_ENOSOL`: the problem has no solution.
        case noSolution
        /// Any other igraph code (GLPK, attributes, …) that FocusNet's calls are not expected to
        /// return; the value is the raw code.
        case other(Int32)
        /// igraph's major version is not the one FocusNet was written for (0.10).
        case unsupportedVersion(String)
    }

    /// What kind of failure igraph reported.
    public let code: Code
    /// igraph's reason text, or FocusNet's where igraph gave none.
    public let reason: String
    /// The FocusNet operation that called igraph, e.g. `"igraph_betweenness"`.
    public let operation: String

    /// One line naming the operation, igraph's reason and the code.
    public var description: String { "igraph error in \(operation): \(reason) (\(code))" }
}
