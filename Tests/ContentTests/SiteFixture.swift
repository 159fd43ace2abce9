import Content
import Foundation

/// A small site written to a temporary folder, for loader tests.
struct SiteFixture {
    let root: URL

    static let siteYML = """
        title: Test site
        base_url: https://example.org
        languages: [en, ar]

        """

    /// Writes `files` (paths relative to the site root) into a fresh temporary folder.
    init(_ files: [String: String], siteYML: String? = SiteFixture.siteYML) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("content-tests-\(UUID().uuidString)")
        var all = files
        if let siteYML { all["content/site.yml"] = siteYML }
        for (path, text) in all {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    func load(includeDrafts: Bool = false) -> LoadedContent {
        defer { try? FileManager.default.removeItem(at: root) }
        return ContentLoader(root: root).load(includeDrafts: includeDrafts)
    }

    /// Loads one file at `path` and returns its diagnostics as printed.
    static func messages(_ path: String, _ text: String) throws -> [String] {
        try SiteFixture([path: text]).load().diagnostics.map(\.description)
    }
}
