/// Every label and sentence the HTML report shows a reader, in one place, so that a translation
/// can replace them all: ``HTMLReport`` takes one (``english`` by default, ``spanish`` for
/// Mexican Spanish), and the page's script reads its strings from the same value (embedded with
/// the page's data).
///
/// The texts are `package`: ``english`` and ``spanish`` (`ReportText+Spanish.swift`) set them all,
/// and the command line picks one by `--language` or the folder's manifest; a program embedding the
/// library uses ``english``, ``spanish`` or ``init(_:)``.
///
/// Plain strings are labels; functions build sentences around numbers and ids. Values whose doc
/// says *HTML* are inserted as written (they hold `<b>` or `<i>` emphasis, and the values passed
/// to them are escaped already); every other value is escaped when shown. Values shown from
/// the data (ids, group and area names, reasons as written by `rank`) are not text of the report
/// and are never translated here; column names of the list tables come from
/// ``Language/columnName(_:)``, risk bands from ``RiskBand/label(_:)``.
public struct ReportText: Sendable {
    /// The page's `lang` attribute: `en` or `es`.
    public var language = "en"

    /// The language of the message tables the report also reads (column names, risk bands):
    /// ``language`` as a ``Language``, English when it names another.
    var messages: Language { Language(rawValue: language) ?? .en }

    // MARK: Document

    package var brand = "FocusNet report"
    package var titlePrefix = "FocusNet"
    package var listTitle: @Sendable (_ asOf: String) -> String = { "Call-in list as of \($0)" }
    package var contents = "Contents"
    package var footer: @Sendable (_ version: String) -> String = {
        "Made by FocusNet \($0) from the files in the output folder; no network access, no external scripts or fonts "
            + "(the page's own inline script adds search, filters and person cards). See docs/governance.md for what a list is for and not for."
    }

    package var backtestTitle: @Sendable (_ origins: [String]) -> String = { origins in
        "Backtest, \(origins.count) origin\(origins.count == 1 ? "" : "s") (\(origins.first ?? "")\(origins.count > 1 ? "–" + origins.last! : ""))"
    }
    /// HTML, under the title of a list: command, purpose, records window, folder.
    package var listSubtitle: @Sendable (_ command: String, _ purpose: String, _ window: String, _ folder: String) -> String = {
        "\($0) · purpose: <b>\($1)</b> · records in \($2) · folder \($3)"
    }
    /// HTML, under the title of a backtest: outcome window, folder.
    package var backtestSubtitle: @Sendable (_ window: String, _ folder: String) -> String = { "outcomes counted in (D, D + \($0)] · folder \($1)" }
    package var sensitivePseudonyms = "Person ids in this report are keyed pseudonyms (HMAC-SHA-256). Share only under your data-sharing agreement."
    package var sensitiveIdentifiers = "This report contains person identifiers. Keep it owner-only; share the pseudonymized version "
        + "(focusnet report --pseudonymize KEYFILE)."
    package var sensitiveBacktest = "This backtest report holds counts and rates only, no person identifier."

    // MARK: Run summary

