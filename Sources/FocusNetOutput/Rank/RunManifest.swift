import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// `manifest.json`: what was read, with which parameters and software, so a list can be
/// re-derived and audited. Holds no wall-clock time, so identical inputs give identical bytes.
public struct RunManifest: Codable, Sendable {
    /// One input file as read: its path and SHA-256, and the row account
    /// *rows read = accepted + duplicates + rejected* (`normalized` counts accepted rows whose values
    /// were cleaned, e.g. trimmed or case-folded; `rejectedByReason` the rejects per reason).
    public struct Input: Codable, Sendable {
        /// The input kind (`arrests`, `memberships`, …).
        public let kind: String
        /// The path as given on the command line.
        public let path: String
        /// SHA-256 of the file's bytes, hex.
        public let sha256: String
        /// Data rows read (the header and blank lines not counted).
        public let rowsRead: Int
        /// Rows kept.
        public let accepted: Int
        /// Exact repeats of a kept row, dropped.
        public let deduplicated: Int
        /// Rows rejected (each in `rejects.csv` with file, line, column and reason).
        public let rejected: Int
        /// Accepted rows whose values were cleaned (trimmed, case-folded, code-mapped).
        public let normalized: Int
        /// Blank lines skipped.
        public let blankLines: Int
        /// Rejected rows per reason.
        public let rejectedByReason: [String: Int]
        /// The encoding the file was read in (`utf-8`, `windows-1252`, `iso-8859-1`); `nil` in
        /// manifests written before FocusNet recorded it.
        public let encoding: String?

        /// How each date column was read: the format (declared or inferred) and the time zone
        /// offsets were converted to; declare the same to read the file the same way again.
        /// Absent (`nil`) in manifests written before date formats were recorded.
        public let dates: [DateColumnReport]?

        enum CodingKeys: String, CodingKey {
            case kind, path, sha256, accepted, deduplicated, rejected, normalized, encoding, dates
            case rowsRead = "rows_read", blankLines = "blank_lines", rejectedByReason = "rejected_by_reason"
        }
    }

    /// The command that wrote the folder: `rank`, `call-in` or `export`.
    public let command: String
    /// The FocusNet version that ran.
    public let focusnetVersion: String
    /// The igraph C library's version.
    public let igraphVersion: String
    /// OpenBLAS's configuration string.
    public let openblasVersion: String
    /// The ranking's parameters as they ran (derived from its configuration).
    public let parameters: RankParameters
    /// For `export_manifest.json`: what was exported and how.
    public let export: ExportParameters?
    /// Every file read, in reading order.
    public let inputs: [Input]
    /// Counts of the network and the list (people, ties, groups, listed, excluded above the cut).
    public let network: [String: Int]
    /// The files written before the manifest, in order, each with its SHA-256. The manifest is
    /// written last and the folder appears whole (`OutputFolder`), so the list records that
    /// the run completed, and lets anyone check later that no file was changed. Read from a
    /// manifest written before digests were recorded (a list of names), each `sha256` is empty.
    public let outputs: [OutputDigest]
    /// What ordered the list (fitted model, model file or composite), the model's effects and the
    /// list's evidence on the region's history; `nil` in exports and in manifests written before
    /// lists were fitted.
    public let listModel: ListModelRecord?
    /// The language of the reasons, bands and notes (``Language``: `en`, `es`); `nil` in exports
    /// and in manifests written before lists were localized.
    public let language: String?

    enum CodingKeys: String, CodingKey {
        case command, parameters, export, inputs, network, outputs, language
        case listModel = "list_model"
        case focusnetVersion = "focusnet_version", igraphVersion = "igraph_version", openblasVersion = "openblas_version"
    }

    /// - Parameters:
    ///   - reports: the row accounts of the files read (``RecordSet/reports``).
    ///   - network: counts for the `network` object.
    public init(command: String, parameters: RankParameters, export: ExportParameters? = nil, reports: [FileReport],
                network: [String: Int], outputs: [OutputDigest], listModel: ListModelRecord? = nil, language: Language? = nil) {
        self.language = language?.rawValue
        self.command = command
        focusnetVersion = Versions.focusNet
        igraphVersion = Versions.igraph
        openblasVersion = LinearAlgebra.openBLASVersion
        self.parameters = parameters
        self.export = export
        inputs = reports.map {
            Input(kind: $0.kind.rawValue, path: $0.file, sha256: $0.sha256, rowsRead: $0.rowsRead, accepted: $0.accepted,
                  deduplicated: $0.deduplicated, rejected: $0.rejected, normalized: $0.normalized,
                  blankLines: $0.blankLines, rejectedByReason: $0.rejectedByReason, encoding: $0.encoding.rawValue,
                  dates: $0.dateColumns)
        }
        self.network = network
        self.outputs = outputs
        self.listModel = listModel
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
    /// Steps around the chosen people.
    public let steps: String
    /// `co-offending` or `all`: the ties the steps follow.
    public let via: String
    /// In words, e.g. `within 2 co-offending steps of 3 people`.
    public let selection: String
    /// `left out` under pseudonyms (an arrest id can identify a person), else `written`.
    public let arrestIDs: String

    enum CodingKeys: String, CodingKey {
        case formats, around, steps, via, selection
        case arrestIDs = "arrest_ids"
    }

    /// - Parameter pseudonymized: whether person ids were replaced by pseudonyms (arrest ids are then left out).
    public init(formats: [String], around: String, steps: Int, via: String, selection: String, pseudonymized: Bool) {
        self.formats = formats.joined(separator: ",")
        self.around = around
        self.steps = String(steps)
        self.via = via
        self.selection = selection
        arrestIDs = pseudonymized ? "left out" : "written"
    }
}
