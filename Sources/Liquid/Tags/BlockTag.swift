/// `{% block name %}...{% endblock %}`: a part of a layout a child template may replace.
///
/// Inside a block, `{{ block.super }}` prints the parent template's version of it.
struct BlockTag: Tag {
    static let name = "block"
    static let endName: String? = "endblock"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let blockName: String
        if p.current.kind == .string {
            blockName = p.current.text
            p.advance()
        } else {
            blockName = try p.identifier("a block name after 'block'")
        }
        try p.expectEnd()
        let outerReadsSuper = parser.readsBlockSuper
        parser.readsBlockSuper = false
        let (body, closing) = parser.parseBody(until: ["endblock"], opener: token, expected: "endblock")
        let definition = BlockDefinition(name: blockName, body: body, source: parser.source, readsSuper: parser.readsBlockSuper)
        parser.readsBlockSuper = outerReadsSuper
        if let closing {
            let closingName = parser.source.text(closing.content).trimmingSpaces
            let unquoted = closingName.trimmingCharacters(in: ["'", "\""])
            if !unquoted.isEmpty && unquoted != blockName {
                parser.report(parser.source.error(at: closing.start, "'endblock \(unquoted)' closes block '\(blockName)'"))
            }
        }
        if parser.blocks[blockName] != nil {
            throw parser.source.error(at: token.start, "block '\(blockName)' is defined twice in this template")
        }
        parser.blocks[blockName] = definition
        return Node(definition: definition)
    }

    struct Node: TagNode {
        let definition: BlockDefinition

        func render(_ context: RenderContext) throws(TemplateError) {
            try context.renderBlock(definition.name, level: 0, fallback: definition)
        }
    }
}
