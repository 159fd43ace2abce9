import Content
import Testing
@testable import Site

@Suite struct SitePlannerFacetsTests {
    static let items = [
        PlanningFixtures.opening("r1", posted: "2026-11-10", workplace: .remote, countries: ["JO"], pipeline: .freelancing, languages: ["ar"]),
        PlanningFixtures.opening("r2", posted: "2026-11-09", workplace: .remote, countries: ["UA"], pipeline: .freelancing, languages: ["uk"]),
        PlanningFixtures.opening("r3", posted: "2026-11-08", workplace: .remote, countries: ["JO"], type: .partTime),
        PlanningFixtures.opening("closed", posted: "2026-10-01", workplace: .remote, countries: ["JO"], expires: "2026-11-01"),
        PlanningFixtures.opening("site", posted: "2026-11-07", pipeline: .paidTraining, languages: ["ar"]),
    ]

    func facetPages(_ plan: SitePlan) -> [String: [String]] {
        var pages: [String: [String]] = [:]
        for page in plan.pages {
            if case .facet(_, let slice) = page.content { pages[page.path] = slice.items.map(\.slug) }
        }
        return pages
    }

    @Test func facetPagesHoldTheListedOpeningsNewestFirstAndPaginate() {
        let pages = facetPages(PlanningFixtures.planner().plan(Self.items))
        #expect(pages["openings/remote/index.html"] == ["r1", "r2"])
        #expect(pages["openings/remote/page/2/index.html"] == ["r3"])
        #expect(pages["openings/country/jo/index.html"] == ["r1", "r3"])
        #expect(pages["openings/pipeline/freelancing/index.html"] == ["r1", "r2"])
        #expect(pages["openings/pipeline/paid-training/index.html"] == ["site"])
        #expect(pages["openings/language/ar/index.html"] == ["r1", "site"])
        #expect(pages["openings/type/part-time/index.html"] == ["r3"])
        #expect(pages.values.allSatisfy { !$0.contains("closed") })
    }

    @Test func thePlanNamesEveryFacetWithItsCount() {
        let plan = PlanningFixtures.planner().plan(Self.items)
        #expect(plan.facets.map { "\($0.folder)=\($0.count)" } == [
            "openings/remote/=3", "openings/pipeline/freelancing/=2", "openings/pipeline/paid-training/=1", "openings/type/part-time/=1",
            "openings/language/ar/=2", "openings/language/uk/=1", "openings/country/jo/=2", "openings/country/ua/=1",
        ])
    }

    @Test func theRemoteTagHoldsRemoteOpeningsWithoutTheTag() {
        let plan = PlanningFixtures.planner().plan(Self.items + [PlanningFixtures.opening("tagged", posted: "2026-11-11", tags: ["remote"])])
        let remote = plan.pages.compactMap { page -> [String]? in
            guard page.layout == "tag", case .tag(let summary, let slice) = page.content, summary.tag.name == "remote" else { return nil }
            return slice.items.map(\.slug)
        }
        #expect(remote.flatMap { $0 } == ["tagged", "r1", "r2", "r3"])
    }
}
