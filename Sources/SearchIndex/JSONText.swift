/// A compact JSON writer whose output depends only on what is written (callers sort keys first).
struct JSONText {
    private(set) var text = ""

    mutating func raw(_ s: String) { text += s }

    mutating func string(_ s: String) {
        text += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case "\u{2028}": text += "\\u2028"
            case "\u{2029}": text += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    mutating func integers(_ values: [Int]) {
        text += "["
        text += values.map(String.init).joined(separator: ",")
        text += "]"
    }

    /// The text of one JSON string value, for measuring and embedding.
    static func quoted(_ s: String) -> String {
        var json = JSONText()
        json.string(s)
        return json.text
    }
}
