import FocusNetGraph
import Foundation
import Yams

/// The three scores and their settings, readable from YAML (`--scoring FILE.yaml`).
///
/// ```yaml
/// points:          # VOID/SSL-style points on history features (weights per unit)
///   arrests: 1
///   violent_arrests: 3
///   gun_arrests: 4
///   prior_victimizations: 5
///   young: 3       # added once when age at the as-of date is under young_age
///   young_age: 25
///   prior_arrests: 1          # history counted elsewhere (persons file prior_* columns)
///   prior_convictions: 2
///   prior_incarcerations: 3
/// network:         # mean percentile rank of these components
///   components: [strength, eigenvector, victim_exposure]
/// composite:       # weights of the points and network percentiles
///   points: 0.5
///   network: 0.5
/// ```
public struct ScoringModel: Sendable, Equatable, Codable {
    /// Weights of the points score: points per unit of each history feature (``PersonFeatures``).
    public struct Points: Sendable, Equatable, Codable {
        /// Per distinct arrest in the window (`arrests`, default 1).
        public var arrests = 1.0
        /// Per violent arrest, ``PersonFeatures/violentArrests`` (`violent_arrests`, default 3).
        public var violentArrests = 3.0
        /// Per weapons or gun-involved arrest, ``PersonFeatures/gunArrests`` (`gun_arrests`, default 4).
        public var gunArrests = 4.0
        /// Per own gunshot victimization in the window (`prior_victimizations`, default 5).
        public var priorVictimizations = 5.0
        /// Added once when the age at the as-of date is under ``youngAge`` (`young`, default 3).
        public var young = 3.0
        /// Age in whole years below which ``young`` is added (`young_age`, default 25).
        public var youngAge = 25
        /// Per count of history held elsewhere (persons file `prior_*` columns).
        public var priorArrests = 1.0
        /// Per prior conviction (`prior_convictions`, default 2).
        public var priorConvictions = 2.0
        /// Per prior incarceration (`prior_incarcerations`, default 3).
        public var priorIncarcerations = 3.0

        enum CodingKeys: String, CodingKey {
            case arrests, young
            case violentArrests = "violent_arrests", gunArrests = "gun_arrests",
                 priorVictimizations = "prior_victimizations", youngAge = "young_age",
                 priorArrests = "prior_arrests", priorConvictions = "prior_convictions",
                 priorIncarcerations = "prior_incarcerations"
        }
        /// The default weights.
        public init() {}
        /// Reads the `points:` mapping; absent keys keep their defaults.
        /// - Throws: `DecodingError` for a value of the wrong type.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let d = Points()
            arrests = try c.decodeIfPresent(Double.self, forKey: .arrests) ?? d.arrests
            violentArrests = try c.decodeIfPresent(Double.self, forKey: .violentArrests) ?? d.violentArrests
            gunArrests = try c.decodeIfPresent(Double.self, forKey: .gunArrests) ?? d.gunArrests
            priorVictimizations = try c.decodeIfPresent(Double.self, forKey: .priorVictimizations) ?? d.priorVictimizations
            young = try c.decodeIfPresent(Double.self, forKey: .young) ?? d.young
            youngAge = try c.decodeIfPresent(Int.self, forKey: .youngAge) ?? d.youngAge
            priorArrests = try c.decodeIfPresent(Double.self, forKey: .priorArrests) ?? d.priorArrests
            priorConvictions = try c.decodeIfPresent(Double.self, forKey: .priorConvictions) ?? d.priorConvictions
            priorIncarcerations = try c.decodeIfPresent(Double.self, forKey: .priorIncarcerations) ?? d.priorIncarcerations
        }
    }

    /// The network score: the mean percentile rank of these components (``RiskScore``).
    public struct Network: Sendable, Equatable, Codable {
        /// Components averaged (default strength, eigenvector, victim exposure). Betweenness left
        /// the default on evidence: docs/decisions/0002-betweenness-out-of-the-default-score.md.
        public var components: [ScoreComponent] = [.strength, .eigenvector, .victimExposure]
        /// `components`, or the defaults when `nil`.
        public init(components: [ScoreComponent]? = nil) { if let components { self.components = components } }
        /// Reads the `network:` mapping.
        /// - Throws: `DecodingError` for an unknown component or an empty list.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(components: try c.decodeIfPresent([ScoreComponent].self, forKey: .components))
            guard !self.components.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .components, in: c, debugDescription: "at least one component")
            }
        }
    }

    /// Weights of the points and network percentiles in the composite score.
    public struct Composite: Sendable, Equatable, Codable {
        /// Weight of the points percentile, ≥ 0 (default 0.5).
        public var points = 0.5
        /// Weight of the network percentile, ≥ 0 (default 0.5).
        public var network = 0.5
        /// Equal weights.
        public init() {}
        /// Reads the `composite:` mapping.
        /// - Throws: `DecodingError` for a negative weight or both weights 0.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            points = try c.decodeIfPresent(Double.self, forKey: .points) ?? 0.5
            network = try c.decodeIfPresent(Double.self, forKey: .network) ?? 0.5
            guard points >= 0, network >= 0, points + network > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .points, in: c, debugDescription: "weights must be ≥ 0, not both 0")
            }
        }
    }

    /// Points per unit of each history feature.
    public var points = Points()
    /// Components of the network score.
    public var network = Network()
    /// Weights of the two percentiles in the composite score.
    public var composite = Composite()

    /// The default model.
    public init() {}

    /// Reads a whole scoring document; absent sections keep their defaults.
    /// - Throws: `DecodingError` from any section.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        points = try c.decodeIfPresent(Points.self, forKey: .points) ?? Points()
        network = try c.decodeIfPresent(Network.self, forKey: .network) ?? Network()
        composite = try c.decodeIfPresent(Composite.self, forKey: .composite) ?? Composite()
    }

    /// Reads a scoring YAML file; absent keys keep their defaults.
    /// - Throws: ``ScoringModelError`` naming the file and what is wrong.
    public static func load(_ url: URL) throws -> ScoringModel {
        do {
            return try YAMLDecoder().decode(ScoringModel.self, from: String(contentsOf: url, encoding: .utf8))
        } catch {
            throw ScoringModelError(file: url.path, reason: "\(error)")
        }
    }
}

/// A scoring configuration file that cannot be used.
public struct ScoringModelError: Error, CustomStringConvertible {
    /// Path of the file.
    public let file: String
    /// What is wrong, as the YAML decoder reported it.
    public let reason: String
    /// `scoring configuration FILE: REASON`.
    public var description: String { "scoring configuration \(file): \(reason)" }
}
