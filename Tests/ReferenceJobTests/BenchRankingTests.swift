import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetReferenceJob

/// The reference job (`focusnet-reference-job`) against the peer pipeline itself, on a hand-made data set that
/// exercises every convention of the job (../shared/bench/README.md, "The job"):
///
/// - arrest A06 is dated on D (not read: P08 is no node); A05 the day before (read);
/// - A01 lists P01 twice (one distinct arrest); A08 is a 12-person mass event (kept, weight 1);
/// - group G2's P15 is first seen on D (not a member); P28's G4 row has a blank first_seen
///   (not a member, so not a node); G3 has one member (no ties; P26 a group-only isolate);
/// - victims: P03 shot exactly 18 months before D (counted: the window's start is closed),
///   P05 one day earlier (not counted), P07 fatally in the window (counted for exposure,
///   dropped from the ranking), P02 fatally on D (not read: stays ranked), P13 fatally years
///   before (dropped from the ranking, no exposure), P30 not a node (ignored).
///
/// Expected values: `peer_igraph.py` (python-igraph 1.0.0, polars 2.1.0, NumPy 2.4.6) run on
/// exactly these four files, written out by this test's `write(to:)`:
///
///     python peer_igraph.py --data DIR --as-of 2024-01-01 --top 0 --out exact.csv
///     python peer_igraph.py --data DIR --as-of 2024-01-01 --top 0 --bc-exact-max 5 --bc-samples 8 \\
///         --out sampled.csv
///
/// and copied column by column (the `sampled` column is the second run's betweenness: 8 sources
/// drawn by NumPy's `default_rng(42).choice(26, 8, replace=False)`, scaled by 26/8).
@Suite struct BenchRankingTests {
    static let asOf = CalendarDay(year: 2024, month: 1, day: 1)!

    static let persons = "person_id,birth_date\nP01,1995-01-01\nP02,1995-01-01\nP03,1995-01-01\nP04,1995-01-01\nP05,1995-01-01\nP06,1995-01-01\nP07,1995-01-01\nP08,1995-01-01\nP09,1995-01-01\nP10,1995-01-01\nP11,1995-01-01\nP12,1995-01-01\nP13,1995-01-01\nP14,1995-01-01\nP15,1995-01-01\nP16,1995-01-01\nP17,1995-01-01\nP18,1995-01-01\nP19,1995-01-01\nP20,1995-01-01\nP21,1995-01-01\nP22,1995-01-01\nP23,1995-01-01\nP24,1995-01-01\nP25,1995-01-01\nP26,1995-01-01\nP27,1995-01-01\nP28,1995-01-01\nP29,1995-01-01\nP30,1995-01-01\n"

    static let arrests = """
arrest_id,person_id,arrest_date,offense_category,gun_involved
A01,P01,2020-05-01,violent,0
A01,P02,2020-05-01,violent,0
A01,P03,2020-05-01,violent,0
A01,P01,2020-05-01,violent,0
A02,P01,2021-03-01,narcotics,1
A02,P02,2021-03-01,narcotics,1
A03,P03,2022-01-01,property,0
A03,P04,2022-01-01,property,0
A04,P04,2023-06-01,weapons,0
A04,P05,2023-06-01,weapons,0
A04,P06,2023-06-01,weapons,0
A05,P06,2023-12-31,violent,0
A05,P07,2023-12-31,violent,0
A06,P07,2024-01-01,violent,1
A06,P08,2024-01-01,violent,1
A07,P09,2019-01-01,violent,0
A08,P05,2018-06-01,other,0
A08,P10,2018-06-01,other,0
A08,P11,2018-06-01,other,0
A08,P12,2018-06-01,other,0
A08,P13,2018-06-01,other,0
A08,P14,2018-06-01,other,0
A08,P15,2018-06-01,other,0
A08,P16,2018-06-01,other,0
A08,P17,2018-06-01,other,0
A08,P18,2018-06-01,other,0
A08,P19,2018-06-01,other,0
A08,P20,2018-06-01,other,0
A09,P10,2019-02-02,narcotics,0
A09,P11,2019-02-02,narcotics,0
A10,P21,2020-01-01,other,0
A10,P22,2020-01-01,other,0
A11,P23,2020-01-01,other,0
A11,P24,2020-01-01,other,0
"""

    static let memberships = """
person_id,group_id,first_seen,last_seen,source
P01,G1,2020-01-01,2023-01-01,gang_database
P04,G1,2020-01-01,2023-01-01,gang_database
P25,G1,2020-01-01,2023-01-01,gang_database
P12,G2,2021-01-01,2023-01-01,field_interview
P13,G2,2021-01-01,2023-01-01,field_interview
P14,G2,2021-01-01,2023-01-01,field_interview
P15,G2,2024-01-01,2024-01-01,field_interview
P26,G3,2020-01-01,2020-01-01,gang_database
P21,G4,2022-05-05,2022-05-05,gang_database
P27,G4,2022-05-05,2022-05-05,gang_database
P28,G4,,2022-05-05,gang_database
"""

