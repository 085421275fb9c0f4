import Foundation

/// The size k of a list: a count of people (`100`) or a share of the scored people (`1%`).
///
/// A share is turned into a count per origin: k = round(p/100 × N) for N scored people (half
/// away from zero), at least 1 when N > 0, at most N. A count larger than N is cut to N.
public enum ListSize: Hashable, Sendable, CustomStringConvertible {
    /// The list sizes a backtest measures when none is asked for: 1%, 5%, 100 and 500 people — so
    /// precision at fixed list sizes (PPV@100, PPV@500) is reported, the size a programme can call
    /// in and the top-500 list of Heller et al. (2024).
    public static let defaults: [ListSize] = [.share(1), .share(5), .count(100), .count(500)]

    /// A number of people, ≥ 1.
    case count(Int)
    /// Percent of the scored people, in (0, 100].
    case share(Double)

    /// Parses `100` or `1%` / `0.5%`.
    /// - Returns: `nil` for anything else, a count below 1 or a share outside (0, 100].
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            guard let value = Double(trimmed.dropLast()), value > 0, value <= 100, value.isFinite else { return nil }
            self = .share(value)
        } else {
            guard let value = Int(trimmed), value >= 1 else { return nil }
            self = .count(value)
        }
    }

    /// The count of people for `n` scored people (weights total `n`).
    /// - Complexity: O(1).
    public func count(outOf n: Int) -> Int {
        guard n > 0 else { return 0 }
        switch self {
        case .count(let k): return min(k, n)
        case .share(let p): return min(n, max(1, Int((p / 100 * Double(n)).rounded())))
        }
    }

    /// `100` or `1%` (shares in the shortest decimal form).
    public var description: String {
        switch self {
        case .count(let k): return String(k)
        case .share(let p): return MetricFormat.number(p) + "%"
        }
    }
}
