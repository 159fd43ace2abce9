import Foundation

/// Turns text into search terms exactly as the browser client does at query time (`search.js`: `norm`, `terms`).
///
/// Steps: lower case, compatibility decomposition (NFKD), then per scalar: drop combining diacritics
/// (Latin accents, Arabic tashkeel) while keeping й and ї whole, drop tatweel and invisible format
/// characters, unify Arabic and Persian letter variants, fold a few Latin letters NFKD leaves alone
/// (ß, ø, ł, æ, œ), turn Arabic-Indic digits into ASCII. Terms are runs of letters, marks and digits.
public struct TextNormaliser: Sendable {
    /// Longest term kept, in Unicode scalars; longer runs are cut (the client cuts the same way).
    public static let maximumTermLength = 48

    /// Makes a normaliser.
    public init() {}

    /// Returns the folded form of `text`, which the client's `norm` returns for the same input.
    public func normalise(_ text: String) -> String {
        var folder = ScalarFolder()
        return folder.fold(text)
    }

    /// Splits `text` into normalised terms, in order, duplicates kept.
    public func terms(_ text: String) -> [String] {
        var folder = ScalarFolder()
        return folder.terms(text)
    }

    /// Letters, marks and digits make words (the client's `[\p{L}\p{M}\p{N}]`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Combining diacritics of Latin, Greek and Cyrillic; Arabic harakat, shadda, sukun, superscript alef, Quranic marks.
    static func isStrippedMark(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x483...0x489).contains(v) || (0x64B...0x65F).contains(v) || v == 0x670
            || (0x6D6...0x6ED).contains(v)
    }

    /// Tatweel, soft hyphen, zero-width joiners and bidi controls: invisible, so words join across them.
    static func isDropped(_ v: UInt32) -> Bool {
        v == 0x640 || v == 0xAD || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2060...0x2064).contains(v) || v == 0xFEFF
    }

    /// Letters folded to another letter (or two), after decomposition.
    static let folding: [UInt32: String] = [
        0x671: "ا", 0x672: "ا", 0x673: "ا", 0x675: "ا",   // alef wasla and wavy-hamza alefs (أ إ آ decompose already)
        0x629: "ه",                                        // ta marbuta -> ha
        0x649: "ي", 0x6CC: "ي",                            // alef maqsura and Persian ye -> ya
        0x6A9: "ك", 0x6AA: "ك",                            // Persian kaf -> Arabic kaf
        0x6C1: "ه", 0x6BE: "ه", 0x6D5: "ه",                // heh variants
        0x491: "г",                                        // ґ -> г (often written г)
        0x3C2: "σ",                                        // final sigma
        0x131: "i", 0xDF: "ss", 0xF8: "o", 0x111: "d", 0x142: "l", 0xE6: "ae", 0x153: "oe",
        0x2BC: "'",                                        // modifier apostrophe splits like '
    ]
}
