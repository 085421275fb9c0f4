import Testing
@testable import FocusNetGraph

@Suite("NameOrder")
struct NameOrderTests {
    @Test("UTF-8 byte order: shared 16-byte prefixes, trailing NUL, shorter first, non-ASCII last")
    func byteOrder() {
        let names = ["b", "a\u{0}", "a", "ab", "P04640760", "P0464076", "abcdefghijklmnopq", "abcdefghijklmnopa",
                     "abcdefghijklmnop", "Ñu", "中", "", "Zoe"]
        let order = NameOrder.order(names).map { names[Int($0)] }
        // By hand: "" < "P0464076" < "P04640760" < "Zoe" < "a" < "a\0" < "ab" < "abcdefghijklmnop"
        // < "abcdefghijklmnopa" < "abcdefghijklmnopq" < "b" < "Ñu" (C3 91) < "中" (E4 B8 AD).
        #expect(order == ["", "P0464076", "P04640760", "Zoe", "a", "a\u{0}", "ab", "abcdefghijklmnop",
                          "abcdefghijklmnopa", "abcdefghijklmnopq", "b", "Ñu", "中"])
    }

    @Test("the order Swift's comparison sort gives, on 5,000 ids of varied lengths and shared prefixes")
    func sameAsComparisonSort() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let names = Array(Set((0..<5_000).map { _ in
            let prefix = ["P", "CID#", "OID#0000000000000", "Ärz"][Int(next() % 4)]
            return prefix + String(next() % 100_000)
        }))
        let expected = names.indices.sorted { names[$0] < names[$1] }.map(Int32.init)
        #expect(NameOrder.order(names) == expected)
        #expect(NameOrder.order([]) == [] && NameOrder.order(["x"]) == [0])
    }
}