    package var asOf = "As of"
    package var asOfNote: @Sendable (_ window: String) -> String = { "records dated in \($0)" }
    package var listed = "Listed"
    package var listedNote: @Sendable (_ inNetwork: String, _ size: String, _ select: String) -> String = {
        "of \($0) people in the network; list size \($1), chosen by \($2)"
    }
    package var purpose = "Purpose"
    package var purposeNote = "recorded in the manifest"
    package var excludedNobody = "nobody ranked above the last invitee was left out"
    package var excludedNote: @Sendable (_ counts: String) -> String = { $0 + " — ranked above the last invitee" }
    package var flaggedUnder18 = "Flagged under 18"
    package var flaggedNote: @Sendable (_ rule: String) -> String = { "on the list (rule: \($0))" }
    package var unknown = "unknown"
    package var flaggedNoPersons = "no persons file, so no birth dates: the age rule could not be applied"
    package var activeGroups = "Active groups"
    package var activeGroupsNote = "with at least one member in the network"
    package var activeGroupsNoMemberships = "no memberships file: shared arrests only"
    package var rowsRead = "Rows read"
    package var rowsReadNote: @Sendable (_ rejected: String, _ share: String) -> String = { "\($0) rejected (\($1))" }
    package var ties = "Ties"
    package var tiesNote: @Sendable (_ groupTies: String) -> String = { "co-offending; \($0) group co-membership" }
    package var massEvents = "Mass events"
    package var massEventsRule: @Sendable (_ size: String, _ handling: String) -> String = { "arrests of more than \($0) people: \($1)" }
    package var missingMemberships = "no group layer: no group table, ties are shared arrests only"
    package var missingVictimizations = "no gunshot victimizations: exposure to victims is zero for everyone and nobody is marked as shot"
    package var missingShootings = "no shootings with identified suspects: exposure to shooters is zero"
    package var missingPersons = "no persons file: ages and areas unknown, so the under-18 rule and the area table could not be applied"
    package var missingCustody = "no custody periods: people in custody at the as-of date are not excluded (unless the persons file says so)"
    /// HTML: the records kinds given.
    package var notInThisRun: @Sendable (_ kinds: String) -> String = { "<b>Not in this run.</b> The records given were \($0); so: " }
    /// HTML.
    package var purposeBlock = """
        <b>What this list is for.</b> Choosing whom to invite to a focused-deterrence call-in \
        or to offer services and outreach, and in what order — a starting point for people who know the area, \
        reviewed and signed off by a supervisor. <b>Not for</b> stops, arrests, charging, bail or sentencing \
        decisions, not as evidence of gang membership, and not to be shared beyond the agreement it was drawn \
        up under. A score is a measure of network position and recent history, not a prediction about any one \
        person. See docs/governance.md.
        """
    package var governanceHeading = "Governance rules applied"
    package var recordsUsed = "Records used"
    package var minimumAge = "Minimum age"
    package var retention = "Retention"
    package var groupLabelExpiry = "Group label expiry"
    package var identifiers = "Identifiers"
    package var pseudonymsWrittenBy: @Sendable (_ command: String) -> String = { "keyed pseudonyms written by \($0) (HMAC-SHA-256)" }
    package var pseudonymsAppliedByReport = "keyed pseudonyms applied by focusnet report (HMAC-SHA-256)"
    package var rawIdentifiers = "person ids as in the records (not pseudonymized)"
    package var outputFiles = "Output files"
    package var outputFilesRule = "owner-only (mode 0600), each written atomically (temporary file, then rename)"
    package var inputsHeading = "What was read"
    package var input = "input"
    package var file = "file"
    package var rowsReadColumn = "rows read"
    package var accepted = "accepted"
    package var duplicates = "duplicates"
    package var rejected = "rejected"
    package var rejectsHeading = "Rejected rows by reason"
    package var rejectsCaption = "Values are not shown here: they may identify people. rejects.csv (owner-only) has file, line, column and value."
    package var reason = "reason"
    package var rows = "rows"

    // MARK: Provenance

    package var provenanceCaption = "Everything needed to re-derive these results: software versions and every setting, "
        + "as recorded in the folders' manifest.json. The same inputs and settings give byte-identical files."
    package var provenanceList: @Sendable (_ command: String) -> String = { "The list (\($0))" }
    package var provenanceBacktest = "The backtest"

    // MARK: Section headings (also the table of contents)

    package var summaryHeading = "Run summary"
    package var listHeading = "Call-in list"
    package var excludedHeading = "Excluded above the cut"
    package var groupsHeading = "Groups"
    package var areasHeading = "Areas"
    package var networkHeading = "How the listed people are connected"
    package var peopleHeading = "Each listed person's network"
    package var backtestHeading = "Backtest"
    package var provenanceHeading = "Provenance"

    // MARK: List, excluded, groups, areas

