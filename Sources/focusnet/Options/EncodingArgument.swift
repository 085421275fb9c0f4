import ArgumentParser
import FocusNet

extension TextEncoding: ExpressibleByArgument {
    /// `utf-8`, `windows-1252` or `iso-8859-1` (any case; also `utf8`, `cp1252`, `latin1`, …:
    /// see ``TextEncoding/init(name:)``). Any other value is a usage error (exit 64) naming these.
    public init?(argument: String) { self.init(name: argument) }

    /// The names listed in `--help` and in the error for an unknown value.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
