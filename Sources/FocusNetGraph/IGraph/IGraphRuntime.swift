internal import CIGraph
import Logging
import Synchronization

/// The single gate to igraph.
///
/// The Debian build of igraph 0.10 is not thread-safe (two threads at once abort with
/// "Corrupt finally stack"), and its default error handler aborts the process. Every call
/// into igraph therefore runs inside ``run(_:_:)``, which holds one process-wide lock, installs
/// FocusNet's handlers on first use, checks the library's version and converts error codes.
/// `Mutex` traps on re-entry, so the body must not call `run` again and `deinit`s of the
/// owning wrappers (which only free memory, touching no global state) never take the lock.
package enum IGraphRuntime {
    private static let lock = Mutex<Bool>(false)   // the flag: handlers installed
    private static let logger = Logger(label: "focusnet.igraph")

    /// The first non-empty reason igraph reported since the last call began; written only by
    /// the error handler, which runs on the thread that holds `lock`.
    nonisolated(unsafe) private static var pendingReason: String?

    /// The linked igraph's version string (e.g. "0.10.2").
    package static var version: String {
        var text: UnsafePointer<CChar>?
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        igraph_version(&text, &major, &minor, &patch)
        return text.map { String(cString: $0) } ?? "\(major).\(minor).\(patch)"
    }

    /// Runs `body` with exclusive access to igraph; `body` uses ``check(_:_:)`` on each C call.
    /// - Throws: ``IGraphError`` when igraph's major/minor version is not 0.10, or what `body` throws.
    package static func run<T>(_ operation: String, _ body: () throws -> T) throws -> T {
        try lock.withLock { ready in
            if !ready {
                try installHandlers()
                DenseKernels.useOneThread()   // ARPACK's BLAS is OpenBLAS: see DenseKernels
                ready = true
            }
            pendingReason = nil
            return try body()
        }
    }

    /// Seeds igraph's default random number generator; call inside ``run(_:_:)``.
    package static func seed(_ seed: UInt64, operation: String) throws {
        try check(igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed)), operation)
    }

    /// Converts igraph's return code into a Swift error naming the operation.
    static func check(_ status: igraph_error_t, _ operation: String) throws {
        guard status != IGRAPH_SUCCESS else { return }
        let reason = pendingReason ?? String(cString: igraph_strerror(status))
        pendingReason = nil
        throw IGraphError(code: code(of: status), reason: reason, operation: operation)
    }

    private static func installHandlers() throws {
        var major: Int32 = 0, minor: Int32 = 0, patch: Int32 = 0
        igraph_version(nil, &major, &minor, &patch)
        guard major == 0, minor == 10 else {
            throw IGraphError(
                code: .unsupportedVersion("\(major).\(minor).\(patch)"),
                reason: "FocusNet needs igraph 0.10.x (Debian libigraph-dev); found \(major).\(minor).\(patch)",
                operation: "igraph_version")
        }
        igraph_set_error_handler { reason, _, _, _ in
            // Never throw or jump out of a C callback: record, free igraph's temporaries, return.
            if IGraphRuntime.pendingReason == nil, let reason, reason.pointee != 0 {
                IGraphRuntime.pendingReason = String(cString: reason)
            }
            IGRAPH_FINALLY_FREE()
        }
        igraph_set_warning_handler { reason, _, _ in
            guard let reason else { return }
            IGraphRuntime.logger.warning("igraph: \(String(cString: reason))")
        }
    }

    private static func code(of status: igraph_error_t) -> IGraphError.Code {
        switch status {
        case IGRAPH_FAILURE: .failure
        case IGRAPH_ENOMEM: .outOfMemory
        case IGRAPH_PARSEERROR: .parseError
        case IGRAPH_EINVAL: .invalidValue
        case IGRAPH_EXISTS: .exists
        case IGRAPH_EINVEVECTOR: .invalidVertexVector
        case IGRAPH_EINVVID: .invalidVertexID
        case IGRAPH_NONSQUARE: .nonSquare
        case IGRAPH_EINVMODE: .invalidMode
        case IGRAPH_EFILE: .fileError
        case IGRAPH_UNIMPLEMENTED: .unimplemented
        case IGRAPH_INTERRUPTED: .interrupted
        case IGRAPH_DIVERGED: .diverged
        case IGRAPH_ENEGLOOP: .negativeLoop
        case IGRAPH_EINTERNAL: .internalError
        case IGRAPH_EDIVZERO: .divisionByZero
        case IGRAPH_ELAPACK: .lapack
        case IGRAPH_EOVERFLOW: .overflow
        case IGRAPH_EUNDERFLOW: .underflow
        case IGRAPH_CPUTIME: .cpuTime
        case IGRAPH_ERWSTUCK: .randomWalkStuck
        case IGRAPH_ERANGE: .outOfRange
        case IGRAPH_ENOSOL: .noSolution
        default:
            (status.rawValue >= IGRAPH_ARPACK_PROD.rawValue && status.rawValue <= IGRAPH_ARPACK_UNKNOWN.rawValue)
                || (status.rawValue >= IGRAPH_ARPACK_MAXIT.rawValue && status.rawValue <= IGRAPH_ARPACK_REORDER.rawValue)
                ? .arpack(Int32(status.rawValue)) : .other(Int32(status.rawValue))
        }
    }
}
