import Crypto
import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// The files `focusnet backtest` writes, built from a ``Backtest``:
///
/// - `metrics.csv`: `origin,model,outcome,metric,k,value,ci_low,ci_high` — capture, PPV and lift
///   at each k, ROC-AUC, PR-AUC, Brier (probability models and random), and `jaccard` (rank
///   stability against the previous origin; outcome empty for lists that do not depend on it),
///   and for fitted models at each origin `calibration_chi2` and `calibration_p` (the
///   Hosmer–Lemeshow test of the decile table, ``FocusNetEvaluation/CalibrationTest``);
///   origin `pooled` for all origins together;
/// - `capture_curve.csv`: capture at 0.1%–100% of the scored people;
/// - `calibration.csv`: outcome rates by score decile;
/// - `disparity.csv`: the audit of each top-k list by race, sex, age band, area, juvenile status
///   and recent violent or gun arrest;
/// - `coefficients.csv`: the fitted models of every origin (and `current`, fitted on all
///   complete windows) with standard errors;
/// - `origins.csv`: scored people, outcome persons and training origins of each origin;
/// - `interventions.csv` (with an intervention log): notified, peers and comparison by rank band;
/// - `ablation.csv`: fitted − `fitted_no_network` and fitted − `fitted_no_exposure` in capture@k
///   and ROC-AUC, with paired 95% intervals (``ModelDifference``);
/// - `predictions.csv`: every scored person at every origin with each model's score (or
///   probability) and rank and the outcomes (``predictions(to:)``);
/// - `fitted_model.json`: the `current` models as a file (``FittedModelFile``);
/// - `manifest.json`: inputs' SHA-256, configuration, seeds, versions, origins, outputs' SHA-256.
///
/// Only `predictions.csv` holds person identifiers — keyed pseudonyms when a ``Pseudonymizer``
/// is given. No file holds a wall-clock time: the same inputs and settings give byte-identical
/// files.
public struct BacktestOutput: Sendable {
    /// The backtest written.
    public let backtest: Backtest
    /// The records it ran on (for the manifest's inputs and the person ids of `predictions.csv`).
    public let records: RecordSet
    /// When given, `predictions.csv` carries keyed pseudonyms instead of person ids.
    public let pseudonymizer: Pseudonymizer?

    /// Files for `backtest`; nothing is computed until a file is asked for.
    public init(backtest: Backtest, records: RecordSet, pseudonymizer: Pseudonymizer? = nil) {
        self.backtest = backtest
        self.records = records
        self.pseudonymizer = pseudonymizer
    }

    /// Every file but `predictions.csv` (written in pieces) and the manifest, in writing order.
    /// - Throws: JSON encoding errors.
    public func files() throws -> [(name: String, text: String)] {
        var files = [(MetricsColumn.fileName, metrics()), (CaptureCurveColumn.fileName, captureCurve()),
                     (CalibrationColumn.fileName, calibration()), (DisparityColumn.fileName, disparity()),
                     (CoefficientsColumn.fileName, coefficients()), (OriginsColumn.fileName, originsTable()),
                     (AblationColumn.fileName, ablation())]
        if backtest.configuration.interventions != nil { files.append((InterventionsColumn.fileName, interventions())) }
        files.append(("fitted_model.json", try backtest.finalModels.json()))
        return files
    }

    /// Writes every file and the manifest into `directory` as one transaction (``OutputFolder``):
    /// the folder appears whole, replacing a previous backtest's folder, or not at all; every file
    /// has mode 0600.
    /// - Parameter wait: when another run is writing to `directory`, wait for it instead of failing.
    /// - Returns: the manifest written.
    /// - Throws: ``OutputFolderError`` (a busy folder, one holding other files), encoding errors.
    @discardableResult
    public func write(parameters: [String: String], to directory: URL, wait: Bool = false) throws -> BacktestManifest {
        let folder = try OutputFolder(directory, kind: .backtest, wait: wait)
        let manifest = try write(parameters: parameters, into: folder)
        try folder.commit()
        return manifest
    }

    /// Writes every file into an open transaction, the manifest last; the caller commits.
    package func write(parameters: [String: String], into folder: OutputFolder) throws -> BacktestManifest {
        for (name, text) in try files() { try folder.write(text, named: name) }
        try folder.write(named: PredictionsColumn.fileName) { append in try predictions(to: append) }
        // The writer that holds the pseudonymizer says whether ids are pseudonyms, so the manifest cannot disagree with the files.
        var parameters = parameters
        parameters["pseudonymized"] = pseudonymizer != nil ? "yes (HMAC-SHA-256)" : "no"
        let manifest = BacktestManifest(backtest: backtest, records: records, parameters: parameters, outputs: folder.written)
        try folder.write(try manifest.json(), named: "manifest.json")
        return manifest
    }

