/// A JSON value written with its keys in the order given, for byte-identical
/// output and for embedding in HTML (`<`, `>` and `&` are escaped).
public indirect enum JSONText: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    public static func == (lhs: JSONText, rhs: JSONText) -> Bool { lhs.serialized() == rhs.serialized() }

    /// An object from its pairs, leaving out pairs whose value is `nil`.
    public static func object(_ pairs: KeyValuePairs<String, JSONText?>) -> JSONText {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    /// The compact JSON text.
    public func serialized() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d):
            if d.isFinite, d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) } else if d.isFinite { out += "\(d)" } else { out += "null" }
        case .string(let s): JSONText.writeString(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSONText.writeString(pair.0, into: &out)
                out += ":"
                pair.1.write(into: &out)
            }
            out += "}"
        }
    }

    private static func writeString(_ s: String, into out: inout String) {
        out += "\""
        let utf8 = s.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let escaped: String?
            switch byte {
            case 0x22: escaped = "\\\""
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            case 0x3C: escaped = "\\u003c"
            case 0x3E: escaped = "\\u003e"
            case 0x26: escaped = "\\u0026"
            case 0xE2:
                // U+2028 and U+2029 (E2 80 A8/A9) end lines in JavaScript.
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x80, utf8.index(after: next) != utf8.endIndex {
                    let last = utf8[utf8.index(after: next)]
                    escaped = last == 0xA8 ? "\\u2028" : (last == 0xA9 ? "\\u2029" : nil)
                } else {
                    escaped = nil
                }
            default:
                escaped = byte < 0x20 ? "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16) : nil
            }
            guard let escaped else {
                utf8.formIndex(after: &index)
                continue
            }
            out.append(contentsOf: s[runStart..<index])
            out += escaped
            let width = byte == 0xE2 ? 3 : 1
            index = utf8.index(index, offsetBy: width)
            runStart = index
        }
        out.append(contentsOf: s[runStart..<utf8.endIndex])
        out += "\""
    }
}
