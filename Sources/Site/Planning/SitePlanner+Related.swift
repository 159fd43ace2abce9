import Content

extension SitePlanner {
    /// How many open openings a closed opening's page suggests.
    static let relatedLength = 5

}

/// The open openings of a site indexed by tag, built once per plan, so that each closed opening finds
/// its suggestions by counting shared tags over the openings that carry them, not by scanning every opening.
struct RelatedOpenings: Sendable {
    /// Open openings, newest first.
    private let openings: [PublishedItem]
    /// For each tag, the positions in ``openings`` of those carrying it, in order.
    private let byTag: [Tag: [Int]]
    /// Per opening, how many tags it shares with the closed opening being looked at; zero between calls.
    private var sharedCounts: [Int32]
    /// The positions whose count is not zero, in the order they were first counted.
    private var counted: [Int] = []

    init(_ listed: [PublishedItem]) {
        openings = listed.filter { $0.kind == .opening && !$0.closed }
        var byTag: [Tag: [Int]] = [:]
        for (position, opening) in openings.enumerated() {
            for tag in Set(opening.metadata.tags) { byTag[tag, default: []].append(position) }
        }
        self.byTag = byTag
        sharedCounts = Array(repeating: 0, count: openings.count)
    }

    /// The suggestions for `item`: empty unless it is a closed opening. The item itself is never one, even when the
    /// index holds it (a preview's index, made while it was open).
    /// - Complexity: O(t + k) for the t postings of the item's tags and the k openings sharing one.
    mutating func suggestions(for item: PublishedItem) -> [PublishedItem] {
        guard item.kind == .opening, item.closed else { return [] }
        for tag in Set(item.metadata.tags) {
            for position in byTag[tag] ?? [] {
                if sharedCounts[position] == 0 { counted.append(position) }
                sharedCounts[position] += 1
            }
        }
        // Most shared tags first, then the newest (the lower position): the best few kept as they come, since a
        // popular tag is shared by thousands of openings and sorting them all for each closed one grew with the square.
        let before = { (a: (position: Int, count: Int), b: (position: Int, count: Int)) in
            a.count != b.count ? a.count > b.count : a.position < b.position
        }
        var best: [(position: Int, count: Int)] = []
        for position in counted {
            let entry = (position: position, count: Int(sharedCounts[position]))
            sharedCounts[position] = 0
            guard best.count < SitePlanner.relatedLength || before(entry, best[best.count - 1]),
                  openings[position].folder != item.folder else { continue }
            let place = best.firstIndex { before(entry, $0) } ?? best.count
            best.insert(entry, at: place)
            if best.count > SitePlanner.relatedLength { best.removeLast() }
        }
        counted.removeAll(keepingCapacity: true)
        var chosen = best.map(\.position)
        // Too few share a tag: the newest openings fill the rest.
        var position = 0
        while chosen.count < SitePlanner.relatedLength && position < openings.count {
            if !chosen.contains(position), openings[position].folder != item.folder { chosen.append(position) }
            position += 1
        }
        return chosen.map { openings[$0] }
    }
}
