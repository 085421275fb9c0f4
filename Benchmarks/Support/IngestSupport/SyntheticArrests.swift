import Foundation

/// A deterministic synthetic arrests file shaped like an agency export.
///
/// Shape, for `rows` data rows: arrests of 1–5 people (uniform, so ~3 rows per arrest);
/// a pool of `0.33 × rows` people, three quarters of the picks uniform over the pool and one
/// quarter from a "frequent" twentieth of it (distinct people ≈ 0.3 × rows); ISO dates
/// 2015-01-01…2023-12-31; offense categories violent 15 %, weapons 10 %, narcotics 30 %,
/// property 30 %, other 15 % (5 % written in capitals, to be case-folded); `gun_involved`
/// 0/1 or blank; a `charge` (some quoted, with a comma) and an `area` that the reader skips.
/// Noise, as in real exports: 0.2 % exact duplicate rows, 0.05 % impossible dates and
/// 0.05 % blank person identifiers (both rejected).
///
/// Same `rows` and `seed`, same bytes, on every machine.
public struct SyntheticArrests: Sendable {
    public static let header = "arrest_id,person_id,arrest_date,offense_category,gun_involved,charge,area"
    /// Bump when the generator's output changes, so cached files are not reused.
    public static let version = 1

    public let rows: Int
    public let seed: UInt64

    public init(rows: Int, seed: UInt64 = 20_261_129) {
        precondition(rows > 0, "rows must be positive")
        self.rows = rows
        self.seed = seed
    }

    /// What was written.
    public struct Summary: Sendable, CustomStringConvertible {
        public var rows = 0
        public var arrests = 0
        public var distinctPersons = 0
        public var bytes = 0

        public var description: String {
            "\(rows) rows, \(arrests) arrests, \(distinctPersons) distinct persons, \(bytes) bytes"
        }
    }

    /// The file for these parameters in `directory` (default: `$FOCUSNET_BENCH_DATA`, else
    /// `<tmp>/focusnet-bench`), written on first use and reused after.
    public func cachedFile(in directory: URL? = nil) throws -> URL {
        let directory = directory ?? SyntheticArrests.defaultDirectory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("arrests-\(rows)-s\(seed)-v\(SyntheticArrests.version).csv")
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let partial = directory.appendingPathComponent(url.lastPathComponent + ".partial-\(getpid())")
        try write(to: partial)
        guard rename(partial.path, url.path) == 0 else {        // atomic: concurrent runs never see half a file
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return url
    }

    public static var defaultDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["FOCUSNET_BENCH_DATA"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-bench")
    }

    /// Writes the file (header and `rows` data rows, LF line ends).
    @discardableResult
    public func write(to url: URL) throws -> Summary {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { try? handle.close() }

        var random = SplitMix64(seed: seed)
        let pool = max(1, rows * 33 / 100)
        let frequent = max(1, pool / 20)
        var seen = [Bool](repeating: false, count: pool)
        var summary = Summary()
        var out: [UInt8] = []
        out.reserveCapacity(1 << 22)
        out.append(contentsOf: SyntheticArrests.header.utf8)
        out.append(0x0A)
        var previous: [UInt8] = []
        var people: [Int] = []

        while summary.rows < rows {
            let arrest = summary.arrests
            summary.arrests += 1
            let size = Int(random.next() % 5) + 1
            let day = Int(random.next() % UInt64(SyntheticArrests.dayCount))
            let category = SyntheticArrests.category(random.next() % 100)
            let gunRoll = random.next() % 100
            let charge = SyntheticArrests.charges[category][Int(random.next() % 3)]
            let area = Int(random.next() % 25) + 1
            people.removeAll(keepingCapacity: true)
            while people.count < size {
                let pick = random.next() % 4 == 0 ? Int(random.next() % UInt64(frequent)) : Int(random.next() % UInt64(pool))
                if !people.contains(pick) { people.append(pick) }
            }
            for person in people where summary.rows < rows {
                let noise = random.next() % 10_000
                if noise < 20, !previous.isEmpty {                   // exact duplicate of the row before
                    out.append(contentsOf: previous)
                    summary.rows += 1
                    continue
                }
                let start = out.count
                out.append(UInt8(ascii: "A"))
                appendDigits(arrest, width: 9, to: &out)
                out.append(0x2C)
                if noise < 25 {
                    // blank person identifier: rejected
                } else {
                    out.append(UInt8(ascii: "P"))
                    appendDigits(SyntheticArrests.scramble(person), width: 8, to: &out)
                    seen[person] = true
                }
                out.append(0x2C)
                if noise >= 25, noise < 30 {
                    out.append(contentsOf: "2021-02-30".utf8)       // impossible date: rejected
                } else {
                    appendDate(day, to: &out)
                }
                out.append(0x2C)
                let name = SyntheticArrests.categories[category]
                out.append(contentsOf: (random.next() % 20 == 0 ? name.uppercased() : name).utf8)
                out.append(0x2C)
                let armed = category <= 1 ? gunRoll < 40 : gunRoll < 3
                if gunRoll % 10 != 9 { out.append(armed ? UInt8(ascii: "1") : UInt8(ascii: "0")) }
                out.append(0x2C)
                out.append(contentsOf: charge.utf8)
                out.append(contentsOf: ",D".utf8)
                appendDigits(area, width: 2, to: &out)
                out.append(0x0A)
                previous = Array(out[start...])
                summary.rows += 1
            }
            if out.count >= 1 << 22 {
                try handle.write(contentsOf: out)
                summary.bytes += out.count
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
        summary.bytes += out.count
        summary.distinctPersons = seen.reduce(0) { $0 + ($1 ? 1 : 0) }
        return summary
    }

    // MARK: - Tables

    static let categories = ["violent", "weapons", "narcotics", "property", "other"]
    static let charges = [
        ["AGG BATTERY", "ROBBERY ARMED", "\"ASSAULT, AGGRAVATED\""],
        ["UNLAWFUL USE OF WEAPON", "\"POSSESSION, FIREARM\"", "RECKLESS DISCHARGE"],
        ["\"POSSESSION, CONTROLLED SUBSTANCE\"", "MANUFACTURE/DELIVER", "POSSESSION CANNABIS"],
        ["BURGLARY", "THEFT", "\"DAMAGE TO PROPERTY, CRIMINAL\""],
        ["TRESPASS", "DISORDERLY CONDUCT", "RESISTING ARREST"],
    ]

    static func category(_ percent: UInt64) -> Int {
        switch percent {
        case ..<15: 0
        case ..<25: 1
        case ..<55: 2
        case ..<85: 3
        default: 4
        }
    }

    /// A bijection of 0..<10⁸ (odd multiplier coprime to 10), so identifier order ≠ index order.
    static func scramble(_ index: Int) -> Int { (index &* 2_654_435_761) % 100_000_000 }

    /// 2015-01-01 … 2023-12-31.
    static let firstDay = daysFromCivil(2015, 1, 1)
    static let dayCount = daysFromCivil(2024, 1, 1) - firstDay

    /// Hinnant's days_from_civil.
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// Hinnant's civil_from_days.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private func appendDate(_ offset: Int, to out: inout [UInt8]) {
        let (y, m, d) = SyntheticArrests.civil(SyntheticArrests.firstDay + offset)
        appendDigits(y, width: 4, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(m, width: 2, to: &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(d, width: 2, to: &out)
    }

    private func appendDigits(_ value: Int, width: Int, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var v = value
            for i in stride(from: width - 1, through: 0, by: -1) {
                buffer[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            out.append(contentsOf: buffer[0..<width])
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and the same on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
