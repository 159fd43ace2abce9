import Content
import Dispatch
import SearchIndex

/// Turns the published items into the list of pages and files of the site:
/// item pages, paginated lists, tag pages, the home page, feeds and the sitemap.
///
/// Planning is pure: it reads typed items and writes plain data, so it is
/// tested without templates or a disk.
struct SitePlanner: Sendable {
    let settings: SiteSettings
    let routes: Routes
    let strings: InterfaceStrings
    let buildDate: BuildDate
    /// Search documents analysed by an earlier build in the same process (``BuildSession``).
    var searchMemo: DocumentAnalysisMemo?

    /// How many entries a feed holds.
    static let feedLength = 50
    /// The lists every site has, in navigation order.
    static let listedKinds: [ContentKind] = [.opening, .story, .evaluation]

    /// The plan for `items` (all published items, closed openings included).
    /// - Complexity: O(n log n) in the number of items.
    func plan(_ items: [PublishedItem], plainTexts: [String: String] = [:]) -> SitePlan {
        plan(items, search: searchIndexInBackground(items, plainTexts: plainTexts))
    }

    /// The plan for `items`, with their search index from ``searchIndexInBackground(_:plainTexts:)``.
    func plan(_ items: [PublishedItem], search searchFiles: BackgroundValue<[PlannedFile]>) -> SitePlan {
        let sorted = items.sorted(by: PublishedItem.newestFirst)
        let listed = sorted.filter(\.isListed)
        let defaultLanguage = settings.defaultLanguage
        var pages: [PlannedPage] = []
        var files: [PlannedFile] = []
        var sitemap: [SitemapEntry] = []
        // The default language's list pages; every other site language gets them again under `<code>/`.
        var lists: [PlannedPage] = []
        var listFolders = [ListFolder(folder: "", lastModified: listed.first?.date?.text)]

        let relatedOpenings = RelatedOpenings(listed)
        let translations = Dictionary(grouping: sorted.filter { $0.metadata.translationKey != nil }) { "\($0.kind.rawValue)/\($0.metadata.translationKey!)" }
        for item in sorted {
            let siblings = item.metadata.translationKey.flatMap { translations["\(item.kind.rawValue)/\($0)"] } ?? []
            let others = siblings.filter { $0.folder != item.folder }.sorted { $0.language < $1.language }
            let related = relatedOpenings.suggestions(for: item)
            pages.append(PlannedPage(
                path: Routes.file(forFolder: item.folder), urlPath: item.folder, layout: item.kind.rawValue,
                language: item.language, noindex: item.closed, versions: others.map(PageAlternate.item), related: related, content: .item(item),
                inputs: OutputInputs(contentFiles: [item.sourcePath] + item.mediaSources + others.map(\.sourcePath) + related.map(\.sourcePath),
                                     collections: related.isEmpty ? [] : ["openings"], layout: item.kind.rawValue,
                                     strings: item.language, buildDate: item.kind == .opening)))
            if item.isListed {
                // A closed translation leaves the sitemap, so it is no one's alternate there either.
                let listedOthers = others.filter(\.isListed)
                sitemap.append(SitemapEntry(
                    url: routes.canonical(item.folder), lastModified: item.date?.text,
                    alternates: listedOthers.isEmpty ? [] : ([item] + listedOthers).map { ($0.language.code, routes.canonical($0.folder)) }))
            }
        }

        for kind in Self.listedKinds {
            let members = listed.filter { $0.kind == kind }
            for slice in Pagination.paginate(members, perPage: settings.perPage, baseFolder: "\(kind.folder)/") {
                var page = listPage(slice, layout: "list", content: .list(kind, slice, totalItems: members.count), collection: kind.folder)
                // The openings list links to the facet pages ("Browse by"), so it changes with them.
                if kind == .opening { page.inputs.collections.append("facets") }
                lists.append(page)
            }
            listFolders.append(ListFolder(folder: "\(kind.folder)/", lastModified: members.first?.date?.text))
        }

        files += feeds(listed)
        let tagged = tagIndex(listed)
        lists.append(PlannedPage(path: "tags/index.html", urlPath: "tags/", layout: "tags", language: defaultLanguage,
                                 content: .tags(tagged.map(\.summary)),
                                 inputs: OutputInputs(collections: ["tags"], layout: "tags", strings: defaultLanguage)))
        listFolders.append(ListFolder(folder: "tags/"))
        for (summary, members) in tagged {
            for slice in Pagination.paginate(members, perPage: settings.perPage, baseFolder: summary.folder) {
                lists.append(listPage(slice, layout: "tag", content: .tag(summary, slice), collection: "tag:\(summary.tag.name)"))
            }
            let feedPath = summary.folder + "feed.xml"
            files.append(PlannedFile(path: feedPath, contents: FeedWriter.atom(
                channel(title: "\(settings.title): #\(summary.tag.name)", feedPath: feedPath, pagePath: summary.folder, newest: members.first),
                entries: members.prefix(Self.feedLength).map { feedEntry($0, withContent: false) }),
                inputs: OutputInputs(contentFiles: members.prefix(Self.feedLength).map(\.sourcePath), collections: ["tag:\(summary.tag.name)"])))
            listFolders.append(ListFolder(folder: summary.folder, lastModified: members.first?.date?.text))
        }
        let facets = facetPages(facetIndex(listed))
        lists += facets.pages
        listFolders += facets.folders

        let newest = { (kind: ContentKind, count: Int) in Array(listed.lazy.filter { $0.kind == kind }.prefix(count)) }
        let home = (openings: newest(.opening, 10), stories: newest(.story, 5), evaluations: newest(.evaluation, 3))
        lists.append(PlannedPage(
            path: "index.html", urlPath: "", layout: "home", language: defaultLanguage,
            content: .home(openings: home.openings, stories: home.stories, evaluations: home.evaluations),
            inputs: OutputInputs(contentFiles: (home.openings + home.stories + home.evaluations).map(\.sourcePath),
                                 collections: ["home", "facets"], layout: "home", strings: defaultLanguage, buildDate: true)))
        lists.append(PlannedPage(path: "search/index.html", urlPath: "search/", layout: "search", language: defaultLanguage, content: .search,
                                 inputs: OutputInputs(collections: ["facets"], layout: "search", strings: defaultLanguage)))
        listFolders.append(ListFolder(folder: "search/"))
        pages += inEveryLanguage(lists)
        // Last in each language's pages, which are rendered a language at a time: a board's cards (each with its QR code,
        // a few kilobytes) are asked for again only on other boards, and at 50,000 items they outgrow the render memo,
        // which, were the boards first, would let go of the list cards the tag and facet pages copy.
        pages += printBoards(listed)
        sitemap += sitemapEntries(listFolders)
        pages.append(PlannedPage(path: "404.html", urlPath: "404.html", layout: "404", language: defaultLanguage, noindex: true,
                                 content: .notFound, inputs: OutputInputs(layout: "404", strings: defaultLanguage)))

        files += searchFiles.value
        files.append(PlannedFile(path: "sitemap.xml", contents: SitemapWriter.sitemap(sitemap),
                                 inputs: OutputInputs(collections: ["all"], buildDate: true)))
        files.append(PlannedFile(path: "robots.txt", contents: SitemapWriter.robots(sitemapURL: routes.canonical("sitemap.xml")),
                                 inputs: OutputInputs()))
        return SitePlan(pages: pages, files: files, facets: facets.summaries, relatedOpenings: relatedOpenings)
    }

