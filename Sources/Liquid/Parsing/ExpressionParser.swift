/// Parses the tokens of one expression: paths, literals, ranges, filters and conditions.
struct ExpressionParser {
    let source: SourceFile
    private let tokens: [ExpressionToken]
    private var index = 0
    /// The filters known when parsing, to report unknown ones in strict mode.
    let filters: FilterTable?
    /// How deep `(` and `[` may nest, so a hostile expression cannot overflow the stack.
    let maxDepth: Int
    private var depth = 0

    /// Tokenizes `range` of `source`.
    init(_ source: SourceFile, _ range: Range<Int>, filters: FilterTable? = nil, maxDepth: Int) throws(TemplateError) {
        self.source = source
        self.tokens = try ExpressionLexer.tokenize(source, range)
        self.filters = filters
        self.maxDepth = maxDepth
    }

    /// The token under the cursor.
    var current: ExpressionToken { tokens[index] }
    /// The token after the cursor.
    var next: ExpressionToken { tokens[Swift.min(index + 1, tokens.count - 1)] }
    /// Whether every token has been read.
    var atEnd: Bool { current.kind == .end }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Whether the current token is the word `word`.
    func isWord(_ word: String) -> Bool { current.kind == .identifier && current.text == word }

    /// Consumes a token of `kind` or fails naming what was expected.
    @discardableResult
    mutating func expect(_ kind: ExpressionToken.Kind, _ what: String) throws(TemplateError) -> ExpressionToken {
        guard current.kind == kind else { throw unexpected(expected: what) }
        let token = current
        advance()
        return token
    }

    /// Fails unless all tokens were read.
    mutating func expectEnd() throws(TemplateError) {
        guard atEnd else { throw unexpected(expected: "end of expression") }
    }

    /// "unexpected X, expected Y" at the current token.
    func unexpected(expected: String) -> TemplateError {
        source.error(at: current.start, "unexpected \(current.described), expected \(expected)")
    }

    /// An identifier, e.g. a loop variable's name.
    mutating func identifier(_ what: String) throws(TemplateError) -> String {
        try expect(.identifier, what).text
    }

    // MARK: - Values

    /// Steps into a `(` or `[` at the current token, failing past ``maxDepth``.
    private mutating func enterNesting() throws(TemplateError) {
        guard depth < maxDepth else {
            throw source.error(at: current.start, "\(current.described) nested more than \(maxDepth) deep in one expression; expected at most \(maxDepth) levels of '(' and '[' (assign inner parts to variables first)")
        }
        depth += 1
        advance()
    }

    /// A literal, variable path or range.
    mutating func expression() throws(TemplateError) -> Expression {
        let token = current
        switch token.kind {
        case .string:
            advance()
            return .literal(.string(token.text))
        case .integer:
            advance()
            guard let i = Int(token.text) else { throw source.error(at: token.start, "integer literal '\(token.text)' is too large") }
            return .literal(.int(i))
        case .float:
            advance()
            return .literal(.double(Double(token.text) ?? 0))
        case .leftParen:
            try enterNesting()
            let lower = try expression()
            try expect(.dotDot, "'..' in a range")
            let upper = try expression()
            try expect(.rightParen, "')' closing the range")
            depth -= 1
            return .range(lower, upper)
        case .identifier:
            switch token.text {
            case "true": advance(); return .literal(.bool(true))
            case "false": advance(); return .literal(.bool(false))
            case "nil", "null": advance(); return .literal(.nil)
            case "empty": advance(); return .literal(.empty)
            case "blank": advance(); return .literal(.blank)
            default:
                advance()
                return .variable(try path(root: token.text, start: token.start))
            }
        case .leftBracket:
            try enterNesting()
            let inner = try expression()
            try expect(.rightBracket, "']'")
            depth -= 1
            if case .literal(.string(let name)) = inner {
                return .variable(try path(root: name, start: token.start))
            }
            let rest = try path(root: "", start: token.start)
            return .variable(VariablePath(root: "", dynamicRoot: inner, segments: rest.segments, start: token.start))
        default:
            throw unexpected(expected: "a value (a variable, string, number or range)")
        }
    }

    /// The `.name` and `[index]` segments after a variable's root.
    private mutating func path(root: String, start: Int) throws(TemplateError) -> VariablePath {
        var segments: [VariablePath.Segment] = []
        while true {
            if current.kind == .dot {
                advance()
                let name = try expect(.identifier, "a property name after '.'")
                segments.append(.key(name.text))
            } else if current.kind == .leftBracket {
                try enterNesting()
                let inner = try expression()
                try expect(.rightBracket, "']'")
                depth -= 1
                switch inner {
                case .literal(.int(let i)): segments.append(.index(i))
                case .literal(.string(let s)): segments.append(.key(s))
                default: segments.append(.dynamic(inner))
                }
            } else {
                return VariablePath(root: root, segments: segments, start: start)
            }
        }
    }

    // MARK: - Filters

    /// A value followed by `| filter: args` calls.
    mutating func filteredExpression(strictFilters: Bool) throws(TemplateError) -> FilteredExpression {
        let value = try expression()
        var calls: [FilterCall] = []
        while current.kind == .pipe {
            advance()
            let name = try expect(.identifier, "a filter name after '|'")
            if strictFilters, let filters, filters[name.text] == nil {
                throw source.error(at: name.start, "unknown filter '\(name.text)'\(Suggestion.hint(for: name.text, among: filters.names))")
            }
            var positional: [Expression] = []
            var keyword: [(String, Expression)] = []
            if current.kind == .colon {
                advance()
                repeat {
                    if current.kind == .comma { advance() }
                    if current.kind == .identifier, next.kind == .colon {
                        let key = current.text
                        advance()
                        advance()
                        keyword.append((key, try expression()))
                    } else {
                        positional.append(try expression())
                    }
                } while current.kind == .comma
            }
            calls.append(FilterCall(name: name.text, positional: positional, keyword: keyword, start: name.start, filters: filters))
        }
        return FilteredExpression(expression: value, filters: calls)
    }

    // MARK: - Conditions

    /// `a == b and c or d`: comparisons joined by `and`/`or`, read in a loop
    /// (not recursively) so a long chain cannot overflow the stack.
    mutating func condition() throws(TemplateError) -> Condition {
        let first = try comparison()
        var rest: [(Condition.Connective, Condition)] = []
        while true {
            let connective: Condition.Connective
            if isWord("and") {
                connective = .and
            } else if isWord("or") {
                connective = .or
            } else {
                break
            }
            advance()
            rest.append((connective, try comparison()))
        }
        return rest.isEmpty ? first : .chain(first, rest)
    }

    private mutating func comparison() throws(TemplateError) -> Condition {
        let start = current.start
        let left = try expression()
        let op: Condition.Operator
        if current.kind == .comparison {
            switch current.text {
            case "==": op = .equal
            case "!=", "<>": op = .notEqual
            case "<": op = .less
            case ">": op = .greater
            case "<=": op = .lessOrEqual
            default: op = .greaterOrEqual
            }
        } else if isWord("contains") {
            op = .contains
        } else if atEnd || isWord("and") || isWord("or") {
            return .value(left)
        } else {
            throw unexpected(expected: "an operator (==, !=, <>, <, >, <=, >=, contains), 'and', 'or' or the end of the tag")
        }
        advance()
        let right = try expression()
        return .comparison(op, left, right, start: start)
    }
}
