import ArgumentParser
import Foundation
import Testing
@testable import focusnet
import FocusNet

/// End-to-end runs of `focusnet rank` through the command parser, as the shell would.
@Suite struct RankCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let exampleData = packageRoot.appendingPathComponent("Examples/data")
    static let realData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/real")

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-cli-\(UUID().uuidString)")
    }

    /// Runs the command line; returns the exit code the binary would exit with.
    static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try FocusNetCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return FocusNetCommand.exitCode(for: error).rawValue
        }
    }

    /// Runs `command` on Examples/data as of 2023-12-31 with `arguments` into a new folder; `nil` when it failed.
    static func example(_ command: String, _ arguments: [String]) -> URL? {
        let out = temporaryDirectory()
        let code = run([command, "--data", exampleData.path, "--as-of", "2023-12-31", "--out", out.path, "--quiet"] + arguments)
        return code == 0 ? out : nil
    }

    /// The text of the file `name` in `folder`.
    static func text(_ name: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("rank on Examples/data writes every file with the documented columns")
    func exampleData() throws {
        let out = Self.temporaryDirectory()
        let code = Self.run(["rank", "--data", Self.exampleData.path, "--as-of", "2023-12-31", "--lookback", "5y",
                             "--top", "25", "--out", out.path, "--quiet"])
        #expect(code == 0)
        for name in RankOutput.fileNames {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let list = try String(contentsOf: out.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        let lines = list.split(separator: "\n")
        #expect(lines.first?.hasPrefix("rank,overall_rank,person_id,probability,score,points,network,") == true)
        #expect(lines.count == 26)
        let edges = try String(contentsOf: out.appendingPathComponent("network_edges.csv"), encoding: .utf8)
        #expect(edges.hasPrefix("person_a,person_b,weight,co_offending,group\n"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("call_in_list.csv").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "lists are owner-only")
    }

    @Test("the same run twice gives byte-identical files")
    func deterministic() throws {
        let a = Self.temporaryDirectory(), b = Self.temporaryDirectory()
        for out in [a, b] {
            #expect(Self.run(["rank", "--data", Self.exampleData.path, "--as-of", "2022-06-30", "--out", out.path, "--quiet"]) == 0)
        }
        for name in RankOutput.fileNames {
            let x = try Data(contentsOf: a.appendingPathComponent(name)), y = try Data(contentsOf: b.appendingPathComponent(name))
            #expect(x == y, "\(name)")
        }
    }

    @Test("bad flags exit 64 (EX_USAGE)", arguments: [
        ["rank", "--as-of", "2021-01-01", "--out", "/tmp/x"],                                   // no records
        ["rank", "--arrests", "a.csv", "--as-of", "01/02/2021", "--out", "/tmp/x"],             // not ISO
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--lookback", "3q", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--top", "0", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--components", "charisma", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--components", "strength,charisma", "--out", "/tmp/x"],
        ["rank", "--data", "/nonexistent/datos", "--as-of", "2021-01-01", "--out", "/tmp/x"],                 // no such folder
        ["rank", "--data", "/", "--as-of", "2021-01-01", "--out", "/tmp/x"],                                  // a folder without arrests.csv
        ["rank", "--data", "/etc/passwd", "--as-of", "2021-01-01", "--out", "/tmp/x"],                       // a file, not a folder
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--no-such-flag", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--preset", "fast", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--preset", "bench", "--out", "/tmp/x"],     // the reference job is not rank's
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--order-by", "charisma", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--outcome", "wounded", "--out", "/tmp/x"],
        ["rank", "--arrests", "a.csv", "--as-of", "2021-01-01", "--model", "m.json", "--order-by", "composite", "--out", "/tmp/x"],
    ])
    func badFlags(arguments: [String]) {
        #expect(Self.run(arguments) == 64)
    }

    @Test("a missing file or column exits non-zero")
    func badData() throws {
        #expect(Self.run(["rank", "--arrests", "/nonexistent/arrests.csv", "--as-of", "2021-01-01", "--out",
                          Self.temporaryDirectory().path, "--quiet"]) != 0)
        let dir = Self.temporaryDirectory()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("arrests.csv")
        try "id,who,when\n1,a,2020-01-01\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(Self.run(["rank", "--arrests", file.path, "--as-of", "2021-01-01", "--out", dir.path, "--quiet"]) != 0)
    }

    @Test("the manifest says what ordered the list: the fitted model with its effects and evidence, or the composite and why; --model reuses a saved model")
    func listModel() throws {
        let fitted = Self.temporaryDirectory(), composite = Self.temporaryDirectory(), saved = Self.temporaryDirectory()
        let common = ["--data", Self.exampleData.path, "--as-of", "2022-12-31", "--top", "20", "--quiet"]
        #expect(Self.run(["rank"] + common + ["--outcome", "arrest", "--language", "en", "--out", fitted.path]) == 0)
        #expect(Self.run(["rank"] + common + ["--out", composite.path]) == 0)   // people shot: too few to fit on
        func listModel(_ dir: URL) throws -> [String: Any] {
            let data = try Data(contentsOf: dir.appendingPathComponent("manifest.json"))
            return try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["list_model"] as? [String: Any])
        }
        let f = try listModel(fitted), c = try listModel(composite)
        #expect(f["source"] as? String == "fitted" && f["outcome"] as? String == "arrest")
        #expect(((f["effects"] as? [Any])?.count ?? 0) > 5 && f["model"] != nil)
        #expect(((f["evidence"] as? [String: Any])?["sentence"] as? String)?.hasPrefix("As of 2021-06-30, a list of 20") == true)
        #expect(c["source"] as? String == "composite" && (c["note"] as? String)?.contains("fewer than the 30") == true)
        let list = try String(contentsOf: fitted.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        let first = list.split(separator: "\n")[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(Double(first[3]).map { $0 > 0 && $0 < 1 } == true, "a probability for every invitee")
        // The model's terms read as sentences, never as feature names or odds.
        let rows = list.split(separator: "\n").dropFirst()
        #expect(!list.contains("odds ×") && rows.contains { $0.contains(" arrest") })
        #expect(rows.allSatisfy { $0.firstMatch(of: /[a-z]+_[a-z0-9_]+/) == nil }, "no raw feature name in a row")
        // The saved model orders the same list.
        let modelFile = Self.temporaryDirectory().appendingPathExtension("json")
        let model = try #require(f["model"])
        let data = try JSONSerialization.data(withJSONObject: ["format": "focusnet-fitted-model", "format_version": 1, "models": [model]])
        try data.write(to: modelFile)
        #expect(Self.run(["rank"] + common + ["--model", modelFile.path, "--out", saved.path]) == 0)
        let again = try String(contentsOf: saved.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        #expect(again == list)
        #expect(try listModel(saved)["source"] as? String == "file")
    }

    static let israelEvents = realData.appendingPathComponent("israel_burglary_2020h1/events.csv")

    @Test("real data: Israel burglary 2020H1 ranks through an inline mapping with no rejects",
          .enabled(if: FileManager.default.fileExists(atPath: israelEvents.path), "../shared/data/real is absent"))
    func israelBurglary() throws {
        let events = Self.israelEvents
        let out = Self.temporaryDirectory()
        #expect(Self.run(["rank", "--arrests", events.path, "--map", "arrest_id=event_id,arrest_date=date",
                          "--as-of", "2020-06-30", "--top", "10", "--out", out.path, "--quiet"]) == 0)
        let edges = try String(contentsOf: out.appendingPathComponent("network_edges.csv"), encoding: .utf8)
        #expect(edges.split(separator: "\n").count == 865)   // header + the provider's 864 pairs
        let rejects = try String(contentsOf: out.appendingPathComponent("rejects.csv"), encoding: .utf8)
        #expect(rejects == "file,line,column,value,reason\n")
    }
}

