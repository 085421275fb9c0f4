// libFuzzer entry point over the records reader (see Fuzz/README.md).
//
// Each input is one records file, byte for byte. It goes
//  (a) through `CSVParser` whole and again in pseudo-random chunk splits (derived from the input's
//      hash, so a reproducer replays exactly), and the two parses must agree; each record's
//      whole-row UTF-8 check must agree with Swift's validator;
//  (b) to a temporary file read by `RecordSet.read` as arrests with the default mapping (date
//      formats inferred), a permissive one (day- and month-first dates, two-digit years, code
//      table, unknown codes → `other`) and one of two declared ones (ISO timestamps dated in
//      America/Mexico_City from Windows-1252, or Excel serials from ISO-8859-1);
//  (c) the same file read as ties, with canonical columns and with the arrests header mapped
//      onto them, under one of the rules for repeated pairs (DecodingChecks, TiesChecks);
//  (d) the date parsers of every format on its fields, and the transcoders on its bytes.
// Bad input may be rejected or refused with a `RecordError`; it must never crash, and every
// invariant below must hold. A violated invariant calls `fatalError`, which libFuzzer records
// as a crash with the message.

internal import CLibFuzzer
import FocusNetGraph
import Foundation

/// The process entry point. SwiftPM links every Linux executable with `--defsym main=<Module>_main`
/// (so tests can import executables), and under `-parse-as-library` nothing else defines that
/// symbol; this one hands control to libFuzzer's driver exactly as libFuzzer's own `main` would.
@_cdecl("RecordReaderFuzzer_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv = Optional(argv)
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { var none: UInt8 = 0; return withUnsafePointer(to: &none) { fuzz($0, 0) } }
        return fuzz(data, size)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let whole = Parse(bytes, chunks: [size])
    checkParse(whole, of: bytes)
    let chunked = Parse(bytes, chunks: chunkSizes(for: bytes))
    check(chunked == whole, "chunked parse differs from whole parse (chunks \(chunkSizes(for: bytes)))")

    checkDateParsers(whole)
    checkTranscoders(bytes)

    let url = Scratch.file
    do { try Data(bytes).write(to: url) } catch { fatalError("cannot write scratch file \(url.path): \(error)") }
    // One of the declared mappings and one rule for repeated pairs per input, chosen by its hash,
    // so a reproducer replays exactly and a run covers all of them.
    let variant = Int(chunkSizes(for: bytes).first ?? 0)
    for mapping in Scratch.mappings + [Scratch.declared[variant % Scratch.declared.count]] {
        checkRead(of: url, mapping: mapping, parse: whole)
    }
    let rule = TieDuplicates.allCases[variant % TieDuplicates.allCases.count]
    checkTies(at: url, mapping: InputMapping(), rule: rule, parse: whole)
    checkTies(at: url, mapping: Scratch.tiesFromArrests, rule: rule, parse: whole)
    return 0
}

// MARK: - (a) The parser

/// Everything the parser reports about one input, comparable between chunkings.
struct Parse: Equatable {
    struct Record: Equatable {
        var line: Int
        var byteOffset: Int
        var malformation: CSVRow.Malformation?
        var fields: [[UInt8]]
        var text: CSVRow.UTF8Check
    }

    var records: [Record] = []
    var blankLines = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, chunks: [Int]) {
        var parser = CSVParser()
        var records: [Record] = []
        let emit = { (row: CSVRow) in
            var fields: [[UInt8]] = []
            for i in 0..<row.count {
                let field = row.withField(i) { Array($0) }
                // The UTF-8 view must agree with the raw bytes.
                switch row.string(i) {
                case .success(let text):
                    check(Array(text.utf8) == field, "string(\(i)) differs from the field's bytes")
                case .failure(let bad):
                    check(String(validating: field, as: UTF8.self) == nil, "valid UTF-8 field reported invalid")
                    check(bad.byteOffset >= row.byteOffset, "invalid-UTF-8 offset before the record")
                }
                fields.append(field)
            }
            let text = row.checkUTF8()
            checkRowUTF8(text, fields: fields)
            records.append(Record(line: row.line, byteOffset: row.byteOffset, malformation: row.malformation, fields: fields, text: text))
        }
        var start = 0
        for length in chunks where start < bytes.count {
            let end = min(bytes.count, start + length)
            parser.consume(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<end])), emit: emit)
            start = end
        }
        check(start == bytes.count, "chunking did not cover the input")
        parser.finish(emit: emit)
        self.records = records
        blankLines = parser.blankLines
    }
}

