/// `{% if c %}...{% elsif c %}...{% else %}...{% endif %}`.
struct IfTag: Tag {
    static let name = "if"
    static let endName: String? = "endif"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        try ConditionalNode.parse(token, &parser, negateFirst: false, endName: "endif")
    }
}

/// The node of `if` and `unless`: branches tried in order, then the `else` body.
struct ConditionalNode: TagNode {
    struct Branch: Sendable {
        let condition: Condition
        let negated: Bool
        let body: [Node]
        let start: Int
    }

    let branches: [Branch]
    let elseBody: [Node]
    let isBlank: Bool

    /// Parses the condition and the branches up to `endName`; extra `else`/`elsif` after an `else` are ignored, as in Liquid.
    static func parse(_ token: MarkupToken, _ parser: inout Parser, negateFirst: Bool, endName: String) throws(TemplateError) -> ConditionalNode {
        var p = try parser.expressions(token)
        var condition = try p.condition()
        try p.expectEnd()
        var branches: [Branch] = []
        var elseBody: [Node]?
        var negated = negateFirst
        var start = token.start
        while true {
            let (nodes, closing) = parser.parseBody(until: ["elsif", "else", endName], opener: token, expected: endName)
            if elseBody == nil {
                branches.append(Branch(condition: condition, negated: negated, body: nodes, start: start))
            }
            guard let closing, closing.name != endName else { break }
            if closing.name == "else" {
                let (body, end) = parser.parseBody(until: ["elsif", "else", endName], opener: token, expected: endName)
                elseBody = body
                if let end, end.name != endName {
                    // Ignore whatever follows a first `else` up to the end tag.
                    var next: MarkupToken? = end
                    while let current = next, current.name != endName {
                        next = parser.parseBody(until: ["elsif", "else", endName], opener: token, expected: endName).closing
                    }
                }
                break
            }
            do {
                var q = try parser.expressions(closing)
                condition = try q.condition()
                try q.expectEnd()
            } catch {
                parser.report(error)
                condition = .value(.literal(.bool(false)))
            }
            negated = false
            start = closing.start
        }
        let all = branches.map(\.body) + [elseBody ?? []]
        let blank = all.allSatisfy(\.isBlank)
        if blank {
            branches = branches.map { Branch(condition: $0.condition, negated: $0.negated, body: $0.body.withoutText, start: $0.start) }
            elseBody = elseBody?.withoutText
        }
        return ConditionalNode(branches: branches, elseBody: elseBody ?? [], isBlank: blank)
    }

    func render(_ context: RenderContext) throws(TemplateError) {
        // Indices rather than `for branch in`, which would copy every branch.
        for index in branches.indices {
            context.position = branches[index].start
            if try context.test(branches[index].condition) != branches[index].negated {
                try context.render(branches[index].body)
                return
            }
        }
        try context.render(elseBody)
    }
}
