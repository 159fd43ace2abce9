import Foundation
import Testing
@testable import Site

/// Opening pages a seeker can act on: apply first, channels said in words, dates for people, trust, no dead ends.
@Suite struct OpeningPagesTests {
    @Test func applyComesBeforeTheBodyAndSaysWhereItGoes() throws {
        let site = try FixtureSite([
            "content/openings/web.md": FixtureSite.opening(title: "Web"),
            "content/openings/mail.md": FixtureSite.opening(title: "Mail", applyURL: "mailto:jobs@example.org"),
            "content/openings/call.md": FixtureSite.opening(title: "Call", applyURL: "tel:+962 79 123 4567"),
            "content/openings/chat.md": FixtureSite.opening(title: "Chat", lang: "ar", applyURL: "https://wa.me/962791234567"),
        ])
        defer { site.remove() }
        #expect(site.report.errorCount == 0, "\(site.report.diagnostics)")
        for slug in ["web", "mail", "call", "chat"] {
            let html = try site.page("openings/\(slug)/index.html").between("<main", "</main>")
            #expect(html.offset(of: "<section class=\"apply\"") < html.offset(of: "The body of the opening."), "\(slug)")
            #expect(html.offset(of: "<section class=\"apply\"") < html.offset(of: "<dl class=\"facts\">"), "\(slug)")
        }
        #expect(try site.page("openings/web/index.html").contains("<a class=\"button\" href=\"https://jobs.example.org/tutor\">Apply on <bdi dir=\"ltr\">jobs.example.org</bdi></a>"))
        // The address is the link's visible text, for phones without a mail app.
        #expect(try site.page("openings/mail/index.html").contains("Apply by email to <a href=\"mailto:jobs@example.org\"><bdi dir=\"ltr\">jobs@example.org</bdi></a>"))
        #expect(try site.page("openings/call/index.html").contains("<a class=\"button\" href=\"tel:+962791234567\">Call <bdi dir=\"ltr\">+962791234567</bdi></a>"))
        #expect(try site.page("openings/chat/index.html").contains("<a class=\"button\" href=\"https://wa.me/962791234567\">قدّم عبر واتساب: <bdi dir=\"ltr\">+962791234567</bdi></a>"))
    }

    @Test func datesAreForPeopleInsideTimeElements() throws {
        let site = try FixtureSite([
            "content/openings/en.md": FixtureSite.opening(title: "En"),
            "content/openings/ar.md": FixtureSite.opening(title: "Ar", lang: "ar"),
        ])
        defer { site.remove() }
        let english = try site.page("openings/en/index.html")
        #expect(english.contains("<time datetime=\"2026-12-31\">31 December 2026</time>"))
        #expect(english.contains("<time datetime=\"2026-10-01\">1 October 2026</time>"))
        let arabic = try site.page("openings/ar/index.html").between("<time datetime=\"2026-12-31\">", "</time>")
        #expect(arabic.contains("31") && arabic.contains("ديسمبر") && arabic.contains("2026"), "\(arabic)")
    }

    @Test(arguments: [("2026-11-23", "Closes today"), ("2026-11-24", "Closes tomorrow"), ("2026-11-28", "Closes in 5 days")])
    func closingIsCountedFromTheBuildDate(expires: String, expected: String) throws {
        let site = try FixtureSite(["content/openings/soon.md": FixtureSite.opening(expires: expires)])
        defer { site.remove() }
        let deadline = try site.page("openings/soon/index.html").between("<p class=\"deadline\">", "</p>")
        #expect(deadline.contains(expected), "\(deadline)")
        #expect(deadline.contains("<time datetime=\"\(expires)\">"))
    }

