import Liquid

/// A small JSON reader that keeps integers and floats apart by their spelling
/// (`1` is an integer, `1.0` a float), which Foundation's readers blur on Linux.
///
/// Public so tools beside the tests (the `liquid-bench` benchmark) read fixture data
/// the same way the conformance runner does: `JSONText.parse(bytes).value`.
public struct JSONText {
    /// One parsed JSON value; objects keep their members in document order.
    public enum Node {
        case null, bool(Bool), int(Int), double(Double), string(String), array([Node]), object([(String, Node)])
    }

    struct SyntaxError: Error, CustomStringConvertible {
        let offset: Int
        let message: String
        var description: String { "JSON error at byte \(offset): \(message)" }
    }

    private let bytes: [UInt8]
    private var i = 0

    /// Parses a whole JSON document.
    /// - Throws: a syntax error with the byte offset where reading stopped.
    public static func parse(_ bytes: [UInt8]) throws -> Node {
        var reader = JSONText(bytes: bytes)
        let node = try reader.value()
        reader.skipSpace()
        guard reader.i == bytes.count else { throw SyntaxError(offset: reader.i, message: "trailing characters") }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws -> Node {
        skipSpace()
        guard i < bytes.count else { throw SyntaxError(offset: i, message: "unexpected end") }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            var members: [(String, Node)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"))
                members.append((key, try value()))
                skipSpace()
                if try endOrComma(UInt8(ascii: "}")) { return .object(members) }
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [Node] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                if try endOrComma(UInt8(ascii: "]")) { return .array(items) }
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default:
            return try number()
        }
    }

    private mutating func expect(_ b: UInt8) throws {
        guard i < bytes.count, bytes[i] == b else { throw SyntaxError(offset: i, message: "expected '\(Character(Unicode.Scalar(b)))'") }
        i += 1
    }

    private mutating func endOrComma(_ end: UInt8) throws -> Bool {
        guard i < bytes.count else { throw SyntaxError(offset: i, message: "unexpected end") }
        if bytes[i] == end { i += 1; return true }
        try expect(UInt8(ascii: ","))
        return false
    }

    private mutating func word(_ w: String) throws {
        for b in w.utf8 { try expect(b) }
    }

    private mutating func number() throws -> Node {
        let start = i
        var isFloat = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { isFloat = true }
            guard (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") else { break }
            i += 1
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        if !isFloat, let n = Int(text) { return .int(n) }
        guard let d = Double(text) else { throw SyntaxError(offset: start, message: "bad number '\(text)'") }
        return .double(d)
    }

    private mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard b == UInt8(ascii: "\\") else { out.append(b); continue }
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4()
                if code >= 0xD800 && code < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    i += 2
                    let low = try hex4()
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
            default: out.append(e)
            }
        }
        throw SyntaxError(offset: i, message: "unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw SyntaxError(offset: i, message: "bad \\u escape")
        }
        i += 4
        return v
    }
}

extension JSONText.Node {
    /// The node as a template value (objects become hashes in document order;
    /// a repeated key keeps its first position and its last value).
    public var value: Value {
        switch self {
        case .null: return .nil
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .array(let a): return .array(a.map(\.value))
        case .object(let o): return .dictionary(LiquidHash(o.lazy.map { ($0.0, $0.1.value) }))
        }
    }

    subscript(key: String) -> JSONText.Node? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    var string: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
