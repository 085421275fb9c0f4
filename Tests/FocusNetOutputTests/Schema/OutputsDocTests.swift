import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Foundation
import Testing
@testable import FocusNetOutput

/// docs/outputs.md names every column of every file `rank`, `call-in` and `backtest` write, so
/// the data dictionary cannot drift from the schemas in Sources/FocusNetOutput/Schema/: a column
/// added there fails here until the page describes it. Names are looked up in backticks.
@Suite struct OutputsDocTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let page = Result { try String(contentsOf: packageRoot.appendingPathComponent("docs/outputs.md"), encoding: .utf8) }

    /// Every ``TableSchema``: its type name, file name and header.
    static let schemas: [(type: String, file: String, header: [String])] = [
        entry(CallInListColumn.self), entry(ServicesColumn.self), entry(ScoresColumn.self), entry(GroupsColumn.self),
        entry(ExcludedColumn.self), entry(NetworkEdgesColumn.self), entry(AreasColumn.self),
        entry(MetricsColumn.self), entry(CaptureCurveColumn.self), entry(CalibrationColumn.self), entry(DisparityColumn.self),
        entry(CoefficientsColumn.self), entry(OriginsColumn.self), entry(InterventionsColumn.self), entry(PredictionsColumn.self),
        entry(AblationColumn.self),
    ]

    static func entry<S: TableSchema>(_ schema: S.Type) -> (type: String, file: String, header: [String]) {
        (String(describing: schema), S.fileName, S.header)
    }

    /// The names in `names` that the page does not show in backticks.
    static func missing(_ names: some Sequence<String>) throws -> [String] {
        let page = try page.get()
        return names.filter { !page.contains("`\($0)`") }
    }

    /// Every key of the JSON objects in `file`, at any depth; the keys of objects under `dataKeys`
    /// (keyed by data: reject reasons, outcome names) are not names of the format.
    static func keys(ofJSON file: URL, dataKeys: Set<String> = ["rejected_by_reason", "positives", "outcome_persons_all"]) throws -> Set<String> {
        var found = Set<String>()
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, child) in object {
                    found.insert(key)
                    if !dataKeys.contains(key) { walk(child) }
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(try JSONSerialization.jsonObject(with: Data(contentsOf: file)))
        return found
    }

    @Test("the list above holds every TableSchema declared in Sources/FocusNetOutput/Schema/")
    func everySchemaListed() throws {
        let folder = Self.packageRoot.appendingPathComponent("Sources/FocusNetOutput/Schema")
        var declared = Set<String>()
        let pattern = /enum\s+(\w+)\s*:\s*String\s*,\s*TableSchema/
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) where file.pathExtension == "swift" {
            for match in try String(contentsOf: file, encoding: .utf8).matches(of: pattern) { declared.insert(String(match.1)) }
        }
        #expect(declared.count >= 16)
        #expect(declared == Set(Self.schemas.map(\.type)))
    }

    @Test("every schema's file has a section and every column is described", arguments: OutputsDocTests.schemas.map(\.type))
    func everyColumn(type: String) throws {
        let schema = try #require(Self.schemas.first { $0.type == type })
        #expect(try Self.page.get().contains("### `\(schema.file)`"), "no section for \(schema.file)")
        let gaps = try Self.missing(schema.header)
        #expect(gaps.isEmpty, "\(schema.file): \(gaps)")
    }

    @Test("the columns a header adds: network components of the list, models and outcomes of predictions.csv")
    func headerColumns() throws {
        let components = CallInListColumn.header(components: ScoreComponent.allCases)
        let componentGaps = try Self.missing(components)
        #expect(componentGaps.isEmpty, "\(componentGaps)")
        // With the single outcome `shot`, each outcome name in a column stands for `<outcome>`.
        let predictions = PredictionsColumn.header(outcomes: [.shot]).map { $0.replacingOccurrences(of: "shot", with: "<outcome>") }
        let predictionGaps = try Self.missing(predictions)
        #expect(predictionGaps.isEmpty, "\(predictionGaps)")
        #expect(try Self.missing(OutcomeKind.allCases.map(\.rawValue) + ModelKind.allCases.map(\.rawValue)).isEmpty)
    }

    @Test("the attributes of call_in_network.graphml and the columns of rejects.csv")
    func graphMLAndRejects() throws {
        let attributes = NetworkExport.personAttributes.map(\.name) + NetworkExport.tieAttributes.map(\.name)
        let attributeGaps = try Self.missing(attributes), rejectGaps = try Self.missing(Rejection.csvHeader)
        #expect(attributeGaps.isEmpty, "\(attributeGaps)")
        #expect(rejectGaps.isEmpty, "\(rejectGaps)")
    }

    /// Expects every key of each JSON file `names` in `folder` on the page, then removes the folder.
    static func expectKeysDescribed(in folder: URL, _ names: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in names {
            let keys = try Self.keys(ofJSON: folder.appendingPathComponent(name))
            let gaps = try Self.missing(keys.sorted())
            #expect(keys.count > 10)
            #expect(gaps.isEmpty, "\(name): \(gaps)")
        }
    }

    @Test("every key of a list's manifest.json and call_in_list.json, as written")
    func rankJSONKeys() throws {
        try Self.expectKeysDescribed(in: ReportFixtures.rankFolder(top: 5), ["manifest.json", "call_in_list.json"])
    }

    @Test("every key of a backtest's manifest.json and fitted_model.json, as written")
    func backtestJSONKeys() throws {
        let folder = BacktestFixtures.temporaryDirectory("outputs-doc")
        _ = try BacktestOutputTests.write(to: folder)
        try Self.expectKeysDescribed(in: folder, ["manifest.json", "fitted_model.json"])
    }

    @Test("the lookup can fail: a name the page does not have is reported")
    func lookupCanFail() throws {
        #expect(try Self.missing(["no_such_column_anywhere", "person_id"]) == ["no_such_column_anywhere"])
    }
}
