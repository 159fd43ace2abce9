/// Splits an expression (`product.title | upcase`, `x > 1 and y`) into tokens.
enum ExpressionLexer {
    /// Tokenizes `range` of `source`, ending with an `.end` token.
    static func tokenize(_ source: SourceFile, _ range: Range<Int>) throws(TemplateError) -> [ExpressionToken] {
        let b = source.bytes
        var tokens: [ExpressionToken] = []
        var i = range.lowerBound
        let n = range.upperBound
        func add(_ kind: ExpressionToken.Kind, _ start: Int, _ end: Int) {
            tokens.append(ExpressionToken(kind: kind, text: source.text(start..<end), start: start))
        }
        while i < n {
            let c = b[i]
            if isSpace(c) { i += 1; continue }
            let start = i
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                var j = i + 1
                while j < n, b[j] != c { j += 1 }
                guard j < n else { throw source.error(at: start, "unterminated string literal") }
                tokens.append(ExpressionToken(kind: .string, text: source.text(i + 1..<j), start: start))
                i = j + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                i = number(b, from: i, to: n, tokens: &tokens, source: source)
            case UInt8(ascii: "-"):
                if i + 1 < n, b[i + 1] >= UInt8(ascii: "0"), b[i + 1] <= UInt8(ascii: "9") {
                    i = number(b, from: i, to: n, tokens: &tokens, source: source)
                } else {
                    throw source.error(at: start, "unexpected '-'; Liquid has no arithmetic operators (use the 'minus' filter)")
                }
            case UInt8(ascii: "."):
                if i + 1 < n, b[i + 1] == UInt8(ascii: ".") { add(.dotDot, i, i + 2); i += 2 } else { add(.dot, i, i + 1); i += 1 }
            case UInt8(ascii: "["): add(.leftBracket, i, i + 1); i += 1
            case UInt8(ascii: "]"): add(.rightBracket, i, i + 1); i += 1
            case UInt8(ascii: "("): add(.leftParen, i, i + 1); i += 1
            case UInt8(ascii: ")"): add(.rightParen, i, i + 1); i += 1
            case UInt8(ascii: "|"): add(.pipe, i, i + 1); i += 1
            case UInt8(ascii: ":"): add(.colon, i, i + 1); i += 1
            case UInt8(ascii: ","): add(.comma, i, i + 1); i += 1
            case UInt8(ascii: "="):
                if i + 1 < n, b[i + 1] == UInt8(ascii: "=") { add(.comparison, i, i + 2); i += 2 } else { add(.equals, i, i + 1); i += 1 }
            case UInt8(ascii: "!"):
                guard i + 1 < n, b[i + 1] == UInt8(ascii: "=") else { throw source.error(at: start, "unexpected '!'; did you mean '!='?") }
                add(.comparison, i, i + 2); i += 2
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                if i + 1 < n, b[i + 1] == UInt8(ascii: "=") || (c == UInt8(ascii: "<") && b[i + 1] == UInt8(ascii: ">")) {
                    add(.comparison, i, i + 2); i += 2
                } else {
                    add(.comparison, i, i + 1); i += 1
                }
            default:
                guard isIdentifierStart(c) else {
                    let scalar = source.text(i..<Swift.min(n, i + utf8Length(c)))
                    if c == UInt8(ascii: "+") || c == UInt8(ascii: "*") || c == UInt8(ascii: "/") || c == UInt8(ascii: "%") {
                        throw source.error(at: start, "unexpected '\(scalar)'; Liquid has no arithmetic operators (use a math filter such as 'plus' or 'times')")
                    }
                    throw source.error(at: start, "unexpected character '\(scalar)'")
                }
                var j = i + 1
                while j < n, isNameByte(b[j]) || b[j] == UInt8(ascii: "-") { j += 1 }
                if j < n, b[j] == UInt8(ascii: "?") { j += 1 }
                add(.identifier, i, j)
                i = j
            }
        }
        tokens.append(ExpressionToken(kind: .end, text: "", start: n))
        return tokens
    }

    private static func number(_ b: [UInt8], from: Int, to n: Int, tokens: inout [ExpressionToken], source: SourceFile) -> Int {
        var j = from
        if b[j] == UInt8(ascii: "-") { j += 1 }
        while j < n, isDigit(b[j]) { j += 1 }
        var kind = ExpressionToken.Kind.integer
        if j + 1 < n, b[j] == UInt8(ascii: "."), isDigit(b[j + 1]) {
            kind = .float
            j += 1
            while j < n, isDigit(b[j]) { j += 1 }
        }
        tokens.append(ExpressionToken(kind: kind, text: source.text(from..<j), start: from))
        return j
    }

    @inline(__always) private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    @inline(__always) private static func isIdentifierStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
    }
    private static func utf8Length(_ c: UInt8) -> Int {
        c < 0x80 ? 1 : (c < 0xE0 ? 2 : (c < 0xF0 ? 3 : 4))
    }
}
