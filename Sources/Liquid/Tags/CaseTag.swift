/// `{% case x %}{% when a, b or c %}...{% else %}...{% endcase %}`.
///
/// As in Liquid, every matching `when` renders, and an `else` renders when no
/// `when` before it has matched.
struct CaseTag: Tag {
    static let name = "case"
    static let endName: String? = "endcase"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let subject = try p.expression()
        try p.expectEnd()
        // Text before the first `when` is dropped, as Liquid does.
        var (_, closing) = parser.parseBody(until: ["when", "else", "endcase"], opener: token, expected: "endcase")
        var clauses: [Clause] = []
        while let current = closing, current.name != "endcase" {
            var values: [Expression]?
            if current.name == "when" {
                do {
                    values = try whenValues(current, parser)
                } catch {
                    parser.report(error)
                    values = []
                }
            }
            let (body, next) = parser.parseBody(until: ["when", "else", "endcase"], opener: token, expected: "endcase")
            clauses.append(Clause(values: values, body: body, start: current.start))
            closing = next
        }
        let blank = clauses.allSatisfy(\.body.isBlank)
        if blank { clauses = clauses.map { Clause(values: $0.values, body: $0.body.withoutText, start: $0.start) } }
        return Node(subject: subject, clauses: clauses, start: token.start, isBlank: blank)
    }

    private static func whenValues(_ token: MarkupToken, _ parser: Parser) throws(TemplateError) -> [Expression] {
        var p = try parser.expressions(token)
        var values = [try p.expression()]
        while p.current.kind == .comma || p.isWord("or") {
            p.advance()
            values.append(try p.expression())
        }
        try p.expectEnd()
        return values
    }

    struct Clause: Sendable {
        /// `nil` for `else`.
        let values: [Expression]?
        let body: [Liquid.Node]
        let start: Int
    }

    struct Node: TagNode {
        let subject: Expression
        let clauses: [Clause]
        let start: Int
        let isBlank: Bool

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let value = try context.evaluate(subject)
            var matched = false
            for clause in clauses {
                guard let values = clause.values else {
                    if !matched { try context.render(clause.body) }
                    continue
                }
                context.position = clause.start
                for candidate in values where try context.evaluate(candidate).liquidEquals(value) {
                    matched = true
                    try context.render(clause.body)
                    if context.interrupt != .none { return }
                }
                if context.interrupt != .none { return }
            }
        }
    }
}
