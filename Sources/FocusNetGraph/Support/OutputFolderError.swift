import Foundation

/// Why an output folder cannot be written; each case names the folder and what to do.
public enum OutputFolderError: Error, CustomStringConvertible, Equatable {
    /// Another run holds the folder's lock (the second of two concurrent runs).
    case busy(String)
    /// The path exists and is not a folder.
    case notAFolder(String)
    /// The folder holds files FocusNet did not write (one named as an example).
    case foreignFiles(String, example: String)
    /// The folder holds the output of another command (`rank`, `backtest`, …).
    case otherCommand(String, command: String)
    /// A file-system call failed: what was being done, the path, and the system's reason.
    case fileSystem(String, doing: String, reason: String)

    /// One sentence naming the folder and what to do.
    public var description: String {
        switch self {
        case .busy(let path):
            "another FocusNet run is writing to '\(path)' now; wait for it to finish, or add --wait to wait for it."
        case .notAFolder(let path):
            "--out '\(path)' is a file, not a folder: give a folder to write into."
        case .foreignFiles(let path, let example):
            "--out '\(path)' holds files FocusNet did not write (e.g. '\(example)'), and a run replaces the whole folder: "
                + "give a new or empty folder."
        case .otherCommand(let path, let command):
            "--out '\(path)' holds the output of 'focusnet \(command)', and a run replaces the whole folder: "
                + "give this command a folder of its own."
        case .fileSystem(let path, let doing, let reason):
            "cannot \(doing) '\(path)': \(reason)."
        }
    }

    /// A failed system call's `errno` as a `fileSystem` error.
    static func errno(_ code: Int32, doing: String, _ url: URL) -> OutputFolderError {
        .fileSystem(url.path, doing: doing, reason: String(cString: strerror(code)))
    }
}
