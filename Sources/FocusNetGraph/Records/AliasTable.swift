import Foundation

/// The identity map across agencies: which identifiers are other names of one person.
///
/// Read before every other file: each person id in the other files is replaced by its canonical
/// person **before** it is interned, so two ids of one person are one node and never count a
/// shared arrest twice. Chains (`a → b`, `b → c`) resolve to the end (`a → c`).
/// Shapes: every per-row column has `rowCount` entries.
public struct AliasTable: Sendable {
    /// Alias index of each row (into ``aliasIDs``).
    public internal(set) var alias: [Int32] = []
    /// Canonical person index of each row (into ``RecordSet/personIDs``), chains resolved.
    public internal(set) var person: [Int32] = []
    /// `source` of each row (e.g. the agency); empty without a `source` column.
    public internal(set) var source = CodeColumn()
    /// Alias identifiers in UTF-8 order. Sensitive: never log them.
    public internal(set) var aliasIDs: [String] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { alias.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension AliasTable {
    /// Reads an aliases file (see ``InputKind/aliases``) and fills `context.aliases`.
    ///
    /// Rules: identifiers as everywhere (trimmed, NFC, blank rejected); a row naming an alias
    /// that already stands for a different person is rejected (`alias_id names two persons`), as
    /// is a row that would close a cycle (`alias cycle`); `alias_id = person_id` is accepted and
    /// changes nothing; exact duplicates are counted and removed.
    /// - Complexity: O(rows × chain length) time; memory O(distinct identifiers).
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (AliasTable, FileReport)
    {
        var aliasNames = Interner()
        var parent: [String: String] = [:]         // alias → the person its first row named
        var rows: [(alias: Int32, person: String)] = []
        var sources = CodeColumnBuilder()
        var seen = Set<AliasKey>()
        func root(_ id: String) -> String {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        let report = try TableReader.read(.aliases, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let alias = try row.identifier("alias_id", changed: &changed)
            let person = try row.identifier("person_id", changed: &changed)
            let source = try row.code("source", allowed: nil, changed: &changed)
            let key = AliasKey(alias: alias, person: person, source: source)
            guard !seen.contains(key) else { return .duplicate }
            if alias != person {
                let target = root(person)
                if target == alias { throw RowRejection(column: "person_id", value: person, reason: "alias cycle") }
                if let earlier = parent[alias] {
                    if root(earlier) != target {
                        throw RowRejection(column: "alias_id", value: alias, reason: "alias_id names two persons")
                    }
                } else {
                    parent[alias] = person
                }
            }
            seen.insert(key)
            rows.append((aliasNames.intern(alias), person))
            if row.has("source") { sources.append(code: sources.intern(source)) }
            return .accepted()
        }
        // Resolve every chain once; the canonical persons join the one person index.
        var resolved: [String: String] = [:]
        for alias in parent.keys { resolved[alias] = root(alias) }
        context.aliases = resolved
        var table = AliasTable()
        let (names, renumber) = aliasNames.finish()
        table.aliasIDs = names
        table.alias = rows.map { renumber[Int($0.alias)] }
        table.person = rows.map { context.persons.intern(resolved[$0.person] ?? $0.person) }
        table.source = sources.finish()
        return (table, report)
    }

    mutating func renumber(persons: [Int32]) { person.renumber(persons) }
}

private struct AliasKey: Hashable {
    let alias: String, person: String, source: String?
}
