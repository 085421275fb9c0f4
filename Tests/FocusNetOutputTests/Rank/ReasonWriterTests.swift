import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Foundation
import Testing
@testable import FocusNetOutput

/// The reasons as sentences, pinned on ``ReasonScenario`` (drawn there) in English and Spanish.
/// Counts and dates are read off the drawing: p4's arrests A3 (other) and A7 (weapons, gun),
/// shot 49 days before the as-of date; p3 shares A3 and A7 with p4; p5 only the label G1.
@Suite struct ReasonWriterTests {
    @Test("English: being shot comes first; every tie says shared arrest or shared group label")
    func english() throws {
        let output = try ReasonScenario.output(.en)
        #expect(ReasonScenario.sentences("p4", output) == [
            "Shot on 12 May 2021 (7 weeks before the as-of date)",
            "1 gun or weapons arrest, 2 arrests in all, latest on 20 Mar 2021",
            "Member of G1",   // tie strength 3, tied with p3: the top 33%, no reason
        ])
        #expect(ReasonScenario.sentences("p3", output).last
            == "Arrested with 1 person who was shot in the last 18 months (2 shared arrests with them)")
        #expect(ReasonScenario.sentences("p5", output) == [
            "1 gun or weapons arrest, 1 arrest in all, latest on 1 Apr 2021",
            "Linked only by a shared group label (G1) to 1 person shot in the last 18 months, with no shared arrest",
            "Member of G1",
        ])
        #expect(ReasonScenario.sentences("p1", output) == [
            "1 gun or weapons arrest, 2 arrests in all, latest on 1 May 2021",
            "Two ties away from 1 person shot in the last 18 months (the nearest through a shared arrest, then a shared group label)",
        ])
    }

    @Test("Spanish: the same facts in Mexican Spanish, dates as 12 may 2021")
    func spanish() throws {
        let output = try ReasonScenario.output(.es)
        #expect(ReasonScenario.sentences("p4", output) == [
            "Víctima de disparo el 12 may 2021 (7 semanas antes de la fecha de corte)",
            "1 detención por armas o con arma de fuego, 2 detenciones en total, la última el 20 mar 2021",
            "Integrante de G1",
        ])
        #expect(ReasonScenario.sentences("p3", output).last
            == "Detenciones compartidas con 1 víctima de disparo de los últimos 18 meses (2 detenciones compartidas con ella)")
        #expect(ReasonScenario.sentences("p5", output)[1]
            == "Vinculado solo por una etiqueta de grupo/célula compartida (G1) con 1 víctima de disparo de los últimos 18 meses, sin detención compartida")
        #expect(ReasonScenario.sentences("p1", output)[1]
            == "A dos vínculos de 1 víctima de disparo de los últimos 18 meses (la más cercana por una detención compartida, luego una etiqueta de grupo/célula compartida)")
    }

    @Test("the CSV joins the sentences, and names no other person (the victim stays in the JSON)")
    func csvAndJSON() throws {
        let output = try ReasonScenario.output(.en)
        let list = output.callInList()
        #expect(list.contains("\"Shot on 12 May 2021 (7 weeks before the as-of date); 1 gun or weapons arrest, 2 arrests in all"))
        let reasons = list.split(separator: "\n").dropFirst().map { $0.split(separator: "\"")[1] }
        #expect(reasons.allSatisfy { r in !["p1", "p2", "p3", "p4", "p5", "p6"].contains { r.contains($0) } })
        let json = try output.callInJSON()
        #expect(json.contains("\"sentences\" : [") && json.contains("\"feature\" : \"gun_arrests\"") && json.contains("\"victim\" : \"p4\""))
        #expect(json.contains("\"risk_band\" : \"below_elevated\""))
    }

    @Test("a group-cover pick says which group it reaches and how many more members")
    func coverage() throws {
        let output = try ReasonScenario.output(.en) { $0.selection = .groups }
        let g1 = try #require(output.context.groupIDs.firstIndex(of: "G1"))
        #expect(output.writer.coverage(.init(group: g1, newlyReached: 5)) == "Chosen to reach 5 more members of G1")
        #expect(output.writer.coverage(.init(group: g1, newlyReached: 1)) == "Chosen to reach 1 more member of G1")
        let spanish = try ReasonScenario.output(.es) { $0.selection = .groups }
        #expect(spanish.writer.coverage(.init(group: g1, newlyReached: 5)) == "Invitación para llegar a 5 integrantes más de G1")
        // In the drawing no member of G1 shares an arrest with another: p4 and p5 are picked to
        // reach only themselves, p6 (in custody) is left unreached.
        let picks = output.ranking.coverage
        #expect(picks.count == 2 && picks.values.allSatisfy { $0.group == g1 && $0.newlyReached == 0 })
        for node in picks.keys { #expect(output.sentences(of: node).last == "Chosen to speak for G1") }
        let byRank = output.ranking.invitees.filter { output.ranking.coverage[$0] == nil }
        #expect(byRank.allSatisfy { !output.sentences(of: $0).contains { $0.hasPrefix("Chosen") } })
    }

    @Test("without a memberships file ties are shared arrests only, and the sentences say so; a position is said only in the top 20%")
    func arrestsOnly() throws {
        // A star: p1 shares one arrest with each of p2…p8, who share none with each other. p1's
        // strength 7 is the highest of 8 (top 12.5%, said "13%"); the others tie at 1 (top 100%).
        let rows = (2...8).flatMap { ["A\($0),p1,2021-05-0\($0),other,0", "A\($0),p\($0),2021-05-0\($0),other,0"] }
        let records = try BacktestFixtures.records(["arrests.csv": ChainArrests.header + "\n" + rows.joined(separator: "\n") + "\n"])
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: ReasonScenario.asOf, configuration: RankConfiguration(top: 3), context: context)
        let p1 = Int(ranking.social.nodeOfPerson[Int(ReasonScenario.person("p1", records))])
        let en = RankOutput(ranking: ranking, records: records, context: context, language: .en)
        let es = RankOutput(ranking: ranking, records: records, context: context, language: .es)
        #expect(en.sentences(of: p1).contains("Many shared arrests (top 13% by tie strength)"))
        #expect(es.sentences(of: p1).contains("Muchas detenciones compartidas (el 13% más alto por fuerza de vínculos)"))
        for node in ranking.invitees where node != p1 {
            #expect(!en.sentences(of: node).contains { $0.contains("top ") }, "a tie at the bottom is no reason")
        }
    }
}
