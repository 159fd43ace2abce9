/// HTML escaping of `{{ }}` output when autoescape is on; also usable for any text placed in HTML or XML.
public enum HTMLEscaping {
    /// Appends `text` to `output` with `& < > " '` escaped.
    /// - Complexity: O(n); copies runs without special characters in one go.
    public static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            output.append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append("&amp;")
            case "<": output.append("&lt;")
            case ">": output.append("&gt;")
            case "\"": output.append("&#34;")
            case "'": output.append("&#39;")
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text` escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }
}
