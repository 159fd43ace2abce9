/// `{% extends 'base' %}`: renders the parent template with this template's blocks in place of its own.
struct ExtendsTag: Tag {
    static let name = "extends"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let parent = try p.expression()
        try p.expectEnd()
        guard parser.parent == nil else {
            throw parser.source.error(at: token.start, "a template can extend only one parent; 'extends' appears twice")
        }
        parser.parent = (parent, token.start)
        return SilentNode()
    }
}
