import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

/// Renders the report in headless Chromium (Debian `chromium`) to a PNG, as a reader's browser
/// would. Runs where chromium is (``HeadlessChromium``: skipped elsewhere, failing in CI); set
/// FOCUSNET_REPORT_PNG to a path to keep the picture for looking at.
@Suite struct HTMLRenderTests {
    @Test("the report renders in headless Chromium to a full-width PNG", .enabled(if: HeadlessChromium.runs))
    func render() throws {
        guard let chromium = HeadlessChromium.require() else { return }
        let dir = ReportFixtures.temporaryDirectory("render")
        let html = dir.appendingPathComponent("report.html")
        try HTMLReport(folder: ReportFixtures.rankFolder(top: 12), backtest: ReportFixtures.backtestFolder()).write(to: html)
        let png = ProcessInfo.processInfo.environment["FOCUSNET_REPORT_PNG"].map { URL(fileURLWithPath: $0) }
            ?? dir.appendingPathComponent("report.png")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,9000",
                             "--screenshot=\(png.path)", html.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let data = try Data(contentsOf: png)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        // IHDR: width and height, big-endian, at bytes 16…23.
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 9000)
        #expect(data.count > 100_000, "a page with content, not a blank screenshot")
    }
}
