/// How large a synthetic region ``RegionSimulator`` generates. ``SimulationConfig/init(scale:seed:)``
/// turns a scale into sizes; each size can then be changed on the configuration.
public enum SimulationScale: String, CaseIterable, Sendable, Codable {
    /// About 2,000 arrest rows and 600–900 persons in 6 areas with 20 groups, 2018–2023:
    /// the example data set and fast tests.
    case tiny
    /// About 300,000 arrest rows and 105,000 persons in 77 areas with 600 groups, 2014–2023:
    /// a large city. Generates in about 1.5 seconds.
    case city
    /// About 10 million arrest rows and 3.5 million persons in 600 areas with 40,000 small groups,
    /// 2014–2023: a state. Generates in about a minute on one core, in about 1.7 GB of flat
    /// per-person arrays (rows are streamed, never held).
    case state
}
