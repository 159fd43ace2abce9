import Content
import Testing
@testable import Site

@Suite struct SitePlannerLanguagesTests {
    static let items = (1...5).map { PlanningFixtures.opening("o\($0)", posted: "2026-11-0\($0)", workplace: .remote, languages: ["ar"]) }

    @Test func everyListIsPlannedAgainUnderEachOtherLanguage() {
        let plan = PlanningFixtures.planner(languages: ["en", "ar", "fa"]).plan(Self.items)
        let lists = plan.pages.filter { if case .item = $0.content { return false }; return $0.layout != "404" }
        // Tag print boards exist once, at tags/<tag>/print/; every other list is planned in each language.
        let english = lists.filter { $0.language == .english && !($0.path.hasPrefix("tags/") && $0.path.hasSuffix("/print/index.html")) }
            .map(\.path).sorted()
        #expect(english.contains("openings/page/3/index.html"))
        #expect(english.contains("search/index.html"))
        for code in ["ar", "fa"] {
            let language = try! LanguageCode(code)
            let others = lists.filter { $0.language == language }
            #expect(others.map(\.path).sorted() == english.map { "\(code)/\($0)" }.sorted())
            #expect(others.allSatisfy { $0.inputs.strings == language })
        }
        #expect(plan.pages.filter { $0.layout == "404" }.count == 1)
    }

    @Test func listPagesNameTheSameListInTheOtherLanguages() throws {
        let plan = PlanningFixtures.planner(languages: ["en", "ar"]).plan(Self.items)
        let page = try #require(plan.pages.first { $0.path == "ar/openings/page/2/index.html" })
        #expect(page.alternates.map { "\($0.language.code) \($0.folder)" } == ["en openings/page/2/"])
        guard case .list(_, let slice, _) = page.content else { Issue.record("not a list"); return }
        #expect(slice.folder(ofPage: 3) == "ar/openings/page/3/", "the pager stays in Arabic")
        let english = try #require(plan.pages.first { $0.path == "openings/remote/index.html" })
        #expect(english.alternates.map { "\($0.language.code) \($0.folder)" } == ["ar ar/openings/remote/"])
    }

    @Test func aSiteWithOneLanguageHasNoPrefixedLists() {
        let plan = PlanningFixtures.planner(languages: ["en"]).plan(Self.items)
        #expect(plan.pages.allSatisfy { !$0.path.hasPrefix("ar/") })
        #expect(plan.pages.allSatisfy { $0.alternates.isEmpty })
    }
}
