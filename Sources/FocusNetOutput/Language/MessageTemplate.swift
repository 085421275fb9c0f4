/// The placeholder syntax of the message tables: `{name}` is replaced by a value, `{name|one|other}`
/// by `one` when the value is `"1"` and by `other` otherwise.
enum MessageTemplate {
    /// `template` with every placeholder filled from `values`.
    /// - Precondition: every placeholder has a value.
    /// - Complexity: O(template length).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = "", rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let parts = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)
            guard let value = values[String(parts[0])] else { preconditionFailure("no value for placeholder \(parts[0])") }
            out += parts.count == 3 ? String(value == "1" ? parts[1] : parts[2]) : value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of the placeholders of `template`, each once.
    /// - Complexity: O(template length).
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>(), rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)[0]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
