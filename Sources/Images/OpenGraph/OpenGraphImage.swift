internal import CVips

/// Link preview images (`og:image`): 1200x630 JPEG, small enough for every messenger to show.
public enum OpenGraphImage {
    /// Width and height Open Graph consumers expect.
    public static let width = 1200
    public static let height = 630
    /// The most bytes a preview may take.
    public static let byteLimit = 250_000

    /// A story photo filled into 1200x630, upright, cropped around its most salient part, with no metadata.
    /// - Throws: `ImageError` for the same reasons `ImageProcessor` refuses a picture.
    public static func cropped(photo: ImageSource, pixelLimit: Int = 100_000_000) throws(ImageError) -> [UInt8] {
        let bytes = try photo.load()
        let format = try ImageInspector.format(of: photo, bytes: bytes)
        let decoded: Result<VipsPicture, ImageError> = bytes.withUnsafeBytes { raw in
            Result { () throws(ImageError) in
                _ = try ImageInspector.checkSize(of: raw, format: format, pixelLimit: pixelLimit)
                let filled = try VipsPicture.make(ImageError.damaged) {
                    pathways_vips_thumbnail_crop_buffer(raw.baseAddress, raw.count, Int32(width), Int32(height), $0)
                }
                return try filled.inMemory()
            }
        }
        return try smallJPEG(try decoded.get().webReady().opaque())
    }

    /// A card for an opening: its title large and its organisation below, in the theme's colours; with
    /// `rightToLeft` the stripe and text sit on the right and Pango lays the text out right to left.
    /// - Throws: `ImageError.encodingFailed` when libvips cannot draw the text (no fonts, for one).
    public static func card(
        title: String, organisation: String, rightToLeft: Bool, colours: CardColours
    ) throws(ImageError) -> [UInt8] {
        let margin = 96
        let stripe = 24
        let textWidth = width - 2 * margin
        var card = try solid(width: width, height: height, colour: colours.background)
        let stripeMask = try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_full_mask(Int32(stripe), Int32(height), $0) }
        card = try paint(card, mask: stripeMask, x: rightToLeft ? width - stripe : 0, y: 0, colour: colours.accent)

        if let titleMask = try text(title, font: "sans bold 60", width: textWidth, maxHeight: 330, rightToLeft: rightToLeft) {
            card = try paint(card, mask: titleMask, x: start(of: titleMask, margin: margin, rightToLeft: rightToLeft), y: margin, colour: colours.text)
        }

        if let organisationMask = try text(organisation, font: "sans 34", width: textWidth, maxHeight: 90, rightToLeft: rightToLeft) {
            let top = height - margin - organisationMask.height
            card = try paint(card, mask: organisationMask, x: start(of: organisationMask, margin: margin, rightToLeft: rightToLeft), y: top, colour: colours.text)
        }
        return try smallJPEG(card)
    }

    private static func start(of mask: VipsPicture, margin: Int, rightToLeft: Bool) -> Int {
        rightToLeft ? width - margin - mask.width : margin
    }

    /// The text as a mask, at `font`'s size when it fits in `maxHeight`, otherwise shrunk to fit; nil when blank.
    private static func text(_ plain: String, font: String, width: Int, maxHeight: Int, rightToLeft: Bool) throws(ImageError) -> VipsPicture? {
        guard plain.contains(where: { !$0.isWhitespace }) else { return nil }
        let markup = escapeMarkup(plain)
        let align = Int32(rightToLeft ? VIPS_ALIGN_HIGH.rawValue : VIPS_ALIGN_LOW.rawValue)
        let natural = try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_text(markup, font, Int32(width), 0, align, $0) }
        guard natural.height > maxHeight else { return natural }
        return try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_text(markup, font, Int32(width), Int32(maxHeight), align, $0) }
    }

    /// Text made safe for Pango markup, which vips_text always parses.
    static func escapeMarkup(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(character)
            }
        }
        return out
    }

    private static func solid(width: Int, height: Int, colour: RGBColour) throws(ImageError) -> VipsPicture {
        try VipsPicture.make(ImageError.encodingFailed) {
            pathways_vips_solid(Int32(width), Int32(height), Double(colour.red), Double(colour.green), Double(colour.blue), $0)
        }
    }

    private static func paint(_ base: VipsPicture, mask: VipsPicture, x: Int, y: Int, colour: RGBColour) throws(ImageError) -> VipsPicture {
        try VipsPicture.make(ImageError.encodingFailed) {
            pathways_vips_paint(base.pointer, mask.pointer, Int32(x), Int32(y), Double(colour.red), Double(colour.green), Double(colour.blue), $0)
        }
    }

    /// The best JPEG quality that stays under `byteLimit`.
    private static func smallJPEG(_ picture: VipsPicture) throws(ImageError) -> [UInt8] {
        for quality in [85, 75, 65, 55, 45] {
            let bytes = try picture.encoded(as: .jpeg, quality: quality)
            if bytes.count <= byteLimit { return bytes }
        }
        throw .encodingFailed("the preview stays over \(byteLimit) bytes even at JPEG quality 45")
    }
}
