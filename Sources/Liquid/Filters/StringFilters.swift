/// Filters that transform text: case, whitespace, search and replace,
/// splitting, slicing and truncating. Non-string inputs are printed first
/// (`5 | upcase` is `"5"`) and `nil` counts as empty text.
///
/// Text marked safe (``Value/safeString(_:)``) stays safe; text spliced into
/// it (`append`, `replace`, ...) is escaped first when autoescape is on, so a
/// safe result never carries unescaped user input.
enum StringFilters {
    static func append(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return input.keepingSafety(input.liquidText + arguments.splicedText(0, into: input))
    }

    /// `append` growing `value` itself: when its text is uniquely referenced
    /// (a variable taken out of the assigns), appending copies only the tail.
    static func appendInPlace(_ value: inout Value, _ arguments: FilterArguments) throws {
        try arguments.expect(1)
        let tail = arguments.splicedText(0, into: value)
        switch value {
        case .string(var text):
            value = .nil  // drop the enum's reference so `text` is the only one
            text.append(tail)
            value = .string(text)
        case .safeString(var text):
            value = .nil
            text.append(tail)
            value = .safeString(text)
        default:
            value = try append(value, arguments)
        }
    }

    static func prepend(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return input.keepingSafety(arguments.splicedText(0, into: input) + input.liquidText)
    }

    static func capitalize(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        let text = input.liquidText
        if text.isASCII { return input.keepingSafety(asciiCapitalized(text)) }
        guard let first = text.first else { return input.keepingSafety("") }
        return input.keepingSafety(first.uppercased() + text.dropFirst().lowercased())
    }

    /// `capitalize` of ASCII text, byte by byte: the first letter up, the others down.
    private static func asciiCapitalized(_ text: String) -> String {
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var i = 0
            for byte in text.utf8 {
                let flips = i == 0 ? (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                                   : (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                buffer[i] = flips ? byte ^ 0x20 : byte
                i += 1
            }
            return i
        }
    }

    static func downcase(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return input.keepingSafety(input.liquidText.lowercased())
    }

    static func upcase(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return input.keepingSafety(input.liquidText.uppercased())
    }

    static func lstrip(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return input.keepingSafety(input.liquidText.trimmingRubyWhitespace(leading: true, trailing: false))
    }

    static func rstrip(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return input.keepingSafety(input.liquidText.trimmingRubyWhitespace(leading: false, trailing: true))
    }

    static func strip(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return input.keepingSafety(input.liquidText.trimmingRubyWhitespace(leading: true, trailing: true))
    }

    static func stripNewlines(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        let text = input.liquidText
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return input.keepingSafety(text) }
        return input.keepingSafety(text.replacingAll("\r\n", with: "").replacingAll("\n", with: ""))
    }

    static func remove(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return input.keepingSafety(removing(arguments.text(0), from: input.liquidText, .all))
    }

    static func removeFirst(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return input.keepingSafety(removing(arguments.text(0), from: input.liquidText, .first))
    }

    static func removeLast(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return input.keepingSafety(removing(arguments.text(0), from: input.liquidText, .last))
    }

    static func replace(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        let replacement = arguments.splicedText(1, into: input)
        let limit = arguments.context.limits.maxOutputBytes
        guard let text = input.liquidText.replacing(arguments.text(0), with: replacement, .all, maxBytes: limit) else {
            throw arguments.textTooLong()
        }
        return input.keepingSafety(text)
    }

    static func replaceFirst(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        let replacement = arguments.splicedText(1, into: input)
        let limit = arguments.context.limits.maxOutputBytes
        guard let text = input.liquidText.replacing(arguments.text(0), with: replacement, .first, maxBytes: limit) else {
            throw arguments.textTooLong()
        }
        return input.keepingSafety(text)
    }

    static func replaceLast(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(2)
        let replacement = arguments.splicedText(1, into: input)
        let limit = arguments.context.limits.maxOutputBytes
        guard let text = input.liquidText.replacing(arguments.text(0), with: replacement, .last, maxBytes: limit) else {
            throw arguments.textTooLong()
        }
        return input.keepingSafety(text)
    }

    /// `slice: offset, length`: characters of a string or items of an array,
    /// negative offsets counting from the end, length 1 by default.
    static func slice(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        let offset = try arguments.integer(0, default: 0)
        let length = arguments.argument(1)?.isNil == false ? try arguments.integer(1, default: 1) : 1
        switch input {
        case .array, .range:
            let items = input.inputElementsWithoutFlattening
            guard let bounds = rubySliceBounds(count: items.count, offset: offset, length: length) else { return .array([]) }
            return .array(Array(items[bounds]))
        default:
            let text = input.liquidText
            if text.hasSingleByteCharacters {
                guard let bounds = rubySliceBounds(count: text.utf8.count, offset: offset, length: length) else {
                    return input.keepingSafety("")
                }
                let start = text.utf8.index(text.startIndex, offsetBy: bounds.lowerBound)
                let end = text.utf8.index(start, offsetBy: bounds.count)
                return input.keepingSafety(String(text[start..<end]))
            }
            // Walk indices instead of copying every character: slicing the start of a long text stays cheap.
            let count = offset < 0 ? text.count : Int.max
            guard length >= 0, offset >= 0 || count + offset >= 0,
                  let start = text.index(text.startIndex, offsetBy: offset < 0 ? count + offset : offset, limitedBy: text.endIndex)
            else { return input.keepingSafety("") }
            let end = text.index(start, offsetBy: length, limitedBy: text.endIndex) ?? text.endIndex
            return input.keepingSafety(String(text[start..<end]))
        }
    }

