/// Who is named as the suspect of a shooting, when anyone is.
///
/// A suspect is identified for 43% of fatal and 19% of nonfatal shootings (Boston 2010–2014:
/// Cook, Braga, Turchan & Barao 2019, doi:10.1111/1745-9133.12451). The suspect is drawn from a
/// rival group of the victim's group (60% when there is one: Papachristos 2009,
/// doi:10.1086/597791, on gang murder as a network of rivalries), else from the victim's
/// network two steps away (20%), else from the victim's area; more active offenders are more
/// likely. Shooting `S…` carries the number of victimization `V…` of the same incident; the
/// area is the victim's area (85%) or another, violence-weighted one.
extension RegionSimulation {
    static let fatalClearance = 0.43
    static let nonfatalClearance = 0.19

    mutating func identifySuspect(
        victim: Int, fatal: Bool, day: Int, number: Int, month m: Int, files: RecordFiles
    ) throws(SimulationError) {
        guard random.bernoulli(fatal ? Self.fatalClearance : Self.nonfatalClearance),
              let suspect = drawSuspect(victim: victim, month: m)
        else { return }
        if suspectCount[suspect] < .max { suspectCount[suspect] += 1 }
        shootingCount += 1
        let area = random.bernoulli(0.85) ? Int(people.area[victim]) : people.areaTable.sample(&random)
        files.shootings.identifier(shootingFormat, number)
        files.shootings.identifier(personFormat, publicID(suspect))
        files.shootings.date(day)
        files.shootings.identifier(areaFormat, area + 1)
        try files.shootings.endRow()
    }

    private mutating func drawSuspect(victim: Int, month m: Int) -> Int? {
        let g = Int(people.group[victim])
        for _ in 0..<20 {
            let u = random.uniform()
            var candidate = -1
            if g >= 0, people.rivalStart[g] < people.rivalStart[g + 1], u < 0.6 {
                let range = Int(people.rivalStart[g])..<Int(people.rivalStart[g + 1])
                let rival = Int(people.rivals[range.lowerBound + random.below(range.count)])
                let members = Int(people.groupMemberStart[rival])..<Int(people.groupMemberStart[rival + 1])
                if !members.isEmpty { candidate = Int(people.groupMembers[members.lowerBound + random.below(members.count)]) }
            } else if ties.degree[victim] > 0 && u < 0.8 {
                let k = ties.neighbor(of: victim, at: random.below(Int(ties.degree[victim])))
                candidate = ties.degree[k] > 0 ? ties.neighbor(of: k, at: random.below(Int(ties.degree[k]))) : k
            } else {
                let a = Int(people.area[victim])
                let members = Int(people.areaMemberStart[a])..<Int(people.areaMemberStart[a + 1])
                if !members.isEmpty { candidate = Int(people.areaMembers[members.lowerBound + random.below(members.count)]) }
            }
            guard candidate >= 0, candidate != victim, isAliveAndFree(candidate, month: m),
                  ageInYears(candidate, month: m) >= 14
            else { continue }
            if random.uniform() < min(1, 0.3 + Double(people.activity[candidate]) / 3) { return candidate }
        }
        return nil
    }
}