func checkParse(_ parse: Parse, of bytes: UnsafeBufferPointer<UInt8>) {
    let bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var fieldBytes = 0
    var previous: Parse.Record?
    for record in parse.records {
        check(!record.fields.isEmpty, "record with no field")
        check(record.byteOffset >= bomLength && record.byteOffset < bytes.count, "record offset \(record.byteOffset) outside the input")
        check(bytes[record.byteOffset] != 0x0A && bytes[record.byteOffset] != 0x0D, "record starts on a line end")
        if let previous {
            check(record.line > previous.line, "record lines not increasing (\(previous.line) then \(record.line))")
            check(record.byteOffset > previous.byteOffset, "record offsets not increasing")
        }
        check(record.line == physicalLine(at: record.byteOffset, in: bytes),
              "record at offset \(record.byteOffset) says line \(record.line), physical line is \(physicalLine(at: record.byteOffset, in: bytes))")
        fieldBytes += record.fields.reduce(0) { $0 + $1.count }
        previous = record
    }
    check(fieldBytes <= bytes.count, "more field bytes than input bytes")
    let lineEnds = physicalLine(at: bytes.count, in: bytes) - 1
    check(parse.records.count + parse.blankLines <= lineEnds + 1, "more records and blank lines than lines")
    if !bytes.contains(0x22) {
        // Without quotes the grammar is trivial: no malformation, and the fields are the split text.
        check(parse.records.allSatisfy { $0.malformation == nil }, "malformation reported in quote-free input")
        let lines = splitLines(bytes[bomLength...])
        let expected = lines.filter { !$0.isEmpty }.map { $0.split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init) }
        check(parse.records.map(\.fields) == expected, "quote-free input not split into the expected fields")
        check(parse.blankLines == lines.dropLast().filter(\.isEmpty).count, "blank line count differs")
    }
}

/// The 1-based physical line of `offset`: LF, CRLF and a lone CR each end a line, quoted or not.
func physicalLine(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var i = 0
    while i < offset {
        if bytes[i] == 0x0A { line += 1 }
        if bytes[i] == 0x0D { line += 1; if i + 1 < offset, bytes[i + 1] == 0x0A { i += 1 } }
        i += 1
    }
    return line
}

/// Lines split at LF, CRLF or CR; the last element is the text after the last line end.
func splitLines(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [[UInt8]] {
    var lines: [[UInt8]] = [[]]
    var i = bytes.startIndex
    while i < bytes.endIndex {
        let byte = bytes[i]
        if byte == 0x0A || byte == 0x0D {
            if byte == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
            lines.append([])
        } else {
            lines[lines.count - 1].append(byte)
        }
        i += 1
    }
    return lines
}

/// Chunk lengths derived from the input (FNV-1a seed, SplitMix64), so a crash replays exactly.
/// The first chunk is at least 3 bytes: `CSVParser` documents that a BOM is recognized only
/// when the first chunk holds it whole.
func chunkSizes(for bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var seed: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { seed = (seed ^ UInt64(byte)) &* 0x100_0000_01B3 }
    var sizes: [Int] = []
    var covered = 0
    while covered < bytes.count {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var z = seed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        // Mostly tiny chunks (split CRLFs, quotes, UTF-8 sequences), sometimes long ones.
        var length = z & 3 == 0 ? Int((z >> 8) % 64) + 1 : Int((z >> 8) % 4) + 1
        if covered == 0 { length = max(length, 3) }
        sizes.append(length)
        covered += length
    }
    return sizes
}

// MARK: - (b) RecordSet.read

enum Scratch {
    static let file: URL = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("focusnet-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            fatalError("cannot create \(directory.path): \(error)")
        }
        return directory.appendingPathComponent("arrests.csv")
    }()

    /// A fixed end of data, so that a reproducer replays the same on any day.
    static let dataEnd = CalendarDay(year: 2024, month: 12, day: 31)!

    /// The zone dates with a UTC offset are dated in (tzdata; UTC−6 without daylight saving since 2022).
    static let zone = TimeZone(identifier: "America/Mexico_City")

    /// Read every input: the default mapping (formats inferred), and one that exercises the
    /// two-digit years and the code rules with a list of formats to choose from.
    static let mappings: [MappingSet] = [
        MappingSet(),
        MappingSet([.arrests: InputMapping(
            dateFormats: [.dmy, .mdy, .ymd, .iso], twoDigitYearPivot: 30,
            codes: ["offense_category": ["robo": "property", "homicidio": "violent", "armas": "weapons"]],
            unknownCodes: .other)]),
    ]

    /// One of these per input: declared formats, a time zone and a single-byte encoding.
    static let declared: [MappingSet] = [
        MappingSet([.arrests: InputMapping(dateFormats: [.isoTimestamp], encoding: .windows1252)], timeZone: zone),
        MappingSet([.arrests: InputMapping(dateFormats: [.excelSerial], encoding: .iso8859_1)]),
    ]

    /// An arrests header read as ties: person and arrest as the two ends, the arrest date as the tie's.
    static let tiesFromArrests = InputMapping(columns: ["source": "person_id", "target": "arrest_id", "date": "arrest_date"])
}

