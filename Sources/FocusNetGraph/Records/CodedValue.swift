/// A closed set of codes a column may hold, each written as its `description` (`shot_fatal`,
/// `probation`); an agency's own codes map onto them through the mapping's code tables.
protocol CodedValue: CaseIterable, CustomStringConvertible {
    /// Every code's text: stored once per type (`static let`), since it is checked on every row.
    static var names: Set<String> { get }
}

extension CodedValue {
    /// The value written `name`; `nil` for any other text.
    init?(name: String) {
        guard let match = Self.allCases.first(where: { $0.description == name }) else { return nil }
        self = match
    }
}
