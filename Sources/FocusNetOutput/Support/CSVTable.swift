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
        try write(name, header: header, count: count, gather: { $0 }, row: row, to: append)
    }

    /// Rows handled per gather (a block's values take at most a few hundred kB per thread).
    static let gatherBlock = 4_096

    /// ``write(_:header:count:row:to:)`` for rows whose values lie scattered in large arrays: a
    /// state's `scores.csv` reads twenty per-person arrays at each row's node, in rank order, so
    /// nearly every read misses the cache. `gather(i)` collects row i's values for a block of rows
    /// in a tight loop, whose independent reads the processor overlaps; `row` then formats them.
    /// Formatting between the reads had kept them one at a time: the row closure was 30% of the
    /// output stage's samples, at its loads (`perf`, state rank).
    static func write<Values>(_ name: String, header: [String], count: Int, gather: (Int) -> Values,
                              row: (Values) -> [String]?, to append: (String) throws -> Void) rethrows {
        precondition(pieces % round == 0, "rounds cover the pieces exactly")
        StageMeter.shared.begin("writing \(name)", total: pieces)
        defer { StageMeter.shared.end() }
        for first in stride(from: 0, to: pieces, by: round) {
            var built = [String](repeating: "", count: round)
            built.withUnsafeMutableBufferPointer { built in
                DeterministicParallel.forEach(chunks: round) { k in
                    let piece = first + k
                    var csv = piece == 0 ? CSVWriter(header: header) : CSVWriter()
                    let rows = DeterministicParallel.range(of: piece, count: count, chunks: pieces)
                    var values = [Values]()
                    values.reserveCapacity(min(gatherBlock, rows.count))
                    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: gatherBlock) {
                        values.removeAll(keepingCapacity: true)
                        for i in start..<min(start + gatherBlock, rows.upperBound) { values.append(gather(i)) }
                        for v in values { if let fields = row(v) { csv.row(fields) } }
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
