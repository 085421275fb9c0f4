import ArgumentParser
import Foundation
import Testing
@testable import focusnet
import FocusNet
#if canImport(FoundationXML)
import FoundationXML
#endif

/// End-to-end runs of `focusnet export` through its parser, as the shell would.
@Suite struct ExportCommandTests {
    static let exampleData = RankCommandTests.exampleData

    /// Runs the command; returns the exit code and the error message the binary would print.
    static func run(_ arguments: [String]) -> (code: Int32, message: String) {
        do {
            var command = try ExportCommand.parseAsRoot(arguments)
            try command.run()
            return (0, "")
        } catch {
            return (ExportCommand.exitCode(for: error).rawValue, ExportCommand.fullMessage(for: error))
        }
    }

    static func base(_ out: URL) -> [String] {
        ["--data", exampleData.path, "--as-of", "2023-12-31", "--lookback", "5y", "--top", "10", "--out", out.path, "--quiet"]
    }

    static func keyFile(_ byte: UInt8) throws -> URL {
        let url = RankCommandTests.temporaryDirectory().appendingPathComponent("list.key")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: byte, count: 32).write(to: url)
        return url
    }

    @Test("default: the people one co-offending step around the list, in all three formats, owner-only")
    func aroundList() throws {
        let out = RankCommandTests.temporaryDirectory()
        #expect(Self.run(Self.base(out)).code == 0)
        for name in ["network.graphml", "network.gexf", "entities.csv", "links.csv", "export_manifest.json"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
        }
        let graphml = try String(contentsOf: out.appendingPathComponent("network.graphml"), encoding: .utf8)
        #expect(XMLParser(data: Data(graphml.utf8)).parse())
        #expect(graphml.components(separatedBy: "<data key=\"listed\">true</data>").count - 1 == 10)
        let manifest = try String(contentsOf: out.appendingPathComponent("export_manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"command\" : \"export\"") && manifest.contains("within 1 co-offending step of 10 people"))
    }

    @Test("--around ID --steps 2 --format gexf, and --around-file give the same people")
    func aroundIDs() throws {
        let a = RankCommandTests.temporaryDirectory(), b = RankCommandTests.temporaryDirectory()
        #expect(Self.run(Self.base(a) + ["--around", "P000021", "--steps", "2", "--format", "gexf"]).code == 0)
        #expect(!FileManager.default.fileExists(atPath: a.appendingPathComponent("network.graphml").path))
        let c = RankCommandTests.temporaryDirectory()   // not in --out: an export replaces its whole folder
        let file = c.appendingPathComponent("ids.txt")
        try FileManager.default.createDirectory(at: c, withIntermediateDirectories: true)
        try "P000021\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(Self.run(Self.base(b) + ["--around-file", file.path, "--steps", "2", "--format", "gexf"]).code == 0)
        let x = try String(contentsOf: a.appendingPathComponent("network.gexf"), encoding: .utf8)
        let y = try String(contentsOf: b.appendingPathComponent("network.gexf"), encoding: .utf8)
        #expect(x == y && x.contains("id=\"P000021\""))
    }

    @Test("pseudonyms: stable across two runs with one key, different under another; --around takes a pseudonym")
    func pseudonyms() throws {
        let key = try Self.keyFile(9), other = try Self.keyFile(10)
        let a = RankCommandTests.temporaryDirectory(), b = RankCommandTests.temporaryDirectory(), c = RankCommandTests.temporaryDirectory()
        for (out, k) in [(a, key), (b, key), (c, other)] {
            #expect(Self.run(Self.base(out) + ["--pseudonymize", k.path, "--whole"]).code == 0)
        }
        for name in ["network.graphml", "network.gexf", "entities.csv", "links.csv"] {
            let x = try Data(contentsOf: a.appendingPathComponent(name)), y = try Data(contentsOf: b.appendingPathComponent(name))
            let z = try Data(contentsOf: c.appendingPathComponent(name))
            #expect(x == y && x != z, "\(name)")
            let text = String(decoding: x, as: UTF8.self)
            #expect(!text.contains("P000021") && !text.contains("A000"), "\(name): no raw person or arrest id")
        }
        let pseudonym = try Pseudonymizer(keyFile: key).pseudonym("P000021")
        let d = RankCommandTests.temporaryDirectory()
        #expect(Self.run(Self.base(d) + ["--pseudonymize", key.path, "--around", pseudonym, "--steps", "0", "--format", "i2"]).code == 0)
        let entities = try String(contentsOf: d.appendingPathComponent("entities.csv"), encoding: .utf8)
        #expect(entities.contains("person:\(pseudonym),Person,\(pseudonym)"))
    }

    @Test("an unknown id exits 64 and the message does not repeat it")
    func unknownID() {
        let (code, message) = Self.run(Self.base(RankCommandTests.temporaryDirectory()) + ["--around", "P000021", "--around", "NOBODY-77"])
        #expect(code == 64)
        #expect(message.contains("identifier 2") && !message.contains("NOBODY-77"))
    }

    @Test("bad flags exit 64 (EX_USAGE)", arguments: [
        ["--format", "pdf"], ["--steps", "-1"], ["--via", "friends"], ["--whole", "--around", "P000021"],
        ["--around-file", "/nonexistent/ids.txt"],
    ])
    func badFlags(extra: [String]) {
        #expect(Self.run(Self.base(RankCommandTests.temporaryDirectory()) + extra).code == 64)
    }
}
