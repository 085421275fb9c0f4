/// Windows-1252 or ISO-8859-1 bytes → UTF-8 bytes, through one 256-entry table per encoding.
///
/// A pure function on bytes, so it can be called chunk by chunk (a single-byte encoding has no
/// character that straddles two chunks) and by a fuzz target. ISO-8859-1 maps byte *b* to
/// U+00*b*; Windows-1252 differs only in 0x80–0x9F, where it has € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
/// ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ (WHATWG index-windows-1252). Its five undefined bytes (0x81,
/// 0x8D, 0x8F, 0x90, 0x9D) are passed through unchanged: alone, each is invalid UTF-8, so the
/// row holding one fails the reader's whole-row check and is rejected with the byte and where it
/// is, instead of becoming an invisible control character (WHATWG maps them to U+0081 …) inside
/// an identifier.
///
/// Why a table and not Foundation's `String(bytes:encoding: .windowsCP1252)`: Foundation on
/// Linux returns `nil` for a whole chunk holding one undefined byte (so a row could not be
/// rejected alone), allocates a `String` per chunk, and is far slower. Measured (release build,
/// 2-core VM, a 634 MB Windows-1252 file of 10 million rows with accents and ’ – in every row,
/// 4 MB chunks, best of 3): this table 0.38 s for either encoding; Foundation
/// `String(bytes:encoding:)` then `Array(string.utf8)` 9.0 s (`.windowsCP1252`) and 48.7 s (`.isoLatin1`).
///
/// - Complexity: O(bytes) time; the output is at most 3 bytes per input byte (€ is E2 82 AC).
public enum SingleByteTranscoder {
    /// The UTF-8 bytes of `bytes` read in `encoding` (for ``TextEncoding/utf8``, the bytes as they are).
    public static func utf8(_ bytes: UnsafeRawBufferPointer, from encoding: TextEncoding) -> [UInt8] {
        let table: [UInt32]
        switch encoding {
        case .utf8: return Array(bytes)
        case .windows1252: table = windows1252Table
        case .iso8859_1: table = latin1Table
        }
        return table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: bytes.count * 3) { out, count in
                var n = 0
                for byte in bytes {
                    if byte < 0x80 {
                        out[n] = byte
                        n += 1
                        continue
                    }
                    let entry = table[Int(byte)]
                    let length = Int(entry >> 24)
                    out[n] = UInt8(truncatingIfNeeded: entry)
                    if length > 1 { out[n + 1] = UInt8(truncatingIfNeeded: entry >> 8) }
                    if length > 2 { out[n + 2] = UInt8(truncatingIfNeeded: entry >> 16) }
                    n += length
                }
                count = n
            }
        }
    }

    /// ``utf8(_:from:)`` over an array.
    public static func utf8(_ bytes: [UInt8], from encoding: TextEncoding) -> [UInt8] {
        bytes.withUnsafeBytes { utf8($0, from: encoding) }
    }

    /// The character `byte` stands for in `encoding` (a single-byte one), or `nil` for a byte
    /// that encoding leaves undefined (and for any byte above 0x7F in ``TextEncoding/utf8``).
    public static func character(_ byte: UInt8, in encoding: TextEncoding) -> Unicode.Scalar? {
        switch encoding {
        case .utf8: return byte < 0x80 ? Unicode.Scalar(byte) : nil
        case .iso8859_1: return Unicode.Scalar(byte)
        case .windows1252:
            guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
            let value = windows1252High[Int(byte) - 0x80]
            return value == 0 ? nil : Unicode.Scalar(value)
        }
    }

    /// Windows-1252 0x80–0x9F (WHATWG index-windows-1252); 0 where the code page defines nothing.
    static let windows1252High: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    private static let latin1Table: [UInt32] = (0...255).map { entry(Unicode.Scalar(UInt8($0))) }
    private static let windows1252Table: [UInt32] = (0...255).map { byte in
        character(UInt8(byte), in: .windows1252).map(entry) ?? (1 << 24 | UInt32(byte))   // undefined: the byte itself
    }

    /// A table entry: the scalar's UTF-8 bytes in the low three bytes (first byte lowest), their count in the top byte.
    private static func entry(_ scalar: Unicode.Scalar) -> UInt32 {
        var packed: UInt32 = 0, count: UInt32 = 0
        for unit in UTF8.encode(scalar)! {
            packed |= UInt32(unit) << (8 * count)
            count += 1
        }
        return count << 24 | packed
    }
}
