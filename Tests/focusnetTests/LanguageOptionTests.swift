import FocusNet
import Foundation
import Testing
@testable import focusnet

/// `--language` on rank and call-in: the reasons, bands and notes change, the column names and
/// JSON keys do not; the language is in the manifest.
@Suite struct LanguageOptionTests {
    @Test("call-in --language es: Spanish reasons and bands, English columns, no minor invited, the language in the manifest")
    func spanish() throws {
        let out = try #require(RankCommandTests.example("call-in", ["--top", "20", "--language", "es"]))
        let list = try RankCommandTests.text("call_in_list.csv", in: out)
        #expect(list.hasPrefix("rank,overall_rank,person_id,probability,score,points,network,"))
        #expect(list.contains("Invitación para llegar a ") && list.contains("detenciones en total, la última el "))
        #expect(!list.contains("flagged: under 18"))
        let services = try RankCommandTests.text("services.csv", in: out)
        #expect(services.hasPrefix("overall_rank,person_id,age,reasons,why_not_invited\n"))
        #expect(services.contains("Menor de 18 años en la fecha de corte"))
        let manifest = try RankCommandTests.text("manifest.json", in: out)
        #expect(manifest.contains("\"language\" : \"es\"") && manifest.contains("\"rule_juveniles\" : \"under 18: services\""))
    }

    @Test("an unknown language is a usage error (exit 64)")
    func unknown() {
        #expect(RankCommandTests.run(["rank", "--data", RankCommandTests.exampleData.path, "--as-of", "2023-12-31",
                                      "--language", "fr", "--out", RankCommandTests.temporaryDirectory().path]) == 64)
    }
}
