/// An error reported by the igraph C library, with igraph's own reason text.
///
/// Codes are named after igraph's C constants (`IGRAPH_ENOMEM` → ``Code/outOfMemory``),
/// so a message can be matched against igraph's documentation.
public struct IGraphError: Error, Equatable, CustomStringConvertible {
    public enum Code: Equatable, Sendable {
        case failure             // IGRAPH_FAILURE
        case outOfMemory         // IGRAPH_ENOMEM
        case parseError          // IGRAPH_PARSEERROR
        case invalidValue        // IGRAPH_EINVAL
        case exists              // IGRAPH_EXISTS
        case invalidVertexVector // IGRAPH_EINVEVECTOR
        case invalidVertexID     // IGRAPH_EINVVID
        case nonSquare           // IGRAPH_NONSQUARE
        case invalidMode         // IGRAPH_EINVMODE
        case fileError           // IGRAPH_EFILE
        case unimplemented       // IGRAPH_UNIMPLEMENTED
        case interrupted         // IGRAPH_INTERRUPTED
        case diverged            // IGRAPH_DIVERGED
        case arpack(Int32)       // IGRAPH_ARPACK_* (the raw ARPACK failure kind)
        case negativeLoop        // IGRAPH_ENEGLOOP
        case internalError       // IGRAPH_EINTERNAL
        case divisionByZero      // IGRAPH_EDIVZERO
        case lapack              // IGRAPH_ELAPACK
        case overflow            // IGRAPH_EOVERFLOW
        case underflow           // IGRAPH_EUNDERFLOW
        case cpuTime             // IGRAPH_CPUTIME
        case randomWalkStuck     // IGRAPH_ERWSTUCK
        case outOfRange          // IGRAPH_ERANGE
        case noSolution          // IGRAPH_ENOSOL
        case other(Int32)        // codes FocusNet never expects (GLPK, attributes, …)
        /// igraph's major version is not the one FocusNet was written for (0.10).
        case unsupportedVersion(String)
    }

    public let code: Code
    /// igraph's reason text, or FocusNet's where igraph gave none.
    public let reason: String
    /// The FocusNet operation that called igraph, e.g. `"igraph_betweenness"`.
    public let operation: String

    public var description: String { "igraph error in \(operation): \(reason) (\(code))" }
}
