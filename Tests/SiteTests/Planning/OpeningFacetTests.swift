import Content
import Testing
@testable import Site

@Suite struct OpeningFacetTests {
    @Test func facetsComeFromTheTypedFieldsOnlyOnce() {
        let item = PlanningFixtures.opening("a", posted: "2026-11-01", workplace: .remote, countries: ["JO", "LB", "JO"],
                                            pipeline: .paidTraining, type: .fullTime, languages: ["ar", "en", "ar"], tags: ["remote", "cloud"])
        guard case .opening(let opening) = item.detail else { Issue.record("not an opening"); return }
        #expect(OpeningFacet.facets(of: opening).map(\.folder) == [
            "openings/remote/", "openings/pipeline/paid-training/", "openings/type/full-time/",
            "openings/language/ar/", "openings/language/en/", "openings/country/jo/", "openings/country/lb/",
        ])
    }

    @Test func onSiteIsNoFacetButHybridIs() {
        let onSite = PlanningFixtures.opening("b", posted: "2026-11-01")
        let hybrid = PlanningFixtures.opening("c", posted: "2026-11-01", workplace: .hybrid)
        guard case .opening(let a) = onSite.detail, case .opening(let b) = hybrid.detail else { Issue.record("not openings"); return }
        #expect(OpeningFacet.facets(of: a).isEmpty)
        #expect(OpeningFacet.facets(of: b).map(\.folder) == ["openings/hybrid/"])
    }

    @Test func facetsSortByGroupThenCode() {
        let facets: [OpeningFacet] = [.country(try! CountryCode("JO")), .language(.english), .workplace(.remote), .pipeline(.freelancing),
                                      .employmentType(.contract), .language(try! LanguageCode("ar"))]
        #expect(facets.sorted().map(\.code) == ["remote", "freelancing", "contract", "ar", "en", "JO"])
    }
}
