import Testing
@testable import Site

@Suite struct RelatedOpeningsTests {
    typealias Fixtures = PlanningFixtures

    @Test func aClosedOpeningSuggestsThoseSharingTheMostTagsThenTheNewest() {
        let closed = Fixtures.opening("closed", posted: "2026-01-01", tags: ["design", "remote", "arabic"], expires: "2026-02-01")
        // Newest first, as the planner hands them over; positions break ties.
        let open = [
            Fixtures.opening("one-tag-newest", posted: "2026-11-20", tags: ["design"]),
            Fixtures.opening("no-tag", posted: "2026-11-19", tags: ["cooking"]),
            Fixtures.opening("three-tags", posted: "2026-11-18", tags: ["design", "remote", "arabic"]),
            Fixtures.opening("two-tags-newer", posted: "2026-11-17", tags: ["remote", "arabic"]),
            Fixtures.opening("one-tag-older", posted: "2026-11-16", tags: ["arabic"]),
            Fixtures.opening("two-tags-older", posted: "2026-11-15", tags: ["design", "remote"]),
            Fixtures.opening("one-tag-oldest", posted: "2026-11-14", tags: ["remote"]),
        ]
        #expect(closed.closed)
        let suggested = RelatedOpenings(open + [closed]).suggestions(for: closed).map(\.slug)
        #expect(suggested == ["three-tags", "two-tags-newer", "two-tags-older", "one-tag-newest", "one-tag-older"])
    }

    @Test func tooFewSharingATagAreFilledWithTheNewest() {
        let closed = Fixtures.opening("closed", posted: "2026-01-01", tags: ["welding"], expires: "2026-02-01")
        let open = (1...6).map { Fixtures.opening("open-\($0)", posted: "2026-11-\(10 + $0)", tags: $0 == 2 ? ["welding"] : ["other"]) }
            .sorted(by: PublishedItem.newestFirst)
        let suggested = RelatedOpenings(open + [closed]).suggestions(for: closed).map(\.slug)
        #expect(suggested == ["open-2", "open-6", "open-5", "open-4", "open-3"])
    }

    @Test func openItemsGetNoSuggestions() {
        let open = Fixtures.opening("open", posted: "2026-11-20", tags: ["design"])
        #expect(RelatedOpenings([open]).suggestions(for: open).isEmpty)
    }
}
