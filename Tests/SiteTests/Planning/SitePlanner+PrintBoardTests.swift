import Foundation
import Testing
import TestSupport
@testable import Site

/// The printable openings boards: which exist, what they list, and that their QR codes scan.
@Suite struct PrintBoardTests {
    static let canScreenshot = SamplePhoto.tool("chromium") != nil && SamplePhoto.tool("zbarimg") != nil

    static func site() throws -> MediaFixture {
        try MediaFixture(Dictionary(uniqueKeysWithValues: [
            MediaFixture.opening("tutor", title: "English tutor"),
            MediaFixture.opening("mechanic", title: "Bicycle mechanic", tags: "[welcometalent, apprenticeship]"),
            MediaFixture.opening("support-ar", title: "موظف دعم عملاء", lang: "ar"),
            MediaFixture.opening("gone", title: "Closed cook job", expires: "2026-11-01"),
        ]))
    }

    @Test func boardsPerLanguageAndTagListOnlyOpenOpenings() throws {
        let site = try Self.site()
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for path in ["openings/print/index.html", "ar/openings/print/index.html", "tags/welcometalent/print/index.html",
                     "tags/apprenticeship/print/index.html"] {
            let board = try site.text(path)
            #expect(board.contains("<meta name=\"robots\" content=\"noindex\">"), "\(path)")
            #expect(!board.contains("Closed cook job"), "\(path) lists a closed opening")
            #expect(board.contains("Bicycle mechanic"), "\(path)")
            #expect(board.contains("<svg viewBox=\"0 0 "), "\(path) has inline QR codes")
            #expect(board.contains("print-board.css"))
        }
        let english = try site.text("openings/print/index.html")
        #expect(english.components(separatedBy: "class=\"board-card\"").count - 1 == 3)
        #expect(english.contains("aria-label=\"QR code: English tutor\""))
        #expect(english.contains("<h2>English tutor</h2>"), "an opening in the page's language needs no lang of its own")
        #expect(english.contains("<h2 lang=\"ar\" dir=\"rtl\">موظف دعم عملاء</h2>"), "an Arabic opening on the English board keeps its lang and dir")
        #expect(english.contains("https://example.org/openings/tutor/"))
        #expect(try site.text("ar/openings/print/index.html").contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(!(try site.text("tags/apprenticeship/print/index.html")).contains("English tutor"), "a tag's board lists that tag's openings")
        #expect(try site.text("openings/index.html").contains("<a href=\"/openings/print/\">Print this list</a>"))
        #expect(!(try site.text("sitemap.xml")).contains("/print/"))
    }

    @Test func theBoardIsLaidOutForA4() throws {
        let css = try String(contentsOf: SharedFolder.repositoryRoot.appendingPathComponent("templates/assets/print-board.css"), encoding: .utf8)
        #expect(css.contains("@page{size:A4;margin:12mm}"))
        #expect(css.contains("break-inside:avoid"))
        #expect(css.contains(".qr svg{inline-size:3cm;block-size:3cm}"), "QR codes print at least 2.5 cm wide")
    }

    @Test(.enabled(if: canScreenshot, "chromium or zbarimg (zbar-tools) is not installed"))
    func theQRCodesScanToTheOpeningsAddresses() throws {
        let site = try Self.site()
        defer { site.remove() }
        #expect(site.build().succeeded)
        // The page links its styles from the site root; point them at the output folder for a file:// view.
        let board = try site.text("openings/print/index.html").replacingOccurrences(of: "=\"/", with: "=\"file://\(site.output.path)/")
        let page = site.output.appendingPathComponent("openings/print/local.html")
        try board.write(to: page, atomically: true, encoding: .utf8)
        let shot = site.url.appendingPathComponent("board.png")
        try SamplePhoto.run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                         "--screenshot=\(shot.path)", "--window-size=1200,2000", page.absoluteString])
        let decoded = try SamplePhoto.run("zbarimg", ["--raw", "-q", shot.path]).split(separator: "\n").map(String.init).sorted()
        #expect(decoded == ["https://example.org/openings/mechanic/", "https://example.org/openings/support-ar/",
                            "https://example.org/openings/tutor/"])
    }
}

@Suite struct PrintBoardPaginationTests {
    @Test func aLongBoardIsSplitIntoLightPages() {
        let openings = (1...30).map { MemorySite.opening("Job\($0)", posted: "2026-10-\($0 < 10 ? "0" : "")\($0)", expires: "2026-12-31") }
        var files: [String: String] = [:]
        for (index, text) in openings.enumerated() { files["content/openings/job-\(index + 1).md"] = text }
        let plan = MemorySite(files).plan()
        let boards = plan.pages.filter { $0.layout == "print-board" && $0.language.code == "en" && $0.path.hasPrefix("openings/") }
        #expect(boards.map(\.path) == ["openings/print/index.html", "openings/print/page/2/index.html"])
        guard case .list(_, let first, let total) = boards[0].content else { Issue.record("not a list"); return }
        #expect(first.items.count == SitePlanner.printBoardLength)
        #expect(total == 30)
    }
}
