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

    /// The page numbers a pager shows: the first, the last, and `radius` either
    /// side of `current`, with `nil` where a run of pages is left out.
    /// - Complexity: O(radius), so long lists do not cost the square of their length.
    public static func window(current: Int, total: Int, radius: Int = 2) -> [Int?] {
        let shown = Set([1, total] + Array(max(1, current - radius)...min(total, current + radius)))
        var numbers: [Int?] = []
        for n in shown.sorted() {
            if let last = numbers.last, let previous = last, n > previous + 1 { numbers.append(nil) }
            numbers.append(n)
        }
        return numbers
    }
}
