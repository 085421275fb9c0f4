import Foundation

/// Where a runs store is: the one rule `focusnet backtest` writes by and `focusnet runs` reads by.
///
/// `backtest --out DIR` records its run in `focusnet-runs.sqlite` beside DIR (in DIR's parent
/// folder), so backtests written next to each other share one store. `runs` finds that store
/// from the folder it is started in — the store in it, else the stores in the folders directly
/// inside it (where `--out out/backtest` puts `out/focusnet-runs.sqlite`) — or from `--store`,
/// which names the store itself or a backtest's `--out` folder.
public enum RunStoreLocation {
    /// The store `backtest --out out` records in by default: ``RunStore/defaultFileName`` in the
    /// parent folder of `out`.
    /// - Complexity: O(length of the path).
    public static func beside(output out: URL) -> URL {
        out.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(RunStore.defaultFileName)
    }

    /// The places `--store given` may mean, in the order they are tried: `given` itself when it
    /// is not a folder; for a folder, the store inside it, then the store beside it (the folder is
    /// a backtest's `--out`).
    /// - Complexity: one file-system lookup.
    public static func places(given: URL) -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: given.path, isDirectory: &isFolder), isFolder.boolValue else { return [given] }
        return [given.appendingPathComponent(RunStore.defaultFileName), beside(output: given)]
    }

    /// The stores found from `directory` without `--store`: the store in `directory` if there is
    /// one; else every store one folder down (`directory/NAME/focusnet-runs.sqlite`, hidden
    /// folders skipped), sorted by path. Empty when there is none.
    /// - Complexity: O(entries of `directory`) file-system lookups.
    public static func search(from directory: URL) -> [URL] {
        let here = directory.appendingPathComponent(RunStore.defaultFileName)
        if isFile(here) { return [here] }
        let entries = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: [.isDirectoryKey],
                                                                     options: [.skipsHiddenFiles])) ?? []
        return entries.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map { $0.appendingPathComponent(RunStore.defaultFileName) }
            .filter(isFile)
            .sorted { $0.path < $1.path }
    }

    /// Whether `url` names an existing file that is not a folder.
    static func isFile(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
