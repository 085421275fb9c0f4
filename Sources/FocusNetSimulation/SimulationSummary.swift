/// What ``RegionSimulator/write(_:to:)`` wrote: rows per file, and the stylized facts the
/// generator targets, measured on the records it wrote (never on hidden truth).
///
/// Conventions used by every measure below:
/// - *Ties* come from arrests of 2 to ``SimulationConfig/maximumTieEventSize`` persons; larger
///   (mass) arrests make no tie. A person *in the co-offending network* has at least one tie
///   over the whole data window; isolates (arrested only alone) are outside it.
/// - Shares are in [0, 1]; a share over an empty set is 0.
/// - Month `m` runs from its first day `Dₘ` to the day before `Dₘ₊₁`. A person is *at risk* in
///   month m when they have an arrest dated before `Dₘ`, are alive at `Dₘ` (not shot fatally
///   before it) and are not in custody at `Dₘ` (no custody spell with `start < Dₘ ≤ end`).
///   They are *exposed* when a co-offender (a tie from an arrest dated before `Dₘ`) was shot
///   in months `[m−12, m−1]`, i.e. on a day in `[Dₘ₋₁₂, Dₘ)`.
public struct SimulationSummary: Sendable, Hashable {
    /// The scale of the configuration.
    public var scale: SimulationScale
    /// The seed of the configuration.
    public var seed: UInt64
    /// First day of the data (`yyyy-mm-dd`), included: the data cover `[firstDay, lastDay]`.
    public var firstDay: String
    /// Last day of the data (`yyyy-mm-dd`), included.
    public var lastDay: String

    // MARK: Rows per file (header excluded)
    /// Data rows of `persons.csv`.
    public var personRows: Int
    /// Data rows of `arrests.csv` (one per person per arrest).
    public var arrestRows: Int
    /// Distinct `arrest_id`s.
    public var arrestEvents: Int
    /// Data rows of `memberships.csv`.
    public var membershipRows: Int
    /// Data rows of `victimizations.csv`.
    public var victimizationRows: Int
    /// Victimization rows of type `shot_fatal`.
    public var fatalVictimizations: Int
    /// Data rows of `shootings.csv` (shootings with an identified suspect).
    public var shootingRows: Int
    /// Data rows of `custody.csv`.
    public var custodyRows: Int
    /// Data rows of `population.csv` (one per area).
    public var populationRows: Int

    // MARK: Region
    /// Residents of the region (sum of `population.csv`).
    public var population: Int
    /// Groups with at least one row in `memberships.csv`.
    public var groupsWithMembers: Int
    /// Members of the largest group and median members per group (of groups with members).
    public var largestGroupSize: Int
    /// Median members per group with members (a count; the mean of the two middle groups when
    /// their number is even).
    public var medianGroupSize: Double

    // MARK: Offending
    /// Persons with at least one arrest row.
    public var arrestedPersons: Int
    /// Gini coefficient of arrest rows per arrested person (0 = equal, → 1 = one person has all).
    /// Target: heavy concentration (Wolfgang, Figlio & Sellin 1972: 18% of delinquents, 52% of contacts).
    public var arrestGini: Double
    /// Share of arrest rows belonging to the most-arrested 10% of arrested persons (ties at the
    /// cut broken arbitrarily).
    public var topDecileArrestShare: Double
    /// Share of arrest rows of persons aged 15–35 on the arrest date (age–crime curve,
    /// Hirschi & Gottfredson 1983).
    public var arrestAgeShare15to35: Double
    /// Share of arrest events with 2 or more persons: most offending is solo or in small
    /// groups (Reiss & Farrington 1991, doi:10.2307/1143811).
    public var coArrestEventShare: Double
    /// Arrest events of more than ``SimulationConfig/maximumTieEventSize`` persons.
    public var massArrestEvents: Int

    // MARK: Network
    /// Share of arrested persons with at least one tie. Chicago: 0.40 of all arrestees
    /// (Papachristos, Wildeman & Roberto 2015, doi:10.1016/j.socscimed.2014.01.056). The
    /// generator gives ≈ 0.7: its persons are the offending population of a violent region,
    /// without the one-off arrests (traffic, minor offenses) that dilute a city's arrest file.
    public var tiedArrestedShare: Double
    /// Persons in the co-offending network per resident. Target < 0.06 (same source).
    public var networkShareOfPopulation: Double
    /// Persons in the largest connected component per arrested person. Target ≈ 0.3 (Green,
    /// Horel & Papachristos 2017, doi:10.1001/jamainternmed.2016.8245: 29.9%).
    public var largestComponentShareOfArrested: Double

    // MARK: Gunshot victimization
    /// Share of distinct gunshot victims inside the co-offending network. Target ≈ 0.7
    /// (Papachristos, Wildeman & Roberto 2015: 70% of nonfatal gunshot victims).
    public var victimsInNetworkShare: Double
    /// Share of distinct gunshot victims in the largest component (Papachristos, Braga & Hureau
    /// 2012, doi:10.1007/s11524-012-9703-9: 85% in one component of a high-risk community network).
    public var victimsInLargestComponentShare: Double
    /// Share of victimizations whose victim had, before the victimization month, a co-offender
    /// shot in an earlier month. Descriptive analogue of Green et al. 2017, who attribute 63.1%
    /// of episodes to contagion with a fitted model (not the same estimand).
    public var victimsWithPriorShotCoOffenderShare: Double
    /// Share of victimizations that were fatal.
    public var fatalShare: Double
    /// Share of shootings with an identified suspect (rows of `shootings.csv` per victimization).
    /// Target: fatal ≈ 0.43, nonfatal ≈ 0.19 (Cook, Braga, Turchan & Barao 2019, doi:10.1111/1745-9133.12451).
    public var suspectIdentifiedShare: Double

    // MARK: Contagion (see the conventions above)
    /// At-risk person-months in which the person was exposed (a count).
    public var exposedPersonMonths: Int
    /// Victimizations in exposed at-risk person-months (a count).
    public var exposedVictimizations: Int
    /// At-risk person-months in which the person was not exposed (a count).
    public var unexposedPersonMonths: Int
    /// Victimizations in unexposed at-risk person-months (a count).
    public var unexposedVictimizations: Int

    /// Victimizations per at-risk, exposed person-month.
    public var exposedVictimizationRate: Double { Self.rate(exposedVictimizations, exposedPersonMonths) }
    /// Victimizations per at-risk, unexposed person-month.
    public var unexposedVictimizationRate: Double { Self.rate(unexposedVictimizations, unexposedPersonMonths) }
    /// Exposed over unexposed rate: how much more often people are shot in the year after a
    /// co-offender was (0 when either rate is undefined). The network contagion of Green et
    /// al. 2017 makes this clearly greater than 1.
    public var exposureRateRatio: Double {
        let base = unexposedVictimizationRate
        return base > 0 && exposedPersonMonths > 0 ? exposedVictimizationRate / base : 0
    }

    static func rate(_ events: Int, _ exposure: Int) -> Double { exposure > 0 ? Double(events) / Double(exposure) : 0 }
    static func share(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
}
