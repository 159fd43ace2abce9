/// `{% ifchanged %}...{% endifchanged %}`: prints the body only when it differs from the last time.
struct IfchangedTag: Tag {
    static let name = "ifchanged"
    static let endName: String? = "endifchanged"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        Node(body: parser.parseBody(until: ["endifchanged"], opener: token, expected: "endifchanged").nodes)
    }

    struct Node: TagNode {
        let body: [Liquid.Node]

        func render(_ context: RenderContext) throws(TemplateError) {
            let text = try context.capture(body)
            if text != context.lastChanged {
                context.lastChanged = text
                try context.write(text)
            }
        }
    }
}
