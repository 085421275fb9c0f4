/// Why a backtest cannot run, with what the user needs to fix it.
public enum BacktestError: Error, Equatable, CustomStringConvertible {
    /// No as-of date was given (neither a list nor a schedule).
    case noOrigins
    /// A rolling schedule whose end is before its start.
    case emptySchedule(from: String, to: String)
    /// An outcome needs a file that was not given (e.g. `shot` without victimizations).
    case outcomeUnavailable(outcome: String, needs: String)
    /// The intervention log has a row that cannot be used.
    case interventionLog(file: String, line: Int, column: String, value: String, reason: String)
    /// A fitted-model file cannot be read.
    case modelFile(path: String, reason: String)
    /// The runs store cannot be opened or written.
    case store(path: String, reason: String)
    /// A run id not in the store.
    case unknownRun(id: Int, store: String)

    /// The message printed to the user, naming the option, file or value to fix.
    public var description: String {
        switch self {
        case .noOrigins:
            "no as-of date: give --as-of DATE (repeatable) or --from DATE --to DATE --every PERIOD"
        case .emptySchedule(let from, let to):
            "the schedule is empty: --to \(to) is before --from \(from)"
        case .outcomeUnavailable(let outcome, let needs):
            "outcome '\(outcome)' needs \(needs)"
        case .interventionLog(let file, let line, let column, let value, let reason):
            "\(file):\(line): column \(column) value '\(value)': \(reason)"
        case .modelFile(let path, let reason):
            "model file \(path): \(reason)"
        case .store(let path, let reason):
            "runs store \(path): \(reason)"
        case .unknownRun(let id, let store):
            "no run \(id) in \(store) (see focusnet runs list)"
        }
    }
}
