/// `{% include 'name' with value as alias, key: value %}`: renders a partial in the current scope.
///
/// The partial sees every variable, and its `assign`s stay visible afterwards.
struct IncludeTag: Tag {
    static let name = "include"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        return Node(call: try PartialCall.parse(&p, literalName: false), start: token.start)
    }

    struct Node: TagNode {
        let call: PartialCall
        let start: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let (name, template, arguments, bound) = try call.resolve(context)
            try context.enter()
            let savedSource = context.source
            var pushed = 0
            defer {
                context.popLocals(pushed)
                context.source = savedSource
                context.position = start
                context.depth -= 1
            }
            for (key, value) in arguments {
                context.pushLocal(key, value)
                pushed += 1
            }
            guard let bound else {
                context.source = template.source
                try context.renderTemplate(template)
                return
            }
            let variable = call.alias ?? PartialCall.variableName(name)
            if call.isFor, case .array(let items) = bound {
                let slot = context.pushLocal(variable, .nil)
                pushed += 1
                for item in items {
                    context.setLocal(slot, item)
                    context.source = template.source
                    try context.renderTemplate(template)
                    if context.interrupt != .none { return }
                }
                return
            }
            context.pushLocal(variable, bound)
            pushed += 1
            context.source = template.source
            try context.renderTemplate(template)
        }
    }
}

/// The arguments shared by `include` and `render`.
struct PartialCall: Sendable {
    let name: Expression
    let bound: Expression?
    let isFor: Bool
    let alias: String?
    let keywords: [(String, Expression)]

    static func parse(_ p: inout ExpressionParser, literalName: Bool) throws(TemplateError) -> PartialCall {
        if literalName, p.current.kind != .string {
            throw p.unexpected(expected: "the partial's name as a quoted string")
        }
        let name = try p.expression()
        var bound: Expression?
        var isFor = false
        var alias: String?
        var keywords: [(String, Expression)] = []
        if p.isWord("with") || p.isWord("for") {
            isFor = p.isWord("for")
            p.advance()
            bound = try p.expression()
        }
        if p.isWord("as") {
            p.advance()
            alias = try p.identifier("a variable name after 'as'")
        }
        while !p.atEnd {
            if p.current.kind == .comma { p.advance(); continue }
            let key = try p.identifier("a keyword argument such as 'key: value'")
            try p.expect(.colon, "':' after '\(key)'")
            keywords.append((key, try p.expression()))
        }
        return PartialCall(name: name, bound: bound, isFor: isFor, alias: alias, keywords: keywords)
    }

    /// The variable a bound value is visible as: the partial's name without folders or extension.
    static func variableName(_ templateName: String) -> String {
        var base = templateName.split(separator: "/").last.map(String.init) ?? templateName
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        return base
    }

    /// The partial's name and template, its keyword arguments and its `with`/`for` value, evaluated in `context`.
    func resolve(_ context: RenderContext) throws(TemplateError) -> (name: String, template: Template, arguments: [(String, Value)], bound: Value?) {
        let (name, template) = try load(context)
        return (name, template, try arguments(context), try boundValue(context))
    }

    func load(_ context: RenderContext) throws(TemplateError) -> (String, Template) {
        let value = try context.evaluate(name)
        guard let text = value.stringValue else {
            throw context.error("a partial's name must be a string, got \(value.typeName)")
        }
        return (text, try context.load(text))
    }

    func arguments(_ context: RenderContext) throws(TemplateError) -> [(String, Value)] {
        var values: [(String, Value)] = []
        for (key, expression) in keywords { values.append((key, try context.evaluate(expression))) }
        return values
    }

    func boundValue(_ context: RenderContext) throws(TemplateError) -> Value? {
        guard let bound else { return nil }
        return try context.evaluate(bound)
    }
}
