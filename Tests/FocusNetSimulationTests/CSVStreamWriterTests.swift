import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetSimulation

@Suite struct CSVStreamWriterTests {
    private func temporaryFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("csv-writer-\(UUID().uuidString).csv")
    }

    @Test func writesHeaderFieldsAndQuotesOnlyWhenNeeded() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try CSVStreamWriter(url: url, header: ["id", "n", "day", "note"])
        writer.identifier(IdentifierFormat(prefix: "P", minimumWidth: 6, capacity: 10), 42)
        writer.integer(0)
        writer.date(CivilDate.day(year: 2018, month: 1, day: 5))
        writer.text("plain")
        try writer.endRow()
        writer.identifier(IdentifierFormat(prefix: "P", minimumWidth: 6, capacity: 10), 7)
        writer.integer(-1205)
        writer.date(0)
        writer.text("a, \"b\"")
        try writer.endRow()
        try writer.close()
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text == "id,n,day,note\nP000042,0,2018-01-05,plain\nP000007,-1205,1970-01-01,\"a, \"\"b\"\"\"\n")
        #expect(writer.rowCount == 2)
    }

    @Test func byteOrderMarkAndCRLFWhenAsked() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try CSVStreamWriter(url: url, header: ["id", "day"], byteOrderMark: true, crlf: true)
        writer.field(Array("P1".utf8))
        writer.field(Array("2021-03-05T10:30:00,250".utf8))
        try writer.endRow()
        try writer.close()
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(bytes == [0xEF, 0xBB, 0xBF] + Array("id,day\r\nP1,\"2021-03-05T10:30:00,250\"\r\n".utf8))
    }

    @Test func flushesLargeFilesThroughTheBuffer() throws {
        let url = temporaryFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try CSVStreamWriter(url: url, header: ["k"])
        for k in 0..<300_000 { writer.integer(k); try writer.endRow() }   // ~2 MB: two flushes
        try writer.close()
        let lines = String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 300_001)
        #expect(lines[1] == "0" && lines.last == "299999")
    }

    @Test func missingFolderIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/file.csv")
        #expect(throws: SimulationError.cannotWriteFile(path: url.path, reason: "the file cannot be created")) {
            _ = try CSVStreamWriter(url: url, header: ["a"])
        }
    }

    @Test func identifierWidthsKeepStringOrderNumeric() {
        let narrow = IdentifierFormat(prefix: "G", minimumWidth: 3, capacity: 20)
        #expect(narrow.width == 3 && narrow.string(9) == "G009" && narrow.string(20) == "G020")
        let wide = IdentifierFormat(prefix: "G", minimumWidth: 3, capacity: 9_000)
        #expect(wide.width == 4 && wide.string(9_000) == "G9000")
        #expect(IdentifierFormat(prefix: "P", minimumWidth: 6, capacity: 999_999).width == 6)
        #expect(IdentifierFormat(prefix: "P", minimumWidth: 6, capacity: 1_000_000).width == 7)
        #expect(wide.string(99) < wide.string(100))
    }
}
