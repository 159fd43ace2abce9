/// `{% break %}`: leaves the innermost loop.
struct BreakTag: Tag {
    static let name = "break"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        Node(interrupt: .break)
    }

    struct Node: TagNode {
        let interrupt: RenderContext.Interrupt
        func render(_ context: RenderContext) throws(TemplateError) {
            context.interrupt = interrupt
        }
    }
}
