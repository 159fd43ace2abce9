/// What the parser needs to know about the environment.
struct ParseOptions: Sendable {
    var filters: FilterTable
    var strictFilters: Bool
    var tags: [String: any Tag.Type]
    var maxNesting: Int
}

/// Builds the node tree of one template from its markup tokens, collecting
/// every syntax error it can: after a bad tag it carries on at the next one.
struct Parser {
    let source: SourceFile
    let options: ParseOptions
    private let tokens: [MarkupToken]
    private var index = 0
    private var nesting = 0
    /// Set when parsing stopped early (nesting limit), so unclosed blocks are not reported again.
    private var abandoned = false
    /// The syntax errors found so far, in source order.
    private(set) var errors: [TemplateError] = []
    /// Set when the template reads `block.super` (inheritance renders the parent block first then).
    var readsBlockSuper = false
    /// The `{% extends %}` target and where the tag stands.
    var parent: (expression: Expression, position: Int)?
    /// Every `{% block %}` seen, by name.
    var blocks: [String: BlockDefinition] = [:]

    init(source: SourceFile, tokens: [MarkupToken], options: ParseOptions) {
        self.source = source
        self.tokens = tokens
        self.options = options
    }

    /// Records a problem and goes on.
    mutating func report(_ error: TemplateError) { errors.append(error) }

    /// Parses every token into the top-level node list.
    mutating func parseDocument() -> [Node] {
        parseBody(until: [], opener: nil, expected: nil).nodes
    }

    /// An expression parser over a tag's or output's content.
    func expressions(_ token: MarkupToken) throws(TemplateError) -> ExpressionParser {
        try ExpressionParser(source, token.content, filters: options.filters, maxDepth: options.maxNesting)
    }

    /// Parses `{{ ... }}`-style content: a value and its filters, nothing after.
    func filteredExpression(_ token: MarkupToken) throws(TemplateError) -> FilteredExpression {
        var p = try expressions(token)
        let value = try p.filteredExpression(strictFilters: options.strictFilters)
        try p.expectEnd()
        return value
    }

    /// Parses nodes up to a tag named in `ends`, which is consumed and returned.
    ///
    /// At the end of input with `opener` set, reports the unclosed block.
    /// - Parameter expected: the closing tag's name, for messages.
    mutating func parseBody(until ends: Set<String>, opener: MarkupToken?, expected: String?) -> (nodes: [Node], closing: MarkupToken?) {
        var nodes: [Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token.kind {
            case .text:
                nodes.append(.text(source.text(token.content)))
            case .output:
                do {
                    let value = try filteredExpression(token)
                    if case .variable(let path) = value.expression, path.root == "block", case .key("super")? = path.segments.first {
                        readsBlockSuper = true
                    }
                    nodes.append(.output(value, start: token.start))
                } catch {
                    report(error)
                }
            case .tag:
                if ends.contains(token.name) { return (nodes, token) }
                if let tag = options.tags[token.name] {
                    guard nesting < options.maxNesting else {
                        report(source.error(at: token.start, "blocks are nested more than \(options.maxNesting) deep"))
                        index = tokens.count
                        abandoned = true
                        return (nodes, nil)
                    }
                    nesting += 1
                    do {
                        nodes.append(.tag(TagBox(try tag.parse(token, &self))))
                    } catch {
                        report(error)
                        if let endName = tag.endName { skipBlock(named: token.name, endName: endName) }
                    }
                    nesting -= 1
                } else if let closing = misspeltEnd(token, expected: expected) {
                    // It closes its block, so the blocks around it are not reported as never closed.
                    report(source.error(at: token.start, "unknown tag '\(token.name)'; did you mean '\(closing.name)'?"))
                    return (nodes, closing)
                } else {
                    report(problem(with: token, expected: expected, opener: opener))
                    parseMisspeltBlock(token)
                }
            }
        }
        if let opener, let expected, !abandoned {
            report(source.error(at: opener.start, "'\(opener.name)' was never closed (opened at line \(source.line(of: opener.start))); expected '\(expected)'"))
        }
        return (nodes, nil)
    }

