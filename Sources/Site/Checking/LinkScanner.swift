/// Finds the link targets (`href` and `src` attributes) in rendered HTML.
enum LinkScanner {
    /// Every `href="..."` and `src="..."` value in `html`, in order, with `&amp;` decoded.
    /// - Complexity: O(n) in the length of `html`.
    static func links(in html: String) -> [String] {
        var found: [String] = []
        let bytes = Array(html.utf8)
        let patterns: [[UInt8]] = [Array(" href=\"".utf8), Array(" src=\"".utf8)]
        var index = 0
        while index < bytes.count {
            var matched: Int?
            if bytes[index] == 32 {
                for pattern in patterns where index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    matched = pattern.count
                }
            }
            guard let length = matched else {
                index += 1
                continue
            }
            let start = index + length
            var end = start
            while end < bytes.count && bytes[end] != 34 { end += 1 }
            let value = String(decoding: bytes[start..<end], as: UTF8.self)
            found.append(value.replacingOccurrences(of: "&amp;", with: "&"))
            index = end + 1
        }
        return found
    }
}