    var sizes: [ListSize] { backtest.configuration.listSizes }

    /// Per-origin tables followed by the pooled ones.
    var populations: [(label: String, evaluations: [Evaluation])] {
        backtest.origins.map { ($0.snapshot.origin.description, $0.evaluations) }
            + (backtest.pooled.isEmpty ? [] : [("pooled", backtest.pooled)])
    }

    /// `metrics.csv`: one row per origin (and `pooled`), model, outcome, metric and list size, with
    /// the 95% bootstrap interval where one was drawn.
    /// - Complexity: O(rows).
    public func metrics() -> String {
        var csv = CSVWriter(header: MetricsColumn.header)
        for (label, evaluations) in populations {
            for e in evaluations {
                for m in e.metrics {
                    csv.row([label, e.model.rawValue, e.outcome.rawValue, m.metric, m.size?.description ?? "",
                             MetricFormat.value(m.value), m.low.map(MetricFormat.value) ?? "", m.high.map(MetricFormat.value) ?? ""])
                }
                // One origin's held-out deciles only: pooled deciles mix origins that share people.
                if e.model.isFitted, label != "pooled", let test = CalibrationTest(e.calibration) {
                    csv.row([label, e.model.rawValue, e.outcome.rawValue, "calibration_chi2", "", MetricFormat.value(test.statistic), "", ""])
                    csv.row([label, e.model.rawValue, e.outcome.rawValue, "calibration_p", "", MetricFormat.value(test.pValue), "", ""])
                }
            }
            let stability = label == "pooled" ? pooledStability() : backtest.stability.filter { $0.to.description == label }
            for s in stability {
                csv.row([label, s.model.rawValue, s.outcome?.rawValue ?? "", "jaccard", s.size.description,
                         MetricFormat.value(s.jaccard), "", ""])
            }
        }
        return csv.text
    }

    /// Mean Jaccard over consecutive pairs, by model, outcome and k.
    func pooledStability() -> [StabilityValue] {
        var groups: [String: [StabilityValue]] = [:], order: [String] = []
        for s in backtest.stability {
            let key = "\(s.model.rawValue)|\(s.outcome?.rawValue ?? "")|\(s.size)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(s)
        }
        return order.map { key in
            let list = groups[key]!, first = list[0]
            let finite = list.map(\.jaccard).filter(\.isFinite)
            return StabilityValue(from: first.from, to: list.last!.to, model: first.model, outcome: first.outcome, size: first.size,
                                  jaccard: finite.isEmpty ? .nan : finite.reduce(0, +) / Double(finite.count))
        }
    }

    /// `capture_curve.csv`: the share of outcome persons each model's top list holds at 0.1%–100% of
    /// the scored people, pooled.
    /// - Complexity: O(models × outcomes × points).
    public func captureCurve() -> String {
        var csv = CSVWriter(header: CaptureCurveColumn.header)
        for (label, evaluations) in populations {
            for e in evaluations {
                for (j, share) in Backtest.curveShares.enumerated() {
                    csv.row([label, e.model.rawValue, e.outcome.rawValue, MetricFormat.number(share) + "%",
                             MetricFormat.number(e.curve.listLengths[j]), MetricFormat.value(e.curve.capture(j))])
                }
            }
        }
        return csv.text
    }

    /// `calibration.csv`: outcome rate, mean score and score range by score decile, per model and
    /// outcome, pooled.
    /// - Complexity: O(scored people × models) for the deciles.
    public func calibration() -> String {
        var csv = CSVWriter(header: CalibrationColumn.header)
        for (label, evaluations) in populations {
            for e in evaluations {
                for bin in e.calibration {
                    csv.row([label, e.model.rawValue, e.outcome.rawValue, String(bin.decile), String(bin.people), String(bin.positives),
                             MetricFormat.value(bin.observedRate), MetricFormat.value(bin.meanScore),
                             MetricFormat.value(bin.minScore), MetricFormat.value(bin.maxScore)])
                }
            }
        }
        return csv.text
    }

    /// `disparity.csv`: for each top-k list, each attribute's groups with their shares of the scored,
    /// the outcome persons and the listed, PPV and capture.
    /// - Complexity: O(cells).
    public func disparity() -> String {
        var csv = CSVWriter(header: DisparityColumn.header)
        for (label, evaluations) in populations {
            for e in evaluations {
                for (j, cells) in e.disparity.enumerated() {
                    let listed = e.components.listLengths[j]
                    for cell in cells {
                        csv.row([label, e.model.rawValue, e.outcome.rawValue, sizes[j].description, cell.attribute, cell.group,
                                 MetricFormat.number(cell.scored), MetricFormat.value(cell.scored / e.components.people),
                                 MetricFormat.number(cell.positives),
                                 MetricFormat.value(e.components.positives > 0 ? cell.positives / e.components.positives : .nan),
                                 MetricFormat.value(cell.listed), MetricFormat.value(listed > 0 ? cell.listed / listed : .nan),
                                 MetricFormat.value(cell.ppv), MetricFormat.value(cell.capture)])
                    }
                }
            }
        }
        return csv.text
    }

