import FocusNetGraph

/// A large CSV table built on all cores: its rows are cut into a fixed number of pieces, each
/// piece written by its own ``FocusNetGraph/CSVWriter``, the pieces handed on in row order — the
/// same bytes on any number of cores (``FocusNetGraph/DeterministicParallel``). Formatting
/// numbers was the largest cost of writing a state's `scores.csv` (3.3 million rows) on one core.
enum CSVTable {
    /// Fixed pieces of a table (the header in the first).
    static let pieces = 16
    /// Pieces built at once before they are handed on: a quarter of the table in memory at a time.
    static let round = 4

    /// Builds the table and hands its pieces to `append` in order, `round` pieces at a time.
    /// - Parameters:
    ///   - count: rows, indexed `0..<count`.
    ///   - row: the fields of row `i`, or `nil` to leave it out; called from several threads.
    ///   - append: receives each piece, in order (e.g. writes it to the file).
    /// - Throws: what `append` throws.
    /// - Complexity: O(total characters), on all cores; memory for `round` pieces.
    ///   - name: the file's name, for ``FocusNetGraph/StageMeter`` (counted in pieces).
    static func write(_ name: String, header: [String], count: Int, row: (Int) -> [String]?,
                      to append: (String) throws -> Void) rethrows {
        precondition(pieces % round == 0, "rounds cover the pieces exactly")
        StageMeter.shared.begin("writing \(name)", total: pieces)
        defer { StageMeter.shared.end() }
        for first in stride(from: 0, to: pieces, by: round) {
            var built = [String](repeating: "", count: round)
            built.withUnsafeMutableBufferPointer { built in
                DeterministicParallel.forEach(chunks: round) { k in
                    let piece = first + k
                    var csv = piece == 0 ? CSVWriter(header: header) : CSVWriter()
                    for i in DeterministicParallel.range(of: piece, count: count, chunks: pieces) {
                        if let fields = row(i) { csv.row(fields) }
                    }
                    built[k] = csv.text
                }
            }
            for piece in built {
                try append(piece)
                StageMeter.shared.advance(1)
            }
        }
    }
}
