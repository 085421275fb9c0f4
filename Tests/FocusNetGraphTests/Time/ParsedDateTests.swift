import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ParsedDate")
struct ParsedDateTests {
    static let zoneDatabase = FileManager.default.fileExists(atPath: "/usr/share/zoneinfo")

    static func read(_ format: DateFormat, _ text: String) -> ParsedDate? {
        var text = text
        return text.withUTF8 { format.read(utf8: $0) }
    }

    @Test("offsets Z, ±hh:mm, ±hhmm and ±hh are read as seconds east of UTC", arguments: [
        ("2024-03-10T05:30:00Z", 0), ("2024-03-10T05:30:00-06:00", -21_600), ("2024-03-10T05:30+0530", 19_800),
        ("2024-03-10 05:30:00.250-06", -21_600),
    ])
    func offsets(_ text: String, _ offset: Int) {
        let parsed = Self.read(.isoTimestamp, text)
        #expect(parsed?.offsetSeconds == offset)
        #expect(parsed?.secondsOfDay == 5 * 3600 + 30 * 60)
        #expect(parsed?.day == CalendarDay(year: 2024, month: 3, day: 10))
    }

    @Test("offsets run from −12:00 (Baker Island) to +14:00 (Kiribati); a larger one is not read, as it would move the date",
          arguments: [("-12:00", true), ("+14:00", true), ("+1345", true), ("-12:30", false), ("+14:30", false),
                      ("-16", false), ("+18:00", false)])
    func offsetRange(_ offset: String, _ read: Bool) {
        #expect((Self.read(.isoTimestamp, "2024-03-10T05:30" + offset) != nil) == read)
    }

    @Test("without an offset the written date is the local date, whatever the zone")
    func noOffset() {
        let parsed = Self.read(.iso, "2024-03-10T23:30:00")
        #expect(parsed?.offsetSeconds == nil)
        #expect(parsed?.localDay(in: nil) == CalendarDay(year: 2024, month: 3, day: 10))
        #expect(parsed?.localDay(in: TimeZone(identifier: "UTC")) == CalendarDay(year: 2024, month: 3, day: 10))
    }

    @Test("with an offset and no zone the date is unknown; parse(_:) refuses it")
    func offsetWithoutZone() {
        #expect(Self.read(.iso, "2024-03-10T05:30:00Z")?.localDay(in: nil) == nil)
        #expect(DateFormat.iso.parse("2024-03-10T05:30:00Z") == nil)
    }

    /// America/Mexico_City is UTC−6 all year since 2022 (no daylight saving): 05:30 UTC on
    /// 10 March is 23:30 on 9 March there; 05:30 at −06:00 is already local.
    @Test("offsets are dated in the zone: 2024-03-10T05:30Z is 9 March in Mexico City",
          .enabled(if: zoneDatabase, "needs the system's time-zone database (/usr/share/zoneinfo, Debian tzdata)"))
    func mexicoCity() throws {
        let zone = try #require(TimeZone(identifier: "America/Mexico_City"))
        #expect(Self.read(.iso, "2024-03-10T05:30:00Z")?.localDay(in: zone) == CalendarDay(year: 2024, month: 3, day: 9))
        #expect(Self.read(.iso, "2024-03-10T05:30:00-06:00")?.localDay(in: zone) == CalendarDay(year: 2024, month: 3, day: 10))
        #expect(Self.read(.iso, "2024-03-10T06:00:00Z")?.localDay(in: zone) == CalendarDay(year: 2024, month: 3, day: 10))
    }

    @Test("a 12-hour clock: 12:00 AM is midnight, 12:30 PM is 12:30")
    func twelveHourClock() {
        #expect(Self.read(.mdy, "03/05/2021 12:00:00 AM")?.secondsOfDay == 0)
        #expect(Self.read(.mdy, "03/05/2021 12:30 PM")?.secondsOfDay == 12 * 3600 + 30 * 60)
        #expect(Self.read(.mdy, "03/05/2021 1:00 pm")?.secondsOfDay == 13 * 3600)
    }
}
