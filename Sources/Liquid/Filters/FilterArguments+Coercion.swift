import Foundation

// The coercions every filter shares, following Ruby Liquid: `to_s` for text,
// `Utils.to_number` for math, `Utils.to_integer` for counts and offsets, and
// `InputIterator` for the items an array filter walks.

extension FilterArguments {
    /// Throws unless the number of positional arguments lies in `counts` and
    /// every keyword argument is one of `keywords`.
    ///
    /// - Throws: ``FilterError`` such as `filter 'date' expects 1 argument, got 2`.
    public func expect(_ counts: ClosedRange<Int>, keywords: Set<String> = []) throws {
        if !counts.contains(positional.count) {
            throw FilterError("filter '\(filterName)' expects \(Self.describe(counts)), got \(positional.count)")
        }
        guard !keyword.isEmpty else { return }
        for name in keyword.keys.sorted() where !keywords.contains(name) {
            var message = "filter '\(filterName)' got an unexpected keyword argument '\(name)'"
            if !keywords.isEmpty {
                message += "; expected " + keywords.sorted().map { "'\($0)'" }.joined(separator: " or ")
            }
            throw FilterError(message)
        }
    }

    /// Throws unless the filter was given exactly `count` positional arguments and no keywords.
    public func expect(_ count: Int) throws {
        try expect(count...count)
    }

    /// The positional argument at `index`, or `nil` when fewer were given.
    public func argument(_ index: Int) -> Value? {
        // Spelled out: a bare `nil` here would become `Value.nil`, which is ExpressibleByNilLiteral.
        guard positional.indices.contains(index) else { return Optional.none }
        return positional[index]
    }

    /// The argument at `index` as text (`nil` prints as ""), or `fallback` when absent.
    public func text(_ index: Int, default fallback: String = "") -> String {
        argument(index)?.liquidText ?? fallback
    }

    /// The argument at `index` as a number (non-numbers count as 0), or 0 when absent.
    public func number(_ index: Int) -> LiquidNumber {
        argument(index)?.liquidNumber ?? .integer(0)
    }

    /// The argument at `index` as a strict integer, or `fallback` when absent.
    ///
    /// - Throws: ``FilterError`` when the argument is not an integer or a string
    ///   holding one (`2.2`, `'foo'` and `nil` are refused, as in Ruby).
    public func integer(_ index: Int, default fallback: Int) throws -> Int {
        guard let value = argument(index) else { return fallback }
        guard let integer = value.liquidInteger else {
            throw failure("expects an integer argument, got \(value.describedForMessage)")
        }
        return integer
    }

    /// A ``FilterError`` whose message starts with this filter's name.
    public func failure(_ message: String) -> FilterError {
        FilterError("filter '\(filterName)' \(message)")
    }

    private static func describe(_ counts: ClosedRange<Int>) -> String {
        func arguments(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
        switch (counts.lowerBound, counts.upperBound) {
        case (0, 0): return "no arguments"
        case let (low, high) where low == high: return arguments(low)
        case let (0, high): return "at most " + arguments(high)
        case let (low, high) where high == low + 1: return "\(low) or " + arguments(high)
        case let (low, high): return "\(low) to " + arguments(high)
        }
    }
}

extension Value {
    /// The value as text, like Ruby's `to_s`: `nil` is empty, everything else prints as `{{ value }}` would.
    public var liquidText: String {
        switch self {
        case .string(let s), .safeString(let s): return s
        case .nil, .empty, .blank: return ""
        default: return renderedText
        }
    }

    /// The value as a number, like Ruby Liquid's `Utils.to_number`: numbers as
    /// they are, `'5'` as 5, `'5.5'` as 5.5, anything else as 0.
    public var liquidNumber: LiquidNumber {
        switch self {
        case .int(let i): return .integer(i)
        case .double(let d): return .float(d)
        case .string(let s), .safeString(let s): return Value.parseNumber(s)
        default: return .integer(0)
        }
    }

