import FocusNetGraph
import FocusNetScoring
import Foundation

/// `manifest.json`: what was read, with which parameters and software, so a list can be
/// re-derived and audited. Holds no wall-clock time, so identical inputs give identical bytes.
public struct RunManifest: Codable, Sendable {
    public struct Input: Codable, Sendable {
        public let kind: String
        public let path: String
        public let sha256: String
        public let rowsRead: Int
        public let accepted: Int
        public let deduplicated: Int
        public let rejected: Int
        public let normalized: Int
        public let blankLines: Int
        public let rejectedByReason: [String: Int]

        enum CodingKeys: String, CodingKey {
            case kind, path, sha256, accepted, deduplicated, rejected, normalized
            case rowsRead = "rows_read", blankLines = "blank_lines", rejectedByReason = "rejected_by_reason"
        }
    }

    public let command: String
    public let focusnetVersion: String
    public let igraphVersion: String
    public let openblasVersion: String
    /// The ranking's parameters as they ran (derived from its configuration).
    public let parameters: RankParameters
    /// For `export_manifest.json`: what was exported and how.
    public let export: ExportParameters?
    public let inputs: [Input]
    public let network: [String: Int]
    public let outputs: [String]

    enum CodingKeys: String, CodingKey {
        case command, parameters, export, inputs, network, outputs
        case focusnetVersion = "focusnet_version", igraphVersion = "igraph_version", openblasVersion = "openblas_version"
    }

    public init(command: String, parameters: RankParameters, export: ExportParameters? = nil, reports: [FileReport],
                network: [String: Int], outputs: [String]) {
        self.command = command
        focusnetVersion = Versions.focusNet
        igraphVersion = Versions.igraph
        openblasVersion = LinearAlgebra.openBLASVersion
        self.parameters = parameters
        self.export = export
        inputs = reports.map {
            Input(kind: $0.kind.rawValue, path: $0.file, sha256: $0.sha256, rowsRead: $0.rowsRead, accepted: $0.accepted,
                  deduplicated: $0.deduplicated, rejected: $0.rejected, normalized: $0.normalized,
                  blankLines: $0.blankLines, rejectedByReason: $0.rejectedByReason)
        }
        self.network = network
        self.outputs = outputs
    }

    /// Pretty JSON with sorted keys (stable bytes).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

/// What an export wrote beside the ranking's own parameters (`export_manifest.json`).
public struct ExportParameters: Codable, Equatable, Sendable {
    /// `graphml`, `gexf`, `i2`, comma-separated.
    public let formats: String
    /// Who was exported: `everyone`, `call-in list` or `N named people`.
    public let around: String
    /// Steps around the chosen people, and the ties they follow.
    public let steps: String
    public let via: String
    /// In words, e.g. `within 2 co-offending steps of 3 people`.
    public let selection: String
    /// `left out` under pseudonyms (an arrest id can identify a person), else `written`.
    public let arrestIDs: String

    enum CodingKeys: String, CodingKey {
        case formats, around, steps, via, selection
        case arrestIDs = "arrest_ids"
    }

    public init(formats: [String], around: String, steps: Int, via: String, selection: String, pseudonymized: Bool) {
        self.formats = formats.joined(separator: ",")
        self.around = around
        self.steps = String(steps)
        self.via = via
        self.selection = selection
        arrestIDs = pseudonymized ? "left out" : "written"
    }
}
