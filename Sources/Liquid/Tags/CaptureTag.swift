/// `{% capture name %}...{% endcapture %}`: sets a variable to the rendered body.
struct CaptureTag: Tag {
    static let name = "capture"
    static let endName: String? = "endcapture"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let target: String
        if p.current.kind == .string {
            target = p.current.text
            p.advance()
        } else {
            target = try AssignTag.assignmentTarget(&p, tag: "capture")
        }
        try p.expectEnd()
        let body = parser.parseBody(until: ["endcapture"], opener: token, expected: "endcapture").nodes
        return Node(target: target, body: body)
    }

    struct Node: TagNode {
        let target: String
        let body: [Liquid.Node]
        var isBlank: Bool { true }

        func render(_ context: RenderContext) throws(TemplateError) {
            let text = try context.capture(body)
            context.assigns[target] = .string(text)
        }
    }
}
