/// How arrests become tie strength in the co-offending projection.
public struct ProjectionOptions: Sendable, Equatable {
    /// What to do with arrests of more than ``massEventSize`` persons (protests, raids, sweeps),
    /// which would otherwise turn into large cliques of strangers.
    public enum MassEventPolicy: String, Sendable, Equatable, CaseIterable {
        /// Count them like any arrest.
        case keep
        /// Each of its ties gets weight 1/(k − 1) for k persons (Newman 2001), so a person's ties
        /// from one arrest add up to 1.
        case downweight
        /// Leave them out of the ties (the persons and their arrest counts stay).
        case exclude
    }

    /// Arrests with more persons than this are mass events. Default 10.
    public var massEventSize: Int
    /// What happens to a mass event's ties. Default ``MassEventPolicy/downweight``.
    public var massEventPolicy: MassEventPolicy
    /// Half-life of a shared arrest's weight in days (an arrest shared six years ago weighs less
    /// than last month's): weight × 2^(−age/halfLife), age counted to the as-of date. `nil` = off.
    public var tieHalfLifeDays: Double?

    /// Options with the given rule; the defaults down-weight arrests of more than 10 persons and
    /// apply no decay.
    /// - Parameters:
    ///   - massEventSize: persons; arrests with more are mass events.
    ///   - massEventPolicy: what happens to a mass event's ties.
    ///   - tieHalfLifeDays: half-life in days of a shared arrest's weight, `nil` for no decay.
    public init(massEventSize: Int = 10, massEventPolicy: MassEventPolicy = .downweight, tieHalfLifeDays: Double? = nil) {
        self.massEventSize = massEventSize
        self.massEventPolicy = massEventPolicy
        self.tieHalfLifeDays = tieHalfLifeDays
    }

    /// Plain counts of distinct shared arrests: no mass-event rule, no decay.
    public static let counts = ProjectionOptions(massEventPolicy: .keep)
}
