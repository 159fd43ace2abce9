import Content

/// A list's first page as the sitemap names it: its folder in the default language and the date of its newest item.
struct ListFolder: Sendable {
    var folder: String
    var lastModified: String?
}

extension PageSlice {
    /// The same page of the same list, living under `prefix` (`ar/`); the items are shared, not copied.
    func moved(under prefix: String) -> PageSlice {
        PageSlice(number: number, totalPages: totalPages, items: items, baseFolder: prefix + baseFolder)
    }
}

extension PageContent {
    /// The same content with its list folders under `prefix`.
    func moved(under prefix: String) -> PageContent {
        switch self {
        case .list(let kind, let slice, let total): return .list(kind, slice.moved(under: prefix), totalItems: total)
        case .tag(let summary, let slice): return .tag(summary, slice.moved(under: prefix))
        case .facet(let summary, let slice): return .facet(summary, slice.moved(under: prefix))
        case .item, .tags, .home, .search, .notFound: return self
        }
    }
}

extension SitePlanner {
    /// `pages` (the default language's list pages) again under `<code>/` for every other site language,
    /// each page with the same page in the other languages as its alternates.
    ///
    /// Every language's lists show every listed item (a reader may read several languages); only the
    /// interface changes. Items are shared between the copies, never copied per language.
    /// - Complexity: O(p × l) for p pages and l site languages (the copies of a page share its versions).
    func inEveryLanguage(_ pages: [PlannedPage]) -> [PlannedPage] {
        let languages = settings.languages
        var result: [PlannedPage] = []
        result.reserveCapacity(pages.count * languages.count)
        for page in pages {
            let versions = languages.map { PageAlternate.list($0, folder: settings.listPrefix(for: $0) + page.urlPath) }
            for language in languages {
                let prefix = settings.listPrefix(for: language)
                var copy = page
                copy.path = prefix + page.path
                copy.urlPath = prefix + page.urlPath
                copy.language = language
                copy.inputs.strings = language
                if !prefix.isEmpty { copy.content = page.content.moved(under: prefix) }
                copy.versions = versions
                result.append(copy)
            }
        }
        return result
    }

    /// Sitemap entries for the lists' first pages in every site language, each naming the others as alternates.
    func sitemapEntries(_ lists: [ListFolder]) -> [SitemapEntry] {
        let languages = settings.languages
        return lists.flatMap { list in
            let versions = languages.map { (language: $0.code, url: routes.canonical(settings.listPrefix(for: $0) + list.folder)) }
            return versions.map { version in
                SitemapEntry(url: version.url, lastModified: list.lastModified, alternates: versions.count > 1 ? versions : [])
            }
        }
    }
}
