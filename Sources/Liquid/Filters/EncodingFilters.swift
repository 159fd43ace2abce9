/// Filters that encode or decode text for HTML, URLs and Base64.
enum EncodingFilters {
    /// `escape`: HTML-escapes `& < > " '`; the result is safe, so autoescape does not escape it twice.
    static func escape(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        if input.isNil { return .nil }
        return .safeString(escapeHTML(input.liquidText))
    }

    /// `escape_once`: like `escape`, but leaves existing entities (`&amp;`, `&#20;`) alone.
    static func escapeOnce(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        if input.isNil { return .nil }
        return .safeString(escapeHTML(input.liquidText, keepingEntities: true))
    }

    /// `newline_to_br`: puts `<br />` before each line break. The result is
    /// markup, so with autoescape on the text is escaped first and the result
    /// is safe; with autoescape off it is plain text.
    static func newlineToBr(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        var text = input.liquidText
        let escapes = arguments.context.autoescape && !input.isSafeString
        if escapes { text = escapeHTML(text) }
        if text.utf8.contains(UInt8(ascii: "\n")) {
            text = text.replacingAll("\r\n", with: "\n").replacingAll("\n", with: "<br />\n")
        }
        return arguments.context.autoescape ? .safeString(text) : .string(text)
    }

    /// `strip_html`: removes tags, comments, and `<script>`/`<style>` blocks with their content.
    static func stripHTML(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        let bytes = Array(input.liquidText.utf8)
        guard bytes.contains(UInt8(ascii: "<")) else { return .string(input.liquidText) }
        let withoutBlocks = removeBlocks(bytes)
        var result: [UInt8] = []
        result.reserveCapacity(withoutBlocks.count)
        var i = 0
        while i < withoutBlocks.count {
            if withoutBlocks[i] == UInt8(ascii: "<"), let close = withoutBlocks[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) {
                i = close + 1
            } else {
                result.append(withoutBlocks[i])
                i += 1
            }
        }
        return .string(String(decoding: result, as: UTF8.self))
    }

