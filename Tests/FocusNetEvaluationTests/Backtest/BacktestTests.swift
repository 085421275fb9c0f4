import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct BacktestTests {
    static let origins = BacktestFixtures.origins
    static let example = BacktestFixtures.exampleBacktest

    @Test("every model is in the table for every outcome; random gets exactly the expected values of a random list")
    func tableAndRandom() throws {
        let backtest = try Self.example.get()
        #expect(backtest.origins.count == 2)
        for result in backtest.origins {
            let models = Set(result.evaluations.map(\.model))
            #expect(models == Set(ModelKind.allCases), "\(result.snapshot.origin)")
            // D − 2W and D − W (W = 18 months) after the first arrest, as `rank` trains.
            let expected = ["2020-06-30": ["2018-12-31"], "2021-06-30": ["2018-06-30", "2019-12-31"]]
            #expect(result.trainingOrigins.map(\.description) == expected[result.snapshot.origin.description])
            let n = Double(result.snapshot.count)
            for e in result.evaluations where e.model == .random {
                let c = e.components
                #expect(abs(c.scoredCapture(2) - min(20, n) / n) < 1e-12)
                // Capture counts everyone with the outcome in the records, ranked or not.
                #expect(c.positives + c.unscoredPositives == Double(result.snapshot.outcomePersonsAll[e.outcome]!))
                #expect(abs(c.capture(2) - c.scoredCapture(2) * c.positives / (c.positives + c.unscoredPositives)) < 1e-12)
                #expect(abs(c.ppv(0) - c.baseRate) < 1e-12)
                #expect(abs(c.rocAUC - 0.5) < 1e-12)
                #expect(abs(c.brier - c.baseRate * (1 - c.baseRate)) < 1e-12)
            }
        }
        #expect(backtest.pooled.count == ModelKind.allCases.map { $0.outcomes(of: [.shot, .shooter, .either]).count }.reduce(0, +))
        let pooledRandom = try #require(backtest.pooled.first { $0.model == .random && $0.outcome == .either })
        #expect(abs(pooledRandom.components.lift(0) - 1) < 0.05)
    }

    @Test("intervals bracket the estimate; pooled components are the sums of the origins'")
    func intervalsAndPooling() throws {
        let backtest = try Self.example.get()
        var checked = 0
        for e in backtest.origins[0].evaluations + backtest.pooled where e.model != .random {
            // With a handful of outcome persons a statistic's bootstrap distribution is lumpy, and a
            // percentile interval can miss the estimate (fitted, shooter outcome, lift@5%: 20.4
            // against [0, 20.3]): the check needs enough of them to mean something.
            guard e.components.positives >= 10 else { continue }
            checked += 1
            for m in e.metrics where m.value.isFinite {
                if let low = m.low, let high = m.high { #expect(low <= m.value + 1e-9 && m.value <= high + 1e-9, "\(e.model) \(e.outcome) \(m.metric)") }
            }
        }
        #expect(checked >= 20)
        for p in backtest.pooled {
            let parts = backtest.origins.compactMap { r in r.evaluations.first { $0.model == p.model && $0.outcome == p.outcome } }
            #expect(abs(parts.map(\.components.positives).reduce(0, +) - p.components.positives) < 1e-9)
            #expect(abs(parts.map { $0.components.truePositives[0] }.reduce(0, +) - p.components.truePositives[0]) < 1e-9)
        }
    }

    /// Persons numbered as ``ClusterBootstrap`` numbers its clusters: each origin's scored people
    /// in turn, then each origin's unscored outcome persons by outcome name; a person once.
    static func clusters(_ origins: [OriginResult]) -> [Int32: Int] {
        var cluster: [Int32: Int] = [:]
        for result in origins { for p in result.snapshot.persons where cluster[p] == nil { cluster[p] = cluster.count } }
        for result in origins {
            for (_, list) in result.snapshot.unscoredOutcomePersons.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for p in list where cluster[p] == nil { cluster[p] = cluster.count }
            }
        }
        return cluster
    }

    @Test("one origin: its intervals are those of resampling its own people and its unscored outcome persons, n + U draws with replacement (seed stream 0), bit for bit")
    func oneOriginIntervals() throws {
        let config = BacktestFixtures.configuration(origins: [Self.origins[1]])
        let backtest = try Backtest(records: BacktestFixtures.example.get(), configuration: config)
        let result = try #require(backtest.origins.first)
        #expect(backtest.pooled.isEmpty)
        let e = try #require(result.entries.firstIndex { $0.model == .composite && $0.outcome == .either })
        let entry = result.entries[e]
        var generator = Bootstrap.generator(seed: config.seed, stream: 0)
        var captures: [Double] = [], aucs: [Double] = []
        let cluster = Self.clusters([result])
        let unscored = result.snapshot.unscoredOutcomePersons[.either]!
        #expect(cluster.count == result.snapshot.count + Set(result.snapshot.unscoredOutcomePersons.values.joined()).count)
        for _ in 0..<config.bootstrapReplicates {
            let draws = Bootstrap.weights(cluster.count, using: &generator)
            var c = MetricComponents.evaluate(entry.ranked, outcome: entry.happened,
                                              weights: (0..<result.snapshot.count).map { Int(draws[$0]) }, sizes: config.listSizes)
            c.unscoredPositives = unscored.reduce(0) { $0 + Double(draws[cluster[$1]!]) }
            captures.append(c.capture(0))
            aucs.append(c.rocAUC)
        }
        let metrics = result.evaluations[e].metrics
        let capture = try #require(metrics.first { $0.metric == "capture" && $0.size == config.listSizes[0] })
        let auc = try #require(metrics.first { $0.metric == "roc_auc" })
        let expectedCapture = try #require(Bootstrap.percentileInterval(captures))
        let expectedAUC = try #require(Bootstrap.percentileInterval(aucs))
        #expect(capture.low == expectedCapture.low && capture.high == expectedCapture.high)
        #expect(auc.low == expectedAUC.low && auc.high == expectedAUC.high)
    }

    @Test("two origins: each origin's and the pooled intervals come from one draw of persons, a person scored at both weighing the same at both")
    func clusterIntervals() throws {
        let backtest = try Self.example.get()
        let config = backtest.configuration
        let cluster = Self.clusters(backtest.origins)
        #expect(backtest.origins.contains { !$0.snapshot.unscoredOutcomePersons[.either]!.isEmpty })
        let places = try backtest.origins.map { r in
            try #require(r.entries.firstIndex { $0.model == .composite && $0.outcome == .either })
        }
        var generator = Bootstrap.generator(seed: config.seed, stream: 0)
        var perOrigin = [[Double]](repeating: [], count: backtest.origins.count), pooled: [Double] = []
        for _ in 0..<config.bootstrapReplicates {
            let draws = Bootstrap.weights(cluster.count, using: &generator)
            let parts = backtest.origins.enumerated().map { r, result in
                let entry = result.entries[places[r]]
                var c = MetricComponents.evaluate(entry.ranked, outcome: entry.happened,
                                                  weights: result.snapshot.persons.map { Int(draws[cluster[$0]!]) }, sizes: config.listSizes)
                c.unscoredPositives = result.snapshot.unscoredOutcomePersons[.either]!.reduce(0) { $0 + Double(draws[cluster[$1]!]) }
                return c
            }
            for r in parts.indices { perOrigin[r].append(parts[r].capture(0)) }
            pooled.append(parts.reduce(MetricComponents(lists: config.listSizes.count, probabilistic: true)) { $0 + $1 }.capture(0))
        }
        func capture(_ e: Evaluation) -> MetricValue? { e.metrics.first { $0.metric == "capture" && $0.size == config.listSizes[0] } }
        for (r, result) in backtest.origins.enumerated() {
            let got = try #require(capture(result.evaluations[places[r]]))
            let want = try #require(Bootstrap.percentileInterval(perOrigin[r]))
            #expect(got.low == want.low && got.high == want.high, "origin \(r)")
        }
        let pooledRow = try #require(backtest.pooled.first { $0.model == .composite && $0.outcome == .either })
        let want = try #require(Bootstrap.percentileInterval(pooled))
        #expect(capture(pooledRow)?.low == want.low && capture(pooledRow)?.high == want.high)
    }

    @Test("look-ahead trap for the fitting: shootings dated after D change no model fitted at D and no score at D")
    func fittingLookAhead() throws {
        let records = try BacktestFixtures.example.get()
        let origin = Self.origins[1]
        let config = BacktestFixtures.configuration(origins: [origin], replicates: 0)
        let context = ScoringContext(records: records)
        var trapped = context
        // 200 people are shot the day after D (one in seven fatally), and a third of them shoot.
        for p in Int32(0)..<Int32(min(200, records.personIDs.count)) {
            trapped.victimizations.append(.init(person: p, day: origin.adding(days: 1), fatal: p % 7 == 0))
            if p % 3 == 0 { trapped.shootings.append(.init(suspect: p, day: origin.adding(days: 2))) }
        }
        let a = try #require(Backtest(records: records, context: context, configuration: config).origins.first)
        let b = try #require(Backtest(records: records, context: trapped, configuration: config).origins.first)
        #expect(!a.models.isEmpty && a.models == b.models)
        #expect(a.entries.count == b.entries.count)
        for (x, y) in zip(a.entries, b.entries) {
            #expect(x.model == y.model && x.ranked.scores == y.ranked.scores && x.probabilities == y.probabilities)
        }
        // The trap is live: the outcomes at D do see the new shootings.
        #expect(a.entries.map(\.happened) != b.entries.map(\.happened))
    }

    @Test("judged on arrests because no violence file was given: a note says so; not when arrests were one outcome of several")
    func arrestOnlyNote() throws {
        let records = try BacktestFixtures.records(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-05-01\nA1,p2,2020-05-01\nA2,p1,2020-09-01\n"])
        #expect(OutcomeKind.defaults(for: records) == [.arrest])
        let config = BacktestFixtures.configuration(origins: [BacktestFixtures.day("2020-06-30")], outcomes: [.arrest], replicates: 0)
        #expect(try Backtest(records: records, configuration: config).notes.contains(Backtest.arrestOnlyNote))
        let example = try BacktestFixtures.example.get()
        let both = BacktestFixtures.configuration(origins: [Self.origins[1]], outcomes: [.shot, .arrest], replicates: 0)
        #expect(try !Backtest(records: example, configuration: both).notes.contains(Backtest.arrestOnlyNote))
    }

    @Test("rank stability compares consecutive origins for every model but random")
    func stability() throws {
        let backtest = try Self.example.get()
        let models = Set(backtest.stability.map(\.model))
        #expect(!models.contains(.random) && models.contains(.composite) && models.contains(.fitted))
        #expect(backtest.stability.allSatisfy { $0.jaccard >= 0 && $0.jaccard <= 1 })
        #expect(backtest.stability.filter { $0.model == .composite }.allSatisfy { $0.outcome == nil })
    }

    @Test("no leakage into fitting: removing every record dated after D leaves the features and fitted models at D unchanged")
    func truncatedRecordsSameModels() throws {
        let d = BacktestFixtures.day("2021-06-30")
        let full = try BacktestFixtures.example.get()
        let cut = try RecordSet.read(InputSources(directory: Self.truncatedExample(at: d)))
        let configuration = BacktestFixtures.configuration(origins: [d], outcomes: [.shot, .either], replicates: 0)
        let a = try Backtest(records: full, configuration: configuration).origins[0]
        let b = try Backtest(records: cut, configuration: configuration).origins[0]
        #expect(a.snapshot.inputs == b.snapshot.inputs)
        #expect(a.snapshot.persons.map { full.personIDs[Int($0)] } == b.snapshot.persons.map { cut.personIDs[Int($0)] })
        #expect(a.trainingOrigins == b.trainingOrigins)
        for kind in [ModelKind.fitted, .demographic] {
            for outcome in [OutcomeKind.shot, .either] {
                let x = try #require(a.models[kind]?[outcome]), y = try #require(b.models[kind]?[outcome])
                #expect(x.coefficients == y.coefficients && x.intercept == y.intercept, "\(kind) \(outcome)")
                #expect(x.standardErrors == y.standardErrors)
            }
        }
        // The outcomes after D are gone from the truncated data, so only the metrics differ.
        #expect(b.snapshot.outcomes[.either]!.allSatisfy { !$0 })
    }

    @Test("an outcome without its file is refused; no origin is refused")
    func errors() throws {
        let records = try BacktestFixtures.records(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2021-01-01\n"])
        #expect(throws: BacktestError.outcomeUnavailable(outcome: "shot", needs: "a victimizations file")) {
            try Backtest(records: records, configuration: BacktestFixtures.configuration(origins: [BacktestFixtures.day("2021-06-30")]))
        }
        var configuration = BacktestFixtures.configuration(origins: [BacktestFixtures.day("2021-06-30")], outcomes: [.arrest])
        configuration.origins = []
        #expect(throws: BacktestError.noOrigins) { try Backtest(records: records, configuration: configuration) }
    }

    @Test("an origin before any arrest is left out with a note; a window past the data is flagged")
    func notes() throws {
        let records = try BacktestFixtures.records([
            "arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2021-01-01\nA1,p2,2021-01-01\nA2,p1,2021-03-01\nA3,p2,2021-05-01\n",
        ])
        let configuration = BacktestFixtures.configuration(origins: ["2020-06-30", "2021-02-01"].map(BacktestFixtures.day),
                                                           outcomes: [.arrest], replicates: 10)
        let backtest = try Backtest(records: records, configuration: configuration)
        #expect(backtest.origins.map(\.snapshot.origin.description) == ["2021-02-01"])
        #expect(backtest.notes.contains { $0.hasPrefix("2020-06-30: no arrest in the window") })
        #expect(backtest.notes.contains { $0.contains("runs past the end of the data (2021-05-01)") })
        #expect(backtest.origins[0].complete == false)
        #expect(backtest.notes.contains { $0.contains("no birth date and no sex") })
    }

    @Test("an intervention log marks the notified, reports them by rank band, and can leave them out of the metrics")
    func interventions() throws {
        let records = try BacktestFixtures.example.get()
        let d = BacktestFixtures.day("2021-06-30")
        let snapshot = try OriginSnapshot(records: records, context: ScoringContext(records: records),
                                          configuration: RankConfiguration(), origin: d,
                                          outcomeWindow: CalendarPeriod("18mo")!, outcomes: [.either])
        // The ten highest composite scores were called in a month before D; one row names nobody.
        let top = RankedScores(snapshot.inputs.composite).top(10).map { records.personIDs[Int(snapshot.persons[$0])] }
        let text = "person_id,date,type\n" + top.map { "\($0),2021-05-31,call-in\n" }.joined() + "P999999,2021-05-31,call-in\n"
        let url = try BacktestFixtures.directory(["log.csv": text]).appendingPathComponent("log.csv")
        var configuration = BacktestFixtures.configuration(origins: [d], outcomes: [.either], replicates: 0)
        configuration.interventions = try InterventionLog.read(url, records: records)
        #expect(configuration.interventions?.unknownPersons == 1)
        let marked = try Backtest(records: records, configuration: configuration)
        #expect(marked.origins[0].notified == 10)
        #expect(marked.origins[0].snapshot.count == snapshot.count)
        let report = try #require(marked.origins[0].interventions.first)
        #expect(report.total("notified").people == 10)
        #expect(report.cells.filter { $0.group == "notified" }.map(\.people).reduce(0, +) == 10)
        #expect(report.total("peer").people > 0)
        configuration.excludeNotified = true
        let excluded = try Backtest(records: records, configuration: configuration)
        #expect(excluded.origins[0].snapshot.count == snapshot.count - 10)
        #expect(excluded.origins[0].interventions.first?.total("notified").people == 10, "the report still sees them")
    }

    /// The example files with every record dated after D removed, custody and membership ends
    /// after D blanked (unknown at D), and every custody_status set to free.
    static func truncatedExample(at d: CalendarDay) throws -> URL {
        var files: [String: String] = [:]
        for name in ["arrests.csv", "victimizations.csv", "shootings.csv", "memberships.csv", "custody.csv", "persons.csv", "population.csv"] {
            let text = try String(contentsOf: BacktestFixtures.exampleData.appendingPathComponent(name), encoding: .utf8)
            var lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            let header = lines.removeFirst()
            func column(_ name: String) -> Int? { header.firstIndex(of: name) }
            func after(_ s: String) -> Bool { !s.isEmpty && BacktestFixtures.day(s) > d }
            lines = lines.compactMap { row in
                var row = row
                for dated in ["arrest_date", "date", "first_seen", "start"] {
                    if let c = column(dated), after(row[c]) { return nil }
                }
                for open in ["last_seen", "end"] { if let c = column(open), after(row[c]) { row[c] = "" } }
                if let c = column("custody_status") { row[c] = "free" }
                return row
            }
            files[name] = ([header] + lines).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        return try BacktestFixtures.directory(files)
    }
}
