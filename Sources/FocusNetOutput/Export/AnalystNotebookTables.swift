import FocusNetGraph
import FocusNetScoring

extension NetworkExport {
    /// `entities.csv` for i2 Analyst's Notebook's tabular import: one row per person and per
    /// group. `entity_id` is unique across both types (`person:` / `group:` prefix) and is the
    /// column to map to the entity's *Identity*; `label` is the person id (or pseudonym) or the
    /// group id; the other columns become attributes. See docs/exports.md for the import steps.
    /// - Complexity: O(n + groups).
    public func entitiesCSV() -> String {
        var csv = CSVWriter(header: ["entity_id", "entity_type", "label"] + Self.personAttributes.map(\.name)
            + ["group_members", "group_rank"])
        let empty = [String](repeating: "", count: Self.personAttributes.count)
        for p in persons {
            csv.row(["person:" + p.id, "Person", p.id] + Self.personAttributes.map { $0.value(p) ?? "" } + ["", ""])
        }
        for g in groups {
            csv.row(["group:" + g.id, "Group", g.id] + empty + [String(g.members), g.rank.map(String.init) ?? ""])
        }
        return csv.text
    }

    /// `links.csv` for i2 Analyst's Notebook: one row per link, both ends' identities on the
    /// row. `co-arrested` links join two people once per shared arrest (date = arrest date, so
    /// the timeline shows each one; arrest id left blank when pseudonymized); `member of` links
    /// join a person to a group (date = first sighting, with the last sighting up to the as-of
    /// date and the source). Group co-membership ties are not repeated as person–person links:
    /// the group entity carries them.
    /// - Complexity: O(shared arrests + memberships).
    public func linksCSV() -> String {
        var csv = CSVWriter(header: ["link_id", "from_id", "from_type", "to_id", "to_type", "link_type", "date", "arrest_id",
                                     "persons_on_arrest", "tie_weight", "last_seen", "source"])
        var n = 0
        for t in ties where !t.arrests.isEmpty {
            for arrest in t.arrests {
                n += 1
                csv.row(["L\(n)", "person:" + persons[t.a].id, "Person", "person:" + persons[t.b].id, "Person", "co-arrested",
                         arrest.date.description, arrest.id ?? "", String(arrest.persons), format(t.coOffending), "", ""])
            }
        }
        for m in memberships {
            n += 1
            csv.row(["L\(n)", "person:" + persons[m.person].id, "Person", "group:" + m.group, "Group", "member of",
                     m.firstSeen?.description ?? "", "", "", "", m.lastSeen?.description ?? "", m.source ?? ""])
        }
        return csv.text
    }
}
