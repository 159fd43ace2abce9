/// `{% assign name = value | filters %}`: sets a variable for the rest of the render.
struct AssignTag: Tag {
    static let name = "assign"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let target = try assignmentTarget(&p, tag: "assign")
        try p.expect(.equals, "'=' after the variable name")
        let value = try p.filteredExpression(strictFilters: parser.options.strictFilters)
        try p.expectEnd()
        return Node(target: target, value: value, start: token.start, readsTarget: readsItself(value, target))
    }

    /// The variable name of `assign` or `capture`: an identifier without a trailing `?`, or digits.
    static func assignmentTarget(_ p: inout ExpressionParser, tag: String) throws(TemplateError) -> String {
        let token = p.current
        guard token.kind == .identifier || token.kind == .integer, !token.text.hasSuffix("?"), !token.text.hasPrefix("-") else {
            throw p.unexpected(expected: "a variable name after '\(tag)'")
        }
        p.advance()
        return token.text
    }

    /// Whether `value` is the variable `target` itself passed through filters
    /// (`s = s | append: 'x'`), which may then be updated in place.
    private static func readsItself(_ value: FilteredExpression, _ target: String) -> Bool {
        guard !value.filters.isEmpty, case .variable(let path) = value.expression else { return false }
        return path.root == target && path.segments.isEmpty && path.dynamicRoot == nil
    }

    struct Node: TagNode {
        let target: String
        let value: FilteredExpression
        let start: Int
        /// See ``AssignTag/readsItself(_:_:)``.
        let readsTarget: Bool
        var isBlank: Bool { true }

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let result: Value
            if readsTarget, let updated = try context.evaluateInPlace(value, into: target) {
                result = updated
            } else {
                result = try context.evaluate(value)
            }
            context.assigns[target] = result
        }

    }
}
