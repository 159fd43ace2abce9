import Content
import Diagnostics
import Foundation
@testable import Site

/// A site held in memory, for tests of publishing and planning that need no disk and no templates.
struct MemorySite {
    static let siteYML = "title: Memory site\nbase_url: https://example.org/jobs/\ndefault_language: en\nlanguages: [en, ar]\nper_page: 2\n"
    var fileSystem = MemoryFileSystem()

    init(_ files: [String: String], siteYML: String = MemorySite.siteYML) {
        fileSystem.addFile("/site/content/site.yml", siteYML)
        for (path, text) in files { fileSystem.addFile("/site/" + path, text) }
    }

    func settings(now: String = "2026-11-23") -> BuildSettings {
        BuildSettings(root: URL(fileURLWithPath: "/site"), output: URL(fileURLWithPath: "/out"), now: try! BuildDate(now), fileSystem: fileSystem)
    }

    /// The loaded site and its published items.
    func publish(now: String = "2026-11-23") -> (site: LoadedSite, items: [PublishedItem], problems: [String], plainTexts: [String: String]) {
        var diagnostics: [Diagnostic] = []
        var site = Publisher.load(settings(now: now), diagnostics: &diagnostics)!
        let publication = Publisher.publish(&site, now: try! BuildDate(now), diagnostics: &diagnostics)
        return (site, publication.items, diagnostics.map(\.description), publication.plainTexts)
    }

    /// The plan for the site, with English interface strings only.
    func plan(now: String = "2026-11-23") -> SitePlan {
        let (site, items, _, plainTexts) = publish(now: now)
        let strings = InterfaceStrings(table: ["en": ["openings": "Openings", "stories": "Stories"]], defaultLanguage: "en")
        return SitePlanner(settings: site.settings, routes: Routes(baseURL: site.settings.baseURL), strings: strings,
                           buildDate: try! BuildDate(now)).plan(items, plainTexts: plainTexts)
    }

    static func opening(_ title: String, posted: String, expires: String, lang: String = "en", extra: String = "") -> String {
        "---\ntitle: \(title)\nlang: \(lang)\norganisation: Org\nposted: \(posted)\nexpires: \(expires)\nremote: true\n"
            + "apply_url: https://jobs.example.net/\(title.lowercased())\ntags: [welcometalent]\n\(extra)---\nDo the work.\n"
    }

    static func story(_ title: String, date: String, consent: String = "given") -> String {
        "---\ntitle: \(title)\ndate: \(date)\nconsent: \(consent)\ntags: [welcometalent]\n---\nA story.\n"
    }
}
