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
        let related = RelatedOpenings(open + [closed])
        let suggested = related.suggestions(for: closed).map(\.slug)
        #expect(suggested == ["three-tags", "two-tags-newer", "two-tags-older", "one-tag-newest", "one-tag-older"])
    }

    @Test func tooFewSharingATagAreFilledWithTheNewest() {
        let closed = Fixtures.opening("closed", posted: "2026-01-01", tags: ["welding"], expires: "2026-02-01")
        let open = (1...6).map { Fixtures.opening("open-\($0)", posted: "2026-11-\(10 + $0)", tags: $0 == 2 ? ["welding"] : ["other"]) }
            .sorted(by: PublishedItem.newestFirst)
        let related = RelatedOpenings(open + [closed])
        let suggested = related.suggestions(for: closed).map(\.slug)
        #expect(suggested == ["open-2", "open-6", "open-5", "open-4", "open-3"])
    }

    @Test func openItemsGetNoSuggestions() {
        let open = Fixtures.opening("open", posted: "2026-11-20", tags: ["design"])
        let related = RelatedOpenings([open])
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
        let related = RelatedOpenings(open + [welder, baker])
        #expect(related.suggestions(for: welder).map(\.slug) == ["welder-nights", "night-baker", "welder-days", "day-baker", "painter"])
        #expect(related.suggestions(for: baker).map(\.slug) == ["night-baker", "day-baker", "welder-nights", "welder-days", "painter"])
        #expect(related.suggestions(for: welder).map(\.slug) == ["welder-nights", "night-baker", "welder-days", "day-baker", "painter"])
    }

    /// The suggestions counted the plain way: every open opening's shared tags, most first, then the newest; too few
    /// sharing one, the newest fill the rest.
    private static func counted(_ closed: PublishedItem, among open: [PublishedItem]) -> [String] {
        let tags = Set(closed.metadata.tags)
        var ranked: [(position: Int, count: Int)] = []
        for (position, opening) in open.enumerated() {
            let count = Set(opening.metadata.tags).intersection(tags).count
            if count > 0 { ranked.append((position, count)) }
        }
        ranked.sort { $0.count != $1.count ? $0.count > $1.count : $0.position < $1.position }
        var chosen = ranked.prefix(SitePlanner.relatedLength).map { $0.position }
        for position in open.indices where chosen.count < SitePlanner.relatedLength && !chosen.contains(position) { chosen.append(position) }
        return chosen.map { open[$0].slug }
    }

    /// Hundreds of closed openings against a few hundred open ones, tags drawn so that some are carried by most
    /// openings and some by a few, as on a real site: the level-by-level walk finds what counting everything finds.
    @Test func theWalkFindsWhatCountingEveryOpeningFinds() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let names = (0..<30).map { "tag-\($0)" }
        // Tag k is drawn with a weight falling as 1/(k+1): tag-0 on many openings, tag-29 on few.
        func tags() -> [String] {
            (0..<(1 + next(5))).map { _ in
                var pick = next(1_000)
                for (number, name) in names.enumerated() {
                    pick -= 1_000 / (4 * (number + 1))
                    if pick < 0 { return name }
                }
                return names.last!
            }
        }
        let open = (0..<400).map { Fixtures.opening("open-\($0)", posted: "2026-11-20", tags: tags()) }
        let closed = (0..<300).map { Fixtures.opening("closed-\($0)", posted: "2026-01-01", tags: tags(), expires: "2026-02-01") }
        let related = RelatedOpenings(open + closed)
        for item in closed {
            #expect(related.suggestions(for: item).map(\.slug) == Self.counted(item, among: open), "\(item.metadata.tags)")
        }
    }
}
