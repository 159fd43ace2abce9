import Content
import Liquid

/// The one place where typed content becomes template values.
///
/// Values every page of a language shares (`site`, `t`, `lang`, `dir`, ...)
/// are made once per language; items become lazy ``ItemValue`` objects, so a
/// list of thousands of items is never turned into dictionaries up front.
/// The variables are documented in `docs/theming.md`.
struct TemplateValues: Sendable {
    let settings: SiteSettings
    let routes: Routes
    let buildDate: BuildDate
    /// Formatters by language code.
    private let texts: [String: LocalText]
    private var sharedByLanguage: [String: [String: Value]]
    /// QR codes drawn once for all print boards.
    private let qrCodes = QRCodeCache()

    /// - Parameters:
    ///   - facets: the facets with a page, for `browse`.
    ///   - assets: the theme's asset paths (`search.js`), so a page links only to scripts that exist.
    init(settings: SiteSettings, routes: Routes, strings: InterfaceStrings, buildDate: BuildDate, menuPages: [PublishedItem],
         languages: Set<LanguageCode>, facets: [FacetSummary] = [], assets: [String] = []) {
        self.settings = settings
        self.routes = routes
        self.buildDate = buildDate
        let names = LocaleNames()
        let all = languages.union(settings.languages)
        var texts: [String: LocalText] = [:]
        for language in all { texts[language.code] = LocalText(language: language, strings: strings, names: names) }
        self.texts = texts

        let siteLanguages: [Value] = settings.languages.map { code in
            .dictionary(["code": .string(code.code), "name": .string(names.language(code.code, in: code.code)), "dir": .string(Self.direction(code)),
                         "url": .string(routes.url(settings.listPrefix(for: code)))])
        }
        let feeds: Value = .dictionary([
            "openings_atom": .string(routes.url("feeds/openings.xml")),
            "openings_json": .string(routes.url("feeds/openings.json")),
            "stories_atom": .string(routes.url("feeds/stories.xml")),
        ])
        let params = Self.value(.map(settings.params))
        let searchScript: Value = assets.contains("search.js") ? .string(routes.url("assets/search.js")) : .nil
        var shared: [String: [String: Value]] = [:]
        for language in all {
            let prefix = settings.listPrefix(for: language)
            var menuSource = menuPages.filter { $0.language == language }
            if menuSource.isEmpty { menuSource = menuPages.filter { $0.language == settings.defaultLanguage } }
            let menu: [Value] = menuSource
                .sorted { (Self.menuOrder($0), $0.slug) < (Self.menuOrder($1), $1.slug) }
                .map { .dictionary(["title": .string($0.title), "url": .string(routes.url($0.folder)),
                                    "lang": .string($0.language.code), "dir": .string(Self.direction($0.language))]) }
            var site: LiquidHash = [
                "title": .string(settings.title),
                "description": .string(settings.description),
                "base_url": .string(routes.baseURL),
                "root": .string(routes.basePath),
                "organisation": .string(settings.organisation),
                "default_language": .string(settings.defaultLanguage.code),
                "languages": .array(siteLanguages),
                "menu": .array(menu),
                "feeds": feeds,
                "params": params,
            ]
            // Named, so the render memo can reuse partials taking them (see RenderMemo): they never change in a build.
            site.identity = "site/" + language.code
            var interface = LiquidHash(strings.merged(for: language.code).mapValues(Value.string))
            interface.identity = "t/" + language.code
            shared[language.code] = [
                "site": .dictionary(site),
                "t": .dictionary(interface),
                "lang": .string(language.code),
                "dir": .string(Self.direction(language)),
                "asset_base": .string(routes.url("assets/")),
                "build_date": .string(buildDate.text),
                "build_date_text": .string(texts[language.code]!.date(buildDate)),
                "date_locale": .string(LocaleNames.dateLocale(language.code)),
                "lang_root": .string(routes.url(prefix)),
                "browse": Self.browse(facets, text: texts[language.code]!, routes: routes, prefix: prefix),
                "search_script": searchScript,
            ]
        }
        self.sharedByLanguage = shared
    }

    /// These values with the shared ones copied, for one of several rendering threads (see ``Value/unshared``).
    func replica() -> TemplateValues {
        var copy = self
        copy.sharedByLanguage = sharedByLanguage.mapValues { $0.mapValues(\.unshared) }
        return copy
    }

