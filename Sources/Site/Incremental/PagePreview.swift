import Content
import Markdown

/// A saved edit to an item's body shown before the rebuild: the item's own pages rendered again with the last
/// build's theme, plan and media, while the rebuild that follows brings the rest of the site (lists, search, feeds).
///
/// It answers only when what it renders is what the rebuild will write: every changed file is the Markdown file
/// of a published item whose front matter is unchanged (so its lists, tags, related openings, translations,
/// pictures and link preview are the same), which decodes without a problem, and whose new body has no image,
/// no link to a media file and no raw HTML left out. Otherwise it answers `nil`, and only the rebuild shows the edit.
struct PagePreview: Sendable {
    let renderer: PageRenderer
    /// The last build's item pages by source path (relative to the site root).
    let pages: [String: [PlannedPage]]
    /// The site as the last build read it.
    let folder: SiteFolder
    let references: MediaReferences
    let allowUnsafeHTML: Bool

    /// Keeps what a build planned and rendered with, for previews of the next edits.
    init(renderer: PageRenderer, plan: SitePlan, site: LoadedSite, routes: Routes) {
        self.renderer = renderer
        var pages: [String: [PlannedPage]] = [:]
        for page in plan.pages {
            if let source = page.sourcePath { pages[source, default: []].append(page) }
        }
        self.pages = pages
        folder = site.folder
        references = MediaReferences(mediaFiles: Set(site.content.mediaFiles), basePath: routes.basePath)
        allowUnsafeHTML = site.settings.allowUnsafeHTML
    }

    /// The pages of the items in `changedFiles` (absolute paths, as a watcher reports them), by output path; `nil`
    /// unless every one of them can be previewed (see the type's description).
    func render(changedFiles: [String], decoding: DecodingMemo) -> [String: [UInt8]]? {
        guard !allowUnsafeHTML, !changedFiles.isEmpty else { return nil }
        let markdown = MarkdownRenderer(allowUnsafeHTML: false)
        var rendered: [String: [UInt8]] = [:]
        // The last build's memo may hold an edited item's card as it was.
        renderer.theme.environment.renderMemo?.removeAll()
        for file in changedFiles {
            guard let source = relativePath(file), let planned = pages[source], case .item(let old)? = planned.first?.content,
                  let decoded = decoding.decodeAgain(source, in: folder),
                  let item = edited(old, to: decoded, markdown: markdown) else { return nil }
            for var page in planned {
                page.content = .item(item)
                guard let html = try? renderer.render(page) else { return nil }
                rendered[page.path] = Array(html.utf8)
            }
        }
        return rendered
    }

    /// `old` with the body of `decoded`, when nothing but the body changed and the new body needs no media.
    private func edited(_ old: PublishedItem, to decoded: DecodedItem, markdown: MarkdownRenderer) -> PublishedItem? {
        let detail = PublishedItem.Detail(decoded)
        guard Self.withoutBody(decoded) == Self.withoutBody(DecodedItem(old.detail)) else { return nil }
        let body = markdown.render(decoded.metadata.body)
        guard body.droppedHTML.isEmpty, body.images.isEmpty else { return nil }
        var item = PublishedItem(detail, closed: old.closed)
        item.html = body.html
        item.bodyLinks = body.links
        guard !item.bodyLinks.contains(where: { references.resolve($0, in: item) != nil }) else { return nil }
        item.linkedTags = old.linkedTags
        item.picture = old.picture
        item.preview = old.preview
        item.mediaSources = references.files(of: item).map(\.source)
        return item
    }

    /// `path` relative to the site root, when it is inside it.
    private func relativePath(_ path: String) -> String? {
        for root in [folder.root, folder.realRoot].compactMap({ $0 }) {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        return nil
    }

    /// The item with an empty body: what its lists, tags, media and the rest of its page are made from.
    private static func withoutBody(_ item: DecodedItem) -> DecodedItem {
        func blank(_ metadata: inout ItemMetadata) {
            metadata.body = ""
            metadata.bodyStartLine = 1
        }
        switch item {
        case .story(var story): blank(&story.metadata); return .story(story)
        case .evaluation(var evaluation): blank(&evaluation.metadata); return .evaluation(evaluation)
        case .opening(var opening): blank(&opening.metadata); return .opening(opening)
        case .page(var page): blank(&page.metadata); return .page(page)
        }
    }
}

extension PublishedItem.Detail {
    /// The same typed content as a decoded item.
    init(_ decoded: DecodedItem) {
        switch decoded {
        case .story(let story): self = .story(story)
        case .evaluation(let evaluation): self = .evaluation(evaluation)
        case .opening(let opening): self = .opening(opening)
        case .page(let page): self = .page(page)
        }
    }
}

extension DecodedItem {
    /// The same typed content as a published item's.
    init(_ detail: PublishedItem.Detail) {
        switch detail {
        case .story(let story): self = .story(story)
        case .evaluation(let evaluation): self = .evaluation(evaluation)
        case .opening(let opening): self = .opening(opening)
        case .page(let page): self = .page(page)
        }
    }
}
