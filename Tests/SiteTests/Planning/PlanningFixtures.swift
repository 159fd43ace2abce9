import Content
@testable import Site

/// Typed items and a planner for planning tests, without a disk or templates.
enum PlanningFixtures {
    static func opening(_ slug: String, posted: String, workplace: Workplace = .onSite, countries: [String] = [],
                        pipeline: Pipeline? = nil, type: EmploymentType? = nil, languages: [String] = [],
                        tags: [String] = [], lang: String = "en", expires: String = "2027-01-31") -> PublishedItem {
        let metadata = ItemMetadata(kind: .opening, title: slug, slug: try! Slug(slug), lang: try! LanguageCode(lang),
                                    tags: tags.map { try! Tag($0) }, sourcePath: "content/openings/\(slug).md")
        let opening = Opening(metadata: metadata, posted: try! ContentDate(posted), expires: try! ContentDate(expires),
                              applicantCountries: countries.map { try! CountryCode($0) }, employmentType: type, pipeline: pipeline,
                              languages: languages.map { try! LanguageCode($0) }, workplace: workplace)
        return PublishedItem(.opening(opening), closed: opening.isExpired(on: try! ContentDate("2026-11-23")))
    }

    static func planner(languages: [String] = ["en"], perPage: Int = 2) -> SitePlanner {
        let config = SiteConfig(title: "T", baseURL: "https://example.org/", defaultLanguage: .english,
                                languages: languages.map { try! LanguageCode($0) }, perPage: perPage)
        let settings = SiteSettings(config: config, baseURLOverride: nil)
        return SitePlanner(settings: settings, routes: Routes(baseURL: settings.baseURL),
                           strings: InterfaceStrings(table: [:], defaultLanguage: "en"), buildDate: try! BuildDate("2026-11-23"))
    }
}