    func listPage(_ slice: PageSlice<PublishedItem>, layout: String, content: PageContent, collection: String) -> PlannedPage {
        PlannedPage(path: Routes.file(forFolder: slice.folder), urlPath: slice.folder, layout: layout, language: settings.defaultLanguage,
                    content: content,
                    inputs: OutputInputs(contentFiles: slice.items.map(\.sourcePath), collections: [collection], layout: layout,
                                         strings: settings.defaultLanguage, buildDate: true))
    }

    /// Tags with their listed items (newest first), most used first, then by name.
    ///
    /// The `remote` tag also holds every fully remote opening (`remote: true` or `workplace: remote`),
    /// so the tag page and the `openings/remote/` facet never disagree about a remote job.
    private func tagIndex(_ listed: [PublishedItem]) -> [(summary: TagSummary, items: [PublishedItem])] {
        var byTag: [Tag: [PublishedItem]] = [:]
        let remoteTag = try! Tag("remote")
        for item in listed {
            var tags = Set(item.metadata.tags)
            if case .opening(let opening) = item.detail, opening.workplace == .remote { tags.insert(remoteTag) }
            for tag in tags { byTag[tag, default: []].append(item) }
        }
        return byTag.map { (summary: TagSummary(tag: $0.key, count: $0.value.count), items: $0.value) }
            .sorted { $0.items.count != $1.items.count ? $0.items.count > $1.items.count : $0.summary.tag < $1.summary.tag }
    }

    private func feeds(_ listed: [PublishedItem]) -> [PlannedFile] {
        let openings = Array(listed.filter { $0.kind == .opening }.prefix(Self.feedLength))
        let stories = Array(listed.filter { $0.kind == .story }.prefix(Self.feedLength))
        let language = settings.defaultLanguage.code
        let openingsTitle = "\(settings.title): \(strings.text("openings", language: language))"
        let storiesTitle = "\(settings.title): \(strings.text("stories", language: language))"
        let openingInputs = OutputInputs(contentFiles: openings.map(\.sourcePath), collections: ["openings"], buildDate: true)
        return [
            PlannedFile(path: "feeds/openings.xml", contents: FeedWriter.atom(
                channel(title: openingsTitle, feedPath: "feeds/openings.xml", pagePath: "openings/", newest: openings.first),
                entries: openings.map { feedEntry($0, withContent: true) }), inputs: openingInputs),
            PlannedFile(path: "feeds/openings.json", contents: FeedWriter.jsonFeed(
                channel(title: openingsTitle, feedPath: "feeds/openings.json", pagePath: "openings/", newest: openings.first),
                entries: openings.map { feedEntry($0, withContent: true) }), inputs: openingInputs),
            PlannedFile(path: "feeds/stories.xml", contents: FeedWriter.atom(
                channel(title: storiesTitle, feedPath: "feeds/stories.xml", pagePath: "stories/", newest: stories.first),
                entries: stories.map { feedEntry($0, withContent: true) }),
                inputs: OutputInputs(contentFiles: stories.map(\.sourcePath), collections: ["stories"])),
        ]
    }

    private func channel(title: String, feedPath: String, pagePath: String, newest: PublishedItem?) -> FeedChannel {
        FeedChannel(title: title, feedURL: routes.canonical(feedPath), pageURL: routes.canonical(pagePath),
                    language: settings.defaultLanguage.code, updated: newest?.date?.text ?? buildDate.text)
    }

    /// A feed entry; tag feeds leave the body out to stay small (there is one per tag).
    private func feedEntry(_ item: PublishedItem, withContent: Bool) -> FeedEntry {
        FeedEntry(url: routes.canonical(item.folder), title: item.title, summary: item.metadata.summary ?? "",
                  contentHTML: withContent ? item.html : nil, date: item.date?.text ?? buildDate.text,
                  language: item.language.code, tags: item.metadata.tags.map(\.name))
    }
}
