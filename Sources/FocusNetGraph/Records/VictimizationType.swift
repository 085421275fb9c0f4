/// What happened to the victim of a shooting (an agency's own codes, e.g. `homicidio`,
/// `lesiones por arma de fuego`, map onto these).
public enum VictimizationType: UInt8, Sendable, CaseIterable, CustomStringConvertible, CodedValue {
    /// Shot and killed.
    case shotFatal
    /// Shot and survived.
    case shotNonfatal

    /// The code as written in a victimizations file: `shot_fatal`, `shot_nonfatal`.
    public var description: String {
        switch self {
        case .shotFatal: "shot_fatal"
        case .shotNonfatal: "shot_nonfatal"
        }
    }

    static let names = Set(allCases.map(\.description))
}
