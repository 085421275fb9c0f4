import Foundation
import FocusNet
import Testing
@testable import focusnet

/// `--date-format`, `--map column=header:format` and `--timezone`, with the exit statuses of the stops.
@Suite struct DateOptionsTests {
    static func validate(_ arrests: String, _ flags: [String] = []) throws -> Int32 {
        let data = try ValidateCommandTests.dir(["arrests.csv": arrests])
        return RankCommandTests.run(["validate", "--data", data.path, "--data-end", "2024-12-31",
                                     "--out", RankCommandTests.temporaryDirectory().path] + flags)
    }

    static let spanish = "arrest_id,person_id,fecha\nA1,P1,05/03/2021\nA2,P2,06/03/2021\n"
    static let ambiguous = "arrest_id,person_id,arrest_date\nA1,P1,03/05/2021\n"
    static let offsets = "arrest_id,person_id,arrest_date\nA1,P1,2024-03-10T05:30:00Z\n"

    @Test("a declared format reads a column that is ambiguous undeclared: exit 0")
    func declared() throws {
        #expect(try Self.validate(Self.spanish, ["--map", "arrest_date=fecha:dmy"]) == 0)
        #expect(try Self.validate(Self.spanish, ["--map", "arrest_date=fecha", "--date-format", "arrests=dmy"]) == 0)
        #expect(try Self.validate(Self.spanish, ["--map", "arrest_date=fecha", "--date-format", "dmy"]) == 0)
    }

    @Test("ambiguous or mixed day/month columns stop with exit 64")
    func stops() throws {
        #expect(try Self.validate(Self.spanish, ["--map", "arrest_date=fecha"]) == 64)
        #expect(try Self.validate(Self.ambiguous) == 64)
        #expect(try Self.validate("arrest_id,person_id,arrest_date\nA1,P1,25/03/2021\nA2,P2,03/25/2021\n") == 64)
    }

    @Test("the stop names the flag to add in full, however long the path")
    func wholeFlag() throws {
        let folder = RankCommandTests.temporaryDirectory().appendingPathComponent(String(repeating: "carpeta-larga/", count: 8))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("arrests.csv")
        try "arrest_id,person_id,arrest_date\nA1,P1,25/03/2021\nA2,P2,03/25/2021\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try HelpTests.run(["validate", "--arrests", file.path, "--data-end", "2024-12-31",
                                        "--out", RankCommandTests.temporaryDirectory().path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--date-format arrests=dmy or --date-format arrests=mdy"), "\(result.stderr)")
    }

    @Test("offsets without --timezone exit 64; an unknown zone exits 64; a known one reads them",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo"),
                   "needs the system's time-zone database (/usr/share/zoneinfo, Debian tzdata)"))
    func timeZones() throws {
        #expect(try Self.validate(Self.offsets) == 64)
        #expect(try Self.validate(Self.offsets, ["--timezone", "America/Mexico_Cty"]) == 64)
        #expect(try Self.validate(Self.offsets, ["--timezone", "America/Mexico_City"]) == 0)
    }

    @Test("an unknown format in --date-format or --map, a format for an input without dates, an Etc/ zone: exit 64")
    func unknownFormat() throws {
        #expect(try Self.validate(Self.ambiguous, ["--date-format", "dd/mm/yyyy"]) == 64)
        #expect(try Self.validate(Self.ambiguous, ["--map", "arrest_date=arrest_date:dym"]) == 64)
        #expect(try Self.validate(Self.ambiguous, ["--date-format", "aliases=dmy"]) == 64, "aliases have no date column")
        #expect(try Self.validate(Self.offsets, ["--timezone", "Etc/GMT+6"]) == 64, "a fixed offset ignores daylight saving")
    }

    @Test("a date flag written day/month/year is refused (64) with its ISO spelling; an ambiguous one with both readings")
    func flagHint() throws {
        let out = RankCommandTests.temporaryDirectory().path
        let one = try HelpTests.run(["rank", "--data", "Examples/data", "--as-of", "30/06/2023", "--out", out])
        #expect(one.status == 64)
        #expect(one.stderr.contains("write 2023-06-30"), "\(one.stderr)")
        let both = try HelpTests.run(["backtest", "--data", "Examples/data", "--from", "03/05/2021", "--to", "2022-06-30",
                                      "--every", "6mo", "--out", out])
        #expect(both.status == 64)
        #expect(both.stderr.contains("write 2021-05-03 or 2021-03-05"), "\(both.stderr)")
        #expect(try CalendarDay.flag("2023-06-30") == CalendarDay(year: 2023, month: 6, day: 30))
    }
}