func checkRead(of url: URL, mapping: MappingSet, parse: Parse) {
    let set: RecordSet
    do {
        set = try RecordSet.read(InputSources([.arrests: url]), mapping: mapping, dataEnd: Scratch.dataEnd)
    } catch let error as RecordError {
        checkRefusal(error, parse: parse)
        return
    } catch {
        fatalError("RecordSet.read threw a non-RecordError: \(error)")
    }
    check(!parse.records.isEmpty, "a file with no records was read")

    check(set.reports.count == 1, "\(set.reports.count) reports for one file")
    let report = set.reports[0]
    check(report.kind == .arrests && report.file == url.path, "report names the wrong file")
    check(report.reconciles && report.rowsRead == report.accepted + report.deduplicated + report.rejected,
          "report does not reconcile: read \(report.rowsRead) ≠ accepted \(report.accepted) + duplicates \(report.deduplicated) + rejected \(report.rejected)")
    check(report.rowsRead == parse.records.count - 1, "rowsRead \(report.rowsRead) ≠ records after the header \(parse.records.count - 1)")
    check(report.blankLines == parse.blankLines, "blankLines \(report.blankLines) ≠ parser's \(parse.blankLines)")
    check(report.normalized <= report.accepted, "more normalized rows than accepted")
    check(report.sha256.count == 64 && report.sha256.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) },
          "sha256 is not 64 lowercase hex digits")
    check(set.rejects.count == report.rejected, "\(set.rejects.count) rejections listed, report says \(report.rejected)")
    check(report.rejectedByReason.values.reduce(0, +) == report.rejected, "rejections by reason do not add up")
    check(report.rejectedByReason.values.allSatisfy { $0 > 0 }, "a reason counted zero times")
    check(report.warnings.values.allSatisfy { $0 > 0 }, "a warning counted zero times")
    check(report.aliasesResolved == 0, "aliases resolved without an aliases file")
    check(report.persons == set.personIDs.count, "report counts \(report.persons) persons, the index has \(set.personIDs.count)")
    check(set.dataEnd == Scratch.dataEnd, "dataEnd not the one given")

    // Rows that break the grammar or the header's width can never be accepted.
    let header = parse.records[0]
    let unusable = parse.records.dropFirst().filter { $0.malformation != nil || $0.fields.count != header.fields.count }.count
    check(report.rejected >= unusable, "\(unusable) malformed or ragged rows but only \(report.rejected) rejected")
    var lastLine = header.line
    for rejection in set.rejects {
        check(rejection.file == url.path, "rejection names the wrong file")
        check(rejection.line > lastLine, "rejection lines not increasing after the header")
        check(!rejection.reason.isEmpty, "rejection without a reason")
        lastLine = rejection.line
    }

    // The table: columnar, dense, renumbered in identifier order.
    let table = set.arrests
    check(table.rowCount == report.accepted, "table has \(table.rowCount) rows, \(report.accepted) accepted")
    check([table.arrest.count, table.day.count, table.category.count, table.gunInvolved.count].allSatisfy { $0 == table.rowCount },
          "table columns differ in length")
    check(table.area.isEmpty || table.area.count == table.rowCount, "area column has \(table.area.count) of \(table.rowCount) rows")
    check(table.charge.codes.isEmpty || table.charge.codes.count == table.rowCount, "charge column has the wrong length")
    check(table.charge.codes.allSatisfy { Int($0) <= table.charge.names.count }, "charge code out of range")
    checkIdentifiers(set.personIDs, used: table.person, what: "person")
    checkIdentifiers(table.arrestIDs, used: table.arrest, what: "arrest")
    checkIdentifiers(set.areaIDs, used: table.area.filter { $0 != -1 }, what: "area")
    check(report.firstDate == table.day.min() && report.lastDate == table.day.max(), "report's date range is not the table's")
    for day in table.day {
        check(day <= Scratch.dataEnd, "accepted a date after the data's end: \(day)")
        let (year, month, dayOfMonth) = day.components
        check((1...9999).contains(year) && (1...12).contains(month) && (1...31).contains(dayOfMonth), "accepted an impossible date \(day)")
        check(CalendarDay(year: year, month: month, day: dayOfMonth) == day, "date does not round-trip")
    }
}

/// Identifiers are unique, sorted by UTF-8 bytes, trimmed, NFC, non-blank, and each is used by a row.
func checkIdentifiers(_ names: [String], used indices: [Int32], what: String) {
    for (a, b) in zip(names, names.dropFirst()) {
        check(a.utf8.lexicographicallyPrecedes(b.utf8), "\(what) identifiers not strictly in UTF-8 order")
    }
    for name in names {
        check(!name.isEmpty, "blank \(what) identifier kept")
        check(name == name.trimmingCharacters(in: .whitespacesAndNewlines), "\(what) identifier not trimmed")
        check(name.unicodeScalars.elementsEqual(name.precomposedStringWithCanonicalMapping.unicodeScalars),
              "\(what) identifier not NFC")
    }
    var seen = [Bool](repeating: false, count: names.count)
    for index in indices {
        check(index >= 0 && Int(index) < names.count, "\(what) index \(index) out of 0..<\(names.count)")
        seen[Int(index)] = true
    }
    check(seen.allSatisfy { $0 }, "a \(what) identifier is used by no kept row")
}

/// An invariant; unlike `precondition`, prints its message in release builds too.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}
