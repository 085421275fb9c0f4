import Testing
@testable import FocusNetGraph

/// Excel's 1900 date system. Expected dates computed independently with Python 3's `datetime`:
/// `date(1899, 12, 31) + timedelta(n)` for n < 60 and `date(1899, 12, 30) + timedelta(n)` for n > 60
/// (e.g. `date(1899, 12, 30) + timedelta(45000)` = 2023-03-15).
@Suite("DateFormat.excelSerial")
struct ExcelSerialTests {
    @Test("serials on either side of Excel's fictitious 1900-02-29", arguments: [
        ("1", 1900, 1, 1), ("59", 1900, 2, 28), ("61", 1900, 3, 1), ("45000", 2023, 3, 15),
        ("45000.75", 2023, 3, 15), ("2958465", 9999, 12, 31),
    ])
    func serials(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
        #expect(DateFormat.excelSerial.parse(text[...]) == CalendarDay(year: year, month: month, day: day))
    }

    @Test("serial 60 is the 1900-02-29 that never was: rejected, and recognized for the reason")
    func fictitiousLeapDay() {
        #expect(DateFormat.excelSerial.parse("60") == nil)
        var sixty = "60.5"
        #expect(sixty.withUTF8 { DateFormat.isExcelFictitiousLeapDay(utf8: $0) })
        var sixtyOne = "61"
        #expect(!sixtyOne.withUTF8 { DateFormat.isExcelFictitiousLeapDay(utf8: $0) })
    }
}
