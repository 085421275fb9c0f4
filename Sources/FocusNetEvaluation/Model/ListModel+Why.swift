import FocusNetGraph

extension ListModel {
    /// Why a list is ordered as it is: the facts ``ListModel/note`` words in English, kept apart so
    /// that a writer in another language (FocusNetOutput's `Language`) says the same.
    public enum Why: Sendable, Equatable {
        /// The records start too late for an outcome window before D: the composite orders the list.
        case recordsStartTooLate(earliest: CalendarDay, asOf: CalendarDay)
        /// The composite was asked for (`--order-by composite`).
        case compositeAsked
        /// The training windows hold this many outcome persons, fewer than ``ListModel/minimumOutcomePersons``.
        case tooFewOutcomePersons(Int)
        /// Every person at the training origins had the same outcome: nothing to fit.
        case sameOutcome
        /// Fitted on `origins` with `outcomePersons` outcome persons and penalty `ridge`, chosen on
        /// the held-out origin `heldOut` (`nil`: not validated, no earlier origin).
        case fitted(outcomePersons: Int, origins: [CalendarDay], ridge: Double, heldOut: CalendarDay?)
        /// Read from a model file `name`, fitted on `origins` with `outcomePersons` outcome persons.
        case file(name: String, origins: [String], outcomePersons: Int)

        /// The English line printed and written to the manifest (`list_model.note`).
        /// - Complexity: O(origins).
        public func note(outcome: OutcomeKind, window: CalendarPeriod) -> String {
            switch self {
            case .recordsStartTooLate(let earliest, let asOf):
                "ordered by the composite score: the records start \(earliest), so no \(ListEvidence.words(window)) "
                    + "outcome window before \(asOf) can be fitted on"
            case .compositeAsked: "ordered by the composite score, as asked"
            case .tooFewOutcomePersons(let count):
                "ordered by the composite score: the training windows hold \(count) \(outcome.peopleNoun), "
                    + "fewer than the \(ListModel.minimumOutcomePersons) a fitted model needs"
            case .sameOutcome: "ordered by the composite score: every person at the training origins had the same outcome"
            case .fitted(let count, let origins, let ridge, let heldOut):
                "ordered by a model fitted on this region's records: \(count) \(outcome.peopleNoun) in the "
                    + "\(ListEvidence.words(window)) after \(origins.map(\.description).joined(separator: " and ")), "
                    + "ridge λ = \(ListModel.number(ridge))"
                    + (heldOut.map { " (chosen on the held-out \($0))" } ?? " (not validated: no earlier origin to fit on)")
            case .file(let name, let origins, let count):
                "ordered by the model in \(name), fitted on \(origins.joined(separator: ", ")) (\(count) \(outcome.peopleNoun))"
            }
        }
    }
}
