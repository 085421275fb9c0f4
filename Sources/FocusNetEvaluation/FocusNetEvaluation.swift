// FocusNetEvaluation: backtests of rankings against what happened next, their metrics, the
// fitted models, disparity audits and the runs store. See docs/evaluation.md.
