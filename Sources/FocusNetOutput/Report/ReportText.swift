/// Every label and sentence the HTML report shows a reader, in one place, so that a translation
/// can replace them all: ``HTMLReport`` takes one (``english`` by default), and the page's script
/// reads its strings from the same value (embedded with the page's data).
///
/// Plain strings are labels; functions build sentences around numbers and ids. Values shown from
/// the data (ids, group and area names, reasons as written by `rank`) are not text of the report
/// and are never translated here.
public struct ReportText: Sendable {
    /// The page's `lang` attribute.
    public var language = "en"

    // MARK: Document

    public var brand = "FocusNet report"
    public var titlePrefix = "FocusNet"
    public var listTitle: @Sendable (_ asOf: String) -> String = { "Call-in list as of \($0)" }
    public var contents = "Contents"
    public var footer: @Sendable (_ version: String) -> String = {
        "Made by FocusNet \($0) from the files in the output folder; no network access, no external scripts or fonts "
            + "(the page's own inline script adds search, filters and person cards). See docs/governance.md for what a list is for and not for."
    }

    // MARK: Section headings (also the table of contents)

    public var summaryHeading = "Run summary"
    public var listHeading = "Call-in list"
    public var excludedHeading = "Excluded above the cut"
    public var groupsHeading = "Groups"
    public var areasHeading = "Areas"
    public var networkHeading = "How the listed people are connected"
    public var peopleHeading = "Each listed person's network"
    public var backtestHeading = "Backtest"
    public var provenanceHeading = "Provenance"

    // MARK: How the list is ordered (the list model in manifest.json)

    public var orderLabel = "Order."
    public var evidenceLabel = "Evidence."
    public var effectsHeading = "What the model weighs"
    public var effectsCaption: @Sendable (_ outcome: String, _ window: String) -> String = {
        "Odds ratios per standard deviation of each feature, from the logistic model that orders the list (outcome: \($0) "
            + "within \($1)), with 95% confidence intervals. Above 1: people with more of the feature were more likely to have "
            + "the outcome, other features held equal; an interval that spans 1 is compatible with no effect. "
            + "An association on past data, not a cause."
    }
    public var feature = "feature"
    public var oddsRatio = "odds ratio per SD"
    public var confidenceInterval = "95% CI"
    public var evidenceHeading = "What a list of this size would have held"
    public var evidenceCaption: @Sendable (_ origin: String, _ k: Int, _ outcome: String, _ window: String) -> String = {
        "As of \($0), the top \($1) by each model, and the share of the people with the outcome (\($2) within \($3)) they held; "
            + "95% bootstrap intervals. The difference is the list's model minus the row's."
    }
    public var model = "model"
    public var capture = "held"
    public var differenceFromList = "list minus this model"
    public var calibrationHeading = "Calibration by decile of predicted risk"
    public var calibrationCaption = "People ranked at the as-of date of the evidence, in ten groups of predicted probability "
        + "(10 = highest): the mean prediction against the share who had the outcome, with its 95% Wilson interval. "
        + "Predictions close to the observed share mean the probabilities can be read as such."
    public var decile = "decile"
    public var people = "people"
    public var withOutcome = "with the outcome"
    public var predicted = "mean predicted"
    public var observed = "observed"

    // MARK: Interactive list and person card

    public var search = "Search"
    public var searchPlaceholder = "person id or pseudonym"
    public var group = "Group"
    public var area = "Area"
    public var eligibility = "Eligibility"
    public var all = "all"
    public var clearFilters = "Clear"
    /// The script fills in the numbers: `{shown}` and `{total}`.
    public var shownTemplate = "{shown} of {total} shown"
    public var openNotListed = "Open the card of {id} (not on the list)"
    public var clickHint = "Click a row (or press Enter on it) to open the person's card with reasons, network and timeline."
    public var close = "Close"
    public var listRank = "#{n} on the list"
    public var overallRank = "rank {n} among everyone scored"
    public var notListed = "not on the list"
    public var score = "Score"
    public var points = "Points"
    public var network = "Network score"
    public var groups = "Groups"
    public var reasons = "Reasons"
    public var nearestVictim = "Nearest recent gunshot victim"
    public var egoNetwork = "Network"
    public var egoCaption = "The person (large), everyone they were arrested with in the window, and their groups."
    public var timeline = "Timeline"
    public var timelineCaption = "Arrests and gunshot victimizations in the records window, and group memberships active at "
        + "the as-of date ({asOf}); nothing dated after it is shown."
    public var timelineEmpty = "No arrest, victimization or membership in the window."
    public var timelineNotKept = "The timeline is kept for listed people only."
    public var date = "date"
    public var event = "event"
    public var detail = "detail"
    public var arrest = "arrest"
    public var gun = "gun involved"
    public var victimization = "shot"
    public var shotFatal = "killed"
    public var shotNonfatal = "survived"
    public var membership = "group member"
    public var lastSeen = "last seen {date}"
    public var dateUnknown = "first sighting not recorded"
    public var noScript = "Search, filters and person cards need JavaScript; everything else is readable without it."

    /// English, the default.
    public static let english = ReportText()

    /// The English texts; change single values to adapt them.
    public init() {}

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
        ]
    }
}
