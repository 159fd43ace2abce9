/// HTML escaping of `{{ }}` output when autoescape is on; also usable for any text placed in HTML or XML.
public enum HTMLEscaping {
    /// Appends `text` to `output` with `& < > " '` escaped.
    /// - Complexity: O(n); copies runs without special characters in one go.
    public static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let replacement: String
            switch utf8[index] {
            case 0x26: replacement = "&amp;"
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x22: replacement = "&#34;"
            case 0x27: replacement = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            // Special characters are ASCII, so these indices fall on character boundaries.
            output.append(contentsOf: text[runStart..<index])
            output.append(replacement)
            utf8.formIndex(after: &index)
            runStart = index
        }
        output.append(contentsOf: text[runStart..<utf8.endIndex])
    }

    /// `text` escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }
}
