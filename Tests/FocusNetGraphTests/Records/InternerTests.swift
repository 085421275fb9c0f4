import Testing
@testable import FocusNetGraph

@Suite("Interner")
struct InternerTests {
    @Test("indices are renumbered into UTF-8 byte order, whatever the order of interning")
    func byteOrder() {
        let names = ["Zoe", "Ärzte", "zoe", "Ana", "10", "9", "Ñu", "Émile", "中", "Ana"]
        var interner = Interner()
        let first = names.map { interner.intern($0) }
        #expect(first == [0, 1, 2, 3, 4, 5, 6, 7, 8, 3])
        #expect(interner.index(of: "Ñu") == 6)
        #expect(interner.index(of: "nobody") == nil)
        let (sorted, renumber) = interner.finish()
        let byBytes = Array(Set(names)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(sorted == byBytes)
        #expect(sorted.first == "10" && sorted.last == "中")
        for (old, name) in names.enumerated() { #expect(sorted[Int(renumber[Int(first[old])])] == name) }
    }

    @Test("add(_:) of a name looked up and absent gives the index intern(_:) would, and intern then finds it")
    func addAbsent() {
        var a = Interner(), b = Interner()
        for name in ["p-7", "p-3", "p-9"] {
            #expect(a.index(of: name) == nil)
            #expect(a.add(name) == b.intern(name))
        }
        #expect(a.intern("p-3") == 1 && a.count == 3)
        #expect(a.finish().names == b.finish().names)
    }
}
