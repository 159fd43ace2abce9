/// QR codes drawn as inline SVG for printed job boards.
public enum QRCode {
    /// How much of the code may be damaged and still read: medium (15 %) or quartile (25 %).
    public enum ErrorCorrection: Sendable {
        case medium, quartile
    }

    /// Modules of light border around the code, as the standard asks for.
    public static let quietZone = 4

    /// An inline SVG of `text` as a QR code: one `<path>` of dark modules on a transparent ground, sized in
    /// modules (`width`/`height` equal the `viewBox`) so CSS sets the printed size, with `role="img"` and
    /// `label` as its accessible name.
    /// - Throws: `QRCodeError` when the text is empty or too long for a QR code.
    public static func svg(for text: String, label: String, errorCorrection: ErrorCorrection = .medium) throws(QRCodeError) -> String {
        let matrix = try QRMatrix(text: text, level: errorCorrection)
        let side = matrix.size + 2 * quietZone
        let label = escape(label)
        return """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" width="\(side)" height="\(side)" \
        role="img" aria-label="\(label)" shape-rendering="crispEdges"><title>\(label)</title>\
        <path fill="#000" d="\(pathData(matrix))"/></svg>
        """
    }

    /// One subpath per horizontal run of dark modules: `M x y h n v 1 h -n z`.
    static func pathData(_ matrix: QRMatrix) -> String {
        var data = ""
        for y in 0..<matrix.size {
            var x = 0
            while x < matrix.size {
                guard matrix.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < matrix.size, matrix.isDark(x: x, y: y) { x += 1 }
                data += "M\(start + quietZone) \(y + quietZone)h\(x - start)v1h-\(x - start)z"
            }
        }
        return data
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Why a QR code could not be made.
public enum QRCodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// There was nothing to encode.
    case empty
    /// The text does not fit in the largest QR code at the chosen error correction.
    case tooLong(bytes: Int)

    public var description: String {
        switch self {
        case .empty: "QR code text is empty; expected a URL"
        case let .tooLong(bytes): "QR code text is \(bytes) bytes, more than a QR code holds; hint: link to a shorter URL"
        }
    }
}
