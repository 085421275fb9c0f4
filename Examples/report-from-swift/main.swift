// Usage (from Examples/): swift run ReportFromSwift FOLDER [BACKTEST_DIR] [OUT.html]
// e.g. after `focusnet rank --data data --as-of 2023-12-31 --out /tmp/list` and
// `swift run BacktestFromSwift data /tmp/backtest`:
//   swift run ReportFromSwift /tmp/list /tmp/backtest /tmp/report.html
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: ReportFromSwift RANK_DIR [BACKTEST_DIR] [OUT.html]\n".utf8))
    exit(64)
}
// An .html argument is the output file; any other is the backtest folder.
let rest = arguments.dropFirst()
let backtest = rest.first { !$0.hasSuffix(".html") }.map { URL(fileURLWithPath: $0) }
let out = URL(fileURLWithPath: rest.first { $0.hasSuffix(".html") } ?? folder + "/report.html")
do {
    print(try ReportFromSwift.run(folder: URL(fileURLWithPath: folder), backtest: backtest, out: out))
    print("wrote \(out.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