@Suite struct CallInCommandTests {
    @Test("call-in selects group by group: invitees cover their groups, groups.csv reports reach")
    func groupsMode() throws {
        let out = try #require(RankCommandTests.example("call-in", ["--lookback", "5y", "--top", "15"]))
        let groups = try RankCommandTests.text("groups.csv", in: out)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let invited = groups.map { Int($0[9])! }.reduce(0, +)
        #expect(invited > 0 && invited <= 15)
        // The riskiest group is served first and reached beyond its invitees.
        #expect(Int(groups[0][9])! > 0 && Int(groups[0][10])! > Int(groups[0][9])!)
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"command\" : \"call-in\"") && manifest.contains("\"purpose\" : \"call-in\""))
        let areas = try String(contentsOf: out.appendingPathComponent("areas.csv"), encoding: .utf8)
        #expect(areas.hasPrefix("area,population,people_scored,people_listed,victimizations,victimizations_per_100k\n"))
    }
}

@Suite struct PseudonymizeTests {
    static func key(_ byte: UInt8) throws -> URL {
        let url = RankCommandTests.temporaryDirectory().appendingPathExtension("key")
        try Data(repeating: byte, count: 32).write(to: url)
        return url
    }

    static func run(key: URL) throws -> URL {
        let out = RankCommandTests.temporaryDirectory()
        #expect(RankCommandTests.run(["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31",
                                      "--top", "10", "--pseudonymize", key.path, "--out", out.path, "--quiet"]) == 0)
        return out
    }

    @Test("pseudonyms: no raw id in any output, stable under one key, different under another; the key never written")
    func pseudonyms() throws {
        let keyA = try Self.key(1), keyB = try Self.key(2)
        let a1 = try Self.run(key: keyA), a2 = try Self.run(key: keyA), b = try Self.run(key: keyB)
        for name in RankOutput.fileNames {
            let text = try String(contentsOf: a1.appendingPathComponent(name), encoding: .utf8)
            #expect(text.range(of: #"P\d{6}"#, options: .regularExpression) == nil, "raw person id in \(name)")
            #expect(!text.contains(keyA.path), "key path in \(name)")
            #expect(text == (try String(contentsOf: a2.appendingPathComponent(name), encoding: .utf8)), "\(name) not stable")
        }
        let listA = try String(contentsOf: a1.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        let listB = try String(contentsOf: b.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        #expect(listA != listB)
        #expect(listA.contains(",P-"))
    }
}

@Suite struct RealNetworkTests {
    static let london = RankCommandTests.realData.appendingPathComponent("london_gang")

    @Test("London gang (Grund & Densley): ties plus prior arrests, convictions and prison in the points score",
          .enabled(if: FileManager.default.fileExists(atPath: london.appendingPathComponent("edges.csv").path),
                   "../shared/data/real is absent"))
    func londonGang() throws {
        let out = RankCommandTests.temporaryDirectory()
        let mapping = RankCommandTests.packageRoot.appendingPathComponent("Examples/mappings/ties-with-prior-history.yaml")
        #expect(RankCommandTests.run([
            "rank", "--ties", Self.london.appendingPathComponent("edges.csv").path,
            "--persons", Self.london.appendingPathComponent("persons.csv").path, "--mapping", mapping.path,
            "--as-of", "2009-12-31", "--top", "10", "--out", out.path, "--quiet", "--language", "en",
        ]) == 0)
        let scores = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8)
        #expect(scores.split(separator: "\n").count == 55)   // header + 54 members
        let edges = try String(contentsOf: out.appendingPathComponent("network_edges.csv"), encoding: .utf8)
        #expect(edges.split(separator: "\n").count == 316)   // header + 315 ties
        let list = try String(contentsOf: out.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        #expect(list.contains("Earlier record: "))   // prior arrests, convictions and prison, as a sentence
    }
}