    /// `split: separator`: a single space splits on runs of whitespace, an
    /// empty separator splits into characters, trailing empty pieces go.
    static func split(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let text = input.liquidText
        let separator = arguments.text(0)
        // Counted while splitting: a character costs one byte of text but a whole
        // value in the array, so checking the finished array would come too late.
        let maxPieces = arguments.context.limits.maxLoopIterations
        let pieces: [String]
        if text.isEmpty {
            pieces = []
        } else if separator.isEmpty {
            guard text.utf8.count <= maxPieces || text.count <= maxPieces else { throw arguments.tooManyItems() }
            pieces = text.map(String.init)
        } else if separator == " " {
            let (words, more) = text.whitespaceWords(limit: maxPieces)
            if more { throw arguments.tooManyItems() }
            pieces = words
        } else {
            guard let split = text.splitDroppingTrailingEmpties(separator, maxPieces: maxPieces) else { throw arguments.tooManyItems() }
            pieces = split
        }
        return .array(pieces.map { input.keepingSafety($0) })
    }

    /// `truncate: length, ellipsis`: at most `length` characters including the ellipsis ("..." by default).
    static func truncate(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...2)
        if input.isNil { return .nil }
        let length = try arguments.integer(0, default: 50)
        let ellipsis = arguments.splicedText(1, into: input, default: "...")
        let text = input.liquidText
        guard text.count > length else { return input.keepingSafety(text) }
        let kept = length > ellipsis.count ? length - ellipsis.count : 0
        return input.keepingSafety(String(text.prefix(kept)) + ellipsis)
    }

    /// `truncatewords: count, ellipsis`: the first `count` words (15 by default) joined by spaces, then the ellipsis.
    static func truncatewords(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...2)
        if input.isNil { return .nil }
        let count = max(1, try arguments.integer(0, default: 15))
        let text = input.liquidText
        let (words, more) = text.whitespaceWords(limit: count)
        guard more else { return input.keepingSafety(text) }
        let ellipsis = arguments.splicedText(1, into: input, default: "...")
        return input.keepingSafety(words.joined(separator: " ") + ellipsis)
    }

    /// `size`: characters of a string, items of an array or hash, 0 for anything else.
    static func size(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        switch input {
        case .string, .safeString, .array, .dictionary, .range, .object:
            return input.property("size") ?? .int(0)
        default:
            return .int(0)
        }
    }

    /// `default: fallback`: the fallback when the input is nil, false or
    /// empty; with `allow_false: true`, `false` is kept.
    static func `default`(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1, keywords: ["allow_false"])
        let allowFalse = arguments.keyword["allow_false"]?.isTruthy ?? false
        let missing = allowFalse ? input.isNil : !input.isTruthy
        if missing || input.isEmpty {
            return arguments.argument(0) ?? .string("")
        }
        return input
    }

    private static func removing(_ target: String, from text: String, _ occurrence: Occurrence) -> String {
        // Removing never lengthens the text, so there is no limit to pass.
        target.isEmpty ? text : text.replacing(target, with: "", occurrence) ?? text
    }

    /// Ruby's `slice(offset, length)` bounds, or `nil` where Ruby returns nil.
    static func rubySliceBounds(count: Int, offset: Int, length: Int) -> Range<Int>? {
        let start = offset < 0 ? count + offset : offset
        guard start >= 0, start <= count, length >= 0 else { return nil }
        return start..<(start + min(length, count - start))
    }
}

extension Value {
    /// `text` as a value that is safe exactly when this value is safe.
    func keepingSafety(_ text: String) -> Value {
        if case .safeString = self { return .safeString(text) }
        return .string(text)
    }

    /// Array items or range integers, nested arrays kept as they are.
    var inputElementsWithoutFlattening: [Value] {
        if case .array(let items) = self { return items }
        return elements
    }
}

extension FilterArguments {
    /// The text of argument `index` (or `fallback`) for splicing into `input`:
    /// HTML-escaped when `input` is safe, the argument is not, and autoescape is on.
    func splicedText(_ index: Int, into input: Value, default fallback: String = "") -> String {
        guard let value = argument(index) else { return fallback }
        if context.autoescape, case .safeString = input, !value.isSafeString {
            return EncodingFilters.escapeHTML(value.liquidText)
        }
        return value.liquidText
    }
}

extension Value {
    var isSafeString: Bool {
        if case .safeString = self { return true }
        return false
    }
}
