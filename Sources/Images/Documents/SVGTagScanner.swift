/// Walks an SVG's markup tag by tag, skipping comments, CDATA and text; enough to judge safety, not a full XML parser.
struct SVGTagScanner {
    /// What the scanner found.
    enum Item: Equatable {
        /// A start or empty-element tag, its name as written and its attributes in order.
        case tag(name: String, attributes: [(String, String)])
        /// An `<!ENTITY` declaration inside a DOCTYPE.
        case entityDeclaration

        static func == (lhs: Item, rhs: Item) -> Bool {
            switch (lhs, rhs) {
            case (.entityDeclaration, .entityDeclaration): true
            case let (.tag(a, x), .tag(b, y)): a == b && x.map { $0.0 + "=" + $0.1 } == y.map { $0.0 + "=" + $0.1 }
            default: false
            }
        }
    }

    let text: [Unicode.Scalar]
    private var position = 0

    init(text: [Unicode.Scalar]) {
        self.text = text
    }

    /// The next tag or declaration, or nil at the end.
    mutating func next() -> Item? {
        while position < text.count {
            guard text[position] == "<" else { position += 1; continue }
            if starts(with: "<!--") {
                skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                skip(past: "]]>")
            } else if starts(with: "<!") {
                // A DOCTYPE may hold an internal subset with declarations in brackets.
                let begin = position
                skipDeclaration()
                let declaration = String(String.UnicodeScalarView(text[begin..<position])).uppercased()
                if declaration.contains("<!ENTITY") { return .entityDeclaration }
            } else if starts(with: "<?") || starts(with: "</") {
                skip(past: ">")
            } else {
                position += 1
                return tag()
            }
        }
        return nil
    }

    private func starts(with prefix: String) -> Bool {
        let scalars = Array(prefix.unicodeScalars)
        guard position + scalars.count <= text.count else { return false }
        return Array(text[position..<position + scalars.count]) == scalars
    }

    private mutating func skip(past terminator: String) {
        while position < text.count, !starts(with: terminator) { position += 1 }
        position = min(text.count, position + terminator.unicodeScalars.count)
    }

    private mutating func skipDeclaration() {
        var depth = 0
        while position < text.count {
            let scalar = text[position]
            position += 1
            if scalar == "[" { depth += 1 }
            if scalar == "]" { depth -= 1 }
            if scalar == ">", depth <= 0 { return }
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{0C}"
    }

    private mutating func name() -> String {
        var scalars = String.UnicodeScalarView()
        while position < text.count {
            let scalar = text[position]
            if Self.isSpace(scalar) || scalar == ">" || scalar == "/" || scalar == "=" { break }
            scalars.append(scalar)
            position += 1
        }
        return String(scalars)
    }

    private mutating func skipSpaces() {
        while position < text.count, Self.isSpace(text[position]) { position += 1 }
    }

    private mutating func tag() -> Item {
        let tagName = name()
        var attributes: [(String, String)] = []
        while position < text.count {
            skipSpaces()
            guard position < text.count else { break }
            if text[position] == ">" { position += 1; break }
            if text[position] == "/" { position += 1; continue }
            let attribute = name()
            if attribute.isEmpty { position += 1; continue }
            skipSpaces()
            var value = ""
            if position < text.count, text[position] == "=" {
                position += 1
                skipSpaces()
                value = attributeValue()
            }
            attributes.append((attribute, value))
        }
        return .tag(name: tagName, attributes: attributes)
    }

    private mutating func attributeValue() -> String {
        guard position < text.count else { return "" }
        var scalars = String.UnicodeScalarView()
        let quote = text[position]
        if quote == "\"" || quote == "'" {
            position += 1
            while position < text.count, text[position] != quote {
                scalars.append(text[position])
                position += 1
            }
            position += 1
        } else {
            while position < text.count, !Self.isSpace(text[position]), text[position] != ">" {
                scalars.append(text[position])
                position += 1
            }
        }
        return String(scalars)
    }
}
