import Foundation

/// What a FocusNet output folder holds, told by the manifest each command writes last. An
/// existing `--out` is replaced only by a run of the same kind, so a command never deletes a
/// list it did not make, nor files FocusNet did not write.
package enum OutputFolderKind: Sendable {
    /// `rank` and `call-in`: `manifest.json` with `"command": "rank"` or `"call-in"`.
    case rankList
    /// `backtest`: `manifest.json` with `"command": "backtest"`.
    case backtest
    /// `export`: `export_manifest.json`.
    case export
    /// `validate`: `validation_report.json`.
    case validation

    /// The file that marks a complete folder of this kind; written last.
    package var manifestName: String {
        switch self {
        case .rankList, .backtest: "manifest.json"
        case .export: "export_manifest.json"
        case .validation: "validation_report.json"
        }
    }

    /// The commands whose folders a run of this kind may replace.
    var writers: Set<String> {
        switch self {
        case .rankList: ["rank", "call-in"]
        case .backtest: ["backtest"]
        case .export: ["export"]
        case .validation: ["validate"]
        }
    }

    /// The kind of an existing folder, from its marker file, and the files that run wrote (the
    /// manifest's `outputs`, the marker itself and a `report.html` that `focusnet report` adds);
    /// `nil` when it has no marker FocusNet wrote.
    /// - Returns: the command that wrote it (`rank`, `call-in`, `backtest`, `export`, `validate`)
    ///   and the names of the files it owns.
    static func writer(of folder: URL) -> (command: String, files: Set<String>)? {
        let manager = FileManager.default
        for name in ["manifest.json", "export_manifest.json"] {
            guard let data = manager.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
            guard let manifest = try? JSONDecoder().decode(Marker.self, from: data) else { return nil }
            let outputs = manifest.outputs?.map(\.name) ?? []
            return (manifest.command, Set(outputs + [name, "report.html"]))
        }
        if manager.fileExists(atPath: folder.appendingPathComponent("validation_report.json").path) {
            return ("validate", ["validation_report.json", "rejects.csv"])
        }
        return nil
    }

    /// The part of a manifest that says who wrote the folder and what else is in it.
    private struct Marker: Decodable {
        let command: String
        let outputs: [OutputDigest]?
    }
}
