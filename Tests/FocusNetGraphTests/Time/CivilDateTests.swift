import Testing
@testable import FocusNetGraph

@Suite struct CivilDateTests {
    // Day numbers checked against `date -u -d YYYY-MM-DD +%s` / 86400 (GNU coreutils 9.1).
    @Test(arguments: [
        (1970, 1, 1, 0), (2000, 3, 1, 11_017), (2018, 1, 1, 17_532), (2020, 2, 29, 18_321),
        (2023, 12, 31, 19_722), (1969, 12, 31, -1), (1900, 3, 1, -25_508),
    ])
    func knownDays(_ year: Int, _ month: Int, _ day: Int, _ number: Int) {
        #expect(CivilDate.day(year: year, month: month, day: day) == number)
        #expect(CivilDate.civil(number) == (year, month, day))
    }

    @Test func roundTripsEveryDayOfTwoCenturies() {
        var previous: (Int, Int, Int)? = nil
        for number in CivilDate.day(year: 1900, month: 1, day: 1)...CivilDate.day(year: 2100, month: 12, day: 31) {
            let (y, m, d) = CivilDate.civil(number)
            #expect(CivilDate.day(year: y, month: m, day: d) == number)
            if let previous { #expect(previous < (y, m, d)) }
            previous = (y, m, d)
        }
    }

    @Test func isoFormat() {
        #expect(CivilDate.iso(CivilDate.day(year: 2018, month: 1, day: 5)) == "2018-01-05")
        #expect(CivilDate.iso(CivilDate.day(year: 987, month: 11, day: 30)) == "0987-11-30")
    }

    @Test func wholeYearsCountBirthdays() {
        let leapBirth = CivilDate.day(year: 2000, month: 2, day: 29)
        #expect(CivilDate.wholeYears(from: leapBirth, to: CivilDate.day(year: 2001, month: 2, day: 28)) == 0)
        #expect(CivilDate.wholeYears(from: leapBirth, to: CivilDate.day(year: 2001, month: 3, day: 1)) == 1)
        #expect(CivilDate.wholeYears(from: leapBirth, to: CivilDate.day(year: 2004, month: 2, day: 29)) == 4)
        #expect(CivilDate.wholeYears(from: leapBirth, to: leapBirth) == 0)
    }

    @Test func monthStarts() {
        #expect(CivilDate.iso(CivilDate.firstDay(ofMonth: 0, startYear: 2018)) == "2018-01-01")
        #expect(CivilDate.iso(CivilDate.firstDay(ofMonth: 13, startYear: 2018)) == "2019-02-01")
        #expect(CivilDate.iso(CivilDate.firstDay(ofMonth: 72, startYear: 2018)) == "2024-01-01")
        #expect(CivilDate.iso(CivilDate.firstDay(ofMonth: -1, startYear: 2018)) == "2017-12-01")
    }
}
