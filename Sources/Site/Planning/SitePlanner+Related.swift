import Content

extension SitePlanner {
    /// How many open openings a closed opening's page suggests.
    static let relatedLength = 5

    /// Open openings to suggest on a closed opening's page, so it is no dead end: those sharing the most
    /// tags first, then the newest (`listed` is newest first already). Empty for anything else.
    /// - Complexity: O(n) in the number of listed items (a running top five, no sort).
    func relatedOpenings(for item: PublishedItem, in listed: [PublishedItem]) -> [PublishedItem] {
        guard item.kind == .opening, item.closed else { return [] }
        let tags = Set(item.metadata.tags)
        var best: [(shared: Int, item: PublishedItem)] = []
        for candidate in listed where candidate.kind == .opening && candidate.folder != item.folder {
            let shared = candidate.metadata.tags.reduce(0) { $0 + (tags.contains($1) ? 1 : 0) }
            // Later candidates are older, so one only gets in by sharing strictly more tags.
            guard best.count < Self.relatedLength || shared > best[best.count - 1].shared else { continue }
            let place = best.firstIndex { $0.shared < shared } ?? best.count
            best.insert((shared, candidate), at: place)
            if best.count > Self.relatedLength { best.removeLast() }
        }
        return best.map(\.item)
    }
}
