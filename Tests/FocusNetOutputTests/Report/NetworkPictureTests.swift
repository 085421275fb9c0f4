import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct NetworkPictureTests {
    static func wellFormed(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }

    @Test("one mark per node and edge, well-formed SVG, hostile labels escaped")
    func marks() {
        let nodes: [NetworkPicture.Node] = [
            .init(id: "a<b>", isGroup: false, role: .focus, label: "1", victim: true, juvenile: false, title: "a<b> & co"),
            .init(id: "b", isGroup: false, role: .listed, label: "2", victim: false, juvenile: true, title: "b"),
            .init(id: "c", isGroup: false, role: .excluded, label: nil, victim: false, juvenile: false, title: "c"),
            .init(id: "group G\"1", isGroup: true, role: .other, label: "G\"1", victim: false, juvenile: false, title: "group"),
        ]
        let edges: [NetworkPicture.Edge] = [.init(a: 0, b: 1, weight: 2, membership: false), .init(a: 1, b: 2, weight: 1, membership: false),
                                            .init(a: 0, b: 3, weight: 1, membership: true)]
        let svg = NetworkPicture(nodes: nodes, edges: edges).svg(width: 300, height: 200, description: "test <picture>")
        #expect(Self.wellFormed(svg))
        #expect(svg.components(separatedBy: "<line class=\"co\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "<line class=\"member\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "<rect class=\"group\"").count - 1 == 1)
        #expect(svg.contains("class=\"focus victim\"") && svg.contains("class=\"juvenile\"") && svg.contains("class=\"excluded\""))
        #expect(svg.contains("a&lt;b&gt; &amp; co") && svg.contains("G&quot;1") && !svg.contains("a<b>"))
    }

    @Test("the same picture twice gives the same bytes")
    func deterministic() {
        let nodes = (0..<8).map { NetworkPicture.Node(id: "p\($0)", isGroup: false, role: .other, label: nil, victim: false, juvenile: false, title: "p\($0)") }
        let edges = (0..<7).map { NetworkPicture.Edge(a: $0, b: $0 + 1, weight: 1, membership: false) }
        let a = NetworkPicture(nodes: nodes, edges: edges).svg(width: 400, description: "x")
        #expect(a == NetworkPicture(nodes: nodes, edges: edges).svg(width: 400, description: "x"))
    }
}
