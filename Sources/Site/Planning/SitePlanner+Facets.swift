import Content

extension SitePlanner {
    /// Every facet with its listed openings (newest first, as `listed` is), in group then code order.
    /// - Complexity: O(n log n): each opening joins a handful of facets, then the facets are sorted.
    func facetIndex(_ listed: [PublishedItem]) -> [(summary: FacetSummary, items: [PublishedItem])] {
        var byFacet: [OpeningFacet: [PublishedItem]] = [:]
        for item in listed {
            guard case .opening(let opening) = item.detail else { continue }
            for facet in OpeningFacet.facets(of: opening) { byFacet[facet, default: []].append(item) }
        }
        return byFacet.keys.sorted().map { facet in
            let members = byFacet[facet]!
            return (summary: FacetSummary(facet: facet, count: members.count), items: members)
        }
    }

    /// The facet pages in the default language, paginated like tag pages, with the folders the sitemap lists.
    func facetPages(_ index: [(summary: FacetSummary, items: [PublishedItem])])
        -> (pages: [PlannedPage], folders: [ListFolder], summaries: [FacetSummary]) {
        var pages: [PlannedPage] = []
        var folders: [ListFolder] = []
        for (summary, members) in index {
            for slice in Pagination.paginate(members, perPage: settings.perPage, baseFolder: summary.folder) {
                pages.append(listPage(slice, layout: "facet", content: .facet(summary, slice), collection: "facet:\(summary.facet.group)/\(summary.facet.code)"))
            }
            folders.append(ListFolder(folder: summary.folder, lastModified: members.first?.date?.text))
        }
        return (pages, folders, index.map(\.summary))
    }
}
