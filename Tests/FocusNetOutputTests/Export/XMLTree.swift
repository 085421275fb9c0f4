import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element, for reading exports back in tests (Foundation's XMLParser).
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [XMLElementNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// All descendants (and self) with this local name, document order.
    func all(_ local: String) -> [XMLElementNode] {
        (name == local || name.hasSuffix(":" + local) ? [self] : []) + children.flatMap { $0.all(local) }
    }

    /// Parses `text`; `nil` when XMLParser reports it is not well-formed.
    static func parse(_ text: String) -> XMLElementNode? {
        final class Delegate: NSObject, XMLParserDelegate {
            var stack: [XMLElementNode] = []
            var root: XMLElementNode?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String]) {
                let node = XMLElementNode(name: name, attributes: attributes)
                stack.last?.children.append(node)
                if stack.isEmpty { root = node }
                stack.append(node)
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                stack.removeLast()
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        return parser.parse() ? delegate.root : nil
    }
}
