import Testing
@testable import FocusNetGraph

/// One record as the parser delivered it.
struct Parsed: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    var malformation: CSVRow.Malformation? = nil

    var description: String { "\(line):\(fields)\(malformation.map { " [\($0)]" } ?? "")" }
}

/// Parses `bytes` fed in chunks of `chunk` bytes.
func parse(_ bytes: [UInt8], chunk: Int = .max) -> (records: [Parsed], blankLines: Int) {
    var parser = CSVParser()
    var records: [Parsed] = []
    let collect = { (row: CSVRow) in
        let fields = (0..<row.count).map { i in (try? row.string(i).get()) ?? "<invalid>" }
        records.append(Parsed(line: row.line, fields: fields, malformation: row.malformation))
    }
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + min(chunk, bytes.count - start))
        bytes[start..<end].withUnsafeBytes { parser.consume($0, emit: collect) }
        start = end
    }
    parser.finish(emit: collect)
    return (records, parser.blankLines)
}

func parse(_ text: String, chunk: Int = .max) -> (records: [Parsed], blankLines: Int) { parse(Array(text.utf8), chunk: chunk) }

@Suite("CSVParser")
struct CSVParserTests {
    @Test("LF records, fields in order, lines numbered from 1")
    func plain() {
        let (records, blank) = parse("a,b,c\n1,2,3\n")
        #expect(records == [Parsed(line: 1, fields: ["a", "b", "c"]), Parsed(line: 2, fields: ["1", "2", "3"])])
        #expect(blank == 0)
    }

    @Test("a UTF-8 byte-order mark is not part of the first header")
    func byteOrderMark() {
        let (records, _) = parse([0xEF, 0xBB, 0xBF] + Array("id,date\n1,2\n".utf8))
        #expect(records.map(\.fields) == [["id", "date"], ["1", "2"]])
    }

