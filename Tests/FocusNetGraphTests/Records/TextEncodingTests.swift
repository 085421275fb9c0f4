import Foundation
import Testing
import Yams
@testable import FocusNetGraph

@Suite("TextEncoding")
struct TextEncodingTests {
    @Test("names: the three canonical ones, any case, and common aliases; anything else is nil")
    func names() {
        #expect(TextEncoding(name: "utf-8") == .utf8)
        #expect(TextEncoding(name: "UTF8") == .utf8)
        #expect(TextEncoding(name: "Windows-1252") == .windows1252)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "ANSI") == .windows1252, "what Windows calls it")
        #expect(TextEncoding(name: "iso-8859-1") == .iso8859_1)
        #expect(TextEncoding(name: "latin1") == .iso8859_1)
        #expect(TextEncoding(name: "latin9") == nil)
        #expect(TextEncoding(name: "utf-16") == nil)
        #expect(TextEncoding.allCases.map(\.description) == ["utf-8", "windows-1252", "iso-8859-1"])
    }

    @Test("decoding an unknown name fails with the choices")
    func decoding() throws {
        #expect(try YAMLDecoder().decode([String: TextEncoding].self, from: "e: CP1252") == ["e": .windows1252])
        do {
            _ = try YAMLDecoder().decode([String: TextEncoding].self, from: "e: latin9")
            Issue.record("latin9 decoded")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.debugDescription == "unknown encoding 'latin9'; expected utf-8, windows-1252 or iso-8859-1")
        }
    }
}
