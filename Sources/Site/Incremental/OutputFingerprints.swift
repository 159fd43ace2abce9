import Content

/// The digest of everything each output is made from, so that an output whose
/// digest matches the previous build's can be kept instead of rendered again.
///
/// A page's digest covers:
/// - the site-wide part: every file read that is not an item's Markdown file
///   (site.yml, layouts, partials, interface strings, any other theme or
///   settings file), the listings of `templates/` and `content/media/`, what
///   the menu of every page shows of the free pages, the languages in use, the
///   build settings, and the build date when a template mentions the date;
/// - the page's own structure: its path, layout, language, `noindex`, its
///   alternates, which items it shows in which order, page numbers and totals,
///   tag counts;
/// - each item shown, by the bytes of its file, the files of its bundle, and
///   what the rest of the site decides for it (closed, which tags it links to);
/// - the build date for pages that show an opening ("closes in N days") or
///   that the planner marks as depending on it.
///
/// Any template edit therefore renders every page again; an edited item
/// renders its own page and the pages that list it.
struct OutputFingerprints: Sendable {
    let global: Fingerprint
    /// Item source path (relative to the site root) → digest of its file, its bundle and what publishing decided for
    /// it (closed, linked tags), made once here rather than on each of the dozens of pages that show the item.
    let items: [String: Fingerprint]
    /// The same digests by the identity of the very items given (``PublishedItem/identity``), which the planned pages
    /// share: tens of thousands of pages ask for a dozen items each, and a path is hashed byte by byte.
    private let itemsByIdentity: [ObjectIdentifier: Fingerprint]
    /// The items given, kept alive while their identities name them.
    private let identified: [PublishedItem]
    let buildDate: BuildDate

    /// Digests from what the build read.
    /// - Parameters:
    ///   - record: every file and folder the build read.
    ///   - realRoot: the site root with its links resolved, as the record names it.
    ///   - settings: the digest of the build settings (drafts, base URL, version).
    ///   - templatesMentionDate: whether a template may print the build date, which then changes every page.
    ///   - facets: the facet pages with their counts, which every openings list and search page links to.
    init(record: ReadRecord, realRoot: String, items: [PublishedItem], settings: Fingerprint, buildDate: BuildDate,
         templatesMentionDate: Bool, facets: [FacetSummary] = []) {
        self.buildDate = buildDate
        let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        func relative(_ path: String) -> String? { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil }
        let isItemFile = { (path: String) in path.hasPrefix("content/") && path.hasSuffix(".md") && !path.hasPrefix("content/media/") }

        var fileDigests: [String: Fingerprint] = [:]
        var global = FingerprintBuilder()
        global.add("pathways-output-fingerprint")
        global.add(BuildCache.version)
        global.add(settings)
        for facet in facets {
            global.add(facet.folder)
            global.add(facet.count)
        }
        for path in record.files.keys.sorted() {
            let digest = record.files[path]!.fingerprint
            guard let inside = relative(path) else {
                // Read from outside the root (a link already judged safe): always site-wide, named by its full path.
                global.add(path)
                global.add(digest)
                continue
            }
            if isItemFile(inside) {
                fileDigests[inside] = digest
            } else {
                global.add(inside)
                global.add(digest)
            }
        }
        for path in record.folders.keys.sorted() {
            guard let inside = relative(path) ?? (path == realRoot ? "" : nil) else { continue }
            if inside.hasPrefix("templates") || inside.hasPrefix("content/media") {
                global.add(inside)
                global.add(record.folders[path]!.fingerprint)
            }
        }

        var itemDigests: [String: Fingerprint] = [:]
        var byIdentity: [ObjectIdentifier: Fingerprint] = [:]
        for item in items {
            var builder = FingerprintBuilder()
            builder.add(item.sourcePath)
            builder.add(fileDigests[item.sourcePath] ?? Fingerprint.of("unread:" + item.sourcePath))
            for file in item.metadata.bundleFiles.sorted() { builder.add(file) }
            // What publishing derived from files other than the item's own: body pictures rewritten into the HTML,
            // the lead photo's variants and sizes, the link preview.
            builder.add(item.html)
            builder.add(item.picture)
            builder.add(item.preview)
            // Whether it is closed and which of its tags have pages: what a page showing it prints besides its file.
            builder.add(item.closed)
            builder.add(item.linkedTags.count)
            for tag in item.linkedTags { builder.add(tag.name) }
            let digest = builder.finish()
            itemDigests[item.sourcePath] = digest
            byIdentity[item.identity] = digest
        }
        // The menu of every page, from what it reads of each free page: a free page's text is on its own page only.
        for page in items.filter({ $0.kind == .page }).sorted(by: { $0.sourcePath < $1.sourcePath }) {
            global.add(page.sourcePath)
            for input in TemplateValues.menuInputs(of: page) { global.add(input) }
        }
        for language in Set(items.map(\.language.code)).sorted() { global.add(language) }
        global.add(templatesMentionDate)
        if templatesMentionDate { global.add(buildDate.text) }
        self.global = global.finish()
        self.items = itemDigests
        itemsByIdentity = byIdentity
        identified = items
    }

