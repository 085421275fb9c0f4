import FocusNetGraph

extension ScoringContext {
    /// The context of a record set: every optional file that was read.
    public init(records: RecordSet) {
        self.init(personCount: records.personIDs.count)
    }
}
