internal import CCmarkGFM

/// The GFM syntax extensions, registered once with cmark-gfm and looked up by name.
enum CMarkExtensions {
    /// The extensions every parser attaches, in a fixed order.
    static let names = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the core extensions exactly once (a `static let` initialiser runs once, thread-safely),
    /// then finds each by name. The registry is read-only afterwards, so lookups may run on any thread.
    nonisolated(unsafe) static let all: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return names.map { name in
            guard let found = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm has no '\(name)' extension; is libcmark-gfm-extensions installed?")
            }
            return found
        }
    }()
}
