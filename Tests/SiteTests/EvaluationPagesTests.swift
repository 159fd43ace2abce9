import Foundation
import Testing
@testable import Site

/// Evaluation pages and the comparison table never overstate impact: percentage points, designs, effects apart from changes.
@Suite struct EvaluationPagesTests {
    static let rct = FixtureSite.evaluation(title: "Academy RCT", method: "rct", sampleSize: 1200, outcomes: [
        "{indicator: Employed, unit: \"%\", baseline: 21, endline: 38, target: 35, comparison: {baseline: 21, endline: 26}, effect: {estimate: 12, ci_low: 5, ci_high: 19, standard_error: 3.5}}",
        "{indicator: Hours, unit: hours, baseline: 11, endline: 24}",
    ])
    static let prePost = FixtureSite.evaluation(title: "Apprenticeships", method: "pre-post", sampleSize: 96, cost: "{amount: 95000, currency: XAF}",
                                                outcomes: ["{indicator: Employed, unit: \"%\", baseline: 8, endline: 67}"], date: "2026-09-18")

    @Test func percentagePointsAreSaidInEveryLanguage() throws {
        let site = try FixtureSite([
            "content/evaluations/en.md": FixtureSite.evaluation(title: "E", method: "pre-post", sampleSize: 50, outcomes: ["{indicator: Employed, unit: \"%\", baseline: 21, endline: 38}"]),
            "content/evaluations/ar.md": FixtureSite.evaluation(title: "ع", lang: "ar", method: "pre-post", sampleSize: 50, outcomes: ["{indicator: يعملون, unit: \"%\", baseline: 21, endline: 38}"]),
            "content/evaluations/uk.md": FixtureSite.evaluation(title: "У", lang: "uk", method: "pre-post", sampleSize: 50, outcomes: ["{indicator: Зайняті, unit: \"%\", baseline: 21, endline: 38}"]),
        ])
        defer { site.remove() }
        #expect(site.report.errorCount == 0, "\(site.report.diagnostics)")
        let expected = ["en": "percentage points", "ar": "نقطة مئوية", "uk": "відсоткових пунктів"]
        for (lang, words) in expected {
            let html = try site.page("evaluations/\(lang)/index.html")
            #expect(html.contains("<bdi dir=\"ltr\">+17</bdi> \(words)"), "\(lang)")
            #expect(!html.contains("+17 %") && !html.contains("+17</bdi> %"), "\(lang) prints a difference of percentages as %")
        }
        #expect(try site.page("index.html").contains("Employed: <bdi dir=\"ltr\">+17</bdi> percentage points (change before → after)"))
    }

    @Test func headlineShowsTheEffectNotTheChangeForAStudyWithOne() throws {
        let site = try FixtureSite(["content/evaluations/rct.md": Self.rct])
        defer { site.remove() }
        let home = try site.page("index.html")
        #expect(home.contains("Employed: <bdi dir=\"ltr\">+12</bdi> percentage points (estimated effect)"))
        #expect(!home.contains("+17"))
    }

    @Test func evaluationPageShowsEffectIntervalErrorAndComparisonGroup() throws {
        let site = try FixtureSite(["content/evaluations/rct.md": Self.rct])
        defer { site.remove() }
        let html = try site.page("evaluations/rct/index.html")
        #expect(html.contains("<dt>Study design</dt><dd>Randomised controlled trial, with a comparison group</dd>"))
        #expect(html.contains("<th scope=\"col\">Comparison group</th>"))
        #expect(html.contains("Baseline: <bdi dir=\"ltr\">21</bdi> %<br>Endline: <bdi dir=\"ltr\">26</bdi> %"))
        #expect(html.contains("<bdi dir=\"ltr\">+12</bdi> percentage points<br>confidence interval: <bdi dir=\"ltr\">5–19</bdi> percentage points<br>standard error: 3.5"))
        #expect(html.contains("<small>as the study reports it</small>"))
        // The hours outcome has no effect: its change stays a change.
        let hours = html.between("<th scope=\"row\">Hours</th>", "</tr>")
        #expect(hours.contains("<bdi dir=\"ltr\">+13</bdi> hours</td><td>not estimated</td>"), "\(hours)")
    }

