import Foundation

/// An output folder written as one transaction: files go into a hidden sibling folder, which
/// becomes `--out` with one rename when the run completes. Until then the previous folder, if any,
/// stays as it was; a run killed at any point leaves it untouched and nothing half-made in view.
/// A lock on the folder (a hidden `.<name>.lock` beside it, released by the kernel when the
/// process ends) makes a second run into the same folder stop at once, or wait its turn.
///
/// The replacing rename is Linux's `renameat2(…, RENAME_EXCHANGE)`, which swaps two folders
/// atomically; where the file system lacks it, the old folder is first renamed aside and put back
/// by the next run should the process die between the two renames.
///
/// Usage: open before reading anything (so a busy folder is reported at once), ``write(_:named:)``
/// each file, the marker file last (the kind's ``OutputFolderKind/manifestName``), then
/// ``commit()``. Dropped without ``commit()``, the transaction leaves the folder as it was.
package final class OutputFolder {
    /// The folder the files will be in after ``commit()``.
    package let destination: URL
    /// The hidden sibling the files are written to until then.
    package let staging: URL
    /// The files written so far, in order, with their digests (for the manifest).
    package private(set) var written: [OutputDigest] = []
    /// The lock file's descriptor; −1 once released, so that it is closed exactly once (a
    /// second `close` could release a descriptor number another lock has reused).
    private var lockDescriptor: Int32
    private var committed = false

    /// Takes the folder's lock, then prepares an empty staging folder, or one holding the current
    /// folder's files (hard links) when `keepingCurrentFiles`, for a command that adds a file to
    /// an existing output folder (`report`).
    /// - Parameters:
    ///   - kind: what the folder will hold; an existing folder is replaced only if it is empty or
    ///     was written by the same kind of run (see ``check(_:kind:)``).
    ///   - wait: wait for another run's lock instead of failing with ``OutputFolderError/busy(_:)``.
    /// - Throws: ``OutputFolderError``.
    package init(_ destination: URL, kind: OutputFolderKind?, keepingCurrentFiles: Bool = false, wait: Bool = false)
        throws(OutputFolderError)
    {
        let destination = destination.standardizedFileURL
        let parent = destination.deletingLastPathComponent(), name = destination.lastPathComponent
        do { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) } catch {
            throw .fileSystem(parent.path, doing: "create the folder", reason: error.localizedDescription)
        }
        self.destination = destination
        lockDescriptor = try Self.lock(parent.appendingPathComponent(".\(name).lock"), wait: wait, folder: destination)
        staging = parent.appendingPathComponent(".\(name).partial-\(getpid())")
        // A throw from here on deinitializes the object: `deinit` removes the staging folder and releases the lock.
        try Self.recover(parent: parent, name: name)
        if let kind { try Self.check(destination, kind: kind) }
        guard mkdir(staging.path, 0o700) == 0 else { throw OutputFolderError.errno(errno, doing: "create", staging) }
        if keepingCurrentFiles { try linkFiles(of: destination) }
    }

    deinit { if !committed { abandon() } }

    /// Whether `destination` may be written by a run of `kind`: absent, empty, or holding the
    /// output of the same kind of run and nothing else (the files its manifest lists, the
    /// manifest, a report). Checked again under the lock by ``init(_:kind:keepingCurrentFiles:wait:)``.
    /// - Throws: ``OutputFolderError/notAFolder(_:)``, ``OutputFolderError/otherCommand(_:command:)``,
    ///   ``OutputFolderError/foreignFiles(_:example:)``.
    package static func check(_ destination: URL, kind: OutputFolderKind) throws(OutputFolderError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .notAFolder(destination.path) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        guard let example = entries.sorted().first else { return }
        guard let writer = OutputFolderKind.writer(of: destination) else { throw .foreignFiles(destination.path, example: example) }
        guard kind.writers.contains(writer.command) else { throw .otherCommand(destination.path, command: writer.command) }
        // A file added to an earlier run's folder (notes, an edited list) would vanish with it.
        if let added = entries.sorted().first(where: { !writer.files.contains($0) }) {
            throw .foreignFiles(destination.path, example: added)
        }
    }

    /// Writes `text` as the file `name` of the folder (owner-only, see `OutputFile`).
    /// - Throws: ``OutputFolderError/fileSystem(_:doing:reason:)``.
    package func write(_ text: String, named name: String) throws(OutputFolderError) {
        try write(named: name) { append in try append(text) }
    }

    /// Writes the file `name` from the pieces `produce` appends, in order, as they are built (a
    /// large table is never whole in memory), and records its digest.
    /// - Throws: ``OutputFolderError/fileSystem(_:doing:reason:)``.
    package func write(named name: String, _ produce: (_ append: (String) throws -> Void) throws -> Void) throws(OutputFolderError) {
        let url = staging.appendingPathComponent(name)
        var digest = OutputDigest.IncrementalDigest()
        do {
            try OutputFile.write(to: url) { write in
                try withoutActuallyEscaping(write) { write in
                    try produce { piece in
                        digest.update(piece)
                        try write(piece)
                    }
                }
            }
        } catch {
            throw .fileSystem(url.path, doing: "write", reason: error.localizedDescription)
        }
        written.append(digest.finish(name: name))
    }

    /// Makes the staging folder the destination with one atomic rename and releases the lock.
    /// - Throws: ``OutputFolderError/fileSystem(_:doing:reason:)``; the previous folder is then intact.
    package func commit() throws(OutputFolderError) {
        precondition(!committed, "an output folder is committed once")
        Self.sync(staging)
        if FileManager.default.fileExists(atPath: destination.path) {
            try Self.replace(destination, with: staging)
            try? FileManager.default.removeItem(at: staging)  // now the previous folder
        } else if rename(staging.path, destination.path) != 0 {
            throw .errno(errno, doing: "rename the finished folder to", destination)
        }
        Self.sync(destination.deletingLastPathComponent())
        committed = true
        releaseLock()
    }

    /// Removes the staging folder and releases the lock (a failed or interrupted run). Called by
    /// `deinit`, also after a failed `init`, which Swift deinitializes once its stored properties are set.
    private func abandon() {
        guard lockDescriptor >= 0 else { return }
        try? FileManager.default.removeItem(at: staging)
        releaseLock()
    }

    private func releaseLock() {
        guard lockDescriptor >= 0 else { return }
        close(lockDescriptor)
        lockDescriptor = -1
    }

    /// Hard-links every file of `folder` into the staging folder. Output files are never changed
    /// in place (each is written anew and renamed), so a link cannot alter the previous folder.
    private func linkFiles(of folder: URL) throws(OutputFolderError) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for entry in entries.sorted() {
            let source = folder.appendingPathComponent(entry), target = staging.appendingPathComponent(entry)
            if link(source.path, target.path) == 0 { continue }
            do { try FileManager.default.copyItem(at: source, to: target) } catch {
                throw .fileSystem(source.path, doing: "copy", reason: error.localizedDescription)
            }
        }
    }
}
