import ArgumentParser
import Foundation

/// The exit statuses of every `focusnet` command (the table in README.md):
/// 0 done; 64 (EX_USAGE) a bad flag or an unusable mapping, before anything is read, or a date
/// column whose format cannot be told or that needs `--timezone` (named with the flag to add);
/// 65 (EX_DATAERR) the data gate stopped the run (``DataGate``); 75 (EX_TEMPFAIL) another run is
/// writing to the same output folder (retry, or pass `--wait`); 1 anything else (a file that
/// cannot be read, a computation that failed).
enum FocusNetExit {
    static let usage = ExitCode.validationFailure
    static let dataGate = ExitCode(65)
    static let busy = ExitCode(75)

    /// Prints `message` as the command line prints errors and returns the data-gate status to throw.
    static func dataGate(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
        return dataGate
    }

    /// Prints `message` and returns the usage status to throw, for a problem found once the run
    /// has started (a header without a required column): without the usage footer that
    /// ArgumentParser adds to a `ValidationError`, which would point at the flags' syntax.
    static func usage(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
        return usage
    }

    /// Prints `message` and returns the busy-folder status to throw.
    static func busy(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("Error: \(message)\n".utf8))
        return busy
    }
}
