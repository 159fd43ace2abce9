import Foundation
import SearchIndex

/// Reads the generator's flat front matter and Markdown body into a search document (a stand-in for the site).
enum MarkdownCorpusReader {
    /// Markdown punctuation as spaces and link targets dropped; enough for the generator's bodies.
    static func plainText(markdown: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(markdown.utf8.count)
        var skippingTarget = false
        var previous: UInt8 = 0
        for byte in markdown.utf8 {
            if skippingTarget {
                if byte == UInt8(ascii: ")") { skippingTarget = false }
                continue
            }
            if byte == UInt8(ascii: "("), previous == UInt8(ascii: "]") {
                skippingTarget = true
            }
            previous = byte
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: ">"), UInt8(ascii: "("):
                out.append(UInt8(ascii: " "))
            default:
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Front matter and body, split at the first `\n---\n`.
    static func splitFrontMatter(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let marker = Array("\n---\n".utf8)
        var i = 3
        while i + marker.count <= bytes.count {
            if bytes[i] == marker[0], Array(bytes[i..<(i + marker.count)]) == marker {
                return [String(decoding: bytes[..<i], as: UTF8.self), String(decoding: bytes[(i + marker.count)...], as: UTF8.self)]
            }
            i += 1
        }
        return [text]
    }

    static func document(kind: String, slug: String, text: String) -> SearchDocument {
        let parts = splitFrontMatter(text)
        var fields: [String: String] = [:]
        for line in parts[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            fields[String(line[..<colon])] = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        func list(_ key: String) -> [String] {
            (fields[key] ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let body = parts.count > 1 ? parts[1] : ""
        let plain = plainText(markdown: body)
        let country = fields["country"] ?? fields["location"] ?? ""
        var facets: [String: [String]] = ["kind": [String(kind.dropLast())], "tag": list("tags"), "lang": [fields["lang"] ?? "en"]]
        for (facet, key) in [("pipeline", "pipeline"), ("type", "employment_type"), ("permit", "work_permit"), ("country", "country")] {
            if let value = fields[key] { facets[facet] = [value] }
        }
        if kind == "openings" {
            facets["remote"] = [fields["remote"] == "true" ? "true" : "false"]
            facets["language"] = list("languages")
            facets["device"] = list("devices")
        }
        return SearchDocument(
            url: "/\(kind)/\(slug)/", title: fields["title"] ?? slug, summary: fields["summary"] ?? "", body: plain,
            tags: list("tags"), extraText: [fields["organisation"] ?? "", country], facets: facets,
            language: fields["lang"] ?? "en", date: fields["date"] ?? fields["posted"] ?? "")
    }
}
