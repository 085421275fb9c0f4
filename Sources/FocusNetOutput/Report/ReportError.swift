import FocusNetEvaluation
/// Why a report cannot be made from a folder. Messages name files, lines and columns, never a
/// person identifier.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// The folder holds neither a rank/call-in list (`call_in_list.csv`) nor backtest results
    /// (`metrics.csv`).
    case notAnOutputFolder(path: String)
    /// A file the report needs is missing.
    case missingFile(folder: String, name: String)
    case unreadable(file: String)
    /// A header lacks a column the report reads.
    case missingColumn(file: String, column: String)
    /// A record breaks CSV (RFC 4180) or has fewer fields than the header.
    case malformedRow(file: String, line: Int)
    /// `manifest.json` is not the JSON object FocusNet writes.
    case invalidManifest(file: String)
    /// The folder's ids are pseudonyms already; pseudonymizing them again would give ids that
    /// match no other list.
    case alreadyPseudonymized(folder: String)

    /// A sentence for the command line, naming the folder or file.
    public var description: String {
        switch self {
        case .notAnOutputFolder(let path):
            "\(path) holds no FocusNet output: expected call_in_list.csv (focusnet rank or call-in) or metrics.csv (focusnet backtest)"
        case .missingFile(let folder, let name): "\(folder) has no \(name)"
        case .unreadable(let file): "\(file) cannot be read as UTF-8 text"
        case .missingColumn(let file, let column): "\(file) has no column '\(column)'"
        case .malformedRow(let file, let line): "\(file) line \(line) is not a well-formed CSV record"
        case .invalidManifest(let file): "\(file) is not a FocusNet manifest (a JSON object)"
        case .alreadyPseudonymized(let folder):
            "the ids in \(folder) are pseudonyms already (rank --pseudonymize): drop --pseudonymize, the report shows them as they are"
        }
    }
}
