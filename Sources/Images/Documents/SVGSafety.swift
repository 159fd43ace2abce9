/// Decides whether an SVG may be published as it is: it must run nothing when opened.
public enum SVGSafety {
    /// The first problem that makes `svg` unsafe, as a sentence for `path:line:column: error: ...`, or nil.
    ///
    /// Refused: `<script>`, `<foreignObject>` (it embeds HTML), other elements that load or run active content
    /// (`iframe`, `embed`, `object`, `handler`), any `on...` event attribute, a `javascript:` or `vbscript:` URL anywhere in
    /// an attribute or a `data:text/html` one (also when hidden by entities, whitespace or case), and
    /// `<!ENTITY` declarations, which can expand without bound or read local files.
    /// - Complexity: one pass over the text.
    public static func problem(in svg: String) -> String? {
        var scanner = SVGTagScanner(text: Array(svg.unicodeScalars))
        while let item = scanner.next() {
            switch item {
            case .entityDeclaration:
                return "SVG declares an <!ENTITY>; expected plain SVG without a DOCTYPE; hint: export the SVG again"
            case let .tag(name, attributes):
                let local = localName(name)
                if forbiddenElements.contains(local) {
                    return "SVG holds a <\(name)> element, which can run code in the reader's browser; hint: remove it or export the SVG without interactivity"
                }
                for (attribute, value) in attributes {
                    let attributeLocal = localName(attribute)
                    if attributeLocal.hasPrefix("on") {
                        return "SVG element <\(name)> has an event attribute '\(attribute)', which runs script; hint: remove the attribute"
                    }
                    if let scheme = activeScheme(in: value) {
                        return "SVG element <\(name)> has '\(attribute)' pointing at a \(scheme) URL, which runs script; hint: link to an https: address instead"
                    }
                }
            }
        }
        return nil
    }

    private static let forbiddenElements: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]

    private static func localName(_ name: String) -> String {
        String(name.split(separator: ":").last ?? Substring(name)).lowercased()
    }

    /// The dangerous scheme an attribute value starts with once entities, whitespace and controls are removed.
    private static func activeScheme(in value: String) -> String? {
        let decoded = decodeEntities(value).unicodeScalars.filter { $0.value > 0x20 }
        let folded = String(String.UnicodeScalarView(decoded)).lowercased()
        // Anywhere in the value, not only at its start: animation lists such as `values="0;javascript:..."`
        // and `url(javascript:...)` put the scheme later.
        for scheme in ["javascript:", "vbscript:"] where folded.contains(scheme) {
            return scheme
        }
        for scheme in ["data:text/html", "data:application/xhtml"] where folded.hasPrefix(scheme) {
            return "data:"
        }
        return nil
    }

    /// Replaces numeric character references and the named ones that spell URL schemes.
    static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        let named: [String: Character] = ["colon": ":", "tab": "\t", "newline": "\n", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "sol": "/"]
        var out = ""
        var index = value.startIndex
        while index < value.endIndex {
            guard value[index] == "&", let semicolon = value[index...].firstIndex(of: ";"),
                  value.distance(from: index, to: semicolon) <= 12 else {
                out.append(value[index])
                index = value.index(after: index)
                continue
            }
            let body = value[value.index(after: index)..<semicolon]
            var scalar: Unicode.Scalar?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if body.hasPrefix("#") {
                scalar = UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            } else if let character = named[body.lowercased()] {
                out.append(character)
                index = value.index(after: semicolon)
                continue
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                index = value.index(after: semicolon)
            } else {
                out.append(value[index])
                index = value.index(after: index)
            }
        }
        return out
    }
}
