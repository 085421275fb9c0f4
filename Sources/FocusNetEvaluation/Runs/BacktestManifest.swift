import Crypto
import Foundation
import FocusNetGraph
import FocusNetScoring

/// `manifest.json` of a backtest: what was read (with SHA-256), every setting and seed, the
/// software versions, the origins with their training origins, and the SHA-256 of every other
/// output — enough to re-run the backtest and check that it gives the same bytes. Holds no
/// wall-clock time and no person identifier.
public struct BacktestManifest: Codable, Sendable, Equatable {
    public struct Input: Codable, Sendable, Equatable {
        public let kind: String
        public let path: String
        public let sha256: String
        public let rowsRead: Int
        public let accepted: Int
        public let deduplicated: Int
        public let rejected: Int
    }

    public struct Origin: Codable, Sendable, Equatable {
        public let date: String
        public let outcomeWindowEnd: String
        public let complete: Bool
        public let networkPeople: Int
        public let deceasedExcluded: Int
        public let scored: Int
        public let positives: [String: Int]
        /// Outcome persons in the records, scored or not.
        public let outcomePersonsAll: [String: Int]
        public let trainingOrigins: [String]
    }

    public struct Settings: Codable, Sendable, Equatable {
        public let lookback: String
        public let observationWindow: String
        public let outcomeWindow: String
        public let outcomes: [String]
        public let k: [String]
        public let models: [String]
        public let seed: UInt64
        public let bootstrapReplicates: Int
        public let ridge: Double
        public let trainingOrigins: Int
        public let trainingStep: String
        public let notifiedWithin: String
        public let excludeNotified: Bool
        public let useCurrentCustodyStatus: Bool
        public let dataEnd: String
        public let scoringModel: String
        public let tieRule: String
    }

    public struct Interventions: Codable, Sendable, Equatable {
        public let path: String
        public let sha256: String
        public let rows: Int
        public let unknownPersons: Int
    }

    public struct Output: Codable, Sendable, Equatable {
        public let name: String
        public let sha256: String

        package init(name: String, sha256: String) { self.name = name; self.sha256 = sha256 }
    }

    public var command = "backtest"
    public let focusnetVersion: String
    public let igraphVersion: String
    public let openblasVersion: String
    /// The scoring settings as they ran (``ScoringParameters``, derived from the configuration),
    /// and the command's own arguments (origins, list sizes, files) as given.
    public let parameters: [String: String]
    public let settings: Settings
    public let inputs: [Input]
    public let interventions: Interventions?
    public let origins: [Origin]
    public let notes: [String]
    public let outputs: [Output]

    /// - Parameter parameters: the command's arguments as given; the scoring settings are added
    ///   from the configuration (an argument never overrides them).
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
                  deduplicated: $0.deduplicated, rejected: $0.rejected)
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
    public func json() throws -> String {
        String(decoding: try JSONEncoder.stableSnakeCase.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a manifest written by ``json()``.
    public static func decode(_ text: String) throws -> BacktestManifest {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(BacktestManifest.self, from: Data(text.utf8))
    }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }
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
