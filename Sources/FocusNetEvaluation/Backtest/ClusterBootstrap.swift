import FocusNetGraph

/// The backtest's intervals: one cluster bootstrap over *persons* serves every origin and the
/// pooled rows.
///
/// A replicate draws C persons with replacement from the C distinct persons scored at any origin
/// (a person scored at five origins is one cluster); each person's multiplicity weighs them at
/// every origin where they were scored. Pooled rows sum the origins' components under those
/// weights. An origin's own interval reads the same replicate restricted to its people: each
/// person's weight is Binomial(C, 1/C), close to the Poisson(1) frequencies of the Poisson
/// bootstrap (Hanley & MacGibbon 2006, "Creating non-parametric bootstrap samples using Poisson
/// frequencies", *Comput Methods Programs Biomed* 83(1):57–62, doi:10.1016/j.cmpb.2006.04.006),
/// and with a single origin it is exactly the resampling of that origin's people. One set of
/// replicates instead of one per origin plus one pooled halves a city backtest.
struct ClusterBootstrap {
    /// The origins, their metrics now with intervals.
    let origins: [OriginResult]
    /// Pooled over the origins, one per (model, outcome) in table order; empty with one origin.
    let pooled: [Evaluation]
    /// fitted − ablated for every origin, then pooled, with paired intervals from the same replicates.
    let ablation: [ModelDifference]

    /// Runs `replicates` replicates (0: no intervals) on all cores.
    /// - Parameters:
    ///   - results: the origins with their metrics on the whole population.
    ///   - passes: each origin's entries grouped by ranking (as its metrics were computed), same order.
    ///   - personCount: persons in the records (the range of ``OriginSnapshot/persons``).
    ///   - population: the region's residents (0 when unknown), fixed in every replicate.
    ///   - progress: a line at every tenth of the replicates.
    /// - Complexity: O(replicates × Σ over origins of passes × n); memory O(replicates × origins ×
    ///   entries × metrics) for the replicate values.
    init(_ results: [OriginResult], passes: [EntryPasses], sizes: [ListSize], replicates: Int, generator: FocusNetGraph.SplitMix64,
         personCount: Int, population: Double = 0, progress: (String) -> Void) {
        var generator = generator
        var cluster = [Int](repeating: -1, count: personCount)
        var clusters = 0
        for result in results {
            for p in result.snapshot.persons where cluster[Int(p)] < 0 {
                cluster[Int(p)] = clusters
                clusters += 1
            }
        }
        // People shot (or with another outcome) but not ranked at an origin are persons too: they
        // are drawn like everyone else, and their weight enters capture's denominator there.
        for result in results {
            for (_, list) in result.snapshot.unscoredOutcomePersons.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for p in list where cluster[Int(p)] < 0 {
                    cluster[Int(p)] = clusters
                    clusters += 1
                }
            }
        }
        var keys: [EntryKey] = []
        for result in results {
            for entry in result.entries where !keys.contains(EntryKey(entry)) { keys.append(EntryKey(entry)) }
        }
        keys.sort()
        let located = keys.map { key in
            results.indices.compactMap { r in results[r].entries.firstIndex { EntryKey($0) == key }.map { (r, $0) } }
        }
        let pooling = results.count > 1
        precondition(passes.count == results.count, "one set of passes per origin")
        let clusterOfScored = results.map { $0.snapshot.persons.map { Int32(cluster[Int($0)]) } }
        let clusterOfUnscored = results.map { $0.snapshot.unscoredOutcomePersons.mapValues { $0.map { Int32(cluster[Int($0)]) } } }
        var reported = 0
        let replicated = Bootstrap.run(replicates: results.isEmpty ? 0 : replicates, generator: &generator,
                                       draw: { Bootstrap.weights(clusters, using: &$0) },
                                       evaluate: { draws -> (origins: [[[Double]]], pooled: [[Double]]) in
            let components = results.indices.map { r in
                passes[r].components(weights: clusterOfScored[r].map { draws[Int($0)] },
                                     unscored: clusterOfUnscored[r].mapValues { $0.reduce(0) { $0 + Double(draws[Int($1)]) } },
                                     population: population, sizes: sizes)
            }
            let origins: [[[Double]]] = results.indices.map { r in
                components[r].enumerated().map { e, c in MetricValue.values(c, model: results[r].entries[e].model, sizes: sizes) }
            }
            let pooled: [[Double]] = !pooling ? [] : located.enumerated().map { k, places in
                let sum = places.map { r, e in components[r][e] }
                    .reduce(MetricComponents(lists: sizes.count, probabilistic: true)) { $0 + $1 }
                return MetricValue.values(sum, model: keys[k].model, sizes: sizes)
            }
            return (origins: origins, pooled: pooled)
        }, done: { done in
            let tenth = done * 10 / max(replicates, 1)
            if tenth > reported {
                reported = tenth
                progress(done < replicates ? "bootstrap: \(tenth * 10)% (\(done) of \(replicates) replicates)"
                    : "bootstrap: done, \(replicates) replicates")
            }
        })
        let origins: [OriginResult] = results.enumerated().map { r, result in
            let evaluations = result.evaluations.enumerated().map { e, evaluation in
                Evaluation(model: evaluation.model, outcome: evaluation.outcome, components: evaluation.components,
                           metrics: MetricValue.table(evaluation.components, model: evaluation.model, sizes: sizes,
                                                      samples: replicated.map { $0.origins[r][e] }),
                           calibration: evaluation.calibration, curve: evaluation.curve, disparity: evaluation.disparity)
            }
            return OriginResult(snapshot: result.snapshot, trainingOrigins: result.trainingOrigins, models: result.models,
                                entries: result.entries, evaluations: evaluations, complete: result.complete,
                                notified: result.notified, interventions: result.interventions)
        }
        let pooled: [Evaluation] = !pooling ? [] : keys.enumerated().map { k, key in
            let evaluations = located[k].map { r, e in results[r].evaluations[e] }
            let sum = evaluations.map(\.components).reduce(MetricComponents(lists: sizes.count, probabilistic: true)) { $0 + $1 }
            let curve = evaluations.map(\.curve)
                .reduce(MetricComponents(lists: Backtest.curveShares.count, probabilistic: false)) { $0 + $1 }
            let disparity = !key.model.isAudited ? [] : sizes.indices.map { j in DisparityCell.pooled(evaluations.map { $0.disparity[j] }) }
            return Evaluation(model: key.model, outcome: key.outcome, components: sum,
                              metrics: MetricValue.table(sum, model: key.model, sizes: sizes, samples: replicated.map { $0.pooled[k] }),
                              calibration: !key.model.isAudited ? [] : CalibrationBin.pooled(evaluations.map(\.calibration)),
                              curve: curve, disparity: disparity)
        }
        self.origins = origins
        self.pooled = pooled
        ablation = origins.enumerated().flatMap { r, result in
            ModelDifference.ablation(result.evaluations, replicates: replicated.map { $0.origins[r] }, origin: result.snapshot.origin,
                                     sizes: sizes)
        } + ModelDifference.ablation(pooled, replicates: replicated.map(\.pooled), origin: nil, sizes: sizes)
    }
}
