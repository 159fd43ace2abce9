#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Synchronization

/// Finds the link targets (`href` and `src` attributes) in rendered HTML.
enum LinkScanner {
    /// The links of `html` (see ``links(in:)``) as their numbers in `table`: a build keeps every page's links until it
    /// has checked and recorded them, and most repeat from page to page (navigation, tags, facets, languages).
    static func links(in html: String, numberedBy table: LinkTable) -> [LinkTable.Number] {
        table.numbers(of: links(in: html))
    }

    /// Every `href="..."` and `src="..."` value in `html`, in order, with `&amp;` decoded.
    /// - Complexity: O(n) in the length of `html`, over its UTF-8 bytes without copying them.
    static func links(in html: String) -> [String] {
        var html = html
        return html.withUTF8 { bytes in
            var found: [String] = []
            let href = Array(" href".utf8), src = Array(" src".utf8)
            let count = bytes.count
            guard let base = bytes.baseAddress else { return found }
            // Attribute values start at `="`: find each `=` with memchr, then look at the name before it.
            var index = 0
            while index < count, let equals = memchr(base + index, 0x3D, count - index) {
                let at = base.distance(to: equals.assumingMemoryBound(to: UInt8.self))
                index = at + 1
                guard at + 1 < count, bytes[at + 1] == 0x22,
                      matches(href, in: bytes, endingAt: at) || matches(src, in: bytes, endingAt: at) else { continue }
                let start = at + 2
                var end = start
                var hasEntity = false
                while end < count && bytes[end] != 0x22 {
                    if bytes[end] == 0x26 { hasEntity = true }
                    end += 1
                }
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                found.append(hasEntity ? decodeAmpersands(value) : value)
                index = end + 1
            }
            return found
        }
    }

    /// Whether the bytes just before `end` are `pattern`.
    private static func matches(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        let start = end - pattern.count
        guard start >= 0 else { return false }
        for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
        return true
    }

    /// `&amp;` → `&`, the only entity the renderer writes inside URLs.
    private static func decodeAmpersands(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        while let range = rest.byteRange(of: "&amp;") {
            result += rest[..<range.lowerBound] + "&"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

/// The link texts of a whole build, each stored once and numbered in the order first met, so a page's links cost four
/// bytes each (at 10,000 items, a build keeps 1.5 million of them; as texts, 45 MB of its peak memory, then 25 MB as
/// shared texts). Safe to use from the threads that render pages.
///
/// A table may start from the previous build's texts (``BuildCache/links``): a kept page's cached numbers then mean
/// the same in this build.
final class LinkTable: Sendable {
    /// A link's number: its index in ``texts``.
    typealias Number = UInt32

    private struct State {
        var numbers: [String: Number] = [:]
        var texts: [String] = []
    }

    private let state: Mutex<State>

    /// A table holding `texts`, numbered in that order (a text given twice keeps both numbers; the first is given out).
    init(texts: [String] = []) {
        var start = State(texts: texts)
        start.numbers.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() where start.numbers[text] == nil {
            start.numbers[text] = Number(index)
        }
        state = Mutex(start)
    }

    /// The number of each of `links`, numbering those met for the first time.
    func numbers(of links: [String]) -> [Number] {
        state.withLock { state in
            links.map { link in
                if let number = state.numbers[link] { return number }
                let number = Number(state.texts.count)
                state.numbers[link] = number
                state.texts.append(link)
                return number
            }
        }
    }

    /// Every text, by number.
    var texts: [String] { state.withLock { $0.texts } }
}
