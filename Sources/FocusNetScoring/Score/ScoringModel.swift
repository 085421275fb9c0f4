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
///   components: [strength, betweenness, eigenvector, victim_exposure]
/// composite:       # weights of the points and network percentiles
///   points: 0.5
///   network: 0.5
/// ```
public struct ScoringModel: Sendable, Equatable, Codable {
    public struct Points: Sendable, Equatable, Codable {
        public var arrests = 1.0
        public var violentArrests = 3.0
        public var gunArrests = 4.0
        public var priorVictimizations = 5.0
        public var young = 3.0
        public var youngAge = 25
        /// Per count of history held elsewhere (persons file `prior_*` columns).
        public var priorArrests = 1.0
        public var priorConvictions = 2.0
        public var priorIncarcerations = 3.0

        enum CodingKeys: String, CodingKey {
            case arrests, young
            case violentArrests = "violent_arrests", gunArrests = "gun_arrests",
                 priorVictimizations = "prior_victimizations", youngAge = "young_age",
                 priorArrests = "prior_arrests", priorConvictions = "prior_convictions",
                 priorIncarcerations = "prior_incarcerations"
        }
        public init() {}
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

    public struct Network: Sendable, Equatable, Codable {
        public var components: [ScoreComponent] = [.strength, .betweenness, .eigenvector, .victimExposure]
        public init(components: [ScoreComponent]? = nil) { if let components { self.components = components } }
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(components: try c.decodeIfPresent([ScoreComponent].self, forKey: .components))
            guard !self.components.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .components, in: c, debugDescription: "at least one component")
            }
        }
    }

    public struct Composite: Sendable, Equatable, Codable {
        public var points = 0.5
        public var network = 0.5
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            points = try c.decodeIfPresent(Double.self, forKey: .points) ?? 0.5
            network = try c.decodeIfPresent(Double.self, forKey: .network) ?? 0.5
            guard points >= 0, network >= 0, points + network > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .points, in: c, debugDescription: "weights must be ≥ 0, not both 0")
            }
        }
    }

    public var points = Points()
    public var network = Network()
    public var composite = Composite()

    public init() {}

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
    public let file: String
    public let reason: String
    public var description: String { "scoring configuration \(file): \(reason)" }
}
