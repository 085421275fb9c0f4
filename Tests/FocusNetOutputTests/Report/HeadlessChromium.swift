import Foundation
import Testing

/// Debian's `chromium` run headless, for the tests that open the report as a reader would.
///
/// `make test` installs it (TEST_APT_PACKAGES in the Makefile). Where it is missing the browser
/// tests are skipped on a developer's machine, and fail when the environment variable `CI` is
/// set: a CI run must not pass without having opened the page.
enum HeadlessChromium {
    /// `FOCUSNET_CHROMIUM` when set (a path that is not an executable counts as no chromium, to
    /// check the CI rule), else the first of Debian's and Google's paths found.
    static let path: String? = {
        let candidates = ProcessInfo.processInfo.environment["FOCUSNET_CHROMIUM"].map { [$0] }
            ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let isCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false

    /// Run the test: chromium is here, or this is CI (where its absence fails the test).
    static let runs = path != nil || isCI

    /// The path, or an issue recorded when chromium is missing (only reached in CI).
    static func require(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if path == nil { Issue.record("chromium is not installed; CI must install Debian's chromium (make test does)", sourceLocation: sourceLocation) }
        return path
    }

    /// Runs chromium headless with `arguments` then `url`, at most `timeout` seconds; returns stdout.
    /// No sandbox (CI runs as root), no GPU, and a host-resolver rule that resolves no name, so
    /// that even a request the page's policy failed to block could reach nothing.
    static func run(_ chromium: String, _ arguments: [String], url: String, timeout: TimeInterval = 20) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--disable-extensions", "--disable-background-networking", "--disable-sync",
                             "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)"] + arguments + [url]
        // Output to a file, not a pipe: chromium's helper processes inherit the descriptor, and a
        // read to end of a pipe would wait for them too — past any timeout.
        let outFile = profile.appendingPathExtension("out")
        FileManager.default.createFile(atPath: outFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outFile) }
        let out = try FileHandle(forWritingTo: outFile)
        defer { try? out.close() }
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        let data = (try? Data(contentsOf: outFile)) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