    /// Why a tag that no table entry takes is wrong here.
    private func problem(with token: MarkupToken, expected: String?, opener: MarkupToken?) -> TemplateError {
        let name = token.name
        if name.isEmpty {
            return source.error(at: token.start, "missing tag name after '{%'")
        }
        if name.hasPrefix("end") || ["else", "elsif", "when"].contains(name) {
            if let expected, let opener {
                return source.error(at: token.start, "unexpected '\(name)', expected '\(expected)' (opened at line \(source.line(of: opener.start)))")
            }
            return source.error(at: token.start, "unexpected '\(name)'; there is no open block for it to close")
        }
        return source.error(at: token.start, "unknown tag '\(name)'\(Suggestion.hint(for: name, among: options.tags.keys.sorted()))")
    }

    /// After a block tag failed to parse, skips to its matching end tag so its body causes no further errors.
    private mutating func skipBlock(named name: String, endName: String) {
        if let end = matchingEnd(of: [name], endName: endName) { index = end + 1 } else { index = tokens.count }
    }

    /// After an unknown tag that is a misspelt block tag (`iff` for `if`), parses its body up to the matching end tag,
    /// reporting the body's own errors and dropping its nodes: the block's `else` and `endif` are then not reported as
    /// more errors. Nothing is taken as a body when no end tag matches, so a wrong guess hides no other error.
    private mutating func parseMisspeltBlock(_ token: MarkupToken) {
        guard !token.name.hasPrefix("end"), nesting < options.maxNesting,
              let meant = Suggestion.closest(to: token.name, among: options.tags.keys.sorted()),
              let endName = options.tags[meant]?.endName, matchingEnd(of: [meant, token.name], endName: endName) != nil else { return }
        nesting += 1
        defer { nesting -= 1 }
        while let closing = parseBody(until: [endName, "else", "elsif", "when"], opener: nil, expected: nil).closing, closing.name != endName {}
    }

    /// `token` as the end tag `expected` when it is a misspelling of it (`endfr` for `endfor`) and no tag's end.
    private func misspeltEnd(_ token: MarkupToken, expected: String?) -> MarkupToken? {
        guard let expected, token.name.hasPrefix("end"), Suggestion.closest(to: token.name, among: [expected]) != nil,
              !options.tags.values.contains(where: { $0.endName == token.name }) else { return nil }
        var closing = token
        closing.name = expected
        return closing
    }

    /// The index of the end tag `endName` closing a block opened just before ``index``, blocks opened by any of
    /// `names` nesting; `nil` at the end of input.
    private func matchingEnd(of names: Set<String>, endName: String) -> Int? {
        var depth = 1
        for position in index..<tokens.count where tokens[position].kind == .tag {
            if names.contains(tokens[position].name) { depth += 1 }
            if tokens[position].name == endName {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }

    /// Reads raw tokens (for `comment` and `doc`) up to the matching `endName`, counting nested `name`s.
    /// - Returns: the closing token, or `nil` at the end of input.
    mutating func skipRaw(nesting name: String, endName: String, nestedAllowed: Bool = true) throws(TemplateError) -> MarkupToken? {
        var depth = 1
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.kind == .tag else { continue }
            if token.name == name {
                guard nestedAllowed else { throw source.error(at: token.start, "'\(name)' blocks cannot be nested") }
                depth += 1
            } else if token.name == endName {
                depth -= 1
                if depth == 0 { return token }
            }
        }
        return nil
    }

    /// The next token when it is text (the body of `raw`), consumed.
    mutating func takeText() -> MarkupToken? {
        guard index < tokens.count, tokens[index].kind == .text else { return nil }
        index += 1
        return tokens[index - 1]
    }

    /// The next token when it is the tag `name`, consumed.
    mutating func takeTag(_ name: String) -> MarkupToken? {
        guard index < tokens.count, tokens[index].kind == .tag, tokens[index].name == name else { return nil }
        index += 1
        return tokens[index - 1]
    }

    /// Parses a nested token list (the lines of a `liquid` tag) with the same options, merging its errors.
    mutating func parseNested(_ nested: [MarkupToken]) -> [Node] {
        var inner = Parser(source: source, tokens: nested, options: options)
        inner.nesting = nesting
        let nodes = inner.parseDocument()
        errors += inner.errors
        blocks.merge(inner.blocks) { first, _ in first }
        if parent == nil { parent = inner.parent }
        readsBlockSuper = readsBlockSuper || inner.readsBlockSuper
        return nodes
    }
}
