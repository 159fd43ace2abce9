import Foundation

/// Reads PDF tokens (literal strings, hex strings, indirect references) from raw bytes.
struct PDFByteScanner {
    let bytes: [UInt8]
    var position = 0

    /// Offsets where `needle` starts, from `start` on.
    func occurrences(of needle: String, from start: Int = 0) -> [Int] {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Int] = []
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                found.append(index)
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private mutating func skipSpaces() {
        while position < bytes.count, Self.isSpace(bytes[position]) { position += 1 }
    }

    /// The text of the string at `position`, following one indirect reference (`12 0 R`) if that is what is there.
    mutating func stringValue() -> String? {
        skipSpaces()
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "("): return Self.decodeText(literal())
        case UInt8(ascii: "<"): return Self.decodeText(hex())
        default:
            guard let (object, generation) = reference() else { return nil }
            for start in occurrences(of: "\(object) \(generation) obj") where start == 0 || Self.isSpace(bytes[start - 1]) {
                var target = PDFByteScanner(bytes: bytes, position: start + "\(object) \(generation) obj".utf8.count)
                target.skipSpaces()
                guard target.position < bytes.count else { return nil }
                if bytes[target.position] == UInt8(ascii: "(") { return Self.decodeText(target.literal()) }
                if bytes[target.position] == UInt8(ascii: "<") { return Self.decodeText(target.hex()) }
                return nil
            }
            return nil
        }
    }

    private mutating func number() -> Int? {
        skipSpaces()
        let start = position
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
        guard position > start else { return nil }
        return Int(String(decoding: bytes[start..<position], as: UTF8.self))
    }

    private mutating func reference() -> (Int, Int)? {
        guard let object = number(), let generation = number() else { return nil }
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "R") else { return nil }
        return (object, generation)
    }

    /// A `( ... )` string with balanced parentheses and backslash escapes, as bytes.
    private mutating func literal() -> [UInt8] {
        position += 1
        var out: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { return out }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case 0x0A, 0x0D: break
                case 0x30...0x37:
                    var value = Int(escaped - 0x30)
                    for _ in 0..<2 where position < bytes.count && (0x30...0x37).contains(bytes[position]) {
                        value = value * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    out.append(UInt8(value & 0xFF))
                default: out.append(escaped)
                }
            case UInt8(ascii: "("):
                depth += 1
                out.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(byte)
            default:
                out.append(byte)
            }
        }
        return out
    }

    /// A `< ... >` string of hex digits, as bytes (an odd last digit counts as followed by 0).
    private mutating func hex() -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            let byte = bytes[position]
            position += 1
            if let value = Self.hexValue(byte) { digits.append(value) }
        }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// PDF text string bytes as text: UTF-16BE after its byte order mark, UTF-8 after its mark, else
    /// PDFDocEncoding (read as Latin-1, which it matches for letters).
    static func decodeText(_ raw: [UInt8]) -> String {
        let text: String
        if raw.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: raw.count - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }
            text = String(decoding: units, as: UTF16.self)
        } else if raw.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = String(decoding: raw.dropFirst(3), as: UTF8.self)
        } else {
            text = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
