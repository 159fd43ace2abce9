import Content
import Diagnostics
import Dispatch
import Markdown

/// A site's loaded content with its settings and the folder it is read from.
struct LoadedSite: Sendable {
    var settings: SiteSettings
    var content: LoadedContent
    /// The site root, read through the rule for what may be published.
    var folder: SiteFolder

    /// The theme's assets, copied as they are (media are published by ``MediaPublisher``, which re-encodes pictures).
    func copies(assets: [SiteFile]) -> [(source: String, path: String)] {
        assets.map { ($0.sourcePath, "assets/" + $0.path) }
    }

    /// Lets go of the loaded items once ``Publisher/publish(_:now:memo:diagnostics:)`` has made them published items.
    mutating func forgetItems() {
        content.stories = []
        content.evaluations = []
        content.openings = []
        content.pages = []
    }
}

/// What publishing makes: the items, and each body's plain text by source path. Only the search index reads the plain
/// texts; kept apart from the items, which pages go on holding, they are let go once the site is planned (a tenth of a
/// large build's memory).
struct Publication: Sendable {
    var items: [PublishedItem]
    var plainTexts: [String: String]
}

/// Turns loaded content into what the site publishes: applies the consent gate
/// and expiry, and renders Markdown. The result stays typed.
enum Publisher {
    /// Loads and validates `content/`, decoding only the files `memo` does not hold; `nil` when there is no usable site.yml.
    static func load(_ build: BuildSettings, memo: DecodingMemo? = nil, diagnostics: inout [Diagnostic]) -> LoadedSite? {
        let loader = ContentLoader(root: build.root, fileSystem: build.fileSystem)
        let content = loader.load(includeDrafts: build.includeDrafts, memo: memo)
        diagnostics += content.diagnostics
        guard let config = content.config else { return nil }
        return LoadedSite(settings: SiteSettings(config: config, baseURLOverride: build.baseURLOverride), content: content, folder: loader.site)
    }

    /// The items the site publishes, with Markdown rendered (in parallel).
    /// - Complexity: O(n) Markdown renders spread over the available cores.
    /// Raw HTML that Markdown drops is reported as a warning at its place in the file.
    /// A `memo` gives back bodies rendered by an earlier build instead of rendering them again.
    /// The loaded items leave `site` (``LoadedSite/forgetItems()``) and the published items keep no Markdown
    /// (``PublishedItem/forgetMarkdownSource()``): each body is let go as soon as it is rendered.
    static func publish(_ site: inout LoadedSite, now: BuildDate, memo: MarkdownMemo? = nil, diagnostics: inout [Diagnostic]) -> Publication {
        var items: [PublishedItem] = []
        items += site.content.stories.filter(\.isPublishable).map { PublishedItem(.story($0)) }
        items += site.content.evaluations.map { PublishedItem(.evaluation($0)) }
        items += site.content.openings.map { PublishedItem(.opening($0), closed: $0.isExpired(on: now)) }
        items += site.content.pages.map { PublishedItem(.page($0)) }
        site.forgetItems()
        var plainTexts: [String: String] = [:]
        diagnostics += renderMarkdown(&items, plainTexts: &plainTexts, allowUnsafeHTML: site.settings.allowUnsafeHTML, memo: memo)
        // A closed opening leaves the tag pages, so it links only to tags that still have one.
        let listedTags = Set(items.filter(\.isListed).flatMap(\.metadata.tags))
        for index in items.indices where items[index].closed {
            items[index].linkedTags = items[index].metadata.tags.filter(listedTags.contains)
        }
        return Publication(items: items, plainTexts: plainTexts)
    }

    private static func renderMarkdown(_ items: inout [PublishedItem], plainTexts: inout [String: String], allowUnsafeHTML: Bool,
                                       memo: MarkdownMemo?) -> [Diagnostic] {
        let renderer = MarkdownRenderer(allowUnsafeHTML: allowUnsafeHTML)
        // The bodies move out of the items into a buffer whose slots each rendering thread empties as it goes: at
        // 50,000 items every body and every render alive at once were the build's peak.
        let sources = UnsafeMutableBufferPointer<String>.allocate(capacity: items.count)
        _ = sources.initialize(from: items.map(\.metadata.body))
        for index in items.indices { items[index].forgetMarkdownSource() }
        let results = UnsafeMutableBufferPointer<RenderedMarkdown?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Deinitialized first: the renders the items do not take (plain texts, headings) would otherwise never be freed.
            results.deinitialize()
            results.deallocate()
            sources.deinitialize()
            sources.deallocate()
        }
        nonisolated(unsafe) let slots = results, bodies = sources
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            // Each slot is read and written by the one thread that renders it.
            slots[index] = memo?.rendered(bodies[index], by: renderer, place: index) ?? renderer.render(bodies[index])
            bodies[index] = ""
        }
        var warnings: [Diagnostic] = []
        for index in items.indices {
            items[index].html = results[index]?.html ?? ""
            if let plainText = results[index]?.plainText, !plainText.isEmpty { plainTexts[items[index].sourcePath] = plainText }
            items[index].bodyLinks = results[index]?.links ?? []
            items[index].bodyImages = results[index]?.images ?? []
            let metadata = items[index].metadata
            // A closing tag (`</a>`) belongs to the opening tag already reported.
            for dropped in results[index]?.droppedHTML ?? [] where !(dropped.kind == .inline && dropped.snippet.hasPrefix("</")) {
                warnings.append(.warning("raw HTML '\(dropped.snippet)' is left out of the page: site.yml does not set unsafe_html. "
                    + "Write it in Markdown instead, e.g. [text](https://…) for a link",
                    path: metadata.sourcePath, line: metadata.bodyStartLine + dropped.line - 1, column: dropped.column))
            }
        }
        return warnings
    }
}
