import Foundation
import TestSupport
@testable import Site

/// A small site on disk with the repository's default theme, built once, read as HTML.
struct FixtureSite {
    let folder: TemporaryFolder
    let report: BuildReport

    /// Writes `site.yml` (`languages` and optional extra lines) and `files`, then builds with `--now`.
    init(languages: [String] = ["en", "ar", "uk"], siteExtra: String = "", now: String = "2026-11-23", _ files: [String: String]) throws {
        folder = TemporaryFolder(prefix: "reader-site")
        try folder.copyFromRepository("templates")
        let siteYML = "title: Test site\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [\(languages.joined(separator: ", "))]\n"
            + "per_page: 10\norganisation: Crossing Points Foundation\n" + siteExtra
        try folder.write(["content/site.yml": siteYML].merging(files) { _, new in new })
        report = SiteBuilder(settings: BuildSettings(root: folder.url, output: folder.url.appendingPathComponent("public"),
                                                     now: try BuildDate(now))).build()
    }

    /// The text of an output file, e.g. `openings/tutor/index.html`.
    func page(_ path: String) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent("public").appendingPathComponent(path), encoding: .utf8)
    }

    /// Every HTML file written.
    var htmlPages: [String] { TemporaryFolder.files(under: folder.url.appendingPathComponent("public")).filter { $0.hasSuffix(".html") } }

    /// An opening's front matter and body.
    static func opening(title: String = "Tutor", lang: String = "en", expires: String = "2026-12-31", applyURL: String = "https://jobs.example.org/tutor",
                        tags: String = "[teaching]", extra: String = "") -> String {
        "---\ntitle: \"\(title)\"\norganisation: Org\nposted: 2026-10-01\nexpires: \(expires)\nremote: true\napply_url: \"\(applyURL)\"\n"
            + "employment_type: part-time\ntags: \(tags)\nlang: \(lang)\n\(extra)---\nThe body of the opening.\n"
    }

    /// An evaluation's front matter with `outcomes` (YAML flow lines) and body.
    static func evaluation(title: String, lang: String = "en", method: String, sampleSize: Int, cost: String = "{amount: 900, currency: USD}",
                           outcomes: [String], date: String = "2026-06-30") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\nmethod: \(method)\nsample_size: \(sampleSize)\ncost_per_participant: \(cost)\nlang: \(lang)\noutcomes:\n"
            + outcomes.map { "  - \($0)\n" }.joined() + "---\nWhat we found.\n"
    }

    func remove() { folder.remove() }
}

extension String {
    /// The text between the first `start` and the next `end` after it, or "" when either is missing.
    func between(_ start: String, _ end: String) -> String {
        guard let from = range(of: start), let to = range(of: end, range: from.upperBound..<endIndex) else { return "" }
        return String(self[from.upperBound..<to.lowerBound])
    }

    /// The character offset of `needle`, or `Int.max` when absent (so "before" comparisons fail when it is missing).
    func offset(of needle: String) -> Int {
        range(of: needle).map { distance(from: startIndex, to: $0.lowerBound) } ?? Int.max
    }
}
