import Testing
@testable import FocusNetGraph

@Suite("FieldRules")
struct FieldRulesTests {
    @Test("identifiers: trimmed and NFC, case kept; a change is detected byte for byte", arguments: [
        ("P1", "P1", false), (" P1\t", "P1", true), ("Jose\u{0301}", "Jos\u{00E9}", true), ("Jos\u{00E9}", "Jos\u{00E9}", false),
        ("abc DEF", "abc DEF", false), ("\u{00A0}x\u{00A0}", "x", true), ("", "", false),
    ])
    func identifier(_ raw: String, _ value: String, _ changed: Bool) {
        let result = FieldRules.identifier(raw)
        #expect(Array(result.value.utf8) == Array(value.utf8))
        #expect(result.changed == changed)
    }

    @Test("codes: also case-folded with inner white space collapsed", arguments: [
        ("violent", "violent", false), ("Violent ", "violent", true), ("Portación  de\tARMA", "portación de arma", true),
        ("Portacio\u{0301}n de arma", "portación de arma", true), ("shot_fatal", "shot_fatal", false),
    ])
    func code(_ raw: String, _ value: String, _ changed: Bool) {
        let result = FieldRules.code(raw)
        #expect(Array(result.value.utf8) == Array(value.utf8))
        #expect(result.changed == changed)
    }
}
