import Foundation

/// The system calls behind ``OutputFolder``: the lock, the atomic swap and recovery.
extension OutputFolder {
    /// Opens (creating) the lock file and takes an exclusive `flock` on it.
    /// - Returns: the descriptor, held until the transaction ends.
    static func lock(_ url: URL, wait: Bool, folder: URL) throws(OutputFolderError) -> Int32 {
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .errno(errno, doing: "create the lock file", url) }
        while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            if code == EWOULDBLOCK { throw .busy(folder.path) }
            throw .errno(code, doing: "lock", url)
        }
        return descriptor
    }

    /// Cleans up after runs that died (called under the lock, so no live run owns these): puts
    /// back a previous folder renamed aside when the destination is missing, and removes staging
    /// folders.
    static func recover(parent: URL, name: String) throws(OutputFolderError) {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let destination = parent.appendingPathComponent(name)
        for entry in entries where entry.hasPrefix(".\(name).previous-") {
            let aside = parent.appendingPathComponent(entry)
            if !FileManager.default.fileExists(atPath: destination.path) {
                guard rename(aside.path, destination.path) == 0 else { throw .errno(errno, doing: "restore", destination) }
            } else {
                try? FileManager.default.removeItem(at: aside)
            }
        }
        for entry in entries where entry.hasPrefix(".\(name).partial-") {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }

    /// Swaps `staging` and the existing `destination` atomically; afterwards `staging` holds the
    /// previous folder (or nothing, on the fallback path).
    static func replace(_ destination: URL, with staging: URL) throws(OutputFolderError) {
        if let exchange = renameExchange {
            if exchange(AT_FDCWD, staging.path, AT_FDCWD, destination.path, renameExchangeFlag) == 0 { return }
            let code = errno
            guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP else { throw .errno(code, doing: "replace", destination) }
        }
        let aside = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).previous-\(getpid())")
        guard rename(destination.path, aside.path) == 0 else { throw .errno(errno, doing: "move aside", destination) }
        guard rename(staging.path, destination.path) == 0 else {
            let code = errno
            _ = rename(aside.path, destination.path)
            throw .errno(code, doing: "replace", destination)
        }
        try? FileManager.default.removeItem(at: aside)
    }

    /// Flushes a folder's entries to disk, so that after a power loss the rename is not seen
    /// without the files it names.
    static func sync(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// `renameat2(2)`, looked up at run time: Swift's Glibc module does not declare it (it needs
/// `_GNU_SOURCE`), and a C target for one call would be heavier than this lookup.
private let renameExchange: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32).self)
}()

/// `RENAME_EXCHANGE` from `<linux/fs.h>`: swap the two paths atomically.
private let renameExchangeFlag: UInt32 = 1 << 1
