import Foundation

/// The gunshot-victimization process of one month: a network contagion on the co-offending
/// ties formed so far.
///
/// Each person alive, free and at least 12 at the first day of month `m` is shot in `m` with
/// probability (capped at ``maximumMonthlyHazard``)
///
///     hᵢ(m) = c(m) · bᵢ(m) · (1 + β·min(Eᵢ(m), 4) + β_g·min(Gᵢ(m), 4))
///     bᵢ(m) = baseᵢ · age(aᵢ) · history_i · street_i
///
/// - `baseᵢ`: static risk (activity, area violence, group membership, sex; see
///   ``SyntheticPopulation``); `age`: ``victimAgeFactor`` (peak 18–24);
/// - `history_i = 1 + 0.3·min(violent arrests, 3) + 0.5·min(gun arrests, 3) + 0.5·min(times
///   named a shooting suspect, 2)` — the victim–offender overlap (Jennings, Piquero & Reingle
///   2012, doi:10.1016/j.avb.2011.09.003);
/// - `street_i = (in the offending career ? 1 : 0.2) × (1 + 0.5·min(ties, 5))`: risk lives in
///   active street careers and grows with co-offending ties (Papachristos & Wildeman 2014,
///   doi:10.2105/AJPH.2013.301441: network position predicts homicide victimization);
/// - `c(m)` scales the base hazards so that they sum to ``baseVictimizationsPerArrestRow`` ×
///   target arrest rows / months × a summer-peaked season: the region's level of violence is
///   fixed, and does not climb as records (arrests, ties) accumulate from the first day of the
///   data — only who is shot depends on them;
/// - `Eᵢ(m)`: co-offenders (ties from arrests before the month) shot in months `[m−12, m−1]`,
///   weighted by β = ``SimulationConfig/contagionPerCoOffender``; `Gᵢ(m)`: group-mates shot in
///   the same window, weighted by β_g = ``SimulationConfig/contagionPerGroupMate``. Both
///   saturate at 4 so that hubs do not explode.
///
/// This is the exposure model of Green, Horel & Papachristos 2017 (JAMA Intern Med 177(3):326,
/// doi:10.1001/jamainternmed.2016.8245), who found gun violence spreading along co-arrest ties
/// with a median of 83 days between linked shootings, here discretized to months with a 12-month
/// window. Persons with no offending career are shot too (a Poisson number proportional to the
/// month's summed hazard, ``backgroundVictimsPerUnitHazard``), so that about 70% of victims fall
/// inside the co-offending network (Papachristos, Wildeman & Roberto 2015,
/// doi:10.1016/j.socscimed.2014.01.056). A share ``fatalShare`` of victimizations is fatal; the
/// person is then deceased and appears in no later record.
///
/// Nothing dated on or after the first day of month m is read to compute hᵢ(m).
extension RegionSimulation {
    /// Relative victimization hazard by age in years.
    static let victimAgeFactor: [Double] = (0...120).map { age in
        switch age {
        case ..<12: 0
        case 12...14: 0.2
        case 15...17: 0.7
        case 18...24: 1.0
        case 25...29: 0.85
        case 30...34: 0.55
        case 35...44: 0.3
        default: 0.12
        }
    }
    /// About 1 in 6 gunshot victims dies (Chicago in the 2010s had ~4,000 shooting victims and
    /// ~650 gun homicides a year).
    static let fatalShare = 0.16
    /// No one is shot with a probability above this in a month (about 45% a year), so that
    /// repeat victimization stays near Chicago's 1.14 episodes per victim (Green et al. 2017).
    static let maximumMonthlyHazard = 0.05
    /// Risk outside the years of one's offending career (before onset, after desistance).
    static let offCareerFactor = 0.2
    /// Risk added per co-offending tie (up to 5): ties index street involvement.
    static let tieFactor = 0.5
    /// Expected victimizations from base risk alone per target arrest row, spread evenly over
    /// the months (contagion adds to it): sets the region's level of violence. Calibrated so that
    /// about 10% of persons are shot over ten years (Chicago's co-offending network: 9,773 of
    /// 138,163 people over 8 years, Green et al. 2017).
    static let baseVictimizationsPerArrestRow = 0.022
    /// Victims without an offending career per unit of the month's summed hazard.
    static let backgroundVictimsPerUnitHazard = 0.09

