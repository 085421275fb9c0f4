/// A record file or mapping that cannot be read at all (row-level problems are rejections instead).
public enum RecordError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file has no header row.
    case emptyFile(file: String)
    /// A required column (after mapping) is not in the header.
    case missingColumn(file: String, column: String, expectedHeader: String, found: [String])
    /// The header row itself is not valid UTF-8.
    case notUTF8(file: String, byteOffset: Int)
    /// The mapping file or an inline `--map` cannot be used: (the file path or `--map`, the reason).
    case invalidMapping(String, String)

    /// One line naming the file and what is wrong, for an analyst to act on. Values from the
    /// file are cut to ``messageValueLimit`` characters: a header line of megabytes is named, not
    /// echoed.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot read: \(reason)"
        case .emptyFile(let file): "\(file): the file is empty (no header row)"
        case .missingColumn(let file, let column, let header, let found):
            "\(file): required column '\(RecordError.cut(column))'"
                + (header == column ? "" : " (mapped to header '\(RecordError.cut(header))')")
                + " not found; the header has: " + RecordError.cut(found.joined(separator: ", "))
        case .notUTF8(let file, let offset): "\(file): not UTF-8 text (invalid byte at offset \(offset))"
        case .invalidMapping(let source, let reason): "mapping \(source): \(RecordError.cut(reason))"
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
