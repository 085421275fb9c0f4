import ArgumentParser
import FocusNet

/// Who can be invited and how the list is chosen.
struct CallInOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("How many people the call-in list holds.", valueName: "n"))
    var top: Int = 50

    @Option(name: .long, help: ArgumentHelp(
        "How invitees are chosen: top (highest scores; rank's default), groups (fewest members reaching each active group, riskiest group first; call-in's default), reach (most at-risk people within --reach-steps).",
        valueName: "mode"))
    var select: String?

    @Option(name: .long, help: ArgumentHelp("For --select groups: at most this many invitees from one group.", valueName: "n"))
    var perGroup: Int = 10

    @Option(name: .long, help: ArgumentHelp("For --select reach: steps (1 or 2).", valueName: "n"))
    var reachSteps: Int = 2

    @Option(name: .long, help: ArgumentHelp("For --select reach: the probability an invitee attends.", valueName: "p"))
    var showUp: Double = 1

    @Option(name: .long, help: ArgumentHelp("For --select reach: the share of people counted as at risk (top composite scores).", valueName: "share"))
    var atRiskShare: Double = 0.1

    @Option(name: .long, help: ArgumentHelp(
        "People under 18 at the as-of date: services (default: not invited, written to services.csv), flag (invited, flagged) or exclude. Unknown age stays eligible.",
        valueName: "policy"))
    var juveniles: String = "services"

    @Flag(name: .long, help: "Invite only people on probation or parole.")
    var requireSupervision = false

    @Option(name: .long, help: ArgumentHelp("Invite only people with a violent or gun arrest within this period (e.g. 2y).", valueName: "period"))
    var requireRecentViolence: CalendarPeriod?

    @Option(name: .long, help: ArgumentHelp("Limit the list and the group table to one area (as written in the persons file).", valueName: "area"))
    var area: String?

    @Option(name: .long, help: ArgumentHelp("What the list is for: call-in, services or review (recorded in the manifest).", valueName: "purpose"))
    var purpose: String = "call-in"

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1.") }
        guard select.map({ ["top", "groups", "reach"].contains($0) }) ?? true else { throw ValidationError("--select must be top, groups or reach.") }
        guard perGroup > 0 else { throw ValidationError("--per-group must be at least 1.") }
        guard (1...2).contains(reachSteps) else { throw ValidationError("--reach-steps must be 1 or 2.") }
        guard showUp > 0, showUp <= 1 else { throw ValidationError("--show-up must be in (0, 1].") }
        guard atRiskShare > 0, atRiskShare <= 1 else { throw ValidationError("--at-risk-share must be in (0, 1].") }
        guard EligibilityPolicy.JuvenilePolicy(rawValue: juveniles) != nil else { throw ValidationError("--juveniles must be services, flag or exclude.") }
        guard RankConfiguration.Purpose(rawValue: purpose) != nil else { throw ValidationError("--purpose must be call-in, services or review.") }
    }

    func apply(to configuration: inout RankConfiguration, defaultMode: String) {
        configuration.top = top
        configuration.invitesPerGroup = perGroup
        switch select ?? defaultMode {
        case "groups": configuration.selection = .groups
        case "reach": configuration.selection = .reach(steps: reachSteps, showUp: showUp, atRiskShare: atRiskShare)
        default: configuration.selection = .top
        }
        configuration.eligibility = EligibilityPolicy(
            juveniles: .init(rawValue: juveniles)!, requireSupervision: requireSupervision,
            requireRecentViolence: requireRecentViolence)
        configuration.area = area
        configuration.purpose = .init(rawValue: purpose)!
    }
}
