// The ties reader on the same bytes: as a ties file with canonical columns (`source, target,
// weight, date`: the ties seeds), and with an arrests header mapped onto it, under one of the
// three rules for repeated pairs.

import FocusNetGraph
import Foundation

/// Reads `url` as a ties file under `rule` and checks the row account and the table.
func checkTies(at url: URL, mapping: InputMapping, rule: TieDuplicates, parse: Parse) {
    var mapping = mapping
    mapping.duplicates = rule
    let set: RecordSet
    do {
        set = try RecordSet.read(InputSources([.ties: url]), mapping: MappingSet([.ties: mapping], timeZone: Scratch.zone),
                                 dataEnd: Scratch.dataEnd)
    } catch let error as RecordError {
        checkRefusal(error, parse: parse)
        return
    } catch {
        fatalError("RecordSet.read threw a non-RecordError for ties: \(error)")
    }
    check(!parse.records.isEmpty, "a ties file with no records was read")
    let report = set.reports[0]
    check(report.kind == .ties && report.reconciles, "ties report does not reconcile")
    check(report.rowsRead == parse.records.count - 1, "ties rowsRead \(report.rowsRead) ≠ records after the header")
    check(set.rejects.count == report.rejected, "ties rejections listed ≠ counted")
    check(report.rejectedByReason.values.reduce(0, +) == report.rejected, "ties rejections by reason do not add up")

    let ties = set.ties
    check(ties.duplicates == rule, "the table's rule is not the mapping's")
    check(ties.rowCount == report.accepted, "ties table has \(ties.rowCount) rows, \(report.accepted) accepted")
    check([ties.target.count, ties.weight.count, ties.day.count].allSatisfy { $0 == ties.rowCount }, "ties columns differ in length")
    var pairs = Set<UInt64>()
    for i in 0..<ties.rowCount {
        let a = ties.source[i], b = ties.target[i]
        check(a >= 0 && a < b && Int(b) < set.personIDs.count, "tie \(i) ends \(a), \(b) not 0 ≤ source < target < persons")
        check(ties.weight[i].isFinite && ties.weight[i] > 0, "tie weight \(ties.weight[i]) is not a finite number > 0")
        if let day = ties.day[i] { check(day <= Scratch.dataEnd, "tie dated after the data's end") }
        let inserted = pairs.insert(UInt64(UInt32(a)) << 32 | UInt64(UInt32(b))).inserted
        if rule == .reject { check(inserted, "a pair kept twice under the reject rule") }
    }
    let repeats = ties.rowCount - pairs.count
    let counted = report.warnings.first { $0.key.hasPrefix("rows repeat a pair") }?.value ?? 0
    check(rule == .reject ? counted == 0 : counted == repeats, "\(repeats) rows repeat a pair, \(counted) counted as warnings")
    checkIdentifiers(set.personIDs, used: ties.source + ties.target, what: "person")
}

/// What a refusal may be, given what the parser saw.
func checkRefusal(_ error: RecordError, parse: Parse) {
    _ = error.description
    switch error {
    case .emptyFile: check(parse.records.isEmpty, "emptyFile for a file with \(parse.records.count) records")
    case .missingColumn, .notUTF8, .undefinedByte: check(!parse.records.isEmpty, "header error for a file with no records")
    case .utf16, .encodingConflict: break
    case .undecidedDates(_, let reason):
        check(reason.contains("--date-format") || reason.contains("--timezone"), "a date stop that names no flag: \(reason)")
    case .unreadable, .invalidMapping: fatalError("unexpected \(error)")
    }
}
