/// One page of a paginated list.
public struct PageSlice<Item>: Sendable where Item: Sendable {
    /// 1-based page number.
    public let number: Int
    /// How many pages the list has (at least 1, so an empty list still has a page).
    public let totalPages: Int
    /// The items on this page.
    public let items: [Item]
    /// The list's folder, e.g. `stories/` or `tags/remote/`; page 1 lives there.
    public let baseFolder: String

    /// The folder of page `n` of the same list: `stories/` for 1, `stories/page/2/` after.
    public func folder(ofPage n: Int) -> String {
        n == 1 ? baseFolder : baseFolder + "page/\(n)/"
    }

    /// The folder of this page.
    public var folder: String { folder(ofPage: number) }
}

/// Splits lists into pages.
public enum Pagination {
    /// `items` cut into pages of `perPage`, each knowing its folder under `baseFolder`.
    /// - Complexity: O(n).
    public static func paginate<Item: Sendable>(_ items: [Item], perPage: Int, baseFolder: String) -> [PageSlice<Item>] {
        let size = max(1, perPage)
        let total = max(1, (items.count + size - 1) / size)
        return (1...total).map { number in
            let start = (number - 1) * size
            let end = min(items.count, start + size)
            return PageSlice(number: number, totalPages: total, items: Array(items[start..<end]), baseFolder: baseFolder)
        }
    }
}