    package var chosenByGroups = "group by group: the riskiest active groups first, and in each the fewest eligible members "
        + "who together reach every member within one step of shared arrests"
    package var chosenByReach: @Sendable (_ steps: String) -> String = { "to reach the most at-risk people within \($0) steps" }
    package var chosenByComposite = "by composite score, highest first, among eligible people"
    package var chosenByProbability = "by the fitted probability of the outcome, highest first, among eligible people"
    /// HTML: the list's size and how it was chosen.
    package var listCaption: @Sendable (_ count: Int, _ how: String) -> String = {
        "\($0) people, chosen \($1). <b>Composite score</b> (0–1) combines points and network measures; "
            + "<b>points</b> counts recent history (arrests, violent and gun arrests, own "
            + "victimization, youth); <b>network score</b> is the mean percentile of the network measures. <b>Overall rank</b> is the "
            + "position among everyone scored. <b>Risk band</b>: where the person stands among everyone scored (very high: "
            + "the top 0.1%; high: the top 1%; elevated: the top 5%). The reasons say what put each person on the list."
    }
    package var excludedCaption = "People whose score would have put them on the list but who cannot be invited "
        + "(deceased, in custody, or outside the eligibility rules). Listed so that a reviewer can see the rule applied."
    package var excludedMany: @Sendable (_ count: String, _ byReason: String, _ shown: Int) -> String = {
        "\($0) people: \($1). The \($2) highest-ranked:"
    }
    package var moreIn: @Sendable (_ count: String, _ file: String) -> String = { "\($0) more in \($1)." }
    package var wouldBeRank = "would-be rank"
    package var groupColumn = "group"
    package var members = "members"
    package var arrestedInWindow = "arrested in window"
    package var membersShot = "members shot"
    package var shootingsByMembers = "shootings by members"
    package var tiedGroups = "tied groups"
    package var topScore = "top score"
    package var invited = "invited"
    package var reached = "reached"
    package var reach = "reach"
    /// HTML: the exposure window, and the label expiry (`nil`: never).
    package var groupsCaption: @Sendable (_ exposureWindow: String, _ expiry: String?) -> String = {
        "Active groups, riskiest first (highest member score). <b>Members shot</b> and "
            + "<b>shootings by members</b> count the exposure window (\($0)). "
            + "<b>Reached</b>: members who are invited or one shared arrest from an invitee; <b>reach</b> is their share. "
            + "Group labels come from the memberships file" + ($1.map { " and expire after \($0) without a new sighting" } ?? " and never expire in this run") + "."
    }
    package var servicesHeading = "Offered services, not invited"
    /// HTML: the number of minors in services.csv.
    package var servicesCaption: @Sendable (_ count: Int) -> String = { count in
        "<b>\(count)</b> \(count == 1 ? "minor" : "minors") whom the list would have invited "
            + "\(count == 1 ? "is" : "are") offered services and outreach instead of a call-in, and "
            + "\(count == 1 ? "is" : "are") not on the call-in list above (services.csv, in overall rank order)."
    }
    package var servicesNone = "No minor would have been invited, so nobody is offered services instead (services.csv is empty)."
    package var moreGroupsIn: @Sendable (_ count: Int) -> String = { "\($0) more groups in groups.csv." }
    package var areasCaption = "Residents (population file), people scored and listed by home area, and gunshot "
        + "victimizations in the exposure window with their rate per 100,000 residents."
    /// Headings of `areas.csv`'s columns by column name; a column not here shows its name.
    package var areaColumns: [String: String] = [
        "area": "area", "population": "population", "people_scored": "people scored", "people_listed": "people listed",
        "victimizations": "victimizations", "victimizations_per_100k": "victimizations per 100k",
    ]

    // MARK: Network pictures

