import Foundation

/// What the rows of one file showed about its encoding while it was read, and the hint it gives
/// when many rows are not text in the encoding they were read in (``FileReport/encodingHint``).
///
/// What can honestly be told apart: bytes 0xA0–0xFF are the same characters in Windows-1252 and
/// ISO-8859-1 (é is 0xE9 in both), so a file whose failing bytes all lie there reads identically
/// either way; the hint names Windows-1252, what Windows exports are. Bytes 0x80–0x9F are
/// printable only in Windows-1252 (0x92 = ’, 0x80 = €); in ISO-8859-1 they are control characters
/// no export writes, so they point to Windows-1252. Its five undefined bytes (0x81, 0x8D, 0x8F,
/// 0x90, 0x9D) point to neither: the file may be in another single-byte encoding (DOS code page
/// 850 writes é as 0x82, ü as 0x81). Rows that are valid UTF-8 with accents beside rows that are
/// not mean a file mixing encodings, which no single `--encoding` reads correctly.
///
/// "Many" rows: at least 1% of the file's rows, or any number when most failing rows fail on a
/// letter (0xC0–0xFF but × ÷, ª º, and Windows-1252's Š š Œ œ Ž ž Ÿ ƒ) — the signature of
/// accented names in a single-byte export. Holds byte values, counts and column names (the
/// file's own headers), never a value, so its hint may go to a terminal or a log.
struct EncodingEvidence {
    let encoding: TextEncoding
    private(set) var rowsInvalid = 0
    private(set) var rowsValidNonASCII = 0
    /// Failing rows by the bytes that fail in them, 0x80–0xFF at index byte − 0x80.
    private var rowsByByte = [Int](repeating: 0, count: 128)
    /// The column in which each byte value first failed.
    private var columnByByte = [String](repeating: "", count: 128)

    init(encoding: TextEncoding) { self.encoding = encoding }

    /// A row whose bytes are valid UTF-8 with some non-ASCII character.
    mutating func noteValidNonASCII() { rowsValidNonASCII += 1 }

    /// A row that is not valid UTF-8: notes each byte value that starts an invalid sequence in
    /// it (once per row), with the file's header of the field where it first failed.
    /// - Complexity: O(bytes of the row).
    mutating func noteInvalid(_ row: CSVRow, headers: [String]) {
        rowsInvalid += 1
        var inRow = [Bool](repeating: false, count: 128)
        for field in 0..<row.count {
            row.withField(field) { bytes in
                var iterator = bytes.makeIterator()
                var parser = Unicode.UTF8.ForwardParser()
                var offset = 0
                while true {
                    switch parser.parseScalar(from: &iterator) {
                    case .valid(let scalar): offset += scalar.count
                    case .error(let length):
                        let i = Int(bytes[offset]) - 0x80
                        offset += length
                        guard i >= 0, !inRow[i] else { continue }
                        inRow[i] = true
                        if rowsByByte[i] == 0 { columnByByte[i] = field < headers.count ? headers[field] : "" }
                        rowsByByte[i] += 1
                    case .emptyInput: return
                    }
                }
            }
        }
    }

    /// Adds the evidence of a later piece of the same file (a byte's column stays the one where it failed first).
    mutating func absorb(_ later: EncodingEvidence) {
        rowsInvalid += later.rowsInvalid
        rowsValidNonASCII += later.rowsValidNonASCII
        for i in 0..<128 where later.rowsByByte[i] > 0 {
            if rowsByByte[i] == 0 { columnByByte[i] = later.columnByByte[i] }
            rowsByByte[i] += later.rowsByByte[i]
        }
    }

    /// The hint for a file of `rowsRead` rows named `file`, or `nil` when its rows give none.
    func hint(file: String, rowsRead: Int) -> String? {
        guard rowsInvalid > 0 else { return nil }
        let name = URL(fileURLWithPath: file).lastPathComponent
        let seen = (0..<128).filter { rowsByByte[$0] > 0 }.map { UInt8($0 + 0x80) }
        let undefined = seen.filter { SingleByteTranscoder.character($0, in: .windows1252) == nil }
        let examples = seen.sorted { (rowsByByte[Int($0) - 0x80], $1) > (rowsByByte[Int($1) - 0x80], $0) }.prefix(3)
            .map { "\(hex($0))\(character($0)) in column \(RecordError.cut(columnByByte[Int($0) - 0x80]))" }
            .joined(separator: ", ")
        let rows = "\(rowsInvalid) of \(rowsRead) rows of \(name)"
        let otherEncoding = "the file may be in another encoding (such as DOS code page 850) that FocusNet does not read: "
            + "convert it to UTF-8, e.g. iconv -f CP850 -t UTF-8"
        guard encoding == .utf8 else {
            return "\(rows) hold bytes \(encoding.title) does not define (\(examples)); \(otherEncoding)"
        }
        let letters = seen.filter(Self.isLetter).reduce(0) { $0 + rowsByByte[Int($1) - 0x80] }
        guard rowsInvalid * 100 >= rowsRead || letters * 2 > rowsInvalid else { return nil }
        let head = "\(rows) are not UTF-8 (\(examples)); "
        if !undefined.isEmpty {
            let bytes = undefined.map(hex).joined(separator: ", ")
            return head + "\(bytes) \(undefined.count == 1 ? "is" : "are") undefined in Windows-1252 and a control character "
                + "in ISO-8859-1: " + otherEncoding
        }
        if rowsValidNonASCII > 0 {
            let others = rowsValidNonASCII == 1 ? "1 other row holds" : "\(rowsValidNonASCII) other rows hold"
            return head + "but \(others) UTF-8 accents: the file mixes encodings, which no "
                + "--encoding reads whole; re-export it as UTF-8"
        }
        let add = " — if that is how the file was exported, add --encoding windows-1252 (or encoding: windows-1252 in the mapping)"
        if let typographic = seen.first(where: { $0 <= 0x9F }) {
            return head + "they read as Windows-1252 text (\(hex(typographic))\(character(typographic)) is a character only in Windows-1252; "
                + "in ISO-8859-1 it is a control character)" + add
        }
        return head + "they read as Windows-1252 text (ISO-8859-1 gives the same characters for these bytes)" + add
    }

    /// ` = é`, the byte's character in Windows-1252 (in ISO-8859-1 for the bytes it leaves undefined: none shown).
    private func character(_ byte: UInt8) -> String {
        SingleByteTranscoder.character(byte, in: .windows1252).map { " = \(Character($0))" } ?? ""
    }

    /// Whether `byte` is a letter in Windows-1252 (0xC0–0xFF but × ÷, ª º, Š š Œ œ Ž ž Ÿ ƒ).
    static func isLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0xD7, 0xF7: false
        case 0xC0...0xFF, 0xAA, 0xBA, 0x83, 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F: true
        default: false
        }
    }
}
