import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Foundation
import Testing
@testable import FocusNetOutput

/// The done-when of the readable lists, on the example region (`Examples/data`) as of 2023-12-31:
/// every listed person shot in the exposure window has that as their first reason, no reason
/// shows a feature name, no minor is invited, each group-cover pick says which group it reaches.
@Suite struct ExampleReasonsTests {
    static func output(_ selection: CallInSelection.Mode, _ language: Language) throws -> RankOutput {
        let records = try BacktestFixtures.example.get()
        let context = ScoringContext(records: records)
        var configuration = RankConfiguration(windows: WindowPolicy(lookback: CalendarPeriod("5y")), top: 20)
        configuration.selection = selection
        let ranking = try Ranking(records: records, asOf: CalendarDay(year: 2023, month: 12, day: 31)!,
                                  configuration: configuration, context: context)
        return RankOutput(ranking: ranking, records: records, context: context, language: language)
    }

    @Test("top 20 and group call-in, English and Spanish", arguments: [
        (CallInSelection.Mode.top, Language.en), (.top, .es), (.groups, .en), (.groups, .es),
    ])
    func readable(selection: CallInSelection.Mode, language: Language) throws {
        let output = try Self.output(selection, language)
        let r = output.ranking
        let shot = language == .en ? "Shot on " : "Víctima de disparo el "
        var shotListed = 0
        for node in r.invitees {
            let sentences = output.sentences(of: node)
            #expect(!sentences.isEmpty)
            if let days = r.exposureProfile.daysSinceVictimization[node],
               r.windows.exposure.contains(r.asOf.adding(days: -Int(days))) {
                shotListed += 1
                #expect(sentences.first?.hasPrefix(shot) == true, "a listed person shot in the exposure window")
            }
            #expect(sentences.allSatisfy { $0.firstMatch(of: /[a-z]+_[a-z0-9_]+/) == nil }, "a raw feature name: \(sentences)")
            #expect(r.features.age[node].map { $0 >= 18 } ?? true, "a minor on the call-in list")
            if let pick = r.coverage[node] {
                #expect(sentences.last?.contains(output.context.groupIDs[pick.group]) == true)
            }
        }
        if selection == .top { #expect(shotListed > 0) }       // the check is not vacuous: ranks 1 and 2 were shot
        if selection == .groups { #expect(!r.coverage.isEmpty) }
        #expect(output.servicesCount > 0 && output.servicesCount <= 20)   // minors the list would have invited: services
    }
}
