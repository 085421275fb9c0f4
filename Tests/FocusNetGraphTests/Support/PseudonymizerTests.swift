import Foundation
import Testing
@testable import FocusNetGraph

@Suite struct PseudonymizerTests {
    static let keyA = Data((0..<32).map { UInt8($0) })
    static let keyB = Data((0..<32).map { UInt8(255 - $0) })

    @Test("HMAC-SHA-256 cross-checked with Python 3.11 hmac (tolerance: exact)")
    func knownAnswer() throws {
        // python3 -c 'import hmac,hashlib; print(hmac.new(bytes(range(32)), b"P000123", hashlib.sha256).hexdigest()[:32])'
        let p = try Pseudonymizer(keyBytes: Self.keyA)
        #expect(p.pseudonym("P000123") == "P-" + "635c324bf6133d12a12ee7d13b222667")
    }

    @Test("stable under one key, different under another, distinct across ids")
    func stability() throws {
        let a1 = try Pseudonymizer(keyBytes: Self.keyA), a2 = try Pseudonymizer(keyBytes: Self.keyA)
        let b = try Pseudonymizer(keyBytes: Self.keyB)
        #expect(a1.pseudonym("W0001") == a2.pseudonym("W0001"))
        #expect(a1.pseudonym("W0001") != b.pseudonym("W0001"))
        #expect(a1.pseudonym("W0001") != a1.pseudonym("W0002"))
    }

    @Test("a short key is refused")
    func shortKey() {
        #expect(throws: PseudonymizerError.keyTooShort(bytes: 4)) { try Pseudonymizer(keyBytes: Data("Jefe".utf8)) }
    }
}