    /// Simulates and writes the shootings of month `m`.
    /// - Complexity: O(n + v·d) time for n persons, v victims this month and mean degree d;
    ///   no memory beyond the flat per-person arrays.
    mutating func simulateVictimizations(month m: Int, files: RecordFiles) throws(SimulationError) {
        expireRecency(month: m)
        let first = monthFirstDay[m], days = monthFirstDay[m + 1] - first
        let season = violenceSeason(m)
        let beta = config.contagionPerCoOffender, betaGroup = config.contagionPerGroupMate
        monthVictims.removeAll(keepingCapacity: true)

        // Pass 1: base hazards of everyone at risk, and their sum.
        var baseSum = 0.0
        for i in 0..<people.count {
            baseHazard[i] = -1
            guard deathDay[i] == .max, Int(custodyEnd[i]) < first else { continue }
            let ageMonths = m - Int(people.birthMonth[i])
            guard ageMonths >= 144 else { continue }
            let history = 1 + 0.3 * Double(min(violentArrests[i], 3)) + 0.5 * Double(min(gunArrests[i], 3))
                + 0.5 * Double(min(suspectCount[i], 2))
            let street = (people.careerStart[i] <= m && people.careerEnd[i] >= m ? 1 : Self.offCareerFactor)
                * (1 + Self.tieFactor * Double(min(ties.degree[i], 5)))
            let base = Double(people.baseRisk[i]) * Self.victimAgeFactor[min(120, ageMonths / 12)] * history * street
            baseHazard[i] = Float(base)
            baseSum += base
        }
        // The region's level of violence is fixed; records accumulating over the data do not raise it.
        let expected = Self.baseVictimizationsPerArrestRow * Double(config.targetArrestRows) / Double(months)
        let scale = baseSum > 0 ? expected * season / baseSum : 0

        // Pass 2: contagion and the draws.
        var hazardSum = 0.0
        for i in 0..<people.count where baseHazard[i] >= 0 {
            let g = Int(people.group[i])
            let groupExposure = g >= 0 ? Int(groupRecentlyShot[g]) - (wasShotRecently(i, month: m) ? 1 : 0) : 0
            let exposed = Int(exposure[i])
            let hazard = min(Self.maximumMonthlyHazard, Double(baseHazard[i]) * scale
                * (1 + beta * Double(min(exposed, 4)) + betaGroup * Double(min(groupExposure, 4))))
            hazardSum += hazard
            let shot = random.uniform() < hazard
            if Int(firstArrestDay[i]) < first {
                if exposed > 0 {
                    exposedPersonMonths += 1
                    if shot { exposedVictimizations += 1 }
                } else {
                    unexposedPersonMonths += 1
                    if shot { unexposedVictimizations += 1 }
                }
            }
            if shot { monthVictims.append(Int64(first + random.below(days)) << 32 | Int64(i)) }
        }
        let background = random.poisson(mean: Self.backgroundVictimsPerUnitHazard * hazardSum)
        for _ in 0..<background {
            let day = first + random.below(days)
            guard let i = people.addBackgroundPerson(random: &random, dayNumber: day, startYear: config.startYear)
            else { break }
            monthVictims.append(Int64(day) << 32 | Int64(i))
        }
        monthVictims.sort()

        // Measured before this month's shootings change anything.
        for key in monthVictims where everExposed[Int(key & 0xFFFF_FFFF)] { victimizationsWithPriorExposure += 1 }
        let firstNumber = victimizationCount + 1
        var fatal = [Bool]()
        for key in monthVictims {
            let i = Int(key & 0xFFFF_FFFF), day = Int(key >> 32)
            victimizationCount += 1
            let isFatal = random.bernoulli(Self.fatalShare)
            fatal.append(isFatal)
            files.victimizations.identifier(victimizationFormat, victimizationCount)
            files.victimizations.identifier(personFormat, publicID(i))
            files.victimizations.date(day)
            files.victimizations.ascii(isFatal ? Self.shotFatal : Self.shotNonfatal)
            try files.victimizations.endRow()
            if isFatal { fatalCount += 1; deathDay[i] = Int32(day) }
            victims.append(Int32(i))
        }
        for key in monthVictims { spreadExposure(from: Int(key & 0xFFFF_FFFF), month: m) }
        for (k, key) in monthVictims.enumerated() {
            try identifySuspect(victim: Int(key & 0xFFFF_FFFF), fatal: fatal[k], day: Int(key >> 32),
                                number: firstNumber + k, month: m, files: files)
        }
    }

    /// Person `j` was shot in month `m`: their co-offenders and group become exposed for months
    /// `m+1 … m+12` (unless `j` already counted as recently shot).
    private mutating func spreadExposure(from j: Int, month m: Int) {
        let alreadyCounted = wasShotRecently(j, month: m)
        var e = ties.head[j]
        while e >= 0 {
            let k = Int(ties.target[Int(e)])
            if !alreadyCounted { exposure[k] += 1 }
            everExposed[k] = true
            e = ties.next[Int(e)]
        }
        let g = Int(people.group[j])
        if !alreadyCounted && g >= 0 { groupRecentlyShot[g] += 1 }
        lastShotMonth[j] = Int32(m)
        recencyExpiry[m + 13].append(Int32(j))
    }

    /// Ends the 12-month recency of persons last shot in month `m − 13`.
    private mutating func expireRecency(month m: Int) {
        for index in recencyExpiry[m] where Int(lastShotMonth[Int(index)]) + 13 == m {
            let j = Int(index)
            var e = ties.head[j]
            while e >= 0 {
                exposure[Int(ties.target[Int(e)])] -= 1
                e = ties.next[Int(e)]
            }
            let g = Int(people.group[j])
            if g >= 0 { groupRecentlyShot[g] -= 1 }
        }
        recencyExpiry[m] = []
    }
}
