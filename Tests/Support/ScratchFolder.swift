import Foundation

/// A fresh folder under the system's temporary folder, and what tests read back from folders.
package enum ScratchFolder {
    /// Creates and returns a new, empty folder.
    package static func make(_ label: String = "scratch") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The names in `url`, hidden ones included, sorted; empty when it does not exist.
    package static func entries(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// The UTF-8 text of the file `name` in `url`, or nil.
    package static func text(_ url: URL, _ name: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }
}
