/// Why a synthetic region could not be generated, with what the caller needs to fix it.
public enum SimulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A ``SimulationConfig`` field is out of its documented range.
    case invalidConfiguration(field: String, value: String, allowed: String)
    /// The output folder could not be created (or exists as a file).
    case cannotCreateDirectory(path: String, reason: String)
    /// A record file could not be created or written.
    case cannotWriteFile(path: String, reason: String)

    /// The message printed to the user, naming the setting, folder or file to fix.
    public var description: String {
        switch self {
        case .invalidConfiguration(let field, let value, let allowed):
            "simulation setting \(field) = \(value) is out of range (allowed: \(allowed))"
        case .cannotCreateDirectory(let path, let reason):
            "\(path): cannot create the output folder (\(reason))"
        case .cannotWriteFile(let path, let reason):
            "\(path): cannot write the file (\(reason))"
        }
    }
}