    static let victimizations = """
incident_id,person_id,date,type
V01,P03,2022-07-01,shot_nonfatal
V02,P05,2022-06-30,shot_nonfatal
V03,P07,2023-11-01,shot_fatal
V04,P11,2023-12-31,shot_nonfatal
V05,P02,2024-01-01,shot_fatal
V06,P30,2023-01-01,shot_nonfatal
V07,P13,2020-01-01,shot_fatal
"""

    /// (person, rank, score, strength, pagerank, betweenness exact, betweenness sampled,
    ///  exposure, violent_gun_arrests, degree, eigenvector, coreness) in the peer's row order.
    static let expected: [(String, Int, Double, Double, Double, Double, Double, Double, Int, Int, Double, Int)] = [
        ("P05", 1, 0.875, 13.0, 0.060804486261701415, 77.0, 81.25, 2.0, 0, 13, 0.9342109443100727, 11),
        ("P01", 2, 0.7916666666666666, 4.0, 0.04789441610031259, 9.0, 17.875, 1.0, 2, 4, 0.005167992905984938, 2),
        ("P06", 3, 0.6833333333333333, 3.0, 0.03172428006596224, 17.0, 9.75, 2.0, 1, 3, 0.09017192071956873, 2),
        ("P04", 4, 0.6458333333333334, 4.0, 0.04088745842718168, 56.5, 72.3125, 2.0, 0, 5, 0.09059807667255378, 2),
        ("P10", 5, 0.6375, 12.0, 0.0471030332751165, 0.0, 0.0, 1.0, 0, 11, 0.9999999999999992, 11),
        ("P12", 6, 0.6375, 12.0, 0.04710303327511651, 0.0, 0.0, 1.0, 0, 11, 0.9999999999999997, 11),
        ("P14", 7, 0.6375, 12.0, 0.047103033275116495, 0.0, 0.0, 1.0, 0, 11, 0.9999999999999991, 11),
        ("P02", 8, 0.5583333333333333, 3.0, 0.03655706628083091, 0.0, 0.0, 1.0, 2, 2, 0.0016452271228937724, 2),
        ("P15", 9, 0.5541666666666666, 11.0, 0.04372433468576216, 0.0, 0.0, 1.0, 0, 11, 0.919694035276419, 11),
        ("P16", 10, 0.5541666666666666, 11.0, 0.04372433468576216, 0.0, 0.0, 1.0, 0, 11, 0.9196940352764196, 11),
        ("P17", 11, 0.5541666666666666, 11.0, 0.04372433468576217, 0.0, 0.0, 1.0, 0, 11, 0.9196940352764192, 11),
        ("P18", 12, 0.5541666666666666, 11.0, 0.04372433468576216, 0.0, 0.0, 1.0, 0, 11, 0.91969403527642, 11),
        ("P19", 13, 0.5541666666666666, 11.0, 0.04372433468576216, 0.0, 0.0, 1.0, 0, 11, 0.9196940352764192, 11),
        ("P20", 14, 0.5541666666666666, 11.0, 0.04372433468576217, 0.0, 0.0, 1.0, 0, 11, 0.9196940352764195, 11),
        ("P11", 15, 0.5458333333333333, 12.0, 0.04710303327511651, 0.0, 0.0, 0.0, 0, 11, 0.9999999999999992, 11),
        ("P21", 16, 0.5416666666666666, 2.0, 0.06006006006006003, 1.0, 1.625, 0.0, 0, 2, 0.0, 1),
        ("P03", 17, 0.525, 3.0, 0.03539682328950079, 7.5, 15.4375, 0.0, 1, 3, 0.00850577241618434, 2),
        ("P23", 18, 0.3333333333333333, 1.0, 0.041152263374485576, 0.0, 0.0, 0.0, 0, 1, 0.0, 1),
        ("P24", 19, 0.3333333333333333, 1.0, 0.041152263374485576, 0.0, 0.0, 0.0, 0, 1, 0.0, 1),
        ("P09", 20, 0.3208333333333333, 0.0, 0.006172839506172838, 0.0, 0.0, 0.0, 1, 0, 0.0, 0),
        ("P25", 21, 0.3125, 1.0, 0.015605913674719106, 0.0, 0.0, 0.5, 0, 2, 0.004181057128949743, 2),
        ("P22", 22, 0.2833333333333333, 1.0, 0.031698365031698345, 0.0, 0.0, 0.0, 0, 1, 0.0, 1),
        ("P27", 23, 0.2833333333333333, 1.0, 0.031698365031698345, 0.0, 0.0, 0.0, 0, 1, 0.0, 1),
        ("P26", 24, 0.22916666666666663, 0.0, 0.006172839506172838, 0.0, 0.0, 0.0, 0, 0, 0.0, 0),
    ]

