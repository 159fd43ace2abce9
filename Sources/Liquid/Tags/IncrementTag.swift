/// `{% increment name %}`: prints a counter, then adds one. Counters are apart from assigns.
struct IncrementTag: Tag {
    static let name = "increment"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        Node(counter: try counterName(token, parser, tag: name), step: 1)
    }

    /// The counter's name, the tag's only argument.
    static func counterName(_ token: MarkupToken, _ parser: Parser, tag: String) throws(TemplateError) -> String {
        var p = try parser.expressions(token)
        let name = try p.identifier("a counter name after '\(tag)'")
        try p.expectEnd()
        return name
    }

    struct Node: TagNode {
        let counter: String
        let step: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            let current = context.counters[counter] ?? 0
            if step > 0 {
                try context.write(.int(current))
                context.counters[counter] = current + step
            } else {
                context.counters[counter] = current + step
                try context.write(.int(current + step))
            }
        }
    }
}