    /// Every variable of `page`: the shared ones of its language, then its own.
    func variables(for page: PlannedPage) -> [String: Value] {
        let language = page.language
        let text = texts[language.code] ?? texts[settings.defaultLanguage.code]!
        var data = sharedByLanguage[language.code] ?? sharedByLanguage[settings.defaultLanguage.code] ?? [:]
        data["url"] = .string(routes.url(page.urlPath))
        data["canonical"] = .string(routes.canonical(page.urlPath))
        data["noindex"] = .bool(page.noindex)
        data["alternates"] = .array(page.alternates.map { alternate($0, of: page.content) })
        let prefix = settings.listPrefix(for: language)
        let item = { (item: PublishedItem) in
            Value.object(ItemValue(item: item, routes: routes, text: text, buildDate: buildDate, listPrefix: prefix,
                                   tagLabels: settings.tagLabels, qrCodes: qrCodes))
        }
        data["related"] = .array(page.related.map(item))
        switch page.content {
        case .item(let published):
            data["page"] = item(published)
            data["og_image"] = published.preview.map { Self.openGraphImage($0, routes: routes) } ?? .nil
        case .list(let kind, let slice, let total):
            data["paginator"] = paginator(slice, totalItems: total, item: item)
            data["list"] = .dictionary([
                "kind": .string(kind.rawValue),
                "title": .string(text.text(kind.folder)),
                "feed_url": Self.feedPath(for: kind).map { .string(routes.url($0)) } ?? .nil,
                "print_url": kind == .opening ? .string(routes.url(page.language == settings.defaultLanguage
                    ? "openings/print/" : "\(page.language.code)/openings/print/")) : .nil,
            ])
        case .tag(let summary, let slice):
            data["paginator"] = paginator(slice, totalItems: summary.count, item: item)
            data["tag"] = .dictionary([
                "name": .string(summary.tag.name), "label": .string(tagLabel(summary.tag, language)),
                "url": .string(routes.url(prefix + summary.folder)), "count": .int(summary.count),
                "feed_url": .string(routes.url(summary.folder + "feed.xml")),
            ])
        case .tags(let summaries):
            data["tags"] = .array(summaries.map { Self.tag($0.tag, count: $0.count, routes: routes, prefix: prefix, label: tagLabel($0.tag, language)) })
        case .home(let openings, let stories, let evaluations):
            data["home"] = .dictionary([
                "openings": .array(openings.map(item)), "stories": .array(stories.map(item)), "evaluations": .array(evaluations.map(item)),
            ])
        case .facet(let summary, let slice):
            data["paginator"] = paginator(slice, totalItems: summary.count, item: item)
            data["facet"] = Self.facet(summary, text: text, routes: routes, prefix: prefix)
        case .search:
            data["search"] = .dictionary(["index_url": .string(routes.url("search/"))])
        case .notFound:
            break
        }
        return data
    }

    private func paginator(_ slice: PageSlice<PublishedItem>, totalItems: Int, item: (PublishedItem) -> Value) -> Value {
        let numbers: [Value] = Pagination.window(current: slice.number, total: slice.totalPages).map { n in
            guard let n else { return .dictionary(["gap": .bool(true)]) }
            return .dictionary(["number": .int(n), "url": .string(routes.url(slice.folder(ofPage: n))), "current": .bool(n == slice.number)])
        }
        return .dictionary([
            "items": .array(slice.items.map(item)),
            "page": .int(slice.number),
            "total_pages": .int(slice.totalPages),
            "total_items": .int(totalItems),
            "previous_url": slice.number > 1 ? .string(routes.url(slice.folder(ofPage: slice.number - 1))) : .nil,
            "next_url": slice.number < slice.totalPages ? .string(routes.url(slice.folder(ofPage: slice.number + 1))) : .nil,
            "pages": .array(numbers),
        ])
    }

    /// `{lang, url, canonical, title, language_name}`: a translation's title, or the list's title in its language.
    private func alternate(_ alternate: PageAlternate, of content: PageContent) -> Value {
        let language = alternate.language
        let text = texts[language.code] ?? texts[settings.defaultLanguage.code]!
        let title: String
        switch alternate {
        case .item(let item): title = item.title
        case .list: title = listTitle(content, text: text)
        }
        return .dictionary([
            "lang": .string(language.code), "url": .string(routes.url(alternate.folder)),
            "canonical": .string(routes.canonical(alternate.folder)), "title": .string(title),
            "language_name": .string(text.names.language(language.code, in: language.code)),
        ])
    }

    /// `{name, label, url}` (and `count` when given) for a tag; `label` is site.yml's label in the page's language, else the name.
    static func tag(_ tag: Tag, count: Int?, routes: Routes, prefix: String = "", label: String? = nil) -> Value {
        let folder = prefix + "tags/\(tag.name)/"
        var entry: LiquidHash = ["name": .string(tag.name), "label": .string(label ?? tag.name), "url": .string(routes.url(folder))]
        if let count { entry["count"] = .int(count) }
        return .dictionary(entry)
    }

    /// `rtl` or `ltr`.
    static func direction(_ language: LanguageCode) -> String { language.isRightToLeft ? "rtl" : "ltr" }

    /// The feed of a kind's list, if it has one.
    static func feedPath(for kind: ContentKind) -> String? {
        switch kind {
        case .opening: return "feeds/openings.xml"
        case .story: return "feeds/stories.xml"
        default: return nil
        }
    }

    /// A site.yml `params` value as a template value.
    static func value(_ param: SiteConfig.Param) -> Value {
        switch param {
        case .string(let text): return .string(text)
        case .bool(let flag): return .bool(flag)
        case .int(let number): return .int(number)
        case .double(let number): return .double(number)
        case .list(let items): return .array(items.map(value))
        case .map(let pairs): return .dictionary(LiquidHash(pairs.mapValues(value)))
        case .null: return .nil
        }
    }

    /// Everything the menu of every page reads of a free page (see `menu` above): its language, its place, its title
    /// and where it leads. Every page's digest holds these of each free page (``OutputFingerprints``) instead of its
    /// text, so an edit of a free page's body renders that page again, not the whole site. A field the menu comes to
    /// show must be added here.
    static func menuInputs(of item: PublishedItem) -> [String] {
        [item.language.code, String(menuOrder(item)), "\(item.slug)", item.title, item.folder]
    }

    private static func menuOrder(_ item: PublishedItem) -> Int {
        if case .page(let page) = item.detail { return page.menuOrder ?? Int.max }
        return Int.max
    }
}
