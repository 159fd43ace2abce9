/// `{% render 'name' with value as alias, key: value %}`: renders a partial in its own scope.
///
/// The partial sees only its arguments; its assignments do not leak out. With a
/// ``RenderMemo`` in the environment, a call whose arguments it can name is rendered
/// once and copied after that.
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
                try renderRemembered(name, template, context, arguments)
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
            try renderRemembered(name, template, context, arguments + [(variable, bound)])
        }

        /// Copies the memo's output for this call when there is one; otherwise renders and keeps it.
        private func renderRemembered(_ name: String, _ template: Template, _ context: RenderContext, _ locals: [(String, Value)]) throws(TemplateError) {
            guard let memo = context.environment.renderMemo, let key = RenderMemo.Key(template: name, arguments: locals) else {
                try renderIsolated(template, context, locals)
                return
            }
            if let kept = memo.output(for: key) {
                try context.write(kept)
                return
            }
            let start = context.output.utf8.count
            try renderIsolated(template, context, locals)
            let utf8 = context.output.utf8
            memo.keep(String(utf8[utf8.index(utf8.startIndex, offsetBy: start)...])!, for: key)
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
