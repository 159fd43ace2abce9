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
        #expect(try SiteFixture(["content/stories/.keep": ""], siteYML: nil).load().diagnostics.map(\.description) == [
            "content/site.yml:1:1: error: missing site settings: create content/site.yml with at least 'title' and 'base_url'",
        ])
    }

    static let withTags = """
        title: Bridges
        base_url: https://example.org
        languages: [en, ar]
        tags:
          welcometalent: {en: "Welcome talent", ar: "مواهب مرحب بها"}
          remote:

        """

    @Test func readsTheTagVocabularyWithLabels() throws {
        let content = try SiteFixture([:], siteYML: Self.withTags).load()
        #expect(content.diagnostics.map(\.description) == [])
        let tags = try #require(content.config?.tags)
        #expect(tags.tags.map(\.name) == ["remote", "welcometalent"])
        #expect(tags.label(for: try Tag("welcometalent"), in: try LanguageCode("ar")) == "مواهب مرحب بها")
        #expect(tags.label(for: try Tag("remote"), in: .english) == nil)
    }

    @Test func refusesUndeclaredTagsSuggestingTheDeclaredOne() throws {
        let content = try SiteFixture([
            "content/pages/a.md": "---\ntitle: A\ntags: [Welcome Talent, welcometallent, remote, cooking]\n---\n",
        ], siteYML: Self.withTags).load()
        #expect(content.diagnostics.map(\.description) == [
            "content/pages/a.md:3:8: error: tag 'welcome-talent' is not declared in site.yml; did you mean 'welcometalent'?",
            "content/pages/a.md:3:24: error: tag 'welcometallent' is not declared in site.yml; did you mean 'welcometalent'?",
            "content/pages/a.md:3:48: error: tag 'cooking' is not declared in site.yml; use one of site.yml's tags, or declare it "
                + "under 'tags:' in content/site.yml",
        ])
    }

    @Test func refusesUnknownSettings() throws {
        let content = try SiteFixture([:], siteYML: "title: B\nbase_url: https://example.org\norganization: Amal\naccent: red\n").load()
        #expect(content.diagnostics.map(\.description) == [
            "content/site.yml:3:1: error: unknown field 'organization'; did you mean 'organisation'?",
            "content/site.yml:4:1: error: unknown field 'accent'; put data for the theme under 'params:'",
        ])
    }

    @Test func readsPublishMediaAndRefusesPathsOutOfTheMediaFolder() throws {
        let good = try SiteFixture([:], siteYML: "title: B\nbase_url: https://example.org\npublish_media: [logo.svg, /media/reports/annual.pdf]\n").load()
        #expect(good.diagnostics.isEmpty)
        #expect(good.config?.publishMedia == ["logo.svg", "reports/annual.pdf"])
        let bad = try SiteFixture([:], siteYML: "title: B\nbase_url: https://example.org\npublish_media: [../site.yml]\npublish_medias: []\n").load()
        #expect(bad.diagnostics.map(\.description) == [
            "content/site.yml:3:17: error: 'publish_media' lists files inside content/media/ such as 'logo.svg' or 'reports/annual.pdf', found '../site.yml'",
            "content/site.yml:4:1: error: unknown field 'publish_medias'; did you mean 'publish_media'?",
        ])
    }
}
