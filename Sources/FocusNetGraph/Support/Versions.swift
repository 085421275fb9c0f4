/// Versions of FocusNet and the engines it links, for run manifests.
package enum Versions {
    /// FocusNet's own version, e.g. "0.1.0".
    package static let focusNet = "0.1.0"
    /// The linked igraph C library's version, e.g. "0.10.2".
    package static var igraph: String { IGraphRuntime.version }
}
