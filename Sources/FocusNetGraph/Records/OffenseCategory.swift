/// The offense categories FocusNet distinguishes (an agency's own codes map onto these).
public enum OffenseCategory: UInt8, Sendable, CaseIterable, CustomStringConvertible, CodedValue {
    case violent, weapons, narcotics, property, other

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
