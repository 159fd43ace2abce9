import Liquid

/// A published picture: its resized variants and their URLs, with the words that describe it, ready for `<picture>`.
struct Picture: Sendable, Hashable {
    /// One encoded size, for a `srcset` entry.
    struct Candidate: Sendable, Hashable {
        var url: String
        var width: Int
        var height: Int
    }

    /// WebP variants, narrowest first.
    var webp: [Candidate]
    /// JPEG (or PNG, with transparency) variants, narrowest first; never empty.
    var fallback: [Candidate]
    /// The alt text; empty for a decorative picture.
    var alt: String = ""

    /// The display width of the content column: full width on phones, 44rem at most (site.css's `.wrap`).
    static let sizes = "(min-width: 48rem) 44rem, calc(100vw - 2rem)"
    /// The width `src` aims at, for browsers without `srcset`.
    static let plainWidth = 720

    /// The largest variant, whose size `width` and `height` give (the browser scales it to the column).
    var largest: Candidate { fallback[fallback.count - 1] }
    /// The variant `src` names: the narrowest one at least ``plainWidth`` wide, else the widest.
    var plain: Candidate { fallback.first { $0.width >= Self.plainWidth } ?? largest }

    /// `url 360w, url 720w`.
    static func srcset(_ candidates: [Candidate]) -> String {
        candidates.map { "\($0.url) \($0.width)w" }.joined(separator: ", ")
    }

    /// The `<picture>` element; `lazy` for pictures below the first screen.
    func html(lazy: Bool) -> String {
        var out = "<picture>"
        if !webp.isEmpty {
            out += "<source type=\"image/webp\" srcset=\"\(HTMLEscaping.escape(Self.srcset(webp)))\" sizes=\"\(Self.sizes)\">"
        }
        out += "<img src=\"\(HTMLEscaping.escape(plain.url))\" srcset=\"\(HTMLEscaping.escape(Self.srcset(fallback)))\" sizes=\"\(Self.sizes)\""
        out += " width=\"\(largest.width)\" height=\"\(largest.height)\" alt=\"\(HTMLEscaping.escape(alt))\""
        out += lazy ? " loading=\"lazy\" decoding=\"async\"></picture>" : " decoding=\"async\"></picture>"
        return out
    }

    /// Which variant a browser picks for a column `cssWidth` pixels wide at `density` device pixels per CSS pixel:
    /// the narrowest one at least as wide as needed, else the widest (the `srcset` selection rule, without caching).
    func chosen(cssWidth: Int, density: Int, webpSupported: Bool = true) -> Candidate {
        let list = webpSupported && !webp.isEmpty ? webp : fallback
        return list.first { $0.width >= cssWidth * density } ?? list[list.count - 1]
    }
}
