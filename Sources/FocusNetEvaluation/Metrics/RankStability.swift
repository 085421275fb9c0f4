/// How much a top-k list changes between two origins: the Jaccard index |A ∩ B| / |A ∪ B| of
/// the people on the two lists (Jaccard 1912).
///
/// Unlike the outcome metrics, the lists here are the lists as they would have been drawn up:
/// ties at the k-th score broken by person identifier, the same rule as `focusnet rank`.
enum RankStability {
    /// - Parameters:
    ///   - a, b: person indices of two lists (any order, no repeats).
    /// - Returns: 1 for identical lists, 0 for disjoint ones, NaN when both are empty.
    /// - Complexity: O(|a| + |b|).
    static func jaccard(_ a: some Sequence<Int32>, _ b: some Sequence<Int32>) -> Double {
        let x = Set(a), y = Set(b)
        let union = x.union(y).count
        return union > 0 ? Double(x.intersection(y).count) / Double(union) : .nan
    }
}
