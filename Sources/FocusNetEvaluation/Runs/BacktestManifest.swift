import Crypto
import Foundation
import FocusNetGraph
import FocusNetScoring

/// `manifest.json` of a backtest: what was read (with SHA-256), every setting and seed, the
/// software versions, the origins with their training origins, and the SHA-256 of every other
/// output — enough to re-run the backtest and check that it gives the same bytes. Holds no
/// wall-clock time and no person identifier.
///
/// Windows as recorded: at each origin D the scoring read records in `(D − lookback, D]` and
/// outcomes were counted in `(D, D + W]`. Keys are written in snake_case.
public struct BacktestManifest: Codable, Sendable, Equatable {
    /// One record file read: its fingerprint and how its rows were accounted for (counts of rows).
    public struct Input: Codable, Sendable, Equatable {
        /// The input kind (`arrests`, `victimizations`, …).
        public let kind: String
        /// The file as given.
        public let path: String
        /// Lowercase hex SHA-256 of the file's bytes.
        public let sha256: String
        /// Data rows read.
        public let rowsRead: Int
        /// Rows accepted.
        public let accepted: Int
        /// Rows dropped as duplicates.
        public let deduplicated: Int
        /// Rows rejected (see the validation report).
        public let rejected: Int
        /// The encoding the file was read in (`utf-8`, `windows-1252`, `iso-8859-1`); `nil` in
        /// manifests written before FocusNet recorded it.
        public let encoding: String?
        /// How each date column was read (format, declared or inferred, time zone); `nil` in
        /// manifests written before date formats were recorded.
        public var dates: [DateColumnReport]?
    }

    /// One origin D of the backtest.
    public struct Origin: Codable, Sendable, Equatable {
        /// D, `YYYY-MM-DD`.
        public let date: String
        /// D + W, the closed end of the outcome window `(D, D + W]`.
        public let outcomeWindowEnd: String
        /// Whether the outcome window closes by the end of the data.
        public let complete: Bool
        /// People in the network at D (a count).
        public let networkPeople: Int
        /// Network people dead by D, not scored (a count).
        public let deceasedExcluded: Int
        /// n, the people scored at D.
        public let scored: Int
        /// Scored people with each outcome in the window, by outcome name (counts).
        public let positives: [String: Int]
        /// Outcome persons in the records, scored or not.
        public let outcomePersonsAll: [String: Int]
        /// The training origins of the fitted models, `YYYY-MM-DD`, oldest first.
        public let trainingOrigins: [String]
    }

    /// Every setting of the backtest, as text or numbers.
    public struct Settings: Codable, Sendable, Equatable {
        /// The records lookback, e.g. `5y`; `all` without one.
        public let lookback: String
        /// The records window convention: `(D − lookback, D]`.
        public let observationWindow: String
        /// W; outcomes are counted in `(D, D + W]`.
        public let outcomeWindow: String
        /// The outcomes measured, by name.
        public let outcomes: [String]
        /// The list sizes, e.g. `1%`, `100`.
        public let k: [String]
        /// Every model compared, by name.
        public let models: [String]
        /// Seed of the bootstrap and of sampled betweenness.
        public let seed: UInt64
        /// Bootstrap replicates for the 95% intervals (0 = none).
        public let bootstrapReplicates: Int
        /// λ of the fitted and demographic models.
        public let ridge: Double
        /// Training origins per test origin (a count).
        public let trainingOrigins: Int
        /// Spacing of the training origins.
        public let trainingStep: String
        /// A person counts as notified at D when notified in `(D − this, D]`.
        public let notifiedWithin: String
        /// Whether notified people were left out of the metrics.
        public let excludeNotified: Bool
        /// Always false: custody and deaths count as of each origin.
        public let useCurrentCustodyStatus: Bool
        /// The end of the data, against which outcome windows are judged complete.
        public let dataEnd: String
        /// The scoring model as compact JSON.
        public let scoringModel: String
        /// How tied scores are handled in the metrics.
        public let tieRule: String
    }

    /// The intervention log read, if any.
    public struct Interventions: Codable, Sendable, Equatable {
        /// The log as given.
        public let path: String
        /// Lowercase hex SHA-256 of its bytes.
        public let sha256: String
        /// Data rows read.
        public let rows: Int
        /// Rows naming nobody in the records (a count).
        public let unknownPersons: Int
    }

    /// One other file of the backtest's folder and its fingerprint.
    public typealias Output = OutputDigest

