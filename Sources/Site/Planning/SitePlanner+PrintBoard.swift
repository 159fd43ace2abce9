import Content

extension SitePlanner {
    /// The folder of the printable openings board in `language`: `openings/print/` for the default language,
    /// `<lang>/openings/print/` for the others.
    func printBoardFolder(_ language: LanguageCode) -> String {
        language == settings.defaultLanguage ? "openings/print/" : "\(language.code)/openings/print/"
    }

    /// Printable boards of the open openings, each one page with a QR code per opening: one per site language
    /// (the interface in that language, every open opening listed) and one per tag that open openings carry
    /// (`tags/<tag>/print/`). Boards are `noindex` and stay out of the sitemap; closed openings never appear.
    /// - Complexity: O(n) in the number of listed items, per language and tag.
    func printBoards(_ listed: [PublishedItem]) -> [PlannedPage] {
        let openings = listed.filter { $0.kind == .opening && !$0.closed }
        var pages: [PlannedPage] = []
        for language in settings.languages {
            let folder = printBoardFolder(language)
            let slice = PageSlice(number: 1, totalPages: 1, items: openings, baseFolder: folder)
            pages.append(PlannedPage(
                path: Routes.file(forFolder: folder), urlPath: folder, layout: "print-board", language: language, noindex: true,
                content: .list(.opening, slice, totalItems: openings.count),
                inputs: OutputInputs(contentFiles: openings.map(\.sourcePath), collections: ["openings"], layout: "print-board",
                                     strings: language, buildDate: true)))
        }
        var byTag: [Tag: [PublishedItem]] = [:]
        let remoteTag = try! Tag("remote")
        for opening in openings {
            // As on the tag pages, the `remote` board also holds openings whose workplace is remote.
            var tags = Set(opening.metadata.tags)
            if case .opening(let detail) = opening.detail, detail.workplace == .remote { tags.insert(remoteTag) }
            for tag in tags { byTag[tag, default: []].append(opening) }
        }
        for (tag, members) in byTag.sorted(by: { $0.key < $1.key }) {
            let summary = TagSummary(tag: tag, count: members.count)
            let folder = summary.folder + "print/"
            let slice = PageSlice(number: 1, totalPages: 1, items: members, baseFolder: folder)
            pages.append(PlannedPage(
                path: Routes.file(forFolder: folder), urlPath: folder, layout: "print-board", language: settings.defaultLanguage,
                noindex: true, content: .tag(summary, slice),
                inputs: OutputInputs(contentFiles: members.map(\.sourcePath), collections: ["tag:\(tag.name)"], layout: "print-board",
                                     strings: settings.defaultLanguage, buildDate: true)))
        }
        return pages
    }
}
