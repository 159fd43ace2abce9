/// `{% cycle 'a', 'b' %}` or `{% cycle group: 'a', 'b' %}`: prints the next value of a group each time.
struct CycleTag: Tag {
    static let name = "cycle"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        var group: Expression?
        var values = [try p.expression()]
        if p.current.kind == .colon {
            p.advance()
            group = values[0]
            values = [try p.expression()]
        }
        while p.current.kind == .comma {
            p.advance()
            values.append(try p.expression())
        }
        try p.expectEnd()
        let key = parser.source.text(token.content).trimmingSpaces
        return Node(group: group, key: key, values: values, start: token.start)
    }

    struct Node: TagNode {
        let group: Expression?
        /// The group for unnamed cycles: the arguments as written.
        let key: String
        let values: [Expression]
        let start: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            var name = key
            if let group { name = "named:" + (try context.evaluate(group)).renderedText }
            let index = context.cycles[name] ?? 0
            context.cycles[name] = index + 1 >= values.count ? 0 : index + 1
            if index < values.count { try context.write(try context.evaluate(values[index])) }
        }
    }
}
