import Foundation

/// `dirty_manifest.json`: the exact number of each ``DefectKind`` that
/// ``RegionSimulator/writeDirty(_:to:)`` wrote into each file, and the account `focusnet
/// validate` must then give of each file.
///
/// The expected counts hold for the default mapping and any `--data-end` on or after
/// ``dataEnd`` (no clean row is rejected, and every rejected row is an inserted copy). Keys are
/// written sorted, so the same configuration gives the same bytes.
public struct DirtyManifest: Codable, Sendable, Equatable {
    /// The name of the manifest in the output folder.
    public static let fileName = "dirty_manifest.json"

    /// The account `validate` must give of one file (the fields of its `validation_report.json`).
    public struct Expected: Codable, Sendable, Equatable {
        /// Data rows: the clean rows plus the inserted copies.
        public var rowsRead = 0
        /// The clean rows, some written with accepted defects.
        public var accepted = 0
        /// Accepted rows the reader cleans (trims, case-folds); includes clean rows it always
        /// cleans, e.g. every `persons.csv` row, whose `sex` is written `M` or `F` and read `m`, `f`.
        public var normalized = 0
        /// Inserted ``DefectKind/duplicateRow`` copies.
        public var deduplicated = 0
        /// Inserted copies with a rejecting defect.
        public var rejected = 0
        /// ``rejected`` by the reason `validate` gives.
        public var rejectedByReason: [String: Int] = [:]

        /// An account with every count 0.
        init() {}

        enum CodingKeys: String, CodingKey {
            case accepted, normalized, deduplicated, rejected
            case rowsRead = "rows_read", rejectedByReason = "rejected_by_reason"
        }
    }

    /// One file's defects and expected account.
    public struct File: Codable, Sendable, Equatable {
        /// Data rows of the clean file.
        public var cleanRows: Int
        /// Count of each ``DefectKind`` by its raw value (every kind listed, 0 when not written).
        public var defects: [String: Int]
        /// The account `validate` must give of the dirty file.
        public var expected: Expected

        /// All defects written into the file.
        public var defectCount: Int { defects.values.reduce(0, +) }

        init(cleanRows: Int, defects: [String: Int], expected: Expected) {
            self.cleanRows = cleanRows
            self.defects = defects
            self.expected = expected
        }

        enum CodingKeys: String, CodingKey {
            case defects, expected
            case cleanRows = "clean_rows"
        }
    }

    /// The scale of the configuration.
    public var scale: SimulationScale
    /// The seed of the configuration (the defects come from a stream of their own derived from it).
    public var seed: UInt64
    /// The last day of the data (ISO): validate with `--data-end` on or after it (the default,
    /// today, is).
    public var dataEnd: String
    /// ``DefectKind/rate`` by raw value.
    public var rates: [String: Double]
    /// By file name (`arrests.csv`, …).
    public var files: [String: File]

    /// A manifest with the rates of every ``DefectKind``.
    init(scale: SimulationScale, seed: UInt64, dataEnd: String, files: [String: File]) {
        self.scale = scale
        self.seed = seed
        self.dataEnd = dataEnd
        self.files = files
        rates = Dictionary(uniqueKeysWithValues: DefectKind.allCases.map { ($0.rawValue, $0.rate) })
    }

    enum CodingKeys: String, CodingKey {
        case scale, seed, rates, files
        case dataEnd = "data_end"
    }

    /// Pretty JSON with sorted keys and a final line end.
    /// - Throws: `EncodingError` (not expected: every value is a string or a finite number).
    /// - Complexity: O(files × defect kinds).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
