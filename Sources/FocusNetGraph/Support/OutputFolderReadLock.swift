import Foundation

/// A shared lock on an output folder for a command that only reads it (`focusnet report`
/// writing elsewhere): no run can swap the folder while it is read, and readers never exclude
/// each other. Creates nothing: when the folder has no lock file yet, or it cannot be opened (a
/// read-only share), nothing can be writing there through FocusNet, and no lock is taken.
package final class OutputFolderReadLock {
    private var descriptor: Int32 = -1

    /// Takes the shared lock of `folder`.
    /// - Parameter wait: wait for a run writing the folder instead of failing.
    /// - Throws: ``OutputFolderError/busy(_:)`` when a run holds the folder and `wait` is false.
    package init(_ folder: URL, wait: Bool) throws(OutputFolderError) {
        let folder = folder.standardizedFileURL
        let path = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).lock").path
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { return }
        descriptor = opened
        while flock(descriptor, LOCK_SH | (wait ? 0 : LOCK_NB)) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            descriptor = -1
            if code == EWOULDBLOCK { throw .busy(folder.path) }
            return   // a file system without locks: read as before
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }
}
