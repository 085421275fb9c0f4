/// Why an export cannot be made. Person identifiers are never quoted back (they could reach a
/// log); an identifier is named by its position in the list the user gave.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// The identifier at this 1-based position is neither a person id nor, with a key, a pseudonym.
    case unknownPerson(position: Int)
    /// The person at this position is in the records but not in the network as of the date
    /// (no arrest in the window and no active group membership).
    case notInNetwork(position: Int)
    /// `around` with no identifier, or a list that is empty.
    case noSeeds
    /// Steps must be 0 or more.
    case invalidSteps(Int)

    /// A sentence for the command line; names positions, never person ids.
    public var description: String {
        switch self {
        case .unknownPerson(let i):
            "identifier \(i) of the list is not a person id in the records (nor, with --pseudonymize, a pseudonym under that key)"
        case .notInNetwork(let i):
            "person \(i) of the list has no arrest in the window and no active group membership as of the date, so is not in the network"
        case .noSeeds: "the selection names nobody: give at least one person, or a non-empty call-in list"
        case .invalidSteps(let k): "steps must be 0 or more, not \(k)"
        }
    }
}
