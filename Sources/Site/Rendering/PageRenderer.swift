import Foundation
import Liquid

/// Renders planned pages through the theme's layouts.
///
/// The variables every page shares (`site`, `t`, `lang`, `dir`, ...) are made
/// once per language; only the page's own variables are added per page.
struct PageRenderer: Sendable {
    let theme: Theme
    let facts: SiteFacts
    let routes: Routes
    let buildDate: String
    /// Shared variables by language.
    private let sharedByLanguage: [String: [String: Value]]

    init(theme: Theme, facts: SiteFacts, routes: Routes, buildDate: String, menuPages: [PublishedItem], languages: Set<String>) {
        self.theme = theme
        self.facts = facts
        self.routes = routes
        self.buildDate = buildDate
        var shared: [String: [String: Value]] = [:]
        let siteLanguages: [Value] = facts.languages.map { code in
            .dictionary([
                "code": .string(code),
                "name": .string(LanguageNames.name(of: code, in: code)),
                "dir": .string(LanguageDirection.isRightToLeft(code) ? "rtl" : "ltr"),
            ])
        }
        let feeds: Value = .dictionary([
            "openings_atom": .string(routes.url("feeds/openings.xml")),
            "openings_json": .string(routes.url("feeds/openings.json")),
            "stories_atom": .string(routes.url("feeds/stories.xml")),
        ])
        for language in languages.union([facts.defaultLanguage]) {
            var menuSource = menuPages.filter { $0.language == language }
            if menuSource.isEmpty { menuSource = menuPages.filter { $0.language == facts.defaultLanguage } }
            let menu: [Value] = menuSource
                .sorted { ($0.menuOrder ?? Int.max, $0.slug) < ($1.menuOrder ?? Int.max, $1.slug) }
                .map { .dictionary(["title": .string($0.title), "url": .string(routes.url($0.folder))]) }
            let site: Value = .dictionary([
                "title": .string(facts.title),
                "description": .string(facts.description),
                "base_url": .string(routes.baseURL),
                "root": .string(routes.basePath),
                "organisation": .string(facts.organisation),
                "default_language": .string(facts.defaultLanguage),
                "languages": .array(siteLanguages),
                "menu": .array(menu),
                "feeds": feeds,
            ])
            shared[language] = [
                "site": site,
                "t": theme.strings.value(for: language),
                "lang": .string(language),
                "dir": .string(LanguageDirection.isRightToLeft(language) ? "rtl" : "ltr"),
                "asset_base": .string(routes.url("assets/")),
                "build_date": .string(buildDate),
            ]
        }
        self.sharedByLanguage = shared
    }

    /// The page's HTML, or the template error that stopped it.
    func render(_ page: PlannedPage) throws(TemplateErrors) -> String {
        var data = sharedByLanguage[page.language] ?? sharedByLanguage[facts.defaultLanguage] ?? [:]
        for (key, value) in page.variables { data[key] = value }
        data["url"] = .string(routes.url(page.urlPath))
        data["canonical"] = .string(routes.canonical(page.urlPath))
        data["noindex"] = .bool(page.noindex)
        data["alternates"] = .array(page.alternates)
        return try theme.environment.render(named: page.layout, data: data)
    }
}
