import FocusNetGraph
import FocusNetScoring
import Foundation
import Testing
@testable import FocusNetOutput

/// Minors go to `services.csv`, not to the call-in list, unless the policy invites them.
@Suite struct ServicesListTests {
    @Test("by default the 15-year-old ranked 3rd is offered services, with reasons and why, and is not invited")
    func minorToServices() throws {
        let output = try ReasonScenario.output(.en)
        #expect(!output.callInList().contains(",p2,"))
        #expect(output.servicesList() == """
            overall_rank,person_id,age,reasons,why_not_invited
            3,p2,15,"1 gun or weapons arrest, 2 arrests in all, latest on 1 Feb 2021; Aged 15 at the as-of date",\
            "Under 18 at the as-of date: offered services, not invited to a call-in"

            """)
        let spanish = try ReasonScenario.output(.es).servicesList()
        #expect(spanish.hasSuffix(",\"Menor de 18 años en la fecha de corte: se le ofrecen servicios, no se le convoca\"\n"))
    }

    @Test("a policy that invites minors lists them flagged and leaves services.csv empty; exclude lists them nowhere")
    func policies() throws {
        let flagged = try ReasonScenario.output(.en) { $0.eligibility.juveniles = .flag }
        #expect(flagged.callInList().contains(",p2,,") && flagged.callInList().contains("flagged: under 18"))
        #expect(flagged.servicesList() == "overall_rank,person_id,age,reasons,why_not_invited\n")
        let excluded = try ReasonScenario.output(.en) { $0.eligibility.juveniles = .exclude }
        #expect(!excluded.callInList().contains(",p2,") && excluded.servicesCount == 0)
    }

    @Test("the manifest records the language and counts the minors offered services beside the excluded above the cut")
    func manifest() throws {
        let output = try ReasonScenario.output(.es)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-services-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try output.write(parameters: RankParameters(ranking: output.ranking), to: dir)
        let manifest = try JSONDecoder().decode(RunManifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        #expect(manifest.language == "es")
        #expect(manifest.network["services_listed"] == 1 && manifest.network["listed"] == 4)
        #expect(manifest.network["excluded_above_cut"] == 2)   // p6 in custody and p2, the minor
        #expect(manifest.outputs.map(\.name).contains("services.csv"))
        #expect(manifest.parameters.scoring.juveniles == "services")
    }
}
