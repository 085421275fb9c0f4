import FocusNetGraph

/// An undirected weighted network in compressed sparse row form — the input of every kernel:
/// the kernels' name for ``FocusNetGraph/Adjacency`` (one type, so nothing is copied between them),
/// and what ``ProjectionKernel`` builds directly from records.
///
/// - Complexity: memory 8 (n + 1) + 24 m bytes for n nodes and m ties.
package typealias CSRGraph = Adjacency
