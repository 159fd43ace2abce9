import Liquid

/// Everything a build writes, decided before anything is rendered.
struct SitePlan: Sendable {
    var pages: [PlannedPage]
    var files: [PlannedFile]
}

/// Turns the published items into the list of pages and files of the site:
/// item pages, paginated lists, tag pages, the home page, feeds and the sitemap.
struct SitePlanner: Sendable {
    let facts: SiteFacts
    let routes: Routes
    let strings: InterfaceStrings
    let buildDate: String

    /// How many entries a feed holds.
    static let feedLength = 50

    /// The plan for `items` (all published items, closed openings included).
    /// - Complexity: O(n log n) in the number of items.
    func plan(_ items: [PublishedItem]) -> SitePlan {
        let sorted = items.sorted(by: PublishedItem.newestFirst)
        let listed = sorted.filter(\.isListed)
        var pages: [PlannedPage] = []
        var files: [PlannedFile] = []
        var sitemap: [SitemapEntry] = [SitemapEntry(url: routes.canonical(""), lastModified: listed.first?.date)]

        let translations = Dictionary(grouping: sorted.filter { $0.translationKey != nil }) { "\($0.kind.rawValue)/\($0.translationKey!)" }
        for item in sorted {
            let siblings = item.translationKey.flatMap { translations["\(item.kind.rawValue)/\($0)"] } ?? []
            let others = siblings.filter { $0.folder != item.folder }.sorted { $0.language < $1.language }
            pages.append(PlannedPage(
                path: Routes.file(forFolder: item.folder), urlPath: item.folder, layout: item.kind.rawValue,
                language: item.language, isRightToLeft: item.isRightToLeft, noindex: item.closed,
                alternates: others.map(alternate), variables: ["page": .object(ItemValue(item: item, routes: routes))],
                sourcePath: item.sourcePath))
            if item.isListed {
                // A closed translation leaves the sitemap, so it is no one's alternate there either.
                let listedOthers = others.filter(\.isListed)
                sitemap.append(SitemapEntry(
                    url: routes.canonical(item.folder), lastModified: item.date.isEmpty ? nil : item.date,
                    alternates: listedOthers.isEmpty ? [] : ([item] + listedOthers).map { ($0.language, routes.canonical($0.folder)) }))
            }
        }

        for kind in [PublishedItem.Kind.opening, .story, .evaluation] {
            let members = listed.filter { $0.kind == kind }
            let feed = feedURL(for: kind)
            let list: Value = .dictionary([
                "kind": .string(kind.rawValue),
                "title": .string(strings.text(kind.folder, language: facts.defaultLanguage)),
                "feed_url": feed.map { .string(routes.url($0)) } ?? .nil,
            ])
            pages += paginatedPages(members, baseFolder: "\(kind.folder)/", layout: "list", extra: ["list": list])
            sitemap.append(SitemapEntry(url: routes.canonical("\(kind.folder)/"), lastModified: members.first?.date))
        }

        files += feeds(listed)
        let tagged = tagIndex(listed)
        pages.append(defaultLanguagePage(path: "tags/index.html", urlPath: "tags/", layout: "tags", variables: [
            "tags": .array(tagged.map { TagLinks.value(for: $0.tag, count: $0.items.count, routes: routes) })
        ]))
        sitemap.append(SitemapEntry(url: routes.canonical("tags/")))
        for (tag, members) in tagged {
            let folder = TagLinks.folder(for: tag)
            let tagValue: Value = .dictionary([
                "name": .string(tag), "url": .string(routes.url(folder)), "count": .int(members.count),
                "feed_url": .string(routes.url(folder + "feed.xml")),
            ])
            pages += paginatedPages(members, baseFolder: folder, layout: "tag", extra: ["tag": tagValue])
            files.append(PlannedFile(path: folder + "feed.xml", contents: FeedWriter.atom(
                channel(title: "\(facts.title): #\(tag)", feedPath: folder + "feed.xml", pagePath: folder, newest: members.first),
                entries: members.prefix(Self.feedLength).map { feedEntry($0, withContent: false) })))
            sitemap.append(SitemapEntry(url: routes.canonical(folder), lastModified: members.first?.date))
        }

        let home: Value = .dictionary([
            "openings": newest(listed, .opening, 10),
            "stories": newest(listed, .story, 5),
            "evaluations": newest(listed, .evaluation, 3),
        ])
        pages.append(defaultLanguagePage(path: "index.html", urlPath: "", layout: "home", variables: ["home": home]))
        var notFound = defaultLanguagePage(path: "404.html", urlPath: "404.html", layout: "404", variables: [:])
        notFound.noindex = true
        pages.append(notFound)

        files.append(PlannedFile(path: "sitemap.xml", contents: SitemapWriter.sitemap(sitemap)))
        files.append(PlannedFile(path: "robots.txt", contents: SitemapWriter.robots(sitemapURL: routes.canonical("sitemap.xml"))))
        return SitePlan(pages: pages, files: files)
    }

