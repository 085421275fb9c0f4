import Foundation

/// How numbers are written in evaluation outputs: fixed rules, so the same run gives the same
/// bytes on every platform.
package enum MetricFormat {
    /// Integers without a fraction; otherwise the shortest round-trip text of the value rounded
    /// to 10 significant digits (hides summation noise such as 0.30000000000000004).
    package static func number(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        guard x != 0 else { return "0" }
        let magnitude = (log10(abs(x))).rounded(.down)
        let scale = pow(10, 9 - magnitude)
        let rounded = (x * scale).rounded() / scale
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : String(rounded)
    }

    /// A metric value: rounded to 6 decimal places; empty for NaN or infinity (undefined).
    package static func value(_ x: Double) -> String {
        guard x.isFinite else { return "" }
        let rounded = (x * 1e6).rounded() / 1e6
        if rounded == 0 { return "0" }
        return number(rounded)
    }

    /// A value for a terminal table: fixed `digits` decimals, `–` when undefined.
    package static func fixed(_ x: Double, _ digits: Int = 3) -> String {
        guard x.isFinite else { return "–" }
        return String(format: "%.\(digits)f", x)
    }
}