    /// `url_encode`: form-encodes text (`' '` → `+`, reserved bytes → `%XX`).
    static func urlEncode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        if input.isNil { return .nil }
        var result: [UInt8] = []
        for byte in input.liquidText.utf8 {
            if isUnreserved(byte) {
                result.append(byte)
            } else if byte == UInt8(ascii: " ") {
                result.append(UInt8(ascii: "+"))
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(hexDigits[Int(byte >> 4)])
                result.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return .string(String(decoding: result, as: UTF8.self))
    }

    /// `url_decode`: decodes `+` and `%XX`; malformed escapes are kept as written.
    static func urlDecode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        if input.isNil { return .nil }
        let bytes = Array(input.liquidText.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "+") {
                result.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                result.append(high << 4 | low)
                i += 2
            } else {
                result.append(byte)
            }
            i += 1
        }
        guard let decoded = String(validating: result, as: UTF8.self) else {
            throw arguments.failure("produced invalid UTF-8 from \(input.quotedForMessage)")
        }
        return .string(decoded)
    }

    static func base64Encode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try base64Encode(input, arguments, urlSafe: false)
    }

    static func base64Decode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try base64Decode(input, arguments, urlSafe: false)
    }

    static func base64URLSafeEncode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try base64Encode(input, arguments, urlSafe: true)
    }

    static func base64URLSafeDecode(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try base64Decode(input, arguments, urlSafe: true)
    }

    /// The UTF-8 bytes of the input in Base64, standard or URL-safe alphabet.
    private static func base64Encode(_ input: Value, _ arguments: FilterArguments, urlSafe: Bool) throws -> Value {
        try arguments.expect(0)
        return .string(Base64.encode(Array(input.liquidText.utf8), urlSafe: urlSafe))
    }

    /// The text whose Base64 (standard or URL-safe) the input is.
    private static func base64Decode(_ input: Value, _ arguments: FilterArguments, urlSafe: Bool) throws -> Value {
        try arguments.expect(0)
        guard let bytes = Base64.decode(input.liquidText, urlSafe: urlSafe) else {
            throw arguments.failure("got invalid Base64 \(input.quotedForMessage)")
        }
        return .string(String(decoding: bytes, as: UTF8.self))
    }

    /// HTML-escapes `& < > " '`; with `keepingEntities`, an `&` that starts
    /// an entity (`&name;` or `&#digits;`) is kept.
    static func escapeHTML(_ text: String, keepingEntities: Bool = false) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: needsEscape) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for (i, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "&"):
                if keepingEntities && startsEntity(bytes, at: i) {
                    result.append(byte)
                } else {
                    result.append(contentsOf: "&amp;".utf8)
                }
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Whether `&` at `start` begins `&letters;` or `&#digits;`.
    private static func startsEntity(_ bytes: [UInt8], at start: Int) -> Bool {
        var i = start + 1
        let numeric = i < bytes.count && bytes[i] == UInt8(ascii: "#")
        if numeric { i += 1 }
        let bodyStart = i
        while i < bytes.count {
            let b = bytes[i]
            let fits = numeric ? Value.isDigit(b) : ((b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z"))
            if !fits { break }
            i += 1
        }
        return i > bodyStart && i < bytes.count && bytes[i] == UInt8(ascii: ";")
    }

    /// Removes `<script…</script>`, `<!--…-->` and `<style…</style>` (first
    /// closing marker wins, case-sensitive, as Ruby Liquid's patterns do).
    private static func removeBlocks(_ bytes: [UInt8]) -> [UInt8] {
        let blocks: [(open: [UInt8], close: [UInt8])] = [
            (Array("<script".utf8), Array("</script>".utf8)),
            (Array("<!--".utf8), Array("-->".utf8)),
            (Array("<style".utf8), Array("</style>".utf8)),
        ]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        scanning: while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                for block in blocks where String.matches(block.open, in: bytes, at: i) {
                    var j = i + block.open.count
                    while j + block.close.count <= bytes.count {
                        if String.matches(block.close, in: bytes, at: j) {
                            i = j + block.close.count
                            continue scanning
                        }
                        j += 1
                    }
                }
            }
            result.append(bytes[i])
            i += 1
        }
        return result
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || Value.isDigit(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "~")
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// Base64 as Ruby's `strict_encode64`/`strict_decode64` and their URL-safe forms.
enum Base64 {
    private static let standard: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let urlSafe: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static let standardLookup = lookupTable(standard)
    private static let urlSafeLookup = lookupTable(urlSafe)

    private static func lookupTable(_ alphabet: [UInt8]) -> [Int8] {
        var lookup = [Int8](repeating: -1, count: 256)
        for (index, char) in alphabet.enumerated() { lookup[Int(char)] = Int8(index) }
        return lookup
    }

    /// Encodes with padding.
    static func encode(_ bytes: [UInt8], urlSafe: Bool) -> String {
        let alphabet = urlSafe ? Self.urlSafe : standard
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i], b1 = i + 1 < bytes.count ? bytes[i + 1] : 0, b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes strictly (length a multiple of four, padding only at the end);
    /// the URL-safe form also accepts missing padding. `nil` when invalid.
    static func decode(_ text: String, urlSafe: Bool) -> [UInt8]? {
        var chars = Array(text.utf8)
        if urlSafe && chars.last != UInt8(ascii: "=") && chars.count % 4 != 0 {
            chars.append(contentsOf: repeatElement(UInt8(ascii: "="), count: 4 - chars.count % 4))
        }
        guard chars.count % 4 == 0 else { return nil }
        let lookup = urlSafe ? urlSafeLookup : standardLookup
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 4 * 3)
        var i = 0
        while i < chars.count {
            let isLast = i + 4 == chars.count
            var quad: [Int] = []
            var padding = 0
            for j in 0..<4 {
                let char = chars[i + j]
                if char == UInt8(ascii: "=") {
                    guard isLast, j >= 2 else { return nil }
                    padding += 1
                } else {
                    guard padding == 0, lookup[Int(char)] >= 0 else { return nil }
                    quad.append(Int(lookup[Int(char)]))
                }
            }
            out.append(UInt8(quad[0] << 2 | quad[1] >> 4))
            if quad.count > 2 { out.append(UInt8((quad[1] & 0x0F) << 4 | quad[2] >> 2)) }
            if quad.count > 3 { out.append(UInt8((quad[2] & 0x03) << 6 | quad[3])) }
            i += 4
        }
        return out
    }
}
