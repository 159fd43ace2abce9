/// `{% echo value | filters %}`: prints like `{{ }}`, usable inside `{% liquid %}`.
struct EchoTag: Tag {
    static let name = "echo"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        if p.atEnd { return Node(value: FilteredExpression(expression: .literal(.nil), filters: []), start: token.start) }
        let value = try p.filteredExpression(strictFilters: parser.options.strictFilters)
        try p.expectEnd()
        return Node(value: value, start: token.start)
    }

    struct Node: TagNode {
        let value: FilteredExpression
        let start: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            try context.write(try context.evaluate(value))
        }
    }
}
