/// The character encoding of an input file: `--encoding` for every file of a run, or a
/// mapping block's `encoding:` for one file (which wins over the flag).
///
/// UTF-8 is read as it is, every row checked whole (``CSVRow/checkUTF8()``). The two
/// single-byte encodings are transcoded to UTF-8 before the CSV parser sees the bytes
/// (``SingleByteTranscoder``): ISO-8859-1 maps byte *b* to U+00*b*; Windows-1252 maps 0x80–0x9F to
/// its typographic letters (€ ’ “ ” – — Š Ž …) and leaves its five undefined bytes (0x81, 0x8D,
/// 0x8F, 0x90, 0x9D) to reject their row. Sources: WHATWG Encoding Standard, index-windows-1252
/// (https://encoding.spec.whatwg.org/index-windows-1252.txt); ISO/IEC 8859-1:1998.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable, Codable, CustomStringConvertible {
    /// UTF-8 (the default); a UTF-8 byte-order mark is skipped.
    case utf8 = "utf-8"
    /// Windows code page 1252 (what Windows programs call "ANSI" in Western Europe and the Americas).
    case windows1252 = "windows-1252"
    /// ISO-8859-1 (Latin-1).
    case iso8859_1 = "iso-8859-1"

    /// The encoding a name denotes: the names above, any case, and the common aliases `utf8`,
    /// `cp1252`, `windows1252`, `ansi` (what Windows calls its code page in Western-European
    /// locales), `latin1`, `latin-1`, `iso8859-1`, `iso_8859-1`; `nil` otherwise.
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "windows1252", "cp1252", "cp-1252", "ansi": self = .windows1252
        case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1": self = .iso8859_1
        default: return nil
        }
    }

    /// Decodes one of the names ``init(name:)`` accepts.
    /// - Throws: `DecodingError.dataCorrupted` naming the choices for any other value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let encoding = TextEncoding(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                "unknown encoding '\(RecordError.cut(name))'; expected " + TextEncoding.choices)
        }
        self = encoding
    }

    /// `utf-8, windows-1252 or iso-8859-1`, for messages.
    public static let choices = "utf-8, windows-1252 or iso-8859-1"

    /// The name as written in flags, mappings and manifests (`windows-1252`).
    public var description: String { rawValue }

    /// The name in prose (`Windows-1252`).
    public var title: String {
        switch self {
        case .utf8: "UTF-8"
        case .windows1252: "Windows-1252"
        case .iso8859_1: "ISO-8859-1"
        }
    }
}