    static func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in [("persons", persons), ("arrests", arrests), ("memberships", memberships),
                             ("victimizations", victimizations)] {
            try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).csv"))
        }
    }

    static func run(_ job: BenchJob) throws -> (BenchRanking, RecordSet) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(to: directory)
        let records = try RecordSet.read(InputSources(directory: directory), dataEnd: asOf.adding(days: 365))
        return (BenchRanking(records: records, job: job), records)
    }

    @Test("every column and the row order equal the peer's (exact betweenness)")
    func exact() throws {
        let (ranking, records) = try Self.run(BenchJob(asOf: Self.asOf))
        #expect(ranking.persons.count == 26)
        #expect(ranking.ranked.count == 24)
        #expect(ranking.largestComponent == 19)
        #expect(ranking.recentVictims == 3)
        #expect(ranking.order.count == Self.expected.count)
        for (position, row) in Self.expected.enumerated() {
            let i = ranking.order[position], v = ranking.ranked[i]
            #expect(records.personIDs[Int(ranking.persons[v])] == row.0, "row \(position + 1)")
            // Sums of rationals and counts: equal up to summation order (1e-12).
            #expect(abs(ranking.score[i] - row.2) < 1e-12, "\(row.0) score")
            #expect(abs(ranking.strength[v] - row.3) < 1e-12, "\(row.0) strength")
            #expect(abs(ranking.betweenness[v] - row.5) < 1e-9, "\(row.0) betweenness")
            #expect(abs(ranking.exposure[v] - row.7) < 1e-12, "\(row.0) exposure")
            #expect(ranking.violentGunArrests[v] == row.8, "\(row.0) violent/gun")
            #expect(ranking.degree[v] == row.9, "\(row.0) degree")
            #expect(ranking.coreness[v] == row.11, "\(row.0) coreness")
            // Iterative solvers (PRPACK, ARPACK there; power iteration, Lanczos here): 1e-9.
            #expect(abs(ranking.pageRank[v] - row.4) < 1e-9, "\(row.0) pagerank")
            #expect(abs(ranking.eigenvector[v] - row.10) < 1e-9, "\(row.0) eigenvector")
        }
    }

    @Test("sampled betweenness uses NumPy's own sources: the peer's estimate to 1e-9")
    func sampled() throws {
        let (ranking, records) = try Self.run(BenchJob(asOf: Self.asOf, exactBetweennessMax: 5, betweennessSamples: 8))
        #expect(ranking.betweennessMode.hasPrefix("sampled_sources_k=8"))
        for row in Self.expected {
            let v = ranking.persons.firstIndex { records.personIDs[Int($0)] == row.0 }!
            #expect(abs(ranking.betweenness[v] - row.6) < 1e-9, "\(row.0)")
        }
    }

    @Test("the CSV has the peers' columns, in order, and everyone with --top 0")
    func csv() throws {
        let (ranking, records) = try Self.run(BenchJob(asOf: Self.asOf))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-bench-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try ranking.writeCSV(to: url, personIDs: records.personIDs, top: 0)
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "rank,person_id,score,strength,pagerank,betweenness,exposure,violent_gun_arrests,degree,eigenvector,coreness,pct_strength,pct_pagerank,pct_betweenness,pct_exposure,pct_violent_gun")
        #expect(lines.count == 25)
        #expect(lines[1].hasPrefix("1,P05,0.875,13.0,"))
        try ranking.writeCSV(to: url, personIDs: records.personIDs, top: 3)
        #expect(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").count == 4)
    }

    /// Bit-for-bit NumPy 2.4.6 (`sig` in peer_igraph.py): equal doubles, not merely close ones,
    /// because the rounded values decide which persons tie.
    @Test("NumPy-style rounding to 6 significant digits; average percentile ranks")
    func rounding() {
        #expect(BenchJob.significant(0.0471030332751165) == 0.047103000000000006)
        #expect(BenchJob.significant(123.4567891) == 123.457)
        #expect(BenchJob.significant(2.5e-7) == 2.5e-7)
        #expect(BenchJob.significant(0.04710303327511651) == BenchJob.significant(0.047103033275116495))
        #expect(BenchJob.significant(0) == 0)
        #expect(BenchJob.percentileRanks([3, 1, 3, 2]) == [0.875, 0.25, 0.875, 0.5])
    }
}
