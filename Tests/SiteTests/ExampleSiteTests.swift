import Content
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import Site

/// Builds the repository's example site once and checks the output as a reader, a crawler and a feed reader would.
@Suite(.serialized) struct ExampleSiteTests {
    static let built: (folder: TemporaryFolder, report: BuildReport) = {
        let folder = TemporaryFolder(prefix: "example-site")
        let settings = BuildSettings(root: SharedFolder.repositoryRoot, output: folder.url.appendingPathComponent("public"),
                                     now: try! BuildDate("2026-11-23"))
        return (folder, SiteBuilder(settings: settings).build())
    }()
    var output: URL { Self.built.folder.url.appendingPathComponent("public") }
    var files: [String] { TemporaryFolder.files(under: output) }

    func read(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func buildsWithoutErrors() {
        #expect(Self.built.report.errorCount == 0, "\(Self.built.report.diagnostics.map(\.description))")
        #expect(Self.built.report.pagesWritten > 60)
    }

    @Test func theSiteDescriptionIsMarkedInItsOwnLanguageOnOtherLanguagesHomePages() throws {
        #expect(try read("ar/index.html").contains(#"<p class="lead" lang="en" dir="ltr">"#), "English text in a right-to-left page")
        #expect(try read("fr/index.html").contains(#"<p class="lead" lang="en">"#))
        #expect(try read("index.html").contains(#"<p class="lead">"#))
    }

    @Test("a language without its own menu pages shows the default language's, marked as written in it")
    func menuPagesInAnotherLanguageAreMarked() throws {
        #expect(try read("fa/stories/index.html").contains(#"<a href="/about/" lang="en" dir="ltr">About Bridges to Work</a>"#))
        #expect(try read("uk/stories/index.html").contains(#"<a href="/about/" lang="en">About Bridges to Work</a>"#))
        #expect(try read("stories/index.html").contains(#"<a href="/about/">About Bridges to Work</a>"#))
    }

    @Test func reportsEachLayoutsPagesAndRenderTime() {
        let layouts = Self.built.report.layouts
        #expect(layouts.reduce(0) { $0 + $1.pages } == Self.built.report.pagesRendered, "every rendered page is counted once")
        #expect(Set(layouts.map(\.layout)).isSuperset(of: ["opening", "story", "evaluation", "list", "tag", "home", "404"]))
        #expect(layouts.allSatisfy { $0.pages > 0 && $0.seconds > 0 })
        #expect(layouts.map(\.seconds) == layouts.map(\.seconds).sorted(by: >), "slowest first")
    }

    @Test(arguments: ["index.html", "stories/index.html", "openings/index.html", "evaluations/index.html", "tags/index.html",
                      "tags/welcometalent/index.html", "tags/welcometalent/feed.xml", "feeds/openings.xml", "feeds/openings.json",
                      "feeds/stories.xml", "sitemap.xml", "robots.txt", "404.html", "assets/site.css", "media/logo.svg",
                      "stories/samir-bicycle-workshop/index.html", "stories/samir-bicycle-workshop/photo-64.jpg", "about/index.html",
                      "openings/page/2/index.html"])
    func writesEveryOutputOfTheSpec(_ path: String) {
        #expect(files.contains(path), "missing \(path)")
    }

    @Test func everyPageIsWellFormedHTMLWithLanguageAndDirection() throws {
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 60)
        for page in pages {
            let html = try read(page)
            #expect(HTMLStructureChecker.problems(in: html) == [], "\(page)")
            #expect(html.contains("<html lang=\""), "\(page) has no lang")
            #expect(html.components(separatedBy: "<h1").count == 2, "\(page) should have one h1")
            #expect(Self.headingLevelsSkipped(in: html) == [], "\(page) skips heading levels")
            #expect(html.contains("<main"), "\(page) has no main landmark")
        }
        #expect(try read("stories/amal-translator-amman-ar/index.html").contains("<html lang=\"ar\" dir=\"rtl\""))
        #expect(try read("stories/amal-translator-amman/index.html").contains("<html lang=\"en\" dir=\"ltr\""))
    }