    package var legend = "Legend"
    package var legendListed = "on the list (list rank)"
    package var legendNotListed = "not listed"
    package var legendNotEligible = "not eligible (custody, deceased)"
    package var legendShot = "shot in the window"
    package var legendUnder18 = "under 18"
    package var legendGroup = "group"
    package var legendSharedArrests = "shared arrests"
    package var legendMember = "member"
    /// Tooltips of a person's node, appended to the id.
    package var nodeListed: @Sendable (_ listRank: Int) -> String = { " — #\($0) on the list" }
    package var nodeRank: @Sendable (_ rank: Int) -> String = { " — rank \($0)" }
    package var nodeScore: @Sendable (_ score: String) -> String = { ", score \($0)" }
    package var nodeShot = ", shot in the window"
    package var groupNode: @Sendable (_ group: String, _ activeMembers: Int?) -> String = { group, size in
        "group \(group)" + (size.map { " — \($0) active members" } ?? "")
    }
    package var overviewCaption: @Sendable (_ listed: Int, _ groups: Int, _ connectors: Int, _ isolated: Int) -> String = { listed, groups, connectors, isolated in
        "The \(listed) listed people (numbered by list rank), their \(groups) "
            + "group\(groups == 1 ? "" : "s"), and \(connectors) people not listed who share arrests with two or "
            + "more listed people (mass-event ties left out). Lines are shared arrests (thicker: more) and group memberships. "
            + (isolated > 0 ? "\(isolated) listed \(isolated == 1 ? "person has" : "people have") no tie to anyone else in this picture "
                + "and stand\(isolated == 1 ? "s" : "") apart. " : "")
            + "Layout: Fruchterman–Reingold, seeded; distances are only roughly meaningful."
    }
    package var overviewDescription: @Sendable (_ listed: Int) -> String = { "Network of the \($0) listed people and their groups" }
    package var egoSectionCaption: @Sendable (_ limit: Int) -> String = {
        "For each listed person (large node): everyone they were arrested with in the window "
            + "(up to \($0), most shared arrests first), the ties among those people, and the person's groups. "
            + "Numbers are list ranks. Group co-members who never shared an arrest with the person are counted in the "
            + "group's tooltip, not drawn."
    }
    package var noEdgesFile = "network_edges.csv is missing from the folder, so only group memberships are drawn."
    package var egoScore: @Sendable (_ score: String) -> String = { "score \($0)" }
    package var egoDescription: @Sendable (_ listRank: Int) -> String = { "Network of list person \($0)" }
    package var egoCoOffenders: @Sendable (_ alters: Int, _ listed: Int, _ shot: Int, _ drawn: Int) -> String = { alters, listed, shot, drawn in
        alters == 0 ? "arrested with nobody in the window"
            : "\(alters) co-offender\(alters == 1 ? "" : "s")" + (listed > 0 ? " (\(listed) listed)" : "") + (shot > 0 ? ", \(shot) shot" : "")
                + (alters > drawn ? "; \(drawn) drawn" : "")
    }
    package var egoGroups: @Sendable (_ groups: [(group: String, members: Int?)]) -> String = { groups in
        "group\(groups.count == 1 ? "" : "s") " + groups.map { $0.group + ($0.members.map { " (\($0) members)" } ?? "") }.joined(separator: ", ")
    }
    /// HTML: the co-offenders named (escaped), and how many more.
    package var egoArrestedWith: @Sendable (_ named: String, _ more: Int) -> String = {
        "<b>Arrested with</b> (shared arrests): \($0)" + ($1 > 0 ? " and \($1) more" : "")
    }
    package var egoNotDrawn: @Sendable (_ notDrawn: Int, _ listed: Int) -> String = {
        "\($0) more listed people are not drawn (focusnet report --pictures \($1) draws everyone; call_in_network.graphml opens in Gephi)."
    }
    package var pathHead: @Sendable (_ hops: Int, _ victim: String, _ date: String) -> String = {
        "\($0) step\($0 == 1 ? "" : "s") from a recent gunshot victim (\($1), shot \($2))"
    }
    package var pathArrestedTogether: @Sendable (_ dates: String) -> String = { "arrested together " + $0 }
    package var pathBothIn: @Sendable (_ groups: String) -> String = { "both in " + $0 }

    // MARK: How the list is ordered (the list model in manifest.json)

    package var orderLabel = "Order."
    package var evidenceLabel = "Evidence."
    package var effectsHeading = "What the model weighs"
    package var effectsCaption: @Sendable (_ outcome: String, _ window: String) -> String = {
        "Odds ratios per standard deviation of each feature, from the logistic model that orders the list (outcome: \($0) "
            + "within \($1)), with 95% confidence intervals. Above 1: people with more of the feature were more likely to have "
            + "the outcome, other features held equal; an interval that spans 1 is compatible with no effect. "
            + "An association on past data, not a cause."
    }
    package var feature = "feature"
    package var oddsRatio = "odds ratio per SD"
    package var confidenceInterval = "95% CI"
    package var evidenceHeading = "What a list of this size would have held"
    package var evidenceCaption: @Sendable (_ origin: String, _ k: Int, _ outcome: String, _ window: String) -> String = {
        "As of \($0), the top \($1) by each model, and the share of the people with the outcome (\($2) within \($3)) they held; "
            + "95% bootstrap intervals. The difference is the list's model minus the row's."
    }
    package var model = "model"
    package var capture = "held"
    package var differenceFromList = "list minus this model"
    package var calibrationHeading = "Calibration by decile of predicted risk"
    package var calibrationCaption = "People ranked at the as-of date of the evidence, in ten groups of predicted probability "
        + "(10 = highest): the mean prediction against the share who had the outcome, with its 95% Wilson interval. "
        + "Predictions close to the observed share mean the probabilities can be read as such."
    package var decile = "decile"
    package var people = "people"
    package var withOutcome = "with the outcome"
    package var predicted = "mean predicted"
    package var observed = "observed"

    // MARK: Backtest

