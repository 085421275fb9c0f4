import ArgumentParser
import Foundation

/// `--out` checked before anything is read or computed, so a run of minutes does not end on a
/// raw file-system error: the path must be a folder or not exist yet, inside a folder FocusNet
/// can write in.
enum OutputFolderCheck {
    /// - Throws: a usage error (exit 64) naming the path and what is wrong with it.
    static func check(_ path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw ValidationError("--out '\(path)' is a file, not a folder: give a folder to write into.") }
            guard manager.isWritableFile(atPath: path) else { throw ValidationError("--out '\(path)': this folder cannot be written to.") }
            return
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
}
