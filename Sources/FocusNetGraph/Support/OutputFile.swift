import Foundation

/// Writes output files the way sensitive lists must be written: owner-only permissions (0600),
/// flushed to disk and atomically (a temporary file renamed into place), so an interrupted run
/// never leaves a half-written file. Whole folders are made atomic by ``OutputFolder``.
package enum OutputFile {
    /// Writes `text` as UTF-8 to `url`, replacing any file there.
    /// - Throws: `POSIXError` (no folder, no permission, disk full).
    package static func write(_ text: String, to url: URL) throws { try write(to: url) { append in try append(text) } }

    /// Writes what `produce` appends, in order, as UTF-8 to `url`, replacing any file there: a
    /// large table is written piece by piece as it is built, never held whole in memory.
    /// - Parameter produce: called once with `append`, which writes one piece.
    /// - Throws: `POSIXError` (no folder, no permission, disk full); whatever `produce` throws
    ///   (the temporary file is then removed).
    package static func write(to url: URL, _ produce: (_ append: (String) throws -> Void) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw lastError() }
        var isOpen = true
        do {
            try produce { piece in
                var piece = piece
                let failure = piece.withUTF8 { bytes -> Int32 in
                    var offset = 0
                    while offset < bytes.count {
                        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                        if written < 0 {
                            if errno == EINTR { continue }
                            return errno
                        }
                        offset += written
                    }
                    return 0
                }
                if failure != 0 { throw lastError(failure) }
            }
            if fsync(descriptor) != 0 { throw lastError() }
            close(descriptor)
            isOpen = false
            if rename(temporary.path, url.path) != 0 { throw lastError() }
        } catch {
            if isOpen { close(descriptor) }   // never twice: the number may belong to another file by then
            unlink(temporary.path)
            throw error
        }
    }

    /// `errno` (or `code`) as a `POSIXError`; EIO when the code has no name.
    private static func lastError(_ code: Int32 = errno) -> POSIXError { POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO) }
}
