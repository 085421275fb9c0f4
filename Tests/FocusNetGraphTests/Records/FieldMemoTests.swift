import Testing
@testable import FocusNetGraph

@Suite("FieldMemo")
struct FieldMemoTests {
    /// `body` called with the UTF-8 bytes of `text`.
    private func bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test("a value is found again for exactly the bytes it was remembered for")
    func exactBytes() {
        var memo = FieldMemo<Int>()
        #expect(bytes("violent") { memo.value(for: $0) } == nil)
        bytes("violent") { memo.remember(7, for: $0) }
        #expect(bytes("violent") { memo.value(for: $0) } == 7)
        #expect(bytes("Violent") { memo.value(for: $0) } == nil)    // same length, one byte differs
        #expect(bytes("violent ") { memo.value(for: $0) } == nil)   // a prefix is not the key
        #expect(bytes("violen") { memo.value(for: $0) } == nil)
        bytes("") { memo.remember(0, for: $0) }                      // an empty field is a key too
        #expect(bytes("") { memo.value(for: $0) } == 0)
        #expect(bytes("violent") { memo.value(for: $0) } == 7)
    }

    @Test("fields longer than 31 bytes are never remembered; 31 bytes are")
    func longFields() {
        var memo = FieldMemo<Int>()
        let long = String(repeating: "x", count: 32), longest = String(repeating: "x", count: 31)
        bytes(long) { memo.remember(1, for: $0) }
        #expect(bytes(long) { memo.value(for: $0) } == nil)
        bytes(longest) { memo.remember(2, for: $0) }
        #expect(bytes(longest) { memo.value(for: $0) } == 2)
    }

    @Test("remembering again replaces the value")
    func replace() {
        var memo = FieldMemo<String>()
        bytes("z1") { memo.remember("first", for: $0) }
        bytes("z1") { memo.remember("second", for: $0) }
        #expect(bytes("z1") { memo.value(for: $0) } == "second")
    }
}
