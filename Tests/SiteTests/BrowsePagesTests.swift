import Content
import Foundation
import Testing
import TestSupport
@testable import Site

/// Browsing without JavaScript, in every site language: facet pages, per-language lists, the language switcher,
/// mixed-language cards and the search page, checked on a small fixture site built once with the default theme.
@Suite(.serialized) struct BrowsePagesTests {
    static let siteYML = "title: Test site\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [en, ar, uk]\nper_page: 2\n"
        + "tags:\n  welcometalent:\n  remote: {en: \"Remote work\", ar: \"عن بُعد\"}\n"

    static func opening(_ slug: String, title: String, lang: String = "en", expires: String = "2027-01-31", posted: String,
                        fields: String, tags: String = "[welcometalent]") -> (String, String) {
        ("content/openings/\(slug).md",
         "---\ntitle: \"\(title)\"\nlang: \(lang)\norganisation: \"Org \(slug)\"\nposted: \(posted)\nexpires: \(expires)\n"
            + "apply_url: https://jobs.example.net/\(slug)\ntags: \(tags)\n\(fields)---\nBody of \(slug).\n")
    }

    static let files: [String: String] = Dictionary(uniqueKeysWithValues: [
        // Remote by its field only: it must still be on the `remote` tag page.
        opening("remote-a", title: "Remote A", posted: "2026-11-10",
                fields: "remote: true\napplicant_countries: [JO, LB]\npipeline: freelancing\nemployment_type: freelance\n"
                    + "languages: [ar, en]\nsalary: {min: 300, max: 450, currency: USD, period: month}\n"),
        opening("remote-b", title: "Remote B", posted: "2026-11-09",
                fields: "workplace: remote\napplicant_countries: [UA]\npipeline: remote-employment\nemployment_type: part-time\nlanguages: [uk]\n",
                tags: "[remote]"),
        opening("remote-ar", title: "دعم عملاء عن بعد", lang: "ar", posted: "2026-11-08",
                fields: "remote: true\napplicant_countries: [JO]\npipeline: remote-employment\nemployment_type: full-time\nlanguages: [ar]\n"),
        opening("onsite-c", title: "On site C", posted: "2026-11-07",
                fields: "location: Amman, Jordan\npipeline: paid-training\nemployment_type: full-time\nlanguages: [ar]\n"),
        opening("hybrid-d", title: "Hybrid D", posted: "2026-11-06",
                fields: "workplace: hybrid\nlocation: Berlin\npipeline: apprenticeship\nemployment_type: apprenticeship\nlanguages: [de]\n"),
        opening("expired-e", title: "Expired E", expires: "2026-11-01", posted: "2026-10-01",
                fields: "remote: true\napplicant_countries: [JO]\npipeline: freelancing\nemployment_type: freelance\nlanguages: [ar]\n"),
        ("content/stories/amal.md", "---\ntitle: Amal\ndate: 2026-09-01\nconsent: given\ntags: [welcometalent]\n---\nStory.\n"),
        ("content/evaluations/eval.md", "---\ntitle: An evaluation\ndate: 2026-08-01\ntags: [welcometalent]\n---\nResults.\n"),
        // A script only the search page may load.
        ("templates/assets/search.js", "document.documentElement.dataset.search = 'on';\n"),
    ])

    static let built: (folder: TemporaryFolder, report: BuildReport) = {
        let folder = TemporaryFolder(prefix: "browse-site")
        try! folder.copyFromRepository("templates")
        try! folder.write(["content/site.yml": siteYML].merging(files) { _, new in new })
        let settings = BuildSettings(root: folder.url, output: folder.url.appendingPathComponent("public"), now: try! BuildDate("2026-11-23"))
        return (folder, SiteBuilder(settings: settings).build())
    }()
    var output: URL { Self.built.folder.url.appendingPathComponent("public") }
    var pages: [String] { TemporaryFolder.files(under: output).filter { $0.hasSuffix(".html") } }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// The slugs of the openings a page's cards link to, in order.
    func openingSlugs(_ path: String) throws -> [String] {
        try read(path).components(separatedBy: "<article class=\"card\">").dropFirst().compactMap { card in
            guard let start = card.range(of: "href=\"/openings/") else { return nil }
            return String(card[start.upperBound...].prefix { $0 != "/" })
        }
    }

