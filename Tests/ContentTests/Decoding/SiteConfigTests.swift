import Content
import Testing

@Suite struct SiteConfigTests {
    @Test func readsSettingsWithDefaults() throws {
        let content = try SiteFixture([:], siteYML: """
            title: Bridges
            base_url: https://example.org/sub
            languages: [en, ar]
            params: {accent: "#c05", show_map: true, count: 3}
            """).load()
        #expect(content.diagnostics.isEmpty)
        let config = try #require(content.config)
        #expect(config.baseURL == "https://example.org/sub/")
        #expect(config.defaultLanguage.code == "en")
        #expect(config.perPage == 20)
        #expect(!config.unsafeHTML)
        #expect(config.params == ["accent": .string("#c05"), "show_map": .bool(true), "count": .int(3)])
    }

    @Test func locatesProblemsInSiteYML() throws {
        let content = try SiteFixture([:], siteYML: """
            titel: Bridges
            base_url: ftp://example.org
            default_language: fr
            languages: [en, ar]
            per_page: 0
            """).load()
        #expect(content.config == nil)
        #expect(content.diagnostics.map(\.description) == [
            "content/site.yml:1:1: error: missing required field 'title'",
            "content/site.yml:1:1: error: unknown field 'titel'; did you mean 'title'?",
            "content/site.yml:2:11: error: 'base_url' must be an http or https URL such as 'https://example.org/', found 'ftp://example.org'",
            "content/site.yml:4:12: error: 'languages' must include the default language 'fr'",
            "content/site.yml:5:11: error: 'per_page' must be between 1 and 1000, found 0",
        ])
    }

    @Test func reportsAMissingSiteYML() throws {
        #expect(try SiteFixture([:], siteYML: nil).load().diagnostics.map(\.description) == [
            "content/site.yml:1:1: error: missing site settings: create content/site.yml with at least 'title' and 'base_url'",
        ])
    }
}
