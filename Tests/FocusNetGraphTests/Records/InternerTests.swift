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

    @Test("a name interned as bytes or as a String is one name; lookups by bytes need no String")
    func bytesAndStrings() {
        var interner = Interner()
        let viaBytes = Array("P04640760".utf8), other = Array("P0464076".utf8)
        #expect(viaBytes.withUnsafeBufferPointer { interner.intern($0) } == 0)
        #expect(interner.intern("P0464076") == 1)
        #expect(interner.intern("P04640760") == 0)
        #expect(other.withUnsafeBufferPointer { interner.index(of: $0) } == 1)
        #expect(interner.intern("") == 2)
        #expect([UInt8]().withUnsafeBufferPointer { interner.index(of: $0) } == 2)
        #expect(interner.names == ["P04640760", "P0464076", ""])
        #expect(viaBytes.withUnsafeBufferPointer { interner.name(0, equals: $0) })
        #expect(!other.withUnsafeBufferPointer { interner.name(0, equals: $0) })
        #expect(interner.withName(1) { Array($0) } == other)
    }

    @Test("indices survive the table's growth (16 slots at first, doubled when half full), and truncate forgets exactly the later names")
    func growthAndTruncate() {
        var interner = Interner()
        let names = (0..<1_000).map { "id-\($0 * 7919 % 1_000)" }
        for (i, name) in names.enumerated() { #expect(interner.intern(name) == Int32(i)) }
        #expect(names.indices.allSatisfy { interner.index(of: names[$0]) == Int32($0) })
        interner.truncate(to: 10)
        #expect(interner.count == 10 && interner.names == Array(names.prefix(10)))
        #expect(interner.index(of: names[10]) == nil && interner.index(of: names[9]) == 9)
        #expect(interner.intern(names[500]) == 10)
        #expect(interner.add("new") == 11)
    }
}

