import Foundation

extension SearchIndexBuilder {
    /// The visible text of an HTML fragment: tags removed (block tags become spaces), `script` and
    /// `style` contents dropped, character references decoded, whitespace collapsed.
    public static func plainText(fromHTML html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<" {
                guard let close = html[index...].firstIndex(of: ">") else { break }
                let tag = html[html.index(after: index)..<close].lowercased()
                index = html.index(after: close)
                for skipped in ["script", "style"] where tag == skipped || tag.hasPrefix(skipped + " ") {
                    if let end = html[index...].range(of: "</" + skipped, options: .caseInsensitive) {
                        index = html[end.upperBound...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                    } else {
                        index = html.endIndex
                    }
                }
                out += " "
            } else if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";") {
                let name = String(html[html.index(after: index)..<semicolon])
                if let decoded = decodeReference(name) {
                    out += decoded
                    index = html.index(after: semicolon)
                } else {
                    out.append(character)
                    index = html.index(after: index)
                }
            } else {
                out.append(character)
                index = html.index(after: index)
            }
        }
        return out.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func decodeReference(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return " "
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
