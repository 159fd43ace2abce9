import Testing
@testable import Site

@Suite struct ItemScaffoldTests {
    @Test(arguments: [
        ("Remote Arabic–English Translator", "remote-arabic-english-translator"),
        ("  Café  owner, Irbid!  ", "cafe-owner-irbid"),
        ("مترجمة عن بعد", "story-2026-11-23"),
    ])
    func slugsAreLowercaseASCII(_ title: String, _ slug: String) {
        #expect(ItemScaffold.slug(for: title, fallback: "story-2026-11-23") == slug)
    }

    @Test func openingScaffoldHasEveryField() {
        let text = ItemScaffold.text(kind: .opening, title: "Data \"annotator\"", today: "2026-11-23", expires: "2026-12-23", language: "en")
        for field in ["title: \"Data \\\"annotator\\\"\"", "organisation:", "posted: 2026-11-23", "expires: 2026-12-23", "workplace:",
                      "applicant_countries:", "employment_type:", "pipeline:", "languages:", "devices:", "salary:", "apply_url:", "work_permit:"] {
            #expect(text.contains(field), "missing \(field)")
        }
        #expect(text.hasPrefix("---\n"))
    }
}
