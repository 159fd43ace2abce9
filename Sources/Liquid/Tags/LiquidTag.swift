/// `{% liquid tag args \n tag args ... %}`: many tags in one, one per line, no delimiters.
struct LiquidTag: Tag {
    static let name = "liquid"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        let bytes = parser.source.bytes
        var tokens: [MarkupToken] = []
        var i = token.content.lowerBound
        let end = token.content.upperBound
        while i < end {
            var lineEnd = i
            while lineEnd < end, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var p = i
            while p < lineEnd, isSpace(bytes[p]) { p += 1 }
            if p < lineEnd {
                let nameStart = p
                if bytes[p] == UInt8(ascii: "#") {
                    p += 1
                } else {
                    while p < lineEnd, isNameByte(bytes[p]) { p += 1 }
                }
                let name = parser.source.text(nameStart..<p)
                tokens.append(MarkupToken(kind: .tag, start: nameStart, content: p..<lineEnd, name: name, trimLeft: false, trimRight: false))
            }
            i = lineEnd + 1
        }
        return Node(body: parser.parseNested(tokens))
    }

    struct Node: TagNode {
        let body: [Liquid.Node]
        var isBlank: Bool { body.isBlank }

        func render(_ context: RenderContext) throws(TemplateError) {
            try context.render(body)
        }
    }
}
