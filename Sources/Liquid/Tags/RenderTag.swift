/// `{% render 'name' with value as alias, key: value %}`: renders a partial in its own scope.
///
/// The partial sees only its arguments; its assignments do not leak out.
struct RenderTag: Tag {
    static let name = "render"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        return Node(call: try PartialCall.parse(&p, literalName: true), start: token.start)
    }

    struct Node: TagNode {
        let call: PartialCall
        let start: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let (name, template, arguments, bound) = try call.resolve(context)
            guard let bound else {
                try renderIsolated(template, context, arguments)
                return
            }
            let variable = call.alias ?? PartialCall.variableName(name)
            if call.isFor, case .array(let items) = bound {
                let forloop = ForloopDrop(name: variable, length: items.count, parent: nil)
                for (index, item) in items.enumerated() {
                    forloop.index0 = index
                    try renderIsolated(template, context, arguments + [("forloop", .object(forloop)), (variable, item)])
                }
                return
            }
            try renderIsolated(template, context, arguments + [(variable, bound)])
        }

        private func renderIsolated(_ template: Template, _ context: RenderContext, _ locals: [(String, Value)]) throws(TemplateError) {
            let child = RenderContext(environment: context.environment, source: template.source, data: [:], budget: context.budget)
            child.depth = context.depth
            child.position = start
            child.source = context.source
            try child.enter()
            child.source = template.source
            for (key, value) in locals { child.assigns[key] = value }
            swap(&child.output, &context.output)
            defer { swap(&child.output, &context.output) }
            try child.renderTemplate(template)
        }
    }
}
