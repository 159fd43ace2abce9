import Content
import Dispatch
import Synchronization
import Markdown

/// A saved edit to an item shown before the rebuild: the pages that show the item rendered again with the last
/// build's theme, plan and media, while the rebuild that follows brings the rest of the site (search, feeds, the
/// link preview's picture).
///
/// Every changed file must be the Markdown file of a published item, which decodes without a problem, and whose new
/// body has no image, no link to a media file and no raw HTML left out; otherwise it answers `nil`, and only the
/// rebuild shows the edit. Then:
/// - When the item's placement is unchanged (see ``placement(_:)``: what its lists, tags, facets, related openings,
///   translations, pictures and menus are made from), it renders exactly what the rebuild will write. A body edit
///   renders the item's own pages; an edit to the text its cards show (a title, a summary, an organisation) also
///   renders every list, tag, facet, home and print page that lists it, and the pages that link to it as a
///   translation or a related opening.
/// - When the edit moves the item only between lists of the site (its tags, dates, expiry, or a facet's field: see
///   ``movedFields(of:from:)``), it gives a first look: the item's own pages as the edit leaves them, closed or open
///   again by the build date, with the related openings the plan would suggest. The lists it leaves or joins wait for
///   the rebuild, which reloads any previewed page it writes otherwise (a tag page made or gone links a tag or not).
///   An edit to where the page is (slug, language, translations), whether it is published (draft, consent) or its
///   pictures gets no preview.
struct PagePreview: Sendable {
    /// The last build's renderers, one a core, sharing its render memo.
    let renderers: [PageRenderer]
    /// The last build's pages.
    let plan: [PlannedPage]
    /// Positions in ``plan`` of each item's own pages, by source path (relative to the site root).
    let pages: [String: [Int]]
    /// The site as the last build read it.
    let folder: SiteFolder
    let references: MediaReferences
    let allowUnsafeHTML: Bool
    /// The content files the last build published from: items, the files of their bundles, and media.
    let publishedFiles: Set<String>
    /// Who a link preview card names when an opening names no organisation (as ``LinkPreviewMaker`` is given it).
    let siteOrganisation: String
    /// The build date, which closes an opening whose expiry an edit moves.
    let buildDate: BuildDate
    /// The plan's open openings by tag, for a closed opening's suggestions.
    let relatedOpenings: RelatedOpenings?
    /// The tags with a tag page, which a closed opening still links.
    let tagsWithPages: Set<Tag>

    /// Keeps what a build planned and rendered with, for previews of the next edits.
    init(renderers: [PageRenderer], plan: SitePlan, site: LoadedSite, routes: Routes, buildDate: BuildDate) {
        self.renderers = renderers
        self.plan = plan.pages
        self.buildDate = buildDate
        relatedOpenings = plan.relatedOpenings
        tagsWithPages = Set(plan.pages.compactMap { if case .tag(let summary, _) = $0.content { return summary.tag } else { return nil } })
        var pages: [String: [Int]] = [:]
        for (position, page) in plan.pages.enumerated() {
            if let source = page.sourcePath { pages[source, default: []].append(position) }
        }
        self.pages = pages
        var publishedFiles = Set(site.content.mediaFiles)
        for (source, own) in pages {
            publishedFiles.insert(source)
            if case .item(let item) = plan.pages[own[0]].content { publishedFiles.formUnion(item.metadata.bundleFiles) }
        }
        self.publishedFiles = publishedFiles
        folder = site.folder
        references = MediaReferences(mediaFiles: Set(site.content.mediaFiles), basePath: routes.basePath)
        allowUnsafeHTML = site.settings.allowUnsafeHTML
        siteOrganisation = LinkPreviewMaker.siteOrganisation(site.settings)
    }

