import Foundation

/// Writes output files the way sensitive lists must be written: owner-only permissions (0600),
/// flushed to disk and atomically (a temporary file renamed into place), so an interrupted run
/// never leaves a half-written file. Whole folders are made atomic by ``OutputFolder``.
package enum OutputFile {
    /// Writes `text` as UTF-8 to `url`, replacing any file there.
    /// - Throws: `POSIXError` (no folder, no permission, disk full).
    package static func write(_ text: String, to url: URL) throws { try write(parts: [text], to: url) }

    /// Writes `parts` one after the other as UTF-8 to `url`, replacing any file there: a large table
    /// built in pieces is never joined into one more copy in memory.
    /// - Throws: `POSIXError` (no folder, no permission, disk full).
    package static func write(parts: [String], to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var failure: Int32 = 0
        for var text in parts where failure == 0 {
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary.path, url.path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary.path)
            throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
        }
    }
}