    @Test("CRLF and CR line ends leave no carriage return in a field", arguments: ["\r\n", "\r"])
    func lineEnds(_ end: String) {
        let (records, blank) = parse("a,b\(end)1,2\(end)3,4\(end)")
        #expect(records == [Parsed(line: 1, fields: ["a", "b"]), Parsed(line: 2, fields: ["1", "2"]),
                            Parsed(line: 3, fields: ["3", "4"])])
        #expect(blank == 0)
    }

    @Test("quoted fields hold commas, doubled quotes and line breaks")
    func quoted() {
        let text = "id,note\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"\"\n5,x\n"
        let (records, _) = parse(text)
        #expect(records == [
            Parsed(line: 1, fields: ["id", "note"]),
            Parsed(line: 2, fields: ["1", "a, b"]),
            Parsed(line: 3, fields: ["2", "say \"hi\""]),
            Parsed(line: 4, fields: ["3", "two\nlines"]),
            Parsed(line: 6, fields: ["4", ""]),
            Parsed(line: 7, fields: ["5", "x"]),
        ])
    }

    @Test("a record spanning lines starts on its first line; later records keep their physical line",
          arguments: ["\n", "\r\n", "\r"])
    func spanningLines(_ end: String) {
        let text = "a,b\(end)1,\"x\(end)y\(end)z\"\(end)2,w\(end)"
        let (records, _) = parse(text)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["1", "x\(end)y\(end)z"])
    }

    @Test("malformed records are delivered with the reason, never dropped")
    func malformed() {
        let (records, _) = parse("a,b\n1,x\"y\n2,\"z\"w\n3,ok\n")
        #expect(records == [
            Parsed(line: 1, fields: ["a", "b"]),
            Parsed(line: 2, fields: ["1", "x\"y"], malformation: .quoteInUnquotedField),
            Parsed(line: 3, fields: ["2", "zw"], malformation: .textAfterClosingQuote),
            Parsed(line: 4, fields: ["3", "ok"]),
        ])
    }

    @Test("a quote left open swallows the rest of the file into one malformed record")
    func unterminatedQuote() {
        let (records, _) = parse("a,b\n1,\"open\n2,3\n")
        #expect(records.count == 2)
        #expect(records[1].line == 2)
        #expect(records[1].malformation == .unterminatedQuote)
    }

    @Test("the last line needs no line end", arguments: ["a,b\n1,2", "a,b\n1,\"2\"", "a,b\n1,"])
    func lastLineWithoutNewline(_ text: String) {
        let (records, _) = parse(text)
        #expect(records.count == 2)
        #expect(records[1].line == 2)
        #expect(records[1].fields.count == 2)
    }

    @Test("blank lines carry no record, are counted, and still advance line numbers")
    func blankLines() {
        let (records, blank) = parse("a,b\n\n1,2\r\n\r\n\n3,4\n\n")
        #expect(records.map(\.line) == [1, 3, 6])
        #expect(blank == 4)
    }

    @Test("empty fields are kept: a lone comma is two empty fields")
    func emptyFields() {
        let (records, _) = parse("a,b\n,\n,x\n")
        #expect(records.map(\.fields) == [["a", "b"], ["", ""], ["", "x"]])
    }

    @Test("every chunk size gives the same records (CRLF, BOM and quotes split across chunks)")
    func chunkBoundaries() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("id,note\r\n1,\"a,\r\nb\"\"c\"\r\n\r\n2,d\r\n3,e".utf8)
        let whole = parse(bytes)
        for chunk in 3...bytes.count {
            let chunked = parse(bytes, chunk: chunk)
            #expect(chunked.records == whole.records, "chunk size \(chunk)")
            #expect(chunked.blankLines == whole.blankLines, "chunk size \(chunk)")
        }
        #expect(whole.records.map(\.line) == [1, 2, 5, 6])
        #expect(whole.blankLines == 1)
    }

    @Test("invalid UTF-8 in a field is reported with the byte offset in the file")
    func invalidUTF8() {
        var parser = CSVParser()
        var results: [Result<String, InvalidUTF8>] = []
        let bytes = Array("id,name\n7,ab".utf8) + [0xFF] + Array("c\n".utf8)
        bytes.withUnsafeBytes { parser.consume($0) { row in results.append(row.string(1)) } }
        #expect(results.count == 2)
        #expect(results[1] == .failure(InvalidUTF8(byteOffset: 12, length: 1)))
        #expect(bytes[12] == 0xFF)
    }

    @Test("checkUTF8 looks at every field: ASCII, valid UTF-8, or the first bad byte with its field and offset in the value")
    func checkUTF8() {
        func check(_ bytes: [UInt8]) -> CSVRow.UTF8Check? {
            var parser = CSVParser()
            var result: CSVRow.UTF8Check?
            bytes.withUnsafeBytes { parser.consume($0) { result = $0.checkUTF8() } }
            return result
        }
        #expect(check(Array("abcdefghijklmnopq,1,2\n".utf8)) == .ascii)
        #expect(check(Array("a,Gómez,€\n".utf8)) == .utf8)
        // "G\xF3mez" (Latin-1 ó): field 1, byte 1 of the value.
        #expect(check(Array("a,G".utf8) + [0xF3] + Array("mez\n".utf8)) == .invalid(field: 1, offset: 1, byte: 0xF3))
        // Quotes are not part of the value: "x""\x92" → value x"’, 0x92 at byte 2.
        #expect(check(Array("a,b,\"x\"\"".utf8) + [0x92] + Array("\"\n".utf8)) == .invalid(field: 2, offset: 2, byte: 0x92))
        // A two-byte sequence cut by a comma is invalid in both halves: the first (0xC3, then a comma) is reported.
        #expect(check([0x61, 0xC3, 0x2C, 0xA9, 0x0A]) == .invalid(field: 0, offset: 1, byte: 0xC3))
        // Past the 8-byte ASCII scan: a bad byte at offset 9 of a long field.
        #expect(check(Array("0123456789abcdef".utf8.prefix(9)) + [0xE9, 0x0A]) == .invalid(field: 0, offset: 9, byte: 0xE9))
    }

    @Test("an empty input has no records")
    func emptyInput() {
        #expect(parse("").records.isEmpty)
        #expect(parse("\n\n").blankLines == 2)
    }

    @Test("a parser started inside a file numbers lines and offsets from where it starts, and says when it is between records")
    func startsInside() {
        var parser = CSVParser(line: 7, offset: 100)
        var rows: [(line: Int, offset: Int)] = []
        let text = Array("a,b\n\"x\ny\",c\n".utf8)
        text[0..<6].withUnsafeBytes { parser.consume($0) { rows.append(($0.line, $0.byteOffset)) } }
        // "a,b\n" ended a record; "\"x" is open inside quotes.
        #expect(!parser.atRecordBoundary)
        #expect(parser.position == (line: 8, offset: 106))
        text[6...].withUnsafeBytes { parser.consume($0) { rows.append(($0.line, $0.byteOffset)) } }
        #expect(parser.atRecordBoundary)
        #expect(parser.position == (line: 10, offset: 112))
        #expect(rows.map(\.line) == [7, 8] && rows.map(\.offset) == [100, 104])
    }

    @Test("a CR that may be the first half of a CRLF is not a record boundary")
    func pendingCR() {
        var parser = CSVParser(line: 1, offset: 0)
        Array("a\r".utf8).withUnsafeBytes { parser.consume($0) { _ in } }
        #expect(!parser.atRecordBoundary)
        Array("\n".utf8).withUnsafeBytes { parser.consume($0) { _ in } }
        #expect(parser.atRecordBoundary && parser.position == (line: 2, offset: 3))
    }
}
