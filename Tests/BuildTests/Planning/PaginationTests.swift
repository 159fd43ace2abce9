import Testing
@testable import Build

@Suite struct PaginationTests {
    @Test func cutsIntoPagesWithFolders() {
        let pages = Pagination.paginate(Array(1...45), perPage: 20, baseFolder: "stories/")
        #expect(pages.map(\.items.count) == [20, 20, 5])
        #expect(pages.map(\.folder) == ["stories/", "stories/page/2/", "stories/page/3/"])
        #expect(pages.allSatisfy { $0.totalPages == 3 })
    }

    @Test func anEmptyListStillHasOnePage() {
        let pages = Pagination.paginate([Int](), perPage: 20, baseFolder: "tags/x/")
        #expect(pages.count == 1)
        #expect(pages[0].items.isEmpty)
    }
}