    @Test func everyOpeningCarriesTheTrustLineInItsLanguage() throws {
        let expected = ["en": "Applying never costs money", "ar": "التقديم مجاني دائمًا", "fa": "درخواست دادن هرگز هزینه ندارد",
                        "fr": "Postuler ne coûte jamais rien", "uk": "Подати заявку завжди безкоштовно"]
        var files: [String: String] = [:]
        for lang in expected.keys { files["content/openings/job-\(lang).md"] = FixtureSite.opening(title: lang, lang: lang) }
        files["content/openings/old.md"] = FixtureSite.opening(title: "Old", expires: "2026-11-01")
        files["content/pages/how-to-apply.md"] = "---\ntitle: How to apply\n---\nNever pay.\n"
        let site = try FixtureSite(languages: ["en", "ar", "fa", "fr", "uk"], siteExtra: "params: {report_email: help@example.org, safety_url: /how-to-apply/}\n", files)
        defer { site.remove() }
        #expect(site.report.errorCount == 0, "\(site.report.diagnostics)")
        for (lang, words) in expected {
            let trust = try site.page("openings/job-\(lang)/index.html").between("<p class=\"trust\">", "</p>")
            #expect(trust.contains(words), "\(lang): \(trust)")
            #expect(trust.contains("<bdi>Crossing Points Foundation</bdi>"), "\(lang)")
            #expect(trust.contains("<a href=\"mailto:help@example.org\"><bdi dir=\"ltr\">help@example.org</bdi></a>"), "\(lang)")
            #expect(trust.contains("<a href=\"/how-to-apply/\">"), "\(lang)")
        }
        #expect(try site.page("openings/old/index.html").contains("<p class=\"trust\">Checked by <bdi>Crossing Points Foundation</bdi>."))
    }

    @Test func closedOpeningLeadsToOpenOnesWithTheSameTagsFirst() throws {
        let site = try FixtureSite([
            "content/openings/closed.md": FixtureSite.opening(title: "Closed", expires: "2026-11-01", tags: "[teaching, remote]"),
            "content/openings/newest-other.md": FixtureSite.opening(title: "Newest other", tags: "[design]", extra: "").replacingOccurrences(of: "posted: 2026-10-01", with: "posted: 2026-11-20"),
            "content/openings/one-tag.md": FixtureSite.opening(title: "One tag", tags: "[teaching]").replacingOccurrences(of: "posted: 2026-10-01", with: "posted: 2026-11-10"),
            "content/openings/two-tags.md": FixtureSite.opening(title: "Two tags", tags: "[remote, teaching]").replacingOccurrences(of: "posted: 2026-10-01", with: "posted: 2026-10-05"),
        ])
        defer { site.remove() }
        let html = try site.page("openings/closed/index.html").between("<main", "</main>")
        let related = html.between("<h2 id=\"related-h\">Open jobs like this one</h2>", "</section>")
        let order = ["/openings/two-tags/", "/openings/one-tag/", "/openings/newest-other/"].map(related.offset(of:))
        #expect(order[0] < order[1] && order[1] < order[2] && order[2] < Int.max, "\(related)")
        #expect(html.contains("<p class=\"more\"><a href=\"/openings/\">All job openings</a></p>"))
        #expect(html.offset(of: "related-h") < html.offset(of: "The body of the opening."))
        #expect(!(try site.page("openings/one-tag/index.html")).contains("related-h"), "open openings need no suggestions")
    }

    @Test func aClosedOpeningSuggestsAtMostFive() throws {
        var files = ["content/openings/closed.md": FixtureSite.opening(title: "Closed", expires: "2026-11-01")]
        for n in 1...7 { files["content/openings/open-\(n).md"] = FixtureSite.opening(title: "Open \(n)") }
        let site = try FixtureSite(files)
        defer { site.remove() }
        let related = try site.page("openings/closed/index.html").between("id=\"related-h\"", "</section>")
        #expect(related.components(separatedBy: "<article class=\"card\">").count - 1 == SitePlanner.relatedLength)
    }

    @Test func workplaceIsShownAndHybridSaysWhere() throws {
        let hybrid = FixtureSite.opening(title: "Hybrid").replacingOccurrences(of: "remote: true", with: "workplace: hybrid\nlocation: \"Berlin, Germany\"")
        let site = try FixtureSite(["content/openings/hybrid-job.md": hybrid, "content/openings/remote-job.md": FixtureSite.opening(title: "Remote")])
        defer { site.remove() }
        #expect(try site.page("openings/hybrid-job/index.html").contains("<dt>Location</dt><dd>Hybrid, Berlin, Germany</dd>"))
        #expect(try site.page("openings/remote-job/index.html").contains("<dt>Location</dt><dd>Remote</dd>"))
    }

    @Test func ukrainianPayUsesUkrainianSeparators() throws {
        let opening = FixtureSite.opening(title: "Соціальний працівник", lang: "uk", extra: "salary: {min: 6200, max: 7200, currency: PLN, period: month}\n")
        let site = try FixtureSite(["content/openings/uk.md": opening])
        defer { site.remove() }
        #expect(try site.page("openings/uk/index.html").contains("<dd>6\u{202F}200–7\u{202F}200 PLN / місяць</dd>"))
    }
}