    /// The value as a strict integer, like Ruby Liquid's `Utils.to_integer`:
    /// integers and strings of digits; `nil` for anything else.
    public var liquidInteger: Int? {
        switch self {
        case .int(let i): return i
        case .string(let s), .safeString(let s): return Value.parseStrictInteger(s)
        default: return nil
        }
    }

    /// The items an array filter walks, like Ruby Liquid's `InputIterator`:
    /// arrays flattened, ranges expanded, a hash as a one-item list, `nil` as
    /// nothing, and any other value as a one-item list.
    public var inputElements: [Value] {
        switch self {
        case .array(let items):
            guard items.contains(where: { if case .array = $0 { return true } else { return false } }) else { return items }
            var flat: [Value] = []
            flat.reserveCapacity(items.count)
            Value.flatten(items, into: &flat)
            return flat
        case .range(let low, let high): return low <= high ? (low...high).map(Value.int) : []
        case .nil, .empty, .blank: return []
        default: return [self]
        }
    }

    /// A short rendering for error messages: strings quoted, others as printed.
    var quotedForMessage: String {
        switch self {
        case .string(let s), .safeString(let s): return "'\(s)'"
        default: return renderedText
        }
    }

    /// The type and value for error messages: `string 'foo'`, `integer 5`, `nil`.
    var describedForMessage: String {
        switch self {
        case .nil, .empty, .blank: return typeName
        default: return "\(typeName) \(quotedForMessage)"
        }
    }

    private static func flatten(_ items: [Value], into flat: inout [Value]) {
        for item in items {
            if case .array(let nested) = item { flatten(nested, into: &flat) } else { flat.append(item) }
        }
    }

    /// Ruby Liquid's number parsing: `-?digits.digits` (after trimming) is a
    /// float; anything else is `String#to_i` (leading integer digits, else 0).
    static func parseNumber(_ text: String) -> LiquidNumber {
        let bytes = Array(text.utf8)
        var start = 0, end = bytes.count
        while start < end, isRubySpace(bytes[start]) { start += 1 }
        while end > start, isRubySpace(bytes[end - 1]) { end -= 1 }
        if isDecimalLiteral(bytes[start..<end]), let d = Double(String(decoding: bytes[start..<end], as: UTF8.self)) {
            return .float(d)
        }
        // String#to_i: optional sign, digits with single underscores between them.
        var i = start
        var negative = false
        if i < end, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var result = 0
        var sawDigit = false
        while i < end {
            let b = bytes[i]
            if isDigit(b) {
                let (times, o1) = result.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int(b - UInt8(ascii: "0")))
                if o1 || o2 { return .float(Double(String(decoding: bytes[start..<end], as: UTF8.self)) ?? 0) }
                result = plus
                sawDigit = true
            } else if b == UInt8(ascii: "_"), sawDigit, i + 1 < end, isDigit(bytes[i + 1]) {
                // allowed separator
            } else {
                break
            }
            i += 1
        }
        return .integer(negative ? -result : result)
    }

    /// Ruby's `Integer(text)` for decimal text: optional surrounding
    /// whitespace, optional sign, digits; `nil` for anything else.
    static func parseStrictInteger(_ text: String) -> Int? {
        var trimmed = Substring(text)
        while let first = trimmed.utf8.first, isRubySpace(first) { trimmed = trimmed.dropFirst() }
        while let last = trimmed.utf8.last, isRubySpace(last) { trimmed = trimmed.dropLast() }
        guard let first = trimmed.utf8.first, isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else {
            return nil
        }
        return Int(trimmed)
    }

    private static func isDecimalLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.startIndex
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
        guard i > intStart, i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") else { return false }
        i += 1
        let fractionStart = i
        while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
        return i > fractionStart && i == bytes.endIndex
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Ruby's whitespace for `strip` and `split(" ")`: space, \t, \n, \v, \f, \r and NUL.
    static func isRubySpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == 0 }
}
