/// Adds the reload script (and the error overlay, if any) to a served HTML page, never to the file on disk.
enum ReloadInjection {
    /// The tag that loads the reload script.
    static let scriptTag = "<script src=\"\(LiveReloadEndpoints.script)\" async></script>"

    /// The tag for a page served from preview `number` (see ``PreviewPages``): the script tells the rebuild's event
    /// whether this tab already shows what the rebuild wrote.
    static func scriptTag(preview number: Int) -> String {
        "<script src=\"\(LiveReloadEndpoints.script)\" data-preview=\"\(number)\" async></script>"
    }

    /// Returns `html` with the overlay and script inserted before the last `</body>`, or appended when it has none.
    /// `preview` is the number of the preview the page comes from, if it does.
    /// - Complexity: O(n) in the page's bytes, one copy.
    static func inject(into html: [UInt8], overlay: String?, preview: Int? = nil) -> [UInt8] {
        let insertion = Array(((overlay ?? "") + (preview.map { scriptTag(preview: $0) } ?? scriptTag)).utf8)
        let at = lastBodyClose(in: html) ?? html.count
        var page: [UInt8] = []
        page.reserveCapacity(html.count + insertion.count)
        page.append(contentsOf: html[..<at])
        page.append(contentsOf: insertion)
        page.append(contentsOf: html[at...])
        return page
    }

    /// The offset of the last `</body` (any letter case), searching from the end where it sits.
    static func lastBodyClose(in html: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard html.count >= needle.count else { return nil }
        var start = html.count - needle.count
        while start >= 0 {
            var matches = true
            for offset in 0..<needle.count {
                let byte = html[start + offset]
                let lowered = (byte >= 65 && byte <= 90) ? byte + 32 : byte
                if lowered != needle[offset] {
                    matches = false
                    break
                }
            }
            if matches { return start }
            start -= 1
        }
        return nil
    }
}
