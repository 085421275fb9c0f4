import FocusNetGraph
import FocusNetScoring

extension RankOutput {
    /// `areas.csv`: per area (the persons file's area of residence), the people scored and listed,
    /// gunshot victimizations in the exposure window, and — with a population file — the rate of
    /// victimization per 100,000 residents. Lets a local task force see its own share.
    public func areaTable() -> String {
        var csv = CSVWriter(header: AreasColumn.header)
        var population: [String: Int] = [:]
        for row in 0..<records.population.rowCount {
            population[records.areaIDs[Int(records.population.area[row])]] = records.population.population[row]
        }
        var scored: [String: Int] = [:], listed: [String: Int] = [:], victims: [String: Int] = [:]
        for p in ranking.persons { if let a = context.area[Int(p)] { scored[a, default: 0] += 1 } }
        for v in ranking.invitees { if let a = context.area[Int(ranking.persons[v])] { listed[a, default: 0] += 1 } }
        let window = ranking.windows.exposure
        for event in context.victimizations where window.contains(event.day) {
            victims[context.area[Int(event.person)] ?? "unknown", default: 0] += 1
        }
        let areas = Set(population.keys).union(scored.keys).union(victims.keys).sorted()
        for area in areas {
            let residents = population[area]
            let count = victims[area] ?? 0
            csv.row([area, residents.map(String.init) ?? "", String(scored[area] ?? 0), String(listed[area] ?? 0), String(count),
                     residents.map { $0 > 0 ? format(Double(count) * 100_000 / Double($0)) : "" } ?? ""])
        }
        return csv.text
    }
}
