/// The offense categories FocusNet distinguishes (an agency's own codes map onto these).
///
/// In an arrests file the `offense_category` column holds the ``description`` of a case, after
/// the mapping's code table.
public enum OffenseCategory: UInt8, Sendable, CaseIterable, CustomStringConvertible, CodedValue {
    /// Violence against a person.
    case violent
    /// Weapons offenses.
    case weapons
    /// Drug offenses.
    case narcotics
    /// Property offenses.
    case property
    /// Anything else.
    case other

    /// The code in files: `violent`, `weapons`, `narcotics`, `property` or `other`.
    public var description: String {
        switch self {
        case .violent: "violent"
        case .weapons: "weapons"
        case .narcotics: "narcotics"
        case .property: "property"
        case .other: "other"
        }
    }

    static let names = Set(allCases.map(\.description))
}
