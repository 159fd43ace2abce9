#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Synchronization

/// Finds the link targets (`href` and `src` attributes) in rendered HTML.
enum LinkScanner {
    /// The links of `html` (see ``links(in:)``), each sharing its text with an equal link already in `known`:
    /// a build keeps every page's links until it has checked them, and most repeat from page to page
    /// (navigation, tags, facets, languages).
    static func links(in html: String, sharing known: SharedLinks) -> [String] {
        known.share(links(in: html))
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

/// The link texts of a whole build, shared by every page that has them, so the links a build keeps until it has checked
/// them cost one text each rather than one a page (at 10,000 items, 45 MB of the build's peak memory). Safe to use from
/// the threads that render pages.
final class SharedLinks: Sendable {
    private let known = Mutex<Set<String>>([])

    /// `links`, each replaced by the equal text already known, or made known.
    func share(_ links: [String]) -> [String] {
        known.withLock { known in links.map { known.insert($0).memberAfterInsert } }
    }

    /// How many different links are known.
    var count: Int { known.withLock { $0.count } }
}
