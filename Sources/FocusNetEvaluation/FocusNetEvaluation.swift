// FocusNetEvaluation: backtests of rankings against what happened next, synthetic regions
// with known truth, metrics and run manifests. See docs/evaluation.md.
