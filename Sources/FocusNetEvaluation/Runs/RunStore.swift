import Foundation
import GRDB

/// Past backtests in one SQLite file (GRDB), so evaluators can list and compare them
/// (`focusnet runs list|show|diff`).
///
/// Tables: `runs` (one row per backtest: when it was recorded, where its files went, the
/// manifest and its SHA-256, a fingerprint of the inputs) and `metrics` (every row of its
/// `metrics.csv`). The store holds metrics and settings only, no person identifier; the file is
/// created owner-only (0600). The recording time is the only wall-clock value, and it lives here,
/// never in the output files.
public struct RunStore: Sendable {
    /// The store's file name when none is given.
    public static let defaultFileName = "focusnet-runs.sqlite"

    /// The SQLite file.
    public let path: String
    let queue: DatabaseQueue

    /// A recorded run.
    public struct Run: Sendable, Equatable {
        /// The run id, increasing from 1.
        public let id: Int64
        /// ISO 8601 time of recording (the only wall-clock value).
        public let recordedAt: String
        /// Where the backtest wrote its files.
        public let outDirectory: String
        /// Lowercase hex SHA-256 of the run's `manifest.json`.
        public let manifestSHA256: String
        /// SHA-256 of the inputs' SHA-256 values in manifest order: equal for runs on the same files.
        public let inputsSHA256: String
        /// The origin, or `first…last (count)`.
        public let origins: String
        /// W; outcomes were counted in `(D, D + W]`.
        public let outcomeWindow: String
        /// The bootstrap seed.
        public let seed: String
        /// The run's `manifest.json` text.
        public let manifest: String
    }

    /// One row of a run's `metrics.csv`.
    public struct Metric: Sendable, Equatable {
        /// The origin date, or `pooled`.
        public let origin: String
        /// The model name.
        public let model: String
        /// The outcome name.
        public let outcome: String
        /// The metric name (`capture`, `ppv`, `lift`, `roc_auc`, `pr_auc`, `brier`).
        public let metric: String
        /// The list size, empty for metrics without one.
        public let k: String
        /// The value; `nil` when empty.
        public let value: Double?
        /// Lower end of the 95% bootstrap interval; `nil` without one.
        public let low: Double?
        /// Upper end of the 95% bootstrap interval; `nil` without one.
        public let high: Double?

        /// `origin|model|outcome|metric|k`: what matches a metric across runs.
        public var key: String { [origin, model, outcome, metric, k].joined(separator: "|") }
    }

    /// Opens (and creates owner-only, or migrates) the store.
    /// - Throws: ``BacktestError/store(path:reason:)``.
    /// - Complexity: O(1) for an existing store (the migration runs once, on a new file).
    public init(path: String) throws(BacktestError) {
        self.path = path
        do {
            let isNew = !FileManager.default.fileExists(atPath: path)
            if isNew {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw BacktestError.store(path: path, reason: "cannot create the file")
                }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.execute(sql: """
                    CREATE TABLE runs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        recorded_at TEXT NOT NULL,
                        out_dir TEXT NOT NULL,
                        manifest_sha256 TEXT NOT NULL,
                        inputs_sha256 TEXT NOT NULL,
                        origins TEXT NOT NULL,
                        outcome_window TEXT NOT NULL,
                        seed TEXT NOT NULL,
                        manifest TEXT NOT NULL);
                    CREATE TABLE metrics (
                        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        origin TEXT NOT NULL, model TEXT NOT NULL, outcome TEXT NOT NULL,
                        metric TEXT NOT NULL, k TEXT NOT NULL,
                        value REAL, ci_low REAL, ci_high REAL);
                    CREATE INDEX metrics_run ON metrics(run_id);
                    """)
            }
            try migrator.migrate(queue)
        } catch let error as BacktestError {
            throw error
        } catch {
            throw .store(path: path, reason: "\(error)")
        }
    }

    /// Records a backtest.
    /// - Parameters:
    ///   - metricsCSV: the run's `metrics.csv` text.
    ///   - recordedAt: ISO 8601 time of recording.
    /// - Returns: the new run's id.
    /// - Throws: ``BacktestError/store(path:reason:)``.
    /// - Complexity: O(metric rows), in one transaction.
    @discardableResult
    public func record(manifest: BacktestManifest, manifestJSON: String, metricsCSV: String, outDirectory: String,
                       recordedAt: String) throws(BacktestError) -> Int64 {
        let inputs = BacktestManifest.sha256(manifest.inputs.map(\.sha256).joined(separator: "\n"))
        let dates = manifest.origins.map(\.date)
        let origins = dates.count == 1 ? dates[0] : "\(dates.first ?? "")…\(dates.last ?? "") (\(dates.count))"
        let rows = metricsCSV.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        do {
            return try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO runs (recorded_at, out_dir, manifest_sha256, inputs_sha256, origins, outcome_window, seed, manifest)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [recordedAt, outDirectory, BacktestManifest.sha256(manifestJSON), inputs, origins,
                                     manifest.settings.outcomeWindow, String(manifest.settings.seed), manifestJSON])
                let id = db.lastInsertedRowID
                let statement = try db.makeStatement(sql: """
                    INSERT INTO metrics (run_id, origin, model, outcome, metric, k, value, ci_low, ci_high)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for f in rows where f.count == 8 {
                    try statement.execute(arguments: [id, f[0], f[1], f[2], f[3], f[4], Double(f[5]), Double(f[6]), Double(f[7])])
                }
                return id
            }
        } catch {
            throw .store(path: path, reason: "\(error)")
        }
    }

    /// Every run, oldest first.
    /// - Throws: ``BacktestError/store(path:reason:)``.
    /// - Complexity: O(runs).
    public func runs() throws(BacktestError) -> [Run] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id").map(RunStore.run)
            }
        } catch {
            throw .store(path: path, reason: "\(error)")
        }
    }

    /// One run.
    /// - Throws: ``BacktestError/unknownRun(id:store:)`` when it is not in the store,
    ///   ``BacktestError/store(path:reason:)`` when the store cannot be read.
    /// - Complexity: O(log runs) (primary-key lookup).
    public func run(_ id: Int64) throws(BacktestError) -> Run {
        let found: Run?
        do {
            found = try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM runs WHERE id = ?", arguments: [id]).map(RunStore.run)
            }
        } catch {
            throw .store(path: path, reason: "\(error)")
        }
        guard let found else { throw .unknownRun(id: Int(id), store: path) }
        return found
    }

    /// The metrics of a run, in `metrics.csv` order (empty for an unknown id).
    /// - Throws: ``BacktestError/store(path:reason:)``.
    /// - Complexity: O(log rows + the run's rows), through the `metrics_run` index.
    public func metrics(_ id: Int64) throws(BacktestError) -> [Metric] {
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM metrics WHERE run_id = ? ORDER BY rowid", arguments: [id]).map { row in
                    Metric(origin: row["origin"], model: row["model"], outcome: row["outcome"], metric: row["metric"], k: row["k"],
                           value: row["value"], low: row["ci_low"], high: row["ci_high"])
                }
            }
        } catch {
            throw .store(path: path, reason: "\(error)")
        }
    }

    static func run(_ row: Row) -> Run {
        Run(id: row["id"], recordedAt: row["recorded_at"], outDirectory: row["out_dir"], manifestSHA256: row["manifest_sha256"],
            inputsSHA256: row["inputs_sha256"], origins: row["origins"], outcomeWindow: row["outcome_window"], seed: row["seed"],
            manifest: row["manifest"])
    }
}
