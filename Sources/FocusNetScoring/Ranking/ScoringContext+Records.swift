import FocusNetGraph

extension ScoringContext {
    /// The context of a record set: persons' attributes, victimizations, shootings, custody
    /// periods and memberships, whichever files were read. ``statusDate`` is `statusDate` when
    /// given (the extraction date the user states, e.g. `--data-end`), else
    /// ``RecordSet/lastEventDate``: the day the export was made, as near as the records tell.
    /// - Complexity: O(persons + rows of those files).
    public init(records: RecordSet, statusDate: CalendarDay? = nil) {
        self.init(personCount: records.personIDs.count)
        let persons = records.persons
        for p in 0..<personCount {
            guard let row = persons.row(of: p) else { continue }
            birthDate[p] = persons.birthDate[row]
            if !persons.sex.codes.isEmpty { sex[p] = persons.sex[row] }
            if !persons.race.codes.isEmpty { race[p] = persons.race[row] }
            if !persons.area.isEmpty, persons.area[row] >= 0 { area[p] = records.areaIDs[Int(persons.area[row])] }
            if !persons.custodyStatus.isEmpty { custodyStatus[p] = persons.custodyStatus[row] }
            if !persons.supervision.isEmpty { supervision[p] = persons.supervision[row] }
            if !persons.priorArrests.isEmpty { priorArrests[p] = persons.priorArrests[row] }
            if !persons.priorConvictions.isEmpty { priorConvictions[p] = persons.priorConvictions[row] }
            if !persons.priorIncarcerations.isEmpty { priorIncarcerations[p] = persons.priorIncarcerations[row] }
        }
        let v = records.victimizations
        victimizations = (0..<v.rowCount).map { .init(person: v.person[$0], day: v.day[$0], fatal: v.type[$0] == .shotFatal) }
        let s = records.shootings
        shootings = (0..<s.rowCount).map { .init(suspect: s.suspect[$0], day: s.day[$0]) }
        let c = records.custody
        custody = (0..<c.rowCount).map { .init(person: c.person[$0], start: c.start[$0], end: c.end[$0]) }
        let m = records.memberships
        memberships = (0..<m.rowCount).map {
            .init(person: m.person[$0], group: m.group[$0], firstSeen: m.firstSeen[$0], lastSeen: m.lastSeen[$0],
                  source: m.source.codes.isEmpty ? nil : m.source[$0])
        }
        groupIDs = m.groupIDs
        self.statusDate = statusDate ?? records.lastEventDate
    }
}
