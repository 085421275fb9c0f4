import ArgumentParser
import FocusNet
import Foundation

/// `--out` checked before anything is read or computed, so a run of minutes does not end on a
/// raw file-system error: the path must be a folder or not exist yet, inside a folder FocusNet
/// can write in, and an existing folder must be empty or hold the output of the same command
/// (a run replaces the whole folder, see `OutputFolder`).
enum OutputFolderCheck {
    /// - Throws: a usage error (exit 64) naming the path and what is wrong with it.
    static func check(_ path: String, kind: OutputFolderKind) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            do { try OutputFolder.check(URL(fileURLWithPath: path), kind: kind) } catch { throw ValidationError(error.description) }
            guard manager.isWritableFile(atPath: path) else { throw ValidationError("--out '\(path)': this folder cannot be written to.") }
        }
        var ancestor = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while !manager.fileExists(atPath: ancestor.path, isDirectory: &isFolder) { ancestor.deleteLastPathComponent() }
        guard isFolder.boolValue else {
            throw ValidationError("--out '\(path)': '\(ancestor.path)' is a file, so the folder cannot be created there.")
        }
        guard manager.isWritableFile(atPath: ancestor.path) else {
            throw ValidationError("--out '\(path)': cannot create it, '\(ancestor.path)' cannot be written to.")
        }
    }

    /// Opens the output transaction for `path` (taking its lock) before the run reads anything.
    /// - Throws: exit 75 when another run holds the folder (without `--wait`), a usage error (64)
    ///   when the folder may not be replaced, the file-system error otherwise.
    static func open(_ path: String, kind: OutputFolderKind?, keepingCurrentFiles: Bool = false, wait: Bool) throws -> OutputFolder {
        let url = URL(fileURLWithPath: path)
        do {
            do {
                return try OutputFolder(url, kind: kind, keepingCurrentFiles: keepingCurrentFiles, wait: false)
            } catch .busy where wait {
                // Say why nothing happens: the other run may take minutes.
                FileHandle.standardError.write(Data("waiting for another FocusNet run writing to '\(path)' to finish…\n".utf8))
                return try OutputFolder(url, kind: kind, keepingCurrentFiles: keepingCurrentFiles, wait: true)
            }
        } catch {
            switch error {
            case .busy: throw FocusNetExit.busy(error.description)
            case .notAFolder, .foreignFiles, .otherCommand: throw FocusNetExit.usage(error.description)
            case .fileSystem: throw error
            }
        }
    }
}

extension OutputFolderCheck {
    /// Takes the shared lock of a folder that is only read.
    /// - Throws: exit 75 when a run is writing it (without `--wait`).
    static func read(_ path: String, wait: Bool) throws -> OutputFolderReadLock {
        do { return try OutputFolderReadLock(URL(fileURLWithPath: path), wait: wait) } catch { throw FocusNetExit.busy(error.description) }
    }
}

/// `--wait`: what a run does when another is writing to the same output folder.
struct FolderLockOptions: ParsableArguments {
    @Flag(name: .long, help: "When another run is writing to the same output folder, wait for it to finish instead of stopping at once (exit 75).")
    var wait = false
}
