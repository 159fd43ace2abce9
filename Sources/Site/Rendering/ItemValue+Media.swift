import Foundation
import Liquid
import QRCode

extension ItemValue {
    /// `picture` (a story's lead photo, resized), `preview` (its link preview) and `qr_svg` (a QR code of its
    /// address, inline SVG, for printed boards); nil for any other name.
    func mediaProperty(_ name: String) -> Value? {
        switch name {
        case "picture": return item.picture.map(Self.pictureValue) ?? .nil
        case "preview": return item.preview.map { TemplateValues.openGraphImage($0, routes: routes) } ?? .nil
        case "qr_svg":
            let label = text.text("qr_label").replacingOccurrences(of: "%{title}", with: item.title)
            guard let svg = try? QRCode.svg(for: routes.canonical(item.folder), label: label) else { return .nil }
            return .safeString(svg)
        default: return nil
        }
    }

    /// `{src, srcset, webp_srcset, sizes, width, height, alt}` for the `picture` partial.
    static func pictureValue(_ picture: Picture) -> Value {
        .dictionary([
            "src": .string(picture.plain.url),
            "srcset": .string(Picture.srcset(picture.fallback)),
            "webp_srcset": .string(Picture.srcset(picture.webp)),
            "sizes": .string(Picture.sizes),
            "width": .int(picture.largest.width),
            "height": .int(picture.largest.height),
            "alt": .string(picture.alt),
        ])
    }
}

extension TemplateValues {
    /// `{url, width, height, alt}` of a link preview, its URL absolute as Open Graph asks.
    static func openGraphImage(_ preview: LinkPreview, routes: Routes) -> Value {
        .dictionary([
            "url": .string(routes.canonical(preview.path)),
            "width": .int(preview.width),
            "height": .int(preview.height),
            "alt": .string(preview.alt),
        ])
    }
}
