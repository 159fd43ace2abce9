/// `{% tablerow x in items cols: n limit: n offset: n %}`: table rows and cells around the body.
struct TablerowTag: Tag {
    static let name = "tablerow"
    static let endName: String? = "endtablerow"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let header = try LoopHeader.parse(&p, tag: name)
        let body = parser.parseBody(until: ["endtablerow"], opener: token, expected: "endtablerow").nodes
        return Node(header: header, body: body, start: token.start)
    }

    struct Node: TagNode {
        let header: LoopHeader
        let body: [Liquid.Node]
        let start: Int

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            var plain = header
            plain.offsetContinues = false
            let items = try plain.items(context)
            var cols = items.count
            if let colsExpression = header.cols {
                let value = try context.evaluate(colsExpression)
                if !value.isNil { cols = try LoopHeader.integer(value, "cols", context) }
            }
            if cols <= 0 { cols = Swift.max(items.count, 1) }
            let loop = TablerowloopDrop(length: items.count, cols: cols)
            try context.write("<tr class=\"row1\">\n")
            context.pushLocal("tablerowloop", .object(loop))
            let itemSlot = context.pushLocal(header.variable, .nil)
            defer { context.popLocals(2) }
            for (index, item) in items.enumerated() {
                try context.countIteration()
                loop.index0 = index
                context.setLocal(itemSlot, item)
                try context.write("<td class=\"col\(loop.col0 + 1)\">")
                try context.render(body)
                try context.write("</td>")
                if context.interrupt != .none {
                    let interrupt = context.interrupt
                    context.interrupt = .none
                    if interrupt == .break { break }
                }
                if loop.col0 + 1 == cols && index != items.count - 1 {
                    try context.write("</tr>\n<tr class=\"row\(loop.row + 1)\">")
                }
            }
            try context.write("</tr>\n")
        }
    }
}

/// The `tablerowloop` object inside a `tablerow` body.
final class TablerowloopDrop: LiquidObject, @unchecked Sendable {
    let length: Int
    let cols: Int
    var index0 = 0

    init(length: Int, cols: Int) {
        self.length = length
        self.cols = cols
    }

    var col0: Int { index0 % cols }
    var row: Int { index0 / cols + 1 }

    func liquidProperty(_ property: String) -> Value? {
        switch property {
        case "col": return .int(col0 + 1)
        case "col0": return .int(col0)
        case "col_first": return .bool(col0 == 0)
        case "col_last": return .bool(col0 + 1 == cols)
        case "row": return .int(row)
        default: return LoopPosition.property(property, index0: index0, length: length)
        }
    }
}
