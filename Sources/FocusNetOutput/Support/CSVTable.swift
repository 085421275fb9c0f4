import FocusNetGraph
import FocusNetScoring

/// A large CSV table built on all cores: its rows are cut into a fixed number of pieces, each
/// piece written by its own ``FocusNetGraph/CSVWriter``, the pieces kept in row order — the same
/// bytes on any number of cores (``FocusNetScoring/DeterministicParallel``). Formatting numbers
/// was the largest cost of writing a state's `scores.csv` (3.3 million rows) on one core.
enum CSVTable {
    /// The table's text in pieces (the header in the first), to be written one after the other.
    /// - Parameters:
    ///   - count: rows, indexed `0..<count`.
    ///   - row: the fields of row `i`, or `nil` to leave it out; called from several threads.
    /// - Complexity: O(total characters), on all cores.
    static func parts(header: [String], count: Int, row: (Int) -> [String]?) -> [String] {
        let pieces = 16
        var parts = [String](repeating: "", count: pieces)
        parts.withUnsafeMutableBufferPointer { parts in
            DeterministicParallel.forEach(chunks: pieces) { piece in
                var csv = piece == 0 ? CSVWriter(header: header) : CSVWriter()
                for i in DeterministicParallel.range(of: piece, count: count, chunks: pieces) {
                    if let fields = row(i) { csv.row(fields) }
                }
                parts[piece] = csv.text
            }
        }
        return parts
    }
}
