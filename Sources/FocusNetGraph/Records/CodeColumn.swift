/// A column of short codes (sex, race, a source, a charge…) stored as one integer per row.
///
/// `codes[row]` is 0 for a blank value, else the 1-based position of the code in ``names``.
/// Names are in UTF-8 byte order, so the numbering never depends on the order of input rows.
/// An empty ``codes`` array means the file has no such column.
///
/// - Complexity: memory 4 bytes per row plus one string per distinct code.
public struct CodeColumn: Sendable, Equatable {
    public internal(set) var codes: [UInt32] = []
    public internal(set) var names: [String] = []

    /// An empty column (no such column in the file).
    package init() {}

    /// The code of `row`, or `nil` when blank.
    public subscript(row: Int) -> String? {
        let code = codes[row]
        return code == 0 ? nil : names[Int(code) - 1]
    }
}

/// Builds a ``CodeColumn`` while a file is read.
struct CodeColumnBuilder {
    private var interner = Interner()
    /// The code of each row appended (0: blank), numbered in order of first use.
    private(set) var codes: [UInt32] = []

    /// The code of `value` (0 for `nil`), interning it if new.
    mutating func intern(_ value: String?) -> UInt32 { value.map { UInt32(interner.intern($0) + 1) } ?? 0 }

    /// The code of `value` (0 for `nil`) if already seen, without interning it.
    func lookup(_ value: String?) -> UInt32? {
        guard let value else { return 0 }
        return interner.index(of: value).map { UInt32($0 + 1) }
    }

    /// The codes interned so far, by code − 1.
    var names: [String] { interner.names }

    mutating func append(code: UInt32) { codes.append(code) }
    mutating func set(_ row: Int, code: UInt32) { codes[row] = code }
    func code(at row: Int) -> UInt32 { codes[row] }

    /// Appends `count` blank rows (to be set through ``withUnsafeMutableCodes(_:)``).
    mutating func appendBlanks(_ count: Int) { codes += repeatElement(0, count: count) }

    /// Calls `body` with the rows' codes, to set them in place (e.g. on several threads, each
    /// writing its own rows).
    mutating func withUnsafeMutableCodes<R>(_ body: (UnsafeMutableBufferPointer<UInt32>) -> R) -> R {
        codes.withUnsafeMutableBufferPointer { body($0) }
    }

    consuming func finish() -> CodeColumn {
        let (names, renumber) = interner.finish()
        var column = CodeColumn()
        column.names = names
        column.codes = codes.map { $0 == 0 ? 0 : UInt32(renumber[Int($0) - 1] + 1) }
        return column
    }
}

extension Array where Element == Int32 {
    /// Applies an index renumbering (see ``Interner/finish()``) in place; negative entries (blank) stay.
    mutating func renumber(_ map: [Int32]) {
        for i in indices where self[i] >= 0 { self[i] = map[Int(self[i])] }
    }
}
