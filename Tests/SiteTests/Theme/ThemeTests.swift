import Content
import Diagnostics
import Foundation
import Testing
@testable import Site

@Suite struct ThemeTests {
    /// A site whose templates hold every required layout, plus `extra` files.
    private func site(_ extra: [String: String]) -> SiteFolder {
        var fileSystem = MemoryFileSystem()
        for layout in Theme.requiredLayouts { fileSystem.addFile("/site/templates/layouts/\(layout).liquid", "{{ page.title }}") }
        for (path, text) in extra { fileSystem.addFile("/site/templates/" + path, text) }
        return SiteFolder(root: "/site", fileSystem: fileSystem)
    }

    @Test func onlyLiquidFilesDirectlyInLayoutsAndPartialsAreTemplates() throws {
        var diagnostics: [Diagnostic] = []
        let theme = Theme.load(site: site([
            "layouts/README.md": "Layouts use {% if like this, and {{ unclosed",
            "layouts/drafts/old.liquid": "{% if %}",
            "partials/notes.txt": "{% endfor %}",
            "partials/card.liquid": "<p>{{ item.title }}</p>",
        ]), defaultLanguage: "en", buildDate: try BuildDate("2026-11-23"), diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(theme.templatePaths["card"] == "templates/partials/card.liquid")
        #expect(Set(theme.templatePaths.keys) == Set(Theme.requiredLayouts + ["card"]))
    }
}
