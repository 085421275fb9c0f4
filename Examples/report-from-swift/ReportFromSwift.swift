import FocusNet
import Foundation

/// Turns output folders into the HTML report `focusnet report` writes: a rank or call-in
/// folder, optionally with a backtest folder beside it.
///
/// The same code is compiled into the root package's tests (through a symbolic link).
enum ReportFromSwift {
    /// - Parameters:
    ///   - folder: a folder written by `focusnet rank`, `call-in` or `backtest`.
    ///   - backtest: a backtest folder to show beside the list.
    ///   - keyFile: with a key, person ids are shown as keyed pseudonyms.
    ///   - out: the HTML file to write (owner-only, atomically).
    /// - Returns: the one-line summary (counts only).
    /// - Throws: ``ReportError`` for a folder that is not FocusNet output, file errors.
    static func run(folder: URL, backtest: URL? = nil, keyFile: URL? = nil, out: URL) throws -> String {
        let pseudonymizer = try keyFile.map { try Pseudonymizer(keyFile: $0) }
        let report = try HTMLReport(folder: folder, backtest: backtest, pseudonymizer: pseudonymizer)
        try report.write(to: out)
        return report.summary
    }
}
