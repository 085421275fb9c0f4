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
    public let parameters: [String: String]
    public let inputs: [Input]
    public let network: [String: Int]
    public let outputs: [String]

    enum CodingKeys: String, CodingKey {
        case command, parameters, inputs, network, outputs
        case focusnetVersion = "focusnet_version", igraphVersion = "igraph_version", openblasVersion = "openblas_version"
    }

    public init(command: String, parameters: [String: String], reports: [FileReport], network: [String: Int],
                outputs: [String]) {
        self.command = command
        focusnetVersion = Versions.focusNet
        igraphVersion = Versions.igraph
        openblasVersion = LinearAlgebra.openBLASVersion
        self.parameters = parameters
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
