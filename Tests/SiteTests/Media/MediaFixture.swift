import Foundation
import TestSupport
@testable import Site

/// A small site on disk with the default theme, for media tests: text files and binary pictures.
struct MediaFixture {
    static let siteYML = "title: Test site\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [en, ar]\norganisation: Test org\n"

    let folder: TemporaryFolder
    var url: URL { folder.url }
    var output: URL { folder.url.appendingPathComponent("public") }

    init(_ files: [String: String], binary: [String: [UInt8]] = [:], siteYML: String = MediaFixture.siteYML) throws {
        folder = TemporaryFolder(prefix: "media-site")
        try folder.copyFromRepository("templates")
        try folder.write(["content/site.yml": siteYML].merging(files) { _, new in new })
        for (path, bytes) in binary {
            let file = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
        }
    }

    func build(now: String = "2026-11-23") -> BuildReport {
        SiteBuilder(settings: BuildSettings(root: url, output: output, now: try! BuildDate(now))).build()
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    var files: [String] { TemporaryFolder.files(under: output) }

    func remove() { folder.remove() }

    static func story(_ slug: String, consent: String = "given", extra: String = "", body: String = "Body.") -> (String, String) {
        ("content/stories/\(slug).md", "---\ntitle: \"Story \(slug)\"\ndate: 2026-09-01\nconsent: \(consent)\n\(extra)---\n\(body)\n")
    }

    static func opening(_ slug: String, title: String, expires: String = "2027-01-31", lang: String = "en",
                        tags: String = "[welcometalent]") -> (String, String) {
        ("content/openings/\(slug).md", "---\ntitle: \"\(title)\"\nlang: \(lang)\norganisation: Harbour Works\nposted: 2026-10-01\n"
            + "expires: \(expires)\nremote: true\napply_url: mailto:jobs@example.org\nemployment_type: part-time\ntags: \(tags)\n---\nWork.\n")
    }
}
