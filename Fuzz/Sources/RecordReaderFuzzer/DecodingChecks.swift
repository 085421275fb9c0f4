// Pure functions the reader builds on, checked on every input: the date parsers of every format
// (date-format inference calls them on each value) and the single-byte transcoders, against
// Swift's own UTF-8 validation.

import FocusNetGraph
import Foundation

/// Every field of the first records, in every date format.
func checkDateParsers(_ parse: Parse) {
    var budget = 64
    for record in parse.records {
        for field in record.fields {
            guard budget > 0 else { return }
            budget -= 1
            field.withUnsafeBufferPointer { bytes in
                for format in DateFormat.allCases {
                    for pivot in [nil, 30] { checkParsedDate(format.read(utf8: bytes, twoDigitYearPivot: pivot), format: format) }
                }
                if DateFormat.isExcelFictitiousLeapDay(utf8: bytes) {
                    check(DateFormat.excelSerial.read(utf8: bytes) == nil, "Excel's serial 60 read as a real day")
                }
            }
        }
    }
}

func checkParsedDate(_ parsed: ParsedDate?, format: DateFormat) {
    guard let parsed else { return }
    let (year, month, day) = parsed.day.components
    check((1...9999).contains(year) && (1...12).contains(month) && (1...31).contains(day), "\(format) read an impossible date")
    check(CalendarDay(year: year, month: month, day: day) == parsed.day, "\(format) date does not round-trip")
    check((0...86_400).contains(parsed.secondsOfDay), "\(format) time of day \(parsed.secondsOfDay) s outside a day")
    if let offset = parsed.offsetSeconds {
        check((-12 * 3_600...14 * 3_600).contains(offset), "\(format) read a UTC offset of \(offset) s, outside −12:00…+14:00")
        check(parsed.localDay(in: nil) == nil, "a date with an offset was dated without a time zone")
        if let local = parsed.localDay(in: Scratch.zone) {
            check(abs(local.days(since: parsed.day)) <= 1, "offset moved the date by more than a day")
        }
    } else {
        check(parsed.localDay(in: nil) == parsed.day, "a date without an offset changed its day")
    }
}

/// The transcoders against their definitions: ISO-8859-1 maps byte b to U+00b; Windows-1252
/// maps each defined byte to its character and passes the five undefined ones through.
func checkTranscoders(_ bytes: UnsafeBufferPointer<UInt8>) {
    let raw = UnsafeRawBufferPointer(bytes)
    let latin1 = SingleByteTranscoder.utf8(raw, from: .iso8859_1)
    guard let text = String(validating: latin1, as: UTF8.self) else { fatalError("invariant violated: ISO-8859-1 output is not UTF-8") }
    check(text.unicodeScalars.map(\.value) == bytes.map(UInt32.init), "ISO-8859-1 is not byte b → U+00b")

    let cp1252 = SingleByteTranscoder.utf8(raw, from: .windows1252)
    let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
    if !bytes.contains(where: undefined.contains) {
        guard let text = String(validating: cp1252, as: UTF8.self) else { fatalError("invariant violated: Windows-1252 output is not UTF-8") }
        check(text.unicodeScalars.elementsEqual(bytes.map { SingleByteTranscoder.character($0, in: .windows1252)! }),
              "Windows-1252 output is not the code page's characters")
    } else {
        check(String(validating: cp1252, as: UTF8.self) == nil, "an undefined Windows-1252 byte vanished")
    }
    check(SingleByteTranscoder.utf8(raw, from: .utf8) == Array(bytes), "UTF-8 input changed by the transcoder")
}

/// `CSVRow.checkUTF8` against Swift's validator, field by field.
func checkRowUTF8(_ check8: CSVRow.UTF8Check, fields: [[UInt8]]) {
    let bytes = fields.joined()
    switch check8 {
    case .ascii:
        check(bytes.allSatisfy { $0 < 0x80 }, "a record with non-ASCII bytes called ASCII")
    case .utf8:
        check(bytes.contains { $0 >= 0x80 }, "an ASCII record called non-ASCII UTF-8")
        check(fields.allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "a record with invalid UTF-8 called valid")
    case .invalid(let field, let offset, let byte):
        check(field < fields.count && offset < fields[field].count, "invalid byte outside the record")
        check(fields[field][offset] == byte, "the invalid byte reported is not the field's")
        check(fields[..<field].allSatisfy { String(validating: $0, as: UTF8.self) != nil }, "an earlier field was invalid too")
        check(String(validating: fields[field], as: UTF8.self) == nil, "a valid field called invalid")
        check(String(validating: fields[field][..<offset], as: UTF8.self) != nil || offset == 0
                || (fields[field][..<offset].last.map { $0 >= 0x80 } ?? false), "the bytes before the invalid one are not valid")
    }
}