    /// `coefficients.csv`: the fitted and demographic models of every origin and `current`, per feature
    /// per standard deviation, with standard error, z, the standardization and the training data.
    /// - Complexity: O(models × features).
    public func coefficients() -> String {
        var csv = CSVWriter(header: CoefficientsColumn.header)
        func rows(_ label: String, _ models: [FittedModel]) {
            for m in models {
                let training = m.trainingOrigins.joined(separator: " ")
                func row(_ feature: String, _ b: Double, _ se: Double, _ mean: String, _ scale: String) {
                    csv.row([label, m.model, m.outcome, feature, MetricFormat.value(b), MetricFormat.value(se),
                             MetricFormat.value(se > 0 ? b / se : .nan), mean, scale, training, String(m.trainingRows),
                             String(m.trainingPositives), m.converged ? "yes" : "no"])
                }
                row("(intercept)", m.intercept, m.interceptStandardError, "", "")
                for j in m.features.indices {
                    row(m.features[j], m.coefficients[j], m.standardErrors[j], MetricFormat.value(m.means[j]), MetricFormat.value(m.scales[j]))
                }
            }
        }
        for result in backtest.origins {
            rows(result.snapshot.origin.description, ([ModelKind.fitted, .demographic] + ModelKind.ablations).flatMap { kind in
                backtest.configuration.outcomes.compactMap { result.models[kind]?[$0] }
            })
        }
        rows("current", backtest.finalModels.models)
        return csv.text
    }

    /// `origins.csv`: per origin and outcome, the outcome window's end, whether it is complete, the
    /// people in the network, excluded as deceased, scored, in custody and notified, the training
    /// origins and the outcome persons with their base rate.
    public func originsTable() -> String {
        var csv = CSVWriter(header: OriginsColumn.header)
        for r in backtest.origins {
            let s = r.snapshot
            for outcome in backtest.configuration.outcomes {
                let positives = s.outcomes[outcome]!.filter { $0 }.count
                csv.row([s.origin.description, s.outcomeWindow.end.description, r.complete ? "yes" : "no", String(s.networkPeople),
                         String(s.deceasedExcluded), String(s.count), String(s.inCustody), String(r.notified),
                         r.trainingOrigins.map(\.description).joined(separator: " "), outcome.rawValue, String(positives),
                         MetricFormat.value(s.count > 0 ? Double(positives) / Double(s.count) : .nan),
                         String(s.outcomePersonsAll[outcome]!),
                         MetricFormat.value(s.outcomePersonsAll[outcome]! > 0 ? Double(positives) / Double(s.outcomePersonsAll[outcome]!) : .nan)])
            }
        }
        return csv.text
    }

    /// `ablation.csv`: per origin then pooled, for each ablated model and outcome, capture at each
    /// list size and ROC-AUC of `fitted` and of the ablated model, their difference and its paired
    /// 95% bootstrap interval.
    /// - Complexity: O(rows).
    public func ablation() -> String {
        var csv = CSVWriter(header: AblationColumn.header)
        for d in backtest.ablation {
            csv.row([d.origin?.description ?? "pooled", d.model.rawValue, d.outcome.rawValue, d.metric, d.size?.description ?? "",
                     MetricFormat.value(d.referenceValue), MetricFormat.value(d.modelValue), MetricFormat.value(d.difference),
                     d.low.map(MetricFormat.value) ?? "", d.high.map(MetricFormat.value) ?? ""])
        }
        return csv.text
    }

    /// `interventions.csv` (with an intervention log): outcome rates of the notified, their peers and
    /// the others, by rank band of the composite score.
    public func interventions() -> String {
        var csv = CSVWriter(header: InterventionsColumn.header)
        for r in backtest.origins {
            for report in r.interventions {
                for cell in report.cells + InterventionReport.groups.map(report.total) {
                    csv.row([r.snapshot.origin.description, report.outcome.rawValue, cell.band, cell.group, String(cell.people),
                             String(cell.positives), MetricFormat.value(cell.rate)])
                }
                csv.row([r.snapshot.origin.description, report.outcome.rawValue, "all", "comparison_standardized", "", "",
                         MetricFormat.value(report.standardizedComparisonRate)])
            }
        }
        return csv.text
    }
}
