/// `{% # note %}`: an inline comment; every line of it must start with `#`.
struct InlineCommentTag: Tag {
    static let name = "#"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        let bytes = parser.source.bytes
        var i = token.content.lowerBound
        var atLineStart = false
        while i < token.content.upperBound {
            let b = bytes[i]
            if b == 0x0A {
                atLineStart = true
            } else if atLineStart && !isSpace(b) {
                guard b == UInt8(ascii: "#") else {
                    throw parser.source.error(at: i, "every line of an inline comment must start with '#'")
                }
                atLineStart = false
            }
            i += 1
        }
        return SilentNode()
    }
}
