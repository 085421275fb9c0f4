import Foundation

/// Writes output files the way sensitive lists must be written: owner-only permissions (0600)
/// and atomically (a temporary file renamed into place), so an interrupted run never leaves a
/// half-written list.
package enum OutputFile {
    /// Writes `text` as UTF-8 to `url`, replacing any file there.
    /// - Throws: Foundation's file errors (no directory, no permission, disk full).
    package static func write(_ text: String, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let data = Data(text.utf8)
        guard FileManager.default.createFile(atPath: temporary.path, contents: data,
                                             attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        if rename(temporary.path, url.path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