    /// Headings that go more than one level deeper than the one before (h2 → h4).
    static func headingLevelsSkipped(in html: String) -> [String] {
        var previous = 0
        var skipped: [String] = []
        var rest = html[...]
        while let range = rest.range(of: "<h") {
            rest = rest[range.upperBound...]
            guard let digit = rest.first, let level = digit.wholeNumberValue, (1...6).contains(level) else { continue }
            if previous > 0 && level > previous + 1 { skipped.append("h\(previous) → h\(level)") }
            previous = level
        }
        return skipped
    }

    @Test func everyInternalLinkResolves() throws {
        // `files` walks the output folder: read it once, not once per link.
        let outputs = Set(files)
        let checker = LinkChecker(routes: Routes(baseURL: try! BaseURL("https://example.org/")), outputs: outputs)
        for page in outputs.sorted() where page.hasSuffix(".html") {
            let folder = page == "404.html" ? "" : String(page.dropLast("index.html".count))
            for link in LinkScanner.links(in: try read(page)) {
                if let target = checker.outputPath(of: link, from: folder) {
                    #expect(outputs.contains(target), "\(page) links to \(link)")
                }
            }
        }
    }

    @Test func openOpeningsCarryValidJobPostingJSONLD() throws {
        // openings/<slug>/index.html: the item pages, not the list, its pages or the facet pages below it.
        let openings = files.filter { $0.hasPrefix("openings/") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3
            && !["page", "remote", "hybrid", "print"].contains($0.split(separator: "/")[1]) }
        #expect(openings.count >= 14)
        var checked = 0
        for page in openings where page != "openings/online-english-tutor-part-time/index.html" {
            let html = try read(page)
            let start = try #require(html.range(of: "<script type=\"application/ld+json\">"), "\(page) has no JSON-LD")
            let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(html[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
            #expect(json["@type"] as? String == "JobPosting")
            for key in ["title", "description", "datePosted", "validThrough", "hiringOrganization", "employmentType"] {
                #expect(json[key] != nil, "\(page) lacks \(key)")
            }
            #expect(json["jobLocation"] != nil || json["jobLocationType"] as? String == "TELECOMMUTE", "\(page) has no location")
            checked += 1
        }
        #expect(checked >= 13)
    }

    @Test func expiredOpeningIsClosedAndUnlisted() throws {
        let slug = "online-english-tutor-part-time"
        let page = try read("openings/\(slug)/index.html")
        #expect(page.contains("<meta name=\"robots\" content=\"noindex"))
        #expect(page.contains("class=\"closed\""))
        #expect(!page.contains("application/ld+json"))
        for listing in files where listing.hasSuffix(".xml") || listing.hasSuffix(".json") || (listing.hasSuffix("index.html") && !listing.hasPrefix("openings/\(slug)/")) {
            #expect(!(try read(listing)).contains("/openings/\(slug)/"), "\(listing) lists the expired opening")
        }
    }

    @Test func storyWithoutConsentNeverReachesTheOutput() throws {
        let slug = "tariq-solar-installer-irbid"
        #expect(!files.contains { $0.contains(slug) })
        for file in files where ![".png", ".jpg", ".webp", ".bin"].contains(where: file.hasSuffix) {
            #expect(!(try read(file)).contains(slug), "\(file) mentions the unconsented story")
        }
    }

    @Test func feedsParse() throws {
        for feed in ["feeds/openings.xml", "feeds/stories.xml", "tags/welcometalent/feed.xml", "sitemap.xml"] {
            #expect(XMLParser(data: try Data(contentsOf: output.appendingPathComponent(feed))).parse(), "\(feed)")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("feeds/openings.json"))) as? [String: Any])
        #expect((json["items"] as? [Any])?.isEmpty == false)
    }

    @Test func translationsLinkToEachOther() throws {
        let english = try read("stories/amal-translator-amman/index.html")
        #expect(english.contains("hreflang=\"ar\""))
        #expect(english.contains("/stories/amal-translator-amman-ar/"))
    }

    @Test func evaluationShowsTableAndChart() throws {
        let evaluation = try #require(files.first { $0.hasPrefix("evaluations/") && $0.hasSuffix("/index.html") && $0 != "evaluations/index.html" })
        let html = try read(evaluation)
        #expect(html.contains("<table"))
        #expect(html.contains("<svg"))
        #expect(html.contains("role=\"img\""))
    }

    @Test func stylesheetIsUnderTenKilobytes() throws {
        #expect(try Data(contentsOf: output.appendingPathComponent("assets/site.css")).count < 10_240)
    }
}
