import Foundation

/// The working part of `TextNormaliser`: folds text scalar by scalar, remembering each non-ASCII
/// scalar's lower-cased decomposition so a corpus pays for Foundation's NFKD once per distinct character.
///
/// Decomposing per scalar equals NFKD of the whole text except for the canonical reordering of
/// several marks on one letter; the marks that matter here are stripped, so the difference does not show.
struct ScalarFolder {
    private var decompositions: [UInt32: [Unicode.Scalar]] = [:]
    private var wordScalars: [UInt32: Bool] = [:]

    mutating func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        forEachFolded(text) { appendUTF8($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current: [UInt8] = []
        var length = 0
        var isWordCache = wordScalars
        forEachFolded(text) { scalar in
            let v = scalar.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
            } else if let known = isWordCache[v] {
                isWord = known
            } else {
                isWord = TextNormaliser.isWordScalar(scalar)
                isWordCache[v] = isWord
            }
            if isWord {
                if length < TextNormaliser.maximumTermLength { appendUTF8(scalar, to: &current) }
                length += 1
            } else if !current.isEmpty {
                terms.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                length = 0
            }
        }
        wordScalars = isWordCache
        if !current.isEmpty { terms.append(String(decoding: current, as: UTF8.self)) }
        return terms
    }

    /// Calls `body` with each folded scalar; one scalar is held back so a following breve or
    /// diaeresis can turn и into й and і into ї (letters of their own in Ukrainian and Russian).
    private mutating func forEachFolded(_ text: String, _ body: (Unicode.Scalar) -> Void) {
        var pending: Unicode.Scalar?
        func emit(_ scalar: Unicode.Scalar) {
            if let held = pending { body(held) }
            pending = scalar
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                emit(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
                continue
            }
            for part in decomposition(of: scalar) {
                let p = part.value
                if p < 0x80 {
                    emit(part)
                } else if TextNormaliser.isStrippedMark(p) {
                    if p == 0x306, pending == "и" { pending = "й" }
                    else if p == 0x308, pending == "і" { pending = "ї" }
                } else if TextNormaliser.isDropped(p) {
                    continue
                } else if let folded = TextNormaliser.folding[p] {
                    for f in folded.unicodeScalars { emit(f) }
                } else if (0x660...0x669).contains(p) || (0x6F0...0x6F9).contains(p) {
                    emit(Unicode.Scalar(0x30 + (p & 0xF))!)
                } else {
                    emit(part)
                }
            }
        }
        if let held = pending { body(held) }
    }

    private mutating func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if let known = decompositions[scalar.value] { return known }
        let parts = Array(String(scalar).lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars)
        decompositions[scalar.value] = parts
        return parts
    }
}

/// Appends a scalar's UTF-8 encoding.
@inline(__always)
func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let v = scalar.value
    switch v {
    case 0..<0x80:
        bytes.append(UInt8(v))
    case 0x80..<0x800:
        bytes.append(UInt8(0xC0 | (v >> 6)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
    case 0x800..<0x10000:
        bytes.append(UInt8(0xE0 | (v >> 12)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
    default:
        bytes.append(UInt8(0xF0 | (v >> 18)))
        bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        bytes.append(UInt8(0x80 | (v & 0x3F)))
    }
}
