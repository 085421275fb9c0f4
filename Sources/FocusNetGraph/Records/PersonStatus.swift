/// Where a person is, as of the persons file's extraction: only free people can be called in.
public enum CustodyStatus: UInt8, Sendable, CaseIterable, CustomStringConvertible, CodedValue {
    case free, incarcerated, deceased

    /// The code as written in a persons file: `free`, `incarcerated`, `deceased`.
    public var description: String {
        switch self {
        case .free: "free"
        case .incarcerated: "incarcerated"
        case .deceased: "deceased"
        }
    }

    static let names = Set(allCases.map(\.description))
}

/// Community supervision a person is under.
public enum Supervision: UInt8, Sendable, CaseIterable, CustomStringConvertible, CodedValue {
    case none, probation, parole

    /// The code as written in a persons file: `none`, `probation`, `parole`.
    public var description: String {
        switch self {
        case .none: "none"
        case .probation: "probation"
        case .parole: "parole"
        }
    }

    static let names = Set(allCases.map(\.description))
}