    /// The pages showing the items in `changedFiles` (absolute paths, as a watcher reports them), by output path;
    /// `nil` unless every one of them can be previewed (see the type's description).
    func render(changedFiles: [String], decoding: DecodingMemo) -> [String: [UInt8]]? {
        guard !allowUnsafeHTML else { return nil }
        let markdown = MarkdownRenderer(allowUnsafeHTML: false)
        var changed: [Edit] = []
        var ownPages: [Int] = []
        var cardsChanged = false
        var moved = false
        for file in changedFiles {
            guard let source = relativePath(file) else { return nil }
            if isEditorsScratch(source) { continue }
            guard let own = pages[source], case .item(let old) = plan[own[0]].content,
                  let decoded = decoding.decodeAgain(source, in: folder) else { return nil }
            let before = DecodedItem(old.detail)
            let moves = Self.placement(decoded) != Self.placement(before)
            // Only a move between lists gets a first look; the page itself must stay where it is.
            guard !moves || Self.placement(Self.movedFields(of: decoded, from: before)) == Self.placement(before),
                  let item = edited(old, to: decoded, markdown: markdown, moved: moves) else { return nil }
            changed.append(Edit(old: old, new: item))
            ownPages += own
            moved = moved || moves
            // Anything but the body changed: the item's cards and links may read differently on other pages.
            if Self.withoutBody(decoded) != Self.withoutBody(before) { cardsChanged = true }
        }
        let edits = changed
        guard !edits.isEmpty else { return nil }
        // A changed title or summary shows wherever the item is listed or linked; a body only on its own pages; a move
        // gives a first look at the own pages, the lists following with the rebuild.
        let positions = cardsChanged && !moved ? plan.indices.filter { plan[$0].mentions(edits) } : ownPages
        let suggestions = relatedOpenings
        let planned = positions.map { position in
            var page = plan[position].replacing(edits)
            if moved, case .item(let item) = page.content {
                page.noindex = item.closed
                page.related = suggestions?.suggestions(for: item) ?? []
            }
            return page
        }
        // The last build's memo may hold an edited item's card as it was.
        renderers[0].theme.environment.renderMemo?.removeAll()
        // The renderers share the pages, as the build's threads do; a page that fails stops the preview.
        let results = Mutex([String: [UInt8]]())
        let failed = Atomic(false)
        DispatchQueue.concurrentPerform(iterations: renderers.count) { lane in
            for position in stride(from: lane, to: planned.count, by: renderers.count) where !failed.load(ordering: .relaxed) {
                let page = planned[position]
                guard let html = try? renderers[lane].render(page) else {
                    failed.store(true, ordering: .relaxed)
                    return
                }
                results.withLock { $0[page.path] = Array(html.utf8) }
            }
        }
        guard !failed.load(ordering: .relaxed) else { return nil }
        return results.withLock { $0 }
    }

    /// `old` with what `decoded` changed, when the new body needs no media. An item that `moved` is closed again by the
    /// build date, and links the tags that have a page when closed, as publishing does.
    private func edited(_ old: PublishedItem, to decoded: DecodedItem, markdown: MarkdownRenderer, moved: Bool) -> PublishedItem? {
        let detail = PublishedItem.Detail(decoded)
        let body = markdown.render(decoded.metadata.body)
        guard body.droppedHTML.isEmpty, body.images.isEmpty else { return nil }
        var closed = old.closed
        if moved, case .opening(let opening) = decoded { closed = opening.isExpired(on: buildDate) }
        var item = PublishedItem(detail, closed: closed)
        item.html = body.html
        item.bodyLinks = body.links
        guard !item.bodyLinks.contains(where: { references.resolve($0, in: item) != nil }) else { return nil }
        item.linkedTags = !moved ? old.linkedTags : closed ? item.metadata.tags.filter(tagsWithPages.contains) : item.metadata.tags
        item.picture = old.picture
        item.preview = old.preview.map { preview in
            var preview = preview
            preview.alt = LinkPreview.alt(of: item, fromPhoto: preview.isPhoto, siteOrganisation: siteOrganisation)
            return preview
        }
        item.mediaSources = references.files(of: item).map(\.source)
        return item
    }

    /// Whether `source` is a file an editor made and removed while saving (`sed -i` and many editors write a
    /// scratch file beside the one they save, then rename it over it): gone now, under `content/`, and not one
    /// of the last build's published files or a folder holding one, so neither its coming nor its going changes a page.
    private func isEditorsScratch(_ source: String) -> Bool {
        guard source.hasPrefix("content/"), folder.entry(source) == .missing else { return false }
        let inside = source + "/"
        return !publishedFiles.contains(source) && !publishedFiles.contains { $0.hasPrefix(inside) }
    }

    /// `path` relative to the site root, when it is inside it.
    private func relativePath(_ path: String) -> String? {
        for root in [folder.root, folder.realRoot].compactMap({ $0 }) {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        }
        return nil
    }

