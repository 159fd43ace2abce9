import Testing
@testable import Site

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

    @Test(arguments: [
        (1, 1, [1]),
        (1, 10, [1, 2, 3, nil, 10]),
        (5, 10, [1, nil, 3, 4, 5, 6, 7, nil, 10]),
        (4, 7, [1, 2, 3, 4, 5, 6, 7]),
        (10, 10, [1, nil, 8, 9, 10]),
    ] as [(Int, Int, [Int?])])
    func windowShowsEndsAndNeighbours(_ current: Int, _ total: Int, _ expected: [Int?]) {
        #expect(Pagination.window(current: current, total: total) == expected)
    }
}
