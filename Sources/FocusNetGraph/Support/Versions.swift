/// Versions of FocusNet and the engines it links, for run manifests.
public enum Versions {
    public static let focusNet = "0.1.0"
    /// The linked igraph C library's version, e.g. "0.10.2".
    public static var igraph: String { IGraphRuntime.version }
}
