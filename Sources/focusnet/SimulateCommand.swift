import ArgumentParser
import FocusNet
import Foundation

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Generate a synthetic region of invented people, with known network contagion, as CSV records.",
        discussion: """
            Writes persons.csv, arrests.csv, memberships.csv, victimizations.csv, shootings.csv, \
            custody.csv and population.csv into --out, in the canonical formats that --data reads. \
            Gunshot victimizations come from a month-by-month contagion along co-offending ties \
            (Green, Horel & Papachristos 2017), so network exposure really predicts being shot. \
            The same scale and seed always give byte-identical files. No record describes a real person.

            Prints the number of rows of each file and the stylized facts measured on them, with \
            the value the literature reports in brackets.

            With --dirty, each file is then rewritten with realistic defects at small rates: \
            duplicate rows, blank person ids, unparseable and impossible dates (2021-02-30), \
            unknown codes, dates in other forms the iso format reads, padded ids and upper-case \
            codes, dates holding a quoted comma, a byte-order mark, CRLF line ends. Every clean \
            row is still there; every added row is a duplicate or is rejected. dirty_manifest.json \
            gives the exact count of each defect per file and the counts `focusnet validate \
            --data DIR` must report (rows read, accepted, normalized, duplicates, rejected by reason).
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Size of the region: tiny (~2,000 arrest rows, 6 years), city (~300,000, 10 years) or state (~10 million, 10 years; about a minute and 2 GB of memory).",
        valueName: "scale"))
    var scale: String = SimulationScale.tiny.rawValue

    @Option(name: .long, help: ArgumentHelp("Seed of the random stream: the same seed gives the same files.", valueName: "n"))
    var seed: UInt64 = 42

    @Option(name: .long, help: ArgumentHelp("Folder to write the CSV files into (created if needed; files of the same names are replaced).", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Add realistic defects at small rates and write dirty_manifest.json with the exact counts validate must report.")
    var dirty = false

    func validate() throws {
        guard SimulationScale(rawValue: scale) != nil else {
            let names = SimulationScale.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("--scale '\(scale)' is not one of \(names).")
        }
    }

    /// The generator's settings for these options.
    func simulationConfig() -> SimulationConfig {
        SimulationConfig(scale: SimulationScale(rawValue: scale) ?? .tiny, seed: seed)
    }

    func run() throws {
        let directory = URL(fileURLWithPath: out)
        if dirty {
            let (summary, manifest) = try RegionSimulator.writeDirty(simulationConfig(), to: directory)
            print(Self.report(summary, directory: out))
            print(Self.defectReport(manifest, manifestPath: directory.appendingPathComponent(DirtyManifest.fileName).path))
        } else {
            print(Self.report(try RegionSimulator.write(simulationConfig(), to: directory), directory: out))
        }
    }

    /// The defects injected, per file, with the account validate must give; then where the manifest is.
    static func defectReport(_ manifest: DirtyManifest, manifestPath: String) -> String {
        var lines = ["Defects injected (--dirty) [validate must report rows read = accepted + duplicates + rejected]:"]
        for name in RegionSimulator.fileNames {
            guard let file = manifest.files[name] else { continue }
            let e = file.expected
            let fileLevel = [DefectKind.byteOrderMark, .crlfLineEnds].filter { file.defects[$0.rawValue] == 1 }
                .map { $0 == .byteOrderMark ? "BOM" : "CRLF" }
            lines.append(row(name, count(file.defectCount), "defects  [\(count(e.rowsRead)) = \(count(e.accepted)) + "
                             + "\(count(e.deduplicated)) + \(count(e.rejected))]" + (fileLevel.isEmpty ? "" : "  " + fileLevel.joined(separator: ", "))))
        }
        lines.append("Manifest (every count, rejections by reason): \(manifestPath)")
        return lines.joined(separator: "\n")
    }

    /// The summary as printed: rows per file, then each measured fact with its target.
    static func report(_ s: SimulationSummary, directory: String) -> String {
        func share(_ x: Double) -> String { String(format: "%.2f", x) }
        var lines = [
            "Wrote a synthetic region (scale \(s.scale.rawValue), seed \(s.seed), \(s.firstDay) to \(s.lastDay)) into \(directory):",
            row("persons.csv", count(s.personRows), "rows"),
            row("arrests.csv", count(s.arrestRows), "rows (\(count(s.arrestEvents)) arrests)"),
            row("memberships.csv", count(s.membershipRows), "rows (\(count(s.groupsWithMembers)) groups)"),
            row("victimizations.csv", count(s.victimizationRows), "rows (\(count(s.fatalVictimizations)) fatal)"),
            row("shootings.csv", count(s.shootingRows), "rows (shootings with an identified suspect)"),
            row("custody.csv", count(s.custodyRows), "rows"),
            row("population.csv", count(s.populationRows), "rows (\(count(s.population)) residents)"),
            "Stylized facts measured on these files [literature]:",
            row("arrest Gini over arrested persons", share(s.arrestGini)),
            row("arrests by the most-arrested 10%", share(s.topDecileArrestShare)),
            row("arrests of persons aged 15–35", share(s.arrestAgeShare15to35)),
            row("arrests of 2 or more persons", share(s.coArrestEventShare)),
            row("mass arrests (more than \(SimulationConfig.maximumTieEventSize) persons)", count(s.massArrestEvents)),
            row("arrested persons with a co-offending tie", share(s.tiedArrestedShare), "[0.40 Papachristos et al. 2015]"),
            row("network persons per resident", String(format: "%.3f", s.networkShareOfPopulation), "[< 0.06 same]"),
            row("arrested persons in the largest component", share(s.largestComponentShareOfArrested), "[0.30 Green et al. 2017]"),
            row("largest / median group (members)", "\(s.largestGroupSize) / \(String(format: "%g", s.medianGroupSize))"),
            row("gunshot victims inside the network", share(s.victimsInNetworkShare), "[0.70 Papachristos et al. 2015]"),
            row("gunshot victims in the largest component", share(s.victimsInLargestComponentShare)),
            row("victims with a co-offender shot earlier", share(s.victimsWithPriorShotCoOffenderShare)),
            row("fatal share of victimizations", share(s.fatalShare)),
            row("shootings with an identified suspect", share(s.suspectIdentifiedShare), "[0.19–0.43 Cook et al. 2019]"),
            row("monthly victimization rate, exposed", String(format: "%.4f", s.exposedVictimizationRate),
                "(\(count(s.exposedVictimizations)) in \(count(s.exposedPersonMonths)) person-months)"),
            row("monthly victimization rate, not exposed", String(format: "%.4f", s.unexposedVictimizationRate),
                "(\(count(s.unexposedVictimizations)) in \(count(s.unexposedPersonMonths)) person-months)"),
            row("rate ratio, co-offender shot in last 12 months", String(format: "%.1f", s.exposureRateRatio)),
        ]
        lines.append("No record describes a real person.")
        return lines.joined(separator: "\n")
    }
}

/// `n` with thousands separators (`12,345`), independent of the locale.
private func count(_ n: Int) -> String {
    let digits = Array(String(n.magnitude))
    var grouped = ""
    for (k, digit) in digits.enumerated() {
        if k > 0 && (digits.count - k) % 3 == 0 { grouped.append(",") }
        grouped.append(digit)
    }
    return (n < 0 ? "-" : "") + grouped
}

/// One line of the printed report: name, value right-aligned, note.
private func row(_ name: String, _ value: String, _ note: String = "") -> String {
    let padded = name.padding(toLength: 48, withPad: " ", startingAt: 0)
    return "  \(padded)\(value.leftPadded(to: 10))\(note.isEmpty ? "" : "  \(note)")"
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
