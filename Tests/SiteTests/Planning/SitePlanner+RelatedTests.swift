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
        var related = RelatedOpenings(open + [closed])
        let suggested = related.suggestions(for: closed).map(\.slug)
        #expect(suggested == ["three-tags", "two-tags-newer", "two-tags-older", "one-tag-newest", "one-tag-older"])
    }

    @Test func tooFewSharingATagAreFilledWithTheNewest() {
        let closed = Fixtures.opening("closed", posted: "2026-01-01", tags: ["welding"], expires: "2026-02-01")
        let open = (1...6).map { Fixtures.opening("open-\($0)", posted: "2026-11-\(10 + $0)", tags: $0 == 2 ? ["welding"] : ["other"]) }
            .sorted(by: PublishedItem.newestFirst)
        var related = RelatedOpenings(open + [closed])
        let suggested = related.suggestions(for: closed).map(\.slug)
        #expect(suggested == ["open-2", "open-6", "open-5", "open-4", "open-3"])
    }

    @Test func openItemsGetNoSuggestions() {
        let open = Fixtures.opening("open", posted: "2026-11-20", tags: ["design"])
        var related = RelatedOpenings([open])
        #expect(related.suggestions(for: open).isEmpty)
    }

    /// One index serves every closed opening of a plan: what was counted for one is not counted for the next.
    @Test func eachClosedOpeningIsCountedAfresh() {
        let welder = Fixtures.opening("welder", posted: "2026-01-01", tags: ["welding", "night"], expires: "2026-02-01")
        let baker = Fixtures.opening("baker", posted: "2026-01-02", tags: ["baking"], expires: "2026-02-01")
        let open = [
            Fixtures.opening("night-baker", posted: "2026-11-20", tags: ["baking", "night"]),
            Fixtures.opening("welder-nights", posted: "2026-11-19", tags: ["welding", "night"]),
            Fixtures.opening("day-baker", posted: "2026-11-18", tags: ["baking"]),
            Fixtures.opening("welder-days", posted: "2026-11-17", tags: ["welding"]),
            Fixtures.opening("painter", posted: "2026-11-16", tags: ["painting"]),
            Fixtures.opening("cook", posted: "2026-11-15", tags: ["cooking"]),
        ]
        var related = RelatedOpenings(open + [welder, baker])
        #expect(related.suggestions(for: welder).map(\.slug) == ["welder-nights", "night-baker", "welder-days", "day-baker", "painter"])
        #expect(related.suggestions(for: baker).map(\.slug) == ["night-baker", "day-baker", "welder-nights", "welder-days", "painter"])
        #expect(related.suggestions(for: welder).map(\.slug) == ["welder-nights", "night-baker", "welder-days", "day-baker", "painter"])
    }
}