    /// The digest of a page; `nil` when an item on it is unknown, so the page is always rendered.
    func page(_ page: PlannedPage) -> Fingerprint? {
        var builder = FingerprintBuilder()
        builder.add(global)
        builder.add(page.path)
        builder.add(page.urlPath)
        builder.add(page.layout)
        builder.add(page.language.code)
        builder.add(page.noindex)
        var showsOpening = page.inputs.buildDate
        func add(_ item: PublishedItem) -> Bool {
            guard let digest = itemsByIdentity[item.identity] ?? items[item.sourcePath] else { return false }
            builder.add(digest)
            if item.kind == .opening { showsOpening = true }
            return true
        }
        func add(_ list: [PublishedItem]) -> Bool {
            builder.add(list.count)
            // By index: an element copied out of the list would be retained, and the pages fingerprinted on both
            // cores at once share their items, whose counts then move between the cores' caches.
            for index in list.indices where !add(list[index]) { return false }
            return true
        }
        // (Its other versions, without a filtered copy of the list for each of tens of thousands of pages.)
        builder.add(page.versions.count(where: page.isAlternate))
        for alternate in page.versions where page.isAlternate(alternate) {
            switch alternate {
            case .item(let item):
                guard add(item) else { return nil }
            case .list(let language, let folder):
                builder.add(language.code)
                builder.add(folder)
            }
        }
        // A closed opening's page shows open openings like it.
        guard add(page.related) else { return nil }
        switch page.content {
        case .item(let item):
            builder.add("item")
            guard add(item) else { return nil }
        case .list(let kind, let slice, let total):
            builder.add("list")
            builder.add(kind.rawValue)
            builder.add(total)
            guard add(slice) else { return nil }
        case .tag(let summary, let slice):
            builder.add("tag")
            builder.add(summary.tag.name)
            builder.add(summary.count)
            guard add(slice) else { return nil }
        case .tags(let summaries):
            builder.add("tags")
            builder.add(summaries.count)
            for summary in summaries {
                builder.add(summary.tag.name)
                builder.add(summary.count)
            }
        case .home(let openings, let stories, let evaluations):
            builder.add("home")
            guard add(openings), add(stories), add(evaluations) else { return nil }
        case .facet(let summary, let slice):
            builder.add("facet")
            builder.add(summary.folder)
            builder.add(summary.count)
            guard add(slice) else { return nil }
        case .search:
            builder.add("search")
        case .notFound:
            builder.add("404")
        }
        builder.add(showsOpening)
        if showsOpening { builder.add(buildDate.text) }
        return builder.finish()

        func add(_ slice: PageSlice<PublishedItem>) -> Bool {
            builder.add(slice.number)
            builder.add(slice.totalPages)
            builder.add(slice.folder)
            return add(slice.items)
        }
    }

    /// The digest of a file written as it is (feeds, sitemap): its bytes.
    static func file(_ bytes: [UInt8]) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add("file")
        builder.add(bytes)
        return builder.finish()
    }

    /// The digest of a copied file: where it comes from and its source's stamp.
    static func copy(source: String, stamp: FileStamp) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add("copy")
        builder.add(source)
        builder.add(Int(truncatingIfNeeded: stamp.size))
        builder.add(Int(truncatingIfNeeded: stamp.modifiedSeconds))
        builder.add(Int(truncatingIfNeeded: stamp.modifiedNanoseconds))
        builder.add(Int(truncatingIfNeeded: stamp.inode))
        return builder.finish()
    }
}

extension FingerprintBuilder {
    /// A resized lead picture: every candidate of each format and the description, or a mark for none.
    mutating func add(_ picture: Picture?) {
        guard let picture else { return add("no picture") }
        add("picture")
        for candidates in [picture.webp, picture.fallback] {
            add(candidates.count)
            for candidate in candidates {
                add(candidate.url)
                add(candidate.width)
                add(candidate.height)
            }
        }
        add(picture.alt)
    }

    /// A link preview: where it is, the file it is copied from, its size and description, or a mark for none.
    mutating func add(_ preview: LinkPreview?) {
        guard let preview else { return add("no preview") }
        add("preview")
        add(preview.path)
        add(preview.cachedFile ?? "\u{0}")
        add(preview.width)
        add(preview.height)
        add(preview.alt)
    }
}
