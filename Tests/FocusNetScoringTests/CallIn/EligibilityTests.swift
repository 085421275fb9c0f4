import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// The persons file's status columns describe its extraction: read for a list drawn up on or after
/// it, ignored before it (a look-ahead leak otherwise). Network of ``CallInScenarioTests``; as of
/// 2021-06-30 p1 (node 0) is free and on probation, p3 (node 2) free.
@Suite struct EligibilityTests {
    /// The scenario's context with p1 marked dead and p3 in prison at an extraction on `statusDate`.
    static func ranking(statusDate: CalendarDay?, requireSupervision: Bool = false) throws -> Ranking {
        let records = try CallInScenarioTests.records()
        var context = CallInScenarioTests.context(records)
        context.custodyStatus[0] = .deceased
        context.custodyStatus[2] = .incarcerated
        context.supervision[0] = .probation
        context.statusDate = statusDate
        var configuration = RankConfiguration(top: 3)
        configuration.eligibility.requireSupervision = requireSupervision
        return try Ranking(records: records, asOf: CallInScenarioTests.asOf, configuration: configuration, context: context)
    }

    @Test("status dated after the as-of date is ignored, and says so; dated on it or undated, it counts")
    func statusDate() throws {
        let later = try Self.ranking(statusDate: CallInScenarioTests.day(2021, 12, 31))
        #expect(later.eligibility.status[0] == .eligible && later.eligibility.status[2] == .eligible)
        #expect(later.eligibility.statusIgnored && !later.eligibility.statusUsed)
        #expect(RankParameters(ranking: later).ruleStatusColumns
                == "ignored (they describe 2021-12-31, after the as-of date): deaths and custody from dated records only")
        for date in [CallInScenarioTests.asOf, nil] {
            let current = try Self.ranking(statusDate: date)
            #expect(current.eligibility.status[0] == .excluded(.deceased))
            #expect(current.eligibility.status[2] == .excluded(.inCustody))
            #expect(!current.eligibility.statusIgnored && current.eligibility.statusUsed)
        }
        // Dated records still count either way: p4 shot dead 2021-04-15, p6 in custody since 2021-05-15.
        #expect(later.eligibility.status[3] == .excluded(.deceased) && later.eligibility.status[5] == .excluded(.inCustody))
    }

    @Test("a supervision requirement with only a later supervision column excludes everyone as unknown, with that reason")
    func supervision() throws {
        let later = try Self.ranking(statusDate: CallInScenarioTests.day(2021, 12, 31), requireSupervision: true)
        #expect(later.eligibility.status.allSatisfy { $0 == .excluded(.supervisionUnknown) || $0 == .excluded(.deceased)
                                                      || $0 == .excluded(.inCustody) })
        #expect(later.eligibility.status[0] == .excluded(.supervisionUnknown) && later.invitees.isEmpty)
        #expect(Eligibility.Reason.supervisionUnknown.description == "probation or parole at the as-of date unknown")
        let current = try Self.ranking(statusDate: CallInScenarioTests.asOf, requireSupervision: true)
        #expect(current.eligibility.status[1] == .excluded(.notSupervised))   // p2: no supervision recorded
        #expect(current.eligibility.status[0] == .excluded(.deceased))         // p1: on probation, but dead at extraction
    }

    @Test("read from files, the status date is the latest date any record carries, unless stated")
    func fromRecords() throws {
        let records = try CallInScenarioTests.records()
        #expect(ScoringContext(records: records).statusDate == CallInScenarioTests.day(2021, 7, 1))   // A6
        let stated = CallInScenarioTests.day(2022, 1, 5)
        #expect(ScoringContext(records: records, statusDate: stated).statusDate == stated)
    }
}
