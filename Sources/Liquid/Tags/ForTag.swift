/// `{% for x in collection reversed limit: n offset: n|continue %}...{% else %}...{% endfor %}`.
struct ForTag: Tag {
    static let name = "for"
    static let endName: String? = "endfor"

    static func parse(_ token: MarkupToken, _ parser: inout Parser) throws(TemplateError) -> any TagNode {
        var p = try parser.expressions(token)
        let header = try LoopHeader.parse(&p, tag: name)
        let (body, closing) = parser.parseBody(until: ["else", "endfor"], opener: token, expected: "endfor")
        var elseBody: [Liquid.Node] = []
        if closing?.name == "else" {
            elseBody = parser.parseBody(until: ["endfor"], opener: token, expected: "endfor").nodes
        }
        let blank = body.isBlank && elseBody.isBlank
        return Node(header: header, body: blank ? body.withoutText : body, elseBody: blank ? elseBody.withoutText : elseBody,
                    start: token.start, isBlank: blank)
    }

    struct Node: TagNode {
        let header: LoopHeader
        let body: [Liquid.Node]
        let elseBody: [Liquid.Node]
        let start: Int
        let isBlank: Bool

        func render(_ context: RenderContext) throws(TemplateError) {
            context.position = start
            let items = try header.items(context)
            if items.isEmpty {
                try context.render(elseBody)
                return
            }
            let forloop = ForloopDrop(name: header.key, length: items.count, parent: context.loops.last)
            context.loops.append(forloop)
            let loopSlot = context.pushLocal("forloop", .object(forloop))
            let itemSlot = context.pushLocal(header.variable, .nil)
            defer {
                context.popLocals(2)
                context.loops.removeLast()
            }
            _ = loopSlot
            for (index, item) in items.enumerated() {
                try context.countIteration()
                forloop.index0 = index
                context.setLocal(itemSlot, item)
                try context.render(body)
                if context.interrupt != .none {
                    let interrupt = context.interrupt
                    context.interrupt = .none
                    if interrupt == .break { break }
                }
            }
        }
    }
}

/// The shared header of `for` and `tablerow`: variable, collection and slicing options.
struct LoopHeader: Sendable {
    let variable: String
    let collection: Expression
    /// Identifies the loop for `offset: continue`.
    let key: String
    var reversed = false
    var limit: Expression?
    var offset: Expression?
    var offsetContinues = false
    var cols: Expression?

    static func parse(_ p: inout ExpressionParser, tag: String) throws(TemplateError) -> LoopHeader {
        let variable = try p.identifier("a loop variable after '\(tag)'")
        guard p.isWord("in") else { throw p.unexpected(expected: "'in' after the loop variable") }
        p.advance()
        let collectionStart = p.current.start
        let collection = try p.expression()
        let collectionText = p.source.text(collectionStart..<p.current.start).trimmingSpaces
        var header = LoopHeader(variable: variable, collection: collection, key: "\(variable)-\(collectionText)")
        while !p.atEnd {
            if p.current.kind == .comma { p.advance(); continue }
            if p.isWord("reversed") {
                header.reversed = true
                p.advance()
                continue
            }
            let word = try p.identifier("'reversed', 'limit:', 'offset:' or the end of the tag")
            try p.expect(.colon, "':' after '\(word)'")
            switch word {
            case "limit": header.limit = try p.expression()
            case "offset":
                if p.isWord("continue") {
                    p.advance()
                    header.offsetContinues = true
                } else {
                    header.offset = try p.expression()
                }
            case "cols" where tag == "tablerow": header.cols = try p.expression()
            default:
                _ = try p.expression()
            }
        }
        return header
    }

    /// The elements to loop over after offset, limit and reversing; records where `offset: continue` resumes.
    func items(_ context: RenderContext) throws(TemplateError) -> [Value] {
        let value = try context.evaluate(collection)
        var all: [Value]
        switch value {
        case .string(let s), .safeString(let s): all = s.isEmpty ? [] : [value]
        case .array, .dictionary: all = value.elements
        default: all = []  // ranges are sliced below without building them whole: `(1..9223372036854775807)` is valid
        }
        var count = all.count
        if case .range(let lo, let hi) = value { count = Value.rangeCount(lo, hi) }
        let from: Int
        if offsetContinues {
            from = context.loopOffsets[key] ?? 0
        } else if let offset {
            from = try LoopHeader.integer(try context.evaluate(offset), "offset", context)
        } else {
            from = 0
        }
        var to = count
        if let limit {
            let n = try LoopHeader.integer(try context.evaluate(limit), "limit", context)
            let (end, overflow) = Swift.max(from, 0).addingReportingOverflow(Swift.max(n, 0))
            to = overflow ? to : Swift.min(to, end)
        }
        let lower = Swift.min(Swift.max(from, 0), count)
        let upper = Swift.max(lower, to)
        var slice: [Value]
        if case .range(let lo, _) = value {
            // A range longer than the loop budget left could only end in the limit error; fail before building it.
            if upper - lower > context.environment.limits.maxLoopIterations - context.budget.iterations {
                throw context.error("loops ran more than \(context.environment.limits.maxLoopIterations) iterations in total")
            }
            slice = (lower..<upper).map { .int(lo + $0) }
        } else {
            slice = Array(all[lower..<upper])
        }
        if reversed { slice.reverse() }
        context.loopOffsets[key] = lower + slice.count
        return slice
    }

    static func integer(_ value: Value, _ what: String, _ context: RenderContext) throws(TemplateError) -> Int {
        switch value {
        case .int(let i): return i
        case .double(let d) where d.isFinite: return Int(d)
        case .nil: return 0
        case .string(let s), .safeString(let s):
            if let i = Int(s.trimmingSpaces) { return i }
            throw context.error("\(what) must be an integer, got '\(s)'")
        default:
            throw context.error("\(what) must be an integer, got \(value.typeName)")
        }
    }
}

extension String {
    /// The text without leading and trailing ASCII whitespace.
    var trimmingSpaces: String {
        let u = Array(utf8)
        var lo = 0, hi = u.count
        while lo < hi, isSpace(u[lo]) { lo += 1 }
        while hi > lo, isSpace(u[hi - 1]) { hi -= 1 }
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }
}

/// The `forloop` object inside a `for` body.
///
/// A class so a loop updates one object instead of building one per iteration;
/// it is only mutated by the loop that owns it, on the rendering thread.
final class ForloopDrop: LiquidObject, @unchecked Sendable {
    let name: String
    let length: Int
    let parent: ForloopDrop?
    @exclusivity(unchecked) var index0 = 0

    init(name: String, length: Int, parent: ForloopDrop?) {
        self.name = name
        self.length = length
        self.parent = parent
    }

    func liquidProperty(_ property: String) -> Value? {
        switch property {
        case "name": return .string(name)
        case "parentloop": return parent.map { .object($0) } ?? .nil
        default: return LoopPosition.property(property, index0: index0, length: length)
        }
    }
}

/// The position properties `forloop` and `tablerowloop` share.
enum LoopPosition {
    /// `index`, `index0`, `rindex`, `rindex0`, `first`, `last` or `length`; `nil` for any other name.
    static func property(_ name: String, index0: Int, length: Int) -> Value? {
        switch name {
        case "index": return .int(index0 + 1)
        case "index0": return .int(index0)
        case "rindex": return .int(length - index0)
        case "rindex0": return .int(length - index0 - 1)
        case "first": return .bool(index0 == 0)
        case "last": return .bool(index0 == length - 1)
        case "length": return .int(length)
        default: return nil
        }
    }
}
