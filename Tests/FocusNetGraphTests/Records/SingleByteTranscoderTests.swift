import Testing
@testable import FocusNetGraph

@Suite("SingleByteTranscoder")
struct SingleByteTranscoderTests {
    @Test("Windows-1252: é ñ € ’ and the rest of 0x80–0x9F become their UTF-8 letters")
    func windows1252() {
        // "Jos\xE9 Mu\xF1oz \x80 5 \x92a\x92" in Windows-1252.
        let bytes: [UInt8] = Array("Jos".utf8) + [0xE9] + Array(" Mu".utf8) + [0xF1] + Array("oz ".utf8) + [0x80]
            + Array(" 5 ".utf8) + [0x92] + Array("a".utf8) + [0x92]
        let utf8 = SingleByteTranscoder.utf8(bytes, from: .windows1252)
        #expect(String(decoding: utf8, as: UTF8.self) == "José Muñoz € 5 ’a’")
        // € is 3 UTF-8 bytes (E2 82 AC), é and ñ 2 each, ’ 3 each.
        #expect(utf8.count == bytes.count + 1 + 1 + 2 + 2 + 2)
        let high = (0x80...0x9F).map { SingleByteTranscoder.character(UInt8($0), in: .windows1252).map { String(Character($0)) } ?? "·" }
        #expect(high.joined() == "€·‚ƒ„…†‡ˆ‰Š‹Œ·Ž··‘’“”•–—˜™š›œ·žŸ")
    }

    @Test("Windows-1252's five undefined bytes pass through unchanged, as invalid UTF-8")
    func undefined() {
        let undefined: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        for byte in undefined {
            #expect(SingleByteTranscoder.character(byte, in: .windows1252) == nil)
            #expect(SingleByteTranscoder.utf8([0x61, byte, 0x62], from: .windows1252) == [0x61, byte, 0x62])
        }
        #expect((0x80...0x9F).filter { SingleByteTranscoder.character(UInt8($0), in: .windows1252) == nil } == undefined.map(Int.init))
    }

    @Test("ISO-8859-1 maps every byte b to U+00b, 0x80–0x9F included")
    func latin1() {
        let all = (0...255).map(UInt8.init)
        let text = String(decoding: SingleByteTranscoder.utf8(all, from: .iso8859_1), as: UTF8.self)
        #expect(text.unicodeScalars.map(\.value) == (0...255).map(UInt32.init))
        #expect(String(decoding: SingleByteTranscoder.utf8([0x47, 0xF3, 0x6D, 0x65, 0x7A], from: .iso8859_1), as: UTF8.self) == "Gómez")
    }

    @Test("ASCII is unchanged in both encodings; UTF-8 passes through")
    func ascii() {
        let bytes = Array("arrest_id,person_id\r\nA1,\"P,1\"\n".utf8)
        #expect(SingleByteTranscoder.utf8(bytes, from: .windows1252) == bytes)
        #expect(SingleByteTranscoder.utf8(bytes, from: .iso8859_1) == bytes)
        #expect(SingleByteTranscoder.utf8([0xC3, 0xA9], from: .utf8) == [0xC3, 0xA9])
        #expect(SingleByteTranscoder.utf8([], from: .windows1252) == [])
    }
}
