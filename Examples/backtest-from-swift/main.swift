// Usage (from Examples/): swift run BacktestFromSwift [DATA_DIR] [OUT_DIR]
// Backtests the default scoring on the example region at four quarterly origins in 2022 and
// prints the metrics tables; the files land in OUT_DIR (default: backtest-out).
import FocusNet
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let data = URL(fileURLWithPath: arguments.first ?? "data")
let out = URL(fileURLWithPath: arguments.dropFirst().first ?? "backtest-out")
let origins = [(2022, 3, 31), (2022, 6, 30), (2022, 9, 30), (2022, 12, 31)].map { CalendarDay(year: $0.0, month: $0.1, day: $0.2)! }
do {
    print(try BacktestFromSwift.run(data: data, origins: origins, out: out), terminator: "")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
