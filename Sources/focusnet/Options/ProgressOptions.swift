import ArgumentParser

/// How much a long run says while it works (`--quiet`, `--progress`).
struct ProgressOptions: ParsableArguments {
    /// Where stage lines go: `auto` shows them on a terminal only; `plain` writes them always,
    /// one line per stage with its elapsed time, for the log of a scheduled run.
    enum Mode: String, CaseIterable, ExpressibleByArgument {
        case auto, plain
    }

    @Flag(name: .long, help: "Print no progress lines.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(
        "Stage lines: auto (on a terminal only) or plain (always, one line per stage, e.g. for the log of a scheduled run).",
        valueName: "mode"))
    var progress: Mode = .auto

    func reporter() -> Progress { Progress(quiet: quiet, stagesAlways: progress == .plain) }
}
