import FocusNetGraph
import Foundation

/// The arrest process of one month: arrest events, who is arrested together, the offense, and
/// what follows (custody, supervision, new co-offending ties).
///
/// Stylized facts targeted (measured in ``SimulationSummary``):
/// - **Most arrests are of one person, some of 2–4, rarely more**; co-offenders are drawn from
///   the lead's group (55%), earlier co-offenders (20%), the lead's area (22%) or anywhere (3%),
///   and accepted in proportion to their own activity (certain from twice the median), so
///   co-arrests cluster in crews and neighbourhoods and on active people (Reiss 1988, doi:10.1086/449148;
///   Sarnecki 2001, *Delinquent Networks*). One event in a thousand is a mass arrest of 11–30
///   people from one area (a sweep or a protest) that makes no tie.
/// - **Activity is heavy-tailed and young**: the lead is drawn in proportion to activity and
///   accepted with the age–crime curve ``arrestAgeFactor``.
/// - **Group events are more violent and armed**; a gun is involved in 80% of weapons arrests,
///   30% of violent ones and rarely otherwise.
/// - Custody follows some arrests (jail of days to a year, prison of 1–10 years after armed
///   violence), with parole after prison and probation after some other arrests.
extension RegionSimulation {
    /// Size distribution of arrest events: P(1) = 0.72, P(2) = 0.14, P(3) = 0.07, P(4) = 0.035,
    /// then 5–10 persons 0.034 and mass events (11–30) 0.001.
    static let eventSizeCumulative: [(size: Int, upTo: Double)] = [
        (1, 0.72), (2, 0.86), (3, 0.93), (4, 0.965), (5, 0.98), (6, 0.988), (7, 0.993), (8, 0.996),
        (9, 0.998), (10, 0.999), (11, 1.0),
    ]
    /// Rows per event realized (some co-offender draws fail), calibrated on tiny and city;
    /// sizes the number of events per month from ``SimulationConfig/targetArrestRows``.
    static let realizedRowsPerEvent = 1.42

    /// Categories in ``offenseNames`` order: violent, weapons, narcotics, property, other.
    static let offenseNames = ["violent", "weapons", "narcotics", "property", "other"].map { Array($0.utf8) }
    static let soloOffenseMix = [0.18, 0.08, 0.26, 0.28, 0.20]
    static let groupOffenseMix = [0.26, 0.16, 0.30, 0.14, 0.14]
    static let massOffenseMix = [0.10, 0.00, 0.20, 0.10, 0.60]
    static let gunShare = [0.30, 0.80, 0.06, 0.02, 0.02]
    static let custodyShare = [0.12, 0.15, 0.06, 0.05, 0.02]

    /// Relative arrest propensity by age in years (age–crime curve; peak 18–24).
    static let arrestAgeFactor: [Double] = (0...120).map { age in
        switch age {
        case ..<12: 0
        case 12...14: 0.3
        case 15...17: 0.8
        case 18...24: 1.0
        case 25...29: 0.75
        case 30...34: 0.5
        case 35...44: 0.3
        default: 0.15
        }
    }

