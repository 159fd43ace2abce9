/// `{% unless c %}...{% else %}...{% endunless %}`: `if` with the first condition negated.
struct UnlessTag: Tag {
    static let name = "unless"
    static let endName: String? = "endunless"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        try ConditionalNode.parse(token, &parser, negateFirst: true, endName: "endunless")
    }
}
