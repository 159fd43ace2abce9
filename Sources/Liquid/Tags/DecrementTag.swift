/// `{% decrement name %}`: subtracts one from a counter, then prints it.
struct DecrementTag: Tag {
    static let name = "decrement"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        IncrementTag.Node(counter: try IncrementTag.counterName(token, parser, tag: name), step: -1)
    }
}