    package var backtestSectionHeading = "Backtest: how such lists did on past dates"
    /// HTML: the number of dates, the outcome window, the date shown (`nil`: all pooled).
    package var backtestCaption: @Sendable (_ origins: Int, _ window: String, _ origin: String?) -> String = { origins, window, origin in
        "The scoring was re-run as of \(origins) past date\(origins == 1 ? "" : "s") D from "
            + "records dated up to D only, and each list was compared with what happened in the following \(window) "
            + "— (D, D + \(window)]. \(origin.map { "Figures are for \($0)" } ?? "Figures pool every date"); "
            + "brackets are 95% bootstrap intervals. <b>Capture at k</b>: of the people with the outcome, the share who were "
            + "in the top k of the list. <b>PPV at k</b>: of the top k, the share who had the outcome. Every model is scored "
            + "on the same people, so the baselines show what a simpler list would have done."
    }
    package var notes = "Notes"
    /// What each model of a backtest is, by model name.
    package var modelDescriptions: [String: String] = [
        "random": "a list drawn at random (expected values)",
        "prior_arrests": "most arrests in the window first",
        "prior_victimization": "own gunshot victimizations first",
        "demographic": "age, sex and the area's gun violence only (logistic model)",
        "points": "FocusNet points (history)",
        "network": "FocusNet network score",
        "composite": "FocusNet composite (the list's score)",
        "fitted": "logistic model on all features, fitted on earlier dates",
        "fitted_no_network": "the fitted model without network-position features (ablation)",
        "fitted_no_exposure": "the fitted model without exposure features (ablation)",
    ]
    /// What each outcome means, by outcome name: "the people …".
    package var outcomeDescriptions: [String: String] = [
        "shot": "shot (fatally or not)", "shooter": "identified as a shooting suspect",
        "either": "shot or identified as a shooting suspect", "arrest": "arrested again",
    ]
    package var dates = "Dates"
    package var asOfD = "as of D"
    package var outcomesUntil = "outcomes until"
    package var scored = "scored"
    package var windowComplete = "window complete"
    package var outcomeHeading: @Sendable (_ outcome: String, _ description: String) -> String = { "Outcome: \($0) — \($1)" }
    package var captureFor: @Sendable (_ capture: String, _ model: String) -> String = { "\($0) for \($1)" }
    /// HTML: list size, the composite's capture, the outcome described, the baselines' captures, random's.
    package var backtestHeadline: @Sendable (_ k: String, _ capture: String, _ description: String, _ baselines: [String], _ random: String) -> String = {
        k, capture, description, baselines, random in
        "A list of the top \(k) by the composite score would have held <b>\(capture)</b> of the people \(description)"
            + (baselines.isEmpty ? "" : ", against " + baselines.joined(separator: " and ")) + " (random: \(random))."
    }
    package var captureTitle: @Sendable (_ outcome: String) -> String = { "Capture curve — \($0)" }
    package var captureXLabel = "list size, % of scored people (log scale)"
    package var captureYLabel = "share of outcome persons on the list"
    package var captureCaption: @Sendable (_ description: String) -> String = {
        "Higher and further left is better: the share of people \($0) whom a list of each size would have held. "
            + "The dotted random line is the diagonal on a linear axis, up to the share of them the network held "
            + "(those outside it are on no list)."
    }
    package var decileTitle: @Sendable (_ outcome: String) -> String = { "Outcome rate by score decile — \($0)" }
    package var decileXLabel = "score decile (10 = highest scores)"
    package var decileYLabel = "share with the outcome"
    package var decileCaption = "A useful score rises steeply into decile 10. Deciles with tied scores share people, so a tied baseline may skip deciles."
    package var reliabilityTitle: @Sendable (_ outcome: String) -> String = { "Calibration of the probability models — \($0)" }
    package var reliabilityXLabel = "mean predicted probability (decile)"
    package var reliabilityYLabel = "observed share"
    package var reliabilityCaption = "Points on the diagonal mean the predicted probabilities matched what happened; above it, the model under-predicted."
    package var disparityHeading = "Disparity audit — who is on the list"
    package var disparityCaption: @Sendable (_ k: String, _ model: String, _ outcome: String) -> String = {
        "For the top \($0) by the \($1) score (outcome: \($2)): each group's "
            + "share of the people scored, of the people with the outcome, and of the list. A group whose list share is far "
            + "above its outcome share is over-represented relative to the harm the list is meant to prevent. Missing "
            + "demographics are shown as such, never imputed."
    }
    package var onTheList = "on the list"
    package var attribute = "attribute"
    package var withOutcomeColumn = "with outcome"
    package var onListColumn = "on list"
    package var captureColumn = "capture"
    package var stabilityHeading = "Rank stability"
    package var stabilityCaption = "Mean Jaccard overlap of the top-k lists of consecutive "
        + "dates (1 = the same people every time). A list that changes completely from quarter to quarter is hard to act on."
    package var outcome = "outcome"
    package var anyOutcome = "any"
    package var coefficientsHeading = "Fitted models"
    package var coefficientsCaption: @Sendable (_ latestOnly: Bool) -> String = {
        "Logistic regression coefficients on standardized features "
            + "(per standard deviation), with standard errors, fitted on every date whose outcome window had closed"
            + ($0 ? " (latest date shown)" : "") + ". |z| above 2 is unlikely to be noise."
    }
    package var coefficient = "coefficient"
    package var stdError = "std. error"

