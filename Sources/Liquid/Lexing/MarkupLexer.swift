/// Splits a template into text, output and tag tokens, applying whitespace control.
///
/// The bodies of `raw` blocks come back as one text token. Problems (an
/// unterminated `{{` or `{%`) are collected; lexing stops at the first one
/// because the rest of the template cannot be split reliably.
struct MarkupLexer {
    let source: SourceFile
    private(set) var tokens: [MarkupToken] = []
    private(set) var errors: [TemplateError] = []

    init(source: SourceFile) {
        self.source = source
    }

    /// Lexes the whole template.
    /// - Complexity: O(n) in the template's length.
    mutating func run() {
        let b = source.bytes
        let n = b.count
        var i = 0
        var textStart = 0
        var trimNextText = false
        while i < n {
            guard b[i] == UInt8(ascii: "{"), i + 1 < n, b[i + 1] == UInt8(ascii: "{") || b[i + 1] == UInt8(ascii: "%") else {
                i += 1
                continue
            }
            let isTag = b[i + 1] == UInt8(ascii: "%")
            let trimLeft = i + 2 < n && b[i + 2] == UInt8(ascii: "-")
            appendText(textStart..<i, trimStart: trimNextText, trimEnd: trimLeft)
            let open = i
            let innerStart = i + (trimLeft ? 3 : 2)
            guard let close = find(isTag ? UInt8(ascii: "%") : UInt8(ascii: "}"), UInt8(ascii: "}"), from: innerStart) else {
                let opener = isTag ? "{%" : "{{"
                errors.append(source.error(at: open, "unterminated '\(opener)' (opened at line \(source.line(of: open))); expected '\(isTag ? "%}" : "}}")'"))
                return
            }
            let trimRight = close > innerStart && b[close - 1] == UInt8(ascii: "-")
            let innerEnd = trimRight ? close - 1 : close
            i = close + 2
            trimNextText = trimRight
            textStart = i
            if !isTag {
                tokens.append(MarkupToken(kind: .output, start: open, content: innerStart..<innerEnd, name: "", trimLeft: trimLeft, trimRight: trimRight))
                continue
            }
            var p = innerStart
            while p < innerEnd, isSpace(b[p]) { p += 1 }
            let nameStart = p
            if p < innerEnd, b[p] == UInt8(ascii: "#") {
                p += 1
            } else {
                while p < innerEnd, isNameByte(b[p]) { p += 1 }
            }
            let name = source.text(nameStart..<p)
            tokens.append(MarkupToken(kind: .tag, start: open, content: p..<max(p, innerEnd), name: name, trimLeft: trimLeft, trimRight: trimRight))
            if name == "raw" || name == "doc" {
                let endName = "end" + name
                guard let (bodyEnd, endOpen, endClose, endTrimLeft, endTrimRight) = findEnd(endName, from: i) else {
                    errors.append(source.error(at: open, "'\(name)' was never closed (opened at line \(source.line(of: open))); expected '\(endName)'"))
                    return
                }
                appendText(i..<bodyEnd, trimStart: trimRight, trimEnd: endTrimLeft, force: true)
                tokens.append(MarkupToken(kind: .tag, start: endOpen, content: endClose..<endClose, name: endName, trimLeft: endTrimLeft, trimRight: endTrimRight))
                i = endClose + 2
                textStart = i
                trimNextText = endTrimRight
            }
        }
        appendText(textStart..<n, trimStart: trimNextText, trimEnd: false)
    }

    private mutating func appendText(_ range: Range<Int>, trimStart: Bool, trimEnd: Bool, force: Bool = false) {
        var lo = range.lowerBound
        var hi = range.upperBound
        let b = source.bytes
        if trimStart { while lo < hi, isSpace(b[lo]) { lo += 1 } }
        if trimEnd { while hi > lo, isSpace(b[hi - 1]) { hi -= 1 } }
        guard lo < hi || force else { return }
        tokens.append(MarkupToken(kind: .text, start: lo, content: lo..<hi, name: "", trimLeft: false, trimRight: false))
    }

    /// The offset of the first `a b` pair at or after `from`.
    private func find(_ a: UInt8, _ c: UInt8, from: Int) -> Int? {
        let b = source.bytes
        var i = from
        while i + 1 < b.count {
            if b[i] == a && b[i + 1] == c { return i }
            i += 1
        }
        return nil
    }

    /// Finds `{% endName %}` (with optional `-` and spaces) after `from`.
    private func findEnd(_ endName: String, from: Int) -> (Int, Int, Int, Bool, Bool)? {
        let b = source.bytes
        var i = from
        while let open = find(UInt8(ascii: "{"), UInt8(ascii: "%"), from: i) {
            var p = open + 2
            let trimLeft = p < b.count && b[p] == UInt8(ascii: "-")
            if trimLeft { p += 1 }
            while p < b.count, isSpace(b[p]) { p += 1 }
            let word = Array(endName.utf8)
            if p + word.count <= b.count, Array(b[p..<p + word.count]) == word {
                p += word.count
                while p < b.count, isSpace(b[p]) { p += 1 }
                let trimRight = p < b.count && b[p] == UInt8(ascii: "-")
                if trimRight { p += 1 }
                if p + 1 < b.count, b[p] == UInt8(ascii: "%"), b[p + 1] == UInt8(ascii: "}") {
                    return (open, open, p, trimLeft, trimRight)
                }
            }
            i = open + 2
        }
        return nil
    }
}

@inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B }
@inline(__always) func isNameByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x5F
}
