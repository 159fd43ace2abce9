/// A JSON value written with its keys in the order given, for byte-identical
/// output and for embedding in a `<script>` element.
///
/// Inside a script element only `</` (which could close it) and `<!--` (which
/// changes how it is parsed) are dangerous, so only those are escaped (`<\/`, `\u003c!`); other
/// markup in strings, such as a job description's HTML, stays as compact as it
/// was rather than growing sixfold as `\u003c`.
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
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .number(let d):
            let text = d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)") : "null"
            out.append(contentsOf: text.utf8)
        case .string(let s): JSONText.writeString(s, into: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.write(into: &out)
            }
            out.append(0x5D)
        case .object(let pairs):
            out.append(0x7B)
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONText.writeString(pair.0, into: &out)
                out.append(0x3A)
                pair.1.write(into: &out)
            }
            out.append(0x7D)
        }
    }

    /// Writes `s` as a JSON string; `</`, `<!--`, U+2028 and U+2029 are escaped so the text can sit in a script element.
    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x3C where index + 1 < bytes.count && bytes[index + 1] == 0x2F:
                    // `</` becomes `<\/` (JSON's escaped solidus): one byte more, and no closing tag in the script.
                    out.append(contentsOf: "<\\/".utf8)
                    index += 1
                case 0x3C where index + 1 < bytes.count && bytes[index + 1] == 0x21:
                    out.append(contentsOf: "\\u003c".utf8)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript.
                    out.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                case 0..<0x20:
                    out.append(contentsOf: "\\u00".utf8)
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                default:
                    out.append(byte)
                }
                index += 1
            }
        }
        out.append(0x22)
    }
}
