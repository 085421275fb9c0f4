/// The key of one message of the translation tables (``MessageTable``): a reason sentence, a
/// risk band, a word or a terminal line. Every key has a template in every ``Language``, with the
/// same placeholders (tested).
public enum MessageKey: String, Sendable, CaseIterable {
    // Reasons: one sentence per kind of fact, most important first on the list.
    case reasonShotRecent, reasonShotEarlier, reasonGunArrests, reasonViolentArrests, reasonArrests, reasonPriorRecord
    case reasonTrend, reasonCoArrestVictims, reasonCoArrestVictimsNearest, reasonGroupOnlyVictims, reasonTwoStepVictims,
        reasonTwoStepVictimsPlain
    case reasonGroupViolence, reasonMember, reasonDegree, reasonDegreeArrests, reasonStrength, reasonStrengthArrests
    case reasonBetweenness, reasonConnected
    case reasonCoreness, reasonShooters, reasonAge, reasonCoverage, reasonCoverageSelf
    // Pieces of sentences.
    case tieArrest, tieGroup, then, and, topShare
    case periodDays, periodWeeks, periodMonths, periodYears
    // "the last 18 months", "the last year" (gender and contraction differ by unit in Spanish).
    case lastDay, lastDays, lastWeek, lastWeeks, lastMonth, lastMonths, lastYear, lastYears
    // Risk bands, highest first.
    case bandVeryHigh, bandHigh, bandElevated, bandBelow
    // Why a person is offered services instead of an invitation.
    case servicesMinor
    // Terminal summary of rank and call-in.
    case summaryListed, summaryServices
    // Why the list is ordered as it is (ListModel.Why).
    case noteRecordsStartTooLate, noteCompositeAsked, noteTooFew, noteSameOutcome, noteFitted, noteHeldOut, noteNotValidated
    case noteFile
    // The list's evidence on the region's history (ListEvidence.Verdict).
    case evidenceNone, evidenceList, evidenceBest, evidencePriorArrests, evidenceEnd, evidenceTooFew, evidenceBeatsEvery
    case evidenceNotBetter, evidenceBeatenBy
    // Outcomes: the people who had one, and the verb for "no one was …".
    case peopleShot, peopleShooter, peopleEither, peopleArrest, verbShot, verbShooter, verbEither, verbArrest
    // Lists and baselines by name (ModelKind).
    case modelRandom, modelPriorArrests, modelPriorVictimization, modelDemographic, modelPoints, modelNetwork
    case modelComposite, modelFitted, modelFittedNoNetwork, modelFittedNoExposure
    // Display names of the columns people read (the CSV keeps its identifiers).
    case columnRank, columnOverallRank, columnPerson, columnProbability, columnScore, columnPoints, columnNetwork
    case columnGroups, columnEligibility, columnRiskBand, columnReasons, columnAge, columnWhyNotInvited
    // Eligibility as shown to people (Eligibility.Status, Eligibility.Reason).
    case statusEligible, statusFlagged, statusExcluded
    case whyDeceased, whyInCustody, whyNotSupervised, whyNoRecentViolence, whyUnder, whySupervisionUnknown
}
