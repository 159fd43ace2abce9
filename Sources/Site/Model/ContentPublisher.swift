import Content
import Diagnostics
import Dispatch
import Foundation
import Liquid
import Markdown

/// The loaded content of a site, with the settings the build takes from site.yml.
struct LoadedSite: Sendable {
    var facts: SiteFacts
    var content: LoadedContent
    /// The site root, read through the rule for what may be published.
    var folder: SiteFolder

    /// Files copied as they are, each from its resolved source: theme assets, media, and the files of bundles.
    /// All were listed, and their links and special files reported, when content and the theme were loaded.
    func copies(items: [PublishedItem], assets: [SiteFile]) -> [(source: String, path: String)] {
        var copies: [(source: String, path: String)] = assets.map { ($0.sourcePath, "assets/" + $0.path) }
        for file in content.mediaFiles {
            if case .file(let source) = folder.entry("content/media/" + file) { copies.append((source, "media/" + file)) }
        }
        for item in items {
            for file in item.bundleFiles {
                if case .file(let source) = folder.entry(file.path) { copies.append((source, item.folder + file.name)) }
            }
        }
        return copies
    }
}

/// Turns loaded content into what the site publishes: applies the consent gate
/// and expiry, renders Markdown, and prepares each kind's template fields.
enum ContentPublisher {
    /// Loads and validates `content/`; `nil` when there is no usable site.yml.
    static func load(settings: BuildSettings, diagnostics: inout [Diagnostic]) -> LoadedSite? {
        let loader = ContentLoader(root: settings.root, fileSystem: settings.fileSystem)
        let content = loader.load(includeDrafts: settings.includeDrafts)
        diagnostics += content.diagnostics
        guard let config = content.config else { return nil }
        var baseURL = settings.baseURLOverride ?? config.baseURL
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        let facts = SiteFacts(
            title: config.title, description: config.description ?? "", organisation: config.organisation ?? "",
            baseURL: baseURL, defaultLanguage: config.defaultLanguage.code, languages: config.languages.map(\.code),
            perPage: config.perPage, allowUnsafeHTML: config.unsafeHTML)
        return LoadedSite(facts: facts, content: content, folder: loader.site)
    }

    /// The items the site publishes, with Markdown rendered (in parallel).
    /// - Complexity: O(n) Markdown renders spread over the available cores.
    static func publish(_ site: LoadedSite, routes: Routes, strings: InterfaceStrings, now: BuildDate) -> [PublishedItem] {
        let names = CodeNames(strings: strings)
        var items: [PublishedItem] = []
        for story in site.content.stories where story.isPublishable {
            items.append(StoryFields.item(story, names: names, routes: routes))
        }
        for evaluation in site.content.evaluations {
            items.append(EvaluationFields.item(evaluation, names: names, strings: strings))
        }
        for opening in site.content.openings {
            items.append(OpeningFields.item(opening, closed: opening.expires < now, names: names))
        }
        for page in site.content.pages {
            var item = PublishedItem(metadata: page.metadata, date: "")
            item.menuOrder = page.menuOrder
            items.append(item)
        }
        renderMarkdown(&items, allowUnsafeHTML: site.facts.allowUnsafeHTML)
        // A closed opening leaves the tag pages, so it links only to tags that still have one.
        let listedTags = Set(items.filter(\.isListed).flatMap(\.tags))
        for index in items.indices where items[index].closed {
            items[index].tags = items[index].tags.filter(listedTags.contains)
        }
        for index in items.indices where !items[index].closed {
            guard var posting = items[index].jobPosting else { continue }
            posting.descriptionHTML = items[index].html
            posting.url = routes.canonical(items[index].folder)
            items[index].jsonLD = JobPostingJSONLD.scriptBlock(posting)
        }
        return items
    }

    private static func renderMarkdown(_ items: inout [PublishedItem], allowUnsafeHTML: Bool) {
        let renderer = MarkdownRenderer(allowUnsafeHTML: allowUnsafeHTML)
        let sources = items.map(\.markdown)
        let results = UnsafeMutableBufferPointer<RenderedMarkdown?>.allocate(capacity: sources.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            slots[index] = renderer.render(sources[index])
        }
        for index in items.indices {
            items[index].html = results[index]?.html ?? ""
            items[index].bodyLinks = results[index]?.links ?? []
        }
    }
}

extension PublishedItem {
    /// The common fields of a content item.
    init(metadata: ItemMetadata, date: String) {
        self.init(
            kind: metadata.kind, slug: metadata.slug.rawValue, title: metadata.title, language: metadata.lang.code,
            isRightToLeft: metadata.lang.isRightToLeft, summary: metadata.summary ?? "", tags: metadata.tags.map(\.name),
            date: date, translationKey: metadata.translationKey, sourcePath: metadata.sourcePath,
            bodyStartLine: metadata.bodyStartLine, markdown: metadata.body)
        let prefix = (metadata.bundleFolder ?? "") + "/"
        self.bundleFiles = metadata.bundleFiles.map { path in
            (path: path, name: path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : (path as NSString).lastPathComponent)
        }
    }
}

