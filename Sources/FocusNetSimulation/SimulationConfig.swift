/// Everything that determines a synthetic region: the same configuration (seed included)
/// always gives byte-identical files.
///
/// ``init(scale:seed:)`` fills every size from the scale; change any field afterwards, e.g.
/// a larger ``targetArrestRows`` for a mid-size test region, or ``contagionPerCoOffender``
/// `= 0` for a region without contagion. ``validate()`` states each field's range.
public struct SimulationConfig: Sendable, Hashable {
    /// The scale the sizes were taken from (reported back in the summary).
    public var scale: SimulationScale
    /// Seed of the random stream (``Xoshiro256StarStar`` seeded by SplitMix64).
    public var seed: UInt64
    /// First calendar year of the data; the data cover `startYear-01-01 … (startYear+years−1)-12-31`.
    public var startYear: Int
    /// Number of calendar years simulated (1...40).
    public var years: Int
    /// Number of areas (neighbourhoods) `A01…` (1...9,999).
    public var areaCount: Int
    /// Number of street groups (crews, gang factions) `G001…` (0...100,000).
    public var groupCount: Int
    /// Largest group's recruiting weight relative to the smallest's (1...1,000): group weights
    /// are Pareto (α = 1.1) capped here, so this bounds how many times larger than a typical
    /// group the largest can grow.
    public var groupSizeCap: Double
    /// Scale of the chance that an offender joins a group, `min(0.7, scale × activity^0.7)`
    /// for men, 0.4 × that for women (0...1).
    public var groupJoinScale: Double
    /// Residents of the whole region, spread over the areas in `population.csv` (≥ 1,000).
    public var population: Int
    /// About how many rows `arrests.csv` should have (100...50,000,000); the realized count
    /// varies by a few percent with the seed.
    public var targetArrestRows: Int
    /// β of the contagion hazard: the monthly hazard of being shot is multiplied by
    /// `1 + β × (co-offenders shot in the previous 12 months)` (≥ 0; 0 switches contagion off).
    public var contagionPerCoOffender: Double
    /// The same multiplier for group-mates shot in the previous 12 months (≥ 0).
    public var contagionPerGroupMate: Double

    /// Arrests of more persons than this (sweeps, protests) create no co-offending ties in the
    /// simulation, and analyses of its output should skip them the same way.
    public static let maximumTieEventSize = 10

    /// Sizes for `scale`, seeded with `seed`.
    public init(scale: SimulationScale, seed: UInt64 = 42) {
        self.scale = scale
        self.seed = seed
        contagionPerCoOffender = 2.0
        contagionPerGroupMate = 0.15
        groupSizeCap = 60
        groupJoinScale = 0.12
        switch scale {
        case .tiny:
            startYear = 2018; years = 6; areaCount = 6; groupCount = 20
            population = 15_000; targetArrestRows = 2_000
        case .city:
            startYear = 2014; years = 10; areaCount = 77; groupCount = 600
            population = 2_700_000; targetArrestRows = 300_000
        case .state:
            // A state's records list many small local sets rather than a few city-wide gangs,
            // and a smaller share of all its arrestees (rural and suburban arrests included)
            // belong to one: 40,000 groups, capped at 10× a typical one, ~12% of offenders.
            // Seed 42: 4.0M co-offending and 4.2M group ties, 8.3M in all (some pairs have
            // both) — close to the 9.6M-tie network the reference pipelines of
            // docs/performance.md were first measured on.
            startYear = 2014; years = 10; areaCount = 600; groupCount = 40_000
            groupSizeCap = 10; groupJoinScale = 0.06
            population = 39_000_000; targetArrestRows = 10_000_000
        }
    }

    /// Checks every field's range.
    /// - Throws: ``SimulationError/invalidConfiguration(field:value:allowed:)`` naming the first
    ///   field out of range.
    /// - Complexity: O(1).
    public func validate() throws(SimulationError) {
        func check(_ ok: Bool, _ field: String, _ value: some CustomStringConvertible, _ allowed: String) throws(SimulationError) {
            if !ok { throw .invalidConfiguration(field: field, value: value.description, allowed: allowed) }
        }
        try check((1900...2100).contains(startYear), "startYear", startYear, "1900...2100")
        try check((1...40).contains(years), "years", years, "1...40")
        try check((1...9_999).contains(areaCount), "areaCount", areaCount, "1...9999")
        try check((0...100_000).contains(groupCount), "groupCount", groupCount, "0...100000")
        try check(groupSizeCap.isFinite && (1...1_000).contains(groupSizeCap), "groupSizeCap", groupSizeCap, "1...1000")
        try check(groupJoinScale.isFinite && (0...1).contains(groupJoinScale), "groupJoinScale", groupJoinScale, "0...1")
        try check((1_000...2_000_000_000).contains(population), "population", population, "1000...2000000000")
        try check((100...50_000_000).contains(targetArrestRows), "targetArrestRows", targetArrestRows, "100...50000000")
        try check(contagionPerCoOffender.isFinite && contagionPerCoOffender >= 0,
                  "contagionPerCoOffender", contagionPerCoOffender, "finite, ≥ 0")
        try check(contagionPerGroupMate.isFinite && contagionPerGroupMate >= 0,
                  "contagionPerGroupMate", contagionPerGroupMate, "finite, ≥ 0")
    }

    /// Months simulated.
    var months: Int { years * 12 }
}
