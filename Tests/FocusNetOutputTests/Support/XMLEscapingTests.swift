import Testing
@testable import FocusNetOutput

@Suite struct XMLEscapingTests {
    @Test("XML escaping of ids with markup characters")
    func escaping() {
        #expect(xmlEscaped("a&b<c>\"d'e") == "a&amp;b&lt;c&gt;&quot;d&#39;e")
        #expect(xmlEscaped("x\u{1}y") == "xy")
        #expect(xmlEscaped("plain text, ünïcode 🚀") == "plain text, ünïcode 🚀")
    }

    @Test("tab, line feed and carriage return are written as references; U+FFFE and U+FFFF are left out")
    func whiteSpaceAndNonCharacters() {
        #expect(xmlEscaped("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
        #expect(xmlEscaped("x\u{FFFE}y\u{FFFF}z\u{0}") == "xyz")
        #expect(xmlEscaped("\u{7F}\u{85}") == "\u{7F}\u{85}")   // allowed by XML 1.0 §2.2
    }

    /// Foundation's XMLParser (through the tests' `XMLElementNode`) reads every escaped value
    /// back as written, in an attribute and in element text, apart from the characters XML 1.0
    /// cannot hold.
    @Test("values read back with XMLParser, in attributes and in text")
    func roundTrip() throws {
        let value = "a & b <c> \"d\" 'e'\tf\ng\r\nh\u{1}i"
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><e v=\"\(xmlEscaped(value))\">\(xmlEscaped(value))</e>"
        let root = try #require(XMLElementNode.parse(document))
        let expected = "a & b <c> \"d\" 'e'\tf\ng\r\nhi"
        #expect(root.attributes["v"] == expected)
        #expect(root.text == expected)
    }
}