    /// The item without what only the pages showing it show: its body, and the front matter its page and cards
    /// print as text (title, summary, `params`, an opening's organisation, location, pay, apply link and permit, a
    /// story's person and country, an evaluation's study and results). What is left is what the plan is made from
    /// (kind, slug, language, dates, tags, translations, facets, consent, pictures); a free page keeps its title and
    /// summary, which every page's menu shows. Any field not named here stays, so a new one is never previewed wrongly.
    static func placement(_ item: DecodedItem) -> DecodedItem {
        var item = withoutBody(item)
        func blankText(_ metadata: inout ItemMetadata) {
            metadata.title = ""
            metadata.summary = nil
            metadata.params = [:]
        }
        switch item {
        case .story(var story):
            blankText(&story.metadata)
            story.person = nil
            story.pseudonym = false
            story.country = nil
            item = .story(story)
        case .evaluation(var evaluation):
            blankText(&evaluation.metadata)
            evaluation.programme = nil
            evaluation.organisation = nil
            evaluation.country = nil
            evaluation.period = nil
            evaluation.method = nil
            evaluation.sampleSize = nil
            evaluation.costPerParticipant = nil
            evaluation.outcomes = []
            item = .evaluation(evaluation)
        case .opening(var opening):
            blankText(&opening.metadata)
            opening.organisation = nil
            opening.location = nil
            opening.salary = nil
            opening.applyURL = nil
            opening.workPermit = nil
            opening.devices = []
            item = .opening(opening)
        case .page:
            break
        }
        return item
    }

    /// `item` with the fields that move an item between the site's lists but not its own page taken from `other`:
    /// tags, dates, expiry, and the fields of the facets (workplace, applicant countries, type of work, pipeline,
    /// languages needed). An edited item with these taken from the item before the edit, placed as that item was,
    /// moved nothing else.
    static func movedFields(of item: DecodedItem, from other: DecodedItem) -> DecodedItem {
        func takeTags(_ metadata: inout ItemMetadata) { metadata.tags = other.metadata.tags }
        switch (item, other) {
        case (.opening(var opening), .opening(let new)):
            takeTags(&opening.metadata)
            opening.posted = new.posted
            opening.expires = new.expires
            opening.workplace = new.workplace
            opening.applicantCountries = new.applicantCountries
            opening.employmentType = new.employmentType
            opening.pipeline = new.pipeline
            opening.languages = new.languages
            return .opening(opening)
        case (.story(var story), .story(let new)):
            takeTags(&story.metadata)
            story.date = new.date
            story.pipeline = new.pipeline
            return .story(story)
        case (.evaluation(var evaluation), .evaluation(let new)):
            takeTags(&evaluation.metadata)
            evaluation.date = new.date
            evaluation.intervention = new.intervention
            return .evaluation(evaluation)
        default:
            return item
        }
    }

    /// The item with an empty body.
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

extension PageSlice {
    /// The same page of the same list with each item changed by `transform`.
    func mapped(_ transform: (Item) -> Item) -> PageSlice {
        PageSlice(number: number, totalPages: totalPages, items: items.map(transform), baseFolder: baseFolder)
    }
}

/// An item as the last build planned it and as the preview shows it.
struct Edit: Sendable {
    let old: PublishedItem
    let new: PublishedItem
}

extension PlannedPage {
    /// Whether the page shows or links to one of the edited items: as its own item, on a list, tag, facet, home or
    /// print page, as a translation or as a related opening. Items are matched by identity (a plan's pages share
    /// their items), since tens of thousands of pages are asked about one item.
    func mentions(_ edits: [Edit]) -> Bool {
        let shown = { (item: PublishedItem) in edits.contains { $0.old.isIdentical(to: item) } }
        if related.contains(where: shown) { return true }
        if versions.contains(where: { if case .item(let item) = $0 { return shown(item) } else { return false } }) { return true }
        switch content {
        case .item(let item): return shown(item)
        case .list(_, let slice, _), .tag(_, let slice), .facet(_, let slice): return slice.items.contains(where: shown)
        case .home(let openings, let stories, let evaluations): return (openings + stories + evaluations).contains(where: shown)
        case .tags, .search, .notFound: return false
        }
    }

    /// The page with each edited item as the edit left it.
    func replacing(_ edits: [Edit]) -> PlannedPage {
        let swap = { (item: PublishedItem) in edits.first { $0.old.isIdentical(to: item) }?.new ?? item }
        var page = self
        page.related = related.map(swap)
        page.versions = versions.map { if case .item(let item) = $0 { return .item(swap(item)) } else { return $0 } }
        switch content {
        case .item(let item): page.content = .item(swap(item))
        case .list(let kind, let slice, let total): page.content = .list(kind, slice.mapped(swap), totalItems: total)
        case .tag(let summary, let slice): page.content = .tag(summary, slice.mapped(swap))
        case .facet(let summary, let slice): page.content = .facet(summary, slice.mapped(swap))
        case .home(let openings, let stories, let evaluations):
            page.content = .home(openings: openings.map(swap), stories: stories.map(swap), evaluations: evaluations.map(swap))
        case .tags, .search, .notFound: break
        }
        return page
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
