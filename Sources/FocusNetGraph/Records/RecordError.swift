/// A record file or mapping that cannot be read at all (row-level problems are rejections instead).
public enum RecordError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file has no header row.
    case emptyFile(file: String)
    /// A required column (after mapping) is not in the header.
    case missingColumn(file: String, kind: InputKind, column: String, expectedHeader: String, found: [String])
    /// The header row itself is not valid UTF-8.
    case notUTF8(file: String, byteOffset: Int)
    /// The file starts with a UTF-16 byte-order mark (`FF FE` little-endian, `FE FF` big-endian),
    /// an encoding FocusNet does not read: the file and `UTF-16LE` or `UTF-16BE`.
    case utf16(file: String, byteOrder: String)
    /// The file starts with a UTF-8 byte-order mark but was declared in a single-byte encoding.
    case encodingConflict(file: String, declared: TextEncoding)
    /// The header row holds a byte its declared single-byte encoding leaves undefined.
    case undefinedByte(file: String, byte: UInt8, encoding: TextEncoding)
    /// The mapping file or an inline `--map` cannot be used: (the file path or `--map`, the reason).
    case invalidMapping(String, String)
    /// A date column whose format FocusNet will not guess (every value reads day-first and
    /// month-first, both kinds are mixed, or values carry a UTC offset and no `--timezone` was
    /// given): the file and a sentence naming the column, an example line and value (cut to
    /// ``messageValueLimit``) and the flag to add, given whole.
    case undecidedDates(file: String, reason: String)

    /// One line naming the file and what is wrong, for an analyst to act on. Values from the
    /// file are cut to ``messageValueLimit`` characters: a header line of megabytes is named, not
    /// echoed.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .emptyFile(let file): "\(file): the file is empty (no header row)"
        case .missingColumn(let file, let kind, let column, let header, let found):
            "\(file): required column '\(RecordError.cut(column))'"
                + (header == column ? "" : " (mapped to header '\(RecordError.cut(header))')")
                + " not found; the header has: " + RecordError.cut(found.joined(separator: ", "))
                + "; name the header that holds it with --map \(kind == .arrests ? "" : kind.rawValue + ".")\(column)=HEADER"
        case .notUTF8(let file, let offset):
            "\(file): the header is not UTF-8 text (invalid byte at offset \(offset)); if the file was exported as "
                + "Windows-1252 or ISO-8859-1 (Latin-1), give --encoding windows-1252 or --encoding iso-8859-1"
        case .utf16(let file, let order):
            "\(file): the file is \(order) (it starts with a UTF-16 byte-order mark); FocusNet reads "
                + "UTF-8, Windows-1252 or ISO-8859-1: save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
        case .encodingConflict(let file, let declared):
            "\(file): the file starts with a UTF-8 byte-order mark but its encoding is given as \(declared); "
                + "it is most likely UTF-8: drop --encoding (or the mapping's encoding:) for this file"
        case .undefinedByte(let file, let byte, let encoding):
            "\(file): the header holds byte \(hex(byte)), which \(encoding.title) does not define; "
                + "the file is in another encoding"
        case .invalidMapping(let source, let reason): "mapping \(source): \(RecordError.cut(reason))"
        case .undecidedDates(let file, let reason): "\(file): \(reason)"
        }
    }

    /// The most characters of a value from a file that a message shows.
    public static let messageValueLimit = 200

    /// `text` cut to ``messageValueLimit`` characters, saying how long it was.
    static func cut(_ text: String) -> String {
        guard text.count > messageValueLimit else { return text }
        return String(text.prefix(messageValueLimit)) + "… (\(text.count) characters)"
    }
}

/// `0xE9`.
func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count < 2 ? "0" : "") + digits
}
