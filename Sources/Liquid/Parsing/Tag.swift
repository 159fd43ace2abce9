/// How one tag is parsed; its node type renders it. One conforming type per file under `Tags/`.
protocol Tag {
    /// The name written after `{%`.
    static var name: String { get }
    /// The closing tag's name for block tags (`endif`), `nil` for single tags.
    static var endName: String? { get }
    /// Parses the tag whose opening token is `token`, reading its body from `parser` if it is a block.
    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode
}

extension Tag {
    static var endName: String? { nil }
}