    private func newest(_ listed: [PublishedItem], _ kind: PublishedItem.Kind, _ count: Int) -> Value {
        .array(listed.lazy.filter { $0.kind == kind }.prefix(count).map { .object(ItemValue(item: $0, routes: routes)) })
    }

    private func defaultLanguagePage(path: String, urlPath: String, layout: String, variables: [String: Value]) -> PlannedPage {
        PlannedPage(path: path, urlPath: urlPath, layout: layout, language: facts.defaultLanguage,
                    isRightToLeft: LanguageDirection.isRightToLeft(facts.defaultLanguage), variables: variables)
    }

    private func alternate(_ item: PublishedItem) -> Value {
        .dictionary([
            "lang": .string(item.language), "url": .string(routes.url(item.folder)),
            "canonical": .string(routes.canonical(item.folder)), "title": .string(item.title),
            "language_name": .string(LanguageNames.name(of: item.language, in: item.language)),
        ])
    }

    /// Every page of a list, with its `paginator`.
    private func paginatedPages(_ members: [PublishedItem], baseFolder: String, layout: String, extra: [String: Value]) -> [PlannedPage] {
        Pagination.paginate(members, perPage: facts.perPage, baseFolder: baseFolder).map { slice in
            let numbers: [Value] = Pagination.window(current: slice.number, total: slice.totalPages).map { n in
                guard let n else { return .dictionary(["gap": .bool(true)]) }
                return .dictionary(["number": .int(n), "url": .string(routes.url(slice.folder(ofPage: n))), "current": .bool(n == slice.number)])
            }
            let paginator: Value = .dictionary([
                "items": .array(slice.items.map { .object(ItemValue(item: $0, routes: routes)) }),
                "page": .int(slice.number),
                "total_pages": .int(slice.totalPages),
                "total_items": .int(members.count),
                "previous_url": slice.number > 1 ? .string(routes.url(slice.folder(ofPage: slice.number - 1))) : .nil,
                "next_url": slice.number < slice.totalPages ? .string(routes.url(slice.folder(ofPage: slice.number + 1))) : .nil,
                "pages": .array(numbers),
            ])
            var variables = extra
            variables["paginator"] = paginator
            return defaultLanguagePage(path: Routes.file(forFolder: slice.folder), urlPath: slice.folder, layout: layout, variables: variables)
        }
    }

    /// Tags with their listed items (newest first), most used first, then by name.
    private func tagIndex(_ listed: [PublishedItem]) -> [(tag: String, items: [PublishedItem])] {
        var byTag: [String: [PublishedItem]] = [:]
        for item in listed {
            for tag in Set(item.tags) { byTag[tag, default: []].append(item) }
        }
        return byTag.map { (tag: $0.key, items: $0.value) }
            .sorted { $0.items.count != $1.items.count ? $0.items.count > $1.items.count : $0.tag < $1.tag }
    }

    private func feedURL(for kind: PublishedItem.Kind) -> String? {
        switch kind {
        case .opening: return "feeds/openings.xml"
        case .story: return "feeds/stories.xml"
        default: return nil
        }
    }

    private func feeds(_ listed: [PublishedItem]) -> [PlannedFile] {
        let openings = Array(listed.filter { $0.kind == .opening }.prefix(Self.feedLength))
        let stories = Array(listed.filter { $0.kind == .story }.prefix(Self.feedLength))
        let openingsTitle = "\(facts.title): \(strings.text("openings", language: facts.defaultLanguage))"
        let storiesTitle = "\(facts.title): \(strings.text("stories", language: facts.defaultLanguage))"
        return [
            PlannedFile(path: "feeds/openings.xml", contents: FeedWriter.atom(
                channel(title: openingsTitle, feedPath: "feeds/openings.xml", pagePath: "openings/", newest: openings.first),
                entries: openings.map(feedEntry))),
            PlannedFile(path: "feeds/openings.json", contents: FeedWriter.jsonFeed(
                channel(title: openingsTitle, feedPath: "feeds/openings.json", pagePath: "openings/", newest: openings.first),
                entries: openings.map(feedEntry))),
            PlannedFile(path: "feeds/stories.xml", contents: FeedWriter.atom(
                channel(title: storiesTitle, feedPath: "feeds/stories.xml", pagePath: "stories/", newest: stories.first),
                entries: stories.map(feedEntry))),
        ]
    }

    private func channel(title: String, feedPath: String, pagePath: String, newest: PublishedItem?) -> FeedChannel {
        FeedChannel(title: title, feedURL: routes.canonical(feedPath), pageURL: routes.canonical(pagePath),
                    language: facts.defaultLanguage, updated: newest?.date ?? buildDate)
    }

    private func feedEntry(_ item: PublishedItem) -> FeedEntry {
        feedEntry(item, withContent: true)
    }

    /// A feed entry; tag feeds leave the body out to stay small (there is one per tag).
    private func feedEntry(_ item: PublishedItem, withContent: Bool) -> FeedEntry {
        FeedEntry(url: routes.canonical(item.folder), title: item.title, summary: item.summary, contentHTML: withContent ? item.html : nil,
                  date: item.date.isEmpty ? buildDate : item.date, language: item.language, tags: item.tags)
    }
}
