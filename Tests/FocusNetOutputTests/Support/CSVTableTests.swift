import FocusNetGraph
import Testing
@testable import FocusNetOutput

@Suite struct CSVTableTests {
    static func rows(_ count: Int, skipping skip: Set<Int> = []) -> [String] {
        var pieces: [String] = []
        CSVTable.write("test.csv", header: ["i", "twice"], count: count, row: { i in skip.contains(i) ? nil : [String(i), String(2 * i)] }) {
            pieces.append($0)
        }
        return pieces
    }

    @Test("pieces in row order, the header once, left-out rows absent: the same text as one writer")
    func sameAsOneWriter() {
        for count in [0, 1, 5, 16, 17, 1_000] {
            var one = CSVWriter(header: ["i", "twice"])
            for i in 0..<count where i % 7 != 3 { one.row([String(i), String(2 * i)]) }
            let pieces = Self.rows(count, skipping: Set((0..<count).filter { $0 % 7 == 3 }))
            #expect(pieces.count == CSVTable.pieces)
            #expect(pieces.joined() == one.text, "\(count) rows")
        }
    }
}
