import FocusNetGraph
import Foundation

/// The classic graphs in Fixtures/ (see Fixtures/README.md) and their networkx 3.6.1 reference values.
enum ReferenceGraphs {
    struct Loaded {
        let graph: WeightedGraph
        /// Node name by index (for karate/kite the 0-based id as text).
        let names: [String]
        func index(_ name: String) -> Int { names.firstIndex(of: name)! }
    }

    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!
    }

    static func rows(_ file: String) -> [[String]] {
        let text = try! String(contentsOf: url(file), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    }

    /// An edge file `source,target[,weight]`; names are numbered in sorted order (numeric ids numerically).
    static func load(_ file: String) -> Loaded {
        let edges = rows(file)
        var names = Array(Set(edges.flatMap { [$0[0], $0[1]] }))
        names.sort { (Int($0), Int($1)) == (nil, nil) ? $0 < $1 : Int($0)! < Int($1)! }
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let ties = edges.map { (index[$0[0]]!, index[$0[1]]!, $0.count > 2 ? Double($0[2])! : 1.0) }
        return Loaded(graph: try! WeightedGraph(nodeCount: names.count, ties: ties), names: names)
    }

    /// networkx's value of `measure` for each node of `graph` (karate, kite, florentine).
    static func reference(_ graph: String, _ measure: String) -> [String: Double] {
        var values: [String: Double] = [:]
        for row in rows("reference_values.csv") where row[0] == graph && row[2] == measure { values[row[1]] = Double(row[3])! }
        return values
    }

    /// networkx's value of `measure` on the weighted test graph, by node.
    static func weightedReference(_ measure: String) -> [Int: Double] {
        var values: [Int: Double] = [:]
        for row in rows("weighted_reference.csv") where row[1] == measure { values[Int(row[0])!] = Double(row[2])! }
        return values
    }

    /// A star: node 0 tied to 1...leaves.
    static func star(leaves: Int) -> WeightedGraph {
        try! WeightedGraph(nodeCount: leaves + 1, ties: (1...leaves).map { (0, $0, 1.0) })
    }

    /// A path 0 – 1 – … – (n−1).
    static func path(_ n: Int) -> WeightedGraph {
        try! WeightedGraph(nodeCount: n, ties: (0..<(n - 1)).map { ($0, $0 + 1, 1.0) })
    }
}
