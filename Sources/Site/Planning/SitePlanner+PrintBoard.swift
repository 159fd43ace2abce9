import Content

extension SitePlanner {
    /// The folder of the printable openings board in `language`: `openings/print/` for the default language,
    /// `<lang>/openings/print/` for the others.
    func printBoardFolder(_ language: LanguageCode) -> String {
        language == settings.defaultLanguage ? "openings/print/" : "\(language.code)/openings/print/"
    }

    /// How many openings one page of a board holds: four A4 sheets of six cards, so a page stays light on a phone.
    static let printBoardLength = 24

    /// Printable boards of the open openings, with a QR code per opening: one per site language (the interface
    /// in that language, every open opening listed) and one per tag that open openings carry
    /// (`tags/<tag>/print/`), each paginated (`print/page/2/`). Boards are `noindex` and stay out of the
    /// sitemap; closed openings never appear.
    /// - Complexity: O(n) in the number of listed items, per language and tag.
    func printBoards(_ listed: [PublishedItem]) -> [PlannedPage] {
        let openings = listed.filter { $0.kind == .opening && !$0.closed }
        var pages: [PlannedPage] = []
        for language in settings.languages {
            let folder = printBoardFolder(language)
            for slice in Pagination.paginate(openings, perPage: Self.printBoardLength, baseFolder: folder) {
                pages.append(PlannedPage(
                    path: Routes.file(forFolder: slice.folder), urlPath: slice.folder, layout: "print-board", language: language,
                    noindex: true, content: .list(.opening, slice, totalItems: openings.count),
                    inputs: OutputInputs(contentFiles: slice.items.map(\.sourcePath), collections: ["openings"], layout: "print-board",
                                         strings: language, buildDate: true)))
            }
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
            for slice in Pagination.paginate(members, perPage: Self.printBoardLength, baseFolder: folder) {
                pages.append(PlannedPage(
                    path: Routes.file(forFolder: slice.folder), urlPath: slice.folder, layout: "print-board",
                    language: settings.defaultLanguage, noindex: true, content: .tag(summary, slice),
                    inputs: OutputInputs(contentFiles: slice.items.map(\.sourcePath), collections: ["tag:\(tag.name)"],
                                         layout: "print-board", strings: settings.defaultLanguage, buildDate: true)))
            }
        }
        return pages
    }
}