    /// Simulates and writes the arrests of month `m`, in date order.
    /// - Complexity: O(e·(k² + d)) for e events of k persons and mean degree d.
    mutating func simulateArrests(month m: Int, files: RecordFiles) throws(SimulationError) {
        let first = monthFirstDay[m], days = monthFirstDay[m + 1] - first
        let season = 1 + 0.08 * cos(2 * Double.pi * Double(calendarMonth(m) - 6) / 12)
        let mean = Double(config.targetArrestRows) / (Double(months) * Self.realizedRowsPerEvent) * season
        let eventTarget = random.poisson(mean: mean)

        eventDay.removeAll(keepingCapacity: true)
        eventCategory.removeAll(keepingCapacity: true)
        eventGun.removeAll(keepingCapacity: true)
        eventPersons.removeAll(keepingCapacity: true)
        eventFirst.removeAll(keepingCapacity: true)
        eventFirst.append(0)
        for _ in 0..<eventTarget {
            guard let lead = drawLead(month: m) else { continue }
            lastArrestMonth[lead] = Int32(m)
            let start = eventPersons.count
            eventPersons.append(Int32(lead))
            let size = drawEventSize()
            let mass = size > SimulationConfig.maximumTieEventSize
            let wanted = mass ? 11 + random.below(20) : size
            var tries = 0
            while eventPersons.count - start < wanted && tries < 4 * wanted {
                tries += 1
                guard let other = drawCoArrestee(lead: lead, month: m, mass: mass, eventStart: start) else { continue }
                lastArrestMonth[other] = Int32(m)
                eventPersons.append(Int32(other))
            }
            var inGroup = false
            for k in start..<eventPersons.count where people.group[Int(eventPersons[k])] >= 0 { inGroup = true }
            let persons = eventPersons.count - start
            let mix = persons > SimulationConfig.maximumTieEventSize ? Self.massOffenseMix
                : inGroup && persons >= 2 ? Self.groupOffenseMix : Self.soloOffenseMix
            let category = draw(mix)
            eventCategory.append(UInt8(category))
            eventGun.append(random.bernoulli(Self.gunShare[category]))
            eventDay.append(Int32(first + random.below(days)))
            eventFirst.append(Int32(eventPersons.count))
        }

        eventOrder.removeAll(keepingCapacity: true)
        for e in eventDay.indices { eventOrder.append(Int64(eventDay[e]) << 32 | Int64(e)) }
        eventOrder.sort()
        for key in eventOrder {
            try recordEvent(Int(key & 0xFFFF_FFFF), month: m, files: files)
        }
    }

    /// Writes event `e` and applies its consequences.
    private mutating func recordEvent(_ e: Int, month m: Int, files: RecordFiles) throws(SimulationError) {
        let day = Int(eventDay[e]), category = Int(eventCategory[e]), gun = eventGun[e]
        let range = Int(eventFirst[e])..<Int(eventFirst[e + 1])
        arrestEvents += 1
        if range.count >= 2 { coArrestEvents += 1 }
        if range.count > SimulationConfig.maximumTieEventSize { massArrestEvents += 1 }
        for k in range {
            let p = Int(eventPersons[k])
            files.arrests.identifier(arrestFormat, arrestEvents)
            files.arrests.identifier(personFormat, publicID(p))
            files.arrests.date(day)
            files.arrests.ascii(Self.offenseNames[category])
            files.arrests.integer(gun ? 1 : 0)
            try files.arrests.endRow()
            arrestRows += 1
            let age = CivilDate.wholeYears(from: Int(people.birthDay[p]), to: day)
            if (15...35).contains(age) { arrestRowsAged15to35 += 1 }
            arrestCount[p] += 1
            if category == 0 && violentArrests[p] < .max { violentArrests[p] += 1 }
            if gun && gunArrests[p] < .max { gunArrests[p] += 1 }
            firstArrestDay[p] = min(firstArrestDay[p], Int32(day))
            lastArrestDay[p] = max(lastArrestDay[p], Int32(day))
        }
        if range.count >= 2 && range.count <= SimulationConfig.maximumTieEventSize {
            for a in range {
                for b in (a + 1)..<range.upperBound {
                    formTie(Int(eventPersons[a]), Int(eventPersons[b]), month: m)
                }
            }
        }
        for k in range { try sentence(Int(eventPersons[k]), day: day, category: category, gun: gun, files: files) }
    }

    /// Adds the tie `a`–`b` if new, keeping ``exposure`` and ``everExposed`` exact.
    private mutating func formTie(_ a: Int, _ b: Int, month m: Int) {
        guard ties.add(a, b) else { return }
        if wasShotRecently(b, month: m) { exposure[a] += 1 }
        if wasShotRecently(a, month: m) { exposure[b] += 1 }
        if lastShotMonth[b] != Self.neverShot { everExposed[a] = true }
        if lastShotMonth[a] != Self.neverShot { everExposed[b] = true }
    }

