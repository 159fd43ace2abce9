import Content
import Foundation
import Liquid
import QRCode
import Synchronization

extension ItemValue {
    /// `picture` (a story's lead photo, resized), `preview` (its link preview) and `qr_svg` (a QR code of its
    /// address, inline SVG, for printed boards); nil for any other name.
    func mediaProperty(_ name: String) -> Value? {
        switch name {
        case "picture": return item.picture.map(Self.pictureValue) ?? .nil
        case "preview": return item.preview.map { TemplateValues.openGraphImage($0, routes: routes) } ?? .nil
        case "qr_svg":
            let label = text.text("qr_label").replacingBytes(of: "%{title}", with: item.title)
            let address = routes.canonical(item.folder)
            guard let svg = qrCodes?.svg(for: address, label: label) ?? (try? QRCode.svg(for: address, label: label)) else { return .nil }
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

/// QR codes drawn once per address and label: every board of every language and tag shows the same openings.
final class QRCodeCache: Sendable {
    /// Each address's drawing, cut where the label goes.
    private let drawn = Mutex<[String: [String]]>([:])

    /// Stands in for the label while a code is drawn once per address; it needs no escaping.
    private static let labelMark = "pathways-qr-label"

    /// The inline SVG of a QR code for `address`, labelled `label`, or `nil` when it cannot be encoded.
    func svg(for address: String, label: String) -> String? {
        let pieces: [String]
        if let known = drawn.withLock({ $0[address] }) {
            pieces = known
        } else {
            guard let svg = try? QRCode.svg(for: address, label: Self.labelMark) else { return nil }
            pieces = svg.byteComponents(separatedBy: Self.labelMark).map(String.init)
            drawn.withLock { $0[address] = pieces }
        }
        return pieces.joined(separator: HTMLEscaping.escape(label))
    }
}
