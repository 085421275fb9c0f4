// Usage (from Examples/): swift run RankFromSwift [DATA_DIR] [AS_OF]
// Prints the call-in list of the example region. Person identifiers are printed because this
// is invented data; a program on real records should write them only into owner-only files.
import FocusNet
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let data = URL(fileURLWithPath: arguments.first ?? "data")
let asOf = arguments.dropFirst().first.flatMap { DateFormat.iso.parse($0[...]) } ?? CalendarDay(year: 2023, month: 12, day: 31)!
do {
    print(RankFromSwift.text(try RankFromSwift.run(data: data, asOf: asOf)), terminator: "")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
