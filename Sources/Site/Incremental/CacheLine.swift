import Foundation

/// Writes the fields of ``BuildCache``'s text form (tab-separated, one record a line) straight into a byte buffer:
/// numbers in decimal and digests in hexadecimal, digit by digit, with no text made on the way.
struct CacheLineWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func tab() {
        bytes.append(UInt8(ascii: "\t"))
    }

    /// `number` in decimal, with a leading `-` when negative.
    mutating func number(_ number: Int64) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // At most 20 digits, made from the last one back in a buffer on the stack, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: digits[start...])
        }
    }

    /// 32 lowercase hexadecimal digits, as ``Fingerprint/description``.
    mutating func fingerprint(_ fingerprint: Fingerprint) {
        hex(fingerprint.high)
        hex(fingerprint.low)
    }

    /// `size:seconds:nanoseconds:inode`, the inode as a signed number.
    mutating func stamp(_ stamp: FileStamp) {
        number(stamp.size); bytes.append(UInt8(ascii: ":"))
        number(stamp.modifiedSeconds); bytes.append(UInt8(ascii: ":"))
        number(stamp.modifiedNanoseconds); bytes.append(UInt8(ascii: ":"))
        number(Int64(bitPattern: stamp.inode))
    }

    private mutating func hex(_ value: UInt64) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xf
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }
}

/// Reads one line of ``BuildCache``'s text form field by field, in place: each read takes the next field (up to a
/// tab or the line's end) and returns `nil` when it is not what was asked for.
struct CacheLineReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let end: Int
    /// Whether a field is left: after the last field's read, the position is one past the line's end.
    private var hasField: Bool { position <= end }

    /// A reader of `bytes[line]`, a line without its newline.
    init(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>) {
        self.bytes = bytes
        position = line.lowerBound
        end = line.upperBound
    }

    /// Whether every field of the line was read.
    var isAtEnd: Bool { !hasField }

    /// Takes the next field when it is `word` exactly; otherwise takes nothing.
    mutating func word(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard hasField, position + length <= end, position + length == end || bytes[position + length] == UInt8(ascii: "\t"),
              memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0 else { return false }
        position += length + 1
        return true
    }

    /// The next field as text, unescaped (see ``BuildCache/escape(_:)``).
    mutating func text() -> String? {
        guard let field = next() else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[field]), as: UTF8.self)
        return bytes[field].contains(UInt8(ascii: "\\")) ? BuildCache.unescape(Substring(text)) : text
    }

    /// The next field as a decimal number of at most 18 digits, with an optional leading `-`.
    mutating func number() -> Int64? {
        next().flatMap(number(in:))
    }

    /// The next field as 32 hexadecimal digits.
    mutating func fingerprint() -> Fingerprint? {
        guard let field = next(), field.count == 32 else { return nil }
        var halves: (UInt64, UInt64) = (0, 0)
        for index in field {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if index - field.lowerBound < 16 {
                halves.0 = halves.0 << 4 | UInt64(digit)
            } else {
                halves.1 = halves.1 << 4 | UInt64(digit)
            }
        }
        return Fingerprint(high: halves.0, low: halves.1)
    }

    /// The next field as `size:seconds:nanoseconds:inode`.
    mutating func stamp() -> FileStamp? {
        guard let field = next() else { return nil }
        var parts: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        var start = field.lowerBound
        for part in 0..<4 {
            let stop = part == 3 ? field.upperBound : (bytes[start..<field.upperBound].firstIndex(of: UInt8(ascii: ":")) ?? field.upperBound)
            guard part == 3 || stop < field.upperBound, let value = number(in: start..<stop) else { return nil }
            switch part {
            case 0: parts.0 = value
            case 1: parts.1 = value
            case 2: parts.2 = value
            default: parts.3 = value
            }
            start = stop + 1
        }
        return FileStamp(size: parts.0, modifiedSeconds: parts.1, modifiedNanoseconds: parts.2, inode: UInt64(bitPattern: parts.3))
    }

    /// The next field as comma-separated numbers, each below `limit`; an empty field is no numbers.
    mutating func numbers<Number: FixedWidthInteger>(below limit: Int, as _: Number.Type) -> [Number]? {
        guard let field = next() else { return nil }
        var numbers: [Number] = []
        var start = field.lowerBound
        while start < field.upperBound {
            let stop = bytes[start..<field.upperBound].firstIndex(of: UInt8(ascii: ",")) ?? field.upperBound
            guard let value = number(in: start..<stop), value >= 0, value < limit else { return nil }
            numbers.append(Number(value))
            start = stop + 1
            if stop < field.upperBound, start == field.upperBound { return nil }
        }
        return numbers
    }

    private mutating func next() -> Range<Int>? {
        guard hasField else { return nil }
        let stop = bytes[position..<end].firstIndex(of: UInt8(ascii: "\t")) ?? end
        defer { position = stop + 1 }
        return position..<stop
    }

    private func number(in range: Range<Int>) -> Int64? {
        var start = range.lowerBound
        let negative = start < range.upperBound && bytes[start] == UInt8(ascii: "-")
        if negative { start += 1 }
        guard start < range.upperBound, range.upperBound - start <= 18 else { return nil }
        var value: Int64 = 0
        for index in start..<range.upperBound {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }
}
