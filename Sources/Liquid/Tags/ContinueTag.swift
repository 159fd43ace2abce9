/// `{% continue %}`: skips to the next iteration of the innermost loop.
struct ContinueTag: Tag {
    static let name = "continue"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        BreakTag.Node(interrupt: .continue)
    }
}
