import Content

extension SitePlanner {
    /// How many open openings a closed opening's page suggests.
    static let relatedLength = 5

}

/// The open openings of a site indexed by tag, built once per plan, so that each closed opening finds its suggestions
/// among the openings that carry its tags, not by scanning every opening.
struct RelatedOpenings: Sendable {
    /// Open openings, newest first.
    private let openings: [PublishedItem]
    /// For each tag, the positions in ``openings`` of those carrying it, in order.
    private let byTag: [Tag: [Int]]

    init(_ listed: [PublishedItem]) {
        openings = listed.filter { $0.kind == .opening && !$0.closed }
        var byTag: [Tag: [Int]] = [:]
        for (position, opening) in openings.enumerated() {
            for tag in Set(opening.metadata.tags) { byTag[tag, default: []].append(position) }
        }
        self.byTag = byTag
    }

    /// The suggestions for `item`: empty unless it is a closed opening. Those sharing the most of its tags come first,
    /// then the newest (the lower position); too few sharing one, the newest openings fill the rest. The item itself is
    /// never one, even when the index holds it (a preview's index, made while it was open).
    ///
    /// The suggestions are found level by level, from openings sharing all `t` of the item's tags (those carrying one)
    /// down: an opening sharing `c` of them carries one of any `t - c + 1` of its tags, so the openings sharing `c` are
    /// all among those of its `t - c + 1` rarest tags. Each level walks those in order, newest first, and stops as soon
    /// as the suggestions are complete. Counting every opening of every tag instead grew with the square of the site:
    /// a popular tag is carried by most openings (at 50,000 items, 1.2 s of a build).
    func suggestions(for item: PublishedItem) -> [PublishedItem] {
        guard item.kind == .opening, item.closed else { return [] }
        let lists = Set(item.metadata.tags).compactMap { byTag[$0] }.sorted { $0.count < $1.count }
        var chosen: [Int] = []
        var level = lists.count
        while level >= 1, chosen.count < SitePlanner.relatedLength {
            let walked = lists.prefix(lists.count - level + 1)
            var next = Array(repeating: 0, count: walked.count)
            walking: while true {
                // The newest opening not yet walked past in any of the walked tags.
                var position = Int.max
                for (number, list) in walked.enumerated() where next[number] < list.count { position = min(position, list[next[number]]) }
                guard position != Int.max else { break }
                for (number, list) in walked.enumerated() where next[number] < list.count && list[next[number]] == position { next[number] += 1 }
                // Sharing more than `level`, it was chosen on a level before; sharing fewer, it waits for its own.
                guard lists.count(where: { Self.holds($0, position) }) == level, openings[position].folder != item.folder else { continue }
                chosen.append(position)
                if chosen.count == SitePlanner.relatedLength { break walking }
            }
            level -= 1
        }
        var position = 0
        while chosen.count < SitePlanner.relatedLength && position < openings.count {
            if !chosen.contains(position), openings[position].folder != item.folder { chosen.append(position) }
            position += 1
        }
        return chosen.map { openings[$0] }
    }

    /// Whether the ascending `positions` hold `position`.
    private static func holds(_ positions: [Int], _ position: Int) -> Bool {
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] == position
    }
}
