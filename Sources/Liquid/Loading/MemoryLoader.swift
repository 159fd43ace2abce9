/// Templates held in a dictionary, for tests and the conformance suite.
public struct MemoryLoader: TemplateLoader {
    private let sources: [String: String]

    /// Serves `sources`, keyed by template name (with or without `.liquid`).
    public init(_ sources: [String: String]) {
        self.sources = sources
    }

    public func source(named name: String) throws -> String? {
        if let text = sources[name] { return text }
        if name.hasSuffix(".liquid") { return sources[String(name.dropLast(7))] }
        return sources[name + ".liquid"]
    }
}