    @Test func comparisonTableLabelsDesignsAndKeepsEffectsApartFromChanges() throws {
        let site = try FixtureSite(["content/evaluations/rct.md": Self.rct, "content/evaluations/pre-post.md": Self.prePost])
        defer { site.remove() }
        let list = try site.page("evaluations/index.html")
        #expect(list.contains("<th scope=\"col\">Estimated effect</th><th scope=\"col\">Change before → after (participants only)</th>"))
        func cells(_ title: String) -> [String] {
            list.between(">\(title)</a>", "</tr>").components(separatedBy: "<td>").dropFirst().map { $0 }
        }
        let before = cells("Apprenticeships"), rct = cells("Academy RCT")
        try #require(before.count == 4 && rct.count == 4, "\(before) \(rct)")
        #expect(before[0].contains("Before and after, <strong>no comparison group</strong>") && before[0].contains("Sample size: 96"))
        #expect(rct[0].contains("Randomised controlled trial, with a comparison group") && rct[0].contains("Sample size: 1,200"))
        #expect(before[2].hasPrefix("not estimated") && !before[2].contains("+59"))
        #expect(before[3].contains("+59"))
        #expect(rct[2].contains("+12") && !rct[2].contains("+17"))
        #expect(rct[3].contains("+17") && !rct[3].contains("+12"))
    }

    @Test func mixedCurrenciesGetANoteAndOneCurrencyDoesNot() throws {
        let mixed = try FixtureSite(["content/evaluations/rct.md": Self.rct, "content/evaluations/pre-post.md": Self.prePost])
        defer { mixed.remove() }
        #expect(try mixed.page("evaluations/index.html").contains("Costs are in different currencies (XAF, USD) and are not converted"))
        let single = try FixtureSite(["content/evaluations/rct.md": Self.rct])
        defer { single.remove() }
        #expect(!(try single.page("evaluations/index.html")).contains("different currencies"))
    }

    @Test func tablesScrollInsideAFocusableRegion() throws {
        let site = try FixtureSite(["content/evaluations/rct.md": Self.rct])
        defer { site.remove() }
        #expect(try site.page("evaluations/rct/index.html").contains("<div class=\"table-scroll wide\" tabindex=\"0\" role=\"region\" aria-labelledby=\"outcomes\"><table>\n<caption id=\"outcomes\">"))
        #expect(try site.page("evaluations/index.html").contains("<div class=\"table-scroll wide\" tabindex=\"0\" role=\"region\" aria-labelledby=\"compare\"><table>\n<caption id=\"compare\">"))
        let css = try site.page("assets/site.css")
        #expect(css.contains(".table-scroll{overflow-x:auto"))
    }

    @Test func chartIsMirroredOnRightToLeftPages() throws {
        let site = try FixtureSite([
            "content/evaluations/ar.md": FixtureSite.evaluation(title: "ع", lang: "ar", method: "pre-post", sampleSize: 50, outcomes: ["{indicator: يعملون, unit: \"%\", baseline: 20, endline: 40}"]),
            "content/evaluations/en.md": FixtureSite.evaluation(title: "E", method: "pre-post", sampleSize: 50, outcomes: ["{indicator: Employed, unit: \"%\", baseline: 20, endline: 40}"]),
        ])
        defer { site.remove() }
        // Endline 40 is the longest bar (210 units): from the left edge in English, ending at the right edge in Arabic.
        #expect(try site.page("evaluations/en/index.html").contains("<rect x=\"1\" y=\"76\" width=\"210\" height=\"16\" class=\"chart-endline\"/>"))
        #expect(try site.page("evaluations/ar/index.html").contains("<rect x=\"129\" y=\"76\" width=\"210\" height=\"16\" class=\"chart-endline\"/>"))
        #expect(try site.page("evaluations/ar/index.html").contains("<text x=\"340\" y=\"46\" class=\"chart-label\">"))
        #expect(!(try site.page("evaluations/en/index.html")).contains("red line"))
    }
}
