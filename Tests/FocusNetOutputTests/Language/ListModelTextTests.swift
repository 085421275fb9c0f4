import FocusNetEvaluation
import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetOutput

/// The list model's note and evidence sentence in both languages: English word for word as the
/// manifest writes them (from the same facts), Spanish pinned.
@Suite struct ListModelTextTests {
    static let d = CalendarDay(year: 2021, month: 6, day: 30)!, e = CalendarDay(year: 2019, month: 12, day: 31)!
    static let whys: [ListModel.Why] = [
        .recordsStartTooLate(earliest: e, asOf: d), .compositeAsked, .tooFewOutcomePersons(28), .sameOutcome,
        .fitted(outcomePersons: 41, origins: [e, d], ridge: 10, heldOut: d), .fitted(outcomePersons: 41, origins: [d], ridge: 0.1, heldOut: nil),
        .file(name: "model.json", origins: ["2020-06-30", "2021-06-30"], outcomePersons: 35),
    ]
    static let window = CalendarPeriod(count: 18, unit: .months)

    @Test("English notes are the manifest's, for every reason", arguments: whys)
    func englishNote(why: ListModel.Why) {
        #expect(Language.en.note(why, outcome: .shot, window: Self.window) == why.note(outcome: .shot, window: Self.window))
    }

    @Test("Spanish notes")
    func spanishNote() {
        #expect(Language.es.note(.tooFewOutcomePersons(28), outcome: .shot, window: Self.window)
            == "ordenada por la puntuación compuesta: las ventanas de entrenamiento tienen 28 víctimas de disparo, menos de las 30 que necesita un modelo ajustado")
        #expect(Language.es.note(Self.whys[4], outcome: .shot, window: Self.window)
            == "ordenada por un modelo ajustado con los registros de esta región: 41 víctimas de disparo en el periodo de 18 meses posterior a cada origen ("
            + "31 dic 2019 y 30 jun 2021), penalización ridge λ = 10 (elegida en el origen reservado del 30 jun 2021)")
    }

    /// Evidence as the manifest holds it: 17 people shot, a composite list and two baselines.
    static func evidence(outcomePersons: Int, listLow: Double) throws -> ListEvidence {
        func row(_ model: String, _ capture: Double, _ low: Double) -> String {
            #"{"model": "\#(model)", "capture": \#(capture), "low": 0.1, "high": 0.5, "difference_from_list": 0.05, "difference_low": \#(low), "difference_high": 0.2}"#
        }
        let json = """
            {"origin": "2022-06-30", "outcome": "shot", "outcome_window": "18mo", "list_size": 20, "scored": 500,
             "outcome_persons": \(outcomePersons), "outcome_persons_scored": \(outcomePersons), "list_model": "composite",
             "rows": [\(row("composite", 0.294, 0)), \(row("prior_arrests", 0.259, listLow)), \(row("random", 0.04, 0.2))],
             "replicates": 1000, "calibration": [], "sentence": ""}
            """
        return try JSONDecoder().decode(ListEvidence.self, from: Data(json.utf8))
    }

    @Test("evidence: too few people shot for a verdict, and a list that beats every baseline, in both languages")
    func evidence() throws {
        let few = try Self.evidence(outcomePersons: 17, listLow: -0.1)
        #expect(Language.en.sentence(few) == "As of 2022-06-30, a list of 20 drawn up by the composite score would have held 29.4% "
            + "(95% CI 10.0%–50.0%) of the 17 people shot in the next 18 months; counting prior arrests would have held 25.9%. "
            + "With 17 people shot the difference cannot be told from chance; judge the list by a backtest over more origins.")
        #expect(Language.es.sentence(few) == "Al 30 jun 2022, una lista de 20 elaborada con la puntuación compuesta habría incluido "
            + "al 29.4% (IC 95% 10.0%–50.0%) de las 17 víctimas de disparo en el periodo de 18 meses siguiente; el conteo de detenciones previas "
            + "habría incluido al 25.9%. Con 17 víctimas de disparo la diferencia no se distingue del azar; juzgue la lista con "
            + "una evaluación retrospectiva de más orígenes.")
        let beats = try Self.evidence(outcomePersons: 60, listLow: 0.01)
        #expect(Language.en.sentence(beats).hasSuffix("would have held 25.9%. The list beats every baseline on this history."))
        #expect(Language.es.sentence(beats).hasSuffix("al 25.9%. La lista supera a todas las referencias en este historial."))
    }
}
