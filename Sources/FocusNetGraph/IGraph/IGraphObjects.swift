internal import CIGraph

// Owning wrappers: each igraph object is destroyed exactly once, in `deinit`. A failed
// initializer leaves nothing allocated (igraph cleans up its own partial work), and Swift
// does not run `deinit` for it. Create them only inside `IGraphRuntime.run`; `deinit` takes
// no lock because igraph's destroy functions touch no global state.

/// An igraph real vector (`igraph_vector_t`).
package final class IGraphRealVector {
    var raw = igraph_vector_t()

    init(count: Int, _ operation: String) throws {
        try IGraphRuntime.check(igraph_vector_init(&raw, igraph_integer_t(count)), operation)
    }

    convenience init(_ values: [Double], _ operation: String) throws {
        try self.init(count: values.count, operation)
        for (i, value) in values.enumerated() { raw.stor_begin[i] = value }
    }

    var array: [Double] {
        let count = Int(igraph_vector_size(&raw))
        return Array(UnsafeBufferPointer(start: raw.stor_begin, count: count))
    }

    deinit { igraph_vector_destroy(&raw) }
}

/// An igraph integer vector (`igraph_vector_int_t`).
package final class IGraphIntVector {
    var raw = igraph_vector_int_t()

    init(count: Int, _ operation: String) throws {
        try IGraphRuntime.check(igraph_vector_int_init(&raw, igraph_integer_t(count)), operation)
    }

    convenience init(_ values: [Int], _ operation: String) throws {
        try self.init(count: values.count, operation)
        for (i, value) in values.enumerated() { raw.stor_begin[i] = igraph_integer_t(value) }
    }

    var array: [Int] {
        let count = Int(igraph_vector_int_size(&raw))
        return (0..<count).map { Int(raw.stor_begin[$0]) }
    }

    deinit { igraph_vector_int_destroy(&raw) }
}

/// An undirected igraph graph (`igraph_t`).
package final class IGraphGraph {
    var raw = igraph_t()

    /// - Precondition: every endpoint is in `0..<nodeCount` (igraph would silently add vertices).
    init(nodeCount: Int, sources: [Int32], targets: [Int32], _ operation: String) throws {
        precondition(sources.count == targets.count, "edge endpoint arrays differ in length")
        var flat = [Int](repeating: 0, count: 2 * sources.count)
        for i in sources.indices {
            let u = Int(sources[i]), v = Int(targets[i])
            precondition(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount, "edge endpoint out of range")
            flat[2 * i] = u
            flat[2 * i + 1] = v
        }
        let edges = try IGraphIntVector(flat, operation)
        try IGraphRuntime.check(igraph_create(&raw, &edges.raw, igraph_integer_t(nodeCount), false), operation)
    }

    deinit { igraph_destroy(&raw) }
}
