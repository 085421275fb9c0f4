import FocusNetGraph

public import Foundation

extension RegionSimulator {
    /// Mixed into the seed for the defect stream, so that the clean rows are drawn exactly as by
    /// ``write(_:to:)`` and the defects come from a stream of their own.
    static let defectStreamSalt: UInt64 = 0x6469_7274_795F_7631   // "dirty_v1"

    /// Generates the region of ``write(_:to:)`` into `directory`, then rewrites each file with
    /// realistic defects (see ``DefectKind`` for each one and its rate) and writes
    /// `dirty_manifest.json` (``DirtyManifest``): per file the exact count of every defect and the
    /// account `focusnet validate` must give of it.
    ///
    /// The clean rows are those ``write(_:to:)`` writes for the same configuration: each is kept
    /// (some written with a defect the reader cleans up), and every row added is a duplicate or
    /// a copy with exactly one rejecting defect. Reading the dirty files under the default
    /// mapping gives the clean files' records. Deterministic: the same configuration gives
    /// byte-identical files and manifest on the same platform.
    /// - Returns: what ``write(_:to:)`` returns for the clean region, and the manifest.
    /// - Throws: the errors of ``write(_:to:)``; ``SimulationError/cannotWriteFile(path:reason:)``
    ///   also when a clean file cannot be read back or replaced, or the manifest cannot be written.
    /// - Complexity: that of ``write(_:to:)``, plus O(bytes) to rewrite the files; extra memory
    ///   O(d) for the d defects of the largest file (about 4% of its rows).
    public static func writeDirty(_ config: SimulationConfig, to directory: URL)
        throws(SimulationError) -> (summary: SimulationSummary, manifest: DirtyManifest)
    {
        let summary = try write(config, to: directory)
        var random = Xoshiro256StarStar(seed: config.seed ^ defectStreamSalt)
        func chooseFiles(_ defect: DefectKind) -> Set<String> {
            var order = fileNames
            random.shuffle(&order)
            return Set(order.prefix(defect.count(of: order.count)))
        }
        let byteOrderMarks = chooseFiles(.byteOrderMark), crlfFiles = chooseFiles(.crlfLineEnds)
        var files: [String: DirtyManifest.File] = [:]
        for name in fileNames {
            let injector = DefectInjector(layout: .canonical(name), rows: summary.rows(of: name),
                                          byteOrderMark: byteOrderMarks.contains(name), crlf: crlfFiles.contains(name),
                                          random: &random)
            files[name] = try injector.rewrite(directory.appendingPathComponent(name), random: &random)
        }
        let manifest = DirtyManifest(scale: config.scale, seed: config.seed, dataEnd: summary.lastDay, files: files)
        let url = directory.appendingPathComponent(DirtyManifest.fileName)
        do { try Data(try manifest.json().utf8).write(to: url) } catch {
            throw .cannotWriteFile(path: url.path, reason: error.localizedDescription)
        }
        return (summary, manifest)
    }
}

extension SimulationSummary {
    /// Data rows of one of ``RegionSimulator/fileNames``.
    func rows(of fileName: String) -> Int {
        switch fileName {
        case "persons.csv": personRows
        case "arrests.csv": arrestRows
        case "memberships.csv": membershipRows
        case "victimizations.csv": victimizationRows
        case "shootings.csv": shootingRows
        case "custody.csv": custodyRows
        case "population.csv": populationRows
        default: preconditionFailure("\(fileName) is not a file of the simulator")
        }
    }
}