    // MARK: Interactive list and person card

    package var search = "Search"
    package var searchPlaceholder = "person id or pseudonym"
    package var group = "Group"
    package var area = "Area"
    package var eligibility = "Eligibility"
    package var all = "all"
    package var clearFilters = "Clear"
    /// The script fills in the numbers: `{shown}` and `{total}`.
    package var shownTemplate = "{shown} of {total} shown"
    package var openNotListed = "Open the card of {id} (not on the list)"
    package var clickHint = "Click a row (or press Enter on it) to open the person's card with reasons, network and timeline."
    package var close = "Close"
    package var listRank = "#{n} on the list"
    package var overallRank = "rank {n} among everyone scored"
    package var notListed = "not on the list"
    package var score = "Score"
    package var points = "Points"
    package var network = "Network score"
    package var groups = "Groups"
    package var reasons = "Reasons"
    package var nearestVictim = "Nearest recent gunshot victim"
    package var egoNetwork = "Network"
    package var egoCaption = "The person (large), everyone they were arrested with in the window, and their groups."
    package var timeline = "Timeline"
    package var timelineCaption = "Arrests and gunshot victimizations in the records window, and group memberships active at "
        + "the as-of date ({asOf}); nothing dated after it is shown."
    package var timelineEmpty = "No arrest, victimization or membership in the window."
    package var timelineNotKept = "The timeline is kept for listed people only."
    package var date = "date"
    package var event = "event"
    package var detail = "detail"
    package var arrest = "arrest"
    package var gun = "gun involved"
    package var victimization = "shot"
    package var shotFatal = "killed"
    package var shotNonfatal = "survived"
    /// Offense categories of the arrests file (`OffenseCategory` codes), in the timeline.
    package var offenseCategories: [String: String] = [
        "violent": "violent", "weapons": "weapons", "narcotics": "narcotics", "property": "property", "other": "other",
    ]
    package var membership = "group member"
    package var lastSeen = "last seen {date}"
    package var dateUnknown = "first sighting not recorded"
    package var noScript = "Search, filters and person cards need JavaScript; everything else is readable without it."

    /// English, the default.
    public static let english = ReportText()

    /// The English texts; change single values to adapt them.
    public init() {}

    /// The texts of `language`: ``english`` or ``spanish``.
    /// - Complexity: O(1).
    public init(_ language: Language) {
        self = language == .es ? .spanish : .english
    }

    /// The strings the page's script shows, by key, embedded with the page's data.
    var scriptStrings: [String: String] {
        [
            "shown": shownTemplate, "openNotListed": openNotListed, "close": close, "listRank": listRank,
            "overallRank": overallRank, "notListed": notListed, "score": score, "points": points, "network": network,
            "groups": groups, "area": area, "eligibility": eligibility, "reasons": reasons, "nearestVictim": nearestVictim,
            "egoNetwork": egoNetwork, "egoCaption": egoCaption, "timeline": timeline, "timelineCaption": timelineCaption,
            "timelineEmpty": timelineEmpty, "timelineNotKept": timelineNotKept, "date": date, "event": event, "detail": detail,
            "arrest": arrest, "gun": gun, "victimization": victimization, "shot_fatal": shotFatal, "shot_nonfatal": shotNonfatal,
            "group": membership, "lastSeen": lastSeen, "dateUnknown": dateUnknown,
            "riskBand": messages.columnName(CallInListColumn.riskBand.rawValue) ?? "",
        ].merging(offenseCategories.map { ("offense_" + $0.key, $0.value) }) { a, _ in a }
    }
}
