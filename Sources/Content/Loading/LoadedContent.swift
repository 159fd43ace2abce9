import Diagnostics

/// Everything under `content/`, decoded and validated in one run.
public struct LoadedContent: Sendable {
    /// The site settings; `nil` when site.yml is missing or unusable (then ``diagnostics`` says why).
    public var config: SiteConfig?
    /// Stories, sorted by source path (including those without consent; see ``Story/isPublishable``).
    public var stories: [Story]
    /// Evaluations, sorted by source path.
    public var evaluations: [Evaluation]
    /// Openings, sorted by source path (including expired ones).
    public var openings: [Opening]
    /// Free pages, sorted by source path.
    public var pages: [FreePage]
    /// Files under `content/media`, relative to it (`logo.svg`, `photos/amal.jpg`), sorted.
    public var mediaFiles: [String]
    /// Every problem in every file, sorted by path, line, column, severity, message.
    public var diagnostics: [Diagnostic]

    /// Creates loaded content (the loader does this; tests of later stages may too).
    public init(config: SiteConfig?, stories: [Story] = [], evaluations: [Evaluation] = [], openings: [Opening] = [],
                pages: [FreePage] = [], mediaFiles: [String] = [], diagnostics: [Diagnostic] = []) {
        self.config = config
        self.stories = stories
        self.evaluations = evaluations
        self.openings = openings
        self.pages = pages
        self.mediaFiles = mediaFiles
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// Every item's metadata, in kind order (stories, evaluations, openings, pages), each by source path.
    public var allMetadata: [ItemMetadata] {
        stories.map(\.metadata) + evaluations.map(\.metadata) + openings.map(\.metadata) + pages.map(\.metadata)
    }
}
