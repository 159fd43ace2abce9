/// `{% comment %}...{% endcomment %}`: ignored; comments nest.
struct CommentTag: Tag {
    static let name = "comment"
    static let endName: String? = "endcomment"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        guard try parser.skipRaw(nesting: name, endName: "endcomment") != nil else {
            throw parser.source.error(at: token.start, "'comment' was never closed (opened at line \(parser.source.line(of: token.start))); expected 'endcomment'")
        }
        return SilentNode()
    }
}
