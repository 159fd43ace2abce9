/// `{% raw %}...{% endraw %}`: the body printed as written (the lexer keeps it as one text token).
struct RawTag: Tag {
    static let name = "raw"
    static let endName: String? = "endraw"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        let text = parser.takeText().map { parser.source.text($0.content) } ?? ""
        guard parser.takeTag("endraw") != nil else {
            throw parser.source.error(at: token.start, "'raw' was never closed; expected 'endraw'")
        }
        return Node(text: text)
    }

    struct Node: TagNode {
        let text: String
        var isBlank: Bool { text.isEmpty }
        func render(_ context: RenderContext) throws(TemplateError) {
            try context.write(text)
        }
    }
}

/// A tag that prints nothing (comments, docs, `extends`).
struct SilentNode: TagNode {
    var isBlank: Bool { true }
    func render(_ context: RenderContext) throws(TemplateError) {}
}
