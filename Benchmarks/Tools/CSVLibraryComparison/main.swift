// FocusNet's CSVParser against two CSV packages, on the same file, one parser per process
// (so /usr/bin/time -v gives each its own peak RSS). Throwaway: it backs the decision, recorded
// in docs/performance.md, to keep FocusNet's own parser.
//   CSVLibraryComparison PARSER FILE [REPEATS]
// PARSER: focusnet          CSVParser, fields as bytes (what TableReader uses)
//         focusnet-strings  CSVParser, every field also decoded to String (like-for-like with the others)
//         csv.swift         yaslab/CSV.swift 2.5.2 CSVReader over an InputStream (streaming)
//         swiftcsv          swiftcsv/SwiftCSV 0.10.0: whole file as a String, then enumerateAsArray
import CSV
import FocusNetGraph
import Foundation
import IngestSupport
import SwiftCSV

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("CSVLibraryComparison: \(message)\n".utf8))
    exit(2)
}

/// Records and fields seen, so the parsers can be checked against each other.
struct Count: Equatable, CustomStringConvertible {
    var records = 0
    var fields = 0
    var description: String { "\(records) records, \(fields) fields" }
}

final class Tally { var count = Count() }

func parse(_ parser: String, _ url: URL) throws -> Count {
    switch parser {
    case "focusnet", "focusnet-strings":
        let scan = try ParserScan.scan(url, decodeStrings: parser == "focusnet-strings")
        return Count(records: scan.records, fields: scan.fields)
    case "csv.swift":
        guard let stream = InputStream(fileAtPath: url.path) else { fail("cannot open \(url.path)") }
        let reader = try CSVReader(stream: stream, hasHeaderRow: false)
        var count = Count()
        while let row = reader.next() {
            count.records += 1
            count.fields += row.count
        }
        // CSV.swift 2.5.2 reports `cannotReadFile` when its UTF-8 reader meets the end of the
        // stream; any other error, or one before the end, is a real failure.
        if let error = reader.error, !(error is CSVError && "\(error)" == "cannotReadFile" && stream.streamStatus == .atEnd) {
            throw error
        }
        return count
    case "swiftcsv":
        let text = try String(contentsOf: url, encoding: .utf8)
        let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 1)
        let tally = Tally()
        try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { row in
            tally.count.records += 1
            tally.count.fields += row.count
        }
        return tally.count
    default:
        fail("unknown parser '\(parser)'; use focusnet, focusnet-strings, csv.swift or swiftcsv")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard (2...3).contains(arguments.count) else { fail("usage: CSVLibraryComparison PARSER FILE [REPEATS]") }
let url = URL(fileURLWithPath: arguments[1])
let repeats = arguments.count == 3 ? Int(arguments[2]) ?? 3 : 3
let clock = ContinuousClock()
var times: [Double] = []
var count = Count()
for _ in 0..<repeats {
    let start = clock.now
    count = try parse(arguments[0], url)
    let elapsed = clock.now - start
    times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
times.sort()
let median = times[times.count / 2]
print(String(format: "%-17@ %@  median %.3f s (min %.3f, max %.3f, n=%d)  %.0f rows/s",
             arguments[0] as NSString, count.description as NSString, median, times[0], times[times.count - 1], times.count,
             Double(count.records - 1) / median))
