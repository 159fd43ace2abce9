/// `{% doc %}...{% enddoc %}`: documentation for a template, ignored when rendering.
struct DocTag: Tag {
    static let name = "doc"
    static let endName: String? = "enddoc"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        guard parser.source.text(token.content).trimmingSpaces.isEmpty else {
            throw parser.source.error(at: token.start, "'doc' takes no arguments")
        }
        _ = parser.takeText()
        guard parser.takeTag("enddoc") != nil else {
            throw parser.source.error(at: token.start, "'doc' was never closed (opened at line \(parser.source.line(of: token.start))); expected 'enddoc'")
        }
        return SilentNode()
    }
}
