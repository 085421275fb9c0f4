import Testing
@testable import FocusNetGraph

@Suite("DateFormat")
struct DateFormatTests {
    static let march5 = CalendarDay(year: 2021, month: 3, day: 5)!

    @Test("each format reads its own spelling of 5 March 2021", arguments: [
        (DateFormat.iso, "2021-03-05"), (.iso, "2021-3-5"), (.iso, "2021-03-05T10:30:00"), (.iso, "2021-03-05 00:00:00"),
        (.dmy, "05/03/2021"), (.dmy, "5/3/2021"), (.dmy, "05-03-2021"), (.dmy, "05.03.2021"), (.dmy, "05/03/2021 23:59"),
        (.mdy, "03/05/2021"), (.mdy, "3/5/2021"), (.mdy, "03-05-2021"),
        (.ymd, "20210305"), (.iso, "2021-03-05T10:30:00,123"), (.mdy, "03/05/2021 12:00:00 AM"),
        (.excelSerial, "44260"), (.excelSerial, "44260.5"), (.isoTimestamp, "2021-03-05T10:30"),
    ])
    func reads(_ format: DateFormat, _ text: String) {
        #expect(format.parse(text[...]) == Self.march5)
    }

    @Test("impossible or malformed dates are rejected", arguments: [
        (DateFormat.iso, "2021-02-30"), (.iso, "2021-02-29"), (.iso, "2021-13-01"), (.iso, "2021-00-10"),
        (.iso, "2021-04-31"), (.iso, "0000-01-01"), (.iso, "21-03-05"), (.iso, "2021/03/05"), (.iso, ""),
        (.iso, "2021-03"), (.iso, "2021-03-05-01"), (.iso, "2021-0a-05"), (.iso, "２０２１-03-05"),
        (.dmy, "30/02/2021"), (.dmy, "31/04/2021"), (.dmy, "05/13/2021"), (.dmy, "5/3/021"), (.dmy, "005/3/2021"),
        (.mdy, "02/30/2021"), (.mdy, "13/05/2021"),
        (.ymd, "20210230"), (.ymd, "2021035"), (.ymd, "202103055"), (.ymd, "2021-03-05"),
        (.iso, "2021-03-05T25:00"), (.iso, "2021-03-05Tnoon"), (.iso, "2021-03-05 10:30 UTC"), (.iso, "2021-03-05T10:30+25:00"),
        (.isoTimestamp, "2021-03-05"), (.excelSerial, "0"), (.excelSerial, "-1"), (.excelSerial, "2958466"),
        (.excelSerial, "45000."), (.excelSerial, "4.5e4"), (.excelSerial, "60"), (.dmy, "05/03/2021 13:00 PM"),
    ])
    func rejects(_ format: DateFormat, _ text: String) {
        #expect(format.parse(text[...]) == nil)
    }

    @Test("29 February exists only in leap years (2000 yes, 1900 no)")
    func leapDays() {
        #expect(DateFormat.iso.parse("2020-02-29") != nil)
        #expect(DateFormat.iso.parse("2000-02-29") != nil)
        #expect(DateFormat.iso.parse("1900-02-29") == nil)
        #expect(DateFormat.iso.parse("2100-02-29") == nil)
    }

    @Test("two-digit years are refused without a pivot", arguments: ["05/03/21", "05/03/99", "05/03/00"])
    func twoDigitYearsRefused(_ text: String) {
        #expect(DateFormat.dmy.parse(text[...]) == nil)
        #expect(DateFormat.mdy.parse(text[...]) == nil)
    }

    @Test("with a pivot p, yy > p is 19yy and yy ≤ p is 20yy", arguments: [
        ("05/03/21", 30, 2021), ("05/03/30", 30, 2030), ("05/03/31", 30, 1931), ("05/03/99", 30, 1999),
        ("05/03/00", 30, 2000), ("05/03/00", 0, 2000), ("05/03/01", 0, 1901), ("05/03/99", 99, 2099),
    ])
    func twoDigitYearsPivot(_ text: String, _ pivot: Int, _ year: Int) {
        #expect(DateFormat.dmy.parse(text[...], twoDigitYearPivot: pivot) == CalendarDay(year: year, month: 3, day: 5))
    }

    @Test("a pivot does not make a four-digit year two-digit")
    func pivotLeavesFourDigitYears() {
        #expect(DateFormat.dmy.parse("05/03/1931", twoDigitYearPivot: 50) == CalendarDay(year: 1931, month: 3, day: 5))
    }

    @Test("format names decode from the mapping's spelling")
    func names() {
        #expect(DateFormat.allCases.map(\.rawValue) == ["iso", "dmy", "mdy", "ymd", "excel-serial", "iso-timestamp"])
    }
}

@Suite struct DateFormatOverflowTests {
    @Test("a year of 20 digits is rejected, not a trap (found by the record-reader fuzzer)", arguments: DateFormat.allCases)
    func hugeYear(format: DateFormat) {
        #expect(format.parse("01/01/99999999999999999999"[...], twoDigitYearPivot: 30) == nil)
        #expect(format.parse("99999999999999999999-01-01"[...]) == nil)
    }
}
