import Content
import Foundation

/// Rewrites an item's body HTML once its media are published: each `<img>` of a picture the site resized becomes
/// a `<picture>` (lazy: body images sit below the first screen), and a link to such a picture's original leads to
/// its largest re-encoded variant, since originals are never published.
struct BodyImages: Sendable {
    let references: MediaReferences
    /// Pictures by the output path of their original (`media/amal.jpg`).
    let pictures: [String: Picture]

    /// `html` with local raster images and links to them replaced; other markup stays byte for byte.
    /// - Complexity: O(n) in the length of `html`.
    func rewrite(_ html: String, of item: PublishedItem) -> String {
        guard !pictures.isEmpty, html.containsBytes("<img ") || html.containsBytes(" href=\"") else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            out += replacement(for: tag, in: item) ?? String(tag)
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    private func replacement(for tag: Substring, in item: PublishedItem) -> String? {
        if tag.hasPrefix("<img ") {
            guard let source = Self.attribute("src", in: tag), let picture = picture(source, in: item) else { return nil }
            var shown = picture
            shown.alt = AltText.attribute(Self.attribute("alt", in: tag) ?? "")
            return shown.html(lazy: true)
        }
        if tag.hasPrefix("<a "), let href = Self.attribute("href", in: tag), let picture = picture(href, in: item) {
            let written = "href=\"\(HTMLText.escape(href))\""
            return tag.replacingBytes(of: written, with: "href=\"\(HTMLText.escape(picture.largest.url))\"")
        }
        return nil
    }

    /// Whether `reference` (a link or image of the body) leads to a picture the site resized: when none of an item's
    /// body links does, and its Markdown could hold no raw HTML, ``rewrite(_:of:)`` would change nothing.
    func leadsToPicture(_ reference: String, in item: PublishedItem) -> Bool {
        picture(reference, in: item) != nil
    }

    private func picture(_ reference: String, in item: PublishedItem) -> Picture? {
        references.resolve(reference, in: item).flatMap { pictures[$0.output] }
    }

    /// The value of `name="..."` in a tag as cmark-gfm writes it, with entities decoded.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.byteRange(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...]
        guard let end = value.firstIndex(of: "\"") else { return nil }
        return HTMLText.unescape(String(value[..<end]))
    }
}

/// The few HTML entities cmark-gfm writes in attributes, both ways.
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
