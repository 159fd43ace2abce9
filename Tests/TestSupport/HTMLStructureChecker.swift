/// Checks that an HTML document is well-formed: every element closed in the
/// right order (void elements excepted), attributes quoted, no stray `<`.
public enum HTMLStructureChecker {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    /// Elements whose content is text, not markup.
    private static let rawTextElements: Set<String> = ["script", "style"]

    /// The problems found; empty when the document is well-formed.
    public static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var stack: [String] = []
        let scalars = Array(html.unicodeScalars)
        var i = 0
        func peek(_ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return i + t.count <= scalars.count && Array(scalars[i..<(i + t.count)]).map { Character($0).lowercased() } == t.map { Character($0).lowercased() }
        }
        while i < scalars.count {
            guard scalars[i] == "<" else { i += 1; continue }
            if peek("<!--") {
                guard let end = find("-->", in: scalars, from: i) else { problems.append("unclosed comment"); break }
                i = end + 3
                continue
            }
            if peek("<!") {
                while i < scalars.count && scalars[i] != ">" { i += 1 }
                i += 1
                continue
            }
            let closing = i + 1 < scalars.count && scalars[i + 1] == "/"
            var j = i + (closing ? 2 : 1)
            var name = ""
            while j < scalars.count, scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j]) || scalars[j] == "-" || scalars[j] == ":" {
                name.unicodeScalars.append(scalars[j])
                j += 1
            }
            name = name.lowercased()
            guard !name.isEmpty else {
                problems.append("stray '<' at offset \(i)")
                i += 1
                continue
            }
            // Skip attributes, honouring quotes.
            var quote: Unicode.Scalar?
            var selfClosing = false
            while j < scalars.count {
                let c = scalars[j]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "<" {
                    problems.append("'<' inside the tag <\(name)> at offset \(j)")
                } else if c == ">" {
                    selfClosing = j > 0 && scalars[j - 1] == "/"
                    break
                }
                j += 1
            }
            guard j < scalars.count else { problems.append("unterminated tag <\(name)>"); break }
            i = j + 1
            if closing {
                if let open = stack.last, open == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
                    if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
                }
            } else if !voidElements.contains(name) && !selfClosing {
                if rawTextElements.contains(name) {
                    guard let end = find("</\(name)", in: scalars, from: i) else { problems.append("unclosed <\(name)>"); break }
                    i = end
                }
                stack.append(name)
            }
        }
        if !stack.isEmpty { problems.append("unclosed elements: \(stack.joined(separator: ", "))") }
        return problems
    }

    private static func find(_ text: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let t = Array(text.unicodeScalars)
        guard scalars.count >= t.count else { return nil }
        var k = start
        while k + t.count <= scalars.count {
            if Array(scalars[k..<(k + t.count)]) == t { return k }
            k += 1
        }
        return nil
    }
}
