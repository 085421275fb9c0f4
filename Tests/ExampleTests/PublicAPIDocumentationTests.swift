import Foundation
import Testing

/// Every public declaration under Sources/ carries a doc comment: `public` is the documented
/// library API (docs/architecture.md), everything else is `internal` or `package`.
@Suite struct PublicAPIDocumentationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// A public or open declaration (not an extension), attributes and modifiers allowed before it.
    static var declaration: Regex<AnyRegexOutput> { try! Regex(
        #"^\s*(@\w+(\([^)]*\))?\s+)*(public|open)\s+((static|final|override|mutating|nonisolated|convenience|required|indirect|lazy)\s+)*(func|var|let|init|struct|enum|class|protocol|typealias|subscript|case|actor)\b"#) }

    /// `file:line` of every public declaration without a `///` (or `/** … */`) comment right above it.
    static func undocumented() throws -> [String] {
        var found: [String] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            let pattern = declaration
            for (i, line) in lines.enumerated() where (line.contains("public ") || line.contains("open ")) && line.firstMatch(of: pattern) != nil {
                var j = i - 1
                while j >= 0, lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("@") { j -= 1 }
                let above = j >= 0 ? lines[j].trimmingCharacters(in: .whitespaces) : ""
                if above.hasPrefix("///") || above.hasSuffix("*/") { continue }
                found.append("\(file.path.replacingOccurrences(of: sources.path + "/", with: "")):\(i + 1)")
            }
        }
        return found
    }

    @Test("no undocumented public declaration in Sources/")
    func everyPublicDeclarationDocumented() throws {
        let missing = try Self.undocumented()
        #expect(missing.isEmpty, "undocumented public declarations:\n\(missing.joined(separator: "\n"))")
    }

    @Test("the scanner finds a declaration without a comment and accepts one with a comment")
    func scannerCanFail() throws {
        #expect("    public let x: Int".firstMatch(of: Self.declaration) != nil)
        #expect("    @discardableResult public static func f() {}".firstMatch(of: Self.declaration) != nil)
        #expect("public extension Foo {".firstMatch(of: Self.declaration) == nil)
        #expect("    let x: Int".firstMatch(of: Self.declaration) == nil)
    }
}
