/// `{% assign name = value | filters %}`: sets a variable for the rest of the render.
struct AssignTag: Tag {
    static let name = "assign"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let target = try assignmentTarget(&p, tag: "assign")
        try p.expect(.equals, "'=' after the variable name")
        let value = try p.filteredExpression(strictFilters: parser.options.strictFilters)
        try p.expectEnd()
        return Node(target: target, value: value, start: token.start)
    }

    /// The variable name of `assign` or `capture`: an identifier without a trailing `?`, or digits.
    static func assignmentTarget(_ p: inout ExpressionParser, tag: String) throws(TemplateError) -> String {
        let token = p.current
        guard token.kind == .identifier || token.kind == .integer, !token.text.hasSuffix("?"), !token.text.hasPrefix("-") else {
            throw p.unexpected(expected: "a variable name after '\(tag)'")
        }
        p.advance()
        return token.text
    }

    struct Node: TagNode {
        let target: String
        let value: FilteredExpression
        let start: Int
        var isBlank: Bool { true }

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let result = try context.evaluate(value)
            context.assigns[target] = result
        }
    }
}