    /// Custody or supervision after an arrest.
    private mutating func sentence(_ p: Int, day: Int, category: Int, gun: Bool, files: RecordFiles) throws(SimulationError) {
        let record = 1 + 0.15 * Double(min(Int(arrestCount[p]) - 1, 6))
        if random.bernoulli(Self.custodyShare[category] * (gun ? 1.6 : 1) * record) {
            let prison = category <= 1 && gun && random.bernoulli(0.55)
            let length = prison ? min(3650, 365 + Int(random.exponential(mean: 540)))
                : min(364, 7 + Int(random.exponential(mean: 90)))
            let end = day + length
            files.custody.identifier(personFormat, publicID(p))
            files.custody.date(day)
            files.custody.date(end)
            files.custody.ascii(prison ? Self.prison : Self.jail)
            try files.custody.endRow()
            custodyCount += 1
            custodyEnd[p] = Int32(end)
            if prison {
                supervisionKind[p] = 2
                supervisionStart[p] = Int32(end + 1)
                supervisionEnd[p] = Int32(end + 365 + random.below(730))
            }
        } else if category != 4 && random.bernoulli(0.25) {
            supervisionKind[p] = 1
            supervisionStart[p] = Int32(day)
            supervisionEnd[p] = Int32(day + 365 + random.below(730))
        }
    }

    // MARK: Draws

    /// Whether person `i` can be arrested in month `m` (alive, free at the month's start, not
    /// already arrested or shot this month, at least 12).
    func isArrestable(_ i: Int, month m: Int) -> Bool {
        isAliveAndFree(i, month: m) && lastArrestMonth[i] != Int32(m) && lastShotMonth[i] != Int32(m)
            && ageInYears(i, month: m) >= 12
    }

    private mutating func drawLead(month m: Int) -> Int? {
        for _ in 0..<64 {
            let i = people.leadTable.sample(&random)
            guard people.careerStart[i] <= m && people.careerEnd[i] >= m && isArrestable(i, month: m) else { continue }
            if random.uniform() < Self.arrestAgeFactor[min(120, ageInYears(i, month: m))] { return i }
        }
        return nil
    }

    private mutating func drawCoArrestee(lead: Int, month m: Int, mass: Bool, eventStart: Int) -> Int? {
        let r = random.uniform()
        let g = Int(people.group[lead])
        let candidate: Int
        if !mass && g >= 0 && r < 0.55 {
            let members = Int(people.groupMemberStart[g])..<Int(people.groupMemberStart[g + 1])
            candidate = Int(people.groupMembers[members.lowerBound + random.below(members.count)])
        } else if !mass && ties.degree[lead] > 0 && r < 0.75 {
            candidate = ties.neighbor(of: lead, at: random.below(Int(ties.degree[lead])))
        } else if mass || r < 0.97 {
            let area = Int(people.area[lead])
            let members = Int(people.areaMemberStart[area])..<Int(people.areaMemberStart[area + 1])
            candidate = Int(people.areaMembers[members.lowerBound + random.below(members.count)])
        } else {
            candidate = random.below(people.poolCount)
        }
        guard isArrestable(candidate, month: m) else { return nil }
        for k in eventStart..<eventPersons.count where Int(eventPersons[k]) == candidate { return nil }
        let inCareer = people.careerStart[candidate] <= m && people.careerEnd[candidate] >= m
        let accept = Self.arrestAgeFactor[min(120, ageInYears(candidate, month: m))] * (inCareer ? 1 : 0.3)
            * min(1, Double(people.activity[candidate]) / 2)
        return random.uniform() < accept ? candidate : nil
    }

    private mutating func drawEventSize() -> Int {
        let u = random.uniform()
        for (size, upTo) in Self.eventSizeCumulative where u < upTo { return size }
        return 1
    }

    /// An index drawn with the given probabilities (summing to 1).
    mutating func draw(_ probabilities: [Double]) -> Int {
        var u = random.uniform()
        for (k, p) in probabilities.enumerated() {
            u -= p
            if u < 0 { return k }
        }
        return probabilities.count - 1
    }
}