    /// The command that wrote the manifest: `backtest`.
    public var command = "backtest"
    /// FocusNet's version.
    public let focusnetVersion: String
    /// The linked igraph's version.
    public let igraphVersion: String
    /// The linked OpenBLAS's version.
    public let openblasVersion: String
    /// The scoring settings as they ran (``ScoringParameters``, derived from the configuration),
    /// and the command's own arguments (origins, list sizes, files) as given.
    public let parameters: [String: String]
    /// Every setting of the run.
    public let settings: Settings
    /// The record files read, in the order of the record set's reports.
    public let inputs: [Input]
    /// The intervention log, or `nil` without one.
    public let interventions: Interventions?
    /// The origins scored, in date order.
    public let origins: [Origin]
    /// The backtest's notes (``Backtest/notes``).
    public let notes: [String]
    /// The other files written, with their SHA-256.
    public let outputs: [Output]

    /// The manifest of `backtest` run on `records`.
    /// - Parameters:
    ///   - parameters: the command's arguments as given; the scoring settings are added from the
    ///     configuration (an argument never overrides them).
    ///   - outputs: the other files of the folder with their SHA-256.
    /// - Complexity: O(origins × outcomes + inputs).
    public init(backtest: Backtest, records: RecordSet, parameters: [String: String], outputs: [Output]) {
        let c = backtest.configuration
        focusnetVersion = Versions.focusNet
        igraphVersion = Versions.igraph
        openblasVersion = LinearAlgebra.openBLASVersion
        self.parameters = parameters.merging(ScoringParameters(c.scoring, scoringFile: c.scoringFile).entries) { _, derived in derived }
        let compact = JSONEncoder()
        compact.outputFormatting = [.sortedKeys]
        let model = (try? String(decoding: compact.encode(c.scoring.model), as: UTF8.self)) ?? ""
        settings = Settings(
            lookback: c.scoring.windows.lookback?.description ?? "all",
            observationWindow: "(D − lookback, D]",
            outcomeWindow: c.outcomeWindow.description, outcomes: c.outcomes.map(\.rawValue), k: c.listSizes.map(\.description),
            models: ModelKind.allCases.map(\.rawValue), seed: c.seed, bootstrapReplicates: c.bootstrapReplicates, ridge: c.ridge,
            trainingOrigins: c.trainingOrigins, trainingStep: c.trainingStep.description, notifiedWithin: c.notifiedWithin.description,
            excludeNotified: c.excludeNotified, useCurrentCustodyStatus: false, dataEnd: backtest.dataEnd.description,
            scoringModel: model, tieRule: "expected value over orderings of tied scores")
        inputs = records.reports.map {
            Input(kind: $0.kind.rawValue, path: $0.file, sha256: $0.sha256, rowsRead: $0.rowsRead, accepted: $0.accepted,
                  deduplicated: $0.deduplicated, rejected: $0.rejected, encoding: $0.encoding.rawValue,
                  dates: $0.dateColumns)
        }
        interventions = c.interventions.map { Interventions(path: $0.path, sha256: $0.sha256, rows: $0.rows, unknownPersons: $0.unknownPersons) }
        origins = backtest.origins.map { r in
            let s = r.snapshot
            return Origin(date: s.origin.description, outcomeWindowEnd: s.outcomeWindow.end.description, complete: r.complete,
                          networkPeople: s.networkPeople, deceasedExcluded: s.deceasedExcluded, scored: s.count,
                          positives: Dictionary(uniqueKeysWithValues: c.outcomes.map { ($0.rawValue, s.outcomes[$0]!.filter { $0 }.count) }),
                          outcomePersonsAll: Dictionary(uniqueKeysWithValues: c.outcomes.map { ($0.rawValue, s.outcomePersonsAll[$0]!) }),
                          trainingOrigins: r.trainingOrigins.map(\.description))
        }
        notes = backtest.notes
        self.outputs = outputs
    }

    /// Pretty JSON, sorted keys, snake_case (stable bytes).
    /// - Throws: `EncodingError` from the encoder.
    /// - Complexity: O(size of the manifest).
    public func json() throws -> String {
        String(decoding: try JSONEncoder.stableSnakeCase.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a manifest written by ``json()``.
    /// - Throws: `DecodingError` when the text is not such a manifest.
    /// - Complexity: O(length of the text).
    public static func decode(_ text: String) throws -> BacktestManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(BacktestManifest.self, from: Data(text.utf8))
    }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    /// - Complexity: O(length of the text).
    public static func sha256(_ text: String) -> String { OutputDigest.sha256(text) }
}

extension JSONEncoder {
    /// Pretty, sorted keys, snake_case, slashes unescaped.
    static var stableSnakeCase: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}
