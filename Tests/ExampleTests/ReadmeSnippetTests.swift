import FocusNet
import Foundation
import Testing

/// The Swift snippet of README.md ("From Swift"), compiled here: the lines between the
/// `README:` markers below are the README's block, its imports and its first line (the folder,
/// given here as a parameter) aside. A test checks that the two stay the same.
@Suite struct ReadmeSnippetTests {
    static let readme = ExampleFixtures.packageRoot.appendingPathComponent("README.md")
    static let thisFile = URL(fileURLWithPath: #filePath)

    /// The README's snippet on `folder`, with its `print` lines returned instead of printed.
    static func snippet(folder: URL) throws -> (lines: [String], ranking: Ranking) {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // README: begin
        let records = try RecordSet.read(InputSources(directory: folder))
        let configuration = RankConfiguration(windows: WindowPolicy(lookback: CalendarPeriod("5y")), top: 20)
        let ranking = try Ranking(records: records, asOf: CalendarDay(year: 2023, month: 12, day: 31)!, configuration: configuration)
        // The call-in list in order: invitees are eligible, alive and not in custody at the as-of date
        // as far as the files tell (ranking.order ranks everyone, the deceased and detained too).
        for node in ranking.invitees {
            print(records.personIDs[Int(ranking.persons[node])], ranking.scores.composite[node], ranking.eligibility.status[node].label)
        }
        // README: end
        return (printed, ranking)
    }

    /// The lines of README.md's ```swift block that imports FocusNet, without imports, blank lines
    /// and the `let folder = …` line.
    static func readmeLines() throws -> [String] {
        let text = try String(contentsOf: readme, encoding: .utf8)
        let blocks = text.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        let block = try #require(blocks.first { $0.contains("import FocusNet\n") })
        return block.split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("import ") && !$0.hasPrefix("let folder = ") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The lines between the markers of ``snippet(folder:)``, de-indented.
    static func compiledLines() throws -> [String] {
        let lines = try String(contentsOf: thisFile, encoding: .utf8).components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex { $0.hasSuffix("// README: begin") })
        let end = try #require(lines.firstIndex { $0.hasSuffix("// README: end") })
        let indent = lines[begin].prefix { $0 == " " }.count
        return lines[(begin + 1)..<end].map { String($0.dropFirst(indent)) }
    }

    @Test("README's Swift snippet is the code compiled here")
    func sameCode() throws {
        #expect(try Self.readmeLines() == Self.compiledLines())
    }

    @Test("README's snippet prints the eligible list only: nobody excluded above the cut")
    func eligibleOnly() throws {
        let (lines, ranking) = try Self.snippet(folder: ExampleFixtures.exampleData)
        #expect(lines.count == 20)
        #expect(lines.allSatisfy { !$0.contains("excluded") }, "\(lines)")
        let excluded = ranking.excludedAboveCut()
        #expect(!excluded.isEmpty, "the example region has people above the cut who may not be invited")
        #expect(excluded.allSatisfy { !ranking.invitees.contains($0.node) })
    }
}
