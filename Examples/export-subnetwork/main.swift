// Usage (from Examples/): swift run ExportSubnetwork [DATA_DIR] [OUT_DIR] [KEYFILE]
// Writes network.graphml, network.gexf, entities.csv and links.csv for the people within two
// co-offending steps of the top three on the example region's list (default OUT_DIR: export-out).
import FocusNet
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let data = URL(fileURLWithPath: arguments.first ?? "data")
let out = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : "export-out")
let key = arguments.count > 2 ? URL(fileURLWithPath: arguments[2]) : nil
do {
    let result = try ExportSubnetwork.run(data: data, asOf: CalendarDay(year: 2023, month: 12, day: 31)!, keyFile: key, out: out)
    print("\(result.people) people (\(result.listed) listed), \(result.ties) ties; wrote \(result.files.joined(separator: ", ")) to \(out.path)")
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
