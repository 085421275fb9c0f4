import Foundation
import FocusNetGraph
import Testing
@testable import FocusNetEvaluation

@Suite struct LogisticRegressionTests {
    @Test("one binary covariate, no ridge: the closed form β₀ = logit p₀, β₁ = logit p₁ − logit p₀, SE from the cell counts")
    func closedForm() throws {
        // x = 0: 10 people, 3 outcomes (p₀ = 0.3); x = 1: 10 people, 7 outcomes (p₁ = 0.7).
        let x = [Double](repeating: 0, count: 10) + [Double](repeating: 1, count: 10)
        let y = (0..<10).map { $0 < 3 } + (0..<10).map { $0 < 7 }
        let fit = try LogisticRegression(x: x, rows: 20, columns: 1, y: y, ridge: 0)
        #expect(fit.converged)
        #expect(abs(fit.coefficients[0] - log(3.0 / 7)) < 1e-9)
        #expect(abs(fit.coefficients[1] - 2 * log(7.0 / 3)) < 1e-9)
        // Var β₀ = 1/(n₀p₀q₀), Var β₁ = 1/(n₀p₀q₀) + 1/(n₁p₁q₁).
        #expect(abs(fit.standardErrors[0] - (1 / 2.1).squareRoot()) < 1e-9)
        #expect(abs(fit.standardErrors[1] - (2 / 2.1).squareRoot()) < 1e-9)
    }

    /// x₁ = (i·2654435761 mod 2³²)/2³² · 4 − 2, x₂ = ((i·40503 + 11) mod 1009)/1009 · 2 − 1, i < 120;
    /// y drawn once from σ(−0.5 + 1.2 x₁ − 0.8 x₂) and written out below.
    static let x1: [Double] = (0..<120).map { (i: Int) -> Double in
        let hashed: UInt64 = (UInt64(i) * 2_654_435_761) % 4_294_967_296
        return Double(hashed) / 4_294_967_296 * 4 - 2
    }
    static let x2: [Double] = (0..<120).map { (i: Int) -> Double in Double((i * 40503 + 11) % 1009) / 1009 * 2 - 1 }
    static let y: [Bool] = Array("100100001101100010010111100001001001110000110110110000010011010000100101111000010010111000001101011000000110111101001010").map { (c: Character) -> Bool in c == "1" }
    static var design: [Double] { (0..<120).flatMap { (i: Int) -> [Double] in [x1[i], x2[i]] } }

    @Test("no ridge: statsmodels 0.15.0 Logit(y, add_constant(X)).fit(tol=1e-14): params, bse, llf within 1e-8")
    func statsmodels() throws {
        let fit = try LogisticRegression(x: Self.design, rows: 120, columns: 2, y: Self.y, ridge: 0)
        let params = [-0.3768058680767511, 1.1988191398281764, -0.8383945245820131]
        let bse = [0.22480241569077042, 0.2299391515593191, 0.3953897392235019]
        for j in 0..<3 {
            #expect(abs(fit.coefficients[j] - params[j]) < 1e-8)
            #expect(abs(fit.standardErrors[j] - bse[j]) < 1e-8)
        }
        #expect(abs(fit.logLikelihood - -61.616299500622375) < 1e-8)
    }

    @Test("ridge λ = 2: scikit-learn 1.9.1 LogisticRegression(C=1/2, solver='newton-cholesky', tol=1e-12) and a numpy Newton fit agree within 1e-8")
    func ridge() throws {
        let fit = try LogisticRegression(x: Self.design, rows: 120, columns: 2, y: Self.y, ridge: 2)
        let sklearn = [-0.3551842443305019, 1.0693724074846434, -0.6139932574692812]
        for j in 0..<3 { #expect(abs(fit.coefficients[j] - sklearn[j]) < 1e-8) }
        // numpy 2.4.6: sqrt(diag(inv(Zᵀ W Z + λ D))) at the optimum.
        let se = [0.21691640978889795, 0.20492740000203785, 0.33237717547186596]
        for j in 0..<3 { #expect(abs(fit.standardErrors[j] - se[j]) < 1e-8) }
    }

    @Test("perfect separation: the ridge keeps the fit finite")
    func separation() throws {
        let x = (0..<20).map(Double.init)
        let y = (0..<20).map { $0 >= 10 }
        let fit = try LogisticRegression(x: x, rows: 20, columns: 1, y: y, ridge: 1)
        #expect(fit.converged)
        #expect(fit.coefficients.allSatisfy(\.isFinite) && fit.coefficients[1] > 0)
    }

    @Test("collinear columns without a ridge throw notPositiveDefinite from dposv")
    func singular() {
        let x = (0..<10).flatMap { [Double($0), 2 * Double($0)] }
        let y = (0..<10).map { $0 % 3 == 0 }
        #expect {
            try LogisticRegression(x: x, rows: 10, columns: 2, y: y, ridge: 0)
        } throws: { error in
            guard case .notPositiveDefinite(_, let routine, _) = error as? LinearAlgebraError else { return false }
            return routine == "dposv"
        }
    }

    @Test("sigmoid does not overflow")
    func sigmoid() {
        #expect(LogisticRegression.sigmoid(1000) == 1)
        #expect(LogisticRegression.sigmoid(-1000) == 0)
        #expect(LogisticRegression.sigmoid(0) == 0.5)
    }
}