    /// The links of the page header's main navigation.
    func headerLinks(_ path: String) throws -> [String] {
        let html = try read(path)
        guard let start = html.range(of: "<header"), let end = html.range(of: "</header>") else { return [] }
        return LinkScanner.links(in: String(html[start.lowerBound..<end.upperBound]))
    }

    @Test func buildsWithoutErrors() {
        #expect(Self.built.report.errorCount == 0, "\(Self.built.report.diagnostics.map(\.description))")
    }

    @Test func facetPagesListTheRightOpenings() throws {
        #expect(try openingSlugs("openings/remote/index.html") + openingSlugs("openings/remote/page/2/index.html")
            == ["remote-a", "remote-b", "remote-ar"])
        #expect(try openingSlugs("openings/hybrid/index.html") == ["hybrid-d"])
        #expect(try openingSlugs("openings/pipeline/paid-training/index.html") == ["onsite-c"])
        #expect(try openingSlugs("openings/pipeline/freelancing/index.html") == ["remote-a"], "the expired opening has left")
        #expect(try openingSlugs("openings/type/full-time/index.html") == ["remote-ar", "onsite-c"])
        #expect(try openingSlugs("openings/language/ar/index.html") + openingSlugs("openings/language/ar/page/2/index.html")
            == ["remote-a", "remote-ar", "onsite-c"])
        #expect(try openingSlugs("openings/language/de/index.html") == ["hybrid-d"])
        #expect(try openingSlugs("openings/country/jo/index.html") == ["remote-a", "remote-ar"])
        #expect(try openingSlugs("openings/country/ua/index.html") == ["remote-b"])
        #expect(!pages.contains("openings/on-site/index.html"), "on-site is every other opening, not a facet")
    }

    @Test func facetPagesPaginateLikeTagPages() throws {
        let first = try read("openings/remote/index.html")
        #expect(first.contains("href=\"/openings/remote/page/2/\" rel=\"next\""))
        #expect(try read("openings/remote/page/2/index.html").contains("href=\"/openings/remote/\" rel=\"prev\""))
        #expect(first.contains("<h1>Remote job openings</h1>"))
    }

    @Test(arguments: ["openings/index.html", "search/index.html", "ar/openings/index.html", "ar/search/index.html"])
    func listsAndSearchLinkToEveryFacet(_ path: String) throws {
        let prefix = path.hasPrefix("ar/") ? "/ar/" : "/"
        let links = LinkScanner.links(in: try read(path))
        for facet in ["openings/remote/", "openings/hybrid/", "openings/pipeline/paid-training/", "openings/type/full-time/",
                      "openings/language/de/", "openings/country/jo/", "openings/country/ua/"] {
            #expect(links.contains(prefix + facet), "\(path) lacks \(facet)")
        }
    }

    @Test(arguments: ["", "ar/"])
    func onlyTheFirstPageOfTheOpeningsListUnfoldsTheFacetGroups(_ prefix: String) throws {
        let first = try read(prefix + "openings/index.html")
        let second = try read(prefix + "openings/page/2/index.html")
        #expect(first.contains("<nav class=\"browse\" aria-labelledby=\"browse-by\">"))
        #expect(!second.contains("<nav class=\"browse\""), "later pages do not repeat the groups")
        #expect(second.contains("<a href=\"/\(prefix)openings/#browse-by\">"), "later pages link back to the groups")
    }

    @Test func sitemapListsFacetsInEveryLanguage() throws {
        let sitemap = try read("sitemap.xml")
        for url in ["https://example.org/openings/remote/", "https://example.org/ar/openings/remote/", "https://example.org/uk/openings/country/jo/",
                    "https://example.org/ar/openings/", "https://example.org/search/", "https://example.org/uk/tags/welcometalent/"] {
            #expect(sitemap.contains("<loc>\(url)</loc>"), "sitemap lacks \(url)")
        }
        #expect(sitemap.contains("hreflang=\"ar\" href=\"https://example.org/ar/openings/remote/\""))
        #expect(!sitemap.contains("expired-e"))
    }

    @Test(arguments: ["index.html", "openings/index.html", "openings/page/2/index.html", "stories/index.html", "evaluations/index.html",
                      "tags/index.html", "tags/welcometalent/index.html", "openings/remote/index.html", "openings/country/jo/index.html",
                      "search/index.html"])
    func everyListExistsInEveryLanguage(_ path: String) throws {
        let expected: [(prefix: String, head: String, home: String)] = [
            ("", "<html lang=\"en\" dir=\"ltr\">", "Job openings"),
            ("ar/", "<html lang=\"ar\" dir=\"rtl\">", "فرص العمل"),
            ("uk/", "<html lang=\"uk\" dir=\"ltr\">", "Вакансії"),
        ]
        for version in expected {
            let html = try read(version.prefix + path)
            #expect(html.contains(version.head), "\(version.prefix + path)")
            #expect(html.contains(version.home), "\(version.prefix + path) lacks its language's strings")
            #expect(html.contains("<link rel=\"canonical\" href=\"https://example.org/\(version.prefix)\(path.replacingOccurrences(of: "index.html", with: ""))\">"))
            for other in expected where other.prefix != version.prefix {
                let code = other.prefix.isEmpty ? "en" : String(other.prefix.dropLast())
                let url = "https://example.org/\(other.prefix)\(path.replacingOccurrences(of: "index.html", with: ""))"
                #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(url)\">"), "\(version.prefix + path) lacks its \(code) alternate")
            }
        }
    }

    @Test func arabicAndUkrainianNavigationStaysInItsLanguage() throws {
        let arabicPages = ["ar/index.html", "ar/openings/index.html", "ar/openings/remote/index.html", "ar/tags/remote/index.html",
                           "ar/search/index.html", "openings/remote-ar/index.html"]
        for page in arabicPages {
            let links = try headerLinks(page)
            #expect(links.contains("/ar/openings/"), "\(page): \(links)")
            #expect(links.allSatisfy { $0.hasPrefix("/ar/") }, "\(page) leaves Arabic: \(links)")
        }
        let item = try read("openings/remote-ar/index.html")
        #expect(item.contains("<a href=\"/ar/openings/\""))
        for page in ["uk/index.html", "uk/openings/index.html", "uk/tags/index.html"] {
            let links = try headerLinks(page)
            #expect(links.allSatisfy { $0.hasPrefix("/uk/") }, "\(page) mixes languages: \(links)")
        }
        #expect(try read("ar/tags/index.html").contains("href=\"/ar/tags/welcometalent/\""))
    }

    @Test func everyPageHasALanguageSwitcher() throws {
        for page in pages {
            let html = try read(page)
            #expect(html.contains("<nav id=\"languages\""), "\(page) has no language switcher")
        }
        let list = try read("ar/openings/remote/index.html")
        #expect(list.contains("<a href=\"/openings/remote/\" hreflang=\"en\""))
        #expect(list.contains("<a href=\"/uk/openings/remote/\" hreflang=\"uk\""))
        let untranslated = try read("openings/onsite-c/index.html")
        #expect(untranslated.contains("<a href=\"/ar/\" hreflang=\"ar\""), "an item without a translation offers the Arabic home")
    }

    @Test func cardsMarkTextInAnotherLanguage() throws {
        let english = try read("openings/type/full-time/index.html")
        #expect(english.contains("<h2 lang=\"ar\" dir=\"rtl\"><a href=\"/openings/remote-ar/\">"))
        #expect(english.contains("<dd lang=\"ar\" dir=\"rtl\">Org remote-ar</dd>"))
        #expect(english.contains("<span lang=\"en\" dir=\"ltr\">") == false, "English text on an English page carries no lang")
        let arabic = try read("ar/openings/type/full-time/index.html")
        #expect(arabic.contains("<h2><a href=\"/openings/remote-ar/\">"))
        #expect(arabic.contains("<h2 lang=\"en\" dir=\"ltr\"><a href=\"/openings/onsite-c/\">"))
        #expect(arabic.contains("<span lang=\"en\" dir=\"ltr\">Amman, Jordan</span>"))
    }

    @Test func cardsShowPayWorkplaceAndLanguages() throws {
        let html = try read("openings/index.html")
        let card = try #require(html.components(separatedBy: "<article class=\"card\">").first { $0.contains("/openings/remote-a/") })
        #expect(card.contains("<dt>Pay</dt><dd>300–450 USD / month</dd>"))
        #expect(card.contains("<dd>Remote, for applicants in Jordan, Lebanon</dd>"))
        #expect(card.contains("<dt>Languages needed</dt><dd>Arabic, English</dd>"))
        let hybrid = try #require(try read("openings/hybrid/index.html").components(separatedBy: "<article class=\"card\">").last)
        #expect(hybrid.contains("<dd>Hybrid, Berlin</dd>"))
    }

    @Test func remoteTagPageHoldsRemoteOpeningsWithoutTheTag() throws {
        let slugs = try openingSlugs("tags/remote/index.html") + openingSlugs("tags/remote/page/2/index.html")
        #expect(slugs == ["remote-a", "remote-b", "remote-ar"])
        #expect(try read("tags/remote/feed.xml").contains("/openings/remote-a/"))
    }

    @Test(arguments: ["search/index.html", "ar/search/index.html"])
    func searchPageWorksWithoutAndWithTheScript(_ path: String) throws {
        let html = try read(path)
        #expect(html.contains("<form role=\"search\" action=\"\" method=\"get\""))
        #expect(html.contains("<input type=\"search\" id=\"search-q\" name=\"q\""))
        #expect(html.contains("data-search=\"/search/\""), "one index for every language")
        for attribute in ["data-one=\"", "data-none=\"", "data-failed=\""] { #expect(html.contains(attribute)) }
        #expect(html.contains("%{count}"), "the results count carries search.js's placeholder")
        #expect(html.contains("%{filter}"))
        #expect(html.contains("<p id=\"search-status\" class=\"search-status\" role=\"status\" aria-live=\"polite\"></p>"))
        #expect(html.contains("<ol id=\"search-results\""))
        #expect(html.contains("<script src=\"/assets/search.js\" defer></script>"))
        #expect(html.contains(path.hasPrefix("ar/") ? "lang=\"ar\" dir=\"rtl\"" : "lang=\"en\" dir=\"ltr\""))
    }

    @Test func noOtherPageLoadsAScript() throws {
        for page in pages where !page.hasSuffix("search/index.html") {
            #expect(!(try read(page)).contains("<script src"), "\(page) loads a script")
        }
    }

    @Test func everyPageIsWellFormedAndEveryLinkResolves() throws {
        let files = Set(TemporaryFolder.files(under: output))
        let checker = LinkChecker(routes: Routes(baseURL: try! BaseURL("https://example.org/")), outputs: files)
        for page in pages {
            let html = try read(page)
            #expect(HTMLStructureChecker.problems(in: html) == [], "\(page)")
            #expect(ExampleSiteTests.headingLevelsSkipped(in: html) == [], "\(page) skips heading levels")
            let folder = page == "404.html" ? "" : String(page.dropLast("index.html".count))
            for link in LinkScanner.links(in: html) {
                if let target = checker.outputPath(of: link, from: folder) { #expect(files.contains(target), "\(page) links to \(link)") }
            }
        }
    }

    @Test func anOpeningSluggedLikeAFacetIsReported() throws {
        let folder = TemporaryFolder(prefix: "browse-clash")
        defer { folder.remove() }
        try folder.copyFromRepository("templates")
        let clash = Self.opening("remote", title: "Remote", posted: "2026-11-10", fields: "remote: true\n")
        try folder.write(["content/site.yml": Self.siteYML, clash.0: clash.1])
        let report = SiteBuilder(settings: BuildSettings(root: folder.url, output: folder.url.appendingPathComponent("public"),
                                                         now: try BuildDate("2026-11-23"))).build()
        #expect(report.diagnostics.map(\.description).contains(
            "content/openings/remote.md:1:1: error: two outputs would be written to 'openings/remote/index.html': from "
                + "content/openings/remote.md and from the facet list; give one of them another slug or file name"), "\(report.diagnostics)")
    }

    @Test func tagsReadInThePageLanguageWhenSiteYMLLabelsThem() throws {
        #expect(try read("ar/tags/remote/index.html").contains("عن بُعد"))
        #expect(try read("tags/remote/index.html").contains("Remote work"))
        #expect(try read("uk/tags/index.html").contains("rel=\"tag\">remote</a>"), "no Ukrainian label: the tag's name")
        #expect(try read("ar/tags/index.html").contains("<a href=\"/ar/tags/remote/\" rel=\"tag\">عن بُعد</a>"))
    }
}
