/// QR codes drawn as inline SVG for printed job boards.
public enum QRCode {
    /// How much of the code may be damaged and still read: medium (15 %) or quartile (25 %).
    public enum ErrorCorrection: Sendable {
        case medium, quartile
    }

    /// Modules of light border around the code, as the standard asks for.
    public static let quietZone = 4

    /// An SVG of `text` as a QR code, for inline use in HTML (so without `xmlns`): one stroked `<path>` of dark
    /// modules on a transparent ground, sized in modules (`width`/`height` equal the `viewBox`) so CSS sets the
    /// printed size, with `role="img"` and `label` as its accessible name, given once (`aria-label`).
    /// - Throws: `QRCodeError` when the text is empty or too long for a QR code.
    public static func svg(for text: String, label: String, errorCorrection: ErrorCorrection = .medium) throws(QRCodeError) -> String {
        let matrix = try QRMatrix(text: text, level: errorCorrection)
        let side = matrix.size + 2 * quietZone
        let label = escape(label)
        return """
        <svg viewBox="0 0 \(side) \(side)" width="\(side)" height="\(side)" role="img" aria-label="\(label)" \
        shape-rendering="crispEdges"><path stroke="#000" d="\(pathData(matrix))"/></svg>
        """
    }

    /// Each horizontal run of dark modules as a line one module wide (the default stroke) along the middle of
    /// its row: the first run from an absolute `M x y.5`, each later one from a move relative to where the last
    /// ended, then `h n` across its `n` modules.
    static func pathData(_ matrix: QRMatrix) -> String {
        var data = ""
        var pen: (x: Int, y: Int)? = nil
        for y in 0..<matrix.size {
            var x = 0
            while x < matrix.size {
                guard matrix.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < matrix.size, matrix.isDark(x: x, y: y) { x += 1 }
                let from = (x: start + quietZone, y: y + quietZone)
                if let pen {
                    data += "m\(from.x - pen.x) \(from.y - pen.y)"
                } else {
                    data += "M\(from.x) \(from.y).5"
                }
                data += "h\(x - start)"
                pen = (from.x + x - start, from.y)
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
