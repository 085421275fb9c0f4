/// `text` escaped for XML 1.0 and HTML, safe both as element text and as a quoted attribute
/// value: the one escaping rule of the HTML report, the GraphML and the GEXF files.
///
/// - `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` (the
///   numeric form: `&apos;` is not an HTML 4 entity).
/// - Tab, line feed and carriage return become `&#9;`, `&#10;` and `&#13;`, so they survive as
///   written: an XML parser turns them into spaces in an attribute value when left literal, and
///   turns a literal carriage return into a line feed everywhere (XML 1.0 §3.3.3, §2.11).
/// - Characters XML 1.0 does not allow at all, not even as references (§2.2: the other C0
///   controls, U+FFFE, U+FFFF), are left out.
///
/// - Complexity: O(n) in the text's length.
func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\t": out += "&#9;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        default:
            if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
            out.unicodeScalars.append(c)
        }
    }
    return out
}
