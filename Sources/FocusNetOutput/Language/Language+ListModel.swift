import FocusNetEvaluation
import FocusNetGraph
import Foundation

extension Language {
    /// Why the list is ordered as it is (``FocusNetEvaluation/ListModel/Why``), in this language.
    /// In English the same words as ``FocusNetEvaluation/ListModel/note`` (the manifest's `note`).
    /// - Complexity: O(origins).
    public func note(_ model: ListModel) -> String { note(model.why, outcome: model.outcome, window: model.outcomeWindow) }

    /// ``note(_:)`` of the facts `why`, for a model of `outcome` over the outcome window `window`.
    /// - Complexity: O(origins).
    public func note(_ why: ListModel.Why, outcome: OutcomeKind, window outcomeWindow: CalendarPeriod) -> String {
        let people = words(outcome).people, window = period(outcomeWindow)
        switch why {
        case .recordsStartTooLate(let earliest, let asOf):
            return text(.noteRecordsStartTooLate, ["earliest": day(earliest), "window": window, "asOf": day(asOf)])
        case .compositeAsked: return text(.noteCompositeAsked)
        case .tooFewOutcomePersons(let count):
            return text(.noteTooFew, ["n": String(count), "people": people, "minimum": String(ListModel.minimumOutcomePersons)])
        case .sameOutcome: return text(.noteSameOutcome)
        case .fitted(let count, let origins, let ridge, let heldOut):
            let validation = heldOut.map { text(.noteHeldOut, ["day": day($0)]) } ?? text(.noteNotValidated)
            return text(.noteFitted, ["n": String(count), "people": people, "window": window,
                                      "origins": origins.map(day).joined(separator: text(.and)),
                                      "ridge": ListModel.number(ridge), "validation": validation])
        case .file(let name, let origins, let count):
            return text(.noteFile, ["name": name, "origins": origins.joined(separator: ", "), "n": String(count), "people": people])
        }
    }

    /// What a list of this size would have held on the region's history
    /// (``FocusNetEvaluation/ListEvidence/verdict``), in this language. In English the same words as
    /// ``FocusNetEvaluation/ListEvidence/sentence`` (the manifest's `sentence`).
    /// - Complexity: O(rows).
    public func sentence(_ evidence: ListEvidence) -> String {
        let outcome = OutcomeKind(rawValue: evidence.outcome) ?? .shot
        let window = CalendarPeriod(evidence.outcomeWindow).map(period) ?? evidence.outcomeWindow
        let origin = DateFormat.iso.parse(evidence.origin[...]).map(day) ?? evidence.origin
        let verdict = evidence.verdict, total = String(evidence.outcomePersons), people = words(outcome).people
        guard let list = verdict.list else {
            return text(.evidenceNone, ["verb": words(outcome).verb, "window": window, "origin": origin])
        }
        func pct(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
        var out = text(.evidenceList, ["origin": origin, "k": String(evidence.listSize), "model": name(list.model),
                                       "capture": pct(list.capture), "low": pct(list.low), "high": pct(list.high),
                                       "total": total, "people": people, "window": window])
        guard let best = verdict.best else { return out + text(.evidenceEnd) }
        out += text(.evidenceBest, ["model": name(best.model), "capture": pct(best.capture)])
        if let arrests = verdict.priorArrests { out += text(.evidencePriorArrests, ["capture": pct(arrests.capture)]) }
        switch verdict.conclusion {
        case .tooFew: return out + text(.evidenceTooFew, ["total": total, "people": people])
        case .beatsEvery: return out + text(.evidenceBeatsEvery)
        case .notMeasurablyBetter(let row): return out + text(.evidenceNotBetter, ["model": name(row.model)])
        case .beatenBy(let row):
            let label = name(row.model)
            return out + text(.evidenceBeatenBy, ["Model": label.prefix(1).uppercased() + label.dropFirst()])
        }
    }

    /// A date in the list model's lines: ISO in English (as the manifest writes it), as sentences
    /// write it in Spanish.
    private func day(_ d: CalendarDay) -> String { self == .en ? d.description : date(d) }

    /// The people who had `outcome` ("people shot") and its verb ("no one was shot").
    private func words(_ outcome: OutcomeKind) -> (people: String, verb: String) {
        let keys: (MessageKey, MessageKey) = switch outcome {
        case .shot: (.peopleShot, .verbShot)
        case .shooter: (.peopleShooter, .verbShooter)
        case .either: (.peopleEither, .verbEither)
        case .arrest: (.peopleArrest, .verbArrest)
        }
        return (text(keys.0), text(keys.1))
    }

    /// A list or baseline by name (a ``FocusNetEvaluation/ModelKind`` raw value).
    private func name(_ model: String) -> String {
        guard let kind = ModelKind(rawValue: model) else { return model }
        let key: MessageKey = switch kind {
        case .random: .modelRandom
        case .priorArrests: .modelPriorArrests
        case .priorVictimization: .modelPriorVictimization
        case .demographic: .modelDemographic
        case .points: .modelPoints
        case .network: .modelNetwork
        case .composite: .modelComposite
        case .fitted: .modelFitted
        case .fittedNoNetwork: .modelFittedNoNetwork
        case .fittedNoExposure: .modelFittedNoExposure
        }
        return text(key)
    }
}
