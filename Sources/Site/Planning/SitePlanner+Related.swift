import Content

extension SitePlanner {
    /// How many open openings a closed opening's page suggests.
    static let relatedLength = 5

    /// Open openings to suggest on a closed opening's page, so it is no dead end: those sharing the most
    /// tags first, then the newest (`listed` is newest first already). Empty for anything else.
    /// - Complexity: O(n) in the number of listed items; plans with many closed openings use ``RelatedOpenings``.
    func relatedOpenings(for item: PublishedItem, in listed: [PublishedItem]) -> [PublishedItem] {
        RelatedOpenings(listed).suggestions(for: item)
    }
}

/// The open openings of a site indexed by tag, built once per plan, so that each closed opening finds
/// its suggestions by counting shared tags over the openings that carry them, not by scanning every opening.
struct RelatedOpenings {
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

    /// The suggestions for `item`: empty unless it is a closed opening.
    /// - Complexity: O(t + k log k) for the t postings of the item's tags and the k openings sharing one.
    func suggestions(for item: PublishedItem) -> [PublishedItem] {
        guard item.kind == .opening, item.closed else { return [] }
        var shared: [Int: Int] = [:]
        for tag in Set(item.metadata.tags) {
            for position in byTag[tag] ?? [] { shared[position, default: 0] += 1 }
        }
        // Most shared tags first, then the newest (the lower position).
        var chosen = shared.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(SitePlanner.relatedLength).map(\.key)
        // Too few share a tag: the newest openings fill the rest.
        var position = 0
        while chosen.count < SitePlanner.relatedLength && position < openings.count {
            if !chosen.contains(position) { chosen.append(position) }
            position += 1
        }
        return chosen.map { openings[$0] }.filter { $0.folder != item.folder }
    }
}
